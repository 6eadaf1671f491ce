"""What a sheet of a tiled poster says besides its part of the poster: crop marks, where the
next sheet's edge lies, its name and what to do with it, and the phases its edges cut ("◂
Considers continues from sheet A1", "Considers continues on sheet A3 ▸", in the top margin),
so a reader of one sheet knows where a phase goes on.

``exporters.tiles`` plans the grid; ``exporters.poster_pdf`` prints the sheets.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters import painter_poster as poster
from exporters import poster_tiling_text as tiling
from exporters.painter_pdf import PdfPainter
from exporters.tiles import MM, OVERLAP, TILE_MARGIN, Grid
from models import style
from models.i18n import gettext as _
from models.layout import MapLayout

__all__ = ["Continuations", "continuations", "sheet_marks"]

EDGE: float = 2.0  # points: a phase must reach this far past a sheet's edge to be cut by it


@dataclass(frozen=True)
class Continuations:
    """The phases a sheet's left and right edges cut, as sentences for its margin."""

    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()


def continuations(
    layout: MapLayout, page: tuple[float, float], grid: Grid, r: int, c: int
) -> Continuations:
    """The phases the edges of sheet (``r``, ``c``) cut, with the sheets they go on to, for a
    poster of size ``page`` whose map has ``layout``."""
    u = page[0] / poster.VW
    placed, s = poster.placed_bands(layout, page)
    # Where the sheet's seams lie on the poster (points from its top left): its own left edge,
    # trimmed, and the next sheet's, laid over its overlap; and the rows it shows.
    left = c * grid.step_x - grid.off_x
    right = left + grid.step_x
    top = r * grid.step_y - grid.off_y
    bottom = top + grid.sheet[1] - 2 * TILE_MARGIN
    from_left: list[str] = []
    on_right: list[str] = []
    for band, x, y in placed:
        band_top, band_bottom = y * u, (y + layout.height * s) * u
        if band_bottom <= top or band_top >= bottom:
            continue
        for phase in layout.phases:
            a, b = max(phase.header.x, band.x0), min(phase.header.right, band.x1)
            if b - a < 1:
                continue
            x0 = (x + (band.label + a - band.x0) * s) * u
            x1 = (x + (band.label + b - band.x0) * s) * u
            if c > 0 and x0 < left - EDGE and x1 > left + EDGE:
                from_left.append(tiling.continues_from(phase.name, grid.name(r, c - 1)))
            if c < grid.cols - 1 and x0 < right - EDGE and x1 > right + EDGE:
                on_right.append(tiling.continues_on(phase.name, grid.name(r, c + 1)))
    return Continuations(tuple(dict.fromkeys(from_left)), tuple(dict.fromkeys(on_right)))


def sheet_marks(p: PdfPainter, grid: Grid, r: int, c: int, cut: Continuations) -> None:
    """Crop marks at the content's corners and the overlap, the sheet's name and what to do
    with it, and the phases its edges cut (in the top margin)."""
    sw, sh = grid.sheet
    p.place(0, sh, 1.0)
    m, mark = TILE_MARGIN, 7 * MM
    x0, y0, x1, y1 = m, m, sw - m, sh - m
    ink = style.INK
    for x in (x0, x1):
        for y in (y0, y1):
            dx = -1 if x == x0 else 1
            dy = -1 if y == y0 else 1
            p.line(x + dx * 2, y, x + dx * (2 + mark), y, color=ink, width=0.4)
            p.line(x, y + dy * 2, x, y + dy * (2 + mark), color=ink, width=0.4)
    # Where the next sheet's edge will lie (the overlap starts here).
    ox, oy = x0 + grid.step_x, y0 + grid.step_y
    if c < grid.cols - 1:
        for y in (y0 - 2 - mark, y1 + 2):
            p.line(ox, y, ox, y + mark, color=style.MUTED, width=0.4, dash=(2, 1.5))
    if r < grid.rows - 1:
        for x in (x0 - 2 - mark, x1 + 2):
            p.line(x, oy, x + mark, oy, color=style.MUTED, width=0.4, dash=(2, 1.5))
    name = grid.name(r, c)
    left = grid.name(r, c - 1) if c > 0 else None
    how = tiling.sheet_instruction(left, grid.name(r - 1, c) if r > 0 else None)
    # The top margin: the sheet's name and what to do with it at the left, the phases its
    # edges cut at the right (the bottom margin has the page's footer).
    room = sw - 2 * m - mark - OVERLAP - 12
    base = 4 * MM + 3
    cuts = "   ".join((*cut.left, *cut.right))
    cuts_w = min(p.fonts.width(cuts, 7, True), room / 2) if cuts else 0.0
    p.text(x0 + mark + 6, base, _("Sheet {name}").format(name=name), size=8, bold=True)
    p.text(x0 + mark + 52, base, how, size=6.5, color=style.MUTED, max_width=room - cuts_w - 60)
    if cuts:
        end = x1 - OVERLAP - 6  # left of the next sheet's edge mark
        p.text(end, base, cuts, size=7, bold=True, color=ink, align="right", max_width=cuts_w)
