"""The writer that tests/store/test_crash.py kills. Started once; it imports lpdesk, then for each
``run <url> <prefix> <key or ->`` line on stdin forks a worker that opens the store and adds
agencies through the service layer forever, printing ``ack <id>`` after each committed save. The
parent prints ``pid <pid>`` for each worker and ``done <pid> <status>`` when it has died, so the
test pays for one interpreter start, not one per kill. The key, if any, arrives on stdin: never
on the command line or in a file."""

from __future__ import annotations

import os
import sys

from lpdesk.domain import UserRole
from lpdesk.services.context import Actor, ServiceContext, SystemClock
from lpdesk.services.people import add_agency
from lpdesk.store import Store
from lpdesk.store.engine import make_engine


def work(url: str, prefix: str, key: str | None) -> None:
    engine = make_engine(url, sqlcipher_key=key)
    store = Store(engine, url)
    ctx = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="crash.test", role=UserRole.TEAM_MANAGER),
        clock=SystemClock(),
    )
    n = 0
    while True:
        n += 1
        agency = add_agency(ctx, name=f"{prefix}-{n}", kind="crash test")
        os.write(1, f"ack {agency.id}\n".encode())


def main() -> None:
    for line in sys.stdin:
        command, url, prefix, key = line.split()
        if command != "run":
            continue
        pid = os.fork()
        if pid == 0:
            try:
                work(url, prefix, None if key == "-" else key)
            finally:
                os._exit(3)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"done {pid} {status}\n".encode())


if __name__ == "__main__":
    main()
