#!/bin/sh
# Install this OpleiderDesk bundle: the program folder, the start-menu entry, the icon and
# the opleider-desk command. Run it from the unpacked bundle:
#
#   ./install.sh            for you only: ~/.local/lib/opleider-desk, ~/.local/bin/opleider-desk
#   sudo ./install.sh --system    for everyone: /opt/opleider-desk, /usr/local/bin/opleider-desk
#
# Installing again (a new version) replaces the program folder only. The data file
# (~/.local/share/OpleiderDesk/opleiderdesk.sqlite) and the settings
# (~/.config/OpleiderDesk/) are not part of it and are never touched here.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--system" ]; then
  PROGRAM=/opt/opleider-desk
  APPS=/usr/share/applications
  ICONS=/usr/share/icons/hicolor
  BIN=/usr/local/bin
else
  PROGRAM=$HOME/.local/lib/opleider-desk
  APPS=$DATA/applications
  ICONS=$DATA/icons/hicolor
  BIN=$HOME/.local/bin
fi

if [ "$HERE" != "$PROGRAM" ]; then
  rm -rf "$PROGRAM.new"
  mkdir -p "$(dirname "$PROGRAM")"
  cp -a "$HERE" "$PROGRAM.new"
  rm -rf "$PROGRAM"
  mv "$PROGRAM.new" "$PROGRAM"
fi

mkdir -p "$APPS" "$ICONS/256x256/apps" "$ICONS/scalable/apps" "$BIN"
# The entry starts the program by its full path: a desktop session's PATH often lacks ~/.local/bin.
sed "s|^Exec=opleider-desk|Exec=$PROGRAM/opleider-desk|" "$HERE/opleider-desk.desktop" > "$APPS/opleider-desk.desktop"
chmod 644 "$APPS/opleider-desk.desktop"
install -m644 "$HERE/icons/opleider-desk-256.png" "$ICONS/256x256/apps/opleider-desk.png"
install -m644 "$HERE/icons/opleider-desk.svg" "$ICONS/scalable/apps/opleider-desk.svg"
ln -sf "$PROGRAM/opleider-desk" "$BIN/opleider-desk"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
echo "OpleiderDesk installed in $PROGRAM; start it from the menu or with: $BIN/opleider-desk"
