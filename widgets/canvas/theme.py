"""How the canvas looks around the shared layout: ink, strokes, and the projector variant.

The layout (models.layout) decides where everything goes; a theme only decides how strong
it is drawn. The projector theme is for a meeting-room screen: darker ink, thicker tracks and
rings, stronger headers. It never changes geometry (text keeps the layout's weights, so the
pre-wrapped lines still fit).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from PySide6.QtGui import QColor

from models import style


@dataclass(frozen=True)
class Theme:
    name: str
    ink: str
    muted: str
    background: str  # the view around the map
    paper: str  # the label column and the curve band
    rule: str  # hairlines between rows
    accent: str  # selection, insertion markers
    track_width: float  # the strong track joining a line's stations
    faint_track_alpha: int  # 0..255, the full-width track behind
    ring_width: float  # station marker ring
    header_darken: int  # QColor.darker factor for phase headers (100 = as given)
    tint_darken: int
    curve_width: float


NORMAL: Final = Theme(
    name="normal",
    ink=style.INK,
    muted=style.MUTED,
    background="#F4F3EF",
    paper="#FFFFFF",
    rule="#DDE3EA",
    accent="#2563EB",
    track_width=8.0,
    faint_track_alpha=46,
    ring_width=4.0,
    header_darken=100,
    tint_darken=100,
    curve_width=3.0,
)

PROJECTOR: Final = Theme(
    name="projector",
    ink="#000000",
    muted="#2F3A44",
    background="#FFFFFF",
    paper="#FFFFFF",
    rule="#B4BEC9",
    accent="#1D4ED8",
    track_width=11.0,
    faint_track_alpha=70,
    ring_width=5.5,
    header_darken=108,
    tint_darken=100,
    curve_width=4.5,
)


@lru_cache(maxsize=512)
def qcolor(hex_color: str, alpha: int = 255) -> QColor:
    """A QColor from "#RRGGBB" (cached: the painters ask for the same few colours)."""
    color = QColor(hex_color)
    color.setAlpha(alpha)
    return color


def ink_on(fill: str) -> str:
    """Dark or white ink, whichever reads better on ``fill``."""
    c = QColor(fill)
    luminance = 0.2126 * c.redF() ** 2.2 + 0.7152 * c.greenF() ** 2.2 + 0.0722 * c.blueF() ** 2.2
    return style.INK if luminance > 0.28 else "#FFFFFF"


class Look:
    """What every item of one scene paints with: the theme and the layout options.

    Shared by reference, so a theme switch is one assignment and an update of the items.
    """

    def __init__(self, theme: Theme = NORMAL) -> None:
        self.theme = theme

    def text_color(self, block_color: str) -> QColor:
        """A layout text colour, as the theme draws it (ink and muted follow the theme)."""
        if block_color == style.INK:
            return qcolor(self.theme.ink)
        if block_color == style.MUTED:
            return qcolor(self.theme.muted)
        return qcolor(block_color)
