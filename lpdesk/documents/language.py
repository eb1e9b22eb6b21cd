"""A document in Welsh, English or both. Builders write English; ``in_language`` then gives every
heading, row label, column header, signature label, fixed sentence and date of a built document in
Welsh (``"cy"``), or each label as "Cymraeg / English" (``"both"``, Welsh first), from the words in
``welsh.py``. What people wrote (the minutes' answers, names, places) stays as written: only a whole
line in one of the forms lpdesk writes is translated. A label with no Welsh yet stays in English, so
nothing is ever left blank.

The running text of the letters (the invitation, the summary for an excluded parent) and of the
guide for families is translated the same way, sentence by sentence (``SENTENCES`` in welsh.py:
what is put in a sentence, a name or a place, stays as written).

An authority's practice profile says which languages its documents are offered in
(``document_languages``: England ``["en"]``, Wales ``["cy", "en"]``); ``language_choices`` adds
"both" where a profile has Welsh and English, and ``pack_language`` is a pack's language when
nobody chose one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from lpdesk.documents.tree import (
    Block,
    Document,
    FieldTable,
    Heading,
    Paragraph,
    SignatureBlock,
    Table,
)
from lpdesk.documents.welsh import SENTENCES, WELSH
from lpdesk.rules.dates import day_text

__all__ = [
    "BOTH",
    "DOCUMENT_LANGUAGES",
    "in_language",
    "language_choices",
    "pack_language",
]

BOTH = "both"
DOCUMENT_LANGUAGES = {"en": "English", "cy": "Cymraeg", BOTH: "Cymraeg / English"}
_FILE_LANGUAGE = {"en": "en-GB", "cy": "cy-GB", BOTH: "cy-GB"}
_FILE_SUFFIX = {"en": "", "cy": "cy", BOTH: "cy-en"}  # a Welsh copy's file name differs

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_SHORT_DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
# "Friday 6 November 2026", "6 Nov 2026", "Wed 06 Jan 2027": every form rules/dates.py writes
_DATE = rf"(?:(?:{_DAYS}|{_SHORT_DAYS}) )?\d{{1,2}} (?:{_MONTHS}|{_SHORT_MONTHS}) \d{{4}}"
_DATE_PARTS = re.compile(
    rf"^(?:({_DAYS}|{_SHORT_DAYS}) )?(\d{{1,2}}) ({_MONTHS}|{_SHORT_MONTHS}) (\d{{4}})$"
)
_MONTH_NUMBER = {name: n for n, name in enumerate(_MONTHS.split("|"), start=1)} | {
    name: n for n, name in enumerate(_SHORT_MONTHS.split("|"), start=1)
}

Replacement = str | Callable[[re.Match[str]], str]
_SIGN = ("Llofnod:", "Dyddiad:")  # beside each place to sign


def _welsh_date(text: str) -> str:
    """ "Friday 6 November 2026" -> "Dydd Gwener 6 Tachwedd 2026", "06 Nov 2026" -> "06 Tach
    2026": the same form (weekday, full or short names, two-digit day) in Welsh."""
    found = _DATE_PARTS.match(text)
    if found is None:
        return text
    day = date(int(found[4]), _MONTH_NUMBER[found[3]], int(found[2]))
    return day_text(
        day,
        weekday=found[1] is not None,
        long=found[3] in _MONTHS.split("|"),
        language="cy",
        padded=found[2].startswith("0"),
    )


def _on_day(text: str) -> str:
    """ "Friday 6 November 2026" after "on": "ddydd Gwener 6 Tachwedd 2026" (soft mutation)."""
    welsh = _welsh_date(text)
    return "ddydd" + welsh[4:] if welsh.startswith("Dydd") else welsh


def _answer(text: str) -> str:
    return {"Yes": "Do", "No": "Naddo"}.get(text, WELSH.get(text, text))


# Lines lpdesk writes with something in them (a number, a name, a date): each pattern must match a
# whole line, so a line someone wrote is never half-translated; the groups that hold what people
# wrote (names, reasons, outcomes) are carried over as written.
_LINES: tuple[tuple[re.Pattern[str], Replacement], ...] = (
    (re.compile(rf"^({_DATE})$"), lambda m: _welsh_date(m[1])),
    (re.compile(rf"^({_DATE}), (\d\d:\d\d)$"), lambda m: f"{_welsh_date(m[1])}, {m[2]}"),
    (re.compile(rf"^({_DATE}) (\d\d:\d\d)$"), lambda m: f"{_welsh_date(m[1])} {m[2]}"),
    (re.compile(rf"^({_DATE}) at (\d\d:\d\d)$"), lambda m: f"{_on_day(m[1])} am {m[2]}"),
    (re.compile(r"^Core group meeting (\d+)$"), r"Cyfarfod y grŵp craidd \1"),
    (re.compile(r"^Impact: (.*)$"), r"Effaith: \1"),
    (re.compile(r"^What we want: number (\d+)$"), r"Beth rydyn ni eisiau: rhif \1"),
    (
        re.compile(r"^(\w+): what we want, number (\d+)$"),
        lambda m: f"{WELSH.get(m[1], m[1])}: beth rydyn ni eisiau, rhif {m[2]}",
    ),
    (re.compile(r"^(.+) \(age (\d+)\)$"), r"\1 (\2 oed)"),
    (
        re.compile(rf"^(.+) \(expected ({_DATE})\)$"),
        lambda m: f"{m[1]} (disgwylir {_welsh_date(m[2])})",
    ),
    (re.compile(r"^Phone (.+), email (\S+)$"), r"Ffôn \1, e-bost \2"),
    (re.compile(r"^Phone (.+)$"), r"Ffôn \1"),
    (re.compile(r"^Email (\S+)$"), r"E-bost \1"),
    (
        re.compile(r"^Seen alone: (Yes|No|Not recorded)( \(.*\))?$"),
        lambda m: f"Gwelwyd ar ei ben ei hun: {_answer(m[1])}{m[2] or ''}",
    ),
    (
        re.compile(r"^Bedroom seen: (Yes|No|Not recorded)$"),
        lambda m: f"Gwelwyd yr ystafell wely: {_answer(m[1])}",
    ),
    (re.compile(r"^Outcome (\d+): (.*)$"), r"Canlyniad \1: \2"),
    (
        re.compile(rf"^({_DATE}): every recipient reached$"),
        lambda m: f"{_welsh_date(m[1])}: cyrhaeddwyd pob derbynnydd",
    ),
    (re.compile(r"^Changes since (.*)\.$"), r"Newidiadau ers \1."),
    (
        re.compile(
            rf"^Approved by (.+) on ({_DATE}) at (\d\d:\d\d)\. Version (\d+) of this record\."
            r"(?: It amends (.+): the amendments are listed at the end\.)?$"
        ),
        lambda m: (
            f"Cymeradwywyd gan {m[1]} ar {_welsh_date(m[2])} am {m[3]}. "
            f"Fersiwn {m[4]} o'r cofnod hwn."
            + (f" Mae'n diwygio {m[5]}: rhestrir y diwygiadau ar y diwedd." if m[5] else "")
        ),
    ),
    (
        re.compile(
            r"^DRAFT: this record has not been approved by the chair\. It may still change\.$"
        ),
        "DRAFFT: nid yw'r cadeirydd wedi cymeradwyo'r cofnod hwn eto. Gall newid o hyd.",
    ),
    (
        re.compile(
            r"^DRAFT: a draft amendment of (.+) has not been approved by the chair\. "
            r"It may still change\.$"
        ),
        r"DRAFFT: nid yw'r cadeirydd wedi cymeradwyo diwygiad drafft o \1 eto. Gall newid o hyd.",
    ),
)


# What each {name} of a sentence in ``SENTENCES`` may hold (any other name: anything).
_GROUPS = ("the core group", "the team around the child", "the team around the family")
_PLACES = {
    "group": "|".join(g for group in _GROUPS for g in (group, "T" + group[1:])),
    "kids": "your child|your children",
    "date": _DATE,
    "contact": r"(?:Phone|Email) .+",
    "reference": r"\S+",
    "email": r"\S+@\S+",
}
_PLACE = re.compile(r"\{(\w+)\}")
_VOWELS = "aeiouwyâêîôûŵŷ"
_VOWEL_END = re.compile(rf"[{_VOWELS}] $")
_JOINED = {
    "y ": "'r ",
    "eich ": "'ch ",
}  # "Mae y grŵp" -> "Mae'r grŵp", "i helpu eich" -> "helpu'ch"


def _sentence_pattern(english: str) -> re.Pattern[str]:
    parts: list[str] = []
    seen: set[str] = set()
    for i, piece in enumerate(_PLACE.split(english)):
        if i % 2 == 0:
            parts.append(re.escape(piece))
            continue
        key = piece.lower()
        parts.append(f"(?P={key})" if key in seen else f"(?P<{key}>{_PLACES.get(key, '.+')})")
        seen.add(key)
    return re.compile("^" + "".join(parts) + "$")


def _put_in(name: str, value: str) -> tuple[str, bool]:
    """What goes in a {name} of a Welsh sentence: a date or one of lpdesk's words in Welsh
    (True), anything else as written (False)."""
    if name == "date":
        welsh = _welsh_date(value)
    elif name == "contact":
        welsh = _welsh_line(value)
    else:
        welsh = WELSH.get(value) or WELSH.get(value[:1].lower() + value[1:], value)
    return welsh, welsh != value


def _sentence(welsh: str) -> Callable[[re.Match[str]], str]:
    pieces = _PLACE.split(welsh)

    def fill(found: re.Match[str]) -> str:
        out = ""
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                out += piece
                continue
            value, ours = _put_in(piece.lower(), found[piece.lower()])
            if ours:
                first = piece[:1].isupper() or out in ("", ". ") or out.endswith(". ")
                value = (value[:1].upper() if first else value[:1].lower()) + value[1:]
                for word, joined in _JOINED.items():
                    if value.lower().startswith(word) and _VOWEL_END.search(out):
                        out, value = out[:-1], joined + value[len(word) :]
            if out.endswith(" â ") and value[:1].lower() in _VOWELS:
                out = out[:-2] + "ag "  # "ynglŷn ag Yusuf"
            out += value
        return out

    return fill


_LINES += tuple((_sentence_pattern(en), _sentence(cy)) for en, cy in SENTENCES)


def language_choices(languages: Iterable[str]) -> tuple[str, ...]:
    """The document languages a profile offers, with "both" where it has Welsh and English."""
    offered = tuple(code for code in languages if code in ("en", "cy"))
    if "cy" in offered and "en" in offered:
        offered += (BOTH,)
    return offered or ("en",)


def pack_language(languages: Iterable[str]) -> str:
    """The language of a circulation pack or an invitation pack where nobody chose one: both
    (Welsh first) where a profile offers Welsh and English, as Welsh public bodies write to
    people whose language choice is not known; else the profile's one language."""
    offered = language_choices(languages)
    return BOTH if BOTH in offered else offered[0]


def in_language(doc: Document, language: str) -> Document:
    """``doc`` with its words in ``language`` ("en" returns it unchanged)."""
    if language == "en":
        return doc
    if language not in DOCUMENT_LANGUAGES:
        raise ValueError(f"no documents in language {language!r}")
    both = language == BOTH
    label = _bilingual if both else _welsh
    blocks: list[Block] = []
    for block in doc.blocks:
        blocks.extend(_block(block, label, both))
    meta = doc.meta
    meta = replace(
        meta,
        title=label(meta.title),
        watermark=label(meta.watermark) if meta.watermark else "",
        marking=label(meta.marking),
        author_role=label(meta.author_role),
        language=_FILE_LANGUAGE[language],
        page_of="Tudalen {page} o {pages}",
        not_approved="heb ei gymeradwyo" if not both else "heb ei gymeradwyo / not approved",
        file_suffix="-".join(p for p in (meta.file_suffix, _FILE_SUFFIX[language]) if p),
    )
    return replace(doc, meta=meta, blocks=tuple(blocks))


def _welsh(text: str) -> str:
    """Each line in Welsh where it is one lpdesk writes; any other line as it is."""
    return "\n".join(_welsh_line(line) for line in text.split("\n"))


def _welsh_line(line: str) -> str:
    if line in WELSH:
        return WELSH[line]
    for separator in (", ", "; "):  # a list of words lpdesk writes ("Neglect, Emotional")
        parts = line.split(separator)
        if len(parts) > 1 and any(p in WELSH for p in parts):
            if separator == ", " and not all(p in WELSH for p in parts):
                continue  # a sentence someone wrote, with a comma in it
            return separator.join(WELSH.get(p, p) for p in parts)  # "Unwell; <in Welsh>"
    for pattern, welsh in _LINES:
        found = pattern.match(line)
        if found is not None:
            return found.expand(welsh) if isinstance(welsh, str) else welsh(found)
    return line


def _bilingual(text: str) -> str:
    welsh = _welsh(text)
    return text if welsh == text else f"{welsh} / {text}"


def _value(text: str, both: bool) -> str:
    """A value in a table: a word or line lpdesk writes ("Not recorded", "Neglect", a date, "Yusuf
    Haddad (age 9)") in Welsh; what someone wrote as it is. With "both", Welsh then English."""
    return _bilingual(text) if both else _welsh(text)


def _block(block: Block, label: Callable[[str], str], both: bool) -> tuple[Block, ...]:
    match block:
        case Heading():
            return (replace(block, text=label(block.text)),)
        case FieldTable():
            pairs = tuple((label(k), _value(v, both)) for k, v in block.rows)
            return (replace(block, rows=pairs),)
        case Table():
            header = tuple(label(h) for h in block.header)
            rows = tuple(tuple(_value(c, both) for c in row) for row in block.rows)
            return (replace(block, header=header, rows=rows),)
        case SignatureBlock():
            labels = tuple(label(t) for t in block.labels)
            signed, dated = ("Llofnod / Signed:", "Dyddiad / Date:") if both else _SIGN
            return (replace(block, labels=labels, signed=signed, dated=dated),)
        case Paragraph():
            return _paragraph(block, both)
    return (block,)


_SHORT = 40  # a paragraph this long or shorter is a line, not a passage


def _paragraph(block: Paragraph, both: bool) -> tuple[Block, ...]:
    """A sentence lpdesk writes in Welsh (or Welsh, then the English); written text as it is."""
    runs = tuple(replace(r, text=_welsh(r.text)) for r in block.runs)
    if all(new.text == old.text for new, old in zip(runs, block.runs, strict=True)):
        return (block,)
    if not both:
        return (replace(block, runs=runs),)
    text = "".join(r.text for r in block.runs)
    if "\n" in text or (len(block.runs) == 1 and len(text) <= _SHORT):
        # a line or a block of lines (a date, "Dear ...", the signature): each line as
        # "Cymraeg / English", so that a name or a phone number is not written twice
        lines = tuple(
            replace(r, text="\n".join(_bilingual(line) for line in r.text.split("\n")))
            for r in block.runs
        )
        return (replace(block, runs=lines),)
    return (replace(block, runs=runs), block)
