"""The first-run welcome card: shown once, closed with "Got it", gone for good on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget

from widgets.welcome_overlay import DISMISSED_KEY, WelcomeOverlay


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """A settings file of the test's own: the user's real settings are never touched."""
    return tmp_path / "settings.ini"


def open_settings(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def canvas(qtbot) -> QWidget:
    widget = QWidget()
    widget.resize(900, 640)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_first_run_shows_the_card_over_the_whole_canvas(canvas, settings_path):
    overlay = WelcomeOverlay(canvas)
    assert not overlay.isVisible()

    assert overlay.maybe_show(open_settings(settings_path))

    assert overlay.isVisible()
    assert overlay.geometry() == canvas.rect()
    assert canvas.rect().contains(overlay.card.geometry())
    assert overlay.got_it_button.hasFocus() or not canvas.isActiveWindow()
    canvas.resize(1200, 800)
    assert overlay.geometry() == canvas.rect()
    assert overlay.card.geometry().center().x() in range(595, 606)


def test_the_card_says_what_goes_where(canvas, settings_path):
    overlay = WelcomeOverlay(canvas)
    overlay.maybe_show(open_settings(settings_path))
    text = " ".join(label.text() for label in overlay.card.findChildren(QLabel))
    for words in ("palette", "canvas", "properties panel", "double-click", "F5", "File ▸ Export"):
        assert words in text


def test_got_it_closes_it_and_it_never_comes_back_by_itself(qtbot, canvas, settings_path):
    settings = open_settings(settings_path)
    overlay = WelcomeOverlay(canvas)
    assert overlay.maybe_show(settings)

    with qtbot.waitSignal(overlay.closed):
        qtbot.mouseClick(overlay.got_it_button, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()
    assert not overlay.maybe_show(settings), "shown once"

    # The next start of Journeyline (a new window, the settings read back from disk) does not
    # show it again: the first run was the one.
    later = open_settings(settings_path)
    assert later.value(DISMISSED_KEY, False, type=bool) is True
    again = WelcomeOverlay(canvas)
    assert not again.maybe_show(later)
    assert not again.isVisible()


def test_it_shows_again_on_request(qtbot, canvas, settings_path):
    settings = open_settings(settings_path)
    WelcomeOverlay(canvas).maybe_show(settings)
    overlay = WelcomeOverlay(canvas)
    assert not overlay.maybe_show(settings)
    overlay.show_card()
    assert overlay.isVisible()
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()


def test_escape_and_a_click_beside_the_card_close_it(qtbot, canvas, settings_path):
    overlay = WelcomeOverlay(canvas)
    overlay.maybe_show(open_settings(settings_path))
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()

    other = WelcomeOverlay(canvas)
    other.show_card()
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not other.isVisible()


class TypedSettings:
    """What app.settings.Settings offers for the welcome (welcome_dismissed and its setter)."""

    def __init__(self) -> None:
        self.dismissed = False

    def welcome_dismissed(self) -> bool:
        return self.dismissed

    def set_welcome_dismissed(self, dismissed: bool) -> None:
        self.dismissed = dismissed


def test_the_editors_typed_settings_keep_the_dismissal(qtbot, canvas):
    settings = TypedSettings()
    overlay = WelcomeOverlay(canvas)
    assert overlay.maybe_show(settings)
    assert settings.dismissed
    qtbot.mouseClick(overlay.got_it_button, Qt.MouseButton.LeftButton)
    assert not WelcomeOverlay(canvas).maybe_show(settings)
