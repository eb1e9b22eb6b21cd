"""Dates in words, in English or Welsh, through Babel's locale data (CLDR) instead of month tables
kept by hand: "6 Jan 2027", "Wed 6 Jan 2027", "6 January 2027", "Wednesday 6 January 2027"; in
Welsh "6 Ion 2027", "Dydd Mercher 6 Ionawr 2027". Day first, the British way, whatever the machine's
locale (English uses Babel's "en" month names: "Sep", where its "en_GB" writes "Sept")."""

from __future__ import annotations

import functools
from datetime import date

from babel.dates import format_date, get_month_names

__all__ = ["LANGUAGES", "day_month", "day_text", "month_name", "month_number"]

LANGUAGES = ("en", "cy")  # the languages dates are written in
_PATTERN = {
    (False, False): "d MMM y",
    (True, False): "EEE d MMM y",
    (False, True): "d MMMM y",
    (True, True): "EEEE d MMMM y",
}


@functools.lru_cache(maxsize=4096)
def day_text(day: date, *, weekday: bool = False, long: bool = False, language: str = "en") -> str:
    """ "6 Jan 2027"; with ``weekday`` "Wed 6 Jan 2027"; ``long`` writes the names in full."""
    return format_date(day, _PATTERN[weekday, long], locale=_locale(language))


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
