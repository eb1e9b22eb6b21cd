"""``lpdesk forms check [FILE ...]``: what is wrong with form files, one message per problem, in the
loader's words (``core_group_minutes.toml:42: section[3].field[2].kind: unknown kind "txt" ...``).
An administrator runs it on a new or changed form before putting it in the authority's folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lpdesk.domain import InvalidInput
from lpdesk.forms.loader import load_form, load_forms
from lpdesk.forms.positions import TomlPositions
from lpdesk.forms.registry import shipped_forms_dir
from lpdesk.forms.spec import FormSpec

__all__ = ["check_paths"]


def check_paths(paths: Sequence[Path | str]) -> list[str]:
    """Messages for every problem in these form files or folders of forms (empty when all are
    valid). No paths: the shipped forms. Two files given the same form id and version is a
    problem too."""
    targets = [Path(p) for p in paths] or [shipped_forms_dir()]
    messages: list[str] = []
    loaded: dict[tuple[str, int], FormSpec] = {}
    for target in targets:
        if target.is_dir():
            try:
                forms = load_forms([target]).all()
            except InvalidInput as refused:
                messages.extend(str(p) for p in refused.problems)
                continue
        elif target.is_file():
            try:
                forms = (load_form(target),)
            except InvalidInput as refused:
                messages.extend(str(p) for p in refused.problems)
                continue
        else:
            messages.append(f"{target}: no such file or folder")
            continue
        for form in forms:
            same = loaded.get((form.id, form.version))
            if same is not None and Path(same.source).resolve() != Path(form.source).resolve():
                source = Path(form.source)
                line = TomlPositions(source.read_text(encoding="utf-8")).line_of("form.version")
                messages.append(
                    f'{source.name}:{line}: form.version: form "{form.id}" version '
                    f"{form.version} is also defined in {Path(same.source).name}"
                )
            loaded[(form.id, form.version)] = form
    return messages
