#!/usr/bin/env bash
# Build the one-folder Linux bundle (dist/opleider-desk/) and self-test it.
#
#   bash packaging/build-linux.sh
#
# Everything is built in a private virtual environment under build/linux, so
# the bundle holds exactly the project's declared dependencies, with the
# encryption extra (SQLCipher). The last step starts the bundled program
# offscreen with --self-test: the build fails if the bundle cannot open a data
# file, encrypt one, write, make a PDF, find its translations and templates,
# or build its window, or if the self-test writes into the user's folders.
#
# The bundle carries the build machine's libstdc++, libpython and the few
# system libraries Qt needs that are not part of every desktop, so it runs on
# Linux systems with at least the build machine's glibc (printed at the end).
# The PySide6 6.12 wheels themselves need glibc 2.34 (manylinux_2_34): build
# on the oldest system that has it (Ubuntu 22.04, glibc 2.35, as the release
# workflow does) to reach Ubuntu 22.04+, Debian 12+, Fedora 36+, RHEL/Alma/Rocky 9+.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/build/linux"
VENV="$BUILD/venv"
PYTHON=${PYTHON:-python3}

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# Editable: the bundle is built from this source tree, not from a copy.
"$VENV/bin/python" -m pip install --quiet -e "$ROOT[encryption]" "pyinstaller>=6.10"

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$BUILD/work" \
  "$ROOT/packaging/opleider-desk.spec"

BUNDLE="$ROOT/dist/opleider-desk"
# What installs the bundle on a workstation, and the licences, at its top.
install -m755 "$ROOT/packaging/linux/install.sh" "$BUNDLE/install.sh"
install -m644 "$ROOT/packaging/opleider-desk.desktop" "$BUNDLE/opleider-desk.desktop"
install -Dm644 "$ROOT/resources/icons/opleider-desk-256.png" "$BUNDLE/icons/opleider-desk-256.png"
install -Dm644 "$ROOT/resources/icons/opleider-desk.svg" "$BUNDLE/icons/opleider-desk.svg"
install -m644 "$ROOT/LICENSE" "$BUNDLE/LICENSE"
# The same name as the Windows console exe, for scripts written for both.
ln -sf opleider-desk "$BUNDLE/opleider-desk-cli"

echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1), $(du -sb "$BUNDLE" | cut -f1) bytes)"
GLIBC=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name opleider-desk \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1)
echo "Needs at least: ${GLIBC:-unknown}"

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/config" "$SCRATCH/data"
env QT_QPA_PLATFORM=offscreen \
  XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" \
  "$BUNDLE/opleider-desk" --self-test
if [ -n "$(find "$SCRATCH/config" "$SCRATCH/data" -type f)" ]; then
  echo "the self-test wrote into the user's folders:" >&2
  find "$SCRATCH/config" "$SCRATCH/data" -type f >&2
  exit 1
fi
env XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" "$BUNDLE/opleider-desk-cli" --version
