"""The registry: exact versions, latest, authority overrides, the shipped folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.domain import InvalidInput, NotFound
from lpdesk.forms.loader import load_forms
from lpdesk.forms.registry import FormRegistry, shipped_forms_dir


def write_form(
    folder: Path, name: str, *, version: int, title: str, form_id: str = "minutes"
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        f'[form]\nid = "{form_id}"\nversion = {version}\ntitle = "{title}"\n'
        'plan_kinds = ["child_protection"]\n'
        '[[section]]\nkey = "voice"\ntitle = "Voice"\n'
        '[[section.field]]\nkey = "wishes"\nlabel = "Wishes"\nkind = "long_text"\n',
        encoding="utf-8",
    )
    return path


def test_get_returns_the_exact_version_and_latest_the_highest(tmp_path: Path) -> None:
    write_form(tmp_path / "shipped", "minutes.toml", version=1, title="One")
    write_form(tmp_path / "shipped", "minutes_v3.toml", version=3, title="Three")
    write_form(tmp_path / "shipped", "minutes_v2.toml", version=2, title="Two")
    registry = load_forms([tmp_path / "shipped"])
    assert registry.get("minutes", 1).title == "One"
    assert registry.get("minutes", 2).title == "Two"
    assert registry.latest("minutes").title == "Three"
    assert registry.versions("minutes") == (1, 2, 3)
    assert [(f.id, f.version) for f in registry.all()] == [
        ("minutes", 1),
        ("minutes", 2),
        ("minutes", 3),
    ]
    with pytest.raises(NotFound):
        registry.get("minutes", 4)
    with pytest.raises(NotFound):
        registry.latest("other")


def test_authority_dir_overrides_the_shipped_form_and_adds_versions(tmp_path: Path) -> None:
    write_form(tmp_path / "shipped", "minutes.toml", version=1, title="Shipped")
    write_form(tmp_path / "shipped", "review.toml", version=1, title="Review", form_id="review")
    write_form(tmp_path / "authority", "ours.toml", version=1, title="Ours")
    write_form(tmp_path / "authority", "ours_v2.toml", version=2, title="Ours two")
    registry = load_forms([tmp_path / "shipped", tmp_path / "authority"])
    assert registry.get("minutes", 1).title == "Ours"
    assert registry.latest("minutes").title == "Ours two"
    assert registry.get("review", 1).title == "Review"
    assert (
        FormRegistry.load(tmp_path / "shipped", tmp_path / "authority").get("minutes", 1).title
        == "Ours"
    )


def test_a_missing_authority_dir_is_skipped_but_a_missing_first_dir_is_not(tmp_path: Path) -> None:
    write_form(tmp_path / "shipped", "minutes.toml", version=1, title="Shipped")
    assert (
        load_forms([tmp_path / "shipped", tmp_path / "none"]).latest("minutes").title == "Shipped"
    )
    with pytest.raises(InvalidInput) as refused:
        load_forms([tmp_path / "none"])
    assert refused.value.problems[0].message == "no such folder of forms"
    with pytest.raises(InvalidInput):
        FormRegistry.shipped(tmp_path / "none")


def test_the_same_form_twice_in_one_folder_is_refused(tmp_path: Path) -> None:
    write_form(tmp_path, "a.toml", version=1, title="A")
    write_form(tmp_path, "b.toml", version=1, title="B")
    with pytest.raises(InvalidInput) as refused:
        load_forms([tmp_path])
    [problem] = refused.value.problems
    assert problem.field == "b.toml:3: form.version"
    assert 'form "minutes" version 1 is also defined in a.toml' in problem.message


def test_problems_of_every_file_are_refused_together(tmp_path: Path) -> None:
    write_form(tmp_path, "a.toml", version=0, title="A")
    write_form(tmp_path, "b.toml", version=1, title="")
    with pytest.raises(InvalidInput) as refused:
        load_forms([tmp_path])
    assert [p.field for p in refused.value.problems] == [
        "a.toml:3: form.version",
        "b.toml:4: form.title",
    ]


def test_shipped_registry_and_lpdesk_forms_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LPDESK_FORMS_DIR", raising=False)
    shipped = FormRegistry.shipped()
    assert {f.id for f in shipped.all()} == {
        "core_group_minutes", "early_help_review", "girfec_child_plan_review"
    }  # fmt: skip
    assert shipped.get("core_group_minutes", 1).plan_kinds == ("child_protection",)
    write_form(tmp_path / "proformas", "minutes.toml", version=5, title="Elsewhere")
    monkeypatch.setenv("LPDESK_FORMS_DIR", str(tmp_path))
    assert shipped_forms_dir() == tmp_path / "proformas"
    assert [f.version for f in FormRegistry.shipped().all()] == [5]
