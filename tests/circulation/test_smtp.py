"""Sending through a real SMTP server (aiosmtpd) on 127.0.0.1: STARTTLS, AUTH, one recipient."""

from __future__ import annotations

import email
import os
import ssl
from email import policy
from pathlib import Path

import pytest

from lpdesk.circulation.email_draft import Attachment, Mailbox, build_draft
from lpdesk.circulation.secrets import SecretStore
from lpdesk.circulation.smtp import SmtpTransport
from lpdesk.domain import Forbidden, InvalidInput

from .conftest import REFERENCE
from .smtp_server import smtp_server
from .test_secrets import Asker, files_under

PASSWORD = "correct horse 42"


def draft():  # type: ignore[no-untyped-def]
    return build_draft(
        sender=Mailbox(name="Lee Lead", email="lee@council.example"),
        recipient_name="Alex Fictional",
        recipient_email="alex@example.org",
        case_reference=REFERENCE,
        body_text="Documents attached.",
        attachments=[
            Attachment(filename="CP-2026-0042_minutes.pdf", mime="application/pdf", data=b"%PDF-x")
        ],
    )


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_sends_over_starttls_with_the_keyring_password(
    smtp_keyring,
    tmp_path: Path,
    mechanism: str,  # type: ignore[no-untyped-def]
) -> None:
    username = f"lee-{os.getpid()}-{tmp_path.name}"
    smtp_keyring(username, PASSWORD)
    other = {"PLAIN": "LOGIN", "LOGIN": "PLAIN"}[mechanism]
    ask = Asker()
    with smtp_server(tmp_path, username=username, password=PASSWORD, exclude=(other,)) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            username,
            secrets=SecretStore(ask),
            ssl_context=server.client_context,
        )
        transport.send(draft())
    assert ask.asked == []
    assert server.mailbox.logins == [(mechanism, True)]
    (received,) = server.mailbox.messages
    assert received.over_tls
    assert received.mail_from == "lee@council.example"
    assert received.rcpt_tos == ["alex@example.org"]
    msg = email.message_from_bytes(received.data, policy=policy.default)
    assert msg["X-Unsent"] is None  # the draft marker is not sent
    assert msg["Subject"] == f"Core group documents: {REFERENCE}"
    assert [p.get_filename() for p in msg.iter_attachments()] == ["CP-2026-0042_minutes.pdf"]


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_asks_once_and_writes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    ask = Asker(PASSWORD)
    with smtp_server(tmp_path, username="lee", password=PASSWORD) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            "lee",
            secrets=SecretStore(ask),
            ssl_context=server.client_context,
        )
        transport.send(draft())
        transport.send(draft())
    assert ask.asked == ["lee"]
    assert len(server.mailbox.messages) == 2
    assert files_under(home) == []


@pytest.mark.usefixtures("no_keyring")
def test_refused_password_is_forgotten_and_asked_again(tmp_path: Path) -> None:
    ask = Asker("wrong", PASSWORD)
    with smtp_server(tmp_path, username="lee", password=PASSWORD) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            "lee",
            secrets=SecretStore(ask),
            ssl_context=server.client_context,
        )
        with pytest.raises(Forbidden):
            transport.send(draft())
        transport.send(draft())
    assert ask.asked == ["lee", "lee"]
    # smtplib tries each advertised mechanism (PLAIN, then LOGIN) before giving up
    outcomes = [ok for _, ok in server.mailbox.logins]
    assert outcomes[-1] is True and not any(outcomes[:-1]) and len(outcomes) >= 2
    assert len(server.mailbox.messages) == 1


@pytest.mark.usefixtures("no_keyring")
def test_untrusted_certificate_is_refused_before_any_password_is_sent(tmp_path: Path) -> None:
    ask = Asker(PASSWORD)
    with smtp_server(tmp_path, username="lee", password=PASSWORD) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            "lee",
            secrets=SecretStore(ask),
            ssl_context=ssl.create_default_context(),
        )
        with pytest.raises(ssl.SSLCertVerificationError):
            transport.send(draft())
    assert server.mailbox.logins == [] and server.mailbox.messages == []


@pytest.mark.parametrize("header", ["Cc", "Bcc"])
def test_extra_recipients_are_refused(header: str) -> None:
    msg = draft()
    msg[header] = "everyone@example.org"
    transport = SmtpTransport("127.0.0.1", 9, "lee", secrets=SecretStore(Asker()))
    with pytest.raises(InvalidInput):
        transport.send(msg)


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_when_starttls_is_off(tmp_path: Path) -> None:
    with smtp_server(tmp_path, username="lee", password=PASSWORD, implicit_tls=True) as server:
        transport = SmtpTransport(
            server.host,
            server.port,
            "lee",
            secrets=SecretStore(Asker(PASSWORD)),
            starttls=False,
            ssl_context=server.client_context,
        )
        transport.send(draft())
    (received,) = server.mailbox.messages
    assert received.over_tls and received.rcpt_tos == ["alex@example.org"]
