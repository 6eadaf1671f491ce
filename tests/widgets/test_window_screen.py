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
    assert normal.width() >= int(area.width() * 0.85), "not a fixed size"
    assert area.contains(normal)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 800), (3840, 2160)])
def test_the_restored_size_is_most_of_any_screen(size):
    area = QRect(0, 0, *size)
    rect = normal_geometry(area)
    assert area.contains(rect)
    assert rect.width() == int(size[0] * 0.9) and rect.height() == int(size[1] * 0.9)
    assert abs(rect.center().x() - area.center().x()) <= 1


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
