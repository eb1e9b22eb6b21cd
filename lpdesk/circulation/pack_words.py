"""The words of a circulation pack and of an invitation pack that are not a document: the covering
email, its subject, the address page's lines, the password list. In English (``"en"``), Welsh
(``"cy"``) or both (``"both"``: Welsh first, then English), as the pack's documents
(documents/language.py). What people wrote (names, phone numbers, the venue) stays as written.

A subject carries the case reference only, in every language: never a name."""

from __future__ import annotations

from datetime import date, datetime

from lpdesk.circulation.safety import safe_reference
from lpdesk.rules.dates import day_text, moment_text, time_text

__all__ = [
    "DEFAULT_BODY",
    "address_marking",
    "calendar_title",
    "date_line",
    "email_body",
    "email_subject",
    "invitation_body",
    "invitee_line",
    "password_header",
    "password_line",
    "password_list",
    "reference_line",
]

DEFAULT_BODY = (
    "Please find attached the documents from the core group for the case reference in the "
    "subject line.\n\nThe attachments are protected by a password. You will be given the password "
    "separately, by telephone or text message. It will never be sent by email.\n\n"
    "If you have received this email in error, please tell the sender and delete it.\n"
)
_WELSH_BODY = (
    "Mae dogfennau'r grŵp craidd ar gyfer y cyfeirnod achos yn llinell y pwnc ynghlwm.\n\n"
    "Mae'r atodiadau wedi'u diogelu gan gyfrinair. Cewch y cyfrinair ar wahân, dros y ffôn neu "
    "mewn neges destun. Ni chaiff byth ei anfon drwy e-bost.\n\n"
    "Os ydych wedi cael yr e-bost hwn drwy gamgymeriad, rhowch wybod i'r anfonwr a'i ddileu.\n"
)
_BETWEEN = "\n----------\n\n"  # between the Welsh and the English of a bilingual text


def _check(language: str) -> None:
    if language not in ("en", "cy", "both"):
        raise ValueError(f"no pack in language {language!r}")


def _text(language: str, welsh: str, english: str) -> str:
    """A passage: Welsh, English, or the Welsh then the English."""
    _check(language)
    return {"en": english, "cy": welsh}.get(language, welsh + _BETWEEN + english)


def _label(language: str, welsh: str, english: str) -> str:
    """A short label: "Welsh / English" for both."""
    _check(language)
    return {"en": english, "cy": welsh}.get(language, f"{welsh} / {english}")


def email_body(language: str = "en") -> str:
    return _text(language, _WELSH_BODY, DEFAULT_BODY)


def email_subject(case_reference: str, language: str = "en") -> str:
    """ "Core group documents: <reference>" (the reference only: never a name)."""
    words = _label(language, "Dogfennau'r grŵp craidd", "Core group documents")
    return f"{words}: {safe_reference(case_reference)}"


def address_marking(language: str = "en") -> str:
    """The line above the address in the envelope's window."""
    if language == "both":  # both in full would not fit the window
        return "PREIFAT A CHYFRINACHOL / PRIVATE AND CONFIDENTIAL"
    return _label(
        language,
        "PREIFAT A CHYFRINACHOL: I'R DERBYNNYDD YN UNIG",
        "PRIVATE AND CONFIDENTIAL: ADDRESSEE ONLY",
    )


def calendar_title(language: str = "en") -> str:
    """The calendar entry's title, before the case reference (never a name)."""
    return _label(language, "Cyfarfod y grŵp craidd", "Core group meeting")


def reference_line(reference: str, language: str = "en") -> str:
    if language == "both":  # the short forms: both in full would not fit beside the window
        return f"Ein cyf. / Our ref.: {reference}"
    return f"{_label(language, 'Ein cyfeirnod', 'Our reference')}: {reference}"


def date_line(now: datetime, language: str = "en") -> str:
    """ "06 December 2026" on the address page."""
    english = day_text(now.date(), long=True, padded=True)
    welsh = day_text(now.date(), long=True, padded=True, language="cy")
    return _label(language, welsh, english)


def password_header(
    reference: str, now: datetime, language: str = "en", *, invitations: bool = False
) -> list[str]:
    """The lines that open a password list (``invitations``: the invitation letters')."""
    english = [
        (
            f"Passwords for the invitation letters {reference}"
            if invitations
            else f"Passwords for the circulation pack {reference}"
        )
        + f", made {moment_text(now, long=True)}.",
        "Give each password by telephone or text message. Never send a password by email.",
    ]
    welsh = [
        (
            f"Cyfrineiriau ar gyfer y llythyrau gwahodd {reference}"
            if invitations
            else f"Cyfrineiriau ar gyfer pecyn dosbarthu {reference}"
        )
        + f", a wnaed {moment_text(now, long=True, language='cy')}.",
        "Rhowch bob cyfrinair dros y ffôn neu mewn neges destun. Peidiwch byth ag anfon cyfrinair "
        "drwy e-bost.",
    ]
    if not invitations:
        english.append("Delete this file once every password has been given.")
        welsh.append("Dilëwch y ffeil hon unwaith y bydd pob cyfrinair wedi'i roi.")
    _check(language)
    return [*{"en": english, "cy": welsh}.get(language, welsh + english), ""]


_HOW = {
    "eml": ("e-bost", "email"),
    "post": ("post", "post"),
    "hand": ("â llaw", "by hand"),
    "files": ("ffeiliau", "files"),
}


def password_line(
    *, number: int, name: str, phone: str, how: str, password: str, language: str = "en"
) -> str:
    """One line of a circulation pack's password list: the recipient by name, the phone number to
    give the password by, how their documents go, and the password."""
    phone = phone.strip() or _label(
        language, "dim rhif ffôn wedi'i gofnodi", "no phone number recorded"
    )
    printed = how in ("post", "hand")
    use = (
        _label(language, "i agor y ffeil i'w hargraffu", "to open the file for printing")
        if printed
        else _label(language, "rhowch dros y ffôn neu mewn neges destun", "give by phone or text")
    )
    how_words = _label(language, *_HOW[how]) if how in _HOW else how
    return (
        f"{_label(language, 'derbynnydd', 'recipient')} {number:02d}  {name}  "
        f"{_label(language, 'ffôn', 'phone')} {phone}  {how_words}  "
        f"{_label(language, 'cyfrinair', 'password')} {password}  ({use})"
    )


def invitation_body(
    *, cancelled: bool, when: datetime, venue: str, review: date | None, language: str = "en"
) -> str:
    """The email that carries an invitation letter and its calendar file (``venue`` "" when it
    may not be put in an email)."""
    english_when = f"{day_text(when.date(), weekday=True)} {time_text(when)}"
    welsh_when = f"{day_text(when.date(), weekday=True, language='cy')} {time_text(when)}"
    if cancelled:
        english = (
            f"The core group meeting on {english_when} is cancelled. The attached calendar file "
            "removes it from your calendar.\n"
        )
        welsh = (
            f"Mae cyfarfod y grŵp craidd ar {welsh_when} wedi'i ganslo. Mae'r ffeil calendr "
            "sydd ynghlwm yn ei dynnu o'ch calendr.\n"
        )
        return _text(language, welsh, english)
    english = (
        f"You are invited to a core group meeting on {english_when} at "
        f"{venue or 'the venue in the letter'}. The letter is attached (the lead professional "
        "will give you its password by telephone or text message) with a calendar file for the "
        "meeting.\n"
    ) + (
        f"\nThe next review conference is on {day_text(review, weekday=True)}.\n" if review else ""
    )
    welsh = (
        f"Fe'ch gwahoddir i gyfarfod y grŵp craidd ar {welsh_when}. Lleoliad: "
        f"{venue or 'y lleoliad yn y llythyr'}. Mae'r llythyr ynghlwm (bydd y gweithiwr "
        "proffesiynol arweiniol yn rhoi ei gyfrinair i chi dros y ffôn neu mewn neges destun) "
        "gyda ffeil calendr ar gyfer y cyfarfod.\n"
    ) + (
        f"\nMae'r gynhadledd adolygu nesaf ar {day_text(review, weekday=True, language='cy')}.\n"
        if review
        else ""
    )
    return _text(language, welsh, english)


def invitee_line(*, number: int, name: str, password: str, language: str = "en") -> str:
    """One line of the invitation letters' password list."""
    return (
        f"{_label(language, 'gwahoddedig', 'invitee')} {number:02d}  "
        f"{_label(language, 'cyfrinair', 'password')} {password}  {name}"
    )


def password_list(
    reference: str,
    now: datetime,
    lines: list[str],
    language: str = "en",
    *,
    invitations: bool = False,
) -> bytes:
    """The password list's file: its opening lines, then one line per recipient."""
    header = password_header(reference, now, language, invitations=invitations)
    return ("\n".join(header + lines) + "\n").encode("utf-8")
