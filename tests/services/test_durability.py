"""Never losing work: atomic file writes that survive a full disk, a locked database that is
waited for and then reported without losing the edit, and warnings for network shares and
cloud-synced folders (read from fake mount tables)."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from lpdesk.domain import Agency, AuditEvent, LpdeskError, UserRole
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.durability import DiskFull, WriteFailed, storage_warning, write_atomically
from lpdesk.services.people import add_agency
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url


def test_a_file_is_replaced_whole(tmp_path):
    target = tmp_path / "minutes.docx"
    write_atomically(target, b"first version")
    write_atomically(target, b"second version" * 1000)
    assert target.read_bytes() == b"second version" * 1000
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.docx"]


@pytest.mark.parametrize("after_bytes", [0, 5])
def test_a_full_disk_leaves_the_previous_file_intact(tmp_path, monkeypatch, after_bytes):
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the approved minutes")
    real_write = os.write
    calls = []

    def full_disk(fd, data):
        calls.append(len(data))
        if len(calls) == 1 and after_bytes:
            return real_write(fd, bytes(data[:after_bytes]))  # a short write, then the disk fills
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(DiskFull, match="the disk is full") as refused:
        write_atomically(target, b"the new minutes, never fully written")
    monkeypatch.undo()
    assert isinstance(refused.value, LpdeskError)
    assert "previous version is unchanged" in str(refused.value)
    assert target.read_bytes() == b"the approved minutes"
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]  # no temporary file left


def test_another_write_failure_names_the_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "pack.eml"
    target.write_bytes(b"old")

    def failing_fsync(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(WriteFailed, match=r"pack\.eml could not be saved") as refused:
        write_atomically(target, b"new")
    monkeypatch.undo()
    assert not isinstance(refused.value, DiskFull)
    assert target.read_bytes() == b"old"


def test_a_locked_database_is_waited_for_then_reported_and_the_edit_saved_later(tmp_path):
    db = tmp_path / "lpdesk.db"
    store = Store.open(sqlite_url(db))
    event.listen(store.engine, "connect", lambda con, _r: con.execute("PRAGMA busy_timeout=300"))
    store.engine.dispose()  # new connections wait 300 ms instead of 5 s
    ctx = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="tm.test", role=UserRole.TEAM_MANAGER),
        clock=FixedClock(datetime(2026, 12, 18, 9, 30)),
    )
    edit = {"name": "Testville Health Visiting", "kind": "health"}  # what the caller keeps
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        started = time.monotonic()
        with pytest.raises(LpdeskError, match="the database is busy") as busy:
            add_agency(ctx, **edit)
        assert time.monotonic() - started >= 0.25  # it waited (SQLite retries) before reporting
        assert "your changes are still here" in str(busy.value)
        other.execute("ROLLBACK")
    finally:
        other.close()
    with store.unit_of_work() as uow:
        assert uow.repo(Agency).find() == [] and uow.repo(AuditEvent).find() == []
    saved = add_agency(ctx, **edit)  # the same edit, saved once the lock is gone
    assert saved.name == edit["name"]
    store.close()


MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sda2 /home ext4 rw,relatime 0 0
//fileserver/social\\040care /home/ana/Shared\\040Drive cifs rw,vers=3.0 0 0
fileserver:/export /mnt/nfs nfs4 rw 0 0
ana@host:/srv /home/ana/remote fuse.sshfs rw 0 0
/dev/sdb1 /home/ana/remote/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("database", "expected"),
    [
        ("/home/ana/.local/share/lpdesk/lpdesk.db", None),
        ("/home/ana/Shared Drive/lpdesk/lpdesk.db", "network drive (cifs"),
        ("/mnt/nfs/lpdesk.db", "network drive (nfs4"),
        ("/mnt/nfsother/lpdesk.db", None),  # a prefix of the name is not the mount
        ("/home/ana/remote/lpdesk.db", "network drive (fuse.sshfs"),
        ("/home/ana/remote/local/lpdesk.db", None),  # the longest mount point wins
        ("/home/ana/OneDrive - Testshire Council/lpdesk/lpdesk.db", "cloud service"),
        ("/home/ana/Dropbox/lpdesk.db", "cloud service"),
        ("/home/ana/Google Drive/My Drive/lpdesk.db", "cloud service"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/lpdesk.db", "cloud service"),
        ("/home/ana/iCloud Drive/lpdesk.db", "cloud service"),
        ("/home/ana/dropboxes-of-paper/lpdesk.db", None),
    ],
)
def test_unsafe_places_for_a_database_are_named(tmp_path, database, expected):
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    warning = storage_warning(database, mounts_file=mounts)
    if expected is None:
        assert warning is None
    else:
        assert warning is not None and expected in warning


def test_no_mount_table_means_only_folder_names_are_checked(tmp_path):
    missing = tmp_path / "no-such-file"
    assert storage_warning("/srv/lpdesk.db", mounts_file=missing) is None
    assert "cloud" in (storage_warning("/srv/Dropbox/lpdesk.db", mounts_file=missing) or "")


def test_the_real_mount_table_is_read(tmp_path):
    assert storage_warning(Path(tmp_path) / "lpdesk.db") is None  # a local temporary folder


LOCAL = {"C:": 3, "D:": 3, "N:": 4}  # GetDriveTypeW: 3 a fixed disk, 4 a mapped network drive


@pytest.mark.parametrize(
    ("database", "environ", "expected"),
    [
        (r"C:\Users\sw\AppData\Local\lpdesk\lpdesk.db", {}, None),
        (
            r"\\fileserver\social-care\lpdesk\lpdesk.db",
            {},
            r"network drive (\\fileserver\social-care)",
        ),
        (r"N:\lpdesk\lpdesk.db", {}, "network drive (drive N:)"),
        (
            r"C:\Users\sw\OneDrive - Example Council\lpdesk\lpdesk.db",
            {"OneDriveCommercial": r"C:\Users\sw\OneDrive - Example Council"},
            '("OneDrive - Example Council")',
        ),
        (  # OneDrive moved to another drive and renamed: found through its variable
            r"D:\Sync\Work files\lpdesk\lpdesk.db",
            {"OneDrive": "D:\\Sync\\Work files\\"},
            '("Work files")',
        ),
        (r"D:\Sync\Work files 2\lpdesk.db", {"OneDrive": r"D:\Sync\Work files"}, None),
        (r"C:\Users\sw\Dropbox\lpdesk.db", {}, '("Dropbox")'),
        (r"c:\users\sw\onedrive\lpdesk.db", {"OneDrive": r"C:\Users\sw\OneDrive"}, "cloud"),
    ],
)
def test_windows_network_drives_and_cloud_folders_are_recognised(
    database: str, environ: dict[str, str], expected: str | None
) -> None:
    from lpdesk.services.durability import windows_storage_warning

    warning = windows_storage_warning(
        database, environ=environ, drive_type=lambda root: LOCAL.get(root.rstrip("\\"), 3)
    )
    if expected is None:
        assert warning is None
    else:
        assert warning is not None and expected in warning
