"""A document in Welsh, English or both. Builders write English; ``in_language`` then gives every
heading, row label, column header, signature label, fixed sentence and date of a built document in
Welsh (``"cy"``), or each label as "Cymraeg / English" (``"both"``, Welsh first), from the words in
``welsh.py``. What people wrote (the minutes' answers, names, places) is never translated: it stays
as written. A label with no Welsh yet stays in English, so nothing is ever left blank.

An authority's practice profile says which languages its documents are offered in
(``document_languages``: England ``["en"]``, Wales ``["cy", "en"]``); ``language_choices`` adds
"both" where a profile has Welsh and English."""

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
from lpdesk.documents.welsh import WELSH
from lpdesk.rules.dates import day_text

__all__ = ["BOTH", "DOCUMENT_LANGUAGES", "in_language", "language_choices"]

BOTH = "both"
DOCUMENT_LANGUAGES = {"en": "English", "cy": "Cymraeg", BOTH: "Cymraeg / English"}
_FILE_LANGUAGE = {"en": "en-GB", "cy": "cy-GB", BOTH: "cy-GB"}
_FILE_SUFFIX = {"en": "", "cy": "cy", BOTH: "cy-en"}  # a Welsh copy's file name differs

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE = re.compile(rf"\b(?:({_DAYS}) )?(\d{{1,2}}) ({_MONTHS}) (\d{{4}})\b")
_MONTH_NUMBER = {name: n for n, name in enumerate(_MONTHS.split("|"), start=1)}

# Sentences with something in them (a number, a name, a date), English pattern -> Welsh.
_SENTENCES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"^Core group meeting (\d+)$"), r"Cyfarfod y grŵp craidd \1"),
    (re.compile(r"(?m)^Impact: "), "Effaith: "),
    (re.compile(r"^What we want: number (\d+)$"), r"Beth rydyn ni eisiau: rhif \1"),
    (
        re.compile(r"^(\w+): what we want, number (\d+)$"),
        lambda found: f"{WELSH.get(found[1], found[1])}: beth rydyn ni eisiau, rhif {found[2]}",
    ),
    (re.compile(r"\(age (\d+)\)"), r"(\1 oed)"),
    (re.compile(r"\(expected (.+?)\)"), r"(disgwylir \1)"),
    (re.compile(r"(?m)^Phone (.+), email "), r"Ffôn \1, e-bost "),
    (re.compile(r"(?m)^Phone "), "Ffôn "),
    (re.compile(r"(?m)^Email "), "E-bost "),
    (re.compile(r"(?m)^Seen alone: Yes"), "Gwelwyd ar ei ben ei hun: Do"),
    (re.compile(r"(?m)^Seen alone: No"), "Gwelwyd ar ei ben ei hun: Naddo"),
    (re.compile(r"(?m)^Seen alone: Not recorded"), "Gwelwyd ar ei ben ei hun: Heb ei gofnodi"),
    (re.compile(r"(?m)^Bedroom seen: Yes"), "Gwelwyd yr ystafell wely: Do"),
    (re.compile(r"(?m)^Bedroom seen: No"), "Gwelwyd yr ystafell wely: Naddo"),
    (re.compile(r"(?m)^Bedroom seen: Not recorded"), "Gwelwyd yr ystafell wely: Heb ei gofnodi"),
    (re.compile(r"\bwritten report received\b"), "adroddiad ysgrifenedig wedi dod i law"),
    (re.compile(r"\binvited for this meeting only\b"), "gwahoddwyd i'r cyfarfod hwn yn unig"),
    (re.compile(r"^Outcome (\d+): (.*)$", re.S), r"Canlyniad \1: \2"),
    (re.compile(r"^Changes since (.*)\.$"), r"Newidiadau ers \1."),
    (
        re.compile(r"^Approved by (.+) on (.+) at (\d\d:\d\d)\. Version (\d+) of this record\."),
        r"Cymeradwywyd gan \1 ar \2 am \3. Fersiwn \4 o'r cofnod hwn.",
    ),
    (
        re.compile(r" It amends (.+): the amendments are listed at the end\.$"),
        r" Mae'n diwygio \1: rhestrir y diwygiadau ar y diwedd.",
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


def language_choices(languages: Iterable[str]) -> tuple[str, ...]:
    """The document languages a profile offers, with "both" where it has Welsh and English."""
    offered = tuple(code for code in languages if code in ("en", "cy"))
    if "cy" in offered and "en" in offered:
        offered += (BOTH,)
    return offered or ("en",)


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
        file_suffix="-".join(p for p in (meta.file_suffix, _FILE_SUFFIX[language]) if p),
    )
    return replace(doc, meta=meta, blocks=tuple(blocks))


def _welsh(text: str) -> str:
    if text in WELSH:
        return WELSH[text]
    if ", " in text and all(part in WELSH for part in text.split(", ")):
        return ", ".join(WELSH[part] for part in text.split(", "))
    for pattern, welsh in _SENTENCES:
        text = pattern.sub(welsh, text)
    return _DATE.sub(_welsh_date, text)


def _bilingual(text: str) -> str:
    welsh = _welsh(text)
    return text if welsh == text else f"{welsh} / {text}"


def _welsh_date(found: re.Match[str]) -> str:
    day = date(int(found[4]), _MONTH_NUMBER[found[3]], int(found[2]))
    return day_text(day, weekday=found[1] is not None, long=True, language="cy")


def _value(text: str, both: bool) -> str:
    """A value in a table: a fixed word ("Not recorded", "Neglect"), a sentence lpdesk writes or a
    date is translated; anything else is what someone wrote, left as it is. With "both" a fixed
    word is given in both languages and a date stays in English."""
    fixed = _fixed(text)
    if both:
        return text if fixed == text else f"{fixed} / {text}"
    return _DATE.sub(_welsh_date, fixed)


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
            return (replace(block, labels=tuple(label(t) for t in block.labels)),)
        case Paragraph():
            return _paragraph(block, both)
    return (block,)


def _paragraph(block: Paragraph, both: bool) -> tuple[Block, ...]:
    """A fixed sentence in Welsh (or Welsh, then the English); written text as it is."""
    runs = tuple(replace(r, text=_fixed(r.text)) for r in block.runs)
    if all(new.text == old.text for new, old in zip(runs, block.runs, strict=True)):
        return (block,)
    welsh = replace(block, runs=runs)
    return (welsh, block) if both else (welsh,)


def _fixed(text: str) -> str:
    """Only a sentence lpdesk writes: a paragraph of someone's text is never touched."""
    if text in WELSH or (", " in text and all(p in WELSH for p in text.split(", "))):
        return _welsh(text)
    for pattern, _welsh_text in _SENTENCES:
        if pattern.search(text):
            return _welsh(text)
    return text
