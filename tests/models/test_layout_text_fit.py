"""Every line the layout gives a painter fits its box, measured in the weight it is drawn in
(station titles are drawn bold: wrapped at regular weight, a bold line overflowed its box by up
to 13 % and the poster and canvas squeezed it)."""

from __future__ import annotations

from pathlib import Path

from models import edits, interchange
from models.document import Document
from models.layout import TextBlock, compute_layout
from models.resources import resource
from models.text_metrics import text_width
from models.transfer import import_document

TITLES = [
    "Mmmm Wwww Mmmm Wwww Mmmm Wwww",
    "Reads the welcome mail and the offer",
    "Compares prices online before deciding",
    "WWW MMM WWW MMM WWW MMM WWW MMM",
    "Überprüft Versicherungsbedingungen gründlich",
]


def _fits(block: TextBlock) -> bool:
    return all(
        text_width(line, block.size, block.bold) <= block.rect.w + 1e-6 for line in block.lines
    )


def test_station_titles_fit_their_boxes_in_bold(tmp_path: Path) -> None:
    path = tmp_path / "w.journey"
    import_document(interchange.parse(resource("samples", "sample.json").read_bytes()), path)
    with Document.open(path) as doc:
        journey = doc.journeys()[0].id
        stations = doc.snapshot(journey).stations
        for station, title in zip(stations, TITLES, strict=False):
            doc.apply(edits.update_station(station.id, title=title))
        layout = compute_layout(doc.snapshot(journey), {o.id: o.name for o in doc.owners()})
    renamed = [layout.station(s.id) for s in stations[: len(TITLES)]]
    assert [box.title.lines for box in renamed if box is not None]
    for box in layout.stations:
        assert box.title.bold
        assert _fits(box.title), box.title.lines
    for box, title in zip(renamed, TITLES, strict=False):
        assert box is not None
        shown = " ".join(box.title.lines)
        assert shown == title or shown.endswith("…"), shown
