"""Dates in words, in English or Welsh, through Babel's locale data (CLDR) instead of month tables
kept by hand: "6 Jan 2027", "Wed 6 Jan 2027", "6 January 2027", "Wednesday 6 January 2027"; in
Welsh "6 Ion 2027", "Dydd Mercher 6 Ionawr 2027". Day first, the British way, whatever the machine's
locale (English uses Babel's "en" month names: "Sep", where its "en_GB" writes "Sept").

The stamps of a circulation pack and of the invitations (the date on the address page, the
password list's "made 06 December 2026 14:05", the hand delivery sheet's "printed 06 Dec 2026")
keep their two-digit day: ``padded`` and ``moment_text``."""

from __future__ import annotations

import functools
from datetime import date, datetime

from babel.dates import format_date, get_month_names

__all__ = [
    "LANGUAGES",
    "day_month",
    "day_text",
    "moment_text",
    "month_name",
    "month_number",
    "time_text",
]

LANGUAGES = ("en", "cy")  # the languages dates are written in
_PATTERN = {
    (False, False): "d MMM y",
    (True, False): "EEE d MMM y",
    (False, True): "d MMMM y",
    (True, True): "EEEE d MMMM y",
}


@functools.lru_cache(maxsize=4096)
def day_text(
    day: date,
    *,
    weekday: bool = False,
    long: bool = False,
    language: str = "en",
    padded: bool = False,
) -> str:
    """ "6 Jan 2027"; with ``weekday`` "Wed 6 Jan 2027"; ``long`` writes the names in full;
    ``padded`` gives the day two digits ("06 Jan 2027")."""
    if type(day) is not date:  # a datetime: its day only (and one cache entry per day)
        day = date(day.year, day.month, day.day)
    pattern = _PATTERN[weekday, long]
    if padded:
        pattern = pattern.replace("d ", "dd ", 1)
    return format_date(day, pattern, locale=_locale(language))


def time_text(moment: datetime) -> str:
    """ "14:05": the 24-hour clock, in every language."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def moment_text(
    moment: datetime, *, long: bool = False, language: str = "en", padded: bool = True
) -> str:
    """ "06 December 2026 14:05" (``long``) or "06 Dec 2026 14:05": a stamp on a pack's papers."""
    day = day_text(moment.date(), long=long, language=language, padded=padded)
    return f"{day} {time_text(moment)}"


@functools.lru_cache(maxsize=1024)
def day_month(day: date, *, language: str = "en") -> str:
    """ "6 Jan": a day in a list of days of one year."""
    return format_date(day, "d MMM", locale=_locale(language))


def _locale(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no dates in language {language!r}")
    return language


@functools.lru_cache(maxsize=64)
def month_name(month: int, *, language: str = "en") -> str:
    """ "Jan" for 1: the label of a month on an axis."""
    return str(get_month_names("abbreviated", "stand-alone", locale=_locale(language))[month])


def month_number(word: str) -> int | None:
    """The month a typed word names, in English or Welsh: "dec", "December", "Decem", "Rhag",
    "Rhagfyr" -> 12 (English by its first three letters, Welsh by its full or short name)."""
    word = word.strip().lower().rstrip(".")
    if len(word) < 3:
        return None
    return _typed_months().get(word) or _typed_months().get(word[:3])


@functools.cache
def _typed_months() -> dict[str, int]:
    found: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, "format", locale="cy").items():
            found[str(name).lower()] = number
        for number, name in get_month_names(width, "format", locale="en").items():
            found[str(name).lower()[:3]] = number
    return found
