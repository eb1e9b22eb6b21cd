"""The words of a pack that are not a document, in English (exactly as before), Welsh and both;
the hand delivery sheet in Welsh; a subject never holds more than the case reference."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

import pytest

from lpdesk.circulation.email_draft import draft_subject
from lpdesk.circulation.hand import hand_sheet_pdf
from lpdesk.circulation.pack_words import (
    DEFAULT_BODY,
    address_marking,
    calendar_title,
    date_line,
    email_body,
    invitation_body,
    password_header,
    password_line,
    reference_line,
)

NOW = datetime(2026, 12, 6, 9, 5)


def test_english_is_what_the_pack_always_wrote() -> None:
    assert draft_subject("CP-2026-0141") == "Core group documents: CP-2026-0141"
    assert email_body() == DEFAULT_BODY
    assert reference_line("CP-1") == "Our reference: CP-1"
    assert date_line(NOW) == "06 December 2026"
    assert address_marking() == "PRIVATE AND CONFIDENTIAL: ADDRESSEE ONLY"
    assert calendar_title() == "Core group meeting"
    assert password_header("CP-1", NOW) == [
        "Passwords for the circulation pack CP-1, made 06 December 2026 09:05.",
        "Give each password by telephone or text message. Never send a password by email.",
        "Delete this file once every password has been given.",
        "",
    ]
    line = password_line(number=3, name="Jo Bloggs", phone=" ", how="post", password="pw")
    assert line == (
        "recipient 03  Jo Bloggs  phone no phone number recorded  post  password pw  "
        "(to open the file for printing)"
    )
    body = invitation_body(
        cancelled=False, when=datetime(2027, 1, 12, 10, 0), venue="", review=date(2027, 2, 3)
    )
    assert body.startswith("You are invited to a core group meeting on Tue 12 Jan 2027 10:00 at ")
    assert "the venue in the letter" in body and "on Wed 3 Feb 2027." in body


def test_welsh_and_both() -> None:
    assert draft_subject("CP-1", "cy") == "Dogfennau'r grŵp craidd: CP-1"
    assert draft_subject("CP-1", "both") == "Dogfennau'r grŵp craidd / Core group documents: CP-1"
    assert "ynghlwm" in email_body("cy") and "attached" not in email_body("cy")
    both = email_body("both")
    assert both.index("ynghlwm") < both.index("Please find attached")
    assert date_line(NOW, "cy") == "06 Rhagfyr 2026"
    assert password_header("CP-1", NOW, "cy")[0] == (
        "Cyfrineiriau ar gyfer pecyn dosbarthu CP-1, a wnaed 06 Rhagfyr 2026 09:05."
    )
    line = password_line(
        number=1, name="Jo", phone="01632", how="eml", password="pw", language="cy"
    )
    assert line == (
        "derbynnydd 01  Jo  ffôn 01632  e-bost  cyfrinair pw  "
        "(rhowch dros y ffôn neu mewn neges destun)"
    )
    body = invitation_body(
        cancelled=True, when=datetime(2027, 1, 12, 10, 0), venue="", review=None, language="cy"
    )
    assert body.startswith("Mae cyfarfod y grŵp craidd ar Maw 12 Ion 2027 10:00 wedi'i ganslo.")
    with pytest.raises(ValueError, match="fr"):
        email_body("fr")


@pytest.mark.parametrize("language", ["cy", "both"])
def test_the_hand_delivery_sheet_in_welsh(language: str) -> None:
    data = hand_sheet_pdf(
        reference="CP-1", now=NOW, rows=[("Jo Bloggs", "minutes, plan")], language=language
    )
    text = " ".join(
        subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
        .stdout.decode("utf-8")
        .split()
    )
    assert "Taflen danfon â llaw" in text and "cofnodion, cynllun" in text
    assert "argraffwyd 06 Rhag 2026" in text and "Jo Bloggs" in text
    assert ("Hand delivery sheet" in text) is (language == "both")
    assert ("printed 06 Dec 2026" in text) is (language == "both")
