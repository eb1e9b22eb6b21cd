"""Encryption at rest for the embedded database: SQLCipher 4 (AES-256), keyed with a raw key.

The key is 32 random bytes kept in the operating system's keyring (service ``lpdesk-db``, user
name the database's absolute path). With no keyring (``keyring.errors.KeyringError``) the key is
derived from a passphrase asked through a callback (``hashlib.scrypt``; its random salt is kept
beside the database in ``<name>.salt``, which is not secret). The key itself is never written to a
plain file. A plain database is encrypted in place: an encrypted, verified backup first, then an
encrypted copy (``sqlcipher_export``), verified table by table, swapped in with ``os.replace``.
Backups of an encrypted database are encrypted with the same key. See docs/decisions/0010.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from lpdesk.domain import LpdeskError

__all__ = [
    "KEYRING_SERVICE",
    "PASSPHRASE_FILE_ENV",
    "EncryptionError",
    "PassphrasePrompt",
    "backup_encrypted",
    "connect_encrypted",
    "database_key",
    "encrypt_in_place",
    "encrypt_plain_backups",
    "encrypted_integrity_problems",
    "file_state",
    "keyring_available",
    "passphrase_from_file",
    "restore_encrypted",
    "salt_path",
]

log = logging.getLogger("lpdesk.store")

KEYRING_SERVICE = "lpdesk-db"
SQLITE_HEADER = b"SQLite format 3\x00"
_KDF = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}

# Asked for the passphrase; the argument says whether it is a new one (ask twice, then).
PassphrasePrompt = Callable[[bool], str]


class EncryptionError(LpdeskError):
    """The encrypted database cannot be opened: wrong key or passphrase, or the key is missing."""


def salt_path(db: Path) -> Path:
    return db.with_name(db.name + ".salt")


def file_state(db: Path) -> str:
    """``"new"`` (missing or empty), ``"plain"`` (an SQLite header) or ``"encrypted"``."""
    try:
        with db.open("rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return "new"
    if not head:
        return "new"
    return "plain" if head == SQLITE_HEADER else "encrypted"


def keyring_available() -> bool:
    """True when the OS keyring answers (a locked or absent Secret Service does not)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.get_password(KEYRING_SERVICE, "lpdesk-probe")
    except KeyringError:
        return False
    return True


def database_key(db: Path, *, ask_passphrase: PassphrasePrompt | None = None) -> str:
    """The 64-hex-digit key of the database at ``db``, creating one for a new or plain file.

    A ``.salt`` file beside the database means it is keyed by passphrase. Otherwise the keyring
    holds the key; with no keyring, a passphrase is asked for (``ask_passphrase``) and a salt
    file written. Raises ``EncryptionError`` when the key cannot be had.
    """
    import keyring
    from keyring.errors import KeyringError

    db = db.absolute()
    if salt_path(db).exists():
        return _passphrase_key(db, ask_passphrase, new=False)
    state = file_state(db)
    try:
        stored = keyring.get_password(KEYRING_SERVICE, str(db))
        if stored is not None:
            return _checked_hex(stored)
        if state == "encrypted":
            raise EncryptionError(
                f"the key of the encrypted database {db.name} is not in this computer's keyring "
                "(was it copied from another computer?); restore it from a backup made here"
            )
        key = secrets.token_hex(32)
        keyring.set_password(KEYRING_SERVICE, str(db), key)
        if keyring.get_password(KEYRING_SERVICE, str(db)) != key:
            raise EncryptionError("the keyring did not keep the database key")
        return key
    except KeyringError:
        log.warning("no keyring available: the database key comes from a passphrase")
        if state == "encrypted":
            raise EncryptionError(
                f"the key of the encrypted database {db.name} is in a keyring that is not "
                "available now (unlock the keyring and try again)"
            ) from None
        return _passphrase_key(db, ask_passphrase, new=True)


def _checked_hex(value: str) -> str:
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value.lower()):
        raise EncryptionError("the database key in the keyring is not a key lpdesk wrote")
    return value.lower()


def _passphrase_key(db: Path, ask: PassphrasePrompt | None, *, new: bool) -> str:
    if ask is None:
        raise EncryptionError("the database is protected by a passphrase and none was given")
    passphrase = ask(new)
    if len(passphrase) < 10:
        raise EncryptionError("the passphrase must be at least 10 characters long")
    salt_file = salt_path(db)
    if salt_file.exists():
        salt = bytes.fromhex(salt_file.read_text(encoding="ascii").strip())
    else:
        salt = secrets.token_bytes(16)
        _write_private(salt_file, salt.hex().encode("ascii") + b"\n")
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, **_KDF)
    return digest.hex()


def key_pragma(key: str) -> str:
    return f"PRAGMA key = \"x'{_checked_hex(key)}'\""


@contextlib.contextmanager
def connect_encrypted(path: Path, key: str | None) -> Iterator[Any]:
    """A bare SQLCipher connection (``key`` None: a plain file), verified readable."""
    from sqlcipher3 import dbapi2

    con = dbapi2.connect(str(path), isolation_level=None)
    try:
        with contextlib.suppress(dbapi2.DatabaseError):
            con.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            con.execute(key_pragma(key))
        check_readable(con, path)
        yield con
    finally:
        con.close()


def check_readable(con: Any, path: Path) -> None:
    """Raise ``EncryptionError`` unless the connection can read the database (right key)."""
    from sqlcipher3 import dbapi2

    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        raise EncryptionError(
            f"the database {path.name} could not be opened with this key: the passphrase is "
            "wrong, or the key belongs to another database"
        ) from exc


def encrypted_integrity_problems(path: Path, key: str | None) -> list[str]:
    """``PRAGMA integrity_check`` of an encrypted database (``key`` None: a plain one); empty
    when sound."""
    try:
        with connect_encrypted(path, key) as con:
            rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
    except EncryptionError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _export(src: Path, src_key: str | None, dest: Path, dest_key: str) -> None:
    """Write an encrypted copy of ``src`` at ``dest`` (which must not exist)."""
    _write_private(dest, b"")
    with connect_encrypted(src, src_key) as con:
        con.execute(
            f"ATTACH DATABASE ? AS target KEY \"x'{_checked_hex(dest_key)}'\"", (str(dest),)
        )
        try:
            con.execute("SELECT sqlcipher_export('target')")
        finally:
            con.execute("DETACH DATABASE target")


def _counts(path: Path, key: str | None) -> dict[str, int]:
    with connect_encrypted(path, key) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def backup_encrypted(src: Path, dest: Path, key: str, *, plain_source: bool = False) -> Path:
    """A verified copy of ``src`` at ``dest``, encrypted with ``key`` (as ``src`` is, unless
    ``plain_source``)."""
    src_key = None if plain_source else key
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        _export(src, src_key, tmp, key)
        problems = encrypted_integrity_problems(tmp, key)
        if problems:
            raise EncryptionError(f"the encrypted copy failed its integrity check: {problems[0]}")
        if _counts(tmp, key) != _counts(src, src_key):
            raise EncryptionError("the encrypted copy does not hold every row of the original")
        _fsync(tmp)
        os.replace(tmp, dest)
        _fsync(dest.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def encrypt_in_place(db: Path, key: str, *, backup_dir: Path) -> Path:
    """Encrypt the plain database ``db`` with ``key``; returns the encrypted backup made first.

    No other connection may be open. The write-ahead log is folded in first (so no plain -wal file
    is left to be replayed into the encrypted file); plain backups in ``backup_dir`` are encrypted
    too, so the lost laptop holds no readable copy.
    """
    if file_state(db) != "plain":
        raise EncryptionError(f"{db.name} is not a plain SQLite database")
    with connect_encrypted(db, None) as con:
        con.execute("PRAGMA journal_mode=DELETE")  # checkpoints and removes the -wal file
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = backup_encrypted(
        db, backup_dir / f"{db.stem}-{stamp}-before-encryption.db", key, plain_source=True
    )
    tmp = db.with_name(f".{db.name}.encrypting.tmp")
    try:
        backup_encrypted(backup, tmp, key)
        os.replace(tmp, db)
        _fsync(db.parent)
    finally:
        tmp.unlink(missing_ok=True)
    for leftover in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    encrypt_plain_backups(backup_dir, key)
    log.info("database encrypted in place; encrypted backup kept")
    return backup


def encrypt_plain_backups(backup_dir: Path, key: str) -> int:
    """Encrypt (with ``key``) every plain SQLite file in ``backup_dir``, and remove temporary
    copies a killed backup left there; returns how many files were dealt with. Run at every
    encrypted start: a first encryption killed half-way leaves its plain backup behind."""
    if not backup_dir.is_dir():
        return 0
    done = 0
    for old in sorted(backup_dir.iterdir()):
        if not old.is_file():
            continue
        if old.name.startswith(".") and old.name.endswith(".tmp"):
            old.unlink(missing_ok=True)  # a killed backup's half-written copy
            done += 1
        elif file_state(old) == "plain":
            try:
                backup_encrypted(old, old, key, plain_source=True)
            except Exception:  # not a sound database: a readable copy must not stay
                log.warning("a plain file in the backups folder could not be encrypted: removed")
                old.unlink(missing_ok=True)
            done += 1
    if done:
        log.info("plain or unfinished backups found at start: %d dealt with", done)
    return done


PASSPHRASE_FILE_ENV = "LPDESK_PASSPHRASE_FILE"


def passphrase_from_file(path: Path) -> PassphrasePrompt:
    """A prompt that answers with the first line of ``path``: for a desk with no keyring and no
    terminal (a scheduled job). The file must be a regular file owned by this user and readable
    by no one else; checked on the open file itself, each time it is read."""

    def read(_new: bool) -> str:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError as exc:
            raise EncryptionError(f"{PASSPHRASE_FILE_ENV} cannot be read: {exc.strerror}") from None
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise EncryptionError(f"{PASSPHRASE_FILE_ENV} must name a regular file")
            if os.name == "posix" and (info.st_mode & 0o077 or info.st_uid != os.geteuid()):
                raise EncryptionError(
                    f"{PASSPHRASE_FILE_ENV} must belong to you and be readable by no one else "
                    "(chmod 600)"
                )
            data = fh.read(4096)
        try:
            lines = data.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            raise EncryptionError(f"{PASSPHRASE_FILE_ENV} is not UTF-8 text") from None
        if not lines or not lines[0]:
            raise EncryptionError(f"{PASSPHRASE_FILE_ENV} holds no passphrase")
        return lines[0]

    return read


def restore_encrypted(backup: Path, target: Path, key: str) -> Path | None:
    """Replace the database at ``target`` with ``backup`` (encrypted with ``key``, or plain),
    leaving ``target`` encrypted with ``key``. The backup is checked first (the key opens it, its
    integrity holds); then a verified, encrypted safety copy of the current database is written
    beside it and returned (None when there was none). No other connection may be open."""
    state = file_state(backup)
    if state == "new":
        raise EncryptionError(f"{backup.name} is empty or missing, not a backup")
    source_key = None if state == "plain" else key
    with connect_encrypted(backup, source_key):  # a wrong key is refused before anything else
        pass
    problems = encrypted_integrity_problems(backup, source_key)
    if problems:
        raise EncryptionError(f"{backup.name} is not a sound database: {problems[0]}")
    current = file_state(target)
    safety = None
    if current != "new":
        current_key = None if current == "plain" else key
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = backup_encrypted(
            target,
            target.with_name(f"{target.stem}-before-restore-{stamp}.db"),
            key,
            plain_source=current == "plain",
        )
        with connect_encrypted(target, current_key) as con:
            con.execute("PRAGMA journal_mode=DELETE")  # fold in and remove its -wal file
    backup_encrypted(backup, target, key, plain_source=state == "plain")
    for leftover in (
        target.with_name(target.name + "-wal"),
        target.with_name(target.name + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    log.info("encrypted database restored from a backup; safety copy kept")
    return safety


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync(path: Path) -> None:
    if os.name != "posix" and path.is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
