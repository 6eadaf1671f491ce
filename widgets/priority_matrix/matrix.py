"""The effort/value matrix widget: every action as a card on a 5 × 5 grid, to prioritise in
the room.

Effort runs to the right (1 trivial … 5 very large), value upwards (1 little … 5 very high).
The cells are tinted by the spec's four priorities and the quadrants are named in bands above
(Quick wins, Big bets) and below (Fill-ins, Time sinks) the grid, each with its count. Actions
without effort or value wait in the "Unrated" tray under the matrix.

A click selects a card and emits ``station_activated`` for a linked action; dragging a card
to another cell (``drag``) or Ctrl+arrows give it that effort and value in one undo step.
Cells keep their cards readable however many there are: cards stack under each other up to
what fits, and a "1–2 of 7 ▸" chip pages through the rest; each cell shows its count.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.translations import translate
from models import edits
from models.change import ChangeSet
from models.journey_ops import ActionRecord, action_records
from models.priority import Priority, priority
from models.schema import Action, Journey, Owner
from widgets.panel_kit import push_edit
from widgets.priority_matrix.geometry import (
    LARGE_TYPE,
    NORMAL_TYPE,
    UNRATED,
    Key,
    capacity,
    cell_rect,
    extent,
    key_of,
    shaped,
    slot,
)
from widgets.priority_matrix.items import ActionCard, MatrixBackground, MoreChip, with_value_room
from widgets.priority_matrix.view import MatrixView

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
        self.typeface = NORMAL_TYPE  # shaped to the view (``shape_to_view``)
        self.base_type = NORMAL_TYPE  # or LARGE_TYPE: large type, and on the projector
        self.projected = False
        self.zoom = 0.0  # the view's zoom for the shaped matrix (0: fit it whole, on the projector)
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
        self.scope_combo.setAccessibleName(translate("PriorityMatrix", "Actions shown"))
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo.activated.connect(
            lambda _i: self.set_scope(self.scope_combo.currentData())
        )
        self.large_type = QCheckBox(translate("PriorityMatrix", "&Large type"))
        self.large_type.toggled.connect(self.set_projector_theme)
        hint = QLabel(
            translate(
                "PriorityMatrix", "Drag a card to rate it · Ctrl+arrows move the selected card"
            )
        )
        hint.setObjectName("hint")
        show = QLabel(translate("PriorityMatrix", "&Show:"))
        show.setBuddy(self.scope_combo)
        self.controls = QWidget()
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(show)
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.large_type)
        bar.addStretch(1)
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.controls)
        layout.addWidget(self.view, 1)
        self._layout = layout

        editor.changed.connect(self._on_change)
        editor.journey_changed.connect(self._on_journey)
        self._fill_scope()
        self.reload()

    # -- scope --------------------------------------------------------------------------------
    def _fill_scope(self) -> None:
        chosen = self.scope
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(translate("PriorityMatrix", "All journeys"), ALL_JOURNEYS)
        self.scope_combo.addItem(translate("PriorityMatrix", "Journey on the map"), ON_MAP)
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
    def relayout(self, keys: Iterable[Key]) -> None:
        """Rebuild the cards of some cells (cards are cheap; a cell shows a handful)."""
        for key in set(keys):
            for item in self._extras.pop(key, []):
                if isinstance(item, ActionCard) and self._cards.get(item.action_id) is item:
                    del self._cards[item.action_id]
                self.scene.removeItem(item)
            ids = self._cells.get(key, [])
            room = capacity(key, self.typeface)
            shown = ids
            items: list[QGraphicsItem] = []
            if len(ids) > room:
                per_page = room - 1
                pages = math.ceil(len(ids) / per_page)
                page = self._pages.get(key, 0) % pages
                self._pages[key] = page
                start = page * per_page
                shown = ids[start : start + per_page]
                pos, width = slot(key, len(shown), self.typeface)
                more = translate("PriorityMatrix", "{first}–{last} of {count}  ▸").format(
                    first=start + 1, last=start + len(shown), count=len(ids)
                )
                chip = MoreChip(key, more, width, self.typeface)
                chip.setPos(pos)
                items.append(chip)
            for i, action_id in enumerate(shown):
                action = self._actions[action_id]
                pos, width = slot(key, i, self.typeface)
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
        rect = cell_rect(key, self.typeface)
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
                per_page = max(1, capacity(key, self.typeface) - 1)
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
        ).applied
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

    def set_projected(self, on: bool) -> None:
        """On the projector (F6): large type, and the matrix alone on the whole screen (its
        controls and margins go, so the cards get every pixel)."""
        self.controls.setVisible(not on)
        margin = 0 if on else 6
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self.projected = on
        self.set_projector_theme(on)

    def set_projector_theme(self, on: bool) -> None:
        """Large type for presentation: bigger titles, fewer cards per cell (paged)."""
        self.base_type = LARGE_TYPE if on else NORMAL_TYPE
        if self.large_type.isChecked() != on:
            self.large_type.setChecked(on)
        self.shape_to_view(force=True)

    def shape_to_view(self, force: bool = False) -> None:
        """The matrix shaped for its view (``geometry.shaped``): in a dock its cells use the
        width and it scrolls rather than shrink past readable; on the projector (F6) the large
        type's own shape, filling the screen."""
        view = self.view
        base = with_value_room(self.base_type)  # every value word at the labels' size
        if self.projected:
            typeface, zoom = base, 0.0
        else:
            size = view.maximumViewportSize()
            typeface, zoom = shaped(base, size.width(), size.height())
            if extent(typeface).height() * zoom > size.height() + 0.5:  # it scrolls down
                bar = view.verticalScrollBar().sizeHint().width()
                typeface, zoom = shaped(base, size.width() - bar, size.height())
        self.zoom = zoom
        if force or typeface != self.typeface:
            self.typeface = typeface
            self.background.prepareGeometryChange()
            self.background.typeface = typeface
            self.reload()
        else:
            view.fit()
