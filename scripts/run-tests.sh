#!/usr/bin/env bash
# Runs the test suite inside a private D-Bus session with an unlocked gnome-keyring, so keyring code
# is tested against a real Secret Service. Without those programs the keyring tests skip themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  export LPDESK_TEST_KEYRING=secret-service
  exec dbus-run-session -- bash -c 'echo -n lpdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec .venv/bin/pytest "$@"' bash "$@"
fi
exec .venv/bin/pytest "$@"
