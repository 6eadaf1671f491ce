"""A phase stop shows a station's notes whole, all of them where the screen has room, the ideas
mark with its count, and pain-point text clear of its bar; what a crowded phase leaves out it
says is in the spotlight. Checked on the screen the room sees (the viewport's pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage

from app import translations
from app.editor import Editor
from exporters.marks import BADGE_R
from models import edits, style
from models.layout import MARKER_R
from models.text_metrics import ELLIPSIS
from tests.widgets.canvas.test_presenting import MARKER, SCREENS, check_stop, inside, present
from widgets.canvas.view import MapView

LONG_NEED = (
    "See the real monthly cost for my home including grid tariff, energy tax, VAT, the fixed "
    "monthly fee and the expected spot price markup, without having to do the arithmetic "
    "myself on the back of an envelope while the sales person waits on the phone"
)
LONG_PAIN = (
    "Kundeservice på sjællandsk: Überraschungsgebühren, Энергетическая компания, ÅÄÖ åäø — "
    "the price page hides the monthly fee behind three clicks and a PDF that nobody opens, "
    "so the first bill comes as a surprise to almost everyone we interviewed"
)


def _first_station(editor: Editor, phase_index: int) -> int:
    document = editor.document
    phase = document.phases(editor.journey_id)[phase_index]
    return next(s.id for s in document.stations(editor.journey_id) if s.phase_id == phase.id)


def grab(view: MapView) -> QImage:
    return view.viewport().grab().toImage()


def near(color: QColor, hex_color: str, tolerance: int = 40) -> bool:
    other = QColor(hex_color)
    return (
        abs(color.red() - other.red())
        + abs(color.green() - other.green())
        + abs(color.blue() - other.blue())
        <= tolerance
    )


def to_screen(view: MapView, x: float, y: float) -> tuple[int, int]:
    p = view.mapFromScene(QPointF(x, y))
    return p.x(), p.y()


@pytest.mark.parametrize(("size", "title_min", "note_min"), SCREENS)
def test_every_note_of_a_station_is_shown_whole_where_the_screen_has_room(
    view, editor, size, title_min, note_min
):
    """Four needs and four pain points (more than the three the room once showed), the first
    of each long: where the phase has room they are all there, each wrapped whole (never "…",
    never "+1 more"), at the room's sizes."""
    sid = _first_station(editor, 0)
    needs = [LONG_NEED, "Know the price", "Switch in one go", "Keep my meter"]
    pains = [LONG_PAIN, "Jargon", "Hidden fee", "Two bills"]
    assert editor.push(edits.update_station(sid, needs=needs, pain_points=pains)).applied
    present(view, *size)
    view.focus_phase(0)
    check_stop(view, 0, title_min, note_min, all_notes=True)
    box = view.map_scene.station_item(sid).box
    assert [" ".join(c.text.lines) for c in box.needs] == [" ".join(n.split()) for n in needs]
    assert [" ".join(c.text.lines) for c in box.pains] == [" ".join(p.split()) for p in pains]
    assert not box.extras and box.more_needs == 0


def _crowd(editor: Editor) -> None:
    """Two more stations with long notes on each of the first two lines of the first phase."""
    journey = editor.journey_id
    document = editor.document
    phase = document.phases(journey)[0]
    lines = document.lines(journey)
    for line in lines[:2]:
        for k in range(2):
            outcome = editor.push(
                edits.add_station(
                    phase.id,
                    line.id,
                    f"Crowded step {k + 1}",
                    needs=[LONG_NEED, "Know the price", "Keep my meter", "No paperwork"],
                    pain_points=[LONG_PAIN, "Jargon", "Hidden fee", "Two bills"],
                )
            )
            assert outcome.applied, outcome


def test_a_crowded_phase_says_what_it_leaves_to_the_spotlight(view, editor):
    """Where the screen truly runs out, a long note keeps its first lines and ends with the
    spotlight's marker, and the notes left out are counted under the station; nothing is cut
    with "…" and every text stays at the room's sizes."""
    _crowd(editor)
    present(view, 1366, 768)
    view.focus_phase(0)
    check_stop(view, 0, 22.0, 16.0, all_notes=False)
    boxes = view.map_scene.layout.stations
    marked = [c for b in boxes for c in (*b.needs, *b.pains) if c.text.lines[-1] == MARKER]
    assert marked  # the long notes, cut short with the marker
    for card in marked:
        assert inside(view, card.text.rect)
    counted = [b for b in boxes if b.extras]
    assert counted
    for b in boxes:
        for block in (*b.extras, *(c.text for c in (*b.needs, *b.pains))):
            assert not any(ELLIPSIS in line for line in block.lines)


@pytest.mark.parametrize(("size", "title_min", "note_min"), SCREENS)
def test_the_ideas_mark_shows_at_phase_stops(view, editor, size, title_min, note_min):
    """A station with ideas has the ideas mark, as on the map: the dark green square, with the
    count, drawn on the screen (beside the gold star on a moment of truth, not over it)."""
    sid = _first_station(editor, 1)
    for title in ("Explain the fee", "Show the total"):
        assert editor.push(edits.add_action(editor.journey_id, title, station_id=sid)).applied
    assert editor.push(edits.update_station(sid, moment_of_truth=True)).applied
    ideas = sum(1 for a in editor.document.actions(editor.journey_id) if a.station_id == sid)
    present(view, *size)
    view.focus_phase(1)
    check_stop(view, 1, title_min, note_min)
    box = view.map_scene.station_item(sid).box
    assert box.action_count == ideas >= 2 and box.idea_center is not None
    star = (box.center[0] + box.radius * 0.95, box.center[1] + box.radius * 0.95)
    assert box.idea_center != star  # the moment of truth keeps its star
    image = grab(view)
    half = BADGE_R * box.radius / MARKER_R
    corner = to_screen(view, box.idea_center[0] - half * 0.7, box.idea_center[1] - half * 0.7)
    assert near(image.pixelColor(*corner), style.IDEA_BADGE)  # the square, on screen
    x0, y0 = to_screen(view, box.idea_center[0] - half * 0.5, box.idea_center[1] - half * 0.5)
    x1, y1 = to_screen(view, box.idea_center[0] + half * 0.5, box.idea_center[1] + half * 0.5)
    inside_square = [image.pixelColor(x, y) for x in range(x0, x1) for y in range(y0, y1)]
    assert any(near(c, "#FFFFFF", 60) for c in inside_square)  # the white count on it


@pytest.mark.parametrize("size", [s for s, _, _ in SCREENS])
def test_pain_point_text_keeps_clear_of_its_bar(view, editor, size):
    """On every pain note of the stop "Gets the first bill", between the bar down its left
    edge and the first letter there is the note's own colour (a gap), never the text on the
    bar (the facilitator's review saw "Readings…" over the bar at 1366x768)."""
    present(view, *size)
    index = next(
        i for i, p in enumerate(editor.document.phases(editor.journey_id)) if "first bill" in p.name
    )
    view.focus_phase(index)
    image = grab(view)
    cards = [c for b in view.map_scene.layout.stations for c in b.pains]
    assert len(cards) >= 3
    theme = view.map_scene.look.theme
    for card in cards:
        text = card.text
        y = text.rect.y + text.size * 0.6  # through the first line's letters
        _, sy = to_screen(view, card.rect.x, y)
        sx0, _ = to_screen(view, card.rect.x + 1, y)
        sx1, _ = to_screen(view, text.rect.x + text.size * 2, y)
        row = [image.pixelColor(x, sy) for x in range(sx0, sx1)]
        bar = [i for i, c in enumerate(row) if near(c, theme.pain_edge)]
        assert bar and bar[0] <= 2 and len(bar) >= 3, text.lines[0]  # the bar, at the edge
        after = row[bar[-1] + 1 :]
        first_ink = next(i for i, c in enumerate(after) if c.lightness() < 100)  # a letter
        gap = [c for c in after[:first_ink] if near(c, theme.pain_card)]
        assert len(gap) >= 4, (text.lines[0], len(gap))  # at least 4 px of the note's colour


def test_the_selection_frame_goes_around_the_station_at_a_stop(view, editor):
    """Selected at a phase stop, the frame takes in the whole title and every note (the room
    layout's wide stations), and the item paints it (inside its own bounds)."""
    present(view, 1366, 768)
    view.focus_phase(0)
    for item in view.map_scene.station_items():
        view.select("station", [item.item_id])
        frame = item.selection_rect()
        box = item.box
        for r in (box.title.rect, *(c.rect for c in (*box.needs, *box.pains))):
            assert frame.contains(QRectF(r.x, r.y, r.w, r.h)), box.title.lines
        cx, cy = box.center
        assert item.boundingRect().translated(cx, cy).contains(frame)


def test_what_a_crowded_stop_leaves_out_is_said_in_the_windows_language(view, editor, qapp):
    translations.install("de")
    try:
        _crowd(editor)
        present(view, 1366, 768)
        view.focus_phase(0)
        boxes = view.map_scene.layout.stations
        said = {" ".join(b.lines) for box in boxes for b in box.extras}
        marks = {c.text.lines[-1] for box in boxes for c in (*box.needs, *box.pains)}
    finally:
        translations.install("en")
    assert said and all(t.startswith("+") and "weitere in der Einzelansicht" in t for t in said)
    assert "▸ mehr in der Einzelansicht" in marks and MARKER not in marks
