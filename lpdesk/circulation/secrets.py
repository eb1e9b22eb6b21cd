"""The SMTP password: from the operating system's keyring, or asked for and kept in memory only.

``keyring.get_password("lpdesk-smtp", username)``. With no keyring backend (no Secret Service on a
Linux desktop, a locked keychain) keyring raises ``KeyringError``: the password is then asked for
through an injected callback and held in this object's memory for the session. Nothing is ever
written to a file here, and ``keyrings.alt`` (which stores secrets in a plaintext file) is never
used.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

import keyring
import keyring.errors

__all__ = ["SMTP_SERVICE", "AskPassword", "SecretStore"]

SMTP_SERVICE = "lpdesk-smtp"
AskPassword = Callable[[str], "str | None"]  # given the username; None when the user cancels

_log = logging.getLogger(__name__)


class SecretStore:
    """Passwords by username for one service: keyring first, then memory, then ask once."""

    def __init__(self, ask: AskPassword, *, service: str = SMTP_SERVICE) -> None:
        self._ask = ask
        self._service = service
        self._memory: dict[str, str] = {}

    def get(self, username: str) -> str | None:
        """The password, or None when it is not stored and the user cancelled the question."""
        if username in self._memory:
            return self._memory[username]
        try:
            stored = keyring.get_password(self._service, username)
        except keyring.errors.KeyringError:
            _log.info("no usable keyring for %s: asking, keeping in memory only", self._service)
            stored = None
        if stored:
            return stored
        answer = self._ask(username)
        if answer:
            self._memory[username] = answer
        return answer or None

    def save(self, username: str, password: str) -> bool:
        """Store in the keyring; with no keyring keep it in memory. True when the keyring has it."""
        try:
            keyring.set_password(self._service, username, password)
        except keyring.errors.KeyringError:
            self._memory[username] = password
            return False
        self._memory.pop(username, None)
        return True

    def forget(self, username: str) -> None:
        """Drop a password that was refused (memory and keyring), so the next ``get`` asks again."""
        self._memory.pop(username, None)
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(self._service, username)
