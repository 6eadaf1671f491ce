"""The first-run welcome: a card over the canvas that says what goes where.

Usage, in the main window once the canvas exists::

    self.welcome = WelcomeOverlay(self.canvas_view)
    self.welcome.maybe_show(settings)        # shown on the first run only
    self.welcome.show_card()                 # Help ▸ Welcome card: shown again on request

``settings`` is the editor's typed :class:`app.settings.Settings` once it has
``welcome_dismissed()`` / ``set_welcome_dismissed()`` (the key ``welcome/dismissed``), or any
QSettings, which is then read and written under that same key.

The overlay covers its parent (it follows the parent's size), dims it, and centres a rounded,
slightly transparent card with large type. It shows on the first run only: showing it stores
that it was seen, so it never comes back by itself. "Got it" (or Esc, Enter, or a click
beside the card) closes it; Help ▸ Welcome card shows it again.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.translations import QT_TRANSLATE_NOOP, translate

DISMISSED_KEY = "welcome/dismissed"
_DIM = QColor(16, 24, 44, 120)
_CARD_MAX_WIDTH = 640
_MARGIN = 24

_TITLE = QT_TRANSLATE_NOOP("WelcomeOverlay", "Welcome to Journeyline")
# (what, how): one line each, in the order a workshop goes.
_STEPS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("WelcomeOverlay", "Build the map"),
        QT_TRANSLATE_NOOP(
            "WelcomeOverlay", "Drag a phase, a line or a station from the palette onto the canvas."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeOverlay", "Edit a station"),
        QT_TRANSLATE_NOOP(
            "WelcomeOverlay",
            "Select it and fill in the properties panel; double-click it to rename it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeOverlay", "Present"),
        QT_TRANSLATE_NOOP(
            "WelcomeOverlay", "Press F5 to show the map full screen to the room; Esc comes back."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeOverlay", "Hand it over"),
        QT_TRANSLATE_NOOP(
            "WelcomeOverlay", "File ▸ Export makes the PDF poster and the Excel action list."
        ),
    ),
)
_FOOTNOTE = QT_TRANSLATE_NOOP(
    "WelcomeOverlay",
    "Every change is saved in the workshop file the moment you make it. "
    "Help ▸ Welcome card shows this card again.",
)


class DismissalStore(Protocol):
    """Where "the card was seen" is kept (``app.settings.Settings`` has these two)."""

    def welcome_dismissed(self) -> bool: ...

    def set_welcome_dismissed(self, dismissed: bool) -> None: ...


class _QSettingsStore:
    """The dismissal in a plain QSettings, under :data:`DISMISSED_KEY`."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def welcome_dismissed(self) -> bool:
        return bool(self._settings.value(DISMISSED_KEY, False, type=bool))

    def set_welcome_dismissed(self, dismissed: bool) -> None:
        self._settings.setValue(DISMISSED_KEY, dismissed)
        self._settings.sync()


class WelcomeOverlay(QWidget):
    """The welcome card over ``parent``; hidden until :meth:`maybe_show` shows it."""

    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("WelcomeOverlay", _TITLE))
        self._shown = False

        self.card = QFrame(self)
        self.card.setObjectName("welcomeCard")
        self.card.setStyleSheet(
            "#welcomeCard { background: rgba(255, 255, 255, 240); border-radius: 18px; }"
            "#welcomeCard QLabel { color: #1d2a4d; background: transparent; }"
        )
        base = self.font().pointSizeF()
        base = base if base > 0 else 10.0

        title = QLabel(translate("WelcomeOverlay", _TITLE), self.card)
        title.setWordWrap(True)  # a longer language wraps instead of being cut
        font = title.font()
        font.setPointSizeF(base * 1.9)
        font.setBold(True)
        title.setFont(font)

        steps = QGridLayout()
        steps.setHorizontalSpacing(18)
        steps.setVerticalSpacing(12)
        steps.setColumnStretch(1, 1)
        for row, (what, how) in enumerate(_STEPS):
            what_label, how_label = (
                QLabel(translate("WelcomeOverlay", what), self.card),
                QLabel(translate("WelcomeOverlay", how), self.card),
            )
            for label in (what_label, how_label):
                label.setTextFormat(Qt.TextFormat.PlainText)
                font = label.font()
                font.setPointSizeF(base * 1.35)
                font.setBold(label is what_label)
                label.setFont(font)
            how_label.setWordWrap(True)
            what_label.setWordWrap(True)
            steps.addWidget(what_label, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(how_label, row, 1, Qt.AlignmentFlag.AlignTop)

        note = QLabel(translate("WelcomeOverlay", _FOOTNOTE), self.card)
        note.setWordWrap(True)
        font = note.font()
        font.setPointSizeF(base * 1.1)
        note.setFont(font)

        self.got_it_button = QPushButton(self.tr("Got it"), self.card)
        self.got_it_button.setDefault(True)
        self.got_it_button.clicked.connect(self.dismiss)
        font = self.got_it_button.font()
        font.setPointSizeF(base * 1.2)
        self.got_it_button.setFont(font)
        self.got_it_button.setMinimumHeight(int(base * 3.2))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.got_it_button)

        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(32, 28, 32, 24)
        card_layout.setSpacing(14)
        card_layout.addWidget(title)
        card_layout.addLayout(steps)
        card_layout.addWidget(note)
        card_layout.addLayout(buttons)

        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    # -- showing and dismissing ----------------------------------------------------------------
    def maybe_show(self, settings: DismissalStore | QSettings) -> bool:
        """Show the card on the first run only (it remembers at once that it was seen);
        True if shown."""
        store = _QSettingsStore(settings) if isinstance(settings, QSettings) else settings
        if self._shown or store.welcome_dismissed():
            return False
        store.set_welcome_dismissed(True)
        self.show_card()
        return True

    def show_card(self) -> None:
        """Show the card now, whatever was stored (Help ▸ Welcome card)."""
        self._shown = True
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.got_it_button.setFocus()

    def dismiss(self) -> None:
        """Close the card."""
        self.hide()
        self.closed.emit()

    # -- following the parent, and the keys ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_card()
        super().resizeEvent(event)

    def _place_card(self) -> None:
        """Centre the card, as wide as fits, as tall as its wrapped text needs at that width."""
        width = max(1, min(_CARD_MAX_WIDTH, self.width() - 2 * _MARGIN))
        layout = self.card.layout()
        height = -1
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        height = max(height, self.card.minimumSizeHint().height())
        self.card.setGeometry(
            (self.width() - width) // 2, max(_MARGIN, (self.height() - height) // 2), width, height
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dismiss()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The overlay keeps clicks off the canvas; a click beside the card closes it.
        if not self.card.geometry().contains(event.position().toPoint()):
            self.dismiss()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _DIM)
        painter.end()
