"""Non-specific labels in a visit record ("disturbed", "chaotic"): found as whole words, in any case,
each with a prompt asking for what was seen and heard instead (docs/practice.md, "What a visit record holds")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["LabelFinding", "find_non_specific_labels"]


@dataclass(frozen=True, kw_only=True, slots=True)
class LabelFinding:
    label: str  # the profile's label, as configured
    start: int  # offsets into the text, for highlighting: text[start:end] is what was written
    end: int
    prompt: str


def find_non_specific_labels(text: str, labels: Iterable[str]) -> list[LabelFinding]:
    """Every whole-word, case-insensitive occurrence of a label, in the order written."""
    wanted = tuple(label.strip() for label in labels if label.strip())
    if not wanted or not text:
        return []
    pattern, ordered = _pattern(wanted)
    findings = []
    for match in pattern.finditer(text):
        written = match.group(0)
        findings.append(
            LabelFinding(
                label=ordered[int(str(match.lastgroup).removeprefix("l"))],
                start=match.start(),
                end=match.end(),
                prompt=f'You wrote "{written}": describe what you saw and heard instead.',
            )
        )
    return findings


@functools.lru_cache(maxsize=32)
def _pattern(labels: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One group per label, named by its place in ``ordered``: the group that matched names the
    label, so the finding carries the profile's label even where the regex's case-insensitive
    match and ``str.casefold`` disagree (a dotless "ı" matches "i")."""
    # Longest first, so "not ok" wins over "ok"; \s+ inside a label matches any spacing.
    ordered = tuple(sorted(set(labels), key=lambda label: (-len(label), label)))
    alternatives = "|".join(
        f"(?P<l{i}>" + r"\s+".join(map(re.escape, label.split())) + ")"
        for i, label in enumerate(ordered)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), ordered
