"""Sending email through the authority's SMTP server, always over TLS, always with a login.

``starttls=True`` (port 587) upgrades a plain connection with STARTTLS before logging in;
``starttls=False`` connects with implicit TLS (port 465). There is no unencrypted mode. The
``X-Unsent`` draft marker is removed from what is sent; each message goes to the addresses in its
own To header only (no Bcc, no extra lists).
"""

from __future__ import annotations

import copy
import smtplib
import ssl
from email.message import EmailMessage

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
        secrets: SecretStore,
        starttls: bool = True,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.host, self.port, self.username = host, port, username
        self._secrets = secrets
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
        password = self._secrets.get(self.username)
        if not password:
            raise Forbidden("user without a mail password", "send email")
        outgoing = copy.deepcopy(msg)
        del outgoing["X-Unsent"]
        with self._connect() as client:
            try:
                client.login(self.username, password)
            except smtplib.SMTPAuthenticationError:
                self._secrets.forget(self.username)
                raise Forbidden("user whose mail password was refused", "send email") from None
            client.send_message(outgoing)

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
