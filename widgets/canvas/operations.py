"""What the map's commands do: each turns the selection into one model edit, pushed through
the editor (one undo step, saved at once). MapView exposes them; menus and keys call them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QGuiApplication

from app.editor import Outcome
from app.translations import QT_TRANSLATE_NOOP, plural, translate, written
from models import edits, style
from models import layout as geo
from models.document import Edit
from models.edit_name import EditName, quote
from widgets.canvas import clipboard, placement
from widgets.canvas.in_place_editor import InPlaceEditor
from widgets.canvas.interactions import line_move_edit
from widgets.canvas.mime import JOURNEYLINE_JSON_MIME
from widgets.canvas.scene import MapScene

if TYPE_CHECKING:
    from widgets.canvas.view import MapView

# A new band's or station's name, in the window's language (renamed in place at once).
NEW_STATION = QT_TRANSLATE_NOOP("MapOperations", "New station")
NEW_PHASE = QT_TRANSLATE_NOOP("MapOperations", "New phase")
NEW_LINE = QT_TRANSLATE_NOOP("MapOperations", "New line")
READABLE_ZOOM = 0.5  # renaming below this zoom first zooms to 100 %


class MapOperations:
    def __init__(self, view: MapView) -> None:
        self.view = view
        self.rename_editor: InPlaceEditor | None = None

    @property
    def scene(self) -> MapScene:
        return self.view.map_scene

    def _push(self, edit: Edit) -> Outcome:
        return self.view.editor.push(edit)

    # -- delete, duplicate ---------------------------------------------------------------------
    def delete_selection(self) -> bool:
        kind, ids = self.view.selection()
        layout = self.scene.layout
        if not ids or layout is None:
            return False
        if kind == "station":
            return self._push(edits.delete_stations(ids)).applied
        if kind not in ("phase", "line"):
            return False
        column = "phase_id" if kind == "phase" else "line_id"
        names = (
            [p.name for p in layout.phases if p.id in ids]
            if kind == "phase"
            else [r.name for r in layout.rows if r.id in ids]
        )
        inside = sum(1 for s in layout.stations if getattr(s, column) in ids)
        if inside:
            question = self._delete_question(kind, names, inside)
            if not self.view.confirm(
                translate("MapOperations", "Delete phase")
                if kind == "phase"
                else translate("MapOperations", "Delete line"),
                question,
            ):
                return False
        make = edits.delete_phase if kind == "phase" else edits.delete_line
        parts = [make(i) for i in ids]
        edit = (
            parts[0]
            if len(parts) == 1
            else edits.combine(
                EditName("Delete %n phase(s)", len(ids))
                if kind == "phase"
                else EditName("Delete %n line(s)", len(ids)),
                parts,
            )
        )
        return self._push(edit).applied

    @staticmethod
    def _delete_question(kind: str, names: list[str], stations: int) -> str:
        """Whole sentences for each case (never glued), with the stations' plural form."""
        if len(names) == 1:
            text = (
                plural("MapOperations", "Delete the phase {name} and its %n station(s)?", stations)
                if kind == "phase"
                else plural(
                    "MapOperations", "Delete the line {name} and its %n station(s)?", stations
                )
            )
            return text.format(name=written(quote(names[0])))
        text = (
            plural("MapOperations", "Delete {count} phases and their %n station(s)?", stations)
            if kind == "phase"
            else plural("MapOperations", "Delete {count} lines and their %n station(s)?", stations)
        )
        return text.format(count=len(names))

    def duplicate_selection(self) -> list[int]:
        kind, ids = self.view.selection()
        if kind != "station" or not ids:
            return []
        new_ids = self._push(edits.duplicate_stations(ids)).result
        if isinstance(new_ids, list):
            self.view.select("station", new_ids)
            return new_ids
        return []

    # -- clipboard -----------------------------------------------------------------------------
    def copy_selection(self) -> bool:
        kind, ids = self.view.selection()
        snapshot = self.scene.snapshot
        if kind != "station" or not ids or snapshot is None:
            return False
        text = clipboard.copy_document(self.view.editor.document, snapshot, ids)
        # Qt makes the QMimeData here (setText), not Python: a QMimeData made in Python and
        # still on the clipboard at exit is freed by Qt's exit handlers after Python is gone,
        # which crashes the process on quit. The JSON is the text itself (paste reads it
        # back from text/plain too); the Journeyline type is added for this process.
        board = QGuiApplication.clipboard()
        board.setText(text)
        data = board.mimeData()
        if data is not None:
            data.setData(JOURNEYLINE_JSON_MIME, QByteArray(text.encode("utf-8")))
        return True

    def cut_selection(self) -> bool:
        return self.copy_selection() and self.delete_selection()

    def paste(self) -> list[int]:
        snapshot = self.scene.snapshot
        data = QGuiApplication.clipboard().mimeData()
        if snapshot is None or data is None:
            return []
        if data.hasFormat(JOURNEYLINE_JSON_MIME):
            raw: bytes | str = bytes(data.data(JOURNEYLINE_JSON_MIME).data())
        elif data.hasText() and data.text().lstrip().startswith("{"):
            raw = data.text()
        else:
            return []
        doc = clipboard.read_document(raw)
        if doc is None:
            return []
        new_ids = self._push(clipboard.paste_edit(snapshot, doc)).result
        if isinstance(new_ids, list):
            self.view.select("station", new_ids)
            return new_ids
        return []

    # -- keyboard moves ------------------------------------------------------------------------
    def move_selection(self, key: str) -> bool:
        """Arrow keys: stations one slot (or line), a phase one column, a line one row."""
        kind, ids = self.view.selection()
        layout = self.scene.layout
        if not ids or layout is None:
            return False
        edit: Edit | None = None
        if kind == "station":
            moves = placement.arrow_moves(layout, ids, key)
            edit = edits.move_stations(moves) if moves else None
        elif kind == "phase" and len(ids) == 1 and key in ("left", "right"):
            order = [p.id for p in layout.phases]
            k = order.index(ids[0]) + (1 if key == "right" else -1)
            edit = edits.move_phase(ids[0], k) if 0 <= k < len(order) else None
        elif kind == "line" and len(ids) == 1 and key in ("up", "down"):
            edit = self._line_step(ids[0], key)
        if edit is None:
            return False
        return self._push(edit).applied

    def _line_step(self, line_id: int, key: str) -> Edit | None:
        layout = self.scene.layout
        assert layout is not None
        rows = list(layout.rows)
        d = [r.id for r in rows].index(line_id)
        me = rows[d]
        if key == "up":
            if d == 0:
                return None
            if rows[d - 1].kind == me.kind:
                return line_move_edit(self.view, line_id, d - 1, me.kind)
            return line_move_edit(self.view, line_id, d, "frontstage")
        if d == len(rows) - 1:
            return None
        if rows[d + 1].kind == me.kind:
            return line_move_edit(self.view, line_id, d + 1, me.kind)
        return line_move_edit(self.view, line_id, d, "backstage")

    # -- adding --------------------------------------------------------------------------------
    def add_station_at(
        self, phase_id: int, line_id: int, index: int, rename: bool = True
    ) -> int | None:
        new_id = self._push(
            edits.add_station(
                phase_id, line_id, translate("MapOperations", NEW_STATION), index=index
            )
        ).result
        if not isinstance(new_id, int):
            return None
        self.view.select("station", [new_id])
        if rename:
            self.start_rename("station", new_id)
        return new_id

    def add_phase(self, index: int | None = None, rename: bool = True) -> int | None:
        """A new phase at ``index`` (None: after the selected phase, else at the end)."""
        layout = self.scene.layout
        if index is None and layout is not None:
            kind, ids = self.view.selection()
            order = [p.id for p in layout.phases]
            index = order.index(ids[-1]) + 1 if kind == "phase" and ids else len(order)
        new_id = self._push(
            edits.add_phase(
                self.view.editor.journey_id, translate("MapOperations", NEW_PHASE), index
            )
        ).result
        if not isinstance(new_id, int):
            return None
        self.view.select("phase", [new_id])
        if rename:
            self.start_rename("phase", new_id)
        return new_id

    def add_line(
        self, display_index: int | None = None, kind: str | None = None, rename: bool = True
    ) -> int | None:
        """A new line shown at ``display_index`` of the rows (None: after the selected line,
        else after the last frontstage line), frontstage unless ``kind`` says otherwise."""
        layout, snapshot = self.scene.layout, self.scene.snapshot
        if layout is None or snapshot is None:
            return None
        rows = list(layout.rows)
        if display_index is None:
            sel_kind, ids = self.view.selection()
            if sel_kind == "line" and ids:
                d = [r.id for r in rows].index(ids[-1])
                display_index, kind = d + 1, kind or rows[d].kind
            else:
                display_index = sum(1 for r in rows if r.kind != "backstage")
        kind = kind or "frontstage"
        order = [ln.id for ln in snapshot.lines]
        index = placement.line_insert_index(order, rows, display_index, kind)
        journey = self.view.editor.journey_id
        new_id = self._push(
            edits.add_line(journey, translate("MapOperations", NEW_LINE), index, kind=kind)
        ).result
        if not isinstance(new_id, int):
            return None
        self.view.select("line", [new_id])
        if rename:
            self.start_rename("line", new_id)
        return new_id

    # -- station details from the context menu ------------------------------------------------
    def set_emotion(self, station_ids: list[int], emotion: int | None) -> None:
        parts = [edits.update_station(i, emotion=emotion) for i in station_ids]
        if parts:
            label = EditName("Set emotion of %n station(s)", len(parts))
            self._push(parts[0] if len(parts) == 1 else edits.combine(label, parts))

    def set_moment_of_truth(self, station_ids: list[int], on: bool) -> None:
        parts = [edits.update_station(i, moment_of_truth=on) for i in station_ids]
        if parts:
            name = (
                EditName("Mark %n station(s) as moment of truth", len(parts))
                if on
                else EditName("Clear moment of truth of %n station(s)", len(parts))
            )
            self._push(parts[0] if len(parts) == 1 else edits.combine(name, parts))

    def recolour(self, kind: str, band_id: int) -> None:
        layout = self.scene.layout
        if layout is None:
            return
        if kind == "phase":
            current = next(p.header_color for p in layout.phases if p.id == band_id)
        else:
            current = next(r.color for r in layout.rows if r.id == band_id)
        chosen = self.view.choose_color(current)
        if chosen is None:
            return
        if kind == "phase":
            self._push(edits.update_phase(band_id, color=chosen))
        else:
            self._push(edits.update_line(band_id, color=chosen))

    def reset_colour(self, kind: str, band_id: int) -> None:
        if kind == "phase":
            self._push(edits.update_phase(band_id, color=None))
        else:
            self._push(edits.update_line(band_id, color=None))

    # -- rename in place -----------------------------------------------------------------------
    def rename_selection(self) -> bool:
        kind, ids = self.view.selection()
        if kind is None or len(ids) != 1:
            return False
        return self.start_rename(kind, ids[0], select_all=True)

    def start_rename(self, kind: str, item_id: int, select_all: bool = True) -> bool:
        layout, snapshot = self.scene.layout, self.scene.snapshot
        if layout is None or snapshot is None:
            return False
        self.finish_rename()
        theme = self.scene.theme
        if kind == "station":
            box = layout.station(item_id)
            station = next((s for s in snapshot.stations if s.id == item_id), None)
            if box is None or station is None:
                return False
            # Over the whole wrapped title, a little wider than the slot: most titles fit.
            title = box.title.rect
            width = max(box.slot.w + 24, 200.0)
            height = max(title.h, style.STATION_TITLE_SIZE * 1.25) + 10
            rect = QRectF(box.center[0] - width / 2, title.y - 5, width, height)
            text, size, bold, centered = station.title, style.STATION_TITLE_SIZE, True, True

            def commit(value: str) -> None:
                self._push(edits.update_station(item_id, title=value))

        elif kind == "phase":
            band = next((p for p in layout.phases if p.id == item_id), None)
            if band is None:
                return False
            h = band.header
            rect = QRectF(h.x + 6, h.y + 8, h.w - 12, h.h - 16)
            text, size, bold, centered = band.name, style.PHASE_TITLE_SIZE, True, True

            def commit(value: str) -> None:
                self._push(edits.update_phase(item_id, name=value))

        elif kind == "line":
            row = next((r for r in layout.rows if r.id == item_id), None)
            if row is None:
                return False
            size = style.LINE_TITLE_SIZE
            label = row.label
            height = max(len(label.lines), 1) * label.leading + 12
            rect = QRectF(20, label.rect.y - 6, geo.LABEL_W - 24, height)
            text, bold, centered = row.name, True, False

            def commit(value: str) -> None:
                self._push(edits.update_line(item_id, name=value))

        else:
            return False
        self.view.reveal(rect, READABLE_ZOOM)
        editor = InPlaceEditor(
            self.scene,
            rect,
            text,
            size,
            bold,
            centered,
            theme,
            commit,
            select_all,
            multiline=kind == "station",  # a title may hold line breaks; names are one line
        )
        editor.finished.connect(self._rename_finished)
        self.rename_editor = editor
        return True

    def finish_rename(self) -> None:
        if self.rename_editor is not None and self.rename_editor.active:
            self.rename_editor.commit()
        self.rename_editor = None

    def _rename_finished(self) -> None:
        self.rename_editor = None
        self.view.setFocus()
