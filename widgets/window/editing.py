"""Edit ▸ Cut, Copy, Paste, Delete, Select all and the Add commands, routed to where the
keyboard is: a text field edits its text, a workshop panel keeps its own keys, else the map."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QPlainTextEdit, QTextEdit

from app.editor import Editor
from widgets.canvas.view import MapView


def text_focus() -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The editable text field that has the keyboard, if one has."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and not (
        isinstance(widget, QLineEdit) and widget.isReadOnly()
    ):
        return widget
    return None


class EditRouting:
    """The window's edit commands; ``workshop`` gives the open editor and view (or Nones)."""

    def __init__(
        self,
        workshop: Callable[[], tuple[Editor | None, MapView | None]],
        panel_docks: Callable[[], Sequence[QDockWidget]],
    ) -> None:
        self._workshop = workshop
        self._panel_docks = panel_docks

    @property
    def view(self) -> MapView | None:
        return self._workshop()[1]

    def in_panel(self) -> bool:
        """True when the keyboard is in a docked panel (its lists handle their own keys)."""
        widget = QApplication.focusWidget()
        return widget is not None and any(d.isAncestorOf(widget) for d in self._panel_docks())

    def call_view(self, method: str) -> None:
        view = self.view
        if view is not None:
            getattr(view, method)()

    def cut(self) -> None:
        text, view = text_focus(), self.view
        if text is not None:
            text.cut()
        elif view is not None and not self.in_panel():
            view.cut_selection()

    def copy(self) -> None:
        text, view = text_focus(), self.view
        if text is not None:
            text.copy()
        elif view is not None and not self.in_panel():
            view.copy_selection()

    def paste(self) -> None:
        text, view = text_focus(), self.view
        if text is not None:
            text.paste()
        elif view is not None and not self.in_panel():
            view.paste()

    def select_all(self) -> None:
        text, view = text_focus(), self.view
        if text is not None:
            text.selectAll()
        elif view is not None:
            view.select_all()

    def delete(self) -> None:
        if text_focus() is not None or self.in_panel():
            return  # the field or list handles its own Delete
        view = self.view
        if view is not None:
            view.delete_selection()

    def add_item(self, kind: str) -> int | None:
        """Add a station, phase or line at a sensible place (by the selection)."""
        view = self.view
        if view is None:
            return None
        if kind == "phase":
            view.add_phase()
        elif kind == "line":
            view.add_line()
        elif kind == "station":
            return self.add_station()
        return None

    def add_station(self) -> int | None:
        """A new station: after the selected station, else in the selected phase or line."""
        editor, view = self._workshop()
        if editor is None or view is None:
            return None
        snapshot = editor.document.snapshot(editor.journey_id)
        if not snapshot.phases or not snapshot.lines:
            return None
        front = [ln for ln in snapshot.lines if ln.kind == "frontstage"] or snapshot.lines
        phase_id, line_id, index = snapshot.phases[0].id, front[0].id, None
        kind, ids = view.selection()
        if kind == "station" and ids:
            station = editor.document.station(ids[-1])
            if station is not None:
                phase_id, line_id = station.phase_id, station.line_id
                lane = [s.id for s in snapshot.lane(phase_id, line_id)]
                index = lane.index(station.id) + 1 if station.id in lane else None
        elif kind == "phase" and ids:
            phase_id = ids[0]
        elif kind == "line" and ids:
            line_id = ids[0]
        if index is None:
            index = len(snapshot.lane(phase_id, line_id))
        new_id = view.add_station_at(phase_id, line_id, index)
        return new_id if isinstance(new_id, int) else None
