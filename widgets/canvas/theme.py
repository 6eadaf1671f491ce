"""The canvas's side of the theme: QColors, and the look every item of one scene shares.

The themes themselves (ink, strokes, the projector variant) are declared once, Qt-free, in
``models.style`` (the poster draws in the normal one); they are re-exported here for the
canvas.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

from models.style import NORMAL, PROJECTOR, Theme

__all__ = ["NORMAL", "PROJECTOR", "Look", "Theme", "qcolor"]


@lru_cache(maxsize=512)
def qcolor(hex_color: str, alpha: int = 255) -> QColor:
    """A QColor from "#RRGGBB" (cached: the painters ask for the same few colours)."""
    color = QColor(hex_color)
    color.setAlpha(alpha)
    return color


class Look:
    """What every item of one scene paints with: the theme and the layout options.

    Shared by reference, so a theme switch is one assignment and an update of the items.
    """

    def __init__(self, theme: Theme = NORMAL) -> None:
        self.theme = theme

    def text_color(self, block_color: str) -> QColor:
        """A layout text colour, as the theme draws it (ink and muted follow the theme)."""
        return qcolor(self.theme.text(block_color))
