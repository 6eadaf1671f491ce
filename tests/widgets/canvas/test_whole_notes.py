"""Needs and pain points are never cut on the editor's canvas: a long note is wrapped whole
(the room and the client see it there), in the shared layout that the PNG and SVG draw too."""

from __future__ import annotations

from models import edits, rules
from models.layout import compute_layout
from models.text_metrics import ELLIPSIS
from widgets.canvas.view import MapView

LONG_NEED = (
    "Wants to know before signing whether the price holds after the first year, what happens "
    "when moving house, and who to call when the meter reading looks wrong & <b>unfair</b>"
)
LONG_PAIN = "Å vente i telefonkø i førti minutter for å få svar på én enkel ting om regningen " * 3


def test_a_long_need_and_pain_point_are_drawn_whole_on_the_canvas(view: MapView):
    editor = view.editor
    station = view.map_scene.layout.stations[0]
    editor.push(edits.update_station(station.id, needs=[LONG_NEED], pain_points=[LONG_PAIN]))
    box = view.map_scene.layout.station(station.id)
    assert box is not None and box.needs and box.pains
    need_text = " ".join(box.needs[0].text.lines)
    pain_text = " ".join(box.pains[0].text.lines)
    assert ELLIPSIS not in need_text + pain_text
    assert need_text.split() == LONG_NEED.split()
    assert pain_text.split() == LONG_PAIN.split()
    assert len(box.pains[0].text.lines) > 2, "more than the two lines the canvas used to keep"
    item = view.map_scene.station_item(station.id)
    assert item is not None
    drawn = item.mapRectToScene(item.boundingRect())
    for card in (box.needs[0], box.pains[0]):
        assert drawn.top() <= card.rect.y and card.rect.bottom <= drawn.bottom() + 0.5
    # The row grew for them: the next station's notes do not run into them.
    row = next(r for r in view.map_scene.layout.rows if r.id == box.line_id)
    assert box.pains[0].rect.bottom <= row.rect.bottom


def test_the_longest_allowed_note_is_whole_too(document):
    journey = document.journeys()[0].id
    station = document.snapshot(journey).stations[0]
    longest = ("word " * (rules.LIST_ITEM_MAX // 5))[: rules.LIST_ITEM_MAX].strip()
    document.apply(edits.update_station(station.id, needs=[longest]))
    box = compute_layout(document.snapshot(journey), {}).station(station.id)
    assert box is not None
    assert " ".join(box.needs[0].text.lines).split() == longest.split()
