"""A poster printed across office sheets: the fewest sheets that cover it, with overlaps;
the posters office sheets can make; the office paper of the pages after the map.

The grid is planned here; ``exporters.poster_pdf`` draws the sheets (crop marks, the sheet's
name) and the assembly map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from reportlab.lib.pagesizes import A4, LETTER

__all__ = [
    "MM",
    "OFFICE_PAPERS",
    "OVERLAP",
    "TILE_MARGIN",
    "Grid",
    "office_paper",
    "office_posters",
    "row_letter",
    "tile_grid",
]

MM: Final = 72 / 25.4
TILE_MARGIN: Final = 10 * MM  # what office printers leave white, and room for crop marks
OVERLAP: Final = 10 * MM
# Office papers: a map too small on one of them is printed larger across sheets of it.
OFFICE_PAPERS: Final = ("A3", "A4", "letter")
MOST_SHEETS: Final = 24


@dataclass(frozen=True)
class Grid:
    sheet: tuple[float, float]  # as printed (width, height)
    cols: int
    rows: int
    step_x: float
    step_y: float
    off_x: float = 0.0  # where the poster starts on the sheets: centred on the whole grid
    off_y: float = 0.0

    @property
    def count(self) -> int:
        return self.cols * self.rows

    def name(self, row: int, col: int) -> str:
        return f"{row_letter(row)}{col + 1}"


def row_letter(row: int) -> str:
    letters = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def tile_grid(poster: tuple[float, float], sheet: tuple[float, float]) -> Grid:
    """The fewest sheets (portrait or landscape) that cover the poster with overlaps."""
    best: Grid | None = None
    for sw, sh in ((min(sheet), max(sheet)), (max(sheet), min(sheet))):
        step_x = sw - 2 * TILE_MARGIN - OVERLAP
        step_y = sh - 2 * TILE_MARGIN - OVERLAP
        cols = max(1, math.ceil((poster[0] - OVERLAP) / step_x - 1e-9))
        rows = max(1, math.ceil((poster[1] - OVERLAP) / step_y - 1e-9))
        off_x = (cols * step_x + OVERLAP - poster[0]) / 2
        off_y = (rows * step_y + OVERLAP - poster[1]) / 2
        grid = Grid((sw, sh), cols, rows, step_x, step_y, off_x, off_y)
        if best is None or grid.count < best.count:
            best = grid
    assert best is not None
    return best


def office_posters(sheet: tuple[float, float]) -> list[tuple[float, float]]:
    """Landscape posters that grids of ``sheet`` cover exactly (with margins and overlaps),
    fewest sheets first: two sheets, three, four…, up to :data:`MOST_SHEETS`."""
    found: list[tuple[int, float, tuple[float, float]]] = []
    for sw, sh in ((min(sheet), max(sheet)), (max(sheet), min(sheet))):
        step_x, step_y = sw - 2 * TILE_MARGIN - OVERLAP, sh - 2 * TILE_MARGIN - OVERLAP
        for cols in range(1, 7):
            for rows in range(1, 7):
                w, h = cols * step_x + OVERLAP, rows * step_y + OVERLAP
                if 2 <= cols * rows <= MOST_SHEETS and 1.2 <= w / h <= 2.0:
                    found.append((cols * rows, -w * h, (w, h)))
    return [size for _, _, size in sorted(found)]


def office_paper(key: str) -> tuple[float, float]:
    """The landscape office sheet the pages after the map are printed on: Letter beside a
    Letter or Tabloid poster (North America), A4 beside the A series."""
    w, h = LETTER if key.lower() in ("letter", "tabloid") else A4
    return (max(w, h), min(w, h))
