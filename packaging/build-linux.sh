#!/usr/bin/env bash
# Build the one-folder Linux bundle (dist/opleider-desk/) and self-test it.
#
#   bash packaging/build-linux.sh
#
# Everything is built in a private virtual environment under build/linux, so
# the bundle holds exactly the project's declared dependencies. The last step
# starts the bundled program offscreen with --self-test on a temporary file:
# the build fails if the bundle cannot open a data file, write, make a PDF,
# find its translations and templates, or build its window.
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
"$VENV/bin/python" -m pip install --quiet -e "$ROOT" "pyinstaller>=6.10"

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$BUILD/work" \
  "$ROOT/packaging/opleider-desk.spec"

BUNDLE="$ROOT/dist/opleider-desk"
echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
env QT_QPA_PLATFORM=offscreen \
  XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" \
  "$BUNDLE/opleider-desk" --self-test
