"""Where the editor window opens the first time: maximised on the screen it is on.

The map wants every pixel, on a 1366×768 laptop as on a 1920×1080 projector, so a first run
opens maximised, and sized to the screen's available area under that too: where nothing
maximises a window (a bare X server, some kiosk set-ups) it fills the screen all the same. After
that the window opens as it was left, the usual Qt way (``saveGeometry``/``restoreGeometry`` in
the settings, maximised state included; ``restoreGeometry`` also brings back on screen a window
left on a monitor that is gone).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMainWindow

NORMAL_SHARE: Final = 1.0  # the first window's own size: this share of the screen's free area


def normal_geometry(area: QRect) -> QRect:
    """The first window's size for a screen's available ``area``, centred."""
    width = int(area.width() * NORMAL_SHARE)
    height = int(area.height() * NORMAL_SHARE)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    return rect


def place_first_time(window: QMainWindow) -> None:
    """A window without remembered geometry: sized to its screen, then maximised."""
    screen = window.screen()
    if screen is not None:
        window.setGeometry(normal_geometry(screen.availableGeometry()))
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
