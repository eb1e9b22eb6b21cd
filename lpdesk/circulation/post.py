"""The post channel: one printable PDF per recipient with an address page for a DL window envelope,
followed by their documents.

Refused (a problem listed, nothing built) when the recipient's own address is withheld or empty: a
withheld address (a refuge) never goes on paper lpdesk prints.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pikepdf

from lpdesk.circulation.safety import has_control_characters
from lpdesk.documents.address_page import MAX_ADDRESS_LINES, address_page_pdf
from lpdesk.domain import InvalidInput, Person

__all__ = ["build_post_pdf", "post_problems"]


def post_problems(person: Person, *, person_id: int) -> tuple[str, ...]:
    """Why ``person`` cannot be sent post (identifiers only), or ``()``."""
    who = f"person {person_id}"
    if person.address_withheld:
        return (f"{who}: address withheld: post refused",)
    lines = [line for line in person.address.split("\n") if line.strip()]
    if not lines:
        return (f"{who}: no address: post refused",)
    if has_control_characters(person.address, allow_newline=True) or has_control_characters(
        person.name
    ):
        return (f"{who}: name or address holds a control character: post refused",)
    if len(lines) + 1 > MAX_ADDRESS_LINES:
        return (f"{who}: address longer than the envelope window: post refused",)
    return ()


def build_post_pdf(
    *,
    recipient: Person,
    person_id: int,
    reference_line: str,
    date_line: str,
    documents: Sequence[bytes],
    return_lines: Sequence[str] = (),
    marking: str = "",
) -> bytes:
    """The address page followed by ``documents`` (unencrypted PDFs), as one PDF; ``marking``
    above the address ("" for the English one)."""
    problems = post_problems(recipient, person_id=person_id)
    if problems:
        raise InvalidInput.one(f"recipient {person_id}", "; ".join(problems))
    cover = address_page_pdf(
        name=recipient.name,
        address=recipient.address,
        reference_line=reference_line,
        date_line=date_line,
        return_lines=return_lines,
        **({"marking": marking} if marking else {}),
    )
    sources = [pikepdf.open(io.BytesIO(data)) for data in (cover, *documents)]
    try:
        merged = pikepdf.new()
        for source in sources:
            merged.pages.extend(source.pages)
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue()
    finally:
        for source in sources:
            source.close()
