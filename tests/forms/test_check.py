"""``check_paths`` (``lpdesk forms check``): each file in tests/forms/broken states the message it
must produce on its first line (``# expect: ...``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.forms.check import check_paths
from lpdesk.forms.registry import shipped_forms_dir

BROKEN_DIR = Path(__file__).parent / "broken"


@pytest.mark.parametrize("path", sorted(BROKEN_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_each_broken_example_gives_its_expected_message(path: Path) -> None:
    expected = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# expect: ")
    messages = check_paths([path])
    assert any(m.startswith(expected) for m in messages), messages


def test_shipped_forms_check_clean_by_file_by_folder_and_by_default() -> None:
    files = sorted(shipped_forms_dir().glob("*.toml"))
    assert len(files) == 3
    assert check_paths(files) == []
    assert check_paths([shipped_forms_dir()]) == []
    assert check_paths([]) == []


def test_a_folder_reports_every_broken_file() -> None:
    messages = check_paths([BROKEN_DIR])
    assert {m.split(":")[0] for m in messages} == {p.name for p in BROKEN_DIR.glob("*.toml")}


def test_missing_path_and_same_form_twice_are_reported(tmp_path: Path) -> None:
    shipped = shipped_forms_dir() / "core_group_minutes.toml"
    copy = tmp_path / "my_minutes.toml"
    copy.write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    messages = check_paths([shipped, copy, tmp_path / "nowhere.toml"])
    assert messages[0].startswith('my_minutes.toml:11: form.version: form "core_group_minutes"')
    assert "also defined in core_group_minutes.toml" in messages[0]
    assert messages[1] == f"{tmp_path / 'nowhere.toml'}: no such file or folder"
