"""Spotlight: one station alone, full screen, for the room to discuss.

Presenting, Enter on a selected station shows it over the map: its title, line and phase, its
needs, pain points and customer quotes, its owner, its figures and the ideas (actions linked to
it), in the room's type and colours (``models.style`` ROOM_*). Esc returns to the map. The
card reads the document each time it is shown or the workshop changes (emotion votes with the
keys 1–5 go on while it is shown), and keeps nothing of its own.

Text is plain text (QLabel in plain-text format: markup typed into a station shows as typed),
wrapped, never cut: when a station holds more than fits, the type goes down step by step to the
room's minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import translations
from exporters.report_details import station_facts
from models import fields, i18n, style
from models.document import Document
from models.layout.room import room_type
from models.schema import Station
from widgets.field_texts import field_text


def _label(text: str, size: float, *, bold: bool = False, color: str = style.ROOM_INK) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    font = QFont(label.font())
    font.setPixelSize(round(size))
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"color: {color}; background: transparent;")
    return label


class _Notes(QFrame):
    """A heading and its notes (needs, pain points, quotes, ideas), each on a coloured note."""

    def __init__(self, heading: str, notes: list[str], fill: str, edge: str, size: float) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(round(size * 0.4))
        box.addWidget(_label(heading, size * 1.05, bold=True, color=style.ROOM_MUTED))
        for text in notes:
            note = _label(text, size)
            note.setObjectName("spotlight-note")
            pad = round(size * 0.45)
            note.setStyleSheet(
                f"QLabel#spotlight-note {{ color: {style.ROOM_INK}; background: {fill};"
                f" border: 2px solid {edge}; border-radius: 6px; padding: {pad}px; }}"
            )
            box.addWidget(note)
        box.addStretch(1)


class SpotlightCard(QWidget):
    """The station card over the map (a child of the map's viewport, filling it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("spotlight")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#spotlight {{ background: {style.ROOM_PAPER}; }}")
        self.station_id: int | None = None
        self._document: Document | None = None
        self._grid = QGridLayout(self)
        self.hide()

    # -- showing ---------------------------------------------------------------------------
    def show_station(self, document: Document, station_id: int) -> bool:
        """Show ``station_id`` over the whole parent; False when there is no such station."""
        station = document.station(station_id)
        if station is None:
            return False
        self._document = document
        self.station_id = station_id
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._fill(document, station)
        self.show()
        self.raise_()
        return True

    def refresh(self) -> None:
        """Read the station again (after an edit); close when it is gone."""
        if self._document is None or self.station_id is None or not self.isVisible():
            return
        station = self._document.station(self.station_id)
        if station is None:
            self.close_card()
            return
        self._fill(self._document, station)

    def close_card(self) -> None:
        self.hide()
        self.station_id = None
        self._document = None

    # -- the content -----------------------------------------------------------------------
    def _clear(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.setParent(None)
                widget.deleteLater()

    def _fill(self, document: Document, station: Station) -> None:
        """As large as the station's content lets the card be: larger type for a station
        with little to show, down to the room's least for a full one."""
        height = max(1, self.height())
        tries = [(grow, 0.0) for grow in (1.8, 1.5, 1.25)] + [(1.0, c) for c in (0.0, 0.5, 1.0)]
        for grow, crowded in tries:
            self._build(document, station, grow, crowded)
            self._grid.activate()
            needed = self._grid.totalHeightForWidth(self.width())
            if needed < 0:
                needed = self._grid.sizeHint().height()
            if needed <= height or crowded == 1.0:
                break

    def _build(self, document: Document, station: Station, grow: float, crowded: float) -> None:
        self._clear()
        kind = room_type(max(1, self.height()), crowded)
        note = kind.note * grow
        title_px = kind.title * 1.1 * grow
        grid = self._grid
        margin = round(note * 1.5)
        grid.setContentsMargins(margin, margin, margin, margin)
        grid.setHorizontalSpacing(round(note * 1.5))
        grid.setVerticalSpacing(round(note * 0.8))
        phase = document.phase(station.phase_id)
        line = document.line(station.line_id)
        where = " · ".join(x.name for x in (phase, line) if x is not None)
        grid.addWidget(_label(where, note, color=style.ROOM_MUTED), 0, 0, 1, 3)
        grid.addWidget(_label(station.title, title_px * 1.3, bold=True), 1, 0, 1, 3)
        facts = []
        if station.owner_id is not None:
            owner = document.owner(station.owner_id)
            if owner is not None:
                facts.append(
                    QCoreApplication.translate("Spotlight", "Owner: {name}").format(name=owner.name)
                )
        emotion = station.emotion
        if emotion is not None:
            shown = fields.field("station", "emotion").display(emotion)
            facts.append(
                QCoreApplication.translate("Spotlight", "Emotion: {label} ({value})").format(
                    label=field_text(style.EMOTION_LABELS[emotion]), value=shown
                )
            )
        if station.moment_of_truth:
            facts.append(QCoreApplication.translate("Spotlight", "Moment of truth"))
        with i18n.using(translations.current()):  # the figures' words and numbers
            figures = station_facts(station)
        if figures:
            facts.append(figures)
        if facts:
            grid.addWidget(_label("   ·   ".join(facts), note, color=style.ROOM_MUTED), 2, 0, 1, 3)
        ideas = [
            a.title for a in document.actions(station.journey_id) if a.station_id == station.id
        ]
        quotes = [fields.quote_text(q) for q in station.quotes]
        columns = [
            (
                QCoreApplication.translate("Spotlight", "Needs"),
                list(station.needs),
                style.ROOM_NEED_CARD,
                style.ROOM_NEED_EDGE,
            ),
            (
                QCoreApplication.translate("Spotlight", "Pain points"),
                list(station.pain_points),
                style.ROOM_PAIN_CARD,
                style.ROOM_PAIN_EDGE,
            ),
            (
                QCoreApplication.translate("Spotlight", "Customer quotes"),
                quotes,
                style.ROOM_PAPER,
                style.ROOM_RULE,
            ),
            (
                QCoreApplication.translate("Spotlight", "Ideas"),
                ideas,
                style.ROOM_IDEA_CARD,
                style.ROOM_IDEA_EDGE,
            ),
        ]
        shown_columns = [c for c in columns if c[1]]
        if not shown_columns:
            grid.addWidget(
                _label(
                    QCoreApplication.translate(
                        "Spotlight", "No needs, pain points, quotes or ideas yet."
                    ),
                    note,
                ),
                3,
                0,
                1,
                3,
            )
        for k, (heading, notes, fill, edge) in enumerate(shown_columns):
            grid.addWidget(_Notes(heading, notes, fill, edge, note), 3, k)
        for k in range(max(1, len(shown_columns))):
            grid.setColumnStretch(k, 1)
        grid.setRowStretch(3, 1)

    # -- what tests read -------------------------------------------------------------------
    def texts(self) -> list[tuple[str, int]]:
        """Every text shown and its pixel size."""
        return [(label.text(), label.font().pixelSize()) for label in self.findChildren(QLabel)]
