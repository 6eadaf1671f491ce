"""PDF poster: the map page of an 800-station journey against reportlab's own floor.

What is timed:

- **poster page** (gated): ``compute_layout`` of the journey, the map drawn once by the
  shared map painter into a PDF form, then the poster page (title block, the map placed in
  its bands, legend) on a reportlab canvas, saved to memory. This is the map page of the
  export: everything but the other pages and the file.
- **floor**: a loop of raw reportlab canvas calls (``rect``, ``roundRect``, ``circle``,
  ``line``, paths, ``drawString``) drawing exactly the same primitives as the poster page
  (the map once, the title block, the legend), recorded once in page points: the same
  number of shapes and strings at the same places and sizes, the same strings in the same
  embedded TTF, a colour, width or font set only when it changes (as any sensible direct
  drawing would), then saved to memory with the same stream encoding. No layout, no
  painter, no text runs.
- **whole PDF** (reported, and held to the same 2 s): ``export_poster`` end to end, with the
  action list and the station details pages, written atomically to disk.
- **whole floor**: every primitive of the whole PDF (recorded from one export, page by page,
  in page points), drawn again by raw reportlab canvas calls as the floor above does, one
  page after another, saved to memory: the same shapes and strings on the same number of
  pages, without layout, flowing of the report, painter or form (the map is drawn once, on
  the poster's page).

Each runs once untimed to warm up, then five times interleaved; medians are compared. Both
wall-clock and CPU time of this process are shown; the gates use CPU time, because on a
shared machine the wall clock also counts whatever else runs (on an idle machine the two
agree within a few per cent). PASS needs poster page ≤ 1.5 × floor and ≤ 2 s, and the whole
PDF ≤ 2 s.

At ``--stations 8000`` (issue 15) the limit is 5 s for the poster page and the whole PDF;
the ratio to the floor stays as it is at 800.

Usage::

    python bench/bench_poster.py [--stations N] [--runs N]     # exits 1 on FAIL
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import generate  # noqa: E402  (bench/generate.py: a script's folder is first on sys.path)
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from exporters import fonts as fonts_module  # noqa: E402
from exporters import painter_poster as poster  # noqa: E402
from exporters import poster_pdf  # noqa: E402
from exporters.fonts import FontSet, clean  # noqa: E402
from exporters.painter import paint_map  # noqa: E402
from exporters.painter_pdf import PdfPainter  # noqa: E402
from models import interchange, transfer  # noqa: E402
from models.document import Document  # noqa: E402
from models.layout import LayoutOptions, compute_layout  # noqa: E402

BUDGET = 1.5
LIMIT_S = 2.0
RUNS = 5
STATIONS = 800


class Recorder(PdfPainter):
    """The export's PDF painter, recording each primitive in page points instead of drawing.

    The floor replays the records with reportlab's own canvas calls.
    """

    def __init__(self, fonts: FontSet) -> None:
        super().__init__(None, fonts)
        self.ops: list[tuple[Any, ...]] = []

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + x * self.s, self.oy - y * self.s

    def rect(self, x, y, w, h, *, fill=None, stroke=None, width=1.0, radius=0.0) -> None:
        X, Y = self._xy(x, y + h)
        s = self.s
        self.ops.append(("rect", X, Y, w * s, h * s, fill, stroke, width * s, radius * s))

    def circle(self, cx, cy, r, *, fill=None, stroke=None, width=1.0) -> None:
        self.ops.append(("circle", *self._xy(cx, cy), r * self.s, fill, stroke, width * self.s))

    def line(self, x0, y0, x1, y1, *, color, width=1.0, dash=None, round_cap=False) -> None:
        d = None if dash is None else (dash[0] * self.s, dash[1] * self.s)
        self.ops.append(
            ("line", *self._xy(x0, y0), *self._xy(x1, y1), color, width * self.s, d, round_cap)
        )

    def polyline(self, points, *, color, width=1.0) -> None:
        pts = [self._xy(x, y) for x, y in points]
        self.ops.append(("path", pts, [], False, None, color, width * self.s))

    def polygon(self, points, *, fill=None, stroke=None, width=1.0) -> None:
        pts = [self._xy(x, y) for x, y in points]
        self.ops.append(("path", pts, [], True, fill, stroke, width * self.s))

    def cubic(self, start, pieces, *, color, width=1.0) -> None:
        curves = [(*self._xy(*a), *self._xy(*b), *self._xy(*e)) for a, b, e in pieces]
        self.ops.append(("path", [self._xy(*start)], curves, False, None, color, width * self.s))

    def text(
        self, x, y, text, *, size, bold=False, color="#000000", align="left", max_width=None
    ) -> None:
        # The same placement as PdfPainter.text, recorded run by run.
        runs = self.fonts.runs(clean(text), bold)
        em = sum(r.width for r in runs)
        if max_width is not None and em * size > max_width > 0:
            size = max_width / em
        if align == "center":
            x -= em * size / 2
        elif align == "right":
            x -= em * size
        X, Y = self._xy(x, y)
        for run in runs:
            self.ops.append(("text", X, Y, run.face.name, size * self.s, run.text, color))
            X += run.width * size * self.s


def _rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _floor(size: tuple[float, float], ops: list[tuple[Any, ...]]) -> None:
    """Reportlab's canvas drawing the recorded primitives directly; state set on change.
    A ("page", size) record ends a page of that size (the whole PDF's floor)."""
    canvas = Canvas(
        io.BytesIO(), pagesize=size, pageCompression=1, initialFontName=fonts_module.REGULAR
    )
    state: dict[str, Any] = {}

    def fill(color: str | None) -> None:
        if color is not None and state.get("fill") != color:
            canvas.setFillColorRGB(*_rgb(color))
            state["fill"] = color

    def stroke(color: str | None, width: float, dash: Any = None, cap: int = 0) -> None:
        if color is None:
            return
        if state.get("stroke") != color:
            canvas.setStrokeColorRGB(*_rgb(color))
            state["stroke"] = color
        if state.get("width") != width:
            canvas.setLineWidth(width)
            state["width"] = width
        if state.get("dash") != dash:
            canvas.setDash(list(dash) if dash else [])
            state["dash"] = dash
        if state.get("cap") != cap:
            canvas.setLineCap(cap)
            state["cap"] = cap

    for op in ops:
        kind = op[0]
        if kind == "page":
            canvas.setPageSize(op[1])
            canvas.showPage()
            state.clear()  # a new page starts from the default graphics state
        elif kind == "rect":
            _, x, y, w, h, f, s, lw, r = op
            fill(f)
            stroke(s, lw)
            if r > 0:
                canvas.roundRect(x, y, w, h, r, stroke=int(s is not None), fill=int(f is not None))
            else:
                canvas.rect(x, y, w, h, stroke=int(s is not None), fill=int(f is not None))
        elif kind == "circle":
            _, x, y, r, f, s, lw = op
            fill(f)
            stroke(s, lw)
            canvas.circle(x, y, r, stroke=int(s is not None), fill=int(f is not None))
        elif kind == "line":
            _, x0, y0, x1, y1, color, lw, dash, rc = op
            stroke(color, lw, dash, 1 if rc else 0)
            canvas.line(x0, y0, x1, y1)
        elif kind == "path":
            _, pts, curves, closed, f, s, lw = op
            fill(f)
            stroke(s, lw, None, 1)
            path = canvas.beginPath()
            path.moveTo(*pts[0])
            for pt in pts[1:]:
                path.lineTo(*pt)
            for curve in curves:
                path.curveTo(*curve)
            if closed:
                path.close()
            canvas.drawPath(path, stroke=int(s is not None), fill=int(f is not None))
        else:
            _, x, y, font, pt, text, color = op
            fill(color)
            if state.get("font") != (font, pt):
                canvas.setFont(font, pt)
                state["font"] = (font, pt)
            canvas.drawString(x, y, text)
    if not ops or ops[-1][0] != "page":
        canvas.showPage()
    canvas.save()


class _Tap(Recorder):
    """The export's painter, drawing as usual and recording every primitive on ``TAPE``."""

    TAPE: ClassVar[list[tuple[Any, ...]]] = []

    def __init__(
        self, canvas: Any, fonts: FontSet, ox: float = 0.0, oy: float = 0.0, s: float = 1.0
    ) -> None:
        PdfPainter.__init__(self, canvas, fonts, ox, oy, s)
        self.ops = self.TAPE

    def rect(self, *a: Any, **k: Any) -> None:
        Recorder.rect(self, *a, **k)
        PdfPainter.rect(self, *a, **k)

    def circle(self, *a: Any, **k: Any) -> None:
        Recorder.circle(self, *a, **k)
        PdfPainter.circle(self, *a, **k)

    def line(self, *a: Any, **k: Any) -> None:
        Recorder.line(self, *a, **k)
        PdfPainter.line(self, *a, **k)

    def polyline(self, *a: Any, **k: Any) -> None:
        Recorder.polyline(self, *a, **k)
        PdfPainter.polyline(self, *a, **k)

    def polygon(self, *a: Any, **k: Any) -> None:
        Recorder.polygon(self, *a, **k)
        PdfPainter.polygon(self, *a, **k)

    def cubic(self, *a: Any, **k: Any) -> None:
        Recorder.cubic(self, *a, **k)
        PdfPainter.cubic(self, *a, **k)

    def text(self, *a: Any, **k: Any) -> None:
        Recorder.text(self, *a, **k)
        PdfPainter.text(self, *a, **k)


class _TapCanvas(Canvas):
    def showPage(self) -> None:
        _Tap.TAPE.append(("page", self._pagesize))
        super().showPage()


def _record_whole(document: Any, path: Path, journey_id: int) -> list[tuple[Any, ...]]:
    """Every primitive of one whole export, page by page (the export's painter and canvas
    swapped for recording ones for this one export)."""
    _Tap.TAPE = []
    swapped = [(poster_pdf, "PdfPainter"), (poster, "PdfPainter"), (poster_pdf, "Canvas")]
    saved = [getattr(m, n) for m, n in swapped]
    for (m, n), new in zip(swapped, (_Tap, _Tap, _TapCanvas), strict=True):
        setattr(m, n, new)
    try:
        poster_pdf.export_poster(document, path, journey_id=journey_id)
    finally:
        for (m, n), old in zip(swapped, saved, strict=True):
            setattr(m, n, old)
    return _Tap.TAPE


A1 = (max(poster_pdf.PAPER_SIZES["A1"]), min(poster_pdf.PAPER_SIZES["A1"]))


def _poster_page(
    workshop: Any, snap: Any, owners: dict[int, str], fonts: FontSet, canvas: Any
) -> None:
    """The export's own poster page on ``canvas``: the map drawn once into a form, then the
    page with the title block, the map placed in its bands, and the legend."""
    layout = compute_layout(snap, owners, LayoutOptions(show_title=False))
    poster.map_form(canvas, fonts, layout, "map")
    poster.paint_poster(canvas, fonts, workshop, snap, layout, A1, "map")


def _record(workshop: Any, snap: Any, owners: dict[int, str], fonts: FontSet) -> Recorder:
    """The same primitives as the poster page, in page points: the map (once, placed as one
    band at the poster's scale), the title block and the legend."""
    layout = compute_layout(snap, owners, LayoutOptions(show_title=False))
    recorder = Recorder(fonts)
    u = A1[0] / poster.VW
    recorder.place(poster.M * u, A1[1] - poster.TOP * u, poster.plan_bands(layout, A1)[1] * u)
    paint_map(layout, recorder)
    recorder.place(0, A1[1], u)
    recorder.rect(0, 0, poster.VW, A1[1] / u, fill="#FFFFFF")
    poster.title_block(recorder, fonts, workshop, snap)
    poster.legend(recorder, fonts, layout, A1[1] / u - 100)
    return recorder


def main() -> int:
    parser = argparse.ArgumentParser(description="PDF poster against raw reportlab")
    parser.add_argument("--stations", type=int, default=STATIONS)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    stations, runs = args.stations, args.runs
    limit_s = LIMIT_S if stations <= STATIONS else 5.0
    with tempfile.TemporaryDirectory(prefix="bench-poster-") as tmp:
        folder = Path(tmp)
        source = folder / "big.journey"
        doc = generate.generate_document(1, stations, stations // 4)
        transfer.import_document(interchange.parse(interchange.dumps(doc).encode()), source)
        with Document.open(source, readonly=True) as document:
            journey = document.journeys()[0]
            snap = document.snapshot(journey.id)
            owners = {o.id: o.name for o in document.owners()}
            workshop = document.workshop()
            texts = poster_pdf._texts(workshop, [snap], owners)
            fonts = FontSet.for_texts(texts)
            size = A1

            recorder = _record(workshop, snap, owners, fonts)
            counts: dict[str, int] = {}
            for op in recorder.ops:
                counts[op[0]] = counts.get(op[0], 0) + 1

            def ours() -> None:
                with poster_pdf.binary_streams():
                    canvas = Canvas(
                        io.BytesIO(),
                        pagesize=size,
                        pageCompression=1,
                        initialFontName=fonts_module.REGULAR,
                    )
                    _poster_page(workshop, snap, owners, fonts, canvas)
                    canvas.showPage()
                    canvas.save()

            def floor() -> None:
                with poster_pdf.binary_streams():  # the same stream encoding as the export
                    _floor(size, recorder.ops)

            def whole() -> None:
                poster_pdf.export_poster(document, folder / "poster.pdf", journey_id=journey.id)

            tape = _record_whole(document, folder / "taped.pdf", journey.id)

            def whole_floor() -> None:
                with poster_pdf.binary_streams():
                    _floor(size, tape)

            work = (ours, floor, whole, whole_floor)
            for fn in work:  # warm up: fonts, caches, imports
                fn()
            labels = ("poster page", "floor", "whole PDF", "whole floor")
            wall: dict[str, list[float]] = {k: [] for k in labels}
            cpu: dict[str, list[float]] = {k: [] for k in labels}
            for _ in range(runs):
                for label, fn in zip(labels, work, strict=True):
                    w0, c0 = time.perf_counter(), time.process_time()
                    fn()
                    wall[label].append(time.perf_counter() - w0)
                    cpu[label].append(time.process_time() - c0)
            pages = len(__import__("pypdf").PdfReader(folder / "poster.pdf").pages)
            file_kb = (folder / "poster.pdf").stat().st_size / 1024

    med = {k: statistics.median(v) for k, v in cpu.items()}
    ratio = med["poster page"] / med["floor"]
    whole_ratio = med["whole PDF"] / med["whole floor"]
    tape_pages = sum(1 for op in tape if op[0] == "page")
    shown = ", ".join(f"{n} {k}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])[:9])
    print(f"Poster of a {stations:,}-station journey on A1 (medians of {runs} runs)")
    print(f"  primitives recorded from the poster page: {len(recorder.ops)} ({shown})")
    print(f"  {'what':<14}{'CPU s':>8}{'wall s':>9}{'min wall':>10}{'max wall':>10}")
    for label in labels:
        w = wall[label]
        print(
            f"  {label:<14}{med[label]:>8.3f}{statistics.median(w):>9.3f}"
            f"{min(w):>10.3f}{max(w):>10.3f}"
        )
    print(f"  whole PDF: {pages} pages, {file_kb:,.0f} KB")
    print(
        f"  whole floor: {len(tape) - tape_pages} primitives on {tape_pages} pages; "
        f"ratio whole PDF / whole floor (CPU): {whole_ratio:.2f}"
    )
    ok_ratio = ratio <= BUDGET
    ok_page = med["poster page"] <= limit_s
    ok_whole = med["whole PDF"] <= limit_s
    print(
        f"  ratio poster page / floor (CPU): {ratio:.2f} (budget {BUDGET}) "
        f"{'PASS' if ok_ratio else 'FAIL'}"
    )
    print(
        f"  poster page ≤ {limit_s} s: {'PASS' if ok_page else 'FAIL'}; "
        f"whole PDF ≤ {limit_s} s: {'PASS' if ok_whole else 'FAIL'}"
    )
    return 0 if ok_ratio and ok_page and ok_whole else 1


if __name__ == "__main__":
    sys.exit(main())
