"""The PDF poster, read back: text on every page, fonts, paper, tiles, metadata, safety."""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from exporters import fonts as fonts_module
from exporters.errors import ExportError
from exporters.fonts import FontSet
from exporters.poster_pdf import PAPER_SIZES, ExportCancelled, export_poster
from models import i18n
from models.document import Document
from models.interchange import DocumentDict
from models.layout import CONTINUED
from models.transfer import import_document
from models.view_options import MapToggles
from tests.read_only import read_only_folder

ROOT = Path(__file__).resolve().parents[2]
MARKUP = "<b>&amp; =SUM(A1)"
GREEK_CYRILLIC = "Ελληνικά και Кириллица: Привет"
NORDIC = "Blåbær, æble og øl — Größe, señal, één"
LONG = "Compares " + " ".join(f"tariff{i}" for i in range(18))  # too long for the map
CJK = "日本語の請求書"
ACTION = "<i>Fix</i> the & <script>bill</script>"


def squash(text: str) -> str:
    """Text without any white space: lines wrap differently on the map and the pages."""
    return "".join(text.split())


@pytest.fixture
def workshop_file(tmp_path: Path, sample_doc: DocumentDict) -> Path:
    """The sample, with text that must come out exactly as typed."""
    journey: Any = sample_doc["journeys"][0]
    stations = journey["stations"]
    stations[0]["title"] = MARKUP
    stations[1]["title"] = GREEK_CYRILLIC
    stations[2]["needs"] = [NORDIC, *stations[2]["needs"]]
    stations[3]["title"] = LONG
    stations[4]["title"] = CJK
    journey["actions"][0]["title"] = ACTION
    path = tmp_path / "unicode.journey"
    import_document(sample_doc, path)
    return path


@pytest.fixture
def doc(workshop_file: Path) -> Any:
    with Document.open(workshop_file, readonly=True) as document:
        yield document


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def first_journey(document: Document) -> int:
    return document.journeys()[0].id


# --- what the reader sees ----------------------------------------------------------------------


def test_every_station_title_and_need_is_in_the_pdf(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out)
    text = squash("".join(pages_text(out)))
    for journey in doc.journeys():
        snap = doc.snapshot(journey.id)
        for station in snap.stations:
            assert squash(station.title) in text, station.title
            for need in station.needs:
                assert squash(need) in text, need


def test_markup_is_shown_as_text(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, journey_id=first_journey(doc))
    pages = pages_text(out)
    assert squash(MARKUP) in squash(pages[0])  # on the map itself
    everything = squash("".join(pages))
    assert squash(ACTION) in everything  # in the action list


def test_nordic_greek_and_cyrillic_are_intact(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, journey_id=first_journey(doc))
    text = squash("".join(pages_text(out)))
    for sample in (GREEK_CYRILLIC, NORDIC, "Åkerlund", "Bjørnstad"):
        assert squash(sample) in text, sample


def test_long_titles_are_marked_on_the_map_and_whole_in_the_details(doc: Document, tmp_path: Path):
    """Never cut silently: the map says the rest is in the details, with no ellipsis."""
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, journey_id=first_journey(doc))
    pages = pages_text(out)
    assert squash(LONG) not in squash(pages[0])
    assert "…" not in pages[0]
    assert squash(CONTINUED) in squash(pages[0])
    assert squash(LONG) in squash("".join(pages[1:]))


def test_title_block(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    jid = first_journey(doc)
    export_poster(doc, out, journey_id=jid)
    first = squash(pages_text(out)[0])
    ws, snap = doc.workshop(), doc.snapshot(jid)
    assert snap.persona is not None
    for expected in (
        ws.title,
        ws.organisation,
        ws.business_goal,
        snap.journey.name,
        "Today’s journey",
        snap.persona.name,
        i18n.format_date(dt.date.today()),  # as the workshop's language writes it (English)
    ):
        assert squash(expected) in first, expected


def test_the_legend_explains_the_marks(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, journey_id=first_journey(doc))
    first = squash(pages_text(out)[0])
    for expected in (
        "Very positive",
        "Not assessed",
        "Moment of truth",
        "Owner (initials)",
        "Customer need",
        "Pain points",
        "Improvement ideas (how many)",
        "Web & app",
    ):
        assert squash(expected) in first, expected
    # The map draws pain points as notes, no longer as a counted triangle: nor does its legend.
    assert squash("Pain points (how many)") not in first


def test_the_legend_explains_only_the_marks_the_map_draws(doc: Document, tmp_path: Path):
    """Owners, ideas, needs and pain points switched off: their marks leave the legend too."""
    out = tmp_path / "poster.pdf"
    shown = MapToggles(needs=False, pain_points=False, ideas=False, owners=False)
    export_poster(doc, out, journey_id=first_journey(doc), toggles=shown)
    first = squash(pages_text(out)[0])
    assert squash("Moment of truth") in first  # the sample has moments of truth
    for gone in ("Owner (initials)", "Customer need", "Pain points", "Improvement ideas"):
        assert squash(gone) not in first, gone


def test_actions_come_by_priority_with_their_details(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, journey_id=first_journey(doc))
    text = "".join(pages_text(out)[1:])
    order = [text.find(label) for label in ("Quick wins", "Big bets", "Fill-ins", "Time sinks")]
    assert all(i >= 0 for i in order) and order == sorted(order)
    for expected in ("Effort", "Value", "Status", "Due", "KPI", "Feb 15, 2027", "Planned"):
        assert expected in text
    assert squash("Abandoned calls below 5%") in squash(text)  # a KPI


def test_every_page_has_its_number_and_the_workshop_title(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out)
    pages = pages_text(out)
    title = squash(doc.workshop().title)
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
        assert title in squash(text)


def test_metadata(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, journey_id=first_journey(doc))
    meta = PdfReader(out).metadata
    assert meta is not None
    ws = doc.workshop()
    assert meta.title is not None and ws.title in meta.title
    assert "Onboarding today" in meta.title
    assert meta.author == ws.organisation
    assert meta.subject is not None and "Onboarding today" in meta.subject


# --- fonts -------------------------------------------------------------------------------------


def _fonts(reader: PdfReader) -> list[Any]:
    found = []
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            found.append(ref.get_object())
    return found


def test_fonts_are_embedded(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, journey_id=first_journey(doc))
    fonts = _fonts(PdfReader(out))
    assert fonts
    for font in fonts:
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font.get("/BaseFont")
    names = {str(f.get("/BaseFont")) for f in fonts}
    assert any("DejaVuSans" in n for n in names)


def test_characters_no_font_has_are_named_in_a_warning(
    doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(fonts_module, "_CANDIDATES", ())
    monkeypatch.setattr(fonts_module, "_fc_match", lambda char: [])
    warnings = export_poster(doc, tmp_path / "poster.pdf", journey_id=first_journey(doc))
    assert any("日" in str(w) and "font" in str(w) for w in warnings)


def test_a_system_font_draws_what_dejavu_lacks(doc: Document, tmp_path: Path):
    if not FontSet.for_texts([CJK]).fallbacks:
        pytest.skip("no system font with CJK characters that reportlab can embed")
    out = tmp_path / "poster.pdf"
    warnings = export_poster(doc, out, journey_id=first_journey(doc))
    assert not [w for w in warnings if "font" in str(w)]
    assert CJK in "".join(pages_text(out))
    assert len(_fonts(PdfReader(out))) >= 3  # regular, bold and the fallback


# --- paper and tiles ---------------------------------------------------------------------------


@pytest.mark.parametrize("paper", list(PAPER_SIZES))
def test_page_size_per_paper_landscape(doc: Document, tmp_path: Path, paper: str):
    """The map on the paper chosen, the pages after it on landscape office paper (Letter
    beside Letter and Tabloid, A4 beside the A series)."""
    out = tmp_path / f"{paper}.pdf"
    export_poster(doc, out, journey_id=first_journey(doc), paper=paper)
    w, h = PAPER_SIZES[paper]
    ow, oh = PAPER_SIZES["letter" if paper in ("letter", "tabloid") else "A4"]
    pages = PdfReader(out).pages
    sizes = [
        (round(float(page.mediabox.width)), round(float(page.mediabox.height))) for page in pages
    ]
    summary = next(
        i for i, page in enumerate(pages) if (page.extract_text() or "").startswith("Summary")
    )
    for size in sizes[:summary]:  # the map: one sheet, or (office paper) sheets of that paper
        if summary == 1:
            assert size == (round(max(w, h)), round(min(w, h)))
        else:
            assert sorted(size) == sorted((round(w), round(h)))
    for size in sizes[summary:]:
        assert size == (round(max(ow, oh)), round(min(ow, oh)))


def test_one_poster_per_journey(doc: Document, tmp_path: Path):
    out = tmp_path / "all.pdf"
    export_poster(doc, out)
    pages = pages_text(out)
    names = [j.name for j in doc.journeys()]
    posters = [t for t in pages if "EMOTION AT THE STATION" in t]
    assert len(posters) == len(names) == 2
    for name, text in zip(names, posters, strict=True):
        assert squash(name) in squash(text)


def test_a1_tiled_on_a4(doc: Document, tmp_path: Path):
    out = tmp_path / "tiled.pdf"
    export_poster(doc, out, journey_id=first_journey(doc), paper="A1", tile="A4")
    reader = PdfReader(out)
    pages = pages_text(out)
    # A1 landscape (841 × 594 mm) on A4 with 10 mm margins and 10 mm overlaps: portrait
    # sheets give 5 columns × 3 rows = 15, landscape ones 4 × 4 = 16.
    sheets = [i for i, t in enumerate(pages) if re.search(r"Sheet [A-Z]\d", t)]
    assert len(sheets) == 15
    assert sheets == list(range(1, 16))
    for i in sheets:
        box = reader.pages[i].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assembly = pages[0]
    assert "Assembly map" in assembly
    assert "15 A4 sheets" in assembly
    for name in ("A1", "A5", "C1", "C5"):
        assert name in assembly
    assert "10 cm" in assembly


def test_unknown_paper_or_journey_is_refused(doc: Document, tmp_path: Path):
    with pytest.raises(ValueError, match="A0"):
        export_poster(doc, tmp_path / "x.pdf", paper="B5")
    with pytest.raises(ValueError, match="letter"):
        export_poster(doc, tmp_path / "x.pdf", tile="A3")
    with pytest.raises(ValueError, match="journey"):
        export_poster(doc, tmp_path / "x.pdf", journey_id=9999)
    assert not list(tmp_path.glob("*.pdf"))


def test_the_sample_is_small_enough_to_email(document: Document, tmp_path: Path):
    out = tmp_path / "sample.pdf"
    export_poster(document, out)
    assert out.stat().st_size < 1_000_000


# --- progress, cancel, failures ----------------------------------------------------------------


def test_progress_runs_to_the_end(doc: Document, tmp_path: Path):
    seen: list[tuple[int, int]] = []
    export_poster(doc, tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen
    dones = [d for d, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1]


def test_cancel_leaves_no_file(doc: Document, tmp_path: Path):
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        export_poster(doc, out, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == [tmp_path / "unicode.journey"]


def test_an_existing_file_survives_a_cancel(doc: Document, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        export_poster(doc, out, cancelled=lambda: True)
    assert out.read_bytes() == b"old"


def test_a_full_disk_is_an_export_error_and_leaves_nothing(
    doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from reportlab.pdfgen.canvas import Canvas

    def full(self: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Canvas, "save", full)
    out = tmp_path / "poster.pdf"
    with pytest.raises(ExportError) as caught:
        export_poster(doc, out)
    assert "poster.pdf" in str(caught.value) and "full" in str(caught.value)
    assert not [p for p in tmp_path.iterdir() if p.suffix != ".journey"]


def test_a_missing_folder_is_an_export_error(doc: Document, tmp_path: Path):
    with pytest.raises(ExportError, match=r"poster\.pdf"):
        export_poster(doc, tmp_path / "nowhere" / "poster.pdf")


def test_a_read_only_folder_is_an_export_error(doc: Document, tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder):
        with pytest.raises(ExportError, match=r"poster\.pdf"):
            export_poster(doc, folder / "poster.pdf")
        assert list(folder.iterdir()) == []


def test_a_folder_that_refuses_the_file_is_an_export_error(
    doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """What a read-only folder does for a user who is not root, simulated for everyone."""
    folder = tmp_path / "out"
    folder.mkdir()

    def refuse(*args: Any, **kwargs: Any) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("models.atomic.os.open", refuse)
    with pytest.raises(ExportError, match=r"poster\.pdf.*nothing was written"):
        export_poster(doc, folder / "poster.pdf")
    monkeypatch.undo()
    assert list(folder.iterdir()) == []


def test_the_exporters_run_without_qt():
    code = (
        "import exporters.poster_pdf, exporters.image, sys; "
        "print(any(m.split('.')[0] == 'PySide6' for m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# --- a wide map is printed in bands ------------------------------------------------------------


@pytest.fixture(scope="module")
def wide_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journey of 300 stations, from the benchmark's generator."""
    import importlib.util

    from models import interchange

    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    doc = generate.generate_document(journeys=1, stations_per_journey=300, actions_per_journey=20)
    path = tmp_path_factory.mktemp("wide") / "wide.journey"
    import_document(interchange.parse(interchange.dumps(doc).encode()), path)
    return path


def test_a_wide_map_is_cut_into_bands_between_stations(wide_file: Path):
    from exporters.painter_poster import plan_bands
    from models.layout import LABEL_W, LayoutOptions, compute_layout

    with Document.open(wide_file, readonly=True) as document:
        snap = document.snapshot(document.journeys()[0].id)
        owners = {o.id: o.name for o in document.owners()}
    layout = compute_layout(snap, owners, LayoutOptions(show_title=False))
    a1 = (max(PAPER_SIZES["A1"]), min(PAPER_SIZES["A1"]))
    bands, scale = plan_bands(layout, a1)
    assert len(bands) > 1
    assert bands[0].x0 == LABEL_W and bands[-1].x1 == layout.width
    assert all(a.x1 == b.x0 for a, b in itertools.pairwise(bands))
    one_band = min(793 / layout.width, 10_000 / layout.height)
    assert scale > one_band * 1.1  # printed clearly larger than as one ribbon
    for band in bands[:-1]:
        # Never through a station's text: its slot is as wide as its title and notes.
        clear = min(abs(s.center[0] - band.x1) - s.slot.w / 2 for s in layout.stations)
        phase_edge = any(abs(p.header.x - band.x1) < 0.5 for p in layout.phases)
        assert phase_edge or clear >= -0.5


def test_the_sample_is_one_band(document: Document):
    from exporters.painter_poster import plan_bands
    from models.layout import LayoutOptions, compute_layout

    snap = document.snapshot(document.journeys()[0].id)
    layout = compute_layout(snap, {}, LayoutOptions(show_title=False))
    assert len(plan_bands(layout, (max(PAPER_SIZES["A1"]), min(PAPER_SIZES["A1"])))[0]) == 1


def test_each_band_repeats_the_line_names(wide_file: Path, tmp_path: Path):
    out = tmp_path / "wide.pdf"
    with Document.open(wide_file, readonly=True) as document:
        export_poster(document, out)
        line = document.lines(document.journeys()[0].id)[0].name
    first = pages_text(out)[0]
    assert first.count(line) >= 3  # in two bands or more, and in the legend


def test_the_station_details_hold_the_customer_quotes_verbatim_with_their_source(
    tmp_path: Path, sample_doc: DocumentDict
):
    journey: Any = sample_doc["journeys"][0]
    journey["stations"][0]["quotes"] = [
        {"text": "<b>Cheap</b> & =SUM(A1) — Привет åäø", "source": "interview"}
    ]
    path = tmp_path / "quotes.journey"
    import_document(sample_doc, path)
    out = tmp_path / "poster.pdf"
    with Document.open(path, readonly=True) as document:
        export_poster(document, out, journey_id=first_journey(document))
    details = squash("".join(pages_text(out)[1:]))
    assert squash("CUSTOMER QUOTES") in details
    assert squash("“<b>Cheap</b> & =SUM(A1) — Привет åäø” (Interview)") in details
    assert squash("“Estimated? I sent you my reading!” (Support contact)") in details
    assert squash("Customers 2,600") in details  # the data line, formatted by the registry
