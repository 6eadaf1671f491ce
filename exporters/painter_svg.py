"""The painter primitives as SVG elements, written by hand as escaped XML.

Why not ``reportlab.graphics.renderSVG``: it would mean building a second tree of reportlab
shapes only to serialise it, and it gives no control over the text. Written directly, each
primitive is one element in map units (1 unit = 1 px), text stays real ``<text>`` (searchable
and editable on a slide), every user string goes through ``xml.sax.saxutils.escape`` after
:func:`~exporters.fonts.clean` has removed what XML cannot carry, and the file stays small.

The SVG names DejaVu Sans and does not embed it. Where a slide program substitutes another
font, ``textLength`` holds each map line to the width the layout measured, so no text runs
out of its box whatever font is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from exporters.fonts import FontSet, clean
from exporters.marks import Piece, Point
from models import style

__all__ = ["SvgPainter"]

FONT_FAMILY = "'DejaVu Sans', 'Verdana', 'Noto Sans', sans-serif"


def _n(v: float) -> str:
    """A coordinate, short: 12.5, 3, -0.25."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _c(color: str) -> str:
    """A colour as a quoted attribute value: only "#RRGGBB" (anything else becomes the theme's
    ink), escaped all the same, so nothing from a file can close the attribute."""
    return quoteattr(style.solid(color, style.INK))


def _paint(fill: str | None, stroke: str | None, width: float) -> str:
    out = f" fill={_c(fill)}" if fill else ' fill="none"'
    if stroke:
        out += f' stroke={_c(stroke)} stroke-width="{_n(width)}"'
    return out


class SvgPainter:
    """Collects SVG elements; :meth:`document` wraps them into a whole file."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.parts: list[str] = []

    def document(self, width: float, height: float, title: str) -> str:
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}" height="{_n(height)}"'
            f' viewBox="0 0 {_n(width)} {_n(height)}" font-family={quoteattr(FONT_FAMILY)}>\n'
            f"<title>{escape(clean(title))}</title>\n"
        )
        return head + "\n".join(self.parts) + "\n</svg>\n"

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        if fill is None and stroke is None:
            return
        rx = f' rx="{_n(radius)}"' if radius > 0 else ""
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}"{rx}'
            f"{_paint(fill, stroke, width)}/>"
        )

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        if fill is None and stroke is None:
            return
        self.parts.append(
            f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}"{_paint(fill, stroke, width)}/>'
        )

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        *,
        color: str,
        width: float = 1.0,
        dash: tuple[float, float] | None = None,
        round_cap: bool = False,
    ) -> None:
        extra = f' stroke-dasharray="{_n(dash[0])} {_n(dash[1])}"' if dash else ""
        if round_cap:
            extra += ' stroke-linecap="round"'
        self.parts.append(
            f'<line x1="{_n(x0)}" y1="{_n(y0)}" x2="{_n(x1)}" y2="{_n(y1)}" stroke={_c(color)}'
            f' stroke-width="{_n(width)}"{extra}/>'
        )

    def polyline(self, points: Sequence[Point], *, color: str, width: float = 1.0) -> None:
        pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self.parts.append(
            f'<polyline points="{pts}" fill="none" stroke={_c(color)} stroke-width="{_n(width)}"'
            ' stroke-linecap="round" stroke-linejoin="round"/>'
        )

    def cubic(
        self, start: Point, pieces: Sequence[Piece], *, color: str, width: float = 1.0
    ) -> None:
        d = [f"M{_n(start[0])} {_n(start[1])}"]
        for (ax, ay), (bx, by), (ex, ey) in pieces:
            d.append(f"C{_n(ax)} {_n(ay)} {_n(bx)} {_n(by)} {_n(ex)} {_n(ey)}")
        self.parts.append(
            f'<path d="{"".join(d)}" fill="none" stroke={_c(color)} stroke-width="{_n(width)}"'
            ' stroke-linecap="round"/>'
        )

    def polygon(
        self,
        points: Sequence[Point],
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        if len(points) < 3 or (fill is None and stroke is None):
            return
        pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        join = ' stroke-linejoin="round"' if stroke else ""
        self.parts.append(f'<polygon points="{pts}"{_paint(fill, stroke, width)}{join}/>')

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        bold: bool = False,
        color: str = style.INK,
        align: str = "left",
        max_width: float | None = None,
    ) -> None:
        if not text:
            return
        line = clean(text)
        runs = self.fonts.runs(line, bold)
        em = sum(r.width for r in runs)
        if max_width is not None and em * size > max_width > 0:
            size = max_width / em
        anchor = {"center": "middle", "right": "end"}.get(align, "start")
        attrs = f'x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" fill={_c(color)}'
        if bold:
            attrs += ' font-weight="bold"'
        if anchor != "start":
            attrs += f" text-anchor={quoteattr(anchor)}"
        bundled = all(r.face in (self.fonts.regular, self.fonts.bold) for r in runs)
        if max_width is not None and bundled:
            attrs += f' textLength="{_n(em * size)}" lengthAdjust="spacingAndGlyphs"'
        if bundled:
            body = escape(line)
        else:  # runs the bundled font lacks: leave them to the viewer's fallback fonts
            body = "".join(
                escape(r.text)
                if r.face in (self.fonts.regular, self.fonts.bold)
                else f'<tspan font-family="sans-serif">{escape(r.text)}</tspan>'
                for r in runs
            )
        self.parts.append(f'<text {attrs} xml:space="preserve">{body}</text>')
