"""The poster's page plan, read back with pypdf: the map at the poster's size, then the
summary, the action list and the station details on office paper, with an outline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from exporters.poster_pdf import PAPER_SIZES, export_poster
from exporters.summary_page import top_pain_points
from models.document import Document
from models.priority import Priority, priority


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every outline entry, in order."""
    out: list[tuple[int, str, int]] = []

    def walk(items: Any, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


def size(reader: PdfReader, i: int) -> tuple[int, int]:
    box = reader.pages[i].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def a1(document: Document, tmp_path: Path) -> PdfReader:
    out = tmp_path / "a1.pdf"
    export_poster(document, out, paper="A1")
    return PdfReader(out)


def test_the_outline_is_a_table_of_contents_per_journey(a1: PdfReader, document: Document):
    entries = outline(a1)
    today, tomorrow = (j.name for j in document.journeys())
    titles = [(level, title) for level, title, _ in entries]
    assert titles == [
        (0, today),
        (1, "Map (A1)"),
        (1, "Summary"),
        (1, "Action list"),
        (1, "Stations in detail"),
        (0, tomorrow),
        (1, "Map (A1)"),
        (1, "Summary"),
        (1, "Stations in detail"),  # no actions in the future journey: no action list
    ]
    pages = [page for _, _, page in entries]
    assert pages == sorted(pages)
    assert pages[0] == 0


def test_the_map_is_at_poster_size_and_the_rest_on_a4(a1: PdfReader):
    entries = outline(a1)
    maps = [page for _, title, page in entries if title.startswith("Map")]
    w, h = PAPER_SIZES["A1"]
    for i in range(len(a1.pages)):
        if i in maps:
            assert size(a1, i) == (round(h), round(w))
        else:
            assert size(a1, i) == (842, 595)  # A4 landscape
    # The sections come in the plan's order after each map.
    text = [page.extract_text() or "" for page in a1.pages]
    summary = next(page for _, title, page in entries if title == "Summary")
    assert summary == maps[0] + 1
    assert text[summary].startswith("Summary") or "Summary" in text[summary].splitlines()[0]


def test_letter_and_tabloid_posters_come_with_letter_pages(document: Document, tmp_path: Path):
    for paper in ("letter", "tabloid"):
        out = tmp_path / f"{paper}.pdf"
        export_poster(document, out, paper=paper, journey_id=document.journeys()[0].id)
        reader = PdfReader(out)
        summary = next(page for _, title, page in outline(reader) if title == "Summary")
        assert {size(reader, i) for i in range(summary, len(reader.pages))} == {(792, 612)}


def test_no_page_is_empty_and_no_page_says_no_stations(a1: PdfReader):
    for page in a1.pages:
        text = page.extract_text() or ""
        body = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("Page ")]
        assert len(body) > 3, text
        assert "No stations." not in text


def test_the_summary_names_phases_pain_points_and_actions_with_owners(
    a1: PdfReader, document: Document
):
    summary = next(page for _, title, page in outline(a1) if title == "Summary")
    text = a1.pages[summary].extract_text() or ""
    flat = " ".join(text.split())
    journey = document.journeys()[0]
    snap = document.snapshot(journey.id)
    workshop = document.workshop()
    assert " ".join(workshop.business_goal.split()) in flat
    assert snap.persona is not None and snap.persona.name in flat
    for phase in snap.phases:
        assert phase.name in flat
    assert "THE JOURNEY AT A GLANCE" in flat
    # The weightiest pain point comes first, in full.
    top = top_pain_points(snap)
    assert top[0].station.impact == max(s.impact or 0 for s in snap.stations if s.pain_points)
    assert " ".join(top[0].text.split()) in flat
    assert flat.index(top[0].text.split()[0]) < flat.index(top[1].text.split()[-1])
    # Quick wins and big bets with their owners.
    owners = {o.id: o.name for o in document.owners()}
    quick = [a for a in snap.actions if priority(a.effort, a.value) is Priority.QUICK_WIN]
    assert quick
    for a in quick[:3]:
        assert " ".join(a.title.split()) in flat
        if a.owner_id is not None:
            assert owners[a.owner_id] in flat
    assert "QUICK WINS" in flat and "BIG BETS" in flat
    # The pain points as far as the page has room (not a fixed five above a half-empty page),
    # in order, and the rest counted: together they are every pain point.
    listed = [pp for pp in top if " ".join(pp.text.split()) in flat]
    assert len(listed) > 5 and listed == top[: len(listed)]
    assert f"{len(top) - len(listed)} more in the station details" in flat


def test_a_tiled_poster_has_its_assembly_map_in_the_outline(document: Document, tmp_path: Path):
    out = tmp_path / "tiled.pdf"
    export_poster(document, out, paper="A1", tile="A4", journey_id=document.journeys()[0].id)
    reader = PdfReader(out)
    titles = [title for _, title, _ in outline(reader)]
    assert titles[1:3] == ["Assembly map", "Map on 15 A4 sheets"]
    assert titles[3:] == ["Summary", "Action list", "Stations in detail"]
