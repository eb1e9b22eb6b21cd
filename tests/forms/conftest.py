"""A small fictional form with one field of every kind, for the validation tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.forms.loader import load_form
from lpdesk.forms.spec import FormSpec

SAMPLE = """
[form]
id = "sample"
version = 1
title = "Sample"
plan_kinds = ["child_protection"]

[[section]]
key = "header"
title = "Header"

[[section.field]]
key = "purpose"
label = "Purpose"
kind = "text"
required = true

[[section.field]]
key = "notes"
label = "Notes"
kind = "long_text"

[[section.field]]
key = "held_on"
label = "Held on"
kind = "date"

[[section.field]]
key = "seen_alone"
label = "Seen alone"
kind = "yes_no"
required = true

[[section.field]]
key = "category"
label = "Category"
kind = "choice"
choices = ["neglect", "physical"]

[[section.field]]
key = "chair"
label = "Chair"
kind = "person"

[[section.field]]
key = "overall"
label = "Overall"
kind = "scale"
scale_max = 5

[[section]]
key = "voice"
title = "The child's voice"
required = true

[[section.field]]
key = "wishes"
label = "Wishes and feelings"
kind = "long_text"

[[section.field]]
key = "presentation"
label = "Presentation"
kind = "long_text"

[[section]]
key = "actions"
title = "Actions"

[[section.field]]
key = "rows"
label = "Actions"
kind = "table"
min_rows = 2
max_rows = 3

[[section.field.column]]
key = "what"
label = "What"
kind = "long_text"
required = true

[[section.field.column]]
key = "who"
label = "Who"
kind = "person"

[[section.field.column]]
key = "by_when"
label = "By when"
kind = "date"
required = true

[[section.field.column]]
key = "score"
label = "Score"
kind = "scale"

[[section]]
key = "worries"
title = "What are we worried about?"
profile_flag = "signs_of_safety"
required = true

[[section.field]]
key = "danger"
label = "Danger statement"
kind = "long_text"
required = true
"""


@pytest.fixture
def sample_form(tmp_path: Path) -> FormSpec:
    path = tmp_path / "sample.toml"
    path.write_text(SAMPLE, encoding="utf-8")
    return load_form(path)
