"""A journey's map as a picture for slides: PNG at a chosen resolution, or SVG.

Both draw the same :class:`~models.layout.MapLayout` (with its title band) through the
shared map painter as the poster does; only the primitives differ (``painter_png``,
``painter_svg``). Both files are written atomically and both functions return warnings for
the user (:class:`~exporters.export_notice.ExportNotice` sentences: characters no installed
font has; a resolution lowered to keep a huge map within what image programs open), empty
when all is well.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import BinaryIO, Final

from PIL import Image

from exporters.errors import ExportError
from exporters.export_notice import ExportNotice
from exporters.fonts import FontSet
from exporters.formats import DPI
from exporters.painter import paint_map
from exporters.painter_png import PngPainter
from exporters.painter_svg import SvgPainter
from models import i18n
from models.atomic import atomic_write
from models.document import Document, JourneySnapshot
from models.edit_name import Quoted
from models.file_problem import FileProblem
from models.layout import MapLayout, compute_layout
from models.view_options import MapToggles

__all__ = ["MAX_PIXELS", "MAX_SIDE", "export_png", "export_svg"]

MAX_PIXELS: Final = 80_000_000  # below Pillow's "decompression bomb" limit, and slide-sized
MAX_SIDE: Final = 32_000
STRIP_PIXELS: Final = 24_000_000  # supersampled pixels drawn at once (about 72 MB)


def _pixels(layout: MapLayout, dpi: int) -> int:
    return round(layout.width * dpi / 72) * round(layout.height * dpi / 72)


def _journey_layout(
    document: Document, journey_id: int | None, target: Path, toggles: MapToggles | None
) -> tuple[JourneySnapshot, MapLayout, FontSet]:
    journeys = document.journeys()
    if journey_id is not None:
        journeys = [j for j in journeys if j.id == journey_id]
    if not journeys:
        # Not a fault of the program: one sentence for the user, and nothing is written.
        raise ExportError(
            target,
            FileProblem(
                "{file} could not be written: the workshop has no journeys, so there is no map "
                "to draw; nothing was written."
            )
            if journey_id is None
            else FileProblem(
                "{file} could not be written: the workshop has no journey with id {id}; nothing "
                "was written.",
                id=str(journey_id),
            ),
        )
    snap = document.snapshot(journeys[0].id)
    owners = {o.id: o.name for o in document.owners()}
    options = (toggles or MapToggles()).layout_options(show_title=True)
    layout = compute_layout(snap, owners, options)
    texts = [snap.journey.name, *(p.name for p in snap.phases), *(ln.name for ln in snap.lines)]
    texts += [*owners.values(), snap.persona.name if snap.persona else ""]
    for s in snap.stations:
        texts += [s.title, *s.needs]
    return snap, layout, FontSet.for_texts(texts)


def export_svg(
    document: Document,
    path: str | Path,
    *,
    journey_id: int | None = None,
    language: str | None = None,
    toggles: MapToggles | None = None,
) -> list[ExportNotice]:
    """Write the map of ``journey_id`` (default: the first journey) as an SVG file, its
    labels in ``language`` (default: the workshop's, ``models.i18n``), showing what
    ``toggles`` (the canvas's View toggles; None: a new canvas's) show."""
    with i18n.using(language or document.workshop().language):
        snap, layout, fonts = _journey_layout(document, journey_id, Path(path), toggles)
        painter = SvgPainter(fonts)
        paint_map(layout, painter)
    data = painter.document(layout.width, layout.height, snap.journey.name).encode("utf-8")

    def write(f: BinaryIO) -> None:
        f.write(data)

    atomic_write(Path(path), write)
    return fonts.warnings()


def export_png(
    document: Document,
    path: str | Path,
    *,
    journey_id: int | None = None,
    dpi: int = 150,
    language: str | None = None,
    toggles: MapToggles | None = None,
) -> list[ExportNotice]:
    """Write the map of ``journey_id`` (default: the first journey) as a PNG at ``dpi``, its
    labels in ``language`` (default: the workshop's, ``models.i18n``), showing what
    ``toggles`` (the canvas's View toggles; None: a new canvas's) show.

    One map unit is one point (1/72 inch), so the image is ``width × dpi / 72`` pixels wide.
    A map too big for that resolution is drawn at the highest one that stays within
    :data:`MAX_PIXELS` and :data:`MAX_SIDE`, with a warning.
    """
    DPI.check(dpi)  # ValueError: the reason, as the export registry says it
    with i18n.using(language or document.workshop().language):
        snap, layout, fonts = _journey_layout(document, journey_id, Path(path), toggles)
    warnings = fonts.warnings()
    scale = dpi / 72
    fit = min(
        1.0,
        math.sqrt(MAX_PIXELS / (layout.width * layout.height * scale * scale)),
        MAX_SIDE / (layout.width * scale),
        MAX_SIDE / (layout.height * scale),
    )
    if fit < 1.0:
        dpi = max(1, math.floor(dpi * fit))
        # Each side is rounded to whole pixels, which can add up past the limit: a dpi less.
        while dpi > 1 and _pixels(layout, dpi) > MAX_PIXELS:
            dpi -= 1
        scale = dpi / 72
        warnings.append(
            ExportNotice(
                "The map of {journey} is too large for the chosen resolution; it was drawn at "
                "{dpi} dpi instead. Use the PDF or SVG for a sharper copy.",
                journey=Quoted(snap.journey.name),
                dpi=dpi,
            )
        )
    width = max(1, round(layout.width * scale))
    height = max(1, round(layout.height * scale))
    with i18n.using(language or document.workshop().language):
        image = _render(layout, fonts, width, height, scale)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi), compress_level=6)
    data = buffer.getvalue()

    def write(f: BinaryIO) -> None:
        f.write(data)

    atomic_write(Path(path), write)
    return warnings


def _render(
    layout: MapLayout, fonts: FontSet, width: int, height: int, scale: float
) -> Image.Image:
    """The map drawn 3× (or 2× when large) and scaled down with LANCZOS, strip by strip."""
    ss = 3 if width * height <= 6_000_000 else 2
    big_w = width * ss
    strip = max(1, min(height, STRIP_PIXELS // (big_w * ss)))  # final rows per strip
    out = Image.new("RGB", (width, height), "white")
    pad = 0 if strip >= height else 4  # rows drawn beyond each strip: no seams from LANCZOS
    for y in range(0, height, strip):
        y0, y1 = max(0, y - pad), min(height, y + strip + pad)
        big = Image.new("RGB", (big_w, (y1 - y0) * ss), "white")
        paint_map(layout, PngPainter(big, fonts, scale * ss, top=y0 * ss))
        small = big.resize((width, y1 - y0), Image.Resampling.LANCZOS)
        rows = min(strip, height - y)
        out.paste(small.crop((0, y - y0, width, y - y0 + rows)), (0, y))
    return out
