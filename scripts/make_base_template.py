"""Generate resources/templates/base.docx: python-docx's default document plus the named "LP"
styles the Word renderer needs. An authority restyles these in Word (fonts, colours, letterhead in
the header) and points lpdesk at its copy; the styles' names must stay.

Run from the repository root:  .venv/bin/python scripts/make_base_template.py
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lpdesk.documents.output import normalise_zip

TARGET = Path(__file__).resolve().parents[1] / "resources" / "templates" / "base.docx"
FONT = "Arial"
GREY = RGBColor(0x4D, 0x4D, 0x4D)
MARKING = RGBColor(0x99, 0x00, 0x00)


def paragraph_style(
    doc,
    name,
    size,
    *,
    bold=False,
    italic=False,
    colour=None,
    after=4,
    before=0,
    align=None,
    outline=None,
    keep_next=False,
) -> ParagraphStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.name, font.size, font.bold, font.italic = FONT, Pt(size), bold, italic
    if colour is not None:
        font.color.rgb = colour
    fmt = style.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    fmt.keep_with_next = keep_next
    if align is not None:
        fmt.alignment = align
    if outline is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        style.element.get_or_add_pPr().append(level)
    return style


def character_style(doc, name, *, bold=False, italic=False) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.font.bold, style.font.italic = bold, italic


def table_style(doc) -> None:
    style = doc.styles.add_style("LP Table", WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Table Grid"]
    header = OxmlElement("w:tblStylePr")
    header.set(qn("w:type"), "firstRow")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    tcpr = OxmlElement("w:tcPr")
    shade = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "DCE3EC")):
        shade.set(qn(key), value)
    tcpr.append(shade)
    header.extend([rpr, tcpr])
    style.element.append(header)


def build() -> bytes:
    doc = Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    section.header_distance = section.footer_distance = Mm(8)

    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    paragraph_style(doc, "LP Title", 18, bold=True, after=10, outline=0, keep_next=True)
    for level, size in ((1, 14), (2, 12), (3, 11)):
        paragraph_style(
            doc,
            f"LP Heading {level}",
            size,
            bold=True,
            italic=level == 3,
            before=10 if level == 1 else 6,
            outline=level,
            keep_next=True,
        )
    paragraph_style(doc, "LP Body", 10)
    paragraph_style(doc, "LP Note", 8.5, italic=True, colour=GREY)
    paragraph_style(doc, "LP Large", 16, after=8)
    paragraph_style(doc, "LP Field Label", 9.5, bold=True, after=0)
    paragraph_style(doc, "LP Field Value", 10, after=0)
    paragraph_style(doc, "LP Table Header", 9, bold=True, after=0)
    paragraph_style(doc, "LP Table Text", 9, after=0)
    paragraph_style(
        doc, "LP Marking", 9, bold=True, colour=MARKING, after=0, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    paragraph_style(doc, "LP Header", 8.5, colour=GREY, after=0)
    paragraph_style(doc, "LP Footer", 8.5, colour=GREY, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    paragraph_style(doc, "LP Letterhead", 9, colour=GREY, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    character_style(doc, "LP Strong", bold=True)
    character_style(doc, "LP Emphasis", italic=True)
    character_style(doc, "LP Strong Emphasis", bold=True, italic=True)
    table_style(doc)

    props = doc.core_properties
    props.author = props.last_modified_by = "lpdesk"
    props.title = "lpdesk base template"
    props.created = props.modified = datetime(2026, 1, 1)
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return normalise_zip(out.getvalue())


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build())
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
