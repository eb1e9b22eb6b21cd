"""Render a document tree to PDF with reportlab: bundled fonts, a run per script, Arabic shaped
and in visual order, header and footer on every page, table header rows repeated, long text
broken across pages. Deterministic: the same tree gives the same bytes (``invariant=1``)."""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle as PdfStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Table as PdfTable

from lpdesk.documents.fonts import BASE_FAMILY, FontSet, register_fonts
from lpdesk.documents.letterhead import Letterhead
from lpdesk.documents.output import PDF_MIME, RenderedFile, document_filename
from lpdesk.documents.pdf_numbers import remember_number_formatting
from lpdesk.documents.pdf_page import MARGIN, PageFurniture, letterhead_height, numbered_canvas
from lpdesk.documents.pdf_text import CHUNK, cell, paragraphs
from lpdesk.documents.text import clean_text
from lpdesk.documents.tree import (
    Block,
    Document,
    FieldTable,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    SignatureBlock,
    Table,
)

__all__ = ["render_pdf"]

# Compressed streams are written as binary, not also ASCII85-encoded: reportlab encodes in pure
# Python (its C accelerator is not installed), ~15% of rendering long minutes, for files a
# quarter larger. Every PDF reader and PDF/A accept binary streams; the text is the same.
rl_config.useA85 = 0

KEEP_WITH_HEADING = 35 * mm  # room a heading needs below it, or it starts the next page
PADDING = 12  # a table cell's left and right padding together
LINE = Color(0.55, 0.55, 0.55)
SHADE = Color(0.92, 0.92, 0.92)
HEADER_FILL = Color(0.2, 0.27, 0.36)


def _style(
    name: str, size: float, *, bold: bool = False, italic: bool = False, **kw: object
) -> PdfStyle:
    return PdfStyle(
        name,
        fontName=FontSet.face(BASE_FAMILY, bold, italic),
        fontSize=size,
        leading=size * 1.35,
        splitLongWords=1,
        **kw,
    )


STYLES: dict[str, PdfStyle] = {
    "title": _style("title", 17, bold=True, spaceAfter=4 * mm),
    "h1": _style("h1", 13.5, bold=True, spaceBefore=4 * mm, spaceAfter=2 * mm),
    "h2": _style("h2", 11.5, bold=True, spaceBefore=3 * mm, spaceAfter=1.5 * mm),
    "h3": _style("h3", 10.5, bold=True, italic=True, spaceBefore=2 * mm),
    "body": _style("body", 10, spaceAfter=1.5 * mm),
    "note": _style("note", 8.5, italic=True, textColor=Color(0.3, 0.3, 0.3), spaceAfter=1.5 * mm),
    "large": _style("large", 16, spaceAfter=3 * mm),
    "label": _style("label", 9.5, bold=True),
    "cell": _style("cell", 9),
    "header": _style("header", 9, bold=True, textColor=white),
}


def _grid(header: bool) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), BASE_FAMILY, 9),  # else reportlab selects Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    else:
        commands.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
    return TableStyle(commands)


def _field_table(rows: tuple[tuple[str, str], ...], fonts: FontSet, width: float) -> list[Flowable]:
    """Short rows as a two-column table; a very long value (splitting a table row across many
    pages is slow) as its label followed by ordinary paragraphs."""
    out: list[Flowable] = []
    pending: list[list[list[Flowable]]] = []

    def flush() -> None:
        if pending:
            table = PdfTable(list(pending), colWidths=[width * 0.32, width * 0.68], splitInRow=1)
            table.setStyle(_grid(header=False))
            out.extend([table, Spacer(1, 3 * mm)])
            pending.clear()

    label_width, value_width = width * 0.32 - PADDING, width * 0.68 - PADDING
    for label, value in rows:
        if len(value) > CHUNK:
            flush()
            out.extend(cell(label, STYLES["label"], fonts, width))
            out.extend(cell(value, STYLES["body"], fonts, width))
        else:
            pending.append(
                [
                    cell(label, STYLES["label"], fonts, label_width),
                    cell(value, STYLES["cell"], fonts, value_width),
                ]
            )
    flush()
    return out


def _large_print(style: PdfStyle) -> PdfStyle:
    return PdfStyle(
        f"{style.name}-large",
        parent=style,
        fontSize=style.fontSize * 1.5,
        leading=style.leading * 1.5,
    )


LARGE_STYLES = {name: _large_print(STYLES[name]) for name in ("title", "h1", "h2", "h3")}


def _flowables(block: Block, fonts: FontSet, width: float, large: bool = False) -> list[Flowable]:
    match block:
        case Heading(level=level, text=text):
            style = (LARGE_STYLES if large else STYLES)[f"h{min(max(level, 1), 3)}"]
            # a heading never sits alone at the foot of a page (keepWithNext would push a long
            # table whole onto the next page)
            heading = cell(text.replace("\n", " "), style, fonts, width)
            return [CondPageBreak(KEEP_WITH_HEADING), *heading]
        case Paragraph(runs=runs, style=style):
            return paragraphs(runs, STYLES[style], fonts, width)
        case FieldTable(rows=rows):
            return _field_table(rows, fonts, width)
        case Table(header=header, rows=rows):
            widths = [width * f for f in block.column_fractions()]
            inner = [w - PADDING for w in widths]
            head = [cell(h, STYLES["header"], fonts, w) for h, w in zip(header, inner, strict=True)]
            body = [
                [cell(c, STYLES["cell"], fonts, w) for c, w in zip(row, inner, strict=False)]
                for row in rows
            ]
            table = PdfTable([head, *body], colWidths=widths, repeatRows=1, splitInRow=1)
            table.setStyle(_grid(header=True))
            return [table, Spacer(1, 3 * mm)]
        case SignatureBlock(labels=labels, signed=signed, dated=dated):
            data = [
                [
                    cell(label, STYLES["label"], fonts, width * 0.3 - PADDING),
                    cell(signed, STYLES["cell"], fonts, width),
                    cell(dated, STYLES["cell"], fonts, width),
                ]
                for label in labels
            ]
            table = PdfTable(
                data,
                colWidths=[width * 0.3, width * 0.45, width * 0.25],
                rowHeights=[14 * mm] * len(data),
            )
            table.setStyle(_grid(header=False))
            return [KeepTogether([Spacer(1, 4 * mm), table])]
        case PageBreak():
            return [PdfPageBreak()]
        case Picture(data=data, width_mm=width_mm):
            across, down = ImageReader(io.BytesIO(data)).getSize()
            wide = min(width_mm * mm, width)
            picture = PdfImage(
                io.BytesIO(data), width=wide, height=wide * down / across, hAlign="LEFT"
            )
            return [picture, Spacer(1, 3 * mm)]
    raise TypeError(f"not a block: {type(block).__name__}")


def render_pdf(doc: Document, letterhead: Letterhead | None = None) -> RenderedFile:
    """The document as a PDF; the file name comes from the case reference and kind only."""
    fonts = register_fonts()
    remember_number_formatting()
    meta = doc.meta
    buffer = io.BytesIO()
    page_width, page_height = A4
    width = page_width - 2 * MARGIN
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=clean_text(meta.title),
        author=clean_text(meta.authority),
        subject=f"{meta.kind.value} {meta.case_reference}",
        creator="lpdesk",
        keywords=[meta.marking],
        invariant=1,
        initialFontName=BASE_FAMILY,
        lang="en-GB",
    )
    furniture = PageFurniture(meta, fonts, letterhead)
    first_top_gap = letterhead_height(letterhead)
    height = page_height - 2 * MARGIN
    template.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[Frame(MARGIN, MARGIN, width, height - first_top_gap, id="first")],
                onPage=furniture.first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate(
                id="later",
                frames=[Frame(MARGIN, MARGIN, width, height, id="body")],
                onPage=furniture.header_and_footer,
            ),
        ]
    )
    title_style = (LARGE_STYLES if meta.large_print else STYLES)["title"]
    frame_width = width - 12  # the frame's own padding
    story: list[Flowable] = cell(meta.title, title_style, fonts, frame_width)
    for block in doc.blocks:
        story.extend(_flowables(block, fonts, frame_width, meta.large_print))
    template.build(story, canvasmaker=numbered_canvas(fonts, doc.meta.page_of))
    name = document_filename(meta, "pdf")
    return RenderedFile.of(name, PDF_MIME, buffer.getvalue())
