"""The map uses its sheet: it fills the printable width, its rows and text grow to use the
height, and its text stays readable (font sizes read back from the PDF with pypdf)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from exporters import painter_poster as poster
from exporters.poster_pdf import PAPER_SIZES, export_poster
from models import interchange
from models.document import Document
from models.layout import LayoutOptions
from models.transfer import import_document
from tests.exporters.pdf_sizes import map_text_sizes, mult

ROOT = Path(__file__).resolve().parents[2]


def printed_sizes(path: Path, page: int) -> list[tuple[float, str]]:
    """(size in points as printed, text) of every text run on a page: the font size of each
    text operator times the scale of the text and transformation matrices (forms included)."""
    out: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            m = mult(tuple(tm), tuple(cm))
            out.append((size * (m[2] ** 2 + m[3] ** 2) ** 0.5, text))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return out


def _generated(tmp: Path, stations: int) -> Path:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    doc = generate.generate_document(
        journeys=1, stations_per_journey=stations, actions_per_journey=10
    )
    path = tmp / f"gen{stations}.journey"
    import_document(interchange.parse(interchange.dumps(doc).encode()), path)
    return path


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generated(tmp_path_factory.mktemp("sixty"), 60)


@pytest.fixture(scope="module")
def eight(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generated(tmp_path_factory.mktemp("eight"), 8)


def _use(path: Path, paper: str) -> tuple[float, float]:
    """The share of the printable width and height the map takes on ``paper``."""
    w, h = PAPER_SIZES[paper]
    page = (max(w, h), min(w, h))
    with Document.open(path, readonly=True) as document:
        snap = document.snapshot(document.journeys()[0].id)
        owners = {o.id: o.name for o in document.owners()}
        layout, _ = poster.fit_layout(snap, owners, page, LayoutOptions(show_title=False))
    bands, s = poster.plan_bands(layout, page)
    aw, ah = poster._room(page)
    widest = max(b.width for b in bands) * s
    height = len(bands) * layout.height * s + (len(bands) - 1) * poster.BAND_GAP
    return widest / aw, height / ah


@pytest.mark.parametrize("which", ["eight", "sixty"])
def test_the_map_fills_its_a1_sheet(which: str, request: pytest.FixtureRequest):
    """A map of 8 stations is as full a sheet as one of 60: no empty band above or below."""
    width, height = _use(request.getfixturevalue(which), "A1")
    assert width <= 1.0001 and height <= 1.0001
    assert width >= 0.97 or height >= 0.97  # one of them is the limit
    assert width >= 0.85 and height >= 0.85, (width, height)


def test_the_sample_fills_its_a1_sheet(workshop_path: Path):
    width, height = _use(workshop_path, "A1")
    assert width >= 0.97 and height >= 0.9, (width, height)


def smallest_map_text(source: Path | Document, paper: str, least: float | None = None) -> float:
    """The need notes' size in points as printed on ``paper`` (the map's smallest text)."""
    if isinstance(source, Path):
        with Document.open(source, readonly=True) as document:
            return smallest_map_text(document, paper, least)
    w, h = PAPER_SIZES[paper]
    snap = source.snapshot(source.journeys()[0].id)
    owners = {o.id: o.name for o in source.owners()}
    return poster.fit_map(snap, owners, (max(w, h), min(w, h)), LayoutOptions(), least)[2]


def test_sixty_stations_on_a1_keep_their_text_at_8_pt_at_least(sixty: Path, tmp_path: Path):
    """The crowded map shows fewer notes per station, says "+N more" where it does, and the
    station details give every need and pain point in full."""
    assert smallest_map_text(sixty, "A1", poster.POSTER_PT) >= 8.0
    out = tmp_path / "a1.pdf"
    with Document.open(sixty, readonly=True) as document:
        assert export_poster(document, out, paper="A1") == []
        snap = document.snapshot(document.journeys()[0].id)
    sizes = printed_sizes(out, 0)
    markers = [size for size, text in sizes if "more in details" in text]
    assert markers, "a station showing fewer notes says where the rest are"
    assert min(markers) >= 8.0  # the marker is read like the notes it stands for
    details = "\n".join(page.extract_text() for page in PdfReader(out).pages[1:])
    flat = " ".join(details.split())
    for station in snap.stations:
        for note in (*station.needs, *station.pain_points):
            assert " ".join(note.split()) in flat


def test_the_sample_map_text_on_a1(document: Document, tmp_path: Path):
    assert smallest_map_text(document, "A1") >= 8.0
    out = tmp_path / "a1.pdf"
    export_poster(document, out, paper="A1", journey_id=document.journeys()[0].id)
    # The page read back (the map form included): no text cut with an ellipsis.
    sizes = printed_sizes(out, 0)
    text = " ".join(t for _, t in sizes)
    assert "…" not in text


@pytest.mark.parametrize("paper", ["A3", "A4", "letter"])
def test_office_paper_splits_the_map_across_sheets_at_6_pt_at_least(
    sixty: Path, tmp_path: Path, paper: str
):
    """Instead of one shrunken map: an assembly map, then the map across sheets of the paper
    chosen, its text at least 6 pt as printed; then the pages to read at a desk."""
    out = tmp_path / f"{paper}.pdf"
    with Document.open(sixty, readonly=True) as document:
        warnings = export_poster(document, out, paper=paper)
    assert warnings == []
    reader = PdfReader(out)
    texts = [page.extract_text() or "" for page in reader.pages]
    assert texts[0].startswith("Assembly map")
    sheets = [i for i, t in enumerate(texts) if re.search(r"^Sheet [A-Z]\d", t, re.M)]
    assert len(sheets) >= 2 and sheets == list(range(1, len(sheets) + 1))
    w, h = PAPER_SIZES[paper]
    for i in [0, *sheets]:
        box = reader.pages[i].mediabox
        assert sorted((round(float(box.width)), round(float(box.height)))) == sorted(
            (round(w), round(h))
        )
    # The map's text as printed on those sheets, read back from the PDF (through the poster's
    # and the map's forms): at least 6 pt, where one sheet would have printed it smaller.
    assert smallest_map_text(sixty, paper) < 6.0
    for i in sheets:
        sizes = map_text_sizes(reader, i)
        assert sizes and min(sizes) >= 6.0, (i, min(sizes))


def test_sheets_that_cut_a_phase_say_where_it_continues(sixty: Path, tmp_path: Path):
    """A sheet whose edge cuts a phase names the sheet it goes on to, and that sheet names it
    back; the assembly map names every sheet."""
    out = tmp_path / "a3.pdf"
    with Document.open(sixty, readonly=True) as document:
        export_poster(document, out, paper="A3")
        phases = [p.name for p in document.snapshot(document.journeys()[0].id).phases]
    reader = PdfReader(out)
    texts = {}
    for page in reader.pages:
        text = page.extract_text() or ""
        found = re.search(r"^Sheet ([A-Z]\d)", text, re.M)
        if found:
            texts[found.group(1)] = " ".join(text.split())
    assert len(texts) >= 2
    links = [
        (sheet, phase, target)
        for sheet, text in texts.items()
        for phase in phases
        for target in re.findall(rf"{re.escape(phase)} continues on sheet ([A-Z]\d) ▸", text)
    ]
    assert links, "no sheet says that a phase continues"
    for sheet, phase, target in links:
        assert target in texts and sheet != target
        assert f"◂ {phase} continues from sheet {sheet}" in texts[target]
    assembly = " ".join((reader.pages[0].extract_text() or "").split())
    assert all(name in assembly for name in texts)


def test_a_poster_paper_too_small_for_the_map_keeps_the_warning(sixty: Path, tmp_path: Path):
    with Document.open(sixty, readonly=True) as document:
        warnings = export_poster(document, tmp_path / "a2.pdf", paper="A2")
        big = export_poster(document, tmp_path / "a0.pdf", paper="A0")
    assert big == []
    assert len(warnings) == 1 and "smallest text" in str(warnings[0])
    assert " on A2 · 420 × 594 mm: " in str(warnings[0])  # the paper as the dialog names it
