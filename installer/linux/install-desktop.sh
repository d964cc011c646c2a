#!/usr/bin/env bash
# Put Pas à Pas in the Linux menus (for all users): the two .desktop files and the icon.
# Usage, as root: bash installer/linux/install-desktop.sh [PREFIX]   (PREFIX defaults to /usr/local)
# `pasapas` must be on the PATH (pip install ., or a link to dist/pasapas/pasapas in PREFIX/bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
PREFIX="${1:-/usr/local}"
install -Dm644 installer/linux/pasapas.desktop "$PREFIX/share/applications/pasapas.desktop"
install -Dm644 installer/linux/pasapas-kiosk.desktop "$PREFIX/share/applications/pasapas-kiosk.desktop"
install -Dm644 resources/icons/pasapas.svg "$PREFIX/share/icons/hicolor/scalable/apps/pasapas.svg"
install -Dm644 resources/icons/pasapas.png "$PREFIX/share/icons/hicolor/256x256/apps/pasapas.png"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
echo "Pas à Pas ajouté aux menus ($PREFIX/share/applications)"
