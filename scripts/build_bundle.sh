#!/usr/bin/env bash
# Build the onedir bundle (dist/lpdesk/) and prove it works: the bundle's own --self-test with no
# display and a throwaway LPDESK_HOME, then its size and the build time. Needs PyInstaller in .venv
# (`make package` installs the pinned version). Usage: scripts/build_bundle.sh [--archive]
# --archive also writes dist/lpdesk-<version>-<os>-<machine>.tar.gz for copying to other machines.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
if ! "$BIN/python" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is not installed in .venv: run 'make package'" >&2
  exit 2
fi

started=$SECONDS
"$BIN/pyinstaller" --noconfirm --log-level WARN lpdesk.spec
built=$((SECONDS - started))

check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen LPDESK_HOME="$check" \
  LPDESK_LOG_LEVEL=WARNING dist/lpdesk/lpdesk --self-test
echo "bundle: dist/lpdesk, $(du -sh dist/lpdesk | cut -f1), built in ${built} s"

if [[ "${1:-}" == "--archive" ]]; then
  version=$("$BIN/python" -c "from importlib.metadata import version; print(version('lpdesk'))")
  archive="dist/lpdesk-${version}-$(uname -s | tr A-Z a-z)-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" lpdesk
  echo "archive: $archive, $(du -sh "$archive" | cut -f1)"
fi
