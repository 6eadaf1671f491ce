"""The map's colours and type scale, shared by the canvas and the poster.

Colours are "#RRGGBB" strings so that both painters (QColor, reportlab HexColor) read them.
The emotion scale is the blue–orange diverging pair of the Okabe–Ito palette, which stays
distinct for the common colour-vision deficiencies; every marker also carries a face, so the
scale never depends on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from models.priority import Priority

EMOTION_COLORS: Final = {
    -2: "#C8501E",  # vermillion
    -1: "#E69F00",  # orange
    0: "#9AA3AD",  # neutral grey
    1: "#56B4E9",  # sky blue
    2: "#0072B2",  # blue
}
NOT_ASSESSED: Final = "#FFFFFF"
EMOTION_LABELS: Final = {
    -2: "Very negative",
    -1: "Negative",
    0: "Neutral",
    1: "Positive",
    2: "Very positive",
}

# Priorities of actions (the same in the editor, the poster and the Excel list). Strong:
# Okabe–Ito hues darkened so white text on them keeps a contrast of 4.5:1. Tints: light
# fills that keep black text readable and differ in lightness as well as hue, so they stay
# apart in greyscale print. Every use also writes the priority's name.
PRIORITY_STRONG: Final = {
    Priority.QUICK_WIN: "#00745A",
    Priority.BIG_BET: "#005B8F",
    Priority.FILL_IN: "#8A6100",
    Priority.TIME_SINK: "#B04A00",
    Priority.UNRATED: "#5B6770",
}
PRIORITY_TINTS: Final = {
    Priority.QUICK_WIN: "#CDEBD5",
    Priority.BIG_BET: "#CFE0F3",
    Priority.FILL_IN: "#FCEFC7",
    Priority.TIME_SINK: "#F6D5D3",
    Priority.UNRATED: "#E6E6E6",
}

# Subway-line colours for lines without a colour of their own (vivid, distinct, readable
# on white with white station markers).
LINE_COLORS: Final = (
    "#D7263D",
    "#1B998B",
    "#3F51B5",
    "#F49D37",
    "#8E44AD",
    "#2E933C",
    "#C2185B",
    "#00838F",
)
BACKSTAGE_LINE_COLORS: Final = ("#6D7B8D", "#8D6E63", "#5C6BC0", "#78909C")

# Phase band tints for phases without a colour of their own, alternating so neighbours part.
PHASE_TINTS: Final = ("#F3F6FA", "#EAF0F7")
PHASE_HEADER: Final = ("#DCE6F2", "#D2DEEE")

INK: Final = "#1F2933"  # body text
MUTED: Final = "#5B6770"  # secondary text
RULE: Final = "#C5CDD6"  # hairlines
PAPER: Final = "#FFFFFF"
NEED_CARD: Final = "#FFF8E1"
NEED_CARD_EDGE: Final = "#E8D9A8"
PAIN: Final = "#C8501E"
MOMENT_OF_TRUTH: Final = "#B8860B"
OWNER_BADGE: Final = "#37474F"
VISIBILITY_LINE: Final = "#7B8794"
WHITE: Final = "#FFFFFF"  # the halo around a marker, the edge and the text of its badges
MOMENT_OF_TRUTH_FILL: Final = "#FFF4D6"  # inside the gold ring of a moment of truth
# The area between the emotion curve and zero: the positive hue above, the negative below
# (colour, alpha 0..255).
CURVE_ABOVE_TINT: Final = ("#56B4E9", 40)
CURVE_BELOW_TINT: Final = ("#E69F00", 46)

# Type scale in map units (1 unit = 1 px at 100 % zoom = 1 pt on an unscaled poster).
PHASE_TITLE_SIZE: Final = 20.0
LINE_TITLE_SIZE: Final = 15.0
STATION_TITLE_SIZE: Final = 14.0
NEED_SIZE: Final = 11.0
BADGE_SIZE: Final = 9.5
CURVE_LABEL_SIZE: Final = 11.0


def line_color(index: int, kind: str, own: str | None) -> str:
    if own:
        return own
    palette = BACKSTAGE_LINE_COLORS if kind == "backstage" else LINE_COLORS
    return palette[index % len(palette)]


def phase_tint(index: int, own: str | None) -> str:
    return own if own else PHASE_TINTS[index % len(PHASE_TINTS)]


def phase_header(index: int, own: str | None) -> str:
    return own if own else PHASE_HEADER[index % len(PHASE_HEADER)]


def initials(name: str) -> str:
    """Up to two initials of a name ("Kari Nordmann" -> "KN", "Billing" -> "BI")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def ink_on(fill: str) -> str:
    """Dark or white ink, whichever reads better on ``fill`` ("#RRGGBB")."""
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * r**2.2 + 0.7152 * g**2.2 + 0.0722 * b**2.2
    return INK if luminance > 0.28 else WHITE


# --- Themes: how strong the map is drawn (never where: that is the layout's) ----------------


@dataclass(frozen=True)
class Theme:
    """Ink, strokes and the colours around the map, for the canvas and the poster alike.

    The projector theme is for a meeting-room screen: darker ink, thicker tracks and rings,
    stronger headers. A theme never changes geometry (text keeps the layout's weights, so the
    pre-wrapped lines still fit). The poster and the images are drawn in :data:`NORMAL`.
    """

    name: str
    ink: str
    muted: str
    background: str  # the view around the map
    paper: str  # the label column, the curve band, the halo around a marker
    rule: str  # hairlines between rows
    accent: str  # selection, insertion markers
    track_width: float  # the strong track joining a line's stations
    faint_track_alpha: int  # 0..255, the full-width track behind
    ring_width: float  # station marker ring
    header_darken: int  # darker factor for phase headers (100 = as given)
    tint_darken: int
    curve_width: float

    def text(self, color: str) -> str:
        """A layout text colour as this theme draws it (ink and muted follow the theme)."""
        if color == INK:
            return self.ink
        if color == MUTED:
            return self.muted
        return color


NORMAL: Final = Theme(
    name="normal",
    ink=INK,
    muted=MUTED,
    background="#F4F3EF",
    paper=PAPER,
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
    paper=PAPER,
    rule="#B4BEC9",
    accent="#1D4ED8",
    track_width=11.0,
    faint_track_alpha=70,
    ring_width=5.5,
    header_darken=108,
    tint_darken=100,
    curve_width=4.5,
)
