"""The effort/value matrix: every action as a card on a 5 × 5 grid, to prioritise in the room.

Effort runs to the right (1 trivial … 5 very large), value upwards (1 little … 5 very high).
The cells are tinted by the spec's four priorities and the quadrants are named in bands above
(Quick wins, Big bets) and below (Fill-ins, Time sinks) the grid, each with its count. Actions
without effort or value wait in the "Unrated" tray under the matrix.

Drag a card to another cell to give it that effort and value: the card follows the mouse, the
target cell is outlined with the priority it would get, and the release pushes ONE
``update_action`` edit (nothing when dropped where it was or outside; Esc cancels). A click
selects a card and emits ``station_activated`` for a linked action. Cells keep their cards
readable however many there are: cards stack under each other up to what fits, and a
"1–2 of 7 ▸" chip pages through the rest; each cell shows its count.

Keyboard: arrows select the previous or next card, Ctrl+arrows move the selected card one cell
(one undo step each), Enter shows its station, Esc cancels a drag.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from models import edits
from models.change import ChangeSet
from models.journey_ops import ActionRecord, action_records
from models.priority import Priority, priority
from models.schema import Action, Journey, Owner
from widgets.matrix_items import (
    ACCENT,
    CELL_H,
    CELL_HEAD,
    CELL_W,
    GAP,
    LARGE_TYPE,
    NORMAL_TYPE,
    PAD,
    TRAY_HEAD,
    TRAY_ROWS,
    UNRATED,
    ActionCard,
    Key,
    MatrixBackground,
    MoreChip,
    TargetLabel,
    cell_rect,
    key_at,
    key_of,
    tray_rect,
)
from widgets.panel_kit import push_edit

__all__ = [
    "LARGE_TYPE",
    "NORMAL_TYPE",
    "UNRATED",
    "ActionCard",
    "MatrixView",
    "MoreChip",
    "PriorityMatrix",
]


# -- the view and its gestures ------------------------------------------------------------------
class _Drag:
    """One card being dragged: where it was, where the mouse took hold of it."""

    def __init__(self, card: ActionCard, press: QPointF) -> None:
        self.action_id = card.action_id
        self.key = card.key
        self.home = card.pos()
        self.offset = press - card.pos()
        self.press = press
        self.started = False


class MatrixView(QGraphicsView):
    """The matrix's view: fits the whole matrix; handles clicks, drags and keys on cards."""

    def __init__(self, matrix: PriorityMatrix) -> None:
        super().__init__(matrix.scene, matrix)
        self.matrix = matrix
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Effort and value matrix")
        self.drag: _Drag | None = None
        self._target = QGraphicsRectItem()
        self._target.setPen(QPen(QColor(ACCENT), 4, Qt.PenStyle.DashLine))
        self._target.setBrush(QColor(29, 78, 216, 28))
        self._target.setZValue(50)
        self._target.hide()
        self._target_label = TargetLabel()
        self._target_label.hide()

    def attach_overlays(self) -> None:
        for item in (self._target, self._target_label):
            if item.scene() is None:
                self.matrix.scene.addItem(item)

    def fit(self) -> None:
        rect = self.matrix.scene.sceneRect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    # -- mouse --------------------------------------------------------------------------------
    def _scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def _item_at(self, event: QMouseEvent) -> QGraphicsItem | None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, ActionCard | MoreChip):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self._item_at(event)
        if isinstance(item, ActionCard):
            self.drag = _Drag(item, self._scene_pos(event))
            self.matrix.select_action(item.action_id)
        elif isinstance(item, MoreChip):
            self.matrix.next_page(item.key)
        else:
            self.matrix.select_action(None)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self.drag
        if drag is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            super().mouseMoveEvent(event)
            return
        pos = self._scene_pos(event)
        if not drag.started:
            distance = (self.mapFromScene(pos) - self.mapFromScene(drag.press)).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.started = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        card = self.matrix.card(drag.action_id)
        if card is not None:
            card.setPos(pos - drag.offset)
            card.setZValue(100)
        self._show_target(key_at(pos, self.matrix.typeface))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self.drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.drag = None
        self._end_drag_look()
        if not drag.started:
            self.matrix.activate(drag.action_id)
        else:
            target = key_at(self._scene_pos(event), self.matrix.typeface)
            if target == "outside" or target == drag.key:
                self.matrix.relayout([drag.key])
            else:
                assert not isinstance(target, str)
                self.matrix.move_action(drag.action_id, target)
        event.accept()

    def cancel_drag(self) -> bool:
        drag = self.drag
        if drag is None:
            return False
        self.drag = None
        self._end_drag_look()
        if drag.started:
            self.matrix.relayout([drag.key])
        return True

    def _end_drag_look(self) -> None:
        self._target.hide()
        self._target_label.hide()
        self.viewport().unsetCursor()

    def _show_target(self, key: Key | str) -> None:
        if key == "outside":
            self._target.hide()
            self._target_label.hide()
            return
        assert not isinstance(key, str)
        rect = cell_rect(key) if key is not None else tray_rect(self.matrix.typeface)
        self._target.setRect(rect.adjusted(3, 3, -3, -3))
        self._target.show()
        if key is None:
            text = "Unrated: clear effort and value"
        else:
            text = f"Effort {key[0]} · value {key[1]}: {priority(*key).label}"
        self._target_label.set_text(text, self.matrix.typeface)
        self._target_label.setPos(rect.x() + 8, rect.bottom() - self._target_label.height - 6)
        self._target_label.show()

    # -- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if key == Qt.Key.Key_Escape and self.cancel_drag():
            event.accept()
        elif key in arrows and ctrl:
            self.matrix.nudge(*arrows[key])
        elif key in arrows:
            self.matrix.select_neighbour(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self.matrix.selected_action_id()
            if selected is not None:
                self.matrix.activate(selected)
        else:
            super().keyPressEvent(event)


# -- the widget ---------------------------------------------------------------------------------
ALL_JOURNEYS: Final = 0
ON_MAP: Final = -1


class PriorityMatrix(QWidget):
    """All actions (or one journey's) on the effort/value matrix.

    Signals: ``station_activated(station id)`` when a linked action is clicked (or Enter);
    ``action_selected(action id)``. :meth:`set_projector_theme` switches to large type.
    """

    station_activated = Signal(int)
    action_selected = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("priority-matrix")
        self.typeface = NORMAL_TYPE
        self.scope = ALL_JOURNEYS
        self._actions: dict[int, ActionRecord] = {}
        self._owners: dict[int, str] = {}
        self._cells: dict[Key, list[int]] = {}
        self._cards: dict[int, ActionCard] = {}
        self._extras: dict[Key, list[QGraphicsItem]] = {}  # cards and chips shown per cell
        self._pages: dict[Key, int] = {}
        self._selected: int | None = None

        self.scene = QGraphicsScene(self)
        self.background = MatrixBackground(self.typeface)
        self.scene.addItem(self.background)
        self.view = MatrixView(self)
        self.view.attach_overlays()

        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName("Actions shown")
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo.activated.connect(
            lambda _i: self.set_scope(self.scope_combo.currentData())
        )
        self.large_type = QCheckBox("&Large type")
        self.large_type.toggled.connect(self.set_projector_theme)
        hint = QLabel("Drag a card to rate it · Ctrl+arrows move the selected card")
        hint.setObjectName("hint")
        show = QLabel("&Show:")
        show.setBuddy(self.scope_combo)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.large_type)
        bar.addStretch(1)
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        editor.changed.connect(self._on_change)
        editor.journey_changed.connect(self._on_journey)
        self._fill_scope()
        self.reload()

    # -- scope --------------------------------------------------------------------------------
    def _fill_scope(self) -> None:
        chosen = self.scope
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem("All journeys", ALL_JOURNEYS)
        self.scope_combo.addItem("Journey on the map", ON_MAP)
        for journey in self.editor.document.journeys():
            self.scope_combo.addItem(journey.name, journey.id)
        index = self.scope_combo.findData(chosen)
        self.scope_combo.setCurrentIndex(max(0, index))
        self.scope_combo.blockSignals(False)

    def set_scope(self, scope: int) -> None:
        """ALL_JOURNEYS, ON_MAP (follows the map) or a journey id."""
        self.scope = scope
        index = self.scope_combo.findData(scope)
        if index >= 0 and index != self.scope_combo.currentIndex():
            self.scope_combo.setCurrentIndex(index)
        self.reload()

    def _journey_in_scope(self) -> int | None:
        if self.scope == ALL_JOURNEYS:
            return None
        return self.editor.journey_id if self.scope == ON_MAP else self.scope

    def _in_scope(self, action: ActionRecord) -> bool:
        journey = self._journey_in_scope()
        return journey is None or action.journey_id == journey

    # -- model --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the actions again and lay out every cell."""
        document = self.editor.document
        self._owners = {o.id: o.name for o in document.owners()}
        journey = self._journey_in_scope()
        self._actions = {a.id: a for a in action_records(document, journey_id=journey)}
        self._cells = {}
        for action in self._actions.values():
            self._cells.setdefault(key_of(action), []).append(action.id)
        for key in self._cells:
            self._sort(key)
        for items in self._extras.values():
            for item in items:
                self.scene.removeItem(item)
        self._extras.clear()
        self._cards.clear()
        self._pages.clear()
        self.relayout(self._all_keys())
        self.scene.setSceneRect(self.background.boundingRect())
        self.view.fit()

    @staticmethod
    def _all_keys() -> list[Key]:
        return [UNRATED, *((e, v) for e in range(1, 6) for v in range(1, 6))]

    def _sort(self, key: Key) -> None:
        self._cells[key].sort(key=lambda i: (self._actions[i].title.casefold(), i))

    def _on_change(self, change: ChangeSet) -> None:
        tables = change.tables()
        if Journey.__tablename__ in tables:
            self._fill_scope()
        if Owner.__tablename__ in tables or Journey.__tablename__ in tables:
            self.reload()
            return
        name = Action.__tablename__
        ids = (
            set(change.added.get(name, ()))
            | set(change.removed.get(name, ()))
            | set(change.changed.get(name, {}))
        )
        if ids:
            self._update_actions(ids)

    def _on_journey(self, _journey_id: int) -> None:
        if self.scope == ON_MAP:
            self.reload()

    def _update_actions(self, ids: Iterable[int]) -> None:
        """Re-read some actions and lay out only the cells they left or entered."""
        touched: set[Key] = set()
        ids = list(ids)
        fresh = {a.id: a for a in action_records(self.editor.document, ids=ids)}
        for action_id in ids:
            old = self._actions.pop(action_id, None)
            if old is not None:
                touched.add(key_of(old))
                self._cells[key_of(old)].remove(action_id)
            new = fresh.get(action_id)
            if new is not None and self._in_scope(new):
                self._actions[action_id] = new
                key = key_of(new)
                self._cells.setdefault(key, []).append(action_id)
                touched.add(key)
        for key in touched:
            self._sort(key)
        self.relayout(touched)
        if self._selected is not None and self._selected not in self._actions:
            self._selected = None

    # -- layout ---------------------------------------------------------------------------------
    def capacity(self, key: Key) -> int:
        """How many cards (or chips) fit in a cell or the tray."""
        t = self.typeface
        if key is None:
            return 5 * TRAY_ROWS
        return max(1, int((CELL_H - CELL_HEAD - PAD + GAP) // (t.card_h + GAP)))

    def _slot(self, key: Key, i: int) -> tuple[QPointF, float]:
        t = self.typeface
        if key is None:
            tray = tray_rect(t)
            col, row = i % 5, i // 5
            x = tray.x() + col * CELL_W + PAD
            y = tray.y() + TRAY_HEAD + row * (t.card_h + GAP)
            return QPointF(x, y), CELL_W - 2 * PAD
        rect = cell_rect(key)
        return QPointF(
            rect.x() + PAD, rect.y() + CELL_HEAD + i * (t.card_h + GAP)
        ), CELL_W - 2 * PAD

    def relayout(self, keys: Iterable[Key]) -> None:
        """Rebuild the cards of some cells (cards are cheap; a cell shows a handful)."""
        for key in set(keys):
            for item in self._extras.pop(key, []):
                if isinstance(item, ActionCard) and self._cards.get(item.action_id) is item:
                    del self._cards[item.action_id]
                self.scene.removeItem(item)
            ids = self._cells.get(key, [])
            capacity = self.capacity(key)
            shown = ids
            items: list[QGraphicsItem] = []
            if len(ids) > capacity:
                per_page = capacity - 1
                pages = math.ceil(len(ids) / per_page)
                page = self._pages.get(key, 0) % pages
                self._pages[key] = page
                start = page * per_page
                shown = ids[start : start + per_page]
                pos, width = self._slot(key, len(shown))
                chip = MoreChip(
                    key, f"{start + 1}–{start + len(shown)} of {len(ids)}  ▸", width, self.typeface
                )
                chip.setPos(pos)
                items.append(chip)
            for i, action_id in enumerate(shown):
                action = self._actions[action_id]
                pos, width = self._slot(key, i)
                owner = self._owners.get(action.owner_id) if action.owner_id is not None else None
                card = ActionCard(action, owner, width, self.typeface)
                card.setPos(pos)
                card.set_selected(action_id == self._selected)
                self._cards[action_id] = card
                items.append(card)
            for item in items:
                self.scene.addItem(item)
            self._extras[key] = items
        self._update_counts()

    def _update_counts(self) -> None:
        counts = {p: 0 for p in Priority}
        for key, ids in self._cells.items():
            counts[priority(*key) if key is not None else Priority.UNRATED] += len(ids)
        self.background.counts = counts
        self.background.cell_counts = {k: len(v) for k, v in self._cells.items()}
        self.background.update()

    def next_page(self, key: Key) -> None:
        self._pages[key] = self._pages.get(key, 0) + 1
        self.relayout([key])

    # -- reading ------------------------------------------------------------------------------
    def card(self, action_id: int) -> ActionCard | None:
        """The card showing an action (None when it is paged away or out of scope)."""
        return self._cards.get(action_id)

    def cell_of(self, action_id: int) -> Key | str:
        action = self._actions.get(action_id)
        return key_of(action) if action is not None else "outside"

    def actions_in(self, key: Key) -> list[int]:
        return list(self._cells.get(key, []))

    def card_center_in_view(self, action_id: int) -> QPointF:
        """Where an action's card is on the viewport (for tests and tours)."""
        card = self._cards[action_id]
        center = card.mapToScene(card.boundingRect().center())
        return QPointF(self.view.mapFromScene(center))

    def cell_center_in_view(self, key: Key) -> QPointF:
        rect = cell_rect(key) if key is not None else tray_rect(self.typeface)
        return QPointF(self.view.mapFromScene(rect.center()))

    def selected_action_id(self) -> int | None:
        return self._selected

    # -- doing --------------------------------------------------------------------------------
    def select_action(self, action_id: int | None) -> None:
        if self._selected is not None and self._selected in self._cards:
            self._cards[self._selected].set_selected(False)
        self._selected = action_id if action_id in self._actions else None
        if self._selected is not None:
            card = self._cards.get(self._selected)
            if card is None:  # paged away: show its page
                key = key_of(self._actions[self._selected])
                per_page = max(1, self.capacity(key) - 1)
                self._pages[key] = self._cells[key].index(self._selected) // per_page
                self.relayout([key])
                card = self._cards.get(self._selected)
            if card is not None:
                card.set_selected(True)
            self.action_selected.emit(self._selected)

    def activate(self, action_id: int) -> None:
        """A click on a card: select it; show its station if it has one."""
        self.select_action(action_id)
        action = self._actions.get(action_id)
        if action is not None and action.station_id is not None:
            self.station_activated.emit(action.station_id)

    def move_action(self, action_id: int, key: Key) -> bool:
        """Give an action the effort and value of a cell (None: unrate it); one undo step."""
        action = self._actions.get(action_id)
        if action is None:
            return False
        if key == key_of(action) and key is not None:
            self.relayout([key])
            return False
        effort, value = key if key is not None else (None, None)
        ok = push_edit(
            self.editor, lambda: edits.update_action(action_id, effort=effort, value=value)
        ).ok
        if not ok:
            self.relayout([key_of(action)])
        else:
            self.select_action(action_id)
        return ok

    def nudge(self, d_effort: int, d_value: int) -> bool:
        """Move the selected action one cell (Ctrl+arrow); an unrated one lands in the middle."""
        action = self._actions.get(self._selected) if self._selected is not None else None
        if action is None:
            return False
        if action.effort is None or action.value is None:
            target: Key = (action.effort or 3, action.value or 3)
        else:
            effort = min(5, max(1, action.effort + d_effort))
            value = min(5, max(1, action.value + d_value))
            target = (effort, value)
        if target == key_of(action):
            return False
        return self.move_action(action.id, target)

    def select_neighbour(self, step: int) -> None:
        """Select the next (or previous) card in reading order."""
        cards = sorted(self._cards.values(), key=lambda c: (c.pos().y() // 20, c.pos().x()))
        if not cards:
            return
        ids = [c.action_id for c in cards]
        if self._selected in ids:
            at = (ids.index(self._selected) + step) % len(ids)
        else:
            at = 0 if step > 0 else len(ids) - 1
        self.select_action(ids[at])

    def set_projector_theme(self, on: bool) -> None:
        """Large type for presentation: bigger titles, fewer cards per cell (paged)."""
        self.typeface = LARGE_TYPE if on else NORMAL_TYPE
        self.background.prepareGeometryChange()
        self.background.typeface = self.typeface
        if self.large_type.isChecked() != on:
            self.large_type.setChecked(on)
        self.reload()
