"""The map view while presenting: every stop is one whole phase, laid out for the room.

At 1920x1080 and at 1366x768, at every phase stop: every station title, need and pain point
is drawn at least the room's size on screen (computed from the items' text sizes and the
view's transform), inside the screen and never cut; the phase's header and every line's name
are on screen; the current phase is marked and the others are quieter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from models import edits, style
from models.layout import Rect, TextBlock
from models.text_metrics import ELLIPSIS
from widgets.canvas.view import MapView

# (screen, least station title px, least need and pain point px): the numbers.
SCREENS = [((1920, 1080), 28.0, 20.0), ((1366, 768), 22.0, 16.0)]
MARKER = "▸ more in the spotlight"  # a long note cut short in a crowded phase ends so


def present(view: MapView, width: int, height: int) -> None:
    view.resize(width, height)
    view.set_presenting(True)
    QApplication.processEvents()
    assert view.viewport().size().width() == width  # no scroll bars take room
    assert view.viewport().size().height() == height


def on_screen(view: MapView, rect: Rect) -> QRectF:
    """A layout rect as the viewport shows it (pixels)."""
    return view.mapFromScene(QRectF(rect.x, rect.y, rect.w, rect.h)).boundingRect().toRectF()


def inside(view: MapView, rect: Rect) -> bool:
    screen = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
    return screen.contains(on_screen(view, rect))


def px(view: MapView, block: TextBlock) -> float:
    """How high a text block's type is drawn now, in screen pixels."""
    return block.size * view.transform().m11()


def check_stop(
    view: MapView, index: int, title_min: float, note_min: float, all_notes: bool = True
) -> int:
    """Every promise of one stop; returns how many notes (needs and pain points) it showed.

    ``all_notes``: every need and pain point is there, wrapped whole; otherwise a long note
    may end with the marker that the rest is in the spotlight, and the notes left out are
    counted under the station ("+N more in the spotlight")."""
    scene = view.map_scene
    layout = scene.layout
    assert layout is not None
    document = view.editor.document
    phase = layout.phases[index]
    # The phase header, marked as the current one, and every line's name, on screen.
    assert inside(view, phase.header)
    assert phase.header_color == style.ROOM_CURRENT
    assert phase.label.color == style.ROOM_ON_CURRENT and phase.label.bold
    assert "".join(phase.label.lines).replace(" ", "") == phase.name.replace(" ", "")
    for other in layout.phases:
        if other.id != phase.id:  # the neighbours are quieter: smaller, not bold, not marked
            assert other.header_color != style.ROOM_CURRENT
            assert other.label.size < phase.label.size and not other.label.bold
    names = {ln.name for ln in document.lines(view.editor.journey_id)}
    assert {row.name for row in layout.rows} == names
    for row in layout.rows:
        assert inside(view, row.label.rect), row.name
        item = scene.line_item(row.id)
        assert item is not None and item.isVisible()
    # Every station of the phase (all its lines), each with all its text on screen.
    wanted = {s.id for s in document.stations(view.editor.journey_id) if s.phase_id == phase.id}
    shown = {item.item_id for item in scene.station_items()}
    assert shown == wanted
    notes = 0
    for item in scene.station_items():
        box = item.box
        station = document.station(box.id)
        assert station is not None
        assert px(view, box.title) >= title_min, station.title
        assert inside(view, box.title.rect), station.title
        assert " ".join(box.title.lines) == " ".join(station.title.split())  # never cut
        # The item paints everything its box holds (nothing clipped by its own bounds).
        bounds = item.sceneBoundingRect()
        blocks = [box.title, *([box.owner] if box.owner else [])]
        blocks += [card.text for card in (*box.needs, *box.pains)]
        for block in blocks:
            r = block.rect
            assert bounds.contains(QRectF(r.x, r.y, r.w, r.h)), block.lines
        texts = [*station.needs, *station.pain_points]
        for card in (*box.needs, *box.pains):
            assert px(view, card.text) >= note_min, card.text.lines
            assert inside(view, card.rect), card.text.lines
            assert not any(ELLIPSIS in line for line in card.text.lines)
            shown = " ".join(card.text.lines)
            whole = shown in {" ".join(t.split()) for t in texts}
            assert whole or (not all_notes and shown.endswith(MARKER)), shown
            notes += 1
        left_out = len(station.needs) - len(box.needs) + len(station.pain_points) - len(box.pains)
        said = [" ".join(b.lines) for b in box.extras]
        assert box.more_needs == 0  # said in the window's language, under the notes
        if all_notes:
            assert (len(box.needs), len(box.pains)) == (
                len(station.needs),
                len(station.pain_points),
            )
            assert not said
        elif left_out:
            assert said == [f"+{left_out} more in the spotlight"]
            for block in box.extras:
                assert inside(view, block.rect) and px(view, block) >= note_min
        # The ideas mark where the station has ideas, with their count.
        ideas = sum(1 for a in document.actions(view.editor.journey_id) if a.station_id == box.id)
        assert box.action_count == ideas
        assert (box.idea_center is not None) == bool(ideas)
    return notes


@pytest.mark.parametrize(("size", "title_min", "note_min"), SCREENS)
def test_every_phase_stop_is_readable_from_the_back(view, size, title_min, note_min):
    present(view, *size)
    notes = 0
    for index in range(view.phase_count()):
        view.focus_phase(index)
        assert view.presented_phase() == index
        notes += check_stop(view, index, title_min, note_min)
    assert notes > 40  # the sample's needs and pain points were all there to measure


@pytest.mark.parametrize(("size", "title_min", "note_min"), SCREENS)
def test_a_crowded_lane_flows_onto_more_rows_of_its_line(view, editor, size, title_min, note_min):
    journey = editor.journey_id
    phase = editor.document.phases(journey)[2]
    line = editor.document.lines(journey)[0]
    for k in range(9 if size[1] == 1080 else 8):  # more than fit across the screen
        outcome = editor.push(
            edits.add_station(phase.id, line.id, f"Extra step number {k + 1}", needs=[f"Need {k}"])
        )
        assert outcome.applied, outcome
    present(view, *size)
    view.focus_phase(2)
    check_stop(view, 2, title_min, note_min, all_notes=False)
    layout = view.map_scene.layout
    lane = [b for b in layout.stations if b.line_id == line.id]
    assert len(lane) >= 8
    rows_of_lane = {b.slot.y for b in lane}
    assert len(rows_of_lane) >= 2  # flowed onto more rows, not cut into parts
    row = next(r for r in layout.rows if r.id == line.id)
    assert all(row.rect.y <= b.slot.y < row.rect.bottom for b in lane)


@pytest.mark.parametrize(("size", "title_min", "note_min"), SCREENS)
def test_the_overview_shows_the_journey_at_phase_level(view, editor, size, title_min, note_min):
    present(view, *size)  # presenting opens on the overview
    assert view.presented_phase() is None
    layout = view.map_scene.layout
    document = editor.document
    phases = document.phases(editor.journey_id)
    assert [band.name for band in layout.phases] == [p.name for p in phases]
    assert not layout.stations and layout.curve is not None
    captions = view.map_scene.captions_item()
    assert captions is not None and len(captions.blocks) == len(phases)
    actions = document.actions(editor.journey_id)
    for band, phase, facts in zip(layout.phases, phases, captions.blocks, strict=True):
        assert inside(view, band.header) and inside(view, facts.rect)
        assert px(view, band.label) >= title_min
        assert px(view, facts) >= note_min
        stations = [s for s in document.stations(editor.journey_id) if s.phase_id == phase.id]
        pains = sum(len(s.pain_points) for s in stations)
        ideas = sum(1 for a in actions if a.station_id in {s.id for s in stations})
        moments = sum(1 for s in stations if s.moment_of_truth)
        text = " ".join(facts.lines)
        assert f"{pains} pain point" in text and f"{ideas} idea" in text
        assert f"{moments} moment" in text
    assert inside(view, layout.curve.rect)
    assert px(view, layout.curve.label) >= title_min * 0.8
    assert len(layout.curve.points) == sum(
        1
        for s in document.stations(editor.journey_id)
        if s.emotion is not None and document.line(s.line_id).kind != "backstage"
    )


def test_the_overview_the_phases_and_back_to_the_map(view):
    present(view, 1920, 1080)
    map_width = view.map_scene.live.layout.width
    view.focus_phase(1)
    assert view.map_scene.layout.width == 1920  # the room layout of the stop
    assert view.map_scene.title_item() is None and view.map_scene.curve_item() is None
    view.show_whole_map()
    assert view.presented_phase() is None
    assert view.map_scene.captions_item() is not None  # the overview again
    view.set_presenting(False)
    assert view.map_scene.layout is view.map_scene.live.layout
    assert view.map_scene.layout.width == map_width
    assert view.map_scene.title_item() is not None and view.map_scene.captions_item() is None
    assert not view.projector_theme()


def test_a_stop_follows_edits_and_a_new_screen_size(view, editor):
    present(view, 1920, 1080)
    view.focus_phase(0)
    station = next(iter(view.map_scene.station_items())).box
    editor.push(edits.update_station(station.id, title="Renamed in the room"))
    box = view.map_scene.station_item(station.id).box
    assert box.title.lines == ("Renamed in the room",)
    view.resize(1366, 768)
    QApplication.processEvents()
    assert view.map_scene.layout.width == 1366
    check_stop(view, 0, 22.0, 16.0)


def test_presenting_hides_the_scroll_bars_and_gives_them_back(view: MapView):
    present(view, 1100, 720)
    view.zoom_by(3)
    QApplication.processEvents()
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()
    view.set_presenting(False)
    QApplication.processEvents()
    assert view.horizontalScrollBar().isVisible()
    assert view.sceneRect() == view.map_scene.sceneRect()  # the scene's own rect again
    assert not view.projector_theme()
