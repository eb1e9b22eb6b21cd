"""The desktop app (PySide6), in folders by desk.

Importing it turns off PySide6's scan of every module imported after it: to support ``from
__feature__ import snake_case`` (which lpdesk never uses), shiboken reads each newly imported
module's whole source (``inspect.getsource``) to look for the word "PySide6". That is ~60 ms of
start-up for SQLAlchemy, the store and the first screen's modules (docs/performance.md, start-up).
A module marked as not using PySide6 behaves exactly like one that uses no feature; a module that
does import a feature is still registered by that import. If a PySide6 release renames the private
function, nothing is replaced and the scan simply happens again.
"""

from __future__ import annotations

import sys


def _uses_no_pyside_feature(module: object) -> bool:
    return False


def _skip_pyside_source_scan() -> None:
    import PySide6.QtCore  # noqa: F401 (installs the import hook whose scan is skipped)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", _uses_no_pyside_feature)  # noqa: B010


_skip_pyside_source_scan()
