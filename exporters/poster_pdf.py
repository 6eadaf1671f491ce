"""The PDF poster: each journey's map on its sheet, then its summary, actions and stations.

Per journey, in this order:

1. the poster: a title block (workshop, organisation, journey, today or future, persona,
   business goal, date), the whole map scaled to fit (drawn from ``models.layout`` by the
   shared map painter, vector throughout) and a legend (emotion scale, marks, lines);
   with ``tile="A4"`` or ``"letter"`` the same poster is printed across office sheets with
   overlaps and crop marks, after an assembly map;
2. on landscape office paper (A4, or Letter beside a Letter or Tabloid poster), to read at a
   desk: the one-page summary (``exporters.summary_page``), the action list by priority,
   Quick wins first, and every station in detail (description, needs, pain points, data,
   actions), where the text the map had to shorten is given in full.

The PDF's outline is the table of contents: each journey, and under it its map, summary,
action list and station details.

Every page carries the workshop title and its page number; the file carries a title, an
author and a subject. Text is drawn with the bundled DejaVu Sans, embedded, plus a system
font for characters it lacks; what no font can show is named in the returned warnings.
The file is written atomically: on an error or a cancel nothing is left behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from exporters import painter_poster as poster
from exporters import painter_report as report
from exporters import poster_tiling_text as tiling
from exporters import report_details, tile_sheets
from exporters.export_notice import ExportNotice
from exporters.fonts import FontSet
from exporters.formats import PAPER, TILE
from exporters.painter_pdf import PdfPainter
from exporters.summary_page import summary_page
from exporters.tiles import (
    MM,
    OFFICE_PAPERS,
    OVERLAP,
    TILE_MARGIN,
    Grid,
    office_paper,
    office_posters,
    tile_grid,
)
from models import cycles, i18n, style
from models.atomic import atomic_write
from models.document import Document, JourneySnapshot
from models.edit_name import Choices, Quoted, Value
from models.i18n import gettext as _
from models.layout import MapLayout
from models.schema import Workshop
from models.view_options import MapToggles

__all__ = ["PAPER_SIZES", "TILE_SIZES", "ExportCancelled", "export_poster"]

# Portrait (width, height) in points, from the export registry; the poster is always printed
# landscape.
PAPER_SIZES: Final[dict[str, tuple[float, float]]] = {c.key: c.size for c in PAPER.choices}
TILE_SIZES: Final[dict[str, tuple[float, float]]] = {c.key: c.size for c in TILE.choices}

VW: Final = poster.VW  # the pages' chrome is designed on a page this wide, then scaled
M: Final = 24.0
OFFICE_PT: Final = 6.0  # the smallest map text a print may have
# Office papers, and the posters a map too small on one of them is enlarged to (then tiled).

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


# --- the public door -------------------------------------------------------------------------


@cycles.paused()  # the export makes no cycles; the collector would take half its time
def export_poster(
    document: Document,
    path: str | Path,
    *,
    journey_id: int | None = None,
    paper: str = "A1",
    tile: str | None = None,
    language: str | None = None,
    toggles: MapToggles | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ExportNotice]:
    """Write the poster PDF of every journey (or of ``journey_id``) to ``path``.

    Returns warnings to show the user (:class:`~exporters.export_notice.ExportNotice`
    sentences: characters no installed font has, text too small to read on this paper), empty
    when all is well. Raises ``ValueError`` for an unknown paper,
    tile size or journey, :class:`~exporters.errors.ExportError` when the file cannot be
    written, and :class:`ExportCancelled` when ``cancelled()`` turned true; in both of the
    latter cases no file is left behind. ``progress(done, total)`` reports the work done.

    Headings, labels, dates and numbers are in ``language`` (a BCP 47 tag), by default the
    workshop's (``models.i18n``); the warnings are for the user of the window, in its language
    (none of them is written into the file).
    """
    paper_key, paper_size = _lookup(paper, PAPER_SIZES, "paper")
    tile_key, tile_size = (None, None) if tile is None else _lookup(tile, TILE_SIZES, "tile")
    workshop = document.workshop()
    owners = {o.id: o.name for o in document.owners()}
    journeys = document.journeys()
    if journey_id is not None:
        journeys = [j for j in journeys if j.id == journey_id]
        if not journeys:
            raise ValueError(f"There is no journey with id {journey_id}.")
    snapshots = [document.snapshot(j.id) for j in journeys]
    fonts = FontSet.for_texts(_texts(workshop, snapshots, owners))
    warnings = fonts.warnings()

    landscape = (max(paper_size), min(paper_size))
    office = office_paper(paper_key if tile_key is None else tile_key)
    base = (toggles or MapToggles()).layout_options(show_title=False)
    speaking = language or workshop.language
    # On a poster sheet a crowded map shows fewer notes per station to keep its text at
    # POSTER_PT; office paper keeps every note and is tiled instead (below).
    least = None if paper_key in OFFICE_PAPERS else poster.POSTER_PT
    with i18n.using(speaking):
        fits = [poster.fit_map(snap, owners, landscape, base, least) for snap in snapshots]
    poster_key = paper_key
    # The paper as the export dialog names it (translated in the window); an enlarged poster
    # by its size.
    paper_name: Value = Choices((next(c.label for c in PAPER.choices if c.key == paper_key),))
    if tile_size is None and paper_key in OFFICE_PAPERS:
        # Office paper: a map whose text would print below OFFICE_PT is printed as a larger
        # poster across sheets of that paper (crop marks, an assembly map), instead of one
        # shrunken map: the smallest grid of sheets that brings its text to OFFICE_PT.
        for size in office_posters(paper_size):
            if all(smallest >= OFFICE_PT for _, _, smallest in fits):
                break
            with i18n.using(speaking):
                tried = [poster.fit_map(snap, owners, size, base) for snap in snapshots]
            if all(smallest >= OFFICE_PT for _, _, smallest in tried):
                tile_key, tile_size = paper_key, paper_size
                poster_key = f"{size[0] / MM:.0f} × {size[1] / MM:.0f} mm"
                paper_name = poster_key
                landscape, fits = size, tried
    plans = []
    for snap, (layout, scale, smallest) in zip(snapshots, fits, strict=True):
        with i18n.using(speaking):
            pages = _report_pages(fonts, workshop, snap, owners, office, toggles)
        grid = None if tile_size is None else tile_grid(landscape, tile_size)
        plans.append(_Plan(snap, layout, pages, grid))
        if smallest < OFFICE_PT:
            warnings.append(
                ExportNotice(
                    "The map of {journey} is printed at {percent}% on {paper}: its smallest "
                    "text is {size} pt. Choose a larger paper for print; on screen it can be "
                    "zoomed.",
                    journey=Quoted(snap.journey.name),
                    percent=round(scale * 100),
                    paper=paper_name,
                    size=round(smallest, 1),
                )
            )
    total_pages = sum(pl.page_count for pl in plans)
    work = _Work(sum(len(pl.layout.stations) for pl in plans) + total_pages, progress, cancelled)
    job = _Job(workshop, fonts, landscape, office, poster_key, tile_key, total_pages, work)

    def write(f: BinaryIO) -> None:
        with binary_streams(), i18n.using(speaking):
            # The initial font is the bundled one: no unembedded Helvetica in the resources.
            canvas = Canvas(
                f, pagesize=landscape, pageCompression=1, initialFontName=fonts.regular.name
            )
            _metadata(canvas, workshop, snapshots)
            for plan in plans:
                job.draw_journey(canvas, plan)
            canvas.save()

    work.check()
    atomic_write(Path(path), write)
    return warnings


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams without reportlab's ASCII85 layer on top (``rl_config.useA85``, a
    process-wide setting, restored afterwards): a quarter smaller, and no slow pure-Python
    encoding of every stream. Every PDF reader handles binary streams."""
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def _lookup(
    name: str, table: dict[str, tuple[float, float]], what: str
) -> tuple[str, tuple[float, float]]:
    for key, size in table.items():
        if key.lower() == str(name).lower():
            return key, size
    raise ValueError(f"Unknown {what} size {name!r}; choose one of: {', '.join(table)}.")


def _texts(
    workshop: Workshop, snapshots: Sequence[JourneySnapshot], owners: dict[int, str]
) -> Iterator[str]:
    yield from (workshop.title, workshop.organisation, workshop.business_goal, workshop.segment)
    yield from owners.values()
    for snap in snapshots:
        j = snap.journey
        yield from (j.name, j.description, j.storyline)
        if snap.persona is not None:
            pe = snap.persona
            yield from (pe.name, pe.description, pe.quote, *pe.goals, *pe.needs, *pe.frustrations)
        for ph in snap.phases:
            yield from (ph.name, ph.description)
        for ln in snap.lines:
            yield ln.name
        for s in snap.stations:
            yield from (s.title, s.description, s.touchpoint, *s.needs, *s.pain_points)
        for a in snap.actions:
            yield from (a.title, a.description, a.kpi)


def _metadata(canvas: Any, workshop: Workshop, snapshots: Sequence[JourneySnapshot]) -> None:
    names = [s.journey.name for s in snapshots]
    title = f"{workshop.title} — {names[0]}" if len(names) == 1 else workshop.title
    canvas.setTitle(title)
    canvas.setAuthor(workshop.organisation or workshop.title)
    canvas.setSubject(_("Customer journey map") + ": " + ", ".join(names))
    canvas.setCreator("Journeyline")
    canvas.setKeywords([_("customer journey"), _("journey map"), *names])


# --- planning --------------------------------------------------------------------------------


@dataclass
class _Plan:
    snapshot: JourneySnapshot
    layout: MapLayout
    pages: list[report.ReportPage]
    grid: Grid | None

    @property
    def page_count(self) -> int:
        return (1 if self.grid is None else 1 + self.grid.count) + len(self.pages)


def _report_pages(
    fonts: FontSet,
    workshop: Workshop,
    snap: JourneySnapshot,
    owners: dict[int, str],
    sheet: tuple[float, float],
    toggles: MapToggles | None,
) -> list[report.ReportPage]:
    """The summary, the action list (when there are actions and ideas are shown) and the
    station details (what ``toggles`` leave out is left out there too; None: everything)."""
    page_h = report.PAGE_W * sheet[1] / sheet[0]
    name = snap.journey.name
    pages = [summary_page(fonts, workshop, snap, owners, page_h, _("Summary") + " · " + name)]
    if snap.actions and (toggles is None or toggles.ideas):
        pages += report.flow(report.action_section(fonts, snap, owners), page_h)
    details = report_details.details_section(fonts, snap, owners, workshop, toggles)
    return pages + report.flow(details, page_h)


class _Work:
    """Progress and cancel: ``step(n)`` after each piece of work."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total, self.done = max(total, 1), 0
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("The export was cancelled; nothing was written.")

    def step(self, n: int = 1) -> None:
        self.check()
        self.done = min(self.done + n, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)


# --- drawing ---------------------------------------------------------------------------------


@dataclass
class _Job:
    workshop: Workshop
    fonts: FontSet
    landscape: tuple[float, float]
    office: tuple[float, float]  # the summary's, the action list's and the details' sheet
    paper: str
    tile: str | None
    total_pages: int
    work: _Work
    page_no: int = 0

    def _new_page(self, canvas: Any, size: tuple[float, float]) -> PdfPainter:
        canvas.setPageSize(size)
        self.page_no += 1
        return PdfPainter(canvas, self.fonts, 0, size[1], size[0] / VW)

    def _end_page(
        self, canvas: Any, p: PdfPainter, size: tuple[float, float], u: float, inset: float = M
    ) -> None:
        """The footer (``inset`` from the sides: a tiled sheet's clears its crop marks)."""
        p.place(0, size[1], u)
        vh = size[1] / u
        pt = 7 / min(u, 1.0)  # never below 7 pt as printed (a portrait office sheet)
        title = self.fonts.shorten(self.workshop.title, VW * 0.6, pt)
        p.text(inset, vh - 2 * pt, title, size=pt, color=style.MUTED)
        p.text(
            VW - inset,
            vh - 2 * pt,
            _("Page {number} of {total}").format(number=self.page_no, total=self.total_pages),
            size=pt,
            color=style.MUTED,
            align="right",
        )
        canvas.showPage()
        self.work.step()

    def _outline(self, canvas: Any, title: str, level: int) -> None:
        """An entry of the PDF's outline (its table of contents) at the current page."""
        key = f"jl-page-{self.page_no}-{level}"
        canvas.bookmarkPage(key, fit="Fit")
        canvas.addOutlineEntry(title, key, level=level, closed=False)

    def draw_journey(self, canvas: Any, plan: _Plan) -> None:
        # The map is drawn once, into a form, before the page that places it.
        name = plan.snapshot.journey.name
        form = f"jl-map-{plan.snapshot.journey.id}"
        poster.map_form(canvas, self.fonts, plan.layout, form, tick=self.work.step)
        if plan.grid is None:
            p = self._new_page(canvas, self.landscape)
            self._outline(canvas, name, 0)
            self._outline(canvas, _("Map ({paper})").format(paper=self.paper), 1)
            self._poster(canvas, plan, form)
            self._end_page(canvas, p, self.landscape, self.landscape[0] / VW)
        else:
            self._tiled(canvas, plan, plan.grid, form)
        sheet = self.office
        for page in plan.pages:
            p = self._new_page(canvas, sheet)
            if not page.continued:
                self._outline(canvas, page.title.split(" · ")[0], 1)
            self._report_page(p, page, sheet)
            self._end_page(canvas, p, sheet, sheet[0] / report.PAGE_W)

    # -- the poster ---------------------------------------------------------------------------
    def _poster(self, canvas: Any, plan: _Plan, form: str) -> None:
        poster.paint_poster(
            canvas, self.fonts, self.workshop, plan.snapshot, plan.layout, self.landscape, form
        )

    # -- tiles --------------------------------------------------------------------------------
    def _tiled(self, canvas: Any, plan: _Plan, grid: Grid, map_form: str) -> None:
        page = self.landscape
        form = f"jl-poster-{plan.snapshot.journey.id}"
        canvas.beginForm(form, 0, 0, page[0], page[1])
        self._poster(canvas, plan, map_form)
        canvas.endForm()
        self._assembly_sheet(canvas, plan, grid, form)
        sw, sh = grid.sheet
        first = True
        for r in range(grid.rows):
            for c in range(grid.cols):
                p = self._new_page(canvas, grid.sheet)
                if first:
                    self._outline(
                        canvas,
                        _("Map on {count} {tile} sheets").format(count=grid.count, tile=self.tile),
                        1,
                    )
                    first = False
                canvas.saveState()
                clip = canvas.beginPath()
                clip.rect(TILE_MARGIN, TILE_MARGIN, sw - 2 * TILE_MARGIN, sh - 2 * TILE_MARGIN)
                canvas.clipPath(clip, stroke=0, fill=0)
                canvas.translate(
                    TILE_MARGIN + grid.off_x - c * grid.step_x,
                    sh - TILE_MARGIN - grid.off_y - page[1] + r * grid.step_y,
                )
                canvas.doForm(form)
                canvas.restoreState()
                p.reset()
                cut = tile_sheets.continuations(plan.layout, page, grid, r, c)
                tile_sheets.sheet_marks(p, grid, r, c, cut)
                inset = (TILE_MARGIN + OVERLAP + 6) * VW / sw  # clear of the marks
                self._end_page(canvas, p, grid.sheet, sw / VW, inset)

    def _assembly_sheet(self, canvas: Any, plan: _Plan, grid: Grid, form: str) -> None:
        size = (max(grid.sheet), min(grid.sheet))
        p = self._new_page(canvas, size)
        self._outline(canvas, plan.snapshot.journey.name, 0)
        self._outline(canvas, _("Assembly map"), 1)
        p.place(0, size[1], 1.0)
        f, m = self.fonts, TILE_MARGIN + 6
        name = f.shorten(plan.snapshot.journey.name, size[0] - 2 * m, 16, True)
        p.text(m, m + 14, _("Assembly map"), size=9, bold=True, color=style.MUTED)
        p.text(m, m + 34, name, size=16, bold=True)
        sheets = tiling.sheets_text(self.paper, grid.count, self.tile, grid.rows, grid.cols)
        p.text(m, m + 50, sheets, size=9, color=style.MUTED)
        # The thumbnail: the poster itself, with the sheets drawn over it.
        poster = self.landscape
        steps_w = grid.cols * grid.step_x + OVERLAP
        steps_h = grid.rows * grid.step_y + OVERLAP
        top, text_w = m + 66, 190.0
        aw, ah = size[0] - 2 * m - text_w - 20, size[1] - top - m - 40
        t = min(aw / steps_w, ah / steps_h)
        tx, ty = m, top
        px, py = tx + grid.off_x * t, ty + grid.off_y * t
        canvas.saveState()
        canvas.translate(px, size[1] - py - poster[1] * t)
        canvas.scale(t, t)
        canvas.doForm(form)
        canvas.restoreState()
        p.reset()
        p.rect(px, py, poster[0] * t, poster[1] * t, stroke=style.MUTED, width=0.4)
        for r in range(grid.rows):
            for c in range(grid.cols):
                x, y = tx + c * grid.step_x * t, ty + r * grid.step_y * t
                w = (grid.step_x + (OVERLAP if c == grid.cols - 1 else 0)) * t
                h = (grid.step_y + (OVERLAP if r == grid.rows - 1 else 0)) * t
                p.rect(x, y, w, h, stroke=style.INK, width=0.6)
                label = grid.name(r, c)
                lw = f.width(label, 9, True) + 8
                p.rect(
                    x + 4,
                    y + 4,
                    lw,
                    14,
                    fill="#FFFFFF",
                    stroke=style.INK,
                    width=0.4,
                    radius=3,
                )
                p.text(x + 4 + lw / 2, y + 14.3, label, size=9, bold=True, align="center")
        x = size[0] - m - text_w
        y = top + 8
        for i, step in enumerate(tiling.assembly_steps(OVERLAP / MM), 1):
            p.text(x, y, f"{i}.", size=8, bold=True)
            for line in f.wrap(step, text_w - 14, 8):
                p.text(x + 14, y, line, size=8, max_width=text_w - 14)
                y += 11
            y += 6
        # The scale check: 10 cm, under the thumbnail.
        by = size[1] - m - 14
        for k in range(10):  # a ruler of ten centimetres, every other one filled
            fill = style.INK if k % 2 == 0 else style.PAPER
            p.rect(m + k * 10 * MM, by, 10 * MM, 4, fill=fill, stroke=style.INK, width=0.5)
        p.text(m + 100 * MM + 6, by + 5, _("10 cm at 100 %"), size=7, color=style.MUTED)
        self._end_page(canvas, p, size, size[0] / VW)

    # -- the report pages ---------------------------------------------------------------------
    def _report_page(
        self, p: PdfPainter, page: report.ReportPage, size: tuple[float, float]
    ) -> None:
        u = size[0] / report.PAGE_W
        p.place(0, size[1], u)
        title = _("{name} (continued)").format(name=page.title) if page.continued else page.title
        p.text(
            report.MARGIN,
            44,
            self.fonts.shorten(title, report.PAGE_W - 2 * report.MARGIN, 15, True),
            size=15,
            bold=True,
        )
        p.line(report.MARGIN, 56, report.PAGE_W - report.MARGIN, 56, color=style.RULE, width=0.75)
        report.draw_page_content(p, page)
        self.work.check()
