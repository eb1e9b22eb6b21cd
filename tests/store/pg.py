"""A private PostgreSQL server for tests: ``running_postgres()`` starts a throwaway cluster in a
temporary directory (trust auth, loopback only, fsync off) and stops and removes it afterwards.

initdb refuses to run as root: when the tests run as root the directory is handed to the
``postgres`` system user and the server binaries run through ``runuser``. Reusable by any test
package: ``from tests.store.pg import running_postgres, fresh_database``.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tests.workers import free_port

__all__ = [
    "PG_BIN",
    "empty_tables",
    "fresh_database",
    "postgres_available",
    "running_postgres",
]

PG_BIN = Path(os.environ.get("LPDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))
_counter = itertools.count(1)


def postgres_available() -> bool:
    return (PG_BIN / "initdb").is_file() and (PG_BIN / "pg_ctl").is_file()


def _run(args: list[str], *, as_postgres: bool) -> None:
    cmd = ["runuser", "-u", "postgres", "--", *args] if as_postgres else args
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed: {result.stderr or result.stdout}")


@contextlib.contextmanager
def running_postgres() -> Iterator[str]:
    """Yield the URL (``postgresql+psycopg://postgres@127.0.0.1:PORT/postgres``) of a new server."""
    root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
    base = Path(tempfile.mkdtemp(prefix="lpdesk-pg-"))
    data, log = base / "data", base / "server.log"
    if root:
        shutil.chown(base, user="postgres", group="postgres")
    pg_ctl = str(PG_BIN / "pg_ctl")
    try:
        _new_cluster(data, as_postgres=root)
        port = _start(pg_ctl, data, base, log, as_postgres=root)
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], as_postgres=root)
    finally:
        shutil.rmtree(base, ignore_errors=True)


_TEMPLATE: list[Path] = []  # this process's initdb'd cluster, never started


def _new_cluster(data: Path, *, as_postgres: bool) -> None:
    """A new cluster in ``data``: a copy of one made by initdb once per process (initdb takes
    about a second, the copy a tenth of that; every cluster is still new and never shared)."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="lpdesk-pg-template-"))
        atexit.register(shutil.rmtree, template, True)
        if as_postgres:
            shutil.chown(template, user="postgres", group="postgres")
        _run(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(template / "data"),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C.UTF-8",
            ],
            as_postgres=as_postgres,
        )
        _TEMPLATE.append(template / "data")
    _run(["cp", "-a", str(_TEMPLATE[0]), str(data)], as_postgres=as_postgres)


def _start(pg_ctl: str, data: Path, base: Path, log: Path, *, as_postgres: bool) -> int:
    """Start the server on a port of this worker's own (tests/workers.py); the port is found free
    before the server binds it, so another run of the suite may take it in between: then the
    server says so and another port is tried."""
    for _attempt in range(5):
        port = free_port()
        options = (
            f"-k {base} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        log.unlink(missing_ok=True)
        try:
            _run(
                [pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"],
                as_postgres=as_postgres,
            )
        except RuntimeError:
            said = log.read_text(errors="replace") if log.exists() else ""
            if "could not bind" in said or "already in use" in said:
                continue
            raise
        return port
    raise RuntimeError("PostgreSQL found no free port in five tries")


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server for one test; dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    name = f"t{os.getpid()}_{next(_counter)}"
    dsn = f"host={url.host} port={url.port} user={url.username} dbname={url.database}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty_tables(url: str, *, keep: tuple[str, ...] = ("alembic_version",)) -> None:
    """Empty every table of the database (ids restart at 1), bypassing triggers: a fast reset
    between tests sharing one migrated database. Needs a superuser (the test server's postgres)."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    dsn = f"host={u.host} port={u.port} user={u.username} dbname={u.database}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            if r[0] not in keep
        ]
        if names:
            conn.execute("SET session_replication_role = replica")  # no triggers, no FK checks
            for name in names:  # DELETE: far faster than TRUNCATE on small tables
                conn.execute(f'DELETE FROM "{name}"')
                conn.execute(
                    "SELECT setval(s, 1, false) FROM pg_get_serial_sequence(%s, 'id') AS s "
                    "WHERE s IS NOT NULL",
                    (f'"{name}"',),
                )
