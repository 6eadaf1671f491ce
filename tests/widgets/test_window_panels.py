"""The workshop panels in the main window, driven as a user would: docked, reachable from the
keyboard, and wired to the map (show a station, add an idea, pick a station, follow journeys)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QTreeWidgetItem

from models import edits
from tests.widgets.conftest import close_window
from widgets.action_board import ACTION_ID_ROLE
from widgets.action_editors import IdeaDialog
from widgets.dock_bar import DockBar, TabbedBar
from widgets.owners_panel import STATION_ROLE
from widgets.priority_matrix import LARGE_TYPE, NORMAL_TYPE

PANEL_DOCKS = ("journeys-dock", "personas-dock", "owners-dock", "actions-dock", "matrix-dock")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def dock(window, name: str) -> QDockWidget:
    found = window.findChild(QDockWidget, name)
    assert found is not None, name
    return found


def station_point(view, station_id: int) -> QPoint:
    item = view.map_scene.item_of("station", station_id)
    assert item is not None
    return view.mapFromScene(item.sceneBoundingRect().center())


def select_first_action(board) -> int:
    """Make the board's first row the only selected one (as a click on it does)."""
    action_id = board.proxy.index(0, 0).data(ACTION_ID_ROLE)
    assert board.select_action(action_id)
    assert board.selected_action_ids() == [action_id]
    return action_id


def other_journey_station(window) -> tuple[int, int]:
    """(owner id, station id) of an owner's station in a journey that is not on the map."""
    document = window.editor.document
    current = window.editor.journey_id
    for journey in document.journeys():
        if journey.id == current:
            continue
        for station in document.stations(journey.id):
            if station.owner_id is not None:
                return station.owner_id, station.id
    raise AssertionError("the sample has an owned station in its second journey")


@pytest.fixture
def active(window, qtbot):
    """The window on the sample, active (shortcuts answer in the active window only)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.animation_ms = 0
    return window


# -- docked and reachable --------------------------------------------------------------------------
def test_the_panels_are_docked_in_tabs_beside_details_and_below_the_map(window):
    for name in ("journeys-dock", "personas-dock", "owners-dock"):
        assert dock(window, name).toggleViewAction().isChecked()
    # The board and the matrix start closed, so the map keeps the screen's height.
    for name in ("actions-dock", "matrix-dock"):
        assert not dock(window, name).toggleViewAction().isChecked()
    window.panels.show_panel("matrix")
    window.panels.show_panel("actions")
    assert dock(window, "actions-dock").isVisible()
    right = {d.objectName() for d in window.tabifiedDockWidgets(window.properties_dock)}
    assert right == {"journeys-dock", "personas-dock", "owners-dock"}
    bottom = {d.objectName() for d in window.tabifiedDockWidgets(dock(window, "actions-dock"))}
    assert bottom == {"matrix-dock"}
    assert (
        window.dockWidgetArea(dock(window, "actions-dock"))
        == Qt.DockWidgetArea.BottomDockWidgetArea
    )
    panels = window.panels
    assert panels.content("journeys") is panels.journeys
    assert panels.content("actions") is panels.board
    assert panels.content("matrix") is panels.matrix
    # The tabs name the docks; a second title would repeat it. A dock alone has its name.
    assert type(dock(window, "owners-dock").titleBarWidget()) is TabbedBar
    alone = dock(window, "palette-dock").titleBarWidget()
    assert type(alone) is DockBar and alone.title.text() == "Add to the map"


def test_every_panel_has_a_view_menu_entry_with_a_shortcut(active, qtbot):
    window = active
    texts = [a.text().replace("&", "") for a in window.panels_menu.actions()]
    assert texts[:2] == ["Add to the map", "Details"]
    for title, key, focus in (
        ("Owners", Qt.Key.Key_O, lambda p: p.owners.owners),
        ("Journeys", Qt.Key.Key_J, lambda p: p.journeys.list),
        ("Action board", Qt.Key.Key_A, lambda p: p.board.table),
        ("Effort/value matrix", Qt.Key.Key_M, lambda p: p.matrix.view),
    ):
        assert title in texts
        window.view.setFocus()
        qtbot.keyClick(window.view, key, CTRL_SHIFT)
        target = focus(window.panels)
        qtbot.waitUntil(target.hasFocus)
        assert target.isVisible()
    rows = dict(window.show_shortcuts().rows())
    assert "Personas" in rows and "Prioritise on the projector" in rows
    window.shortcuts_dialog.close()


def test_a_closed_panel_stays_closed_after_a_restart(make_window, workshop_path):
    window = make_window(workshop_path)
    dock(window, "personas-dock").close()
    close_window(window)
    again = make_window(workshop_path)
    assert not dock(again, "personas-dock").toggleViewAction().isChecked()
    again.action("panel_personas").trigger()
    assert dock(again, "personas-dock").isVisible()


def test_without_a_workshop_the_panels_say_so(window):
    window.close_workshop()
    assert window.panels.journeys is None
    placeholder = window.panels.content("owners")
    assert "Open a workshop" in placeholder.text()
    assert window.panels.content("actions") is window.panels.placeholders["actions"]


def test_keys_in_a_panel_are_the_panels_not_the_maps(active, qtbot):
    window = active
    editor, board = window.editor, window.panels.board
    stations_before = len(editor.document.stations(editor.journey_id))
    window.view.select("station", [editor.document.stations(editor.journey_id)[0].id])
    window.action("panel_actions").trigger()
    action_id = select_first_action(board)
    qtbot.keyClick(board.table, Qt.Key.Key_Delete)
    assert editor.document.action(action_id) is None  # the action went
    assert len(editor.document.stations(editor.journey_id)) == stations_before  # not a station
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # on the map, Delete is the map's again
    assert len(editor.document.stations(editor.journey_id)) == stations_before - 1


# -- panels → map ---------------------------------------------------------------------------------
def test_an_owners_station_opens_on_the_map_in_its_journey(active, qtbot):
    window = active
    owner_id, station_id = other_journey_station(window)
    station = window.editor.document.station(station_id)
    assert window.editor.journey_id != station.journey_id
    owners = window.panels.owners
    window.action("panel_owners").trigger()
    owners.select_owner(owner_id)
    group = owners.work.topLevelItem(0)
    item: QTreeWidgetItem = next(
        group.child(i)
        for i in range(group.childCount())
        if group.child(i).data(0, STATION_ROLE) == station_id
    )
    owners.work.scrollToItem(item)
    rect = owners.work.visualItemRect(item)
    # A double click is a click, then the double-click event (QTest sends only the latter).
    qtbot.mouseClick(owners.work.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(owners.work.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.journey_id == station.journey_id
    assert window.view.selection() == ("station", [station_id])
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    item_rect = window.view.map_scene.item_of("station", station_id).sceneBoundingRect()
    assert visible.intersects(item_rect)


def test_add_improvement_idea_on_the_map_adds_it_to_the_board(active, monkeypatch):
    window = active
    editor = window.editor
    station = editor.document.stations(editor.journey_id)[3]

    def fill_and_accept(dialog: IdeaDialog) -> None:
        dialog.title_edit.setText("Explain the first bill by video")
        dialog.accept()

    monkeypatch.setattr(IdeaDialog, "open", fill_and_accept)
    window.view.add_action_requested.emit(station.id)
    added = [a for a in editor.document.actions() if a.title == "Explain the first bill by video"]
    assert len(added) == 1 and added[0].station_id == station.id
    board = window.panels.board
    assert board.current_action_id() == added[0].id
    assert dock(window, "actions-dock").isVisible()


def test_pick_on_the_map_links_the_clicked_station(active, qtbot):
    window = active
    editor, view, board = window.editor, window.view, window.panels.board
    window.action("panel_actions").trigger()
    action_id = select_first_action(board)
    target = next(
        s
        for s in editor.document.stations(editor.journey_id)
        if s.id != editor.document.action(action_id).station_id
    )
    qtbot.mouseClick(board.pick_button, Qt.MouseButton.LeftButton)
    assert window.panels.picking == action_id
    assert "Esc cancels" in window.statusBar().currentMessage()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=station_point(view, target.id))
    assert editor.document.action(action_id).station_id == target.id
    assert window.panels.picking is None
    assert view.selection() == ("station", [target.id])
    assert "Linked" in window.statusBar().currentMessage()
    assert window.action("undo").text().startswith("Undo")


def test_escape_cancels_picking(active, qtbot):
    window = active
    editor, view, board = window.editor, window.view, window.panels.board
    action_id = select_first_action(board)
    before = editor.document.action(action_id).station_id
    assert board.request_pick()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.panels.picking is None
    assert window.statusBar().currentMessage() == ""
    other = next(s for s in editor.document.stations(editor.journey_id) if s.id != before)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=station_point(view, other.id))
    assert editor.document.action(action_id).station_id == before  # an ordinary click again


# -- journeys that go away ------------------------------------------------------------------------
def test_deleting_the_journey_on_the_map_shows_another_and_undo_brings_it_back(window):
    editor = window.editor
    first, second = [j.id for j in editor.document.journeys()]
    assert editor.journey_id == first
    editor.push(edits.delete_journey(first))
    assert editor.journey_id == second
    assert window.view.map_scene.layout is not None
    assert window.switcher.journey_ids() == [second]
    window.action("undo").trigger()
    assert [j.id for j in editor.document.journeys()] == [first, second]
    assert editor.journey_id == second  # the map stays where the user is


def test_undoing_the_future_journey_returns_to_the_one_it_came_from(window):
    editor, journeys = window.editor, window.panels.journeys
    source = editor.journey_id
    future = journeys.design_future(source)
    assert editor.journey_id == future
    window.action("undo").trigger()
    assert editor.document.journey(future) is None
    assert editor.journey_id in [j.id for j in editor.document.journeys()]
    assert window.view.map_scene.layout is not None


# -- the matrix on the projector ------------------------------------------------------------------
def test_f6_puts_the_matrix_on_the_projector_and_back(active, qtbot):
    window = active
    matrix, panels = window.panels.matrix, window.panels
    qtbot.keyClick(window.view, Qt.Key.Key_F6)
    qtbot.waitUntil(window.isFullScreen)
    assert window.presentation.active and panels.matrix_projected
    assert window.stack.currentWidget() is matrix
    assert matrix.typeface is LARGE_TYPE
    assert not window.presentation.next_action.isEnabled()  # the arrows are the matrix's now
    qtbot.keyClick(matrix.view, Qt.Key.Key_F6)
    assert not panels.matrix_projected and window.presentation.active
    assert window.stack.currentWidget() is window.view
    assert panels.content("matrix") is matrix and matrix.base_type is NORMAL_TYPE
    assert window.presentation.next_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_F6)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Escape)  # Esc leaves the presentation altogether
    assert not window.presentation.active and not panels.matrix_projected
    assert panels.content("matrix") is matrix


# -- workshop details, welcome, and files from the system -----------------------------------------
def test_workshop_details_from_the_file_menu_retitle_the_window(window):
    file_menu = window.menus[0]
    assert window.action("workshop_details") in file_menu.actions()
    dialog = window.edit_workshop_details()
    dialog.title_edit.setText("Kickoff with Nordlys")
    dialog.accept()
    assert window.windowTitle().startswith("Kickoff with Nordlys — ")
    window.action("undo").trigger()
    assert not window.windowTitle().startswith("Kickoff")


def test_the_welcome_shows_over_the_map_on_the_first_run_only_and_from_help(
    make_window, workshop_path, settings, qtbot
):
    window = make_window(workshop_path)
    welcome = window.welcome
    assert welcome is not None and welcome.isVisible()
    assert welcome.parentWidget() is window.view
    assert window.open_path(workshop_path)  # the same file: nothing new
    qtbot.mouseClick(welcome.got_it_button, Qt.MouseButton.LeftButton)
    assert settings.welcome_dismissed()
    close_window(window)
    again = make_window(workshop_path)
    assert again.welcome is None, "the second start shows no card"
    help_menu = again.menus[-1]
    assert again.action("welcome") in help_menu.actions()
    again.action("welcome").trigger()
    assert again.welcome is not None and again.welcome.isVisible()
    qtbot.keyClick(again.welcome, Qt.Key.Key_Escape)
    assert not again.welcome.isVisible()


def test_a_file_opened_by_the_system_opens_in_the_window(window, tmp_path, sample_doc):
    from models.transfer import import_document
    from widgets.gui import FileOpenFilter

    other = tmp_path / "finder.journey"
    import_document(sample_doc, other)
    app = QApplication.instance()
    file_open = FileOpenFilter(window.open_path, window)
    app.installEventFilter(file_open)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
    finally:
        app.removeEventFilter(file_open)
    assert Path(window.editor.document.path) == other


def test_a_tab_can_be_dragged_out_of_its_group(window, qtbot):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabBar

    window.resize(1400, 900)
    bar = next(
        b
        for b in window.findChildren(QTabBar)
        if b.isVisible() and "Owners" in [b.tabText(i) for i in range(b.count())]
    )
    start = bar.tabRect([bar.tabText(i) for i in range(bar.count())].index("Owners")).center()
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 40):
        QTest.mouseMove(bar, start + QPoint(-step * 12, step * 8))
        qtbot.wait(5)
    end = start + QPoint(-480, 320)
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    owners = dock(window, "owners-dock")
    qtbot.waitUntil(owners.isFloating)
    assert owners not in window.tabifiedDockWidgets(window.properties_dock)
