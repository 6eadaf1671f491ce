"""The painter primitives on a Pillow image (PNG for slides).

Pillow draws without antialiasing, so the image is drawn ``ss`` times larger and scaled down
with LANCZOS by the caller. A large map is drawn in horizontal strips (``top`` says where the
strip starts, in pixels of the supersampled map), so memory stays bounded. Strokes are
centred on their path as in PDF and SVG (Pillow strokes inside a shape's box, so boxes grow
by half the stroke). Text is drawn with ``ImageFont.truetype`` of the same font files, placed
by the same advance widths the other backends use.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from PIL import ImageDraw, ImageFont

from exporters.fonts import FontSet, clean
from exporters.marks import Piece, Point
from models import style

__all__ = ["PngPainter"]

_BEZIER_STEPS = 16


@lru_cache(maxsize=64)
def _font(path: str, index: int, px: float) -> Any:
    return ImageFont.truetype(path, size=px, index=index)


def _bezier(p0: Point, p1: Point, p2: Point, p3: Point) -> list[Point]:
    out = []
    for i in range(1, _BEZIER_STEPS + 1):
        t = i / _BEZIER_STEPS
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


class PngPainter:
    """Draws map units on ``image`` at ``k`` pixels per unit, the strip starting at ``top``."""

    def __init__(self, image: Any, fonts: FontSet, k: float, top: float = 0.0) -> None:
        self.draw = ImageDraw.Draw(image)
        self.fonts = fonts
        self.k = k
        self.top = top
        self.height = image.height

    def _visible(self, y0: float, y1: float) -> bool:
        """Whether map rows y0…y1 (units) touch this strip (a cheap cull for big maps)."""
        return y1 * self.k - self.top >= -4 and y0 * self.k - self.top <= self.height + 4

    def _w(self, width: float) -> int:
        return max(1, round(width * self.k))

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
        if (fill is None and stroke is None) or not self._visible(y - width, y + h + width):
            return
        k, grow = self.k, (width / 2 if stroke else 0.0)
        box = (
            (x - grow) * k,
            (y - grow) * k - self.top,
            (x + w + grow) * k,
            (y + h + grow) * k - self.top,
        )
        if box[2] - box[0] < 1 or box[3] - box[1] < 1:
            return
        outline, line_w = (stroke, self._w(width)) if stroke else (None, 0)
        if radius > 0:
            self.draw.rounded_rectangle(
                box, radius=(radius + grow) * k, fill=fill, outline=outline, width=line_w
            )
        else:
            self.draw.rectangle(box, fill=fill, outline=outline, width=line_w)

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
        if (fill is None and stroke is None) or not self._visible(cy - r - width, cy + r + width):
            return
        k = self.k
        rr = (r + (width / 2 if stroke else 0.0)) * k
        x, y = cx * k, cy * k - self.top
        outline, line_w = (stroke, self._w(width)) if stroke else (None, 0)
        self.draw.ellipse(
            (x - rr, y - rr, x + rr, y + rr), fill=fill, outline=outline, width=line_w
        )

    def _caps(self, points: Sequence[Point], color: str, width: float) -> None:
        r = width * self.k / 2
        if r < 1:
            return
        for x, y in (points[0], points[-1]):
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=color)

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
        if not self._visible(min(y0, y1) - width, max(y0, y1) + width):
            return
        k, top = self.k, self.top
        a, b = (x0 * k, y0 * k - top), (x1 * k, y1 * k - top)
        w = self._w(width)
        if dash is None:
            self.draw.line((a, b), fill=color, width=w)
            if round_cap:
                self._caps((a, b), color, width)
            return
        length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
        on, off = dash[0] * k, dash[1] * k
        pos = 0.0
        while pos < length:
            end = min(pos + on, length)
            t0, t1 = pos / length, end / length
            self.draw.line(
                (
                    (a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0),
                    (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1),
                ),
                fill=color,
                width=w,
            )
            pos = end + off

    def polyline(self, points: Sequence[Point], *, color: str, width: float = 1.0) -> None:
        if len(points) < 2:
            return
        k, top = self.k, self.top
        pts = [(x * k, y * k - top) for x, y in points]
        self.draw.line(pts, fill=color, width=self._w(width), joint="curve")
        self._caps(pts, color, width)

    def cubic(
        self, start: Point, pieces: Sequence[Piece], *, color: str, width: float = 1.0
    ) -> None:
        pts = [start]
        for c1, c2, end in pieces:
            pts += _bezier(pts[-1], c1, c2, end)
        self.polyline(pts, color=color, width=width)

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
        ys = [y for _, y in points]
        if not self._visible(min(ys) - width, max(ys) + width):
            return
        k, top = self.k, self.top
        pts = [(x * k, y * k - top) for x, y in points]
        if fill is not None:
            self.draw.polygon(pts, fill=fill)
        if stroke is not None:
            self.draw.line([*pts, pts[0]], fill=stroke, width=self._w(width), joint="curve")

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
        if not text or not self._visible(y - size * 1.2, y + size * 0.4):
            return
        runs = self.fonts.runs(clean(text), bold)
        em = sum(r.width for r in runs)
        if max_width is not None and em * size > max_width > 0:
            size = max_width / em
        if align == "center":
            x -= em * size / 2
        elif align == "right":
            x -= em * size
        k = self.k
        px = round(size * k * 4) / 4  # a few cached sizes rather than one per string
        if px < 1:
            return
        X, Y = x * k, y * k - self.top
        for run in runs:
            font = _font(str(run.face.path), run.face.index, px)
            self.draw.text((X, Y), run.text, font=font, fill=color, anchor="ls")
            X += run.width * size * k
