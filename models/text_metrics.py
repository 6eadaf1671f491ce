"""Text widths from the bundled font's own metrics, without Qt.

The map's layout is computed once for both painters (the Qt canvas and the PDF poster), so
it measures text with the advance widths of the same TTF both of them draw with. Wrapping
and shortening happen here, once: the painters draw the lines they are given.

Both painters draw what DejaVu Sans lacks of the emoji a user types with the bundled Noto
Emoji (:data:`EMOJI`: the canvas through Qt's emoji fallback, the exports through
``exporters.fonts``), so the layout measures those characters with its widths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase.ttfonts import TTFontFile

from models.resources import resource

REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"
EMOJI = "NotoEmoji-Regular.ttf"  # monochrome emoji, for what DejaVu Sans lacks
EMOJI_FAMILY = "Noto Emoji"
ELLIPSIS = "…"


@dataclass(frozen=True)
class FontMetrics:
    widths: dict[int, float]  # the font's own: code point -> advance in 1/1000 em
    default_width: float
    ascent: float  # 1/1000 em
    descent: float  # 1/1000 em, negative
    # What text is measured with: the font's own widths, and the bundled emoji font's for the
    # characters the font lacks (the painters draw those with it).
    measured: dict[int, float] = field(default_factory=dict, repr=False)

    def has(self, char: str) -> bool:
        return ord(char) in self.widths

    def width(self, text: str, size: float) -> float:
        get = (self.measured or self.widths).get
        default = self.default_width
        return sum(get(ord(c), default) for c in text) * size / 1000.0


@lru_cache(maxsize=1)
def emoji_widths() -> dict[int, float]:
    """The bundled emoji font's advance widths (code point -> 1/1000 em)."""
    return dict(TTFontFile(str(resource("fonts", EMOJI))).charWidths)


@lru_cache(maxsize=2)
def metrics(bold: bool = False) -> FontMetrics:
    ttf = TTFontFile(str(resource("fonts", BOLD if bold else REGULAR)))
    own = dict(ttf.charWidths)
    measured = {**emoji_widths(), **own}
    return FontMetrics(own, float(ttf.defaultWidth), ttf.ascent, ttf.descent, measured)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return metrics(bold).width(text, size)


def missing_characters(text: str) -> set[str]:
    """Characters the bundled fonts cannot draw (line breaks and spaces aside)."""
    font = metrics(False)
    return {c for c in text if not c.isspace() and ord(c) not in font.measured}


def shorten(text: str, width: float, size: float, bold: bool = False) -> str:
    """The text, cut with an ellipsis so that it fits ``width``."""
    font = metrics(bold)
    if font.width(text, size) <= width:
        return text
    budget = width - font.width(ELLIPSIS, size)
    out = []
    used = 0.0
    for c in text:
        w = font.width(c, size)
        if used + w > budget:
            break
        out.append(c)
        used += w
    return "".join(out).rstrip() + ELLIPSIS


def wrap(text: str, width: float, size: float, max_lines: int, bold: bool = False) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, the last shortened with an ellipsis.

    User line breaks are kept; a word wider than the line is broken between characters.
    """
    font = metrics(bold)
    space = font.width(" ", size)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        current_w = 0.0
        for word in paragraph.split():
            w = font.width(word, size)
            if current and current_w + space + w <= width:
                current += " " + word
                current_w += space + w
                continue
            if current:
                lines.append(current)
            while w > width:  # break an over-long word
                head, rest = _fit_chars(word, width, size, font)
                lines.append(head)
                word = rest
                w = font.width(word, size)
            current, current_w = word, w
        lines.append(current)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = shorten(kept[-1] + ELLIPSIS, width, size, bold)
        return kept
    return lines


def _fit_chars(word: str, width: float, size: float, font: FontMetrics) -> tuple[str, str]:
    used = 0.0
    for i, c in enumerate(word):
        used += font.width(c, size)
        if used > width:
            cut = max(i, 1)
            return word[:cut], word[cut:]
    return word, ""
