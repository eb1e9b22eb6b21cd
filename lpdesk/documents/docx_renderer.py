"""Render a document tree to Word with python-docx, on a base template with named styles only
(an authority restyles them in Word). Core properties come from the record, never from the
operator's account; zip timestamps are fixed so the same tree gives the same bytes."""

from __future__ import annotations

import io
import re
from datetime import datetime, time
from typing import Any

from docx import Document as open_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsmap, qn
from docx.shared import Emu, Mm, Pt

from lpdesk.documents.letterhead import Letterhead
from lpdesk.documents.output import DOCX_MIME, NormalZip, RenderedFile, document_filename
from lpdesk.documents.template import WordTemplate
from lpdesk.documents.text import clean_text
from lpdesk.documents.tree import (
    Block,
    Document,
    DocumentMeta,
    FieldTable,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Table,
)

__all__ = ["render_docx"]

_PARAGRAPH_STYLES = {"body": "LP Body", "note": "LP Note", "large": "LP Large"}
_RUN_STYLES = {
    (True, False): "LP Strong",
    (False, True): "LP Emphasis",
    (True, True): "LP Strong Emphasis",
}


def _style_id(word: Any, name: str) -> str:
    """The id of the style called ``name``, looked up once per document. python-docx looks the
    name up again for every paragraph, run and cell given a style, walking every style of the
    template each time: that was ~90% of the time for long minutes (docs/performance.md)."""
    ids: dict[str, str] = word.__dict__.setdefault("_lp_style_ids", {})
    found = ids.get(name)
    if found is None:
        found = ids[name] = word.styles[name].style_id
    return found


def _python_docx_style_id(part: Any, name: str, kind: Any) -> str | None:
    """What python-docx sets when given the style name (``table.style = name``): the style's id,
    or None for the default style of its kind; found once per document. python-docx walks every
    style of the template to find the default at each table and header paragraph."""
    document = part._document_part
    ids: dict[tuple[str, Any], str | None] = document.__dict__.setdefault("_lp_docx_ids", {})
    key = (name, kind)
    if key not in ids:
        ids[key] = document.get_style_id(name, kind)
    return ids[key]


_SPECIAL = re.compile(r"([\t\r\n])")


def _add_text(paragraph: Any, text: str) -> Any:
    """``paragraph.add_run(text)``, the same XML, without python-docx's character-by-character
    reading of the text (a tab becomes ``w:tab``, a line end ``w:br``, the rest ``w:t``)."""
    run = paragraph.add_run()
    r = run._r
    for piece in _SPECIAL.split(text):
        if piece == "\t":
            r.add_tab()
        elif piece in ("\r", "\n"):
            r.add_br()
        elif piece:
            r.add_t(piece)
    return run


def _add_paragraph(word: Any, style: str, text: str = "") -> Any:
    paragraph = word.add_paragraph()
    paragraph._p.style = _style_id(word, style)
    if text:
        _add_text(paragraph, text)
    return paragraph


def _set_style(word: Any, paragraph: Any, style: str) -> None:
    paragraph._p.style = _style_id(word, style)


def _add_runs(word: Any, paragraph: Any, runs: tuple[Run, ...]) -> None:
    for run in runs:
        text = clean_text(run.text)
        if text:
            added = _add_text(paragraph, text)
            style = _RUN_STYLES.get((run.bold, run.italic))
            if style is not None:
                added._r.style = _style_id(word, style)


def _is_blank(paragraph: Any) -> bool:
    return not paragraph.text and not paragraph._p.xpath(".//w:drawing")


def _paragraph(container: Any, text: str, style: str) -> Any:
    """A new paragraph in ``container``, reusing its only paragraph when that is empty."""
    existing = container.paragraphs
    if len(existing) == 1 and _is_blank(existing[0]) and not container._element.xpath("./w:tbl"):
        paragraph = existing[0]
    else:
        paragraph = container.add_paragraph()
    paragraph._p.style = _python_docx_style_id(paragraph.part, style, WD_STYLE_TYPE.PARAGRAPH)
    if text:
        paragraph.add_run(clean_text(text))
    return paragraph


def _add_field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) with "1" as its cached result."""

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run("1")
    char("end")


_VML = "urn:schemas-microsoft-com:vml"
_OFFICE = "urn:schemas-microsoft-com:office:office"


def _watermark(paragraph: Any, text: str) -> None:
    """A diagonal grey word behind every page (Word's own watermark shape, in the header)."""
    from xml.sax.saxutils import quoteattr

    run = parse_xml(
        f'<w:r xmlns:w="{nsmap["w"]}" xmlns:v="{_VML}" xmlns:o="{_OFFICE}"><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"'
        ' path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/></v:shapetype>'
        '<v:shape id="lp_watermark" type="#_x0000_t136" style="position:absolute;margin-left:0;'
        "margin-top:0;width:440pt;height:150pt;rotation:315;z-index:-251657216;"
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="#d0d0d0"'
        ' stroked="f"><v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;DejaVu Sans&quot;;font-size:1pt" string={quoteattr(text)}/>'
        "</v:shape></w:pict></w:r>"
    )
    paragraph._p.append(run)


def _furnish(header: Any, footer: Any, meta: DocumentMeta) -> None:
    _paragraph(header, f"{meta.authority}   ·   {meta.case_reference}", "LP Header")
    if meta.watermark:
        _watermark(
            _paragraph(header, f"{meta.watermark}: {meta.not_approved}", "LP Marking"),
            meta.watermark,
        )
    _paragraph(header, meta.marking, "LP Marking")
    _paragraph(footer, meta.marking, "LP Marking")
    before, rest = meta.page_of.split("{page}", 1)
    between, after = rest.split("{pages}", 1)
    page = _paragraph(footer, f"{meta.title}   ·   {before}", "LP Footer")
    _add_field(page, "PAGE")
    page.add_run(between)
    _add_field(page, "NUMPAGES")
    if after:
        page.add_run(after)


def _letterhead(header: Any, letterhead: Letterhead) -> None:
    if letterhead.logo:
        picture = _paragraph(header, "", "LP Header")
        picture.add_run().add_picture(
            io.BytesIO(letterhead.logo), width=Mm(letterhead.logo_width_mm)
        )
    for line in letterhead.address.split("\n"):
        if line.strip():
            _paragraph(header, line, "LP Letterhead")


def _set_widths(table: Any, fractions: tuple[float, ...], usable: int) -> None:
    """Column widths in the grid (LibreOffice reads these) and on every cell (Word reads these)."""
    table.autofit = False
    widths = [Emu(int(usable * fraction)) for fraction in fractions]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _no_first_row_look(table: Any) -> None:
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:val"), "0480")


def _fill(word: Any, cell: Any, text: str, style: str) -> None:
    paragraph = cell.paragraphs[0]
    _set_style(word, paragraph, style)
    text = clean_text(text)
    if text:
        _add_text(paragraph, text)


def _table(word: Any, rows: list[tuple[str, ...]], styles: tuple[str, ...]) -> Any:
    table = word.add_table(rows=len(rows), cols=len(styles))
    table._tbl.tblStyle_val = _python_docx_style_id(word.part, "LP Table", WD_STYLE_TYPE.TABLE)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value, style in zip(row.cells, values, styles, strict=True):
            _fill(word, cell, value, style)
    return table


LARGE_PRINT_SCALE = 1.5  # headings and title of a large-print document, as in the PDF


def _styled(word: Any, text: str, style: str, large: bool) -> Any:
    """A paragraph in ``style``; in a large-print document its text is scaled up from the
    style's own size (the style stays the authority's, only the size grows)."""
    paragraph = _add_paragraph(word, style, clean_text(text))
    size = _style_size(word, style) if large else None
    if size is not None:
        for run in paragraph.runs:
            run.font.size = Pt(round(size * LARGE_PRINT_SCALE, 1))
    return paragraph


def _style_size(word: Any, name: str) -> float | None:
    style = word.styles[name]
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return None


def _block(word: Any, block: Block, usable: int, large: bool = False) -> None:
    match block:
        case Heading(level=level, text=text):
            _styled(word, text, f"LP Heading {min(max(level, 1), 3)}", large)
        case Paragraph(runs=runs, style=style):
            _add_runs(word, _add_paragraph(word, _PARAGRAPH_STYLES[style]), runs)
        case FieldTable(rows=rows):
            if rows:
                table = _table(word, list(rows), ("LP Field Label", "LP Field Value"))
                _no_first_row_look(table)
                _set_widths(table, (0.32, 0.68), usable)
                _add_paragraph(word, "LP Body")
        case Table(header=header, rows=rows):
            styles = ("LP Table Text",) * len(header)
            table = _table(word, [header, *rows], styles)
            for cell in table.rows[0].cells:
                _set_style(word, cell.paragraphs[0], "LP Table Header")
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            table.rows[0]._tr.get_or_add_trPr().append(repeat)
            _set_widths(table, block.column_fractions(), usable)
            _add_paragraph(word, "LP Body")
        case SignatureBlock(labels=labels, signed=signed, dated=dated):
            signatures: list[tuple[str, ...]] = [(label, signed, dated) for label in labels]
            table = _table(word, signatures, ("LP Field Label", "LP Body", "LP Body"))
            _no_first_row_look(table)
            _set_widths(table, (0.3, 0.45, 0.25), usable)
            for row in table.rows:
                row.height = Mm(14)
        case PageBreak():
            _add_paragraph(word, "LP Body").add_run().add_break(WD_BREAK.PAGE)
        case Picture(data=data, width_mm=width_mm, description=description):
            run = _add_paragraph(word, "LP Body").add_run()
            shape = run.add_picture(io.BytesIO(data), width=Mm(width_mm))
            shape._inline.docPr.set("descr", clean_text(description))
        case _:
            raise TypeError(f"not a block: {type(block).__name__}")


def _set_core_properties(word: Any, meta: DocumentMeta) -> None:
    props = word.core_properties
    stamp = datetime.combine(meta.created, time(0, 0))
    props.author = clean_text(meta.authority)
    props.last_modified_by = clean_text(meta.author_role)
    props.title = clean_text(meta.title)
    props.subject = f"{meta.kind.value} {clean_text(meta.case_reference)}"
    props.category = clean_text(meta.marking)
    props.keywords = props.comments = props.identifier = props.version = ""
    props.content_status = clean_text(meta.marking)
    props.language = meta.language
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1


def render_docx(
    doc: Document, template: WordTemplate | None = None, letterhead: Letterhead | None = None
) -> RenderedFile:
    """The document as a Word file on ``template`` (the bundled base template by default)."""
    template = template or WordTemplate.default()
    word = open_docx(io.BytesIO(template.data))
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = word.sections[0]
    usable = (
        int(section.page_width or Mm(210))
        - int(section.left_margin or 0)
        - int(section.right_margin or 0)
    )
    meta = doc.meta
    if letterhead is not None:
        section.different_first_page_header_footer = True
        _letterhead(section.first_page_header, letterhead)
        _furnish(section.first_page_header, section.first_page_footer, meta)
    _furnish(section.header, section.footer, meta)
    _styled(word, meta.title, "LP Title", meta.large_print)
    for block in doc.blocks:
        _block(word, block, usable, meta.large_print)
    _set_core_properties(word, meta)
    name = document_filename(meta, "docx")
    return RenderedFile.of(name, DOCX_MIME, _saved(word))


def _saved(word: Any) -> bytes:
    """The document as ``normalise_zip(word.save(...))`` gives it, written straight into the
    normalised zip (python-docx's own save, ``OpcPackage.save``, with its members compressed
    once, not compressed, read back and compressed again)."""
    from docx.opc.pkgwriter import PackageWriter

    package = word.part.package
    for part in package.parts:
        part.before_marshal()
    out = io.BytesIO()
    writer: Any = PackageWriter  # its steps, each given the zip as its physical writer
    with NormalZip(out) as target:
        writer._write_content_types_stream(target, package.parts)
        writer._write_pkg_rels(target, package.rels)
        writer._write_parts(target, package.parts)
    return out.getvalue()
