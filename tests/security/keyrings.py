"""Keyrings for tests. With ``LPDESK_TEST_KEYRING=secret-service`` (scripts/run-tests.sh starts a
D-Bus session with an unlocked gnome-keyring) the REAL keyring is used and the entries a test made
are deleted afterwards; otherwise an in-memory backend. ``no_keyring`` installs keyring's own
failing backend, as on a machine with no Secret Service."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

REAL = os.environ.get("LPDESK_TEST_KEYRING") == "secret-service"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@contextlib.contextmanager
def keyring_for_tests() -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    if REAL:
        from keyring.backends import SecretService

        backend: KeyringBackend = SecretService.Keyring()
        real_set = backend.set_password
        made: list[tuple[str, str]] = []

        def set_and_track(service: str, username: str, password: str) -> None:
            made.append((service, username))
            real_set(service, username, password)

        backend.set_password = set_and_track  # type: ignore[method-assign]
        keyring.set_keyring(backend)
        try:
            yield backend
        finally:
            for service, username in made:
                with contextlib.suppress(PasswordDeleteError):
                    backend.delete_password(service, username)
            keyring.set_keyring(previous)
        return
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@contextlib.contextmanager
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
