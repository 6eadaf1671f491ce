"""The editor on a laptop: every panel closes and comes back from View ▸ Panels, its keys
toggle it, a tabbed panel has a close button, Focus on the map hides every panel and brings
them back, and at 1366×768 the map opens with station titles readable (>= 11 px)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QToolButton

from widgets.canvas.navigation import READABLE_PX


def dock(window, name: str) -> QDockWidget:
    found = window.findChild(QDockWidget, name)
    assert found is not None
    return found


def panels_menu_action(window, name: str):
    menu = window.panels_menu
    return next(a for a in menu.actions() if a is window.action(name))


def test_every_panel_closes_and_reopens_from_view_panels(window):
    keys = ["palette-dock", "properties-dock", *(f"panel_{k}" for k in window.panels.docks)]
    for key in keys:
        action = panels_menu_action(window, key)
        assert action.isCheckable(), key
    for key, d in window.panels.docks.items():
        action = panels_menu_action(window, f"panel_{key}")
        action.trigger()
        QApplication.processEvents()
        if not d.isHidden():  # it was open behind another tab: now in front; again closes
            assert action.isChecked()
            action.trigger()
        assert d.isHidden(), key
        assert not action.isChecked()
        action.trigger()
        assert not d.isHidden() and action.isChecked(), key
    for name in ("palette-dock", "properties-dock"):
        action = panels_menu_action(window, name)
        action.trigger()
        assert dock(window, name).isHidden() and not action.isChecked()
        action.trigger()
        assert not dock(window, name).isHidden() and action.isChecked()


def test_the_board_and_matrix_keys_toggle_them_and_a_tabbed_panel_has_a_close_button(window, qtbot):
    board = dock(window, "actions-dock")
    assert board.isHidden()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not board.isHidden()
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert board.isHidden(), "the same keys close it"

    window.panels.show_panel("matrix")
    window.panels.show_panel("actions")
    QApplication.processEvents()
    window.panels.tidy_title_bars()
    bar = board.titleBarWidget()
    assert bar is not None, "tabbed: its tab names it"
    close = bar.findChild(QToolButton, "dock-close")
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert board.isHidden()
    assert not window.action("panel_actions").isChecked()


def test_focus_on_the_map_hides_every_panel_and_brings_them_back(window):
    open_before = [d for d in window.findChildren(QDockWidget) if not d.isHidden()]
    assert open_before
    focus = window.action("focus_map")
    assert focus.isCheckable()
    assert focus in window.menus[2].actions(), "in the View menu"
    width = window.view.viewport().width()
    focus.trigger()
    QApplication.processEvents()
    assert all(d.isHidden() for d in window.findChildren(QDockWidget))
    assert window.view.viewport().width() > width, "the map has the window"
    focus.trigger()
    QApplication.processEvents()
    assert [d for d in window.findChildren(QDockWidget) if not d.isHidden()] == open_before


def test_at_1366_by_768_every_station_title_on_screen_is_readable(make_window, workshop_path):
    window = make_window(workshop_path)
    window.showNormal()
    window.resize(1366, 768)
    QApplication.processEvents()
    view = window.view
    view.navigator.opening_view()
    QApplication.processEvents()
    scale = view.transform().m11()
    sizes = [item.box.title.size * scale for item in view.map_scene.station_items()]
    assert sizes and min(sizes) >= READABLE_PX
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    layout = view.map_scene.layout
    first = layout.phases[0]
    assert visible.contains(first.header.x + 5, first.header.y + 5), "from the first phase"


@pytest.mark.parametrize("key", ["actions", "matrix"])
def test_the_board_or_the_matrix_alone_at_the_bottom_has_a_close_button(window, qtbot, key):
    """Opened alone (the other bottom panel closed), its title bar still has the close
    button (Qt's own bar is styled without one), and its name; clicking it closes it."""
    window.panels.show_panel(key)
    other = dock(window, "matrix-dock" if key == "actions" else "actions-dock")
    other.close()
    QApplication.processEvents()
    window.panels.tidy_title_bars()
    panel = dock(window, f"{key}-dock")
    assert not panel.isHidden()
    bar = panel.titleBarWidget()
    assert bar is not None and bar.title is not None
    assert bar.title.text() == panel.windowTitle() and bar.title.isVisible()
    close = bar.findChild(QToolButton, "dock-close")
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert panel.isHidden()
    assert not window.action(f"panel_{key}").isChecked()


def test_the_right_panels_open_as_wide_as_their_german_tabs_need(make_window, workshop_path):
    """Seen on German screenshots at both sizes: "Verantwortliche" was cut behind the tab
    bar's scroll arrows in a 340 px dock. The first-run width is measured on a probe tab bar:
    it must be at least what the window's real, styled tab bar asks for (checked on a 1366×768
    screenshot too: every German tab whole)."""
    from PySide6.QtWidgets import QTabBar

    from app import translations

    translations.install("de")
    try:
        window = make_window(workshop_path)
        QApplication.processEvents()
        (bar,) = [
            bar
            for bar in window.findChildren(QTabBar)
            if bar.parent() is window
            and "Verantwortliche" in [bar.tabText(i) for i in range(bar.count())]
        ]
        assert window.panels.right_width(340) >= bar.sizeHint().width() > 340
    finally:
        translations.install(translations.SOURCE_LANGUAGE)
