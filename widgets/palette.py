"""The palette: three tiles to drag onto the map (new station, new phase, new line).

A drag carries the canvas's mime type for that kind, and the canvas decides where the new item
goes. A click without a drag emits :attr:`Palette.activated` and the window adds the item at a
sensible place.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import application
from app.translations import QT_TRANSLATE_NOOP, translate
from widgets.canvas.mime import NEW_LINE_MIME, NEW_PHASE_MIME, NEW_STATION_MIME

KINDS: dict[str, tuple[str, str, str, str]] = {
    # kind: (icon, title (a whole phrase: "New station"), hint, mime type)
    "station": (
        "station",
        QT_TRANSLATE_NOOP("Tile", "New station"),
        QT_TRANSLATE_NOOP("Tile", "A customer activity"),
        NEW_STATION_MIME,
    ),
    "phase": (
        "phase",
        QT_TRANSLATE_NOOP("Tile", "New phase"),
        QT_TRANSLATE_NOOP("Tile", "A stage, left to right"),
        NEW_PHASE_MIME,
    ),
    "line": (
        "line",
        QT_TRANSLATE_NOOP("Tile", "New line"),
        QT_TRANSLATE_NOOP("Tile", "A channel or process"),
        NEW_LINE_MIME,
    ),
}


class Tile(QFrame):
    """A card that starts a drag when pulled and emits ``clicked`` when clicked."""

    clicked = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon_name, title, hint, mime = KINDS[kind]
        title, hint = translate("Tile", title), translate("Tile", hint)
        self.kind = kind
        self.mime_type = mime
        self._icon_name = icon_name
        self._press: QPoint | None = None
        self.setObjectName(f"tile-{kind}")
        self.setProperty("role", "tile")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(
            translate(
                "Tile", "Drag onto the map to add it there, or click to add it at the selection"
            )
        )
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._icon = QLabel(self)
        self._icon.setFixedSize(QSize(28, 28))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel(title, self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._hint = QLabel(hint, self)
        self._hint.setProperty("role", "hint")
        for label in (self._icon, self._title, self._hint):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setStyleSheet("background: transparent; border: none;")

        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self._title)
        text.addWidget(self._hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        row.addWidget(self._icon)
        row.addLayout(text, 1)
        self.refresh_icon()

    def refresh_icon(self) -> None:
        pixmap = application.icon(self._icon_name, application.accent()).pixmap(
            QSize(24, 24), self.devicePixelRatioF()
        )
        self._icon.setPixmap(pixmap)

    def mime_data(self) -> QMimeData:
        data = QMimeData()
        data.setData(self.mime_type, self.kind.encode("ascii"))
        data.setText(translate("Tile", KINDS[self.kind][1]))
        return data

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._press
        if start is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        moved = (event.position().toPoint() - start).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        drag.setPixmap(self.grab())
        drag.setHotSpot(start)
        drag.exec(Qt.DropAction.CopyAction)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        was_pressed = self._press is not None
        self._press = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        left = event.button() == Qt.MouseButton.LeftButton
        if was_pressed and left and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class Palette(QWidget):
    """The three tiles, stacked; ``activated(kind)`` when one is clicked."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 12)
        layout.setSpacing(application.SPACE)
        self.tiles: dict[str, Tile] = {}
        for kind in KINDS:
            tile = Tile(kind, self)
            tile.clicked.connect(lambda k=kind: self.activated.emit(k))
            layout.addWidget(tile)
            self.tiles[kind] = tile
        hint = QLabel(
            translate("Palette", "Drag a tile onto the map, or click it to add at the selection."),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addSpacing(application.SPACE_SMALL)
        layout.addWidget(hint)
        layout.addStretch(1)

    def refresh_icons(self) -> None:
        for tile in self.tiles.values():
            tile.refresh_icon()
