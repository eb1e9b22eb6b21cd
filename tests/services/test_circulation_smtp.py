"""Sending the pack through a real SMTP server (aiosmtpd on 127.0.0.1, STARTTLS and a login):
one message per email recipient to that recipient alone, the draft marker removed, every sent
item recorded, and the password list written for the lead professional only."""

from __future__ import annotations

import email
import os
from email import policy
from pathlib import Path

import pytest

from lpdesk.circulation.secrets import SecretStore
from lpdesk.circulation.smtp import SmtpTransport
from lpdesk.domain import Channel, CirculationItem
from lpdesk.services.circulation import distribution, preview, send_pack_smtp
from lpdesk.services.context import ServiceContext
from lpdesk.store import Store
from tests.circulation.smtp_server import smtp_server
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import make_leaky, passwords

demo = fixtures.demo
PASSWORD = "fictional smtp password 7"

pytestmark = pytest.mark.sqlite_only("the transport does not depend on the database backend")


def test_each_email_recipient_gets_one_message_and_it_is_recorded(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    leaky = make_leaky(store)
    meeting_id = leaky.meetings[0]
    emailed = {
        r.person_id
        for r in preview(demo, meeting_id=meeting_id).recipients
        if r.channel is Channel.EMAIL and not r.problems
    }
    username = f"lp-{os.getpid()}-{tmp_path.name}"
    server_dir = tmp_path / "server"
    server_dir.mkdir()
    with smtp_server(server_dir, username=username, password=PASSWORD) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            username,
            secrets=SecretStore(lambda _user: PASSWORD),
            ssl_context=server.client_context,
        )
        summary = send_pack_smtp(
            demo, meeting_id=meeting_id, transport=transport, out_dir=tmp_path / "sent"
        )
    messages = server.mailbox.messages
    assert len(messages) == len(emailed) > 0
    assert all(m.over_tls and len(m.rcpt_tos) == 1 for m in messages)
    for received in messages:
        msg = email.message_from_bytes(received.data, policy=policy.default)
        assert msg["X-Unsent"] is None and msg["Subject"] == "Core group documents: CP-2026-0141"
        assert [a.addr_spec for a in msg["To"].addresses] == received.rcpt_tos
    assert {i.person_id for i in summary.items} == emailed
    assert all(i.channel is Channel.EMAIL for i in summary.items)
    lines = distribution(demo, meeting_id=meeting_id)
    assert {(x.person_id, x.sha256) for x in lines} == {
        (i.person_id, i.sha256) for i in summary.items
    }
    assert summary.password_list_path is not None
    assert set(passwords(summary.password_list_path, store)) == emailed
    assert [p.name for p in (tmp_path / "sent").iterdir()] == [summary.password_list_path.name]


def test_a_refused_login_sends_nothing_and_records_nothing(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    leaky = make_leaky(store)
    username = f"lp-{os.getpid()}-{tmp_path.name}"
    server_dir = tmp_path / "server"
    server_dir.mkdir()
    with smtp_server(server_dir, username=username, password=PASSWORD) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            username,
            secrets=SecretStore(lambda _user: "wrong password"),
            ssl_context=server.client_context,
        )
        with pytest.raises(Exception, match="refused"):
            send_pack_smtp(
                demo, meeting_id=leaky.meetings[0], transport=transport, out_dir=tmp_path / "s"
            )
    assert server.mailbox.messages == []
    with store.unit_of_work() as uow:
        assert uow.repo(CirculationItem).find() == []
    assert not (tmp_path / "s").exists()


def test_smtp_accepted_is_sent_and_the_rest_waits_for_post_and_hand(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    """A mixed-channel meeting: the SMTP server accepts every email (sent), the post and hand
    packs are prepared; the meeting is circulated only once they are posted and handed."""
    from dataclasses import replace
    from datetime import date

    from lpdesk.domain import DistributionState, Meeting, MeetingStatus
    from lpdesk.services.circulation import distribution_status, mark_reached, produce_pack

    leaky = make_leaky(store)
    meeting_id = leaky.meetings[0]
    with store.unit_of_work() as uow:  # as if nobody had sent it yet
        meeting = uow.repo(Meeting).get(meeting_id)
        uow.repo(Meeting).update(
            replace(meeting, status=MeetingStatus.APPROVED, circulated_on=None)
        )
    recipients = preview(demo, meeting_id=meeting_id).recipients
    others = [r.person_id for r in recipients if r.channel is not Channel.EMAIL]
    assert others
    username = f"lp-{os.getpid()}-{tmp_path.name}"
    server_dir = tmp_path / "server"
    server_dir.mkdir()
    with smtp_server(server_dir, username=username, password=PASSWORD) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            username,
            secrets=SecretStore(lambda _user: PASSWORD),
            ssl_context=server.client_context,
        )
        sent = send_pack_smtp(
            demo, meeting_id=meeting_id, transport=transport, out_dir=tmp_path / "sent"
        )
    assert len(server.mailbox.messages) == len({i.person_id for i in sent.items}) > 0
    assert not sent.circulated
    rest = produce_pack(
        demo,
        meeting_id=meeting_id,
        out_dir=tmp_path / "rest",
        channel="own",
        only_person_ids=others,
    )
    assert not rest.circulated
    record = distribution_status(demo, meeting_id=meeting_id)
    states = {r.person_id: r.state for r in record.recipients}
    assert {states[i.person_id] for i in sent.items} == {DistributionState.SENT}
    assert {states[p] for p in others} == {DistributionState.PREPARED}
    with store.unit_of_work() as uow:
        assert uow.repo(Meeting).get(meeting_id).status is MeetingStatus.APPROVED
        items = uow.repo(CirculationItem).find(meeting_id=meeting_id)
    assert all(i.reached_by == demo.actor.username for i in items if i.state.reached)
    done = mark_reached(demo, meeting_id=meeting_id, person_ids=others)
    assert done.circulated and done.circulated_on == date(2026, 12, 18)
