"""Multi-step mouse gestures, one small class each (press → moves → release, or cancel).

The view starts one interaction on a mouse press and hands it the moves and the release; Esc
cancels it. A gesture changes the model once, on release, through ``Editor.push`` (one undo
step, saved at once), and pushes nothing when nothing moved. While it runs it only moves items
and the insertion marker; a cancel puts every item back where the layout has it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QRubberBand

from models import edits
from models.document import Edit
from models.edit_name import EditName
from widgets.canvas import placement
from widgets.canvas.station_item import StationItem

if TYPE_CHECKING:
    from widgets.canvas.view import MapView

ROOM = 26.0  # how far neighbours step aside for the insertion marker
EDGE = 28  # pixels from the viewport's edge where a drag scrolls the view
EDGE_STEP = 24


class Interaction:
    """A gesture in progress. ``started`` turns true once the pointer really moved."""

    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, view: MapView, event: QMouseEvent) -> None:
        self.view = view
        self.scene = view.map_scene
        self.press_view = event.position().toPoint()
        self.press_scene = view.mapToScene(self.press_view)
        self.modifiers = event.modifiers()
        self.started = False

    def move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if not self.started:
            if (pos - self.press_view).manhattanLength() < QApplication.startDragDistance():
                return
            self.started = True
            self.view.viewport().setCursor(self.cursor)
            self.start()
        self.update(pos, self.view.mapToScene(pos))

    def release(self, event: QMouseEvent) -> None:
        self.finish(self.view.mapToScene(event.position().toPoint()))

    def start(self) -> None:
        """The pointer moved past the drag distance."""

    def update(self, view_pos: QPoint, scene_pos: QPointF) -> None:
        """A move of the pointer once started."""

    def finish(self, scene_pos: QPointF) -> None:
        """The button went up: commit (or, for a mere click, whatever a click does)."""

    def cancel(self) -> None:
        """Esc, or the map changed under the gesture: put everything back, change nothing."""

    def autoscroll(self, view_pos: QPoint) -> None:
        viewport = self.view.viewport()
        dx = dy = 0
        if view_pos.x() < EDGE:
            dx = -EDGE_STEP
        elif view_pos.x() > viewport.width() - EDGE:
            dx = EDGE_STEP
        if view_pos.y() < EDGE:
            dy = -EDGE_STEP
        elif view_pos.y() > viewport.height() - EDGE:
            dy = EDGE_STEP
        if dx:
            bar = self.view.horizontalScrollBar()
            bar.setValue(bar.value() + dx)
        if dy:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + dy)


class _Lift:
    """Items taken out of the layout for a drag: offset from home, and put back."""

    def __init__(self, items: list[QGraphicsItem]) -> None:
        self.items = items
        self.homes = [item.pos() for item in items]
        self.z = [item.zValue() for item in items]
        for item in items:
            item.setZValue(item.zValue() + 50)
            item.setOpacity(0.82)

    def offset(self, delta: QPointF) -> None:
        for item, home in zip(self.items, self.homes, strict=True):
            item.setPos(home + delta)

    def drop(self) -> None:
        for item, home, z in zip(self.items, self.homes, self.z, strict=True):
            item.setPos(home)
            item.setZValue(z)
            item.setOpacity(1.0)


class StationDrag(Interaction):
    """Drag the selected stations to a slot: reorder in a lane, or move to another phase/line.

    The stations follow the pointer, an insertion marker shows where they will land and the
    target lane's stations step aside; release moves them all in one ``move_stations`` edit.
    """

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(
        self, view: MapView, event: QMouseEvent, station_ids: list[int], clicked: int
    ) -> None:
        super().__init__(view, event)
        self.ids = station_ids
        self.clicked = clicked
        self.ignore = frozenset(station_ids)
        self.slot: tuple[int, int, int] | None = None
        self._lift: _Lift | None = None
        self._room: dict[int, float] = {}

    def start(self) -> None:
        items: list[QGraphicsItem] = []
        for sid in self.ids:
            item = self.scene.station_item(sid)
            if item is not None:
                items.append(item)
        self._lift = _Lift(items)

    def update(self, view_pos: QPoint, scene_pos: QPointF) -> None:
        assert self._lift is not None
        self.autoscroll(view_pos)
        self._lift.offset(scene_pos - self.press_scene)
        layout = self.scene.layout
        slot = layout.slot_at(scene_pos.x(), scene_pos.y(), self.ignore) if layout else None
        if slot == self.slot:
            return
        self.slot = slot
        if slot is None or layout is None:
            self.scene.marker.hide()
            self._make_room(None)
            return
        phase_id, line_id, index = slot
        x = layout.insertion_x(phase_id, line_id, index, self.ignore)
        row = next(r for r in layout.rows if r.id == line_id)
        self.scene.marker.show_between(
            QPointF(x, row.track_y - 30), QPointF(x, row.track_y + 30), ring=True
        )
        self._make_room(slot)

    def _make_room(self, slot: tuple[int, int, int] | None) -> None:
        """Shift the target lane's stations away from the insertion point."""
        layout = self.scene.layout
        wanted: dict[int, float] = {}
        if slot is not None and layout is not None:
            phase_id, line_id, index = slot
            lane = [s.id for s in layout.lane(phase_id, line_id) if s.id not in self.ignore]
            for k, sid in enumerate(lane):
                wanted[sid] = -ROOM if k < index else ROOM
        for sid in set(self._room) | set(wanted):
            dx = wanted.get(sid, 0.0)
            if self._room.get(sid, 0.0) == dx:
                continue
            item = self.scene.station_item(sid)
            if item is not None:
                item.setPos(item.home() + QPointF(dx, 0))
        self._room = {sid: dx for sid, dx in wanted.items() if dx}

    def _restore(self) -> None:
        if self._lift is not None:
            self._lift.drop()
        self._make_room(None)
        self.scene.marker.hide()

    def finish(self, scene_pos: QPointF) -> None:
        if not self.started:
            # A click (no drag) on a station of a multi-selection selects just that one.
            if len(self.ids) > 1:
                self.view.select("station", [self.clicked])
            return
        slot, layout = self.slot, self.scene.layout
        self._restore()
        if slot is None or layout is None:
            return
        moves = placement.insert_moves(layout, self.ids, (slot[0], slot[1]), slot[2])
        if moves:
            self.view.editor.push(edits.move_stations(moves))

    def cancel(self) -> None:
        self._restore()


class BandDrag(Interaction):
    """Drag a phase header left or right, or a line label up or down, to reorder the bands.

    A line dropped across the line of visibility changes side (frontstage ↔ backstage), in
    the same undo step.
    """

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: MapView, event: QMouseEvent, kind: str, band_id: int) -> None:
        super().__init__(view, event)
        self.kind = kind
        self.band_id = band_id
        self._lift: _Lift | None = None
        self.target: tuple[int, str] | None = None  # display index among the others, kind

    def start(self) -> None:
        layout = self.scene.layout
        if layout is None:
            return
        items: list[QGraphicsItem] = []
        band = self.scene.item_of(self.kind, self.band_id)
        if band is not None:
            items.append(band)
        column = "phase_id" if self.kind == "phase" else "line_id"
        for box in layout.stations:
            if getattr(box, column) == self.band_id:
                station = self.scene.station_item(box.id)
                if station is not None:
                    items.append(station)
        self._lift = _Lift(items)

    def update(self, view_pos: QPoint, scene_pos: QPointF) -> None:
        layout = self.scene.layout
        if layout is None or self._lift is None:
            return
        self.autoscroll(view_pos)
        delta = scene_pos - self.press_scene
        marker = self.scene.marker
        if self.kind == "phase":
            self._lift.offset(QPointF(delta.x(), 0))
            others = [p for p in layout.phases if p.id != self.band_id]
            index = placement.band_index([p.header.center[0] for p in others], scene_pos.x())
            if not others:
                return
            x = others[index - 1].header.right if index > 0 else others[0].header.x
            top, bottom = others[0].header.y, others[0].body.bottom
            marker.show_between(QPointF(x, top), QPointF(x, bottom))
            self.target = (index, "")
        else:
            self._lift.offset(QPointF(0, delta.y()))
            others_rows = [r for r in layout.rows if r.id != self.band_id]
            me = next(r for r in layout.rows if r.id == self.band_id)
            kind = placement.line_target_kind(layout, scene_pos.y(), me.kind)
            index = placement.band_index([r.rect.center[1] for r in others_rows], scene_pos.y())
            if not others_rows:
                return
            y = others_rows[index - 1].rect.bottom if index > 0 else others_rows[0].rect.y
            marker.show_between(QPointF(0, y), QPointF(layout.width, y))
            self.target = (index, kind)

    def _restore(self) -> None:
        if self._lift is not None:
            self._lift.drop()
        self.scene.marker.hide()

    def finish(self, scene_pos: QPointF) -> None:
        self._restore()
        layout, snapshot, target = self.scene.layout, self.scene.snapshot, self.target
        if not self.started or layout is None or snapshot is None or target is None:
            return
        index, kind = target
        if self.kind == "phase":
            current = [p.id for p in layout.phases].index(self.band_id)
            if index != current:
                self.view.editor.push(edits.move_phase(self.band_id, index))
            return
        edit = line_move_edit(self.view, self.band_id, index, kind)
        if edit is not None:
            self.view.editor.push(edit)

    def cancel(self) -> None:
        self._restore()


def line_move_edit(view: MapView, line_id: int, display_index: int, kind: str) -> Edit | None:
    """The edit showing ``line_id`` at ``display_index`` (among the other rows) as ``kind``."""
    layout, snapshot = view.map_scene.layout, view.map_scene.snapshot
    if layout is None or snapshot is None:
        return None
    rows = list(layout.rows)
    me = next(r for r in rows if r.id == line_id)
    others = [r for r in rows if r.id != line_id]
    # Unchanged if it would land where it is, on its own side.
    if kind == me.kind and [r.id for r in others[:display_index]] == [
        r.id for r in rows[: rows.index(me)]
    ]:
        return None
    order = [ln.id for ln in snapshot.lines]
    index = placement.line_insert_index(order, rows, display_index, kind, exclude=line_id)
    move = edits.move_line(line_id, index)
    if kind == me.kind:
        return move
    name = (
        EditName("Move line to backstage")
        if kind == "backstage"
        else EditName("Move line to frontstage")
    )
    return edits.combine(name, [move, edits.update_line(line_id, kind=kind)])


class RubberBand(Interaction):
    """Drag on empty canvas to select the stations inside the band (Ctrl/Shift: add to the
    selection). A click on empty canvas clears the selection."""

    def __init__(self, view: MapView, event: QMouseEvent) -> None:
        super().__init__(view, event)
        self.additive = bool(
            self.modifiers
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )
        kind, ids = view.selection()
        self.before = ids if kind == "station" else []
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())

    def start(self) -> None:
        self.band.setGeometry(QRect(self.press_view, QSize()))
        self.band.show()

    def update(self, view_pos: QPoint, scene_pos: QPointF) -> None:
        self.band.setGeometry(QRect(self.press_view, view_pos).normalized())
        area = QRectF(self.press_scene, scene_pos).normalized()
        hits = [
            item.item_id
            for item in self.scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
            if isinstance(item, StationItem) and area.intersects(item.marker_rect())
        ]
        ids = [*self.before, *hits] if self.additive else hits
        self.view.select("station", ids, quiet=True)

    def finish(self, scene_pos: QPointF) -> None:
        self.band.hide()
        self.band.deleteLater()
        if not self.started:
            if not self.additive:
                self.view.select(None, [])
            return
        self.view.emit_selection()

    def cancel(self) -> None:
        self.band.hide()
        self.band.deleteLater()
        self.view.select("station", self.before)


class Pan(Interaction):
    """Middle button, or Space held with the left button: move the map with the hand."""

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: MapView, event: QMouseEvent) -> None:
        super().__init__(view, event)
        self.last = self.press_view
        self.started = True
        view.viewport().setCursor(self.cursor)

    def move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        delta = pos - self.last
        self.last = pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())
        self.view.user_moved_view()
