"""The loaded pro-formas, by ``(form id, version)``.

A meeting's minutes store the ``(form_id, version)`` they were written on, and ``get`` returns that
exact version, never a newer one: an old record always renders with the form it was written on.
``latest`` is for new records. The shipped forms live in ``forms/proformas`` (or
``$LPDESK_FORMS_DIR/proformas``); an authority's own folder is loaded after them, so a file there
with the same id and version replaces the shipped one, and a higher version becomes the latest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from lpdesk.domain import InvalidInput, NotFound
from lpdesk.forms.spec import FormSpec

__all__ = ["FormRegistry", "load_forms", "shipped_forms_dir"]


def shipped_forms_dir() -> Path:
    """The shipped pro-formas (``lpdesk.paths.forms_dir``: ``$LPDESK_FORMS_DIR``, the bundle, or
    the source tree)."""
    from lpdesk.paths import forms_dir

    return forms_dir() / "proformas"


class FormRegistry:
    """Forms by id and version. Build one with ``load_forms`` (or ``shipped`` / ``load``)."""

    def __init__(self, forms: Mapping[tuple[str, int], FormSpec]) -> None:
        self._forms = dict(forms)

    @classmethod
    def shipped(cls, authority_dir: Path | None = None) -> FormRegistry:
        """The shipped forms, then the authority's folder (which must exist if given)."""
        if authority_dir is not None and not authority_dir.is_dir():
            raise InvalidInput.one(str(authority_dir), "no such folder of forms")
        dirs = [shipped_forms_dir()] + ([authority_dir] if authority_dir is not None else [])
        return load_forms(dirs)

    @classmethod
    def load(cls, *dirs: Path) -> FormRegistry:
        """The ``*.toml`` forms of these folders; later folders override earlier ones."""
        return load_forms(dirs)

    def get(self, form_id: str, version: int) -> FormSpec:
        """Exactly this version of the form."""
        found = self._forms.get((form_id, version))
        if found is None:
            raise NotFound("form", f"{form_id} version {version}")
        return found

    def latest(self, form_id: str) -> FormSpec:
        """The highest version of the form."""
        versions = self.versions(form_id)
        if not versions:
            raise NotFound("form", form_id)
        return self._forms[(form_id, versions[-1])]

    def versions(self, form_id: str) -> tuple[int, ...]:
        return tuple(sorted(v for (i, v) in self._forms if i == form_id))

    def all(self) -> tuple[FormSpec, ...]:
        """Every form, by id then version."""
        return tuple(self._forms[k] for k in sorted(self._forms))


def load_forms(dirs: Sequence[Path | str]) -> FormRegistry:
    """See ``lpdesk.forms.loader.load_forms`` (the loader imports this module, hence the late
    import)."""
    from lpdesk.forms import loader

    return loader.load_forms(dirs)
