"""The properties panel, driven through its widgets: every change one undo step, undo shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.document import Document
from tests.widgets.conftest import close_window


def first_station(window, title: str = "Compares prices online"):
    editor = window.editor
    return next(s for s in editor.document.stations(editor.journey_id) if s.title == title)


def steps(window) -> int:
    return window.editor.undo_stack.index()


def type_into(qtbot, field, text: str) -> None:
    """Select what the field holds, type ``text`` and press Enter, as a user would."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.fixture
def panel(window):
    return window.properties


@pytest.fixture
def station(window, panel):
    s = first_station(window)
    window.view.select("station", [s.id])
    return s


def test_nothing_selected_shows_a_hint(window, panel):
    window.view.select(None, [])
    assert panel.target() == (None, None)
    assert panel.pages.currentWidget().widget() is not panel.station_page


def test_selecting_a_station_shows_its_values(window, panel, station):
    assert panel.target() == ("station", station.id)
    assert panel.pages.currentWidget().widget() is panel.station_page
    assert panel.station_page.title.text() == "Compares prices online"
    assert panel.station_page.touchpoint.text() == "Price comparison site, nordlys.example/prices"
    assert panel.station_page.description.toPlainText() == station.description
    assert panel.station_page.needs.items() == [
        "See the real monthly cost for my home",
        "Understand spot price versus fixed price",
    ]
    assert panel.station_page.pain_points.items() == station.pain_points
    owner = window.editor.document.owner(station.owner_id)
    assert panel.station_page.owner.currentText() == owner.name
    assert panel.station_page.emotion.value() == 0
    assert panel.station_page.evidence.currentData() == "observed"
    assert panel.station_page.moment_of_truth.isChecked()
    assert (
        panel.station_page.impact.value(),
        panel.station_page.performance.value(),
        panel.station_page.target_rating.value(),
    ) == (
        4,
        2,
        4,
    )
    assert panel.station_page.gap.text().startswith("Gap 2")
    assert (panel.station_page.day.text(), panel.station_page.customers.text()) == ("-14", "12000")
    assert (panel.station_page.duration.text(), panel.station_page.drop_off.text()) == ("25", "62")
    assert "Compares offers" in panel.station_page.where.text()


def test_typing_a_title_is_one_undo_step_saved_to_the_file(
    window, panel, station, qtbot, workshop_path
):
    before = steps(window)
    type_into(qtbot, panel.station_page.title, "Compares prices on the phone")
    assert window.editor.document.station(station.id).title == "Compares prices on the phone"
    assert steps(window) == before + 1
    panel.station_page.title.clearFocus()  # leaving the field after Enter adds no second step
    assert steps(window) == before + 1
    assert window.action("undo").text() == "Undo Rename station"

    close_window(window)
    with Document.open(workshop_path, readonly=True) as reopened:
        assert reopened.station(station.id).title == "Compares prices on the phone"


def test_undo_shows_the_old_value_in_the_panel_at_once(window, panel, station, qtbot):
    type_into(qtbot, panel.station_page.title, "Something else")
    type_into(qtbot, panel.station_page.touchpoint, "Billboard")
    window.action("undo").trigger()
    assert panel.station_page.touchpoint.text() == "Price comparison site, nordlys.example/prices"
    window.action("undo").trigger()
    assert panel.station_page.title.text() == "Compares prices online"
    window.action("redo").trigger()
    assert panel.station_page.title.text() == "Something else"


def test_an_empty_title_is_refused_and_the_field_shows_the_title_again(
    window, panel, station, qtbot
):
    before = steps(window)
    type_into(qtbot, panel.station_page.title, "   ")
    assert steps(window) == before
    assert panel.station_page.title.text() == "Compares prices online"
    assert "station title" in window.status_label.text()


def test_the_description_commits_when_the_user_leaves_it(window, panel, station, qtbot):
    before = steps(window)
    panel.station_page.description.setFocus()
    panel.station_page.description.selectAll()
    qtbot.keyClicks(panel.station_page.description, "Looks at three sites")
    assert steps(window) == before  # not per keystroke
    panel.station_page.description.commit()  # what leaving the field does
    assert window.editor.document.station(station.id).description == "Looks at three sites"
    assert steps(window) == before + 1


def test_needs_add_remove_and_reorder_each_one_step(window, panel, station, qtbot):
    needs = panel.station_page.needs
    start = steps(window)
    type_into(qtbot, needs.entry, "No surprises on the first bill")
    saved = window.editor.document.station(station.id).needs
    assert saved[-1] == "No surprises on the first bill"
    assert needs.items() == saved and steps(window) == start + 1

    needs.list.setCurrentRow(2)
    needs.up_button.click()
    moved = window.editor.document.station(station.id).needs
    assert moved[1] == "No surprises on the first bill"
    assert needs.list.currentRow() == 1  # the moved need stays selected
    assert steps(window) == start + 2

    needs.list.setCurrentRow(0)
    needs.remove_button.click()
    assert window.editor.document.station(station.id).needs == [
        "No surprises on the first bill",
        "Understand spot price versus fixed price",
    ]
    assert steps(window) == start + 3
    window.action("undo").trigger()
    assert needs.items()[0] == "See the real monthly cost for my home"


def test_editing_a_need_in_place(window, panel, station):
    item = panel.station_page.needs.list.item(0)
    item.setText("See the total cost per month")  # what the inline editor commits
    assert window.editor.document.station(station.id).needs[0] == "See the total cost per month"


def test_delete_in_the_needs_list_removes_the_need_not_the_station(window, panel, station, qtbot):
    window.activateWindow()
    panel.station_page.pain_points.list.setFocus()
    panel.station_page.pain_points.list.setCurrentRow(0)
    qtbot.keyClick(panel.station_page.pain_points.list, Qt.Key.Key_Delete)
    found = window.editor.document.station(station.id)
    assert found is not None
    assert found.pain_points == ["Spot price is explained in jargon"]


def test_emotion_faces_set_the_emotion(window, panel, station):
    before = steps(window)
    panel.station_page.emotion.buttons[2].click()
    assert window.editor.document.station(station.id).emotion == 2
    assert panel.station_page.emotion.value() == 2
    panel.station_page.emotion.buttons[None].click()
    assert window.editor.document.station(station.id).emotion is None
    assert panel.station_page.emotion.label.text() == "Not assessed yet"
    assert steps(window) == before + 2


def test_ratings_set_and_clear_and_the_gap_follows(window, panel, station):
    panel.station_page.performance.buttons[4].click()
    assert window.editor.document.station(station.id).performance == 4
    assert panel.station_page.gap.text().startswith("No gap")
    panel.station_page.performance.buttons[4].click()  # clicking the chosen one again clears it
    assert window.editor.document.station(station.id).performance is None
    assert panel.station_page.gap.text().startswith("Gap: rate")


def test_numbers_and_choices(window, panel, station, qtbot):
    type_into(qtbot, panel.station_page.customers, "15000")
    type_into(qtbot, panel.station_page.duration, "7,5")
    type_into(qtbot, panel.station_page.drop_off, "")
    found = window.editor.document.station(station.id)
    assert (found.customers, found.duration_minutes, found.drop_off_percent) == (15000, 7.5, None)
    panel.station_page.evidence.setCurrentIndex(panel.station_page.evidence.findData("assumed"))
    panel.station_page.evidence.activated.emit(panel.station_page.evidence.currentIndex())
    panel.station_page.moment_of_truth.click()
    found = window.editor.document.station(station.id)
    assert (found.evidence, found.moment_of_truth) == ("assumed", False)


def test_a_drop_off_above_100_is_refused_with_the_reason(window, panel, station, qtbot):
    type_into(qtbot, panel.station_page.drop_off, "140")
    assert window.editor.document.station(station.id).drop_off_percent == 62
    assert panel.station_page.drop_off.text() == "62"
    assert "drop-off" in window.status_label.text()


def test_a_new_owner_by_typing_a_name_is_one_step(window, panel, station, qtbot):
    document = window.editor.document
    owners_before = len(document.owners())
    before = steps(window)
    type_into(qtbot, panel.station_page.owner.edit, "Nina Berg")
    owners = document.owners()
    assert len(owners) == owners_before + 1
    nina = next(o for o in owners if o.name == "Nina Berg")
    assert document.station(station.id).owner_id == nina.id
    assert steps(window) == before + 1
    assert window.action("undo").text() == "Undo Set owner to new “Nina Berg”"
    assert panel.station_page.owner.currentText() == "Nina Berg"

    window.action("undo").trigger()
    assert len(document.owners()) == owners_before
    assert document.station(station.id).owner_id == station.owner_id
    assert panel.station_page.owner.currentText() == document.owner(station.owner_id).name


def test_picking_an_existing_owner_and_no_owner(window, panel, station, qtbot):
    document = window.editor.document
    other = next(o for o in document.owners() if o.id != station.owner_id)
    type_into(qtbot, panel.station_page.owner.edit, other.name.upper())  # names match without case
    assert document.station(station.id).owner_id == other.id
    assert len(document.owners()) == len({o.name for o in document.owners()})
    index = panel.station_page.owner.findData(None)
    panel.station_page.owner.setCurrentIndex(index)
    panel.station_page.owner.activated.emit(index)
    assert document.station(station.id).owner_id is None


def test_ctrl_z_in_a_field_with_nothing_typed_undoes_the_map(window, panel, station, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    type_into(qtbot, panel.station_page.title, "Renamed")
    assert panel.station_page.title.hasFocus()
    qtbot.keyClick(panel.station_page.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.document.station(station.id).title == "Compares prices online"
    assert panel.station_page.title.text() == "Compares prices online"


def test_a_phase_name_and_colour(window, panel, qtbot):
    editor = window.editor
    phase = editor.document.phases(editor.journey_id)[1]
    window.view.select("phase", [phase.id])
    assert panel.pages.currentWidget().widget() is panel.phase_page
    assert panel.phase_page.name.text() == "Signs up"
    type_into(qtbot, panel.phase_page.name, "Signs the contract")
    assert editor.document.phase(phase.id).name == "Signs the contract"
    swatch = next(iter(panel.phase_page.color.swatch_buttons))
    panel.phase_page.color.swatch_buttons[swatch].click()
    assert editor.document.phase(phase.id).color == swatch
    assert panel.phase_page.color.text() == "Pale blue"  # the palette names its colours
    panel.phase_page.color.menu().actions()[0].trigger()  # Automatic
    assert editor.document.phase(phase.id).color is None
    window.action("undo").trigger()
    assert panel.phase_page.color.value() == swatch


def test_a_line_name_colour_and_kind(window, panel, qtbot):
    editor = window.editor
    line = editor.document.lines(editor.journey_id)[0]
    window.view.select("line", [line.id])
    assert panel.pages.currentWidget().widget() is panel.line_page
    assert panel.line_page.name.text() == "Web & app"
    assert panel.line_page.color.value() == "#1F7A8C"
    type_into(qtbot, panel.line_page.name, "Website")
    panel.line_page.color.swatch_buttons["#D15C00"].click()
    panel.line_page.kind_buttons["backstage"].click()
    found = editor.document.line(line.id)
    assert (found.name, found.color, found.kind) == ("Website", "#D15C00", "backstage")


def test_deleting_the_shown_station_clears_the_panel(window, panel, station):
    window.view.delete_selection()
    assert panel.target() == (None, None)
    window.action("undo").trigger()  # the selection is gone; the panel stays empty
    assert window.editor.document.station(station.id) is not None


def test_a_field_being_typed_in_is_committed_when_the_selection_moves(
    window, panel, station, qtbot
):
    panel.station_page.touchpoint.setFocus()
    panel.station_page.touchpoint.selectAll()
    qtbot.keyClicks(panel.station_page.touchpoint, "Comparison app")
    other = first_station(window, "Reads customer reviews")
    window.view.select("station", [other.id])
    assert window.editor.document.station(station.id).touchpoint == "Comparison app"
    assert panel.station_page.title.text() == "Reads customer reviews"


def test_customer_quotes_add_change_source_remove_each_one_step(window, panel, qtbot):
    s = first_station(window, "Receives first bill")
    window.view.select("station", [s.id])
    quotes = panel.station_page.quotes
    assert [q["text"] for q in quotes.quotes()] == [q["text"] for q in s.quotes]
    start = steps(window)

    quotes.list.clearSelection()
    quotes.source.setCurrentIndex(quotes.source.findData("review"))  # the next quote's source
    type_into(qtbot, quotes.entry, "  I had to call three times. <b>&</b>  ")
    saved = window.editor.document.station(s.id).quotes
    assert saved[-1] == {"text": "I had to call three times. <b>&</b>", "source": "review"}
    assert quotes.quotes() == saved and steps(window) == start + 1
    assert quotes.list.currentRow() == 2  # the new quote is selected

    quotes.source.activated.emit(quotes.source.findData("support"))  # the user picks a source
    assert window.editor.document.station(s.id).quotes[2]["source"] == "support"
    assert steps(window) == start + 2

    quotes.list.setCurrentRow(0)
    assert quotes.source.currentData() == "survey"  # the box follows the selected quote
    quotes.remove_button.click()
    assert [q["source"] for q in window.editor.document.station(s.id).quotes] == [
        "support",
        "support",
    ]
    assert steps(window) == start + 3
    window.action("undo").trigger()
    assert quotes.quotes() == window.editor.document.station(s.id).quotes
    assert len(quotes.quotes()) == 3
