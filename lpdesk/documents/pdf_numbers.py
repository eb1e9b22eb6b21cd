"""reportlab's number formatting, remembered (docs/performance.md, long minutes).

Every coordinate, size and colour reportlab writes into a page goes through ``fp_str``, in pure
Python (its C accelerator is not installed): ~31,000 calls for long minutes, a tenth of the
rendering. The same few thousand numbers come back page after page (the same line positions,
font sizes, grid lines), so the formatted text is remembered: the same function, the same
characters, computed once per number. Anything that cannot be remembered (a value that is not
hashable) is formatted as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

__all__ = ["remember_number_formatting"]

_KEPT = 1 << 13  # pragma: no mutate (distinct numbers kept: ~3,300 for long minutes; speed only)


@cache
def remember_number_formatting() -> None:
    """Give every reportlab module that writes numbers the remembering ``fp_str`` (once)."""
    from reportlab.lib import colors, rl_accel
    from reportlab.lib.utils import isSeq
    from reportlab.pdfbase import pdfdoc, ttfonts
    from reportlab.pdfgen import canvas, pathobject, textobject
    from reportlab.platypus import flowables, tables

    original: Callable[..., str] = rl_accel.fp_str

    @lru_cache(maxsize=_KEPT)
    def formatted(numbers: tuple[Any, ...]) -> str:
        return original(*numbers)

    def fp_str(*numbers: Any) -> str:
        if len(numbers) == 1 and isSeq(numbers[0]):
            numbers = tuple(numbers[0])
        try:
            return formatted(numbers)
        except TypeError:  # not hashable
            return original(*numbers)

    for module in (colors, pdfdoc, ttfonts, canvas, pathobject, textobject, flowables, tables):
        if getattr(module, "fp_str", None) is original:
            module.fp_str = fp_str
