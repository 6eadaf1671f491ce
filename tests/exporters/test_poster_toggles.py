"""The canvas's toggles decide what the poster shows: on the map and in the station details."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from exporters.poster_pdf import export_poster
from models.document import Document
from models.view_options import MapToggles


def flat(reader: PdfReader, only: str = "") -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split())
        for p in reader.pages
        if only in (p.extract_text() or "")
    )


def station_with_everything(document: Document):
    snap = document.snapshot(document.journeys()[0].id)
    return next(s for s in snap.stations if s.needs and s.pain_points and s.quotes)


def outline_titles(reader: PdfReader) -> list[str]:
    return [e.title for e in reader.outline[1]]


def test_without_toggles_the_details_hold_everything(document: Document, tmp_path: Path):
    out = tmp_path / "all.pdf"
    export_poster(document, out, journey_id=document.journeys()[0].id)
    reader = PdfReader(out)
    text = flat(reader)
    s = station_with_everything(document)
    for value in (s.needs[0], s.pain_points[0], s.quotes[0]["text"]):
        assert " ".join(value.split()) in text
    assert "Action list" in outline_titles(reader)


def test_what_the_toggles_hide_is_printed_neither_on_the_map_nor_in_the_details(
    document: Document, tmp_path: Path
):
    out = tmp_path / "some.pdf"
    toggles = MapToggles(
        needs=False, pain_points=False, ideas=False, quotes=False, owners=True, figures=True
    )
    export_poster(document, out, journey_id=document.journeys()[0].id, toggles=toggles)
    reader = PdfReader(out)
    text = flat(reader)
    s = station_with_everything(document)
    assert " ".join(s.needs[0].split()) not in text
    assert " ".join(s.quotes[0]["text"].split()) not in text
    details = flat(reader, "Stations in detail")
    assert details
    assert "PAIN POINTS" not in details and "NEEDS" not in details
    assert "DATA" in details  # figures are shown
    assert "Action list" not in outline_titles(reader)  # no ideas: no action list
