"""The window opens maximised the first time (1366×768 laptops and 1920×1080 projectors
alike, not a fixed 1440×900), and afterwards as the user left it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from widgets.window.screen_fit import normal_geometry


def test_the_first_window_is_maximised(make_window):
    window = make_window()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    area = window.screen().availableGeometry()
    normal = window.normalGeometry()
    assert normal.size() == area.size(), "sized to the screen even where nothing maximises"


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 800), (3840, 2160)])
def test_the_first_size_is_the_screens_whatever_its_size(size):
    area = QRect(0, 24, size[0], size[1] - 24)  # a menu bar or panel takes the top
    assert normal_geometry(area) == area


def test_the_window_reopens_as_it_was_left(make_window):
    from widgets.main_window import MainWindow

    window = make_window()
    window.showNormal()
    window.setGeometry(40, 50, 700, 500)
    QApplication.processEvents()
    window.close()  # remembers its geometry, the usual Qt way
    again = make_window()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.normalGeometry().size() == window.normalGeometry().size()
    assert isinstance(again, MainWindow)
