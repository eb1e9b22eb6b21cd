"""A real SMTP server for tests: aiosmtpd on 127.0.0.1 with STARTTLS (a self-signed certificate
made here with ``cryptography``) and AUTH LOGIN/PLAIN, refusing AUTH before TLS."""

from __future__ import annotations

import datetime as dt
import errno
import ipaddress
import ssl
from base64 import b64decode
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.workers import free_port


def self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    over_tls: bool


@dataclass
class Mailbox:
    username: str
    password: str
    messages: list[Received] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)  # (mechanism, accepted)
    token: str | None = None  # the bearer token XOAUTH2 accepts (Exchange Online's way)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        """SASL XOAUTH2: ``user=<mailbox>^Aauth=Bearer <token>^A^A``, base64, as Exchange takes it."""
        raw = b64decode(args[1]) if len(args) > 1 else await server.challenge_auth("")
        fields = dict(part.split("=", 1) for part in raw.decode().split("\x01") if "=" in part)
        ok = (
            self.token is not None
            and fields.get("user") == self.username
            and fields.get("auth") == f"Bearer {self.token}"
        )
        self.logins.append(("XOAUTH2", ok))
        return AuthResult(success=ok, handled=False, auth_data=fields.get("user"))

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        over_tls = session.ssl is not None or (
            server.transport.get_extra_info("ssl_object") is not None
        )
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, over_tls)
        )
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login.decode() == self.username
            and data.password.decode() == self.password
        )
        self.logins.append((mechanism, ok))
        return AuthResult(success=ok, handled=False)


@dataclass
class Server:
    host: str
    port: int
    client_context: ssl.SSLContext
    mailbox: Mailbox


@contextmanager
def smtp_server(
    directory: Path,
    *,
    username: str,
    password: str,
    exclude: tuple[str, ...] = (),
    implicit_tls: bool = False,
    token: str | None = None,
) -> Iterator[Server]:
    cert, key = self_signed(directory)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(cert))
    mailbox = Mailbox(username=username, password=password, token=token)
    tls: dict[str, Any] = (
        # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; SMTPS is TLS from the start
        {"ssl_context": server_context, "auth_require_tls": False}
        if implicit_tls
        else {"tls_context": server_context, "require_starttls": True}
    )
    for attempt in range(5):
        # A port of this worker's own (tests/workers.py); another run of the suite may bind it
        # between being found free and the server binding it: then another port is tried.
        port = free_port()
        controller = Controller(
            mailbox,
            hostname="127.0.0.1",
            port=port,
            **tls,
            auth_required=True,
            authenticator=mailbox.authenticate,
            auth_exclude_mechanism=list(exclude),
        )
        try:
            controller.start()
        except OSError as refused:
            if refused.errno != errno.EADDRINUSE or attempt == 4:
                raise
            continue
        break
    try:
        yield Server("127.0.0.1", port, client_context, mailbox)
    finally:
        controller.stop()
