"""An authority's letterhead: a logo and an address on the first page of every document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["Letterhead"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Letterhead:
    """``logo`` is PNG or JPEG bytes; ``address`` has lines separated by ``\\n``."""

    address: str = ""
    logo: bytes | None = None
    logo_width_mm: float = 40.0

    @classmethod
    def from_files(cls, *, address: str = "", logo_path: Path | None = None) -> Letterhead:
        return cls(address=address, logo=logo_path.read_bytes() if logo_path else None)
