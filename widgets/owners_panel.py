"""The owners of the client organisation: who carries which station and which action.

A list of owners (name, role, email) to add, edit, merge and delete, and below it the selected
owner's stations and actions across every journey; activating one emits
``station_activated(station id)`` so the window can show it on the map. Every change is one
undo step through the editor.

Keyboard: Insert adds, Enter (F2) edits, Delete deletes (asking first when the owner has
work), Ctrl+M merges; in the work list Enter shows the station on the map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.translations import plural, translate
from models import edits, rules
from models.change import ChangeSet
from models.journey_ops import StationRef, station_refs
from models.priority import priority
from models.schema import Action, Journey, Owner, Phase, Station
from widgets.panel_kit import (
    BOLD_ROLE,
    SUBTITLE_ROLE,
    Confirm,
    DialogSlot,
    FormDialog,
    TwoLineDelegate,
    apply_projector_font,
    ask_with_message_box,
    priority_name,
    push_edit,
    status_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole
STATION_ROLE = Qt.ItemDataRole.UserRole + 1
_OWNERS = {Owner.__tablename__}
_WORK = {
    Owner.__tablename__,
    Station.__tablename__,
    Action.__tablename__,
    Journey.__tablename__,
    Phase.__tablename__,
}


class OwnerDialog(FormDialog):
    """Name, role and email of an owner."""

    def __init__(self, owner: Owner | None = None, parent: QWidget | None = None) -> None:
        title = (
            translate("OwnerDialog", "Edit owner")
            if owner
            else translate("OwnerDialog", "New owner")
        )
        super().__init__(parent, title, "owner-dialog", 440)
        self.owner_id = owner.id if owner is not None else None
        self.name_edit = QLineEdit(owner.name if owner else "")
        self.name_edit.setMaxLength(rules.NAME_MAX)
        self.name_edit.setPlaceholderText(translate("OwnerDialog", "A person or a department"))
        self.role_edit = QLineEdit(owner.role if owner else "")
        self.role_edit.setPlaceholderText(translate("OwnerDialog", "e.g. Product owner"))
        self.email_edit = QLineEdit(owner.email if owner else "")
        form = QFormLayout()
        form.addRow(translate("OwnerDialog", "&Name:"), self.name_edit)
        form.addRow(translate("OwnerDialog", "&Role:"), self.role_edit)
        form.addRow(translate("OwnerDialog", "&Email:"), self.email_edit)
        self.add_form(form, self.name_edit)
        self._original = self.values() if owner else {}

    def values(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text(),
            "role": self.role_edit.text(),
            "email": self.email_edit.text().strip(),
        }

    def changes(self) -> dict[str, str]:
        values = self.values()
        changed = {k: v for k, v in values.items() if v != self._original.get(k)}
        if "name" in changed and changed["name"].strip() == self._original.get("name"):
            del changed["name"]
        return changed


class MergeOwnersDialog(QDialog):
    """Merge one owner into another: its stations and actions move, it is removed."""

    def __init__(
        self, merged: Owner, owners: list[Owner], work: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.merged_id = merged.id
        self.setWindowTitle(translate("MergeOwnersDialog", "Merge owners"))
        self.setObjectName("merge-owners-dialog")
        self.setMinimumWidth(460)
        self.keep_combo = QComboBox()
        self.keep_combo.setAccessibleName(translate("MergeOwnersDialog", "Owner to keep"))
        for owner in owners:
            if owner.id != merged.id:
                self.keep_combo.addItem(owner.name, owner.id)
        text = QLabel(
            translate(
                "MergeOwnersDialog",
                "“{name}” ({work}) is merged into the owner you choose: its stations and "
                "actions move there and “{name}” is removed.",
            ).format(name=merged.name, work=work)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(translate("MergeOwnersDialog", "Merge &into:"), self.keep_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("MergeOwnersDialog", "Merge")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def choose_keep(self, owner_id: int) -> None:
        self.keep_combo.setCurrentIndex(self.keep_combo.findData(owner_id))

    def keep_id(self) -> int | None:
        data = self.keep_combo.currentData()
        return int(data) if data is not None else None


class OwnersPanel(QWidget):
    """Owners with their stations and actions; ``station_activated(int)`` to show one."""

    station_activated = Signal(int)
    owner_selected = Signal(int)

    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, confirm: Confirm | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.confirm: Confirm = confirm or ask_with_message_box(self)
        self.setObjectName("owners-panel")
        self.dialog_slot = DialogSlot()
        self._filling = False

        self.owners = QTreeWidget()
        self.owners.setAccessibleName(translate("OwnersPanel", "Owners"))
        self.owners.setHeaderHidden(True)
        self.owners.setRootIsDecorated(False)
        self.owners.setUniformRowHeights(True)
        self.owners.setItemDelegate(TwoLineDelegate(self.owners))
        self.owners.currentItemChanged.connect(self._owner_changed)
        self.owners.itemActivated.connect(lambda _item, _col: self.edit_owner())

        self.add_button = QPushButton(translate("OwnersPanel", "Add…"))
        self.add_button.setToolTip(translate("OwnersPanel", "Add an owner (Insert)"))
        self.edit_button = QPushButton(translate("OwnersPanel", "Edit…"))
        self.edit_button.setToolTip(translate("OwnersPanel", "Edit the selected owner (Enter)"))
        self.merge_button = QPushButton(translate("OwnersPanel", "Merge…"))
        self.merge_button.setToolTip(
            translate("OwnersPanel", "Merge the selected owner into another one (Ctrl+M)")
        )
        self.delete_button = QPushButton(translate("OwnersPanel", "Delete"))
        self.delete_button.setToolTip(
            translate("OwnersPanel", "Delete the selected owner; their work becomes unowned")
        )
        self.add_button.clicked.connect(self.add_owner)
        self.edit_button.clicked.connect(lambda: self.edit_owner())
        self.merge_button.clicked.connect(lambda: self.open_merge())
        self.delete_button.clicked.connect(lambda: self.delete_owner())

        self.work_title = QLabel()
        self.work_title.setTextFormat(Qt.TextFormat.PlainText)
        self.work_title.setWordWrap(True)  # a long name in a narrow dock: whole, on two lines
        self.work_title.setFont(_bold(self.font()))
        self.work = QTreeWidget()
        self.work.setAccessibleName(translate("OwnersPanel", "Stations and actions of the owner"))
        self.work.setHeaderHidden(True)
        self.work.setItemDelegate(TwoLineDelegate(self.work))
        self.work.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.work.itemActivated.connect(self._work_activated)
        self.work.setToolTip(
            translate("OwnersPanel", "Enter or double-click: show the station on the map")
        )

        # Two by two: the four buttons' words stay whole in a narrow dock in every language
        # ("Zusammenführen…" beside "Hinzufügen…" would not fit in one row at 1366x768).
        buttons = QGridLayout()
        for i, button in enumerate(
            (self.add_button, self.edit_button, self.merge_button, self.delete_button)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.owners, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.work_title)
        bottom_layout.addWidget(self.work, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_owner),
            (QKeySequence(Qt.Key.Key_Delete), lambda: self.delete_owner()),
            (QKeySequence("Ctrl+M"), lambda: self.open_merge()),
            (QKeySequence(Qt.Key.Key_F2), lambda: self.edit_owner()),
        ):
            shortcut = QShortcut(keys, self.owners)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        # Work lists follow station and action edits once per event-loop turn (a drag on the
        # map can change many stations in a row).
        self._work_timer = QTimer(self)
        self._work_timer.setSingleShot(True)
        self._work_timer.setInterval(0)
        self._work_timer.timeout.connect(self._show_work)
        editor.changed.connect(self._on_change)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def owner_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self._owner_items()]

    def _owner_items(self) -> list[QTreeWidgetItem]:
        items = (self.owners.topLevelItem(i) for i in range(self.owners.topLevelItemCount()))
        return [item for item in items if item is not None]

    def selected_owner_id(self) -> int | None:
        item = self.owners.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select_owner(self, owner_id: int | None) -> None:
        for item in self._owner_items():
            if item.data(0, ID_ROLE) == owner_id:
                self.owners.setCurrentItem(item)
                return

    def refresh(self) -> None:
        selected = self.selected_owner_id()
        self._filling = True
        try:
            self.owners.clear()
            for owner in self.editor.document.owners():
                item = QTreeWidgetItem([owner.name])
                item.setData(0, ID_ROLE, owner.id)
                item.setData(0, BOLD_ROLE, True)
                details = " · ".join(t for t in (owner.role, owner.email) if t)
                item.setData(
                    0, SUBTITLE_ROLE, details or translate("OwnersPanel", "No role or email yet")
                )
                item.setToolTip(0, "\n".join(t for t in (owner.name, owner.role, owner.email) if t))
                self.owners.addTopLevelItem(item)
        finally:
            self._filling = False
        ids = self.owner_ids()
        self.select_owner(selected if selected in ids else (ids[0] if ids else None))
        self._show_work()

    def _owner_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self._show_work()
        owner_id = self.selected_owner_id()
        if owner_id is not None:
            self.owner_selected.emit(owner_id)

    def _update_buttons(self) -> None:
        has = self.selected_owner_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.merge_button.setEnabled(has and self.owners.topLevelItemCount() > 1)

    def _on_change(self, change: ChangeSet) -> None:
        tables = change.tables()
        if tables & _OWNERS:
            self.refresh()
        elif tables & _WORK:
            self._work_timer.start()

    def work_of(
        self, owner_id: int, refs: list[StationRef] | None = None
    ) -> tuple[list[StationRef], list[Action]]:
        """The owner's stations (as light references) and actions, in map order."""
        if refs is None:
            refs = station_refs(self.editor.document)
        stations = [r for r in refs if r.owner_id == owner_id]
        stations.sort(key=lambda r: (r.journey_id, r.position, r.id))
        actions = [a for a in self.editor.document.actions() if a.owner_id == owner_id]
        return stations, actions

    def _show_work(self) -> None:
        self._update_buttons()
        self.work.clear()
        owner_id = self.selected_owner_id()
        owner = self.editor.document.owner(owner_id) if owner_id is not None else None
        if owner is None:
            self.work_title.setText(
                translate("OwnersPanel", "Select an owner to see their stations and actions.")
            )
            return
        document = self.editor.document
        journeys = {j.id: j.name for j in document.journeys()}
        phases = {p.id: p.name for jid in journeys for p in document.phases(jid)}
        refs = station_refs(document)
        titles = {r.id: r.title for r in refs}
        stations, actions = self.work_of(owner.id, refs)
        self.work_title.setText(
            translate("OwnersPanel", "Stations and actions of {name}").format(name=owner.name)
        )
        group = QTreeWidgetItem(
            [translate("OwnersPanel", "Stations ({count})").format(count=len(stations))]
        )
        group.setFont(0, _bold(self.work.font()))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for ref in stations:
            where = f"{journeys.get(ref.journey_id, '')} · {phases.get(ref.phase_id, '')}"
            item = QTreeWidgetItem([ref.title])
            item.setData(0, SUBTITLE_ROLE, where)
            item.setData(0, STATION_ROLE, ref.id)
            item.setToolTip(0, ref.title)
            group.addChild(item)
        self.work.addTopLevelItem(group)
        group2 = QTreeWidgetItem(
            [translate("OwnersPanel", "Actions ({count})").format(count=len(actions))]
        )
        group2.setFont(0, _bold(self.work.font()))
        group2.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for action in actions:
            label = priority_name(priority(action.effort, action.value))
            status = status_label(action.status)
            where = (
                translate("OwnersPanel", "{priority} · {status} · at {station}").format(
                    priority=label, status=status, station=titles.get(action.station_id, "?")
                )
                if action.station_id is not None
                else f"{label} · {status}"
            )
            item = QTreeWidgetItem([action.title])
            item.setData(0, SUBTITLE_ROLE, where)
            item.setData(0, ID_ROLE, action.id)
            item.setData(0, STATION_ROLE, action.station_id)
            item.setToolTip(0, action.title)
            group2.addChild(item)
        self.work.addTopLevelItem(group2)
        self.work.expandAll()

    def _work_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        station_id = item.data(0, STATION_ROLE)
        if station_id is not None:
            self.station_activated.emit(int(station_id))

    # -- actions ------------------------------------------------------------------------------
    def add_owner(self) -> OwnerDialog:
        dialog = OwnerDialog(None, self)

        def commit(d: OwnerDialog) -> str:
            values = d.values()
            pushed = push_edit(self.editor, lambda: edits.add_owner(**values))
            if pushed.applied:
                self.select_owner(pushed.result)
            return pushed.message

        dialog._commit = commit
        self.dialog_slot.open(dialog)
        return dialog

    def edit_owner(self, owner_id: int | None = None) -> OwnerDialog | None:
        oid = owner_id if owner_id is not None else self.selected_owner_id()
        owner = self.editor.document.owner(oid) if oid is not None else None
        if owner is None:
            return None
        dialog = OwnerDialog(owner, self)

        def commit(d: OwnerDialog) -> str:
            changed = d.changes()
            if not changed:
                return ""
            return push_edit(self.editor, lambda: edits.update_owner(owner.id, **changed)).message

        dialog._commit = commit
        self.dialog_slot.open(dialog)
        return dialog

    def open_merge(self, owner_id: int | None = None) -> MergeOwnersDialog | None:
        """Open the merge dialog for an owner (the selected one); OK merges as one step."""
        oid = owner_id if owner_id is not None else self.selected_owner_id()
        document = self.editor.document
        owner = document.owner(oid) if oid is not None else None
        owners = document.owners()
        if owner is None or len(owners) < 2:
            return None
        stations, actions = self.work_of(owner.id)
        work = translate("OwnersPanel", "{stations}, {actions}").format(
            stations=_stations(len(stations)), actions=_actions(len(actions))
        )
        dialog = MergeOwnersDialog(owner, owners, work, self)

        def merge() -> None:
            keep = dialog.keep_id()
            if keep is not None:
                self.merge_owners(keep, owner.id)

        dialog.accepted.connect(merge)
        self.dialog_slot.open(dialog)
        return dialog

    def merge_owners(self, keep_id: int, merged_id: int) -> bool:
        """Move the stations and actions of ``merged_id`` to ``keep_id`` and remove it."""
        ok = push_edit(self.editor, lambda: edits.merge_owners(keep_id, merged_id)).applied
        if ok:
            self.select_owner(keep_id)
        return ok

    def delete_owner(self, owner_id: int | None = None) -> bool:
        """Delete an owner (the selected one); asks first; their work becomes unowned."""
        oid = owner_id if owner_id is not None else self.selected_owner_id()
        owner = self.editor.document.owner(oid) if oid is not None else None
        if owner is None:
            return False
        stations, actions = self.work_of(owner.id)
        if stations or actions:
            question = translate(
                "OwnersPanel",
                "Delete “{name}”? Their {stations} and {actions} become unowned. "
                "To hand them to someone else, merge instead.",
            ).format(
                name=owner.name, stations=_stations(len(stations)), actions=_actions(len(actions))
            )
        else:
            question = translate("OwnersPanel", "Delete “{name}”?").format(name=owner.name)
        if not self.confirm(translate("OwnersPanel", "Delete owner"), question):
            return False
        return push_edit(self.editor, lambda: edits.delete_owner(owner.id)).applied

    def set_projector_theme(self, on: bool) -> None:
        apply_projector_font(self, on)
        self.work_title.setFont(_bold(self.font()))
        self._show_work()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _stations(n: int) -> str:
    return plural("OwnersPanel", "%n station(s)", n)


def _actions(n: int) -> str:
    return plural("OwnersPanel", "%n action(s)", n)
