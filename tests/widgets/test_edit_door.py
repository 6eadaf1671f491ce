"""The one edit door, through the real window: every edit answers applied (with its result) or
refused (with the sentence the user sees); the Editor decides which journey is shown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from app.editor import Outcome
from models import edits
from tests.widgets.test_properties_panel import type_into


def stations(window) -> list[int]:
    return [s.id for s in window.editor.document.stations(window.editor.journey_id)]


def test_delete_move_and_cut_say_they_succeeded(window, qtbot):
    editor, view = window.editor, window.view
    first, second, third = stations(window)[:3]

    view.select("station", [first])
    before = editor.document.station(first)
    assert view.move_selection("right") is True
    moved = editor.document.station(first)
    assert (moved.phase_id, moved.line_id, moved.position) != (
        before.phase_id,
        before.line_id,
        before.position,
    )

    view.select("station", [second])
    assert view.cut_selection() is True
    assert second not in stations(window)
    assert "Reads customer reviews" in QGuiApplication.clipboard().text()

    view.select("station", [third])
    assert view.delete_selection() is True
    assert third not in stations(window)
    assert editor.undo_stack.undoText().startswith("Delete")

    # Edit ▸ Paste brings the cut station back, and the door hands its new id to the view
    view.setFocus()
    window.action("paste").trigger()
    kind, ids = view.selection()
    assert kind == "station" and len(ids) == 1
    assert editor.document.station(ids[0]).title == "Reads customer reviews"


def test_the_door_answers_with_the_result_or_the_sentence(window):
    editor = window.editor
    snapshot = editor.document.snapshot(editor.journey_id)
    phase, line = snapshot.phases[0], snapshot.lines[0]
    added = editor.push(edits.add_station(phase.id, line.id, "Calls the hotline"))
    assert added.applied and added.message == ""
    assert editor.document.station(added.result).title == "Calls the hotline"

    deleted = editor.push(edits.delete_stations([added.result]))
    assert deleted == Outcome(True, None, "")  # applied, with no result: still a success

    refused = editor.push(edits.update_station(987654, title="Gone"))
    assert not refused.applied and refused.result is None
    assert refused.message == "That station no longer exists."
    assert window.status_label.text() == refused.message


def test_a_refused_edit_in_the_details_panel_shows_its_sentence(window, qtbot):
    first = stations(window)[0]
    window.view.select("station", [first])
    page = window.properties.station_page
    steps = window.editor.undo_stack.index()
    type_into(qtbot, page.title, "   ")
    assert window.editor.undo_stack.index() == steps  # nothing on the stack
    assert page.title.text() == window.editor.document.station(first).title  # shown again
    assert "title" in window.status_label.text()
    assert window.status_label.toolTip() == window.status_label.text()  # the failure look

    type_into(qtbot, page.title, "Compares three price sites")
    assert window.editor.document.station(first).title == "Compares three price sites"
    assert window.status_label.text() == "All changes saved"


@pytest.fixture
def three_journeys(window):
    editor = window.editor
    outcome = editor.push(
        edits.add_journey("Moving house", ["Plans", "Moves"], [("Web & app", "frontstage")])
    )
    assert outcome.applied
    ids = [j.id for j in editor.document.journeys()]
    assert len(ids) == 3 and ids[-1] == outcome.result
    return ids


def shown_everywhere(window) -> tuple[int, int, int]:
    """The journey the Editor, the switcher and the canvas each show."""
    switcher = window.switcher
    scene = window.view.map_scene
    assert scene.snapshot is not None
    return (
        window.editor.journey_id,
        int(switcher.itemData(switcher.currentIndex())),
        scene.snapshot.journey.id,
    )


def test_deleting_the_shown_journey_shows_its_neighbour_everywhere(window, three_journeys, qtbot):
    first, middle, last = three_journeys
    journeys = window.panels.journeys
    journeys.confirm = lambda _title, _question: True
    window.editor.set_journey(middle)
    assert shown_everywhere(window) == (middle, middle, middle)

    assert journeys.delete_journey(middle)  # the panel's Delete
    assert shown_everywhere(window) == (last, last, last)  # the next one

    window.action("undo").trigger()
    assert [j.id for j in window.editor.document.journeys()] == [first, middle, last]
    assert shown_everywhere(window) == (last, last, last)  # undo does not jump around

    window.editor.push(edits.delete_journey(last))  # the last one: the one before it
    assert shown_everywhere(window) == (middle, middle, middle)


def test_undoing_the_creation_of_the_shown_journey_shows_its_neighbour(window, three_journeys):
    first, middle, last = three_journeys
    window.switcher.setCurrentIndex(window.switcher.findData(last))  # chosen in the switcher
    assert shown_everywhere(window) == (last, last, last)
    window.action("undo").trigger()  # the journey added last goes away
    assert shown_everywhere(window) == (middle, middle, middle)
    assert window.switcher.journey_ids() == [first, middle]
    phases = [p.id for p in window.editor.document.snapshot(middle).phases]
    assert [p.id for p in window.view.map_scene.layout.phases] == phases
