#!/usr/bin/env bash
# Installs the Debian packages lpdesk and its tests need: Qt's runtime libraries, Xvfb, LibreOffice
# (the real client every Word file is opened with), poppler and qpdf (to read every PDF), PostgreSQL
# (team mode tests), a Secret Service keyring, and the AT-SPI bus with pyatspi (the test that reads
# the app as a screen reader does), and Orca with xdotool (the test that hears what Orca says). As
# root it installs what is missing; otherwise it prints the one apt-get line to run.
set -euo pipefail
packages=(
  libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  libreoffice-writer-nogui libreoffice-calc-nogui fonts-crosextra-carlito fonts-crosextra-caladea
  poppler-utils qpdf postgresql gnome-keyring dbus dbus-user-session
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0 orca xdotool
)
command -v dpkg-query >/dev/null || { echo "system-deps: not a Debian system; install the equivalents of: ${packages[*]}"; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: please run as root:"
  echo "  apt-get install --no-install-recommends ${missing[*]}"
fi
