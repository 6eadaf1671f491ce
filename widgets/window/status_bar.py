"""The window's status bar: whether every change is saved (or the sentence of what failed),
the open file and the zoom."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from app import application
from app.translations import QT_TRANSLATE_NOOP, translate

SAVED = QT_TRANSLATE_NOOP("SaveStatus", "All changes saved")


class SaveStatus:
    """The labels of ``bar``, and what they say."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        bar.setSizeGripEnabled(False)
        holder = QWidget(bar)
        row = QHBoxLayout(holder)
        row.setContentsMargins(8, 0, 0, 0)
        row.setSpacing(2)
        self.icon = QLabel(holder)
        self.label = QLabel(translate("SaveStatus", SAVED), holder)
        self.label.setObjectName("save-status")
        row.addWidget(self.icon)
        row.addWidget(self.label)
        row.addStretch(1)
        bar.addWidget(holder, 1)
        self.file_label = QLabel("", bar)
        self.file_label.setObjectName("file-label")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_label = QLabel("", bar)
        self.zoom_label.setObjectName("zoom-label")
        self.zoom_label.setToolTip(
            translate("SaveStatus", "Zoom (Ctrl and the mouse wheel, or pinch)")
        )
        bar.addPermanentWidget(self.file_label)
        bar.addPermanentWidget(self.zoom_label)
        self.ok = True
        self.clear()  # nothing to say until a workshop is open

    def saved(self) -> None:
        self.set(translate("SaveStatus", SAVED), ok=True)

    def clear(self) -> None:
        """No workshop open: nothing is saved or unsaved, so the bar says nothing."""
        self.set("", ok=True)

    def set(self, text: str, ok: bool) -> None:
        """ "All changes saved" (ok), the sentence of a refused edit or failed write, or nothing
        (no icon either) when ``text`` is empty."""
        self.ok = ok
        color = application.success() if ok else application.danger()
        if text:
            self.icon.setPixmap(
                application.icon("saved" if ok else "warning", color).pixmap(
                    QSize(16, 16), self.bar.devicePixelRatioF()
                )
            )
        else:
            self.icon.clear()
        self.label.setText(text)
        self.label.setToolTip("" if ok else text)
        self.label.setStyleSheet("" if ok else f"color: {color.name()};")

    def refresh(self) -> None:
        """Redraw the icon in the palette's colours."""
        self.set(self.label.text(), self.ok)

    def set_file(self, path: str) -> None:
        self.file_label.setText(path)
        self.file_label.setToolTip(path)

    def show_zoom(self, factor: float | None) -> None:
        self.zoom_label.setText("" if factor is None else f"{factor * 100:.0f} %")
