"""Drafts parse back, carry X-Unsent, the attachments, one recipient, and no child's name."""

from __future__ import annotations

import dataclasses
import email
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lpdesk.circulation import email_draft
from lpdesk.circulation.email_draft import (
    Attachment,
    Mailbox,
    build_draft,
    draft_bytes,
    write_eml,
)
from lpdesk.domain import InvalidInput

from .conftest import CHILD_NAME, REFERENCE

VALID = ["alex@example.org", "a.b+c@sub.example.co.uk", "o'neil@example.org"]
SENDER = Mailbox(name="Lee Lead", email="lee@council.example")
PDF = Attachment(filename="CP-2026-0042_minutes.pdf", mime="application/pdf", data=b"%PDF-1.7 x")


def draft(**changes: object) -> EmailMessage:
    args: dict[str, object] = {
        "sender": SENDER,
        "recipient_name": "Alex Fictional",
        "recipient_email": "alex@example.org",
        "case_reference": REFERENCE,
        "body_text": "Please find the documents attached.",
        "attachments": [PDF],
        "now": datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    }
    args.update(changes)
    return build_draft(**args)  # type: ignore[arg-type]


def parsed(msg: EmailMessage, tmp_path: Path) -> EmailMessage:
    path = tmp_path / "draft.eml"
    write_eml(msg, path)
    assert [p.name for p in tmp_path.iterdir()] == ["draft.eml"]  # no temporary file left
    back = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(back, EmailMessage)
    return back


def test_draft_parses_back_with_marker_attachment_and_reference(tmp_path: Path) -> None:
    back = parsed(draft(), tmp_path)
    assert back["X-Unsent"] == "1"
    assert back["Subject"] == f"Core group documents: {REFERENCE}"
    assert str(back["To"]) == "Alex Fictional <alex@example.org>"
    assert back["Cc"] is None and back["Bcc"] is None
    files = [
        (p.get_filename(), p.get_content_type(), p.get_content()) for p in back.iter_attachments()
    ]
    assert files == [("CP-2026-0042_minutes.pdf", "application/pdf", b"%PDF-1.7 x")]
    assert "documents attached" in back.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_a_tampered_reference_cannot_add_headers(tmp_path: Path) -> None:
    back = parsed(draft(case_reference="CP-1\r\nBcc: x@example.org"), tmp_path)
    assert back["Subject"] == "Core group documents: CP-1-Bcc-x-example-org"
    assert "Bcc" not in back


def test_subject_is_the_reference_only(tmp_path: Path) -> None:
    back = parsed(draft(recipient_name=CHILD_NAME, body_text=f"For {CHILD_NAME}"), tmp_path)
    assert CHILD_NAME not in back["Subject"]


def test_a_comma_in_a_name_does_not_make_a_second_recipient(tmp_path: Path) -> None:
    back = parsed(draft(recipient_name="Fictional, Alex (parent) <evil@example.org>"), tmp_path)
    addresses = back["To"].addresses
    assert [a.addr_spec for a in addresses] == ["alex@example.org"]


def test_non_ascii_names_are_encoded_not_mangled(tmp_path: Path) -> None:
    back = parsed(draft(recipient_name="Zoë Ñandú"), tmp_path)
    assert back["To"].addresses[0].display_name == "Zoë Ñandú"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"recipient_name": "Alex\r\nBcc: everyone@example.org"}, "recipient"),
        ({"recipient_name": "Alex\x00"}, "recipient"),
        ({"recipient_email": "alex@example.org\r\nBcc: everyone@example.org"}, "recipient"),
        ({"recipient_email": "alex@example.org, other@example.org"}, "recipient"),
        ({"recipient_email": ""}, "recipient"),
        ({"sender": Mailbox(name="Lee\nX-Evil: 1", email="lee@council.example")}, "sender"),
        ({"body_text": "hello\x1b[31m"}, "body_text"),
        (
            {"attachments": [Attachment(filename="../x.pdf", mime="application/pdf", data=b"")]},
            "attachments[0].filename",
        ),
        (
            {"attachments": [Attachment(filename="a.pdf", mime="text/plain\r\nX: 1", data=b"")]},
            "attachments[0].mime",
        ),
    ],
)
def test_injection_attempts_are_refused_naming_the_field(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        draft(**changes)
    assert caught.value.problems[0].field == field


@settings(max_examples=300, deadline=None)
@given(
    name=st.text(max_size=40),
    address=st.one_of(
        st.emails(),
        st.sampled_from(VALID),
        st.builds(lambda a, b: a + b, st.sampled_from(VALID), st.text(max_size=12)),
        st.builds(lambda a, b: a + b, st.text(max_size=12), st.sampled_from(VALID)),
    ),
)
def test_no_name_or_address_can_add_a_header_or_recipient(name: str, address: str) -> None:
    try:
        msg = draft(recipient_name=name, recipient_email=address)
    except InvalidInput:
        return
    back = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert sorted(back.keys()) == sorted(
        ["From", "To", "Subject", "X-Unsent", "Message-ID", "Date", "MIME-Version", "Content-Type"]
    )
    assert [a.addr_spec for a in back["To"].addresses] == [address]


@settings(max_examples=200, deadline=None)
@given(name=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=30))
def test_any_printable_name_round_trips(name: str) -> None:
    try:
        msg = draft(recipient_name=name)
    except InvalidInput:
        return
    back = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
    (address,) = back["To"].addresses
    assert address.addr_spec == "alex@example.org"


def test_a_packs_draft_is_the_checked_message_written_out_once() -> None:
    """``draft_bytes`` gives the bytes that were checked: the same message written out again
    (``build_draft(...).as_bytes()``, as packs did) gives the same bytes."""
    args = {
        "sender": SENDER,
        "recipient_name": "Alex Fictional",
        "recipient_email": "alex@example.org",
        "case_reference": REFERENCE,
        "body_text": "Please find the documents attached.",
        "attachments": [PDF, dataclasses.replace(PDF, filename="CP-2026-0042_plan.pdf")],
        "now": datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    }
    msg, data = email_draft._checked(**args)  # type: ignore[arg-type]
    assert msg.as_bytes() == data
    made = draft_bytes(**args)  # type: ignore[arg-type]
    back = email.message_from_bytes(made, policy=policy.default)
    assert isinstance(back, EmailMessage)
    assert str(back["To"]) == "Alex Fictional <alex@example.org>"
    assert [p.get_filename() for p in back.iter_attachments()] == [
        "CP-2026-0042_minutes.pdf",
        "CP-2026-0042_plan.pdf",
    ]
    with pytest.raises(InvalidInput):
        draft_bytes(**{**args, "recipient_name": "=?utf-8?q?Eve?="})  # type: ignore[arg-type]
