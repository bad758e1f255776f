"""Render the application icon from its SVG: PNGs for Linux, .ico for Windows, .icns for macOS.

    python packaging/make_icons.py

Run it after changing ``resources/icons/opleider-desk.svg`` and commit what it
writes; neither the app nor the bundle build renders the icon itself. Qt's own
SVG renderer draws every size (QtSvg comes with PySide6-Essentials), Pillow
packs the Windows and macOS containers (it is installed with reportlab).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "opleider-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"opleider-desk-{size}.png"


def render_pngs() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"{SVG}: not a valid SVG")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size))):
            sys.exit(f"could not write {png_path(size)}")


def pack_containers() -> None:
    from PIL import Image

    images = {size: Image.open(png_path(size)).convert("RGBA") for size in PNG_SIZES}
    # Each size drawn from the SVG, not Pillow's downscale of the largest one.
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "opleider-desk.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[512].save(
        ICONS / "opleider-desk.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != 512],
    )


def main() -> int:
    render_pngs()
    pack_containers()
    for path in sorted(ICONS.glob("opleider-desk*")):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
