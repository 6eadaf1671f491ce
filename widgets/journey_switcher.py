"""The journey switcher in the toolbar: "Journey name — Persona · Today/Future".

It lists the workshop's journeys with a dot in the persona's colour, switches the editor to
the one picked and follows renames, new journeys and the editor's own switches.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from app.editor import Editor
from app.translations import translate
from models.change import ChangeSet
from models.schema import Journey, Persona
from widgets.panel_kit import journey_state

_WATCHED = {Journey.__tablename__, Persona.__tablename__}


def journey_label(journey: Journey, persona: Persona | None) -> str:
    state = journey_state(journey.state)
    if persona is None:
        return f"{journey.name} · {state}"
    return f"{journey.name} — {persona.name} · {state}"


def _dot(color: str | None) -> QIcon:
    icon = QIcon()
    for size in (12, 24, 36):
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color or "#9AA3AD"))
        painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class JourneySwitcher(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-switcher")
        self.setToolTip(translate("JourneySwitcher", "Journey shown on the map"))
        self.setAccessibleName(translate("JourneySwitcher", "Journey"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setIconSize(QSize(12, 12))
        self._editor: Editor | None = None
        self.currentIndexChanged.connect(self._on_index)
        self.setEnabled(False)

    def set_editor(self, editor: Editor | None) -> None:
        if self._editor is not None:
            self._editor.changed.disconnect(self._on_change)
            self._editor.journey_changed.disconnect(self._select)
        self._editor = editor
        if editor is not None:
            editor.changed.connect(self._on_change)
            editor.journey_changed.connect(self._select)
        self.reload()

    def journey_ids(self) -> list[int]:
        return [int(self.itemData(i)) for i in range(self.count())]

    def reload(self) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            editor = self._editor
            if editor is not None:
                document = editor.document
                personas = {p.id: p for p in document.personas()}
                for journey in document.journeys():
                    persona = personas.get(journey.persona_id) if journey.persona_id else None
                    self.addItem(
                        _dot(persona.color if persona else None),
                        journey_label(journey, persona),
                        journey.id,
                    )
                self.setCurrentIndex(max(0, self.findData(editor.journey_id)))
        finally:
            self.blockSignals(False)
        self.setEnabled(self.count() > 0)

    def _select(self, journey_id: int) -> None:
        index = self.findData(journey_id)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _on_index(self, index: int) -> None:
        if self._editor is not None and index >= 0:
            self._editor.set_journey(int(self.itemData(index)))

    def _on_change(self, change: ChangeSet) -> None:
        if change.tables() & _WATCHED:
            self.reload()  # shows the Editor's journey (it picks one when its own is gone)
