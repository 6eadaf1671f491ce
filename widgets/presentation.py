"""Presentation mode: the map alone, full screen, in the projector theme; the room keeps working.

F5 enters, Esc leaves. The left and right arrow keys (and Page Up / Page Down, what a
presenter's clicker sends) step phase by phase: each stop is one whole phase laid out for the
screen (``models.layout.room``: every line, the phases as tabs with the current one marked,
room-sized type), Home shows the overview and End the last phase. Enter shows the selected
station alone (the spotlight: needs, pain points, quotes, owner, figures and ideas), Esc
returns to the map.
The number keys 1–5 set the emotion of the selected stations (1 = −2 … 5 = +2). The keys are
QActions on the window, enabled only while presenting, so the keyboard-shortcuts dialog lists
them too, and a text field being edited keeps its own keys.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import (
    QByteArray,
    QObject,
    QPoint,
    QPointF,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QTransform
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsOpacityEffect,
    QLabel,
    QMainWindow,
    QToolBar,
    QWidget,
)

from app.editor import Editor
from app.translations import QT_TRANSLATE_NOOP, translate
from models import edits, style
from models.document import Edit
from models.edit_name import EditName
from models.style import EMOTION_LABELS
from widgets.canvas.view import MapView
from widgets.field_texts import field_text
from widgets.properties_panel import signed_emotion
from widgets.spotlight import SpotlightCard

HUD_SHOWN_MS = 1500  # the caption stays this long, then fades away (it sits over the map)
HUD_FADE_MS = 400


class Presenter(Protocol):
    """What the controller needs of the main window."""

    @property
    def editor(self) -> Editor | None: ...

    @property
    def view(self) -> MapView | None: ...


def set_emotion(station_ids: list[int], emotion: int) -> Edit:
    """One undo step that sets the emotion of one or several stations."""
    if len(station_ids) == 1:
        return edits.update_station(station_ids[0], emotion=emotion)
    parts = [edits.update_station(sid, emotion=emotion) for sid in station_ids]
    return edits.combine(EditName("Set emotion of %n station(s)", len(station_ids)), parts)


# The heading of presentation mode's keys in Help ▸ Keyboard shortcuts (its actions are in no menu).
SHORTCUT_GROUP = QT_TRANSLATE_NOOP("PresentationController", "Presentation")


class PresentationController(QObject):
    """Enters and leaves presentation mode for a QMainWindow and steps through the phases."""

    active_changed = Signal(bool)

    def __init__(self, window: QMainWindow, presenter: Presenter) -> None:
        super().__init__(window)
        self._window = window
        self._presenter = presenter
        self._active = False
        self._phase = -1  # -1: the whole map
        self.spotlight: SpotlightCard | None = None
        self._saved_state = QByteArray()
        self._saved_geometry = QByteArray()
        self._saved_view: tuple[QTransform, QPointF] | None = None
        self._was_maximized = False
        self._bars: dict[str, bool] = {}
        self.hud = QLabel(window)
        self.hud.setObjectName("presentation-hud")
        self.hud.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hud.hide()
        self._hud_opacity = QGraphicsOpacityEffect(self.hud)
        self.hud.setGraphicsEffect(self._hud_opacity)
        self._hud_fade = QPropertyAnimation(self._hud_opacity, QByteArray(b"opacity"), self)
        self._hud_fade.setDuration(HUD_FADE_MS)
        self._hud_fade.setStartValue(1.0)
        self._hud_fade.setEndValue(0.0)
        self._hud_fade.finished.connect(self.hud.hide)
        self._hud_timer = QTimer(self)
        self._hud_timer.setSingleShot(True)
        self._hud_timer.setInterval(HUD_SHOWN_MS)
        self._hud_timer.timeout.connect(self._hud_fade.start)

        self.actions: list[QAction] = []
        self.next_action = self._action(
            translate("PresentationController", "Next phase"),
            [Qt.Key.Key_Right, Qt.Key.Key_PageDown],
        )
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = self._action(
            translate("PresentationController", "Previous phase"),
            [Qt.Key.Key_Left, Qt.Key.Key_PageUp],
        )
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.whole_action = self._action(
            translate("PresentationController", "Whole map"), [Qt.Key.Key_Home]
        )
        self.whole_action.triggered.connect(self.show_whole_map)
        self.last_action = self._action(
            translate("PresentationController", "Last phase"), [Qt.Key.Key_End]
        )
        self.last_action.triggered.connect(self.show_last_phase)
        self.spotlight_action = self._action(
            self.tr("Show the station alone"), [Qt.Key.Key_Return, Qt.Key.Key_Enter]
        )
        self.spotlight_action.triggered.connect(self.show_spotlight)
        self.leave_action = self._action(
            translate("PresentationController", "Leave presentation"), [Qt.Key.Key_Escape]
        )
        self.leave_action.triggered.connect(self._escape)
        self.emotion_actions: dict[int, QAction] = {}
        for key in range(1, 6):
            emotion = key - 3
            label = field_text(EMOTION_LABELS[emotion])
            sign = signed_emotion(emotion)
            action = self._action(
                translate("PresentationController", "Emotion: {label} ({sign})").format(
                    label=label, sign=sign
                ),
                [Qt.Key(Qt.Key.Key_0.value + key)],
            )
            action.triggered.connect(lambda _c=False, e=emotion: self.set_selected_emotion(e))
            self.emotion_actions[emotion] = action

    def _action(self, text: str, keys: list[Qt.Key]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)
        action.setProperty("group", translate("PresentationController", SHORTCUT_GROUP))
        self._window.addAction(action)
        self.actions.append(action)
        return action

    # -- state ------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._active

    @property
    def phase_index(self) -> int:
        return self._phase

    def toggle(self) -> None:
        if self._active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        view = self._presenter.view
        if self._active or view is None:
            return
        window = self._window
        self._active = True
        self._saved_state = window.saveState()
        self._saved_geometry = window.saveGeometry()
        self._was_maximized = window.isMaximized()
        self._bars = {
            "menu": window.menuBar().isVisible(),
            "status": window.statusBar().isVisible(),
        }
        for bar in window.findChildren(QToolBar):
            bar.hide()
        for dock in window.findChildren(QDockWidget):
            dock.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        for action in self.actions:
            action.setEnabled(True)
        self._saved_view = (view.transform(), view.mapToScene(view.viewport().rect().center()))
        view.set_presenting(True)
        window.showFullScreen()
        QTimer.singleShot(200, self._fill_screen)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        # Fit once the full-screen geometry is known.
        QTimer.singleShot(0, self.show_whole_map)
        self.show_whole_map()
        self.active_changed.emit(True)

    def leave(self) -> None:
        if not self._active:
            return
        window = self._window
        self._active = False
        for action in self.actions:
            action.setEnabled(False)
        self._hide_hud()
        self.close_spotlight()
        view = self._presenter.view
        if view is not None:
            view.set_presenting(False)
        window.menuBar().setVisible(self._bars.get("menu", True))
        window.statusBar().setVisible(self._bars.get("status", True))
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
            window.restoreGeometry(self._saved_geometry)
        window.restoreState(self._saved_state)
        if view is not None:
            QTimer.singleShot(0, view, lambda: self._restore_view(view))
        self.active_changed.emit(False)

    def _restore_view(self, view: MapView) -> None:
        """Back to the zoom and place the map had before the presentation."""
        if self._saved_view is None:
            return
        transform, center = self._saved_view
        self._saved_view = None
        view.setTransform(transform)
        view.centerOn(center)
        view.zoom_changed.emit(view.zoom_factor())

    def _fill_screen(self) -> None:
        """Without a window manager (a bare X server) full screen is only a flag: fill it."""
        window = self._window
        screen = window.screen()
        if self._active and screen is not None and window.geometry() != screen.geometry():
            window.setGeometry(screen.geometry())
            QTimer.singleShot(0, self.show_whole_map)

    def _escape(self) -> None:
        """Esc cancels a rename in progress first, then closes the spotlight; otherwise it
        leaves presentation."""
        view = self._presenter.view
        editor = view.rename_editor() if view is not None else None
        if editor is not None and getattr(editor, "active", False):
            editor.cancel()  # type: ignore[attr-defined]
            return
        if self.spotlight_shown():
            self.close_spotlight()
            return
        self.leave()

    # -- the spotlight ----------------------------------------------------------------------
    def spotlight_shown(self) -> bool:
        return self.spotlight is not None and self.spotlight.isVisible()

    def show_spotlight(self) -> None:
        """The selected station alone, full screen (Esc returns to the map)."""
        view, editor = self._presenter.view, self._presenter.editor
        if not self._active or view is None or editor is None:
            return
        kind, ids = view.selection()
        if kind != "station" or not ids:
            self._show_hud(self.tr("Select a station, then press Enter to show it alone"))
            return
        if self.spotlight is None or self.spotlight.parentWidget() is not view.viewport():
            self.spotlight = SpotlightCard(view.viewport())
            editor.changed.connect(self._refresh_spotlight)
        self.spotlight.show_station(editor.document, ids[0])

    def _refresh_spotlight(self, _change: object = None) -> None:
        if self.spotlight is not None:
            self.spotlight.refresh()

    def close_spotlight(self) -> None:
        if self.spotlight is not None:
            self.spotlight.close_card()

    # -- stepping ---------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """The next (1) or previous (-1) stop: the whole map, then each phase in turn."""
        view = self._presenter.view
        if not self._active or view is None:
            return
        count = view.phase_count()
        if count <= 0:
            return
        self.close_spotlight()
        index = min(count - 1, self._phase + delta)  # past the last phase: stay on it
        if index < 0:
            self.show_whole_map()
            return
        self._phase = index
        view.focus_phase(index)

    def show_last_phase(self) -> None:
        """End: the last stop (the last phase), as a presenter's clicker or keyboard expects."""
        view = self._presenter.view
        if self._active and view is not None and view.phase_count() > 0:
            self.step(view.phase_count() - 1 - self._phase)

    def show_whole_map(self) -> None:
        view = self._presenter.view
        if not self._active or view is None:
            return
        self.close_spotlight()
        self._phase = -1
        view.show_whole_map()

    def set_selected_emotion(self, emotion: int) -> None:
        view, editor = self._presenter.view, self._presenter.editor
        if not self._active or view is None or editor is None:
            return
        kind, ids = view.selection()
        if kind != "station" or not ids:
            self._show_hud(
                translate("PresentationController", "Select a station to set its emotion")
            )
            return
        # Only the customer feels: backstage work (below the line of visibility) gets no vote.
        document = editor.document
        lines = {ln.id: ln.kind for ln in document.lines(editor.journey_id)}
        stations = {s.id: s for s in document.stations(editor.journey_id)}
        ids = [i for i in ids if i in stations and lines.get(stations[i].line_id) != "backstage"]
        if not ids:
            self._show_hud(
                translate(
                    "PresentationController",
                    "Backstage work has no customer emotion: select a customer’s station",
                )
            )
            return
        editor.push(set_emotion(ids, emotion))
        sign = signed_emotion(emotion)
        self._show_hud(
            translate("PresentationController", "Emotion: {label} ({sign})").format(
                label=field_text(EMOTION_LABELS[emotion]), sign=sign
            )
        )

    def _show_hud(self, text: str) -> None:
        hud, window = self.hud, self._window
        hud.setText(text)
        hud.setStyleSheet(
            f"QLabel#presentation-hud {{ background: {style.ROOM_HUD}; color: #FFFFFF;"
            " border-radius: 10px; padding: 10px 18px; font-size: 16pt; font-weight: bold; }"
        )
        hud.adjustSize()
        central: QWidget | None = window.centralWidget()
        area = central.geometry() if central is not None else window.rect()
        # Bottom right, where a phase's rows leave the screen empty (never over its stations'
        # names or the emotion curve's middle).
        margin = 24
        hud.move(
            area.topLeft()
            + QPoint(area.width() - hud.width() - margin, area.height() - hud.height() - margin)
        )
        self._hud_fade.stop()
        self._hud_opacity.setOpacity(1.0)
        hud.raise_()
        hud.show()
        self._hud_timer.start()

    def _hide_hud(self) -> None:
        self._hud_timer.stop()
        self._hud_fade.stop()
        self.hud.hide()
