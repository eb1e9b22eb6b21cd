"""Circulation that finishes and says honestly when it has not: one pack for every recipient on
their own channel, items prepared until someone confirms them, the meeting circulated (due list,
compliance figure) only when every entitled recipient is reached; the excluded parent's summary
from its own field only; the password list by name and phone; the queue and the record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from lpdesk.domain import (
    AuditEvent,
    Channel,
    CirculationItem,
    DistributionState,
    DueKind,
    InvalidInput,
    Meeting,
    MeetingStatus,
    Membership,
    Outcome,
    Person,
)
from lpdesk.services.circulation import (
    distribution_status,
    mark_failed,
    mark_password_given,
    mark_reached,
    password_list,
    preview,
    produce_pack,
    record_not_sent,
    reveal_password,
    write_excluded_summary,
)
from lpdesk.services.circulation_queue import circulation_queue
from lpdesk.services.compliance_report import compliance_report
from lpdesk.services.context import ServiceContext
from lpdesk.services.due import due_list
from lpdesk.services.profiles import shared_provider
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import (
    NOTES_MARK,
    POLICE_MARK,
    SUMMARY,
    file_text,
    make_leaky,
    normalised,
    passwords,
)

demo = fixtures.demo
HAND, POST = 18, 19  # in the demo's case CP-2026-0141: the mother by hand, the excluded father


def _leaky_uncirculated(store: Store, *, summaries: bool = True) -> int:
    """The demo's first case's meeting, approved and (as if nobody had sent it yet) not
    circulated."""
    leaky = make_leaky(store, summaries=summaries)
    meeting_id = leaky.meetings[0]
    with store.unit_of_work() as uow:
        meeting = uow.repo(Meeting).get(meeting_id)
        uow.repo(Meeting).update(
            replace(meeting, status=MeetingStatus.APPROVED, circulated_on=None)
        )
    return meeting_id


def _meeting(store: Store, meeting_id: int) -> Meeting:
    with store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


def _states(store: Store, meeting_id: int) -> dict[int, set[DistributionState]]:
    with store.unit_of_work() as uow:
        items = uow.repo(CirculationItem).find(meeting_id=meeting_id)
    found: dict[int, set[DistributionState]] = {}
    for item in items:
        found.setdefault(item.recipient_person_id, set()).add(item.state)
    return found


def _circulation_due(ctx: ServiceContext, meeting: Meeting) -> list[str]:
    items = due_list(ctx, profiles=shared_provider().profiles(), case_ids=[meeting.case_id])
    held = f"{meeting.held_on:%-d %b %Y}"  # this meeting's item, not another's of the case
    return [i.reason for i in items if i.kind is DueKind.MINUTES_CIRCULATION and held in i.reason]


def _on_time(ctx: ServiceContext) -> tuple[int, int]:
    report = compliance_report(ctx, period_start=date(2026, 10, 1), period_end=date(2026, 12, 31))
    row = next(
        r for r in report.rows if r.scope == "team" and r.measure == "minutes_circulated_on_time"
    )
    return row.numerator, row.denominator


def test_a_mixed_channel_pack_is_not_circulation_until_every_item_is_reached(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    meeting_id = _leaky_uncirculated(store)
    before = _on_time(demo)
    assert 6 in {r.person_id for r in preview(demo, meeting_id=meeting_id).recipients}
    summary = produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "own", channel="own")
    entitled = {r.person_id for r in preview(demo, meeting_id=meeting_id).recipients}
    entitled.add(6)  # the chair: the plan change notice went with this pack
    # one action, every recipient on their own channel
    channels = {i.person_id: i.channel for i in summary.items}
    assert set(channels) == entitled
    assert channels[HAND] is Channel.HAND and channels[POST] is Channel.POST
    names = {p.name for p in summary.files}
    assert any(n.endswith("_hand.pdf") for n in names)
    assert any(n.endswith("_post.pdf") for n in names)
    assert any(n.endswith("_hand_delivery.pdf") for n in names)
    assert any(n.endswith(".eml") for n in names)
    # drafts and printed packs are prepared, not sent: nothing is circulated yet
    assert not summary.circulated
    assert all(s == {DistributionState.PREPARED} for s in _states(store, meeting_id).values())
    meeting = _meeting(store, meeting_id)
    assert meeting.status is MeetingStatus.APPROVED and meeting.circulated_on is None
    assert _circulation_due(demo, meeting), "the due item stays until everyone is reached"
    assert _on_time(demo) == before, "an unsent draft is not a sending"
    record = distribution_status(demo, meeting_id=meeting_id)
    assert {r.person_id for r in record.waiting} == entitled
    # the drafts are sent, the hand pack handed: still the father's post to go
    emailed = [p for p, c in channels.items() if c is Channel.EMAIL]
    marked = mark_reached(demo, meeting_id=meeting_id, person_ids=emailed)
    assert not marked.circulated
    with pytest.raises(InvalidInput, match="produced after that date"):
        mark_reached(demo, meeting_id=meeting_id, person_ids=[HAND], on=date(2026, 12, 17))
    mark_reached(demo, meeting_id=meeting_id, person_ids=[HAND], on=date(2026, 12, 18))
    assert _meeting(store, meeting_id).status is MeetingStatus.APPROVED
    assert {r.person_id for r in distribution_status(demo, meeting_id=meeting_id).waiting} == {POST}
    assert _circulation_due(demo, meeting)
    assert _on_time(demo) == before
    # the last one: posted today
    done = mark_reached(demo, meeting_id=meeting_id, person_ids=[POST])
    assert done.circulated and done.circulated_on == demo.clock.today()
    states = _states(store, meeting_id)
    assert states[HAND] == {DistributionState.HANDED}
    assert states[POST] == {DistributionState.POSTED}
    assert all(states[p] == {DistributionState.SENT} for p in emailed), states
    after = _meeting(store, meeting_id)
    assert after.status is MeetingStatus.CIRCULATED and after.circulated_on == date(2026, 12, 18)
    assert not _circulation_due(demo, after)
    numerator, denominator = _on_time(demo)
    assert denominator == before[1] and numerator in (before[0], before[0] + 1)
    with store.unit_of_work() as uow:
        actions = {e.action for e in uow.repo(AuditEvent).find()}
    assert {"circulation.prepared", "circulation.sent", "circulation.posted"} <= actions
    assert "meeting.circulated" in actions


def test_smtp_sent_counts_but_an_unsent_draft_does_not(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    """Marking is refused in the future, for someone with nothing produced, and twice."""
    meeting_id = _leaky_uncirculated(store)
    produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "eml", channel="eml")
    assert _meeting(store, meeting_id).status is MeetingStatus.APPROVED
    with pytest.raises(InvalidInput, match="nothing produced"):
        mark_reached(demo, meeting_id=meeting_id, person_ids=[HAND])  # hand: not in an eml pack
    with pytest.raises(InvalidInput, match="future"):
        mark_reached(
            demo, meeting_id=meeting_id, person_ids=[3], on=date(2026, 12, 18) + timedelta(1)
        )
    mark_reached(demo, meeting_id=meeting_id, person_ids=[3])
    with pytest.raises(InvalidInput, match="nothing produced"):
        mark_reached(demo, meeting_id=meeting_id, person_ids=[3])
    # a bounce: failed, with the reason, still to be reached; then sent again and confirmed
    with pytest.raises(InvalidInput, match="what went wrong"):
        mark_failed(demo, meeting_id=meeting_id, person_ids=[11], reason=" ")
    mark_failed(demo, meeting_id=meeting_id, person_ids=[11], reason="mailbox full")
    bounced = {r.person_id: r for r in distribution_status(demo, meeting_id=meeting_id).waiting}
    assert bounced[11].state is DistributionState.FAILED and bounced[11].note == "mailbox full"
    mark_reached(demo, meeting_id=meeting_id, person_ids=[11])
    record = distribution_status(demo, meeting_id=meeting_id)
    waiting = {r.person_id: r.state for r in record.waiting}
    assert waiting[HAND] is None and waiting[POST] is None  # not yet produced, listed
    assert 3 not in waiting
    # the distribution record document names everyone, reached or not
    from lpdesk.services.rendering import render_document

    document = render_document(demo, kind="distribution_record", record_id=meeting_id, fmt="pdf")
    text = normalised(fixtures.pdf_everything(document.data))
    assert "Not yet produced" in text and "Prepared, not yet sent" in text and "Sent" in text
    assert "Not yet: some recipients are still to be reached" in text
    with store.unit_of_work() as uow:
        father = uow.repo(Person).get(POST).name
    assert normalised(father) in text


def test_anyone_unreachable_is_shown_first_and_must_be_resolved_or_recorded(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    meeting_id = _leaky_uncirculated(store)
    with store.unit_of_work() as uow:
        member = uow.repo(Membership).find(person_id=HAND, case_id=1)[0]
        uow.repo(Membership).update(
            Membership(**{**_fields(member), "channel": Channel.NONE})  # type: ignore[arg-type]
        )
    check = preview(demo, meeting_id=meeting_id)
    blocked = next(r for r in check.recipients if r.person_id == HAND)
    assert blocked.problems and "person " not in " ".join(blocked.problems)
    with pytest.raises(InvalidInput, match="resolve these recipients first") as refused:
        produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "a", channel="own")
    assert blocked.name in str(refused.value)
    assert not (tmp_path / "a").exists()
    with pytest.raises(InvalidInput, match="say why"):
        produce_pack(
            demo, meeting_id=meeting_id, out_dir=tmp_path / "b", channel="own", left_out={HAND: " "}
        )
    summary = produce_pack(
        demo,
        meeting_id=meeting_id,
        out_dir=tmp_path / "c",
        channel="own",
        left_out={HAND: "no safe way to reach her this week; told in person at the next visit"},
    )
    assert summary.not_sent == (HAND,)
    assert HAND not in {i.person_id for i in summary.items}
    record = distribution_status(demo, meeting_id=meeting_id)
    mother = next(r for r in record.recipients if r.person_id == HAND)
    assert mother.state is DistributionState.NOT_SENT and "told in person" in mother.note
    others = [r.person_id for r in record.waiting]
    assert HAND not in others
    done = mark_reached(demo, meeting_id=meeting_id, person_ids=others)
    assert done.circulated
    with pytest.raises(InvalidInput, match="say why"):
        record_not_sent(demo, meeting_id=meeting_id, person_id=HAND, reason="")


def _fields(obj: object) -> dict[str, object]:
    import dataclasses

    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def _every_long_text(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if len(value.strip()) >= 12 else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _every_long_text(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _every_long_text(v)]
    return []


@pytest.mark.slow
@pytest.mark.sqlite_only("what the summary says does not depend on the database backend")
def test_the_excluded_parent_gets_only_the_summary_written_for_them(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    meeting_id = _leaky_uncirculated(store, summaries=False)
    # with none written: blocked for that parent, with a clear message (not filled from notes)
    check = preview(demo, meeting_id=meeting_id)
    father = next(r for r in check.recipients if r.person_id == POST)
    assert "no summary has been written" in " ".join(father.problems)
    with pytest.raises(InvalidInput, match="no summary has been written"):
        produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "x", channel="own")
    assert not (tmp_path / "x").exists()
    with pytest.raises(InvalidInput, match="only a parent excluded"):
        write_excluded_summary(demo, meeting_id=meeting_id, person_id=HAND, text="Hello.")
    with pytest.raises(InvalidInput, match="write the summary"):
        write_excluded_summary(demo, meeting_id=meeting_id, person_id=POST, text="  ")
    written = "The core group agreed the plan continues. School attendance has improved."
    write_excluded_summary(demo, meeting_id=meeting_id, person_id=POST, text=written)
    check = preview(demo, meeting_id=meeting_id)
    father = next(r for r in check.recipients if r.person_id == POST)
    assert father.problems == () and father.summary == written
    assert written in father.letter  # the final check shows the letter as it will be sent
    summary = produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "own", channel="own")
    secrets = passwords(summary.password_list_path, store)  # type: ignore[arg-type]
    number, password = secrets[POST]
    mine = [p for p in summary.files if f"_r{number:02d}" in p.name]
    assert mine
    meeting = _meeting(store, meeting_id)
    others = [t for t in _every_long_text(meeting.answers) if t.strip() != written]
    assert NOTES_MARK in others and any(POLICE_MARK in t for t in others)
    with store.unit_of_work() as uow:
        plan_texts = [o.description for o in uow.repo(Outcome).find() if len(o.description) >= 12]
    for path in mine:
        text = normalised(file_text(path.name, path.read_bytes(), password))
        assert normalised(written) in text
        for other in others + plan_texts + [SUMMARY]:
            assert normalised(other) not in text, (path.name, other[:40])
        assert "INTERNALNOTE4242" not in text and POLICE_MARK not in text
        for paragraph in father.letter.split("\n\n"):
            if len(paragraph) > 20 and "\n" not in paragraph:
                assert normalised(paragraph) in text


@pytest.mark.sqlite_only("what the password list says does not depend on the database backend")
def test_the_password_list_names_each_recipient_with_the_phone_to_use(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    meeting_id = _leaky_uncirculated(store)
    with store.unit_of_work() as uow:
        mother = uow.repo(Person).get(HAND)
        uow.repo(Person).update(Person(**{**_fields(mother), "phone": "07700 900456"}))  # type: ignore[arg-type]
    summary = produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "own", channel="own")
    printed = summary.password_list_path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert "person " not in printed
    line = next(x for x in printed.splitlines() if mother.name in x)
    assert "phone 07700 900456" in line
    rows = {r.person_id: r for r in password_list(demo, meeting_id=meeting_id)}
    assert set(rows) == {i.person_id for i in summary.items}
    assert rows[HAND].name == mother.name and rows[HAND].phone == "07700 900456"
    assert rows[HAND].given_at is None
    shown = reveal_password(demo, meeting_id=meeting_id, person_id=HAND)
    assert f"password {shown}" in line  # the printed list matches the screen
    given = mark_password_given(demo, meeting_id=meeting_id, person_id=HAND)
    row = {r.person_id: r for r in password_list(demo, meeting_id=meeting_id)}[HAND]
    assert row.given_at == given and row.given_by == "tm.circulation"
    with store.unit_of_work() as uow:
        actions = [e.action for e in uow.repo(AuditEvent).find(entity_id=meeting_id)]
    assert "circulation.password_shown" in actions and "circulation.password_given" in actions


def test_the_queue_holds_a_partly_reached_meeting_until_everyone_is_reached(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    meeting_id = _leaky_uncirculated(store)
    profiles = shared_provider().profiles()
    queue = circulation_queue(demo, profiles=profiles)
    assert [e.due for e in queue] == sorted(e.due for e in queue), "oldest deadline first"
    produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "own", channel="own")
    emailed = [r.person_id for r in distribution_status(demo, meeting_id=meeting_id).waiting]
    emailed = [p for p in emailed if p not in (HAND, POST)]
    mark_reached(demo, meeting_id=meeting_id, person_ids=emailed)
    entry = next(
        e for e in circulation_queue(demo, profiles=profiles) if e.meeting_id == meeting_id
    )
    assert {(w.person_id, w.channel) for w in entry.waiting} == {
        (HAND, Channel.HAND),
        (POST, Channel.POST),
    }
    assert all(w.name and w.state is DistributionState.PREPARED for w in entry.waiting)
    mark_reached(demo, meeting_id=meeting_id, person_ids=[HAND, POST])
    assert meeting_id not in {e.meeting_id for e in circulation_queue(demo, profiles=profiles)}
    from lpdesk.services.rendering import render_document

    record = render_document(demo, kind="distribution_record", record_id=meeting_id, fmt="pdf")
    text = normalised(fixtures.pdf_everything(record.data))
    assert "Posted" in text and "Handed over" in text and "Sent" in text
