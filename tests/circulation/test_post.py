"""The post channel: an address page that fits a DL window envelope, then the documents."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest

from lpdesk.circulation.post import build_post_pdf, post_problems
from lpdesk.documents.address_page import address_page_pdf
from lpdesk.domain import InvalidInput, Person

from .conftest import FATHER_ADDRESS, REFUGE_ADDRESS, pdf_text, simple_pdf

MM = 72 / 25.4
FATHER = Person(id=2, name="Sam Fictional", address=FATHER_ADDRESS)


def words_with_boxes(data: bytes, tmp_path: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points from the top left of page 1 (poppler)."""
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    pattern = (
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    return [
        (w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)
    ]


def test_post_pdf_is_the_address_page_then_the_documents(tmp_path: Path) -> None:
    documents = [simple_pdf(["minutes page"]), simple_pdf(["plan page"])]
    data = build_post_pdf(
        recipient=FATHER,
        person_id=2,
        reference_line="Our reference: CP-2026-0042",
        date_line="20 November 2026",
        documents=documents,
    )
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 3
    pages = pdf_text(data).split("\f")
    assert "Sam Fictional" in pages[0] and "4 Main Road" in pages[0] and "OT1 1AA" in pages[0]
    assert "minutes page" in pages[1] and "plan page" in pages[2]


def test_the_address_sits_inside_a_dl_window(tmp_path: Path) -> None:
    data = address_page_pdf(
        name="Sam Fictional",
        address=FATHER_ADDRESS + "\nA Third Line\nCounty\nRegion\nEngland",
        reference_line="Our reference: CP-2026-0042",
        date_line="20 November 2026",
    )
    words = words_with_boxes(data, tmp_path)
    address_words = {"Sam", "Fictional", "4", "Main", "Road", "Oldtown", "OT1", "1AA", "England"}
    boxes = [w for w in words if w[0] in address_words]
    assert {w[0] for w in boxes} == address_words
    # DL window: 90 x 45 mm, 20 mm from the left; an A4 sheet folded in three puts it about
    # 47-97 mm from the top of the sheet. Keep a margin of a few mm for the fold.
    for _, x0, y0, x1, y1 in boxes:
        assert x0 >= 20 * MM and x1 <= 110 * MM
        assert y0 >= 50 * MM and y1 <= 95 * MM
    reference = [w for w in words if w[0] == "CP-2026-0042"]
    assert reference and reference[0][1] > 110 * MM  # the reference is outside the window


def test_fonts_are_embedded(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(
        address_page_pdf(
            name="Zoë Ñandú", address="1 Road\nTown", reference_line="r", date_line="d"
        )
    )
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout
    rows = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert rows and all(" yes " in row for row in rows)
    assert "Zoë Ñandú" in pdf_text(path.read_bytes())


def test_markup_and_line_breaks_in_a_name_add_nothing(tmp_path: Path) -> None:
    data = address_page_pdf(
        name='Sam <font size="40">Fictional</font>\r\x00',
        address="1 Road\r\nTown",
        reference_line="r",
        date_line="d",
    )
    text = pdf_text(data)
    assert '<font size="40">Fictional</font>' in text
    assert "1 Road" in text and "Town" in text


@pytest.mark.parametrize(
    ("person", "problem"),
    [
        (Person(name="Alex Fictional", address=REFUGE_ADDRESS, address_withheld=True), "withheld"),
        (Person(name="Alex Fictional", address="  \n "), "no address"),
        (dataclasses.replace(FATHER, name="Sam\nFictional"), "control character"),
        (dataclasses.replace(FATHER, address="\n".join(f"line {i}" for i in range(7))), "window"),
    ],
)
def test_post_is_refused_for_withheld_empty_or_unsafe_addresses(
    person: Person, problem: str
) -> None:
    problems = post_problems(person, person_id=9)
    assert len(problems) == 1 and problem in problems[0] and "person 9" in problems[0]
    with pytest.raises(InvalidInput) as caught:
        build_post_pdf(
            recipient=person, person_id=9, reference_line="r", date_line="d", documents=[]
        )
    assert caught.value.problems[0].field == "recipient 9"
    assert "Hidden Lane" not in str(caught.value)
