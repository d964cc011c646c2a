#!/usr/bin/env bash
# Install the Debian packages Pas à Pas needs on a bare machine (Qt's libraries, fonts, PDF tools).
# Does nothing when they are all there; otherwise installs them (as root, or through sudo).
set -euo pipefail
PACKAGES=(
  python3 python3-venv python3-pip make
  fonts-dejavu-core libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  libpulse0 libnss3 libasound2 poppler-utils zbar-tools
)
command -v dpkg-query >/dev/null || { echo "Pas une machine Debian : installez l'équivalent de ${PACKAGES[*]}"; exit 0; }
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Paquets Debian à installer : ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "Lancez en root : apt-get install ${missing[*]}"; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
