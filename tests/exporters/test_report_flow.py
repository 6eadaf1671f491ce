"""The pages to read at a desk flow into full, balanced columns: a station that does not fit the
rest of a column is split there rather than leaving the column half empty, the last page's
columns end level, no page is empty, and a journey without stations says so once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from exporters import painter_report as report
from exporters import report_details
from exporters.fonts import FontSet
from exporters.poster_pdf import export_poster
from models import edits
from models.document import Document
from tests.exporters.test_poster_fill import _generated

PAGE_H = 595.0  # A4 landscape in report units
BOTTOM = PAGE_H - report.FOOT
CAPACITY = BOTTOM - report.TOP


def _columns(page: report.ReportPage) -> list[float]:
    """Where each column of a page ends (report units from the top)."""
    ends: dict[float, float] = {}
    for x, y, row in page.placed:
        ends[x] = max(ends.get(x, 0.0), y + row.height)
    return [ends[x] for x in sorted(ends)]


def _details(document: Document) -> list[list[report.ReportPage]]:
    owners = {o.id: o.name for o in document.owners()}
    fonts = FontSet.for_texts([])
    return [
        report.flow(
            report_details.details_section(
                fonts, document.snapshot(j.id), owners, document.workshop()
            ),
            PAGE_H,
        )
        for j in document.journeys()
    ]


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generated(tmp_path_factory.mktemp("sixty-flow"), 60)


@pytest.mark.parametrize("which", ["sample", "sixty"])
def test_details_columns_end_near_the_bottom_and_the_last_page_is_level(
    which: str, workshop_path: Path, sixty: Path
) -> None:
    path = workshop_path if which == "sample" else sixty
    with Document.open(path, readonly=True) as document:
        sections = _details(document)
    for pages in sections:
        assert all(page.placed for page in pages)  # no empty page
        for page in pages[:-1]:
            columns = _columns(page)
            assert len(columns) == 2
            # Before: columns ended with up to 43 % of their height empty (a whole station
            # moved on to the next column); now at most the few lines kept together.
            assert all(end >= BOTTOM - 0.2 * CAPACITY for end in columns), columns
        last = _columns(pages[-1])
        if len(last) == 2:
            assert abs(last[0] - last[1]) <= 0.2 * CAPACITY, last
        else:  # one column only when the rest would have been too little to part
            assert last[0] - report.TOP <= 0.2 * CAPACITY, last


def test_every_row_is_placed_once_in_order(workshop_path: Path) -> None:
    """Splitting and balancing lose nothing and repeat nothing."""
    with Document.open(workshop_path, readonly=True) as document:
        owners = {o.id: o.name for o in document.owners()}
        snap = document.snapshot(document.journeys()[0].id)
        section = report_details.details_section(
            FontSet.for_texts([]), snap, owners, document.workshop()
        )
    rows = [row for block in section.blocks for row in block.rows]
    heads = {id(block.continued): block for block in section.blocks if block.continued}
    pages = report.flow(section, PAGE_H)
    placed = [row for page in pages for _, _, row in page.placed]
    assert [row for row in placed if id(row) not in heads] == rows
    # A station split across columns: its rest is headed by its name ("… (continued)"), at the
    # top of the next column, and the row before it is the station's own.
    split = [(i, heads[id(row)]) for i, row in enumerate(placed) if id(row) in heads]
    assert split, "the sample's details split no station (the test proves nothing)"
    for i, block in split:
        assert placed[i - 1] in block.rows and placed[i + 1] in block.rows
    tops = {id(page.placed[0][2]) for page in pages} | {
        id(row) for page in pages for x, y, row in page.placed if y == report.TOP
    }
    assert all(id(placed[i]) in tops for i, _ in split)


def test_a_journey_without_stations_says_so_once(workshop_path: Path, tmp_path: Path) -> None:
    with Document.open(workshop_path) as document:
        document.apply(edits.add_journey("Empty", ["Looks"], [("Web", "frontstage")]))
        journey_id = next(j.id for j in document.journeys() if j.name == "Empty")
        out = tmp_path / "empty.pdf"
        export_poster(document, out, journey_id=journey_id, paper="A3")
    reader = PdfReader(out)
    texts = [page.extract_text() or "" for page in reader.pages]
    assert sum(t.count("No stations yet for this journey.") for t in texts) == 1
    for text in texts:  # no empty page: each has more than its heading and footer
        body = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("Page ")]
        assert len(body) > 2, text
