"""Where a pack writes: only directly inside its own new or empty folder, each file under a
temporary name first and moved into place with ``os.replace``, every file remembered so that a
cancelled or failed pack can take back all it wrote."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from lpdesk.domain import InvalidInput

__all__ = ["PackWriter", "prepare_folder"]


@dataclass(kw_only=True)
class PackWriter:
    """Writes files only inside ``out_dir`` and remembers them so a cancelled pack can be undone."""

    out_dir: Path
    written: list[Path] = field(default_factory=list)

    def write(self, name: str, data: bytes) -> Path:
        if not name or name.startswith(".") or any(c in name for c in "/\\\x00:"):
            raise ValueError(f"unsafe file name {name!r}")
        target = (self.out_dir / name).resolve()
        if target.parent != self.out_dir:
            raise ValueError(f"{name!r} is outside the pack folder")
        if target.exists():
            raise FileExistsError(f"{name!r} already exists in the pack folder")
        tmp = self.out_dir / f".{name}.part"
        self.written.append(tmp)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        self.written[-1] = target
        return target

    def undo(self) -> None:
        for path in reversed(self.written):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self.written.clear()


def prepare_folder(out_dir: Path) -> Path:
    """``out_dir`` resolved, made (private) if need be; refused unless it is empty."""
    folder = out_dir.resolve()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if any(folder.iterdir()):
        raise InvalidInput.one("out_dir", "a pack goes into a new or empty folder")
    return folder
