"""Never losing work: files written atomically, and a warning for databases in unsafe places.

``write_atomically`` writes beside the target under a temporary name created 0600, flushes and
fsyncs it, ``os.replace``s it over the target and fsyncs the folder: a power cut or a full disk
leaves either the old file or the new one, never half of one. A full disk is reported as such
(``DiskFull``), with the previous file untouched and the temporary one removed.

``storage_warning`` tells a person when their database sits on a network filesystem (SQLite's
locking and write-ahead log are not safe there) or inside a folder a cloud client synchronises
(which copies a database file half-written and can bring back an old one).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Mapping
from pathlib import Path, PureWindowsPath

from lpdesk.domain import LpdeskError

__all__ = [
    "CLOUD_FOLDERS",
    "NETWORK_FILESYSTEMS",
    "DiskFull",
    "WriteFailed",
    "storage_warning",
    "windows_storage_warning",
    "write_atomically",
]

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs"}
)
CLOUD_FOLDERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud",
    "icloud drive",
    "mobile documents",
    "box sync",
    "pcloud",
    "nextcloud",
    "owncloud",
)
_FULL = {errno.ENOSPC, errno.EDQUOT} if hasattr(errno, "EDQUOT") else {errno.ENOSPC}


class WriteFailed(LpdeskError):
    """A file could not be written; the previous version (if any) is unchanged."""


class DiskFull(WriteFailed):
    """The disk (or the person's quota) is full."""


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``path`` with ``data`` all at once; on failure the old file is left as it was."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in _FULL:
            raise DiskFull(
                f"the disk is full: {target.name} was not saved and the previous version is "
                "unchanged; free some space and save again"
            ) from exc
        raise WriteFailed(
            f"{target.name} could not be saved ({exc.strerror or exc}); "
            "the previous version is unchanged"
        ) from exc
    return target


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unescape_mount(field: str) -> str:
    """/proc/mounts escapes space, tab, newline and backslash as octal (``\\040``)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _filesystem_of(path: Path, mounts: str) -> tuple[str, str] | None:
    """(mount point, filesystem type) of the mount holding ``path``: the longest matching one."""
    best: tuple[str, str] | None = None
    text = path.as_posix()
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def _network_warning(where: str) -> str:
    return (
        f"The database is on a network drive ({where}). lpdesk's database can be damaged there: "
        "keep it on this computer's own disk, or use a team (PostgreSQL) database."
    )


def _cloud_warning(folder: str) -> str:
    return (
        f'The database is in a folder kept in step by a cloud service ("{folder}"). The service '
        "can copy it half-saved or bring back an old copy: move the data folder out of it and back "
        "up with lpdesk's own backups instead."
    )


def _cloud_folder(parts: tuple[str, ...]) -> str | None:
    """The first folder whose name is a cloud client's ("OneDrive - Council" and "Dropbox" alike)."""
    for part in parts:
        name = part.casefold()
        if any(
            name == c or name.startswith(c + " ") or name.startswith(c + "-") for c in CLOUD_FOLDERS
        ):
            return part
    return None


# Windows: what GetDriveTypeW says of a mapped network drive; the variables OneDrive sets.
DRIVE_REMOTE = 4
ONEDRIVE_VARIABLES = ("OneDriveCommercial", "OneDriveConsumer", "OneDrive")


def _windows_drive_type(root: str) -> int:
    import ctypes  # Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def windows_storage_warning(
    database: str,
    *,
    environ: Mapping[str, str],
    drive_type: Callable[[str], int] = _windows_drive_type,
) -> str | None:
    """The same warning on Windows: a UNC path (``\\\\server\\share``), a drive letter mapped to
    a network share, or a folder under OneDrive (wherever its variables say it is, whatever it
    is called) or another cloud client's folder. Pure path logic apart from ``drive_type``."""
    path = PureWindowsPath(database)
    if path.drive.startswith("\\\\"):
        return _network_warning(path.drive)
    if path.drive and drive_type(path.drive + "\\") == DRIVE_REMOTE:
        return _network_warning(f"drive {path.drive}")
    folded = str(path).casefold()
    for variable in ONEDRIVE_VARIABLES:
        root = environ.get(variable, "").rstrip("\\/")
        if root and (folded + "\\").startswith(root.casefold() + "\\"):
            return _cloud_warning(PureWindowsPath(root).name or root)
    folder = _cloud_folder(path.parts[1:-1])
    return _cloud_warning(folder) if folder else None


def storage_warning(
    database: str | os.PathLike[str], *, mounts_file: str | os.PathLike[str] = "/proc/mounts"
) -> str | None:
    """A warning to show when the database is on a network share or in a cloud-synced folder;
    None when the place looks safe (or cannot be told)."""
    if os.name == "nt":
        return windows_storage_warning(os.path.abspath(database), environ=os.environ)
    path = Path(os.path.abspath(database))
    try:
        mounts = Path(mounts_file).read_text(encoding="utf-8", errors="replace")
    except OSError:
        mounts = ""
    found = _filesystem_of(path, mounts)
    if found is not None and found[1].lower() in NETWORK_FILESYSTEMS:
        return _network_warning(f"{found[1]} at {found[0]}")
    folder = _cloud_folder(path.parts[:-1])
    return _cloud_warning(folder) if folder else None
