"""Render the app icon (``journeyline.svg``) into the files the platforms want.

    python resources/icons/make_icons.py [OUT_DIR]        # default: build/icons

writes ``OUT_DIR/png/journeyline-SIZE.png`` for every size in :data:`SIZES` (QtSvg renders the
SVG at each size, so small sizes are drawn, not scaled down), ``OUT_DIR/journeyline.ico``
(Windows, 16–256 px) and ``OUT_DIR/journeyline.icns`` (macOS; Pillow writes it on any
platform). ``build.spec`` runs this at build time into its work folder: only the SVG and this
script are in git, every generated file is a build product.

No QApplication is needed: QSvgRenderer paints into a QImage without one.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "journeyline.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the .ico format stops at 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render(size: int, svg: Path = SVG) -> QImage:
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode a PNG image: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write the PNGs, the .ico and the .icns into ``out_dir``; return what was written.

    The keys are ``png-SIZE``, ``ico`` and ``icns`` (missing if Pillow cannot write ICNS).
    """
    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    images: dict[int, Image.Image] = {}
    for size in SIZES:
        data = png_bytes(render(size, svg))
        path = png_dir / f"journeyline-{size}.png"
        path.write_bytes(data)
        written[f"png-{size}"] = path
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")

    # Pillow builds every size of an .ico from the largest image given, unless each size is
    # passed in ``append_images``: pass the drawn ones so that 16 px stays crisp.
    ico = out_dir / "journeyline.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written["ico"] = ico

    icns = out_dir / "journeyline.icns"
    try:
        images[max(ICNS_SIZES)].save(
            icns,
            format="ICNS",
            append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
        )
    except (KeyError, OSError, ValueError) as e:  # an old Pillow without the ICNS writer
        print(f"make_icons: no .icns written ({e})", file=sys.stderr)
    else:
        written["icns"] = icns
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE.parent.parent / "build" / "icons"
    for path in make_icons(out_dir).values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
