"""The painter primitives on a reportlab canvas (the PDF poster and its pages).

Map units are turned into page points here, in Python: ``X = ox + x·s``, ``Y = oy − y·s``,
so that text stays upright without a flipped text matrix per string.

Shapes and strings are written as PDF operators through ``canvas.addLiteral`` (reportlab's
public door for content-stream operators), with numbers formatted by Python's own float
formatting. Profiling the 800-station poster showed reportlab's pure-Python helpers (its C
accelerator is not installed) taking most of the time: ``fp_str`` for every number of every
``rect``/``circle``/``line``, ``escapePDF`` and the text-object set-up of every
``drawString``. A circle is four Bézier curves either way and a string is the same ``Tf``/
``Tj`` pair, so the PDF is the same, only written faster. Strings follow reportlab's own
documented recipe for its subset TrueType fonts (``splitString``/``getSubsetInternalName``),
so the bundled TTF (and a fallback font for what it lacks) is embedded as usual, and they
are escaped bytes in a PDF string: text, never markup. Colour, width, dash and cap are only
set when they change.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, Final

from reportlab.pdfbase import pdfdoc, pdfmetrics

from exporters.fonts import FontSet, clean
from exporters.marks import Piece, Point
from models import style

__all__ = ["PdfPainter", "end_form"]

KAPPA: Final = 0.5522847498  # a quarter circle as one cubic Bézier
# Bytes in a PDF string: printable ASCII as is, the three delimiters and the rest escaped.
_ESCAPE: Final = {b: f"\\{b:03o}" for b in range(256) if not 32 <= b < 127} | {
    ord("\\"): "\\\\",
    ord("("): "\\(",
    ord(")"): "\\)",
}


# Each text as it goes into one document's content streams: reportlab assigns a character its
# subset code the first time the document draws it and keeps it, so a string drawn again (a
# label, a field name, a word on every page) is measured and encoded once per document:
# (the fonts it was split with, its advance at 1 pt, its (font resource, escaped) pieces).
_Shown = tuple[FontSet, float, tuple[tuple[str, str], ...]]
_SHOWN: weakref.WeakKeyDictionary[Any, dict[tuple[str, bool], _Shown]] = weakref.WeakKeyDictionary()


@lru_cache(maxsize=256)
def _color_ops(color: str) -> tuple[str, str]:
    color = style.solid(color, style.INK)  # only "#RRGGBB" reaches the page
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    rgb = f"{r:.4g} {g:.4g} {b:.4g}"
    return f"{rgb} rg", f"{rgb} RG"


def _n(v: float) -> str:
    """A coordinate to 0.01, without trailing zeros ("13", "2.5", "-0.25")."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@lru_cache(maxsize=256)
def _circle(r: float) -> str:
    """A circle of radius ``r`` around the origin (four Béziers), closed."""
    k = r * KAPPA
    return (
        f"{_n(r)} 0 m {_n(r)} {_n(k)} {_n(k)} {_n(r)} 0 {_n(r)} c "
        f"{_n(-k)} {_n(r)} {_n(-r)} {_n(k)} {_n(-r)} 0 c "
        f"{_n(-r)} {_n(-k)} {_n(-k)} {_n(-r)} 0 {_n(-r)} c "
        f"{_n(k)} {_n(-r)} {_n(r)} {_n(-k)} {_n(r)} 0 c h"
    )


@lru_cache(maxsize=4096)
def _round_rect(w: float, h: float, r: float) -> str:
    """A ``w`` × ``h`` rectangle with corners of radius ``r``, its lower left at the origin."""
    t = r * (1 - KAPPA)
    return (
        f"{_n(r)} 0 m {_n(w - r)} 0 l "
        f"{_n(w - t)} 0 {_n(w)} {_n(t)} {_n(w)} {_n(r)} c "
        f"{_n(w)} {_n(h - r)} l "
        f"{_n(w)} {_n(h - t)} {_n(w - t)} {_n(h)} {_n(w - r)} {_n(h)} c "
        f"{_n(r)} {_n(h)} l "
        f"{_n(t)} {_n(h)} 0 {_n(h - t)} 0 {_n(h - r)} c "
        f"0 {_n(r)} l "
        f"0 {_n(t)} {_n(t)} 0 {_n(r)} 0 c h"
    )


def _nowhere(ops: str) -> None:
    raise RuntimeError("This painter has no canvas to draw on.")


def end_form(canvas: Any, name: str) -> None:
    """``canvas.endForm()`` for the form ``name``, its operators stored as ASCII bytes.

    reportlab encodes a form's operators with its PDFDocEncoding codec, a per-character
    mapping (half a second for the 26 MB map form of an 8,000-station journey). Every operator
    a PdfPainter writes is ASCII (strings go in as escaped bytes), and for ASCII that codec
    gives the very same bytes, so they are made by str.encode; anything else goes the
    codec's way as before.
    """
    code = canvas._code
    canvas._code = []
    canvas.endForm()
    form = canvas._doc.idToObject[pdfdoc.xObjectName(name)]
    text = "\n".join([canvas._preamble, *code])
    try:
        form.stream = text.encode("ascii")
    except UnicodeEncodeError:
        form.stream = pdfdoc.pdfdocEnc(text)


def _paint_op(fill: bool, stroke: bool) -> str:
    return "B" if fill and stroke else ("f" if fill else "S")


class PdfPainter:
    """Draws map units on ``canvas`` at scale ``s`` with the map's top-left at (ox, oy)."""

    def __init__(
        self, canvas: Any, fonts: FontSet, ox: float = 0.0, oy: float = 0.0, s: float = 1.0
    ) -> None:
        self.canvas = canvas
        self.fonts = fonts
        self.ox, self.oy, self.s = ox, oy, s
        self._texts: dict[tuple[str, bool], _Shown] | None = None  # this document's, on first use
        # The door for operators, looked up once (a map writes some 700,000).
        self._emit: Callable[[str], None] = canvas.addLiteral if canvas is not None else _nowhere
        self.reset()

    def place(self, ox: float, oy: float, s: float) -> None:
        """Draw from now on with the map's top-left at page point (ox, oy), scaled by ``s``."""
        self.ox, self.oy, self.s = ox, oy, s

    def reset(self) -> None:
        """Forget the graphics state (call after a new page, a form or a restoreState)."""
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width = -1.0
        self._dash: tuple[float, float] | None = None
        self._cap = -1
        self._join = 0
        self._font: tuple[str, str] | None = None  # (font resource, size) of the text state
        self._ttf: dict[str, Any] = {}

    # -- state ----------------------------------------------------------------------------------
    def _set_fill(self, color: str) -> None:
        if color != self._fill:
            self._emit(_color_ops(color)[0])
            self._fill = color

    def _set_stroke(
        self, color: str, width: float, dash: tuple[float, float] | None = None, cap: int = 0
    ) -> None:
        ops = []
        if color != self._stroke:
            ops.append(_color_ops(color)[1])
            self._stroke = color
        w = width * self.s
        if w != self._width:
            ops.append(f"{w:.3f} w")
            self._width = w
        if dash != self._dash:
            s = self.s
            ops.append("[] 0 d" if dash is None else f"[{dash[0] * s:.3f} {dash[1] * s:.3f}] 0 d")
            self._dash = dash
        if cap != self._cap:
            ops.append(f"{cap} J")
            self._cap = cap
        if ops:
            self._emit(" ".join(ops))

    def _paint(self, fill: str | None, stroke: str | None, width: float) -> str | None:
        """Set what a closed shape needs; its painting operator (None: nothing to paint)."""
        if fill is None and stroke is None:
            return None
        if fill is not None:
            self._set_fill(fill)
        if stroke is not None:
            self._set_stroke(stroke, width)
        return _paint_op(fill is not None, stroke is not None)

    def _set_join(self, join: int) -> str:
        if join == self._join:
            return ""
        self._join = join
        return f"{join} j "

    # -- primitives -----------------------------------------------------------------------------
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
        op = self._paint(fill, stroke, width)
        if op is None:
            return
        s = self.s
        X, Y, W, H = self.ox + x * s, self.oy - (y + h) * s, w * s, h * s
        r = min(radius * s, W / 2, H / 2)
        if r <= 0:
            self._emit(f"{X:.2f} {Y:.2f} {W:.2f} {H:.2f} re {op}")
            return
        # The outline is drawn around the origin and placed by a translation: a map repeats a
        # few sizes of card thousands of times, so each outline is written (and compressed)
        # once as the same bytes.
        outline = _round_rect(round(W, 2), round(H, 2), round(r, 2))
        self._emit(f"q 1 0 0 1 {X:.2f} {Y:.2f} cm {outline} {op} Q")

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
        op = self._paint(fill, stroke, width)
        if op is None:
            return
        s = self.s
        X, Y = self.ox + cx * s, self.oy - cy * s
        self._emit(f"q 1 0 0 1 {X:.2f} {Y:.2f} cm {_circle(round(r * s, 2))} {op} Q")

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
        self._set_stroke(color, width, dash, 1 if round_cap else 0)
        s, ox, oy = self.s, self.ox, self.oy
        self._emit(f"{ox + x0 * s:.2f} {oy - y0 * s:.2f} m {ox + x1 * s:.2f} {oy - y1 * s:.2f} l S")

    def _path(self, points: Sequence[Point]) -> list[str]:
        s, ox, oy = self.s, self.ox, self.oy
        ops = [f"{ox + points[0][0] * s:.2f} {oy - points[0][1] * s:.2f} m"]
        ops += [f"{ox + x * s:.2f} {oy - y * s:.2f} l" for x, y in points[1:]]
        return ops

    def polyline(self, points: Sequence[Point], *, color: str, width: float = 1.0) -> None:
        if len(points) < 2:
            return
        self._set_stroke(color, width, None, 1)
        self._emit(self._set_join(1) + " ".join(self._path(points)) + " S")

    def cubic(
        self, start: Point, pieces: Sequence[Piece], *, color: str, width: float = 1.0
    ) -> None:
        self._set_stroke(color, width, None, 1)
        s, ox, oy = self.s, self.ox, self.oy
        ops = [self._set_join(1) + f"{ox + start[0] * s:.2f} {oy - start[1] * s:.2f} m"]
        for (ax, ay), (bx, by), (ex, ey) in pieces:
            ops.append(
                f"{ox + ax * s:.2f} {oy - ay * s:.2f} {ox + bx * s:.2f} {oy - by * s:.2f} "
                f"{ox + ex * s:.2f} {oy - ey * s:.2f} c"
            )
        self._emit(" ".join(ops) + " S")

    def polygon(
        self,
        points: Sequence[Point],
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        if len(points) < 3:
            return
        op = self._paint(fill, stroke, width)
        if op is None:
            return
        join = self._set_join(1) if stroke is not None else ""
        self._emit(join + " ".join(self._path(points)) + f" h {op}")

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
        shown = self._texts
        if shown is None:
            shown = self._texts = _SHOWN.setdefault(self.canvas._doc, {})
        found = shown.get((text, bold))
        if found is None or found[0] is not self.fonts:
            found = shown[(text, bold)] = self._shown(text, bold, self.canvas._doc)
        _, em, pieces = found
        if max_width is not None and em * size > max_width > 0:
            size = max_width / em  # a fallback font ran wider than the layout measured
        if align == "center":
            x -= em * size / 2
        elif align == "right":
            x -= em * size
        s = self.s
        if color != self._fill:
            self._set_fill(color)
        pt = f"{size * s:.2f}"
        at = f"BT {self.ox + x * s:.2f} {self.oy - y * s:.2f} Td"
        if len(pieces) == 1 and (pieces[0][0], pt) == self._font:  # the usual case
            self._emit(f"{at} ({pieces[0][1]}) Tj ET")
            return
        ops = [at]
        for name, escaped in pieces:
            if (name, pt) != self._font:  # the text state outlives BT/ET: set on change
                self._font = (name, pt)
                ops.append(f"{name} {pt} Tf ({escaped}) Tj")
            else:
                ops.append(f"({escaped}) Tj")
        ops.append("ET")
        self._emit(" ".join(ops))

    def _shown(self, text: str, bold: bool, doc: Any) -> _Shown:
        """``text`` as drawn in ``doc``: its advance at 1 pt and its encoded pieces.

        reportlab's documented recipe for its subset TrueType fonts (pdfbase/ttfonts):
        splitString assigns each character its subset, getSubsetInternalName names the
        subset's font resource; the string goes in as escaped bytes, never markup.
        """
        runs = self.fonts.runs(clean(text), bold)
        pieces: list[tuple[str, str]] = []
        for run in runs:
            font = self._ttf.get(run.face.name)
            if font is None:
                font = self._ttf[run.face.name] = pdfmetrics.getFont(run.face.name)
            for subset, chunk in font.splitString(run.text, doc):
                escaped = chunk.decode("latin-1").translate(_ESCAPE)
                pieces.append((font.getSubsetInternalName(subset, doc), escaped))
        return self.fonts, sum(r.width for r in runs), tuple(pieces)
