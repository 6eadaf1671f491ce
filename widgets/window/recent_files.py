"""File ▸ Open recent: the last workshops, from :mod:`app.settings`, filled when shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from app.settings import Settings
from app.translations import translate


class RecentFilesMenu(QObject):
    """Fills ``menu`` with the recent workshops each time it opens; emits the one chosen."""

    chosen = Signal(str)  # the path of a recent workshop

    def __init__(self, menu: QMenu, settings: Settings) -> None:
        super().__init__(menu)
        self.menu = menu
        self._settings = settings
        menu.aboutToShow.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        menu = self.menu
        menu.clear()
        recent = self._settings.recent_files()
        for i, path in enumerate(recent, start=1):
            label = Path(path).name.replace("&", "&&")
            action = menu.addAction(f"&{i % 10}  {label}" if i <= 10 else label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.chosen.emit(p))
        if not recent:
            menu.addAction(translate("RecentFilesMenu", "No recent workshops")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(translate("RecentFilesMenu", "Clear list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._settings.clear_recent_files)
