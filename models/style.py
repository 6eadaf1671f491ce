"""The map's colours and type scale, shared by the canvas and the poster.

Colours are "#RRGGBB" strings so that both painters (QColor, reportlab HexColor) read them.
The emotion scale is the blue–orange diverging pair of the Okabe–Ito palette, which stays
distinct for the common colour-vision deficiencies; every marker also carries a face, so the
scale never depends on colour alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from models import rules
from models.i18n import N_
from models.priority import Priority

EMOTION_COLORS: Final = {
    -2: "#C8501E",  # vermillion
    -1: "#E69F00",  # orange
    0: "#9AA3AD",  # neutral grey
    1: "#56B4E9",  # sky blue
    2: "#0072B2",  # blue
}
NOT_ASSESSED: Final = "#FFFFFF"
EMOTION_LABELS: Final = {  # marked for the exports' catalogue (models.i18n): translate on use
    -2: N_("Very negative"),
    -1: N_("Negative"),
    0: N_("Neutral"),
    1: N_("Positive"),
    2: N_("Very positive"),
}

# Priorities of actions (the same in the editor, the poster and the Excel list). Strong:
# Okabe–Ito hues darkened so white text on them keeps a contrast of 7:1 (the matrix on the
# projector writes on them: tests/models/test_room_colours.py). Tints: light
# fills that keep black text readable and differ in lightness as well as hue, so they stay
# apart in greyscale print. Every use also writes the priority's name.
PRIORITY_STRONG: Final = {
    Priority.QUICK_WIN: "#00604B",
    Priority.BIG_BET: "#005B8F",
    Priority.FILL_IN: "#725000",
    Priority.TIME_SINK: "#943D00",
    Priority.UNRATED: "#4A545D",
}
PRIORITY_TINTS: Final = {
    Priority.QUICK_WIN: "#CDEBD5",
    Priority.BIG_BET: "#CFE0F3",
    Priority.FILL_IN: "#FCEFC7",
    Priority.TIME_SINK: "#F6D5D3",
    Priority.UNRATED: "#E6E6E6",
}

# Subway-line colours for lines without a colour of their own: the Okabe–Ito palette (blue,
# vermillion, bluish green, black, sky blue, reddish purple), the light hues darkened so that a
# track keeps 3:1 against the room's phase tints on a projector, and ordered so that the first lines
# of a map stay furthest apart for deuteranopia and protanopia (tests/models/test_room_colours.py
# measures CIEDE2000 between the simulated colours). Orange and yellow are left out: they
# merge with vermillion and green for those viewers and fade on a projector.
LINE_COLORS: Final = ("#0072B2", "#D15C00", "#009069", "#000000", "#4085AC", "#AF6890")
BACKSTAGE_LINE_COLORS: Final = ("#6E7F80", "#987A4E", "#5C6BC0", "#5E4B3C")

# The tints offered for a phase's own colour (the properties panel's swatches).
PHASE_SWATCHES: Final = (
    "#E3EEFB",
    "#E4F3E8",
    "#FFF4D6",
    "#FCE4EC",
    "#EFE6F7",
    "#DFF4F6",
    "#FBE7E0",
    "#ECEFF1",
)

# The name of each colour the window offers (the line and phase swatches, a persona's first
# colour), marked for translation: the window names a colour by these, never by its code. A
# colour that is none of them is a custom colour.
COLOR_NAMES: Final = {
    "#0072B2": N_("Blue"),
    "#D15C00": N_("Vermilion"),
    "#009069": N_("Bluish green"),
    "#000000": N_("Black"),
    "#4085AC": N_("Sky blue"),
    "#AF6890": N_("Reddish purple"),
    "#6E7F80": N_("Slate grey"),
    "#987A4E": N_("Bronze"),
    "#5C6BC0": N_("Indigo"),
    "#5E4B3C": N_("Dark brown"),
    "#E3EEFB": N_("Pale blue"),
    "#E4F3E8": N_("Pale green"),
    "#FFF4D6": N_("Pale yellow"),
    "#FCE4EC": N_("Pale pink"),
    "#EFE6F7": N_("Pale lavender"),
    "#DFF4F6": N_("Pale turquoise"),
    "#FBE7E0": N_("Pale peach"),
    "#ECEFF1": N_("Pale grey"),
    "#4C72B0": N_("Steel blue"),
}


def color_name(color: str | None) -> str | None:
    """The (untranslated) name of one of the window's colours; None for any other colour."""
    return COLOR_NAMES.get(color.upper()) if color else None


# Phase band tints for phases without a colour of their own, alternating so neighbours part.
PHASE_TINTS: Final = ("#F3F6FA", "#EAF0F7")
PHASE_HEADER: Final = ("#DCE6F2", "#D2DEEE")

# Text on paper and on the light fills of the map and its pages (phase tints, need notes, the
# summary's cards) keeps at least 7:1 (WCAG AAA): tests/exporters/test_summary_contrast.py
# measures every text of the summary page against what it stands on.
LEAST_CONTRAST: Final = 7.0
INK: Final = "#1F2933"  # body text
MUTED: Final = "#434E58"  # secondary text (8.5:1 on paper, 7.4:1 on the darker phase tint)
RULE: Final = "#C5CDD6"  # hairlines
PAPER: Final = "#FFFFFF"
NEED_CARD: Final = "#FFF8E1"
NEED_CARD_EDGE: Final = "#E8D9A8"
PAIN: Final = "#C8501E"  # the pain points' marks (a fill, not a text colour: 4.3:1)
PAIN_INK: Final = "#8F3200"  # pain points' text and counts (8:1 on paper, 7.4:1 on a tint)
IDEA_BADGE: Final = "#005A46"  # the ideas mark: a dark green square, white count (8:1)
MOMENT_OF_TRUTH: Final = "#B8860B"
OWNER_BADGE: Final = "#37474F"
VISIBILITY_LINE: Final = "#7B8794"
WHITE: Final = "#FFFFFF"  # the halo around a marker, the edge and the text of its badges
MOMENT_OF_TRUTH_FILL: Final = "#FFF4D6"  # inside the gold ring of a moment of truth
# The area between the emotion curve and zero: the positive hue above, the negative below
# (colour, alpha 0..255).
CURVE_ABOVE_TINT: Final = ("#56B4E9", 40)
CURVE_BELOW_TINT: Final = ("#E69F00", 46)

# The room: colours of the presentation (the projector theme and the room layout). A projector
# washes pale fills out and greys text, so every text here is at least 7:1 against what it
# stands on (WCAG AAA) and every fill stays clearly apart from the paper (CIEDE2000 >= 5);
# tests/models/test_room_colours.py measures both for every pair listed in ROOM_TEXT_ON.
ROOM_INK: Final = "#000000"
ROOM_MUTED: Final = "#2F3A44"
ROOM_PAPER: Final = "#FFFFFF"
ROOM_RULE: Final = "#8A96A3"
ROOM_ACCENT: Final = "#1D4ED8"
ROOM_PHASE_TINTS: Final = ("#E3EAF3", "#D5E0EE")
ROOM_PHASE_HEADER: Final = ("#C4D3E6", "#B6C9E1")
ROOM_CURRENT: Final = "#0B2E59"  # the current phase's tab and frame (white text on it)
ROOM_ON_CURRENT: Final = "#FFFFFF"
ROOM_NEED_CARD: Final = "#FFE6A0"
ROOM_NEED_EDGE: Final = "#8A6100"
ROOM_PAIN_CARD: Final = "#FFD0BD"
ROOM_PAIN_EDGE: Final = "#A33A00"
ROOM_IDEA_CARD: Final = "#CDEBD5"
ROOM_IDEA_EDGE: Final = "#00745A"
ROOM_BADGE: Final = "#37474F"  # owner badges (white text)
ROOM_PAIN_BADGE: Final = "#8F3200"  # the pain-point count (white text)
ROOM_HUD: Final = "#0F1114"  # the caption at the bottom of the screen (white text)
# A line's track beyond its stations: in the line's own colour (3:1 at least on the bands,
# WCAG's contrast for graphics, where a pale tint of it vanished on a projector), thinner.
ROOM_FAINT_TRACK_ALPHA: Final = 255  # 0..255
ROOM_FAINT_TRACK_WIDTH: Final = 4.0  # the strong track is 11
# (what, text colour, the colour it stands on): every text the room sees.
ROOM_TEXT_ON: Final = (
    ("station title", ROOM_INK, ROOM_PHASE_TINTS[0]),
    ("station title", ROOM_INK, ROOM_PHASE_TINTS[1]),
    ("owner", ROOM_MUTED, ROOM_PHASE_TINTS[0]),
    ("owner", ROOM_MUTED, ROOM_PHASE_TINTS[1]),
    ("phase name", ROOM_INK, ROOM_PHASE_HEADER[0]),
    ("phase name", ROOM_INK, ROOM_PHASE_HEADER[1]),
    ("current phase name", ROOM_ON_CURRENT, ROOM_CURRENT),
    ("line name", ROOM_INK, ROOM_PAPER),
    ("need", ROOM_INK, ROOM_NEED_CARD),
    ("pain point", ROOM_INK, ROOM_PAIN_CARD),
    ("idea", ROOM_INK, ROOM_IDEA_CARD),
    ("owner badge", "#FFFFFF", ROOM_BADGE),
    ("pain-point count", "#FFFFFF", ROOM_PAIN_BADGE),
    ("not assessed", ROOM_MUTED, NOT_ASSESSED),
    ("emotion label", ROOM_MUTED, ROOM_PAPER),
    ("caption", "#FFFFFF", ROOM_HUD),
    ("spotlight", ROOM_INK, ROOM_PAPER),
)
# The effort/value matrix (in its dock and full screen on the projector, F6): the colours its
# texts are written in and on, and every such pair, held to 7:1 like the room's.
MATRIX_INK: Final = INK
MATRIX_MUTED: Final = ROOM_MUTED  # axis words, a done or dropped card's title, the tray's hint
MATRIX_PAPER: Final = "#FFFFFF"  # around the grid, and an open card
MATRIX_DONE_CARD: Final = "#F4F6F8"  # a done or dropped card
MATRIX_TEXT_ON: Final = (
    ("matrix card title", MATRIX_INK, MATRIX_PAPER),
    ("matrix done card title", MATRIX_MUTED, MATRIX_DONE_CARD),
    ("matrix axis number and effort word", MATRIX_INK, MATRIX_PAPER),
    ("matrix value word", MATRIX_MUTED, MATRIX_PAPER),
    ("matrix tray", MATRIX_INK, PRIORITY_TINTS[Priority.UNRATED]),
    ("matrix tray hint", MATRIX_MUTED, PRIORITY_TINTS[Priority.UNRATED]),
    *((f"matrix band and count: {p.value}", "#FFFFFF", c) for p, c in PRIORITY_STRONG.items()),
    *((f"matrix more chip: {p.value}", MATRIX_INK, t) for p, t in PRIORITY_TINTS.items()),
)
# Fills the room must still see on a projector (what, fill).
ROOM_FILLS: Final = (
    ("phase tint", ROOM_PHASE_TINTS[0]),
    ("phase tint", ROOM_PHASE_TINTS[1]),
    ("phase header", ROOM_PHASE_HEADER[0]),
    ("phase header", ROOM_PHASE_HEADER[1]),
    ("need note", ROOM_NEED_CARD),
    ("pain-point note", ROOM_PAIN_CARD),
    ("idea note", ROOM_IDEA_CARD),
)

# Type scale in map units (1 unit = 1 px at 100 % zoom = 1 pt on an unscaled poster).
PHASE_TITLE_SIZE: Final = 20.0
LINE_TITLE_SIZE: Final = 15.0
STATION_TITLE_SIZE: Final = 14.0
NEED_SIZE: Final = 11.0
BADGE_SIZE: Final = 9.5
CURVE_LABEL_SIZE: Final = 11.0


def solid(color: str | None, fallback: str) -> str:
    """``color`` if it is well formed ("#RRGGBB"), otherwise ``fallback`` (a theme colour).

    Files are checked when they are opened; painters use this as well, so that a colour that
    is not "#RRGGBB" can never reach an export's markup (defence in depth).
    """
    if isinstance(color, str) and re.fullmatch(rules.COLOR_PATTERN, color):
        return color
    return fallback


def line_color(index: int, kind: str, own: str | None) -> str:
    palette = BACKSTAGE_LINE_COLORS if kind == "backstage" else LINE_COLORS
    return solid(own, palette[index % len(palette)])


def phase_tint(index: int, own: str | None) -> str:
    return solid(own, PHASE_TINTS[index % len(PHASE_TINTS)])


def phase_header(index: int, own: str | None) -> str:
    return solid(own, PHASE_HEADER[index % len(PHASE_HEADER)])


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
    need_card: str = NEED_CARD  # a need's note and its edge
    need_edge: str = NEED_CARD_EDGE
    pain_card: str = ROOM_PAIN_CARD  # a pain point's note and its edge
    pain_edge: str = ROOM_PAIN_EDGE
    pain_badge: str = PAIN  # the pain-point count (white text)
    faint_track_width: float | None = None  # the track beyond the stations (None: as strong)

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

PROJECTOR: Final = Theme(  # the room's colours (ROOM_* above), measured by the tests
    name="projector",
    ink=ROOM_INK,
    muted=ROOM_MUTED,
    background=ROOM_PAPER,
    paper=ROOM_PAPER,
    rule=ROOM_RULE,
    accent=ROOM_ACCENT,
    track_width=11.0,
    faint_track_alpha=ROOM_FAINT_TRACK_ALPHA,
    ring_width=5.5,
    header_darken=100,
    tint_darken=100,
    curve_width=4.5,
    need_card=ROOM_NEED_CARD,
    need_edge=ROOM_NEED_EDGE,
    pain_card=ROOM_PAIN_CARD,
    pain_edge=ROOM_PAIN_EDGE,
    pain_badge=ROOM_PAIN_BADGE,
    faint_track_width=ROOM_FAINT_TRACK_WIDTH,
)
