"""Small things a facilitator expects of the editor: Ctrl+Y redoes, Esc and Ctrl+W close the
comparison, the persona dialog's labels, no customer's emotion on a backstage station."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from models import edits
from widgets.journey_comparison.comparison import PREFERRED_SIZE, comparison_geometry
from widgets.personas_panel import PersonaDialog


def test_ctrl_y_redoes_as_well_as_the_platforms_redo(window, qtbot):
    editor = window.editor
    station = editor.document.stations(editor.journey_id)[0]
    editor.push(edits.update_station(station.id, title="Calls the hotline"))
    window.action("undo").trigger()
    assert editor.document.station(station.id).title == station.title
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.station(station.id).title == "Calls the hotline"


def test_escape_and_ctrl_w_close_the_comparison(window, qtbot):
    comparison = window.panels.journeys.open_comparison()
    qtbot.waitExposed(comparison)
    comparison.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is comparison)
    comparison.view.setFocus()
    qtbot.keyClick(comparison.view, Qt.Key.Key_Escape)
    assert not comparison.isVisible()
    window.compare_journeys()
    qtbot.waitExposed(comparison)
    comparison.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is comparison)
    comparison.view.setFocus()
    qtbot.keyClick(comparison.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not comparison.isVisible()
    assert window.editor is not None, "Ctrl+W closed the comparison, not the workshop"


def test_the_persona_dialog_shows_no_literal_ampersand(qtbot):
    dialog = PersonaDialog(None)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    colour = next(label for label in dialog.findChildren(QLabel) if "Colour" in label.text())
    assert colour.buddy() is not None, texts
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, f"{label.text()!r} would show its '&'"


def test_a_backstage_station_offers_no_emotion(window):
    editor = window.editor
    document = editor.document
    lines = {ln.id: ln for ln in document.lines(editor.journey_id)}
    stations = document.stations(editor.journey_id)
    back = next(s for s in stations if lines[s.line_id].kind == "backstage")
    front = next(s for s in stations if lines[s.line_id].kind != "backstage")
    page = window.properties.station_page
    window.view.select("station", [back.id])
    assert page.emotion_field.isHidden()
    window.view.select("station", [front.id])
    assert not page.emotion_field.isHidden()


@pytest.mark.parametrize(
    ("area", "fits_preferred"),
    [
        (QRect(0, 0, 1366, 768), False),
        (QRect(0, 24, 1366, 744), False),
        (QRect(0, 0, 1920, 1080), True),
    ],
)
def test_the_comparison_window_fits_the_screen(area, fits_preferred):
    """On a 1366x768 laptop the comparison is no wider than the screen (it was 1400 wide,
    its Fit button cut at the right edge); on a large screen it keeps its size."""
    rect = comparison_geometry(area)
    assert area.contains(rect)
    assert (rect.size().toTuple() == PREFERRED_SIZE) == fits_preferred
    assert rect.width() >= area.width() * 0.9 or fits_preferred  # and uses the laptop's room


def test_the_comparison_opens_inside_its_screen_with_its_bar_whole(window, qtbot):
    """Opened from View, on whatever screen the window is: inside the screen's free area, and
    the bar (journey pickers, Large type, Fit) fits in it, so the Fit button is on screen."""
    comparison = window.panels.journeys.open_comparison()
    qtbot.waitExposed(comparison)
    area = comparison.screen().availableGeometry()
    assert area.contains(comparison.frameGeometry())
    assert comparison.minimumSizeHint().width() <= area.width()
    fit = comparison.fit_button
    corner = fit.mapTo(comparison, fit.rect().bottomRight())
    assert comparison.rect().contains(corner)
    assert fit.isVisible() and fit.width() >= fit.sizeHint().width()
    long_name = "Customer lifecycle from the first advert to the last bill and beyond " * 2
    window.editor.push(edits.update_journey(window.editor.journey_id, name=long_name.strip()))
    qtbot.waitUntil(lambda: long_name.strip() in comparison.today_combo.toolTip())
    assert comparison.minimumSizeHint().width() <= 1366  # a long name does not widen the bar
