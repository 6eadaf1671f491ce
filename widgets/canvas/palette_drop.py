"""Drops from the palette: a new station into a lane slot, a new phase between two phases,
a new line between two rows (backstage below the line of visibility). While the drag hovers,
the insertion marker shows where the new thing will go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QDropEvent

from widgets.canvas.mime import NEW_LINE_MIME, NEW_PHASE_MIME, NEW_STATION_MIME
from widgets.canvas.placement import band_index, line_target_kind

if TYPE_CHECKING:
    from widgets.canvas.view import MapView

Target = tuple[str, tuple[int, ...]]  # ("station", slot) | ("phase", (index,)) | ("line", ...)


class PaletteDrop:
    def __init__(self, view: MapView) -> None:
        self.view = view

    @staticmethod
    def kind(event: QDropEvent) -> str | None:
        data = event.mimeData()
        for mime, kind in (
            (NEW_STATION_MIME, "station"),
            (NEW_PHASE_MIME, "phase"),
            (NEW_LINE_MIME, "line"),
        ):
            if data is not None and data.hasFormat(mime):
                return kind
        return None

    def target(self, event: QDropEvent) -> Target | None:
        """What a drop at the event's position would add; shows the insertion marker."""
        view = self.view
        kind = self.kind(event)
        layout = view.map_scene.layout
        if kind is None or layout is None:
            return None
        pos = view.mapToScene(event.position().toPoint())
        marker = view.map_scene.marker
        if kind == "station":
            slot = layout.slot_at(pos.x(), pos.y())
            if slot is None:
                return None
            x = layout.insertion_x(*slot, frozenset())
            row = next(r for r in layout.rows if r.id == slot[1])
            marker.show_between(QPointF(x, row.track_y - 30), QPointF(x, row.track_y + 30), True)
            return ("station", slot)
        if kind == "phase":
            phases = layout.phases
            index = band_index([p.header.center[0] for p in phases], pos.x())
            x = phases[index - 1].header.right if index > 0 else phases[0].header.x
            marker.show_between(QPointF(x, phases[0].header.y), QPointF(x, phases[0].body.bottom))
            return ("phase", (index,))
        rows = layout.rows
        index = band_index([r.rect.center[1] for r in rows], pos.y())
        y = rows[index - 1].rect.bottom if index > 0 else rows[0].rect.y
        marker.show_between(QPointF(0, y), QPointF(layout.width, y))
        side = line_target_kind(layout, pos.y(), "frontstage")
        return ("line", (index, 0 if side == "frontstage" else 1))

    def drop(self, target: Target) -> None:
        """Add it (one undo step), then open its name for typing."""
        kind, where = target
        ops = self.view.operations
        if kind == "station":
            phase_id, line_id, index = where
            ops.add_station_at(phase_id, line_id, index)
        elif kind == "phase":
            ops.add_phase(where[0])
        else:
            ops.add_line(where[0], "frontstage" if where[1] == 0 else "backstage")
