"""Sending email through the authority's SMTP server, always over TLS, always with a login: a
password from the keyring, or (Exchange Online) an OAuth2 token signed in with ``XOAUTH2``
(``circulation.oauth``).

``starttls=True`` (port 587) upgrades a plain connection with STARTTLS before logging in;
``starttls=False`` connects with implicit TLS (port 465). There is no unencrypted mode. The
``X-Unsent`` draft marker is removed from what is sent; each message goes to the addresses in its
own To header only (no Bcc, no extra lists).
"""

from __future__ import annotations

import copy
import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage

from lpdesk.circulation.oauth import TokenSource, xoauth2_string
from lpdesk.circulation.secrets import SecretStore
from lpdesk.domain import Forbidden, InvalidInput

__all__ = ["SmtpTransport"]


class SmtpTransport:
    def __init__(
        self,
        host: str,
        port: int,
        username: str,
        *,
        secrets: SecretStore | None = None,
        tokens: TokenSource | None = None,
        starttls: bool = True,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.host, self.port, self.username = host, port, username
        if (secrets is None) == (tokens is None):
            raise ValueError("an SMTP transport signs in with a password or with tokens: one")
        self._secrets = secrets
        self._tokens = tokens
        self._starttls = starttls
        self._context = ssl_context or ssl.create_default_context()
        self._timeout = timeout

    def send(self, msg: EmailMessage) -> None:
        """Send one message. Raises ``Forbidden`` when no password is available or the server
        refuses the login (the stored password is then forgotten), ``smtplib`` errors otherwise."""
        for header in ("Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc"):
            if msg[header] is not None:
                raise InvalidInput.one(header, "lpdesk sends to the To address only")
        if msg["To"] is None or msg["From"] is None:
            raise InvalidInput.one("To", "a message needs From and To")
        outgoing = copy.deepcopy(msg)
        del outgoing["X-Unsent"]
        sign_in = self._sign_in()
        with self._connect() as client:
            sign_in(client)
            client.send_message(outgoing)

    def _sign_in(self) -> Callable[[smtplib.SMTP], None]:
        """Get the password or token first (a device-code sign-in may take minutes: not while a
        connection waits), then a function that signs a connection in with it."""
        if self._tokens is not None:
            tokens, token = self._tokens, self._tokens.token(self.username)

            def with_token(client: smtplib.SMTP) -> None:
                try:
                    client.auth(
                        "XOAUTH2", lambda challenge=None: xoauth2_string(self.username, token)
                    )
                except smtplib.SMTPAuthenticationError:
                    tokens.forget(self.username)
                    raise Forbidden("mail account whose token was refused", "send email") from None

            return with_token
        assert self._secrets is not None
        secrets, password = self._secrets, self._secrets.get(self.username)
        if not password:
            raise Forbidden("user without a mail password", "send email")

        def with_password(client: smtplib.SMTP) -> None:
            try:
                client.login(self.username, password)
            except smtplib.SMTPAuthenticationError:
                secrets.forget(self.username)
                raise Forbidden("user whose mail password was refused", "send email") from None

        return with_password

    def _connect(self) -> smtplib.SMTP:
        if not self._starttls:
            return smtplib.SMTP_SSL(
                self.host, self.port, timeout=self._timeout, context=self._context
            )
        client = smtplib.SMTP(self.host, self.port, timeout=self._timeout)
        try:
            client.ehlo()
            client.starttls(context=self._context)
            client.ehlo()
        except BaseException:
            client.close()
            raise
        return client
