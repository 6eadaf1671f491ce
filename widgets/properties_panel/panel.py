"""The properties panel: the details of the selected station, phase or line, bound both ways.

Every change is one undoable edit pushed through the editor: a text field commits when the
user leaves it (or presses Enter), so typing is one step per visit; a click on a face, a
rating or a colour is one step. The panel follows :attr:`Editor.changed`, so an undo shows
at once; while it loads values from the model, the widgets' signals are blocked, so loading
never writes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from app import application
from app.editor import Editor
from app.translations import translate
from models import edits
from models.change import ChangeSet
from models.document import Edit
from models.edit_name import EditName, quote
from models.schema import Base, Line, Owner, Phase, Station
from widgets.canvas.view import MapView
from widgets.properties_panel.band_pages import LinePage, PhasePage
from widgets.properties_panel.form import Form, role_label
from widgets.properties_panel.pickers import NO_OWNER
from widgets.properties_panel.station_page import StationPage
from widgets.properties_panel.text_fields import CommitLineEdit, CommitTextEdit


def set_owner_to_new(station_id: int, name: str) -> Edit:
    """One undo step: add an owner called ``name`` and make it the station's owner."""
    add = edits.add_owner(name)

    def perform(rec: Any) -> int:
        owner_id = add.perform_in(rec)
        edits.update_station(station_id, owner_id=owner_id).perform_in(rec)
        return int(owner_id)

    return Edit(EditName("Set owner to new {name}", name=quote(name.strip())), perform)


class PropertiesPanel(QWidget):
    """The details of the selection: a station, a phase or a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties-panel")
        self._editor: Editor | None = None
        self._view: MapView | None = None
        self._kind: str | None = None
        self._id: int | None = None

        self.pages = QStackedWidget(self)
        self._empty = self._message_page(
            translate("PropertiesPanel", "Nothing selected"), self._empty_hint()
        )
        self._multi = self._message_page(
            "", translate("PropertiesPanel", "Select one item to see and edit its details.")
        )
        self.station_page = StationPage(self.commit, self._set_owner_by_name, self)
        self.phase_page = PhasePage(self.commit, self)
        self.line_page = LinePage(self.commit, self)
        self._item_pages: dict[str, StationPage | PhasePage | LinePage] = {
            "station": self.station_page,
            "phase": self.phase_page,
            "line": self.line_page,
        }
        for page in (self._empty, self._multi, self.station_page, self.phase_page, self.line_page):
            self.pages.addWidget(self._scrolled(page))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._show_page(self._empty)

    # -- wiring -----------------------------------------------------------------------------
    def set_editor(self, editor: Editor | None, view: MapView | None) -> None:
        self.commit_pending()
        if self._editor is not None:
            self._editor.changed.disconnect(self._on_change)
            self._editor.journey_changed.disconnect(self._on_journey)
        if self._view is not None:
            self._view.selection_changed.disconnect(self._on_selection)
        self._editor, self._view = editor, view
        if editor is not None:
            editor.changed.connect(self._on_change)
            editor.journey_changed.connect(self._on_journey)
        if view is not None:
            view.selection_changed.connect(self._on_selection)
        self._on_selection()

    def target(self) -> tuple[str | None, int | None]:
        return self._kind, self._id

    def show_item(self, kind: str | None, ids: list[int]) -> None:
        """Show the details of one selected item (several: a summary; none: a hint)."""
        self.commit_pending()
        if kind is None or not ids or self._editor is None:
            self._kind, self._id = None, None
            self._show_page(self._empty)
        elif len(ids) > 1:
            self._kind, self._id = None, None
            title = self._multi.findChild(QLabel, "message-title")
            assert title is not None
            n = len(ids)
            selected = {
                "station": self.tr("%n stations selected", "", n),
                "phase": self.tr("%n phases selected", "", n),
                "line": self.tr("%n lines selected", "", n),
            }
            title.setText(selected.get(kind, self.tr("%n selected", "", n)))
            self._show_page(self._multi)
        else:
            self._kind, self._id = kind, ids[0]
            self.reload()

    def commit_pending(self) -> None:
        """Commit a text field the user is still in (before the selection moves on)."""
        for field in self.findChildren(CommitLineEdit) + self.findChildren(CommitTextEdit):
            if field.isVisibleTo(self) and field.is_modified():
                field.commit()
        owner = self.station_page.owner
        if owner.isVisibleTo(self) and owner.edit.isModified():
            self._set_owner_by_name(owner.currentText())

    def reload(self) -> None:
        """Read the shown item from the model into the widgets (signals blocked)."""
        editor, kind, row_id = self._editor, self._kind, self._id
        if editor is None or kind is None or row_id is None:
            self._show_page(self._empty)
            return
        page = self._item_pages.get(kind)
        if page is None:
            return
        row = self._current()
        if row is None:  # deleted meanwhile
            self.show_item(None, [])
            return
        page.load(row, editor.document)
        self._show_page(page)

    # -- model → widgets --------------------------------------------------------------------
    def _on_selection(self, *_args: object) -> None:
        if self._view is None:
            self.show_item(None, [])
            return
        kind, ids = self._view.selection()
        self.show_item(kind, list(ids))

    def _on_journey(self, _journey_id: int) -> None:
        self.show_item(None, [])

    def _on_change(self, change: ChangeSet) -> None:
        entities: dict[str, type[Base]] = {"station": Station, "phase": Phase, "line": Line}
        entity = entities.get(self._kind or "")
        if entity is None or self._id is None:
            return
        if self._id in change.removed_ids(entity):
            self.show_item(None, [])
        elif (
            self._id in change.changed_fields(entity)
            or self._id in change.added_ids(entity)
            or (self._kind == "station" and Owner.__tablename__ in change.tables())
            or (self._kind == "station" and change.tables() & {"phase", "line"})
        ):
            self.reload()

    # -- widgets → model --------------------------------------------------------------------
    def _current(self) -> Any:
        editor, row_id = self._editor, self._id
        if editor is None or row_id is None:
            return None
        read = {
            "station": editor.document.station,
            "phase": editor.document.phase,
            "line": editor.document.line,
        }.get(self._kind or "")
        return read(row_id) if read else None

    def commit(self, field: str, value: Any) -> bool:
        """Push one edit setting ``field`` of the shown item; False if refused or unchanged."""
        editor, row_id, row = self._editor, self._id, self._current()
        if editor is None or row_id is None or row is None:
            return False
        if getattr(row, field) == value:
            self.reload()  # clears "modified" marks and normalises what was typed
            return False
        updates: dict[str, Callable[..., Edit]] = {
            "station": edits.update_station,
            "phase": edits.update_phase,
            "line": edits.update_line,
        }
        update = updates[self._kind or "station"]
        return self._push(lambda: update(row_id, **{field: value}))

    def _push(self, build: Callable[[], Edit]) -> bool:
        assert self._editor is not None
        outcome = self._editor.attempt(build)
        if not outcome.applied:
            self.reload()  # refused: show the model's value again
        return outcome.applied

    def _set_owner_by_name(self, text: str) -> None:
        editor, row = self._editor, self._current()
        if editor is None or row is None or self._kind != "station":
            return
        name = text.strip()
        if not name or name == translate("OwnerField", NO_OWNER):
            self.commit("owner_id", None)
            return
        for owner in editor.document.owners():
            if owner.name.casefold() == name.casefold():
                self.commit("owner_id", owner.id)
                return
        self._push(lambda: set_owner_to_new(row.id, name))

    # -- building ---------------------------------------------------------------------------
    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName("properties-scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        return area

    def _show_page(self, page: QWidget) -> None:
        for i in range(self.pages.count()):
            area = self.pages.widget(i)
            if isinstance(area, QScrollArea) and area.widget() is page:
                self.pages.setCurrentIndex(i)

    @staticmethod
    def _empty_hint() -> str:
        return translate(
            "PropertiesPanel",
            "Click a station, a phase header or a line name on the map to see and edit "
            "its details here.",
        )

    def _message_page(self, title: str, hint: str) -> QWidget:
        page = Form(self)
        page.box.addSpacing(application.SPACE_LARGE)
        heading = QLabel(title, page)
        heading.setObjectName("message-title")
        font = heading.font()
        font.setPointSizeF(application.HEADING)
        font.setBold(True)
        heading.setFont(font)
        text = role_label(hint, "hint")
        text.setWordWrap(True)
        page.box.addWidget(heading)
        page.box.addWidget(text)
        page.box.addStretch(1)
        return page
