"""The marks around a station's marker never cover one another: on a moment of truth the ideas
mark leaves the bottom right to the gold star (it hid the star on the map, the poster and the
room), on the map and on every presentation stop alike."""

from __future__ import annotations

from pathlib import Path

from models import interchange
from models.document import Document
from models.layout import compute_layout
from models.layout.room import RoomStop, room_layout
from models.resources import resource
from models.transfer import import_document


def test_the_ideas_mark_keeps_clear_of_the_moment_of_truths_star(tmp_path: Path) -> None:
    path = tmp_path / "w.journey"
    import_document(interchange.parse(resource("samples", "sample.json").read_bytes()), path)
    with Document.open(path) as doc:
        journey = doc.journeys()[0].id
        snapshot = doc.snapshot(journey)
        owners = {o.id: o.name for o in doc.owners()}
        counts: dict[int, int] = {}
        for action in doc.actions(journey):
            if action.station_id is not None:
                counts[action.station_id] = counts.get(action.station_id, 0) + 1
    layouts = [compute_layout(snapshot, owners, action_counts=counts)]
    layouts += [
        room_layout(snapshot, owners, RoomStop(i, 1366, 768), counts)
        for i in range(len(snapshot.phases))
    ]
    seen = {"moment": 0, "plain": 0}
    for layout in layouts:
        for box in layout.stations:
            if box.idea_center is None:
                continue
            cx, cy = box.center
            star = (cx + box.radius * 0.95, cy + box.radius * 0.95)  # paint_marker's star
            x, y = box.idea_center
            assert y > cy  # below the marker, as the map has it
            if box.moment_of_truth:
                seen["moment"] += 1
                assert abs(x - star[0]) >= box.radius, box.title.lines  # not over the star
                assert x < cx
            else:
                seen["plain"] += 1
                assert (x, y) == star  # bottom right, where the map always had it
    assert seen["moment"] >= 2 and seen["plain"] >= 2  # both cases were there to check
