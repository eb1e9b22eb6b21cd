"""Documents and circulation: render one document, produce or send a circulation pack."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from lpdesk.cli.common import bounded, opened, record_number, write_new
from lpdesk.domain import InvalidInput

_LANGUAGES = ("en", "cy", "both")
_LANGUAGE_HELP = "English, Welsh (cy) or both, where the case's profile offers Welsh"


def register(sub: Any) -> None:
    from lpdesk.domain import DocumentKind

    r = sub.add_parser("render", help="render one document into a folder")
    r.add_argument("kind", choices=[k.value for k in DocumentKind])
    r.add_argument(
        "record_id",
        type=record_number,
        help="meeting, case, child, visit, report or plan version id",
    )
    r.add_argument("--format", dest="fmt", choices=("pdf", "docx", "pdfa"), default="pdf")
    r.add_argument("--out", type=Path, required=True, help="folder to write into")
    r.add_argument(
        "--for", dest="for_person_id", type=record_number, help="render the copy this member gets"
    )
    r.add_argument(
        "--person", dest="person_id", type=record_number, help="the invitee or excluded parent"
    )
    r.add_argument("--language", choices=_LANGUAGES, default="en", help=_LANGUAGE_HELP)
    r.set_defaults(handler=render)
    p = sub.add_parser("pack", help="produce (or send) the circulation pack of approved minutes")
    p.add_argument("meeting_id", type=record_number)
    p.add_argument("--out", type=Path, required=True, help="a new or empty folder")
    p.add_argument("--channel", choices=("own", "eml", "smtp", "post", "files"), default="eml")
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=bounded(1, 65535, "a port number"), default=587)
    p.add_argument("--smtp-username")
    p.add_argument("--smtp-implicit-tls", action="store_true", help="port 465 instead of STARTTLS")
    p.add_argument(
        "--smtp-oauth",
        action="store_true",
        help="sign in with Microsoft 365 (OAuth2, the device-code flow) instead of a password; "
        "uses the settings smtp_oauth_client_id and smtp_oauth_tenant",
    )
    p.add_argument(
        "--language",
        choices=_LANGUAGES,
        help=_LANGUAGE_HELP + " (default: the case's profile: both where it offers Welsh)",
    )
    p.set_defaults(handler=pack)


def _inside(folder: Path, name: str) -> Path:
    """``folder/name``, refusing any name that would land outside ``folder``."""
    root = folder.resolve()
    target = (root / name).resolve()
    if target.parent != root or name.startswith("."):
        raise InvalidInput.one("out", f"{name!r} would be written outside the folder")
    return target


def render(args: argparse.Namespace) -> int:
    from lpdesk.services.rendering import render_document

    args.out.mkdir(parents=True, exist_ok=True, mode=0o700)
    written: list[Path] = []

    def deliver(file: Any) -> None:
        target = _inside(args.out, file.filename)  # from the case reference, never a name
        write_new(target, file.data, field="out")  # recorded only once written
        written.append(target)

    with opened(args) as app:
        file = render_document(
            app.context(app.actor(args.user)),
            kind=args.kind,
            record_id=args.record_id,
            fmt=args.fmt,
            for_person_id=args.for_person_id,
            person_id=args.person_id,
            profiles=app.profiles,
            forms=app.forms,
            deliver=deliver,
            language=args.language,
        )
    print(f"{written[0]}  sha256 {file.sha256}")
    return 0


def _ask(username: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"SMTP password for {username} (kept in memory only): ") or None


def pack(args: argparse.Namespace) -> int:
    from lpdesk.services import circulation

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        if args.channel == "smtp":
            if args.language is not None:
                raise InvalidInput.one("language", "not with --channel smtp: the profile's is used")
            from lpdesk.circulation.secrets import SecretStore
            from lpdesk.circulation.smtp import SmtpTransport

            if not args.smtp_host or not args.smtp_username:
                raise InvalidInput.one("smtp_host", "--smtp-host and --smtp-username are required")
            if args.smtp_oauth:
                transport = SmtpTransport(
                    args.smtp_host,
                    args.smtp_port,
                    args.smtp_username,
                    tokens=_microsoft_tokens(ctx),
                    starttls=not args.smtp_implicit_tls,
                )
            else:
                transport = SmtpTransport(
                    args.smtp_host,
                    args.smtp_port,
                    args.smtp_username,
                    secrets=SecretStore(_ask),  # the keyring first, then asked once
                    starttls=not args.smtp_implicit_tls,
                )
            summary = circulation.send_pack_smtp(
                ctx,
                meeting_id=args.meeting_id,
                transport=transport,
                out_dir=args.out,
                profiles=app.profiles,
            )
        else:
            summary = circulation.produce_pack(
                ctx,
                meeting_id=args.meeting_id,
                out_dir=args.out,
                channel=args.channel,
                profiles=app.profiles,
                language=args.language,
            )
    for path in summary.files:
        print(path)
    for problem in summary.problems:
        print(f"left out: {problem}", file=sys.stderr)
    print(
        f"{len(summary.items)} documents to {len({i.person_id for i in summary.items})} recipients;"
        f" passwords in {summary.password_list_path} (give them by phone or text)"
    )
    if not summary.circulated:
        print("not circulated yet: mark each recipient sent, posted or handed once they are")
    return 0


def _microsoft_tokens(ctx: Any) -> Any:
    """Tokens for Exchange Online from the authority's settings; the sign-in code is printed."""
    from lpdesk.circulation.oauth import MsalTokens
    from lpdesk.services.settings import get_setting

    client_id = get_setting(ctx, key="smtp_oauth_client_id")
    tenant = get_setting(ctx, key="smtp_oauth_tenant")
    if not client_id or not tenant:
        raise InvalidInput.one(
            "smtp_oauth_client_id",
            "give the Microsoft 365 app id and tenant in Settings (Mail) first",
        )
    return MsalTokens.for_tenant(
        client_id, tenant, prompt=lambda message: print(message, file=sys.stderr)
    )
