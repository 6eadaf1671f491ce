"""Journeys: switch, create from a template, rename in place, delete after asking, design the
future journey, and compare today with the future."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app.editor import Editor
from models import edits, fields
from models.layout import LABEL_W
from tests.widgets.panels.conftest import Answers
from widgets.canvas.phase_lane_item import PhaseLaneItem
from widgets.canvas.station_item import StationItem
from widgets.journey_comparison import EmotionComparisonItem, JourneyComparison
from widgets.journeys_panel import JourneysPanel

# Every station field but where it is (the copy gets its own phase and line).
STATION_FIELDS = (*fields.copied("station"), "owner_id")


def test_list_and_switch(make, qtbot, editor: Editor) -> None:
    panel = make(JourneysPanel, size=(380, 500))
    journeys = editor.document.journeys()
    assert panel.journey_ids() == [j.id for j in journeys]
    assert panel.selected_journey_id() == editor.journey_id == journeys[0].id
    switched: list[int] = []
    editor.journey_changed.connect(switched.append)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert switched == [journeys[1].id]
    assert editor.journey_id == journeys[1].id
    # The editor's own switches show in the list.
    editor.set_journey(journeys[0].id)
    assert panel.selected_journey_id() == journeys[0].id


def test_design_the_future_journey(make, qtbot, editor: Editor) -> None:
    panel = make(JourneysPanel, size=(380, 500))
    today = editor.document.snapshot(editor.journey_id)
    qtbot.mouseClick(panel.future_button, Qt.MouseButton.LeftButton)

    assert editor.undo_stack.count() == 1
    future_id = editor.journey_id
    assert future_id != today.journey.id
    assert panel.selected_journey_id() == future_id
    future = editor.document.snapshot(future_id)
    # What was copied …
    assert future.journey.name == "Onboarding today (future)"
    assert future.journey.state == "future"
    assert future.journey.persona_id == today.journey.persona_id
    assert [p.name for p in future.phases] == [p.name for p in today.phases]
    assert [(ln.name, ln.kind) for ln in future.lines] == [(ln.name, ln.kind) for ln in today.lines]
    assert len(future.stations) == len(today.stations)
    for old, new in zip(today.stations, future.stations, strict=True):
        assert {f: getattr(new, f) for f in STATION_FIELDS} == {
            f: getattr(old, f) for f in STATION_FIELDS
        }
    # … and what was not: the actions stay with today's journey, the ids are new.
    assert future.actions == []
    assert len(editor.document.actions(today.journey.id)) == len(today.actions) > 0
    assert not {s.id for s in future.stations} & {s.id for s in today.stations}
    # Right after today's journey in the list.
    ids = panel.journey_ids()
    assert ids[ids.index(today.journey.id) + 1] == future_id

    editor.undo()
    assert future_id not in [j.id for j in editor.document.journeys()]
    assert future_id not in panel.journey_ids()


def test_new_journey_from_a_template(make, qtbot, editor: Editor) -> None:
    panel = make(JourneysPanel, size=(380, 500))
    persona = editor.document.personas()[1]
    created: list[int] = []
    panel.journey_created.connect(created.append)
    dialog = panel.new_journey()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Moving house")
    dialog.choose_template("lifecycle")
    dialog.persona_combo.setCurrentIndex(dialog.persona_combo.findData(persona.id))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert len(created) == 1 and editor.journey_id == created[0]
    snap = editor.document.snapshot(created[0])
    assert snap.journey.name == "Moving house"
    assert snap.journey.persona_id == persona.id
    assert len(snap.phases) == 8
    assert editor.undo_stack.count() == 1
    assert panel.journey_ids()[-1] == created[0]


def test_rename_in_place(make, qtbot, editor: Editor) -> None:
    panel = make(JourneysPanel, size=(380, 500))
    panel.list.setFocus()
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    line = panel.list.findChild(QLineEdit)
    assert line is not None and line.isVisible()
    line.selectAll()
    qtbot.keyClicks(line, "Switching supplier, today")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the view commits on its next event round
    qtbot.waitUntil(
        lambda: editor.document.journey(editor.journey_id).name == "Switching supplier, today"
    )
    assert editor.undo_stack.count() == 1
    # An empty name is refused and the old one comes back.
    assert not panel.rename_journey(editor.journey_id, "  ")
    assert panel.list.currentItem().text() == "Switching supplier, today"


def test_delete_asks_first(make, editor: Editor) -> None:
    answers = Answers(answer=False)
    panel = make(JourneysPanel, size=(380, 500), confirm=answers)
    first, second = (j.id for j in editor.document.journeys())
    assert not panel.delete_journey()
    assert "Onboarding today" in answers.asked[0][1] and "13 actions" in answers.asked[0][1]
    assert len(editor.document.journeys()) == 2
    answers.answer = True
    assert panel.delete_journey()
    assert [j.id for j in editor.document.journeys()] == [second]
    assert editor.journey_id == second  # the map moved to the neighbour first
    assert not panel.delete_button.isEnabled()  # the last journey stays
    assert not panel.delete_journey()
    editor.undo()
    assert [j.id for j in editor.document.journeys()] == [first, second]
    assert len(editor.document.actions(first)) == 13


def test_comparison_shows_both_journeys_in_step(make, qtbot, editor: Editor) -> None:
    panel = make(JourneysPanel, size=(380, 500))
    comparison = panel.open_comparison()
    qtbot.waitExposed(comparison)
    today, future = (j.id for j in editor.document.journeys())
    assert (comparison.today_id, comparison.future_id) == (today, future)
    stations = [i for i in comparison.scene.items() if isinstance(i, StationItem)]
    expected = len(editor.document.stations(today)) + len(editor.document.stations(future))
    assert len(stations) == expected
    charts = [i for i in comparison.scene.items() if isinstance(i, EmotionComparisonItem)]
    assert len(charts) == 1
    chart = charts[0]
    # Both curves have points, over the same phase columns.
    assert chart.today and chart.future
    assert chart.columns.x[0] == LABEL_W
    # Phase k of today stands right above phase k of the future: same column for both.
    for station in stations:
        x = station.scenePos().x()
        assert LABEL_W <= x <= chart.columns.right
    # Following the document: a renamed phase shows at once (after the coalescing timer).
    phase = editor.document.phases(future)[0]
    editor.push(edits.update_phase(phase.id, name="Looks around"))
    qtbot.waitUntil(lambda: "Looks around" in _phase_names(comparison))
    # Hidden, it waits; shown again, it catches up.
    comparison.hide()
    editor.push(edits.update_phase(phase.id, name="Browses"))
    assert "Browses" not in _phase_names(comparison)
    comparison.show()
    assert "Browses" in _phase_names(comparison)
    comparison.set_projector_theme(True)
    assert comparison.large_type.isChecked()


def _phase_names(comparison: JourneyComparison) -> list[str]:
    return [i.band.name for i in comparison.scene.items() if isinstance(i, PhaseLaneItem)]


def test_comparison_without_a_future_journey(make, editor: Editor) -> None:
    today = editor.document.journeys()[0].id
    comparison = make(JourneyComparison, today_id=today, future_id=None)
    assert comparison.message.isVisibleTo(comparison)
    assert "Design the future journey" in comparison.message.text()
