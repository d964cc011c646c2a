#!/usr/bin/env bash
# Install the Debian packages Pas à Pas needs on a bare machine (Qt's libraries, fonts, PDF tools).
# binutils: PyInstaller reads and strips the libraries of the bundle (make dist).
# Does nothing when they are all there; otherwise installs them (as root, or through sudo).
set -euo pipefail
# Needed to run and test: without one of these, stop.
ESSENTIAL=(
  python3 python3-venv python3-pip make binutils
  fonts-dejavu-core libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  poppler-utils
)
# Useful (a real window under X11, sound for read-aloud, QR read-back test): installed when available.
OPTIONAL=(
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  libpulse0 libnss3 libasound2 zbar-tools
)
command -v dpkg-query >/dev/null || { echo "Pas une machine Debian : installez l'équivalent de ${ESSENTIAL[*]}"; exit 0; }

missing_of() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

mapfile -t missing < <(missing_of "${ESSENTIAL[@]}" "${OPTIONAL[@]}")
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Paquets Debian à installer : ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "Lancez en root : apt-get install ${missing[*]}"; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  # A name may differ on this Debian release (libasound2 became libasound2t64): one by one.
  for p in "${missing[@]}"; do
    $SUDO apt-get install -y -qq --no-install-recommends "$p" >/dev/null 2>&1 || echo "(paquet $p non installé)"
  done
fi
mapfile -t still < <(missing_of "${ESSENTIAL[@]}")
if [ ${#still[@]} -gt 0 ]; then
  echo "Paquets indispensables absents : ${still[*]}"
  exit 1
fi
