"""SMTP with OAuth2 (Exchange Online): XOAUTH2 against a real SMTP server on loopback that accepts
only the right bearer token over TLS, and MSAL's token cache kept in the keyring. The token
source and the MSAL application are the ports under test (no Microsoft servers here)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import keyring
import pytest

from lpdesk.circulation.oauth import SMTP_SCOPE, MsalTokens, xoauth2_string
from lpdesk.circulation.smtp import SmtpTransport
from lpdesk.domain import Forbidden

from .smtp_server import smtp_server

MAILBOX = "lp.desk@example.org"


class Tokens:
    def __init__(self, token: str) -> None:
        self.value, self.forgotten = token, 0

    def token(self, username: str) -> str:
        assert username == MAILBOX
        return self.value

    def forget(self, username: str) -> None:
        self.forgotten += 1


def _message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = MAILBOX, "hv@example.org", "Core group CP-2026-0001"
    msg.set_content("Minutes attached.")
    return msg


def test_a_message_goes_with_the_right_token_over_tls(tmp_path: Path) -> None:
    with smtp_server(tmp_path, username=MAILBOX, password="unused", token="T0KEN") as server:
        tokens = Tokens("T0KEN")
        transport = SmtpTransport(
            server.host, server.port, MAILBOX, tokens=tokens, ssl_context=server.client_context
        )
        transport.send(_message())
        assert server.mailbox.logins == [("XOAUTH2", True)]
        [received] = server.mailbox.messages
        assert received.rcpt_tos == ["hv@example.org"] and received.over_tls


def test_a_refused_token_is_forgotten_and_nothing_is_sent(tmp_path: Path) -> None:
    with smtp_server(tmp_path, username=MAILBOX, password="unused", token="T0KEN") as server:
        tokens = Tokens("expired")
        transport = SmtpTransport(
            server.host, server.port, MAILBOX, tokens=tokens, ssl_context=server.client_context
        )
        with pytest.raises(Forbidden):
            transport.send(_message())
        assert tokens.forgotten == 1
        assert server.mailbox.messages == []


def test_a_transport_takes_a_password_or_tokens_not_both() -> None:
    with pytest.raises(ValueError):
        SmtpTransport("127.0.0.1", 587, MAILBOX)


def test_the_xoauth2_string_refuses_what_would_split_it() -> None:
    assert xoauth2_string(MAILBOX, "abc") == f"user={MAILBOX}\x01auth=Bearer abc\x01\x01"
    for bad_user, bad_token in [(MAILBOX + "\x01", "abc"), (MAILBOX, "a\r\nb"), (MAILBOX, "a b")]:
        with pytest.raises(Forbidden):
            xoauth2_string(bad_user, bad_token)


class FakeMsal:
    """The two halves of MSAL a sign-in uses, over MSAL's real token cache."""

    def __init__(self, cache: Any) -> None:
        self.cache, self.device_flows = cache, 0

    def get_accounts(self, username: str | None = None) -> list[dict[str, str]]:
        found = list(self.cache.search(self.cache.CredentialType.REFRESH_TOKEN))
        return [{"username": MAILBOX}] if found else []

    def acquire_token_silent(self, scopes: list[str], account: dict[str, str]) -> dict[str, str]:
        assert scopes == [SMTP_SCOPE]
        return {"access_token": "refreshed-token"}

    def initiate_device_flow(self, scopes: list[str]) -> dict[str, str]:
        self.device_flows += 1
        return {"user_code": "ABCD-EFGH", "message": "Open the sign-in page and enter ABCD-EFGH"}

    def acquire_token_by_device_flow(self, flow: dict[str, str]) -> dict[str, Any]:
        response = {
            "access_token": "first-token",
            "refresh_token": "a-refresh-token",
            "expires_in": 3600,
            "token_type": "Bearer",
        }
        self.cache.add(
            {
                "client_id": "lpdesk-client",
                "scope": [SMTP_SCOPE],
                "token_endpoint": "https://login.microsoftonline.com/common/oauth2/v2.0/token",
                "response": response,
                "data": {},
            }
        )
        return response


def test_msal_signs_in_once_then_refreshes_from_the_keyring(smtp_keyring: Any) -> None:
    prompts: list[str] = []
    apps: list[FakeMsal] = []

    def factory(cache: Any) -> FakeMsal:
        apps.append(FakeMsal(cache))
        return apps[-1]

    first = MsalTokens(prompt=prompts.append, app_factory=factory)
    assert first.token(MAILBOX) == "first-token"
    assert prompts == ["Open the sign-in page and enter ABCD-EFGH"]
    stored = keyring.get_password("lpdesk-smtp-oauth", MAILBOX)
    assert stored and "a-refresh-token" in stored  # the cache lives in the keyring, not a file

    second = MsalTokens(prompt=prompts.append, app_factory=factory)  # a new session
    assert second.token(MAILBOX) == "refreshed-token"
    assert len(prompts) == 1 and apps[-1].device_flows == 0

    second.forget(MAILBOX)
    assert keyring.get_password("lpdesk-smtp-oauth", MAILBOX) is None
