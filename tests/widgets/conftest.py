"""Fixtures for the window tests: isolated settings, a main window on the sample, leak checks.

Settings: every test gets its own settings folder (``JOURNEYLINE_SETTINGS_DIR``), so the
user's real settings are never read or written. Documents: the first-run sample goes to a
temporary "documents" folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from app import translations


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "settings"
    monkeypatch.setenv("JOURNEYLINE_SETTINGS_DIR", str(folder))
    from widgets import gui

    documents = tmp_path / "documents"
    monkeypatch.setattr(gui, "documents_folder", lambda: documents / "Journeyline")
    return folder


def _flush() -> None:
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp: QApplication) -> Iterator[None]:
    """Every window a test opens is gone after it (deleted, not only hidden)."""
    from app.application import configure

    configure(qapp)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    _flush()
    leaked = [
        w
        for w in QApplication.topLevelWidgets()
        if id(w) not in before
        and shiboken6.isValid(w)
        and w.objectName() != "qt_scrollarea_viewport"
    ]
    names = [f"{type(w).__name__}({w.objectName()!r})" for w in leaked]
    for w in leaked:
        shiboken6.delete(w)
    assert not leaked, f"widgets left behind: {names}"


@pytest.fixture
def settings():
    from app.settings import Settings

    return Settings()


@pytest.fixture
def make_window(qtbot):
    """Make main windows; each is shut down and deleted after the test."""
    from widgets.main_window import MainWindow

    made: list[MainWindow] = []

    def make(path: Path | None = None, *, show: bool = True) -> MainWindow:
        from app.settings import Settings

        window = MainWindow(Settings())
        made.append(window)
        if path is not None:
            assert window.open_path(path)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        close_window(window)


def close_window(window: QWidget) -> None:
    """Close (saving settings and the workshop) and delete a window, as the app does on quit."""
    if shiboken6.isValid(window):
        window.close()
        shiboken6.delete(window)
    _flush()


@pytest.fixture
def window(make_window, workshop_path: Path):
    """The main window on a fresh copy of the sample workshop."""
    return make_window(workshop_path)


@pytest.fixture
def german(qapp):
    """The window's language is German for the test (English again afterwards)."""
    translations.install("de")
    yield
    translations.install("en")
