"""Matching the people of a case file with the people already here, so that importing two cases
that share a professional does not create that professional twice.

A person in the file with an email address is the person here with the same name and the same
email address (letter case aside): one such person is a match, used instead of a new record (their
details here are kept); two or more are an ambiguity, refused with the file's JSON path and the
candidates named. A person without an email address, or with no namesake here, is created. An agency with the same
name and kind as one here is that agency (the first, if an earlier lpdesk created copies).
"""

from __future__ import annotations

from typing import Any

from lpdesk.domain import Agency, FieldProblem, Person
from lpdesk.services.ports import UnitOfWork

__all__ = ["match_agencies", "match_people"]


def match_people(
    uow: UnitOfWork, data: dict[str, Any], problems: list[FieldProblem]
) -> dict[int, int]:
    """The file key -> id here of every person matched; an ambiguity is appended to
    ``problems``."""
    matches: dict[int, int] = {}
    for i, item in enumerate(data["people"]):
        email = item.get("email", "").strip().casefold()
        if not email:
            continue
        same = [
            p
            for p in uow.repo(Person).find(name=item["name"])
            if p.email.strip().casefold() == email and p.id is not None
        ]
        if len(same) == 1 and same[0].id is not None:
            matches[item["id"]] = same[0].id
        elif len(same) > 1:
            where = ", ".join(_describe(p) for p in same)
            problems.append(
                FieldProblem(
                    f"$.people[{i}]",
                    f"{item['name']} ({item.get('email', '')}) matches {len(same)} people here"
                    f" with the same name and email address ({where}): merge them or change the"
                    " file so it names one",
                )
            )
    return matches


def _describe(person: Person) -> str:
    return ", ".join(x for x in (person.job_title, person.phone) if x) or "no other details"


def match_agencies(uow: UnitOfWork, data: dict[str, Any]) -> dict[int, int]:
    """The file key -> id here of every agency with the same name and kind as one here."""
    matches: dict[int, int] = {}
    for item in data["agencies"]:
        same = [
            a for a in uow.repo(Agency).find(name=item["name"]) if a.kind == item.get("kind", "")
        ]
        if same and same[0].id is not None:
            matches[item["id"]] = same[0].id
    return matches
