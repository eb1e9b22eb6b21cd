"""The Word renderer's shortcuts give exactly what python-docx would have made the long way."""

from __future__ import annotations

import io

from docx import Document as open_docx

from lpdesk.documents.builders.minutes import build_minutes
from lpdesk.documents.docx_renderer import _saved, render_docx
from lpdesk.documents.output import normalise_zip
from lpdesk.documents.template import WordTemplate

from .fictional import minutes_context


def test_a_word_file_is_saved_straight_into_the_normalised_zip() -> None:
    word = open_docx(io.BytesIO(WordTemplate.default().data))
    word.add_paragraph("Core group minutes", style="LP Title")
    table = word.add_table(rows=2, cols=2)
    table.style = "LP Table"
    table.cell(1, 1).text = "Zoë"
    long_way = io.BytesIO()
    word.save(long_way)
    assert _saved(word) == normalise_zip(long_way.getvalue())


def test_the_same_tree_gives_the_same_word_bytes() -> None:
    tree = build_minutes(minutes_context())
    assert render_docx(tree).data == render_docx(tree).data
