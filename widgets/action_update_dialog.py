"""File ▸ Update from action list…: the client's edited Excel list, previewed, then applied.

:class:`ActionListUpdate` asks for the file and reads it (``exporters.action_list_update``,
no Qt there); a file that cannot be used is one sentence in a message box, and a list with
problems lists each with its sheet, row and column, and changes nothing. Otherwise
:class:`ActionUpdateDialog` shows every change (action, field, before → after), the new
actions, the actions whose rows are gone (they stay), the notes, and a check box for each
owner the client typed that the workshop does not have. Apply pushes the whole update as ONE
edit on the editor's undo stack, so Edit ▸ Undo takes it back in one step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.translations import QT_TRANSLATE_NOOP, edit_text, said
from exporters.action_list_said import ActionListError, Said
from exporters.action_list_update import EMPTY, FieldChange, UpdatePlan, field_label, read_update
from models import fields
from models.workshop_file import describe
from widgets import message_box
from widgets.dates import shown_date
from widgets.field_texts import field_text
from widgets.panel_kit import push_edit


def said_line(line: str) -> str:
    """A line of the list's problems or notes in the window's language: each of its declared
    sentences translated (a cell's place, then the model's refusal of its value)."""
    if isinstance(line, Said):
        return " ".join(edit_text(sentence) for sentence in line.sentences)
    return line


_DATES = frozenset(f.name for f in fields.fields("action") if f.kind is fields.Kind.DATE)


def _value(field: str, value: object) -> str:
    """A value as the preview shows it: a status by its name in the window's language
    ("Erledigt", not the stored "done"), a date the window's way ("31.03.2027"), anything else
    as it is."""
    if field == "status" and value in fields.ACTION_STATUS_LABELS:
        return field_text(fields.ACTION_STATUS_LABELS[str(value)])
    if isinstance(value, str) and field in _DATES:
        return shown_date(value) or value
    return str(value)


def _line(text: str) -> str:
    return " ⏎ ".join(" ".join(part.split()) for part in text.splitlines()) or EMPTY


class ActionUpdateDialog(QDialog):
    """The preview of an update; Apply pushes it as one edit (refusals keep it open)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ActionUpdateDialog", "Action"),
        QT_TRANSLATE_NOOP("ActionUpdateDialog", "Field"),
        QT_TRANSLATE_NOOP("ActionUpdateDialog", "Before"),
        QT_TRANSLATE_NOOP("ActionUpdateDialog", "After"),
    )

    def __init__(self, editor: Editor, plan: UpdatePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan = plan
        self.setObjectName("action-update-dialog")
        self.setWindowTitle(self.tr("Update from action list"))
        self.setMinimumWidth(640)

        self.summary = QLabel(self._summary())
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = self._table()
        self.owner_boxes: list[QCheckBox] = []
        self.left_out = QLabel(self)  # owned even when no owner box holds it
        self.left_out.setObjectName("left-out")
        self.left_out.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self._apply_text(), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("apply")
        self.apply_button.setEnabled(not plan.empty)
        self.apply_button.setDefault(not plan.empty)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        if plan.new_owners:
            layout.addWidget(self._owners())
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_left_out()
        self._size()

    # -- what is shown -------------------------------------------------------------------------
    def _summary(self) -> str:
        plan = self.plan
        where = self.tr("{file}, sheet “{sheet}”, {rows}").format(
            file=describe(plan.source),
            sheet=plan.sheet,
            rows=self.tr("%n action row(s)", "", plan.rows),
        )
        if plan.empty:
            return where + ": " + self.tr("the list changes nothing in the workshop.")
        parts = [
            self.tr("{changes} to {actions}").format(
                changes=self.tr("%n change(s)", "", len(plan.changes)),
                actions=self.tr("%n action(s)", "", plan.changed_actions),
            )
        ]
        if plan.new_actions:
            parts.append(self.tr("%n new action(s)", "", len(plan.new_actions)))
        return (
            where
            + ": "
            + ", ".join(parts)
            + ". "
            + self.tr("Nothing is changed until you apply; Edit ▸ Undo takes it all back.")
        )

    def _apply_text(self) -> str:
        count = len(self.plan.changes) + len(self.plan.new_actions)
        return (
            self.tr("&Apply")
            if count == 0
            else self.tr("&Apply {n}").format(n=self.tr("%n change(s)", "", count))
        )

    def _table(self) -> QTableWidget:
        """Section rows (spanned, bold) over their rows: action, field, before, after."""
        table = QTableWidget(0, len(self.COLUMNS))
        table.setObjectName("changes")
        table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 240)
        self.table = table
        plan = self.plan

        if plan.changes:
            self._section(self.tr("Changes ({n})").format(n=len(plan.changes)))
            last_action = None
            for change in plan.changes:
                title = change.action if change.action_id != last_action else ""
                last_action = change.action_id
                old = _value(change.field, change.old)
                self._row(title, field_text(change.label), old, self._new(change))
        if plan.new_actions:
            self._section(self.tr("New actions ({n})").format(n=len(plan.new_actions)))
            for new in plan.new_actions:
                details = [self.tr("journey {name}").format(name=new.journey)]
                if new.owner is not None:
                    mark = self.tr(" (new owner)") if plan.owner_needs(new.owner) else ""
                    details.append(f"{field_text(field_label('owner_id'))} {new.owner}{mark}")
                if new.station is not None:
                    details.append(f"{field_text(field_label('station_id'))} {new.station}")
                details += [
                    f"{field_text(field_label(k))} {_value(k, v)}"
                    for k, v in new.values.items()
                    if v not in (None, "")
                ]
                self._row(new.title, self.tr("new action"), EMPTY, "; ".join(details))
        if plan.unlisted:
            self._section(
                self.tr(
                    "Not in the list ({n}): kept in the workshop, as rows deleted in Excel "
                    "never delete an action"
                ).format(n=len(plan.unlisted))
            )
            for _, title, journey in plan.unlisted:
                self._row(title, self.tr("journey"), journey, journey)
        if plan.notices:
            self._section(self.tr("Notes ({n})").format(n=len(plan.notices)))
            for notice in plan.notices:
                self._spanned(said_line(notice), bold=False)
        # Rows grow to their wrapped text, again whenever a column's width changes.
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self._fit_rows))
        return table

    def _new(self, change: FieldChange) -> str:
        """A change's new value, an owner the workshop does not have marked as new."""
        if change.field == "owner_id" and self.plan.owner_needs(change.value) is not None:
            return change.new + self.tr(" (new owner)")
        return _value(change.field, change.new)

    def _fit_rows(self) -> None:
        if shiboken6.isValid(self.table):
            self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _spanned(self, text: str, *, bold: bool) -> int:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, 0, item)
        table.setSpan(row, 0, 1, len(self.COLUMNS))
        return row

    def _section(self, text: str) -> None:
        self._spanned(text, bold=True)

    def _row(self, *texts: str) -> None:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(texts):
            shown = " ".join(text.split()) if column == 0 else _line(text)
            item = QTableWidgetItem(shown)
            item.setToolTip(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            table.setItem(row, column, item)

    def _owners(self) -> QGroupBox:
        box = QGroupBox(self.tr("Owners the workshop does not have: create them?"))
        box.setObjectName("new-owners")
        layout = QVBoxLayout(box)
        for name in self.plan.new_owners:
            check = QCheckBox(name)
            check.setChecked(True)
            check.toggled.connect(self._update_left_out)
            self.owner_boxes.append(check)
            layout.addWidget(check)
        layout.addWidget(self.left_out)
        return box

    def _update_left_out(self) -> None:
        lines = [said_line(line) for line in self.plan.left_out(self.create_owners())]
        self.left_out.setText("\n".join(lines))
        self.left_out.setVisible(bool(lines))

    def _size(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 980, 620
        if area is not None:
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    # -- applying -----------------------------------------------------------------------------
    def create_owners(self) -> list[str]:
        """The new owners ticked to be created."""
        return [box.text() for box in self.owner_boxes if box.isChecked()]

    def accept(self) -> None:
        pushed = push_edit(self.editor, lambda: self.plan.edit(self.create_owners()))
        if not pushed.applied:
            self.error_label.setText(pushed.message)
            self.error_label.show()
            return
        super().accept()


class ActionListUpdate(QObject):
    """File ▸ Update from action list…: ask for the file, read it, show the preview."""

    def __init__(self, host: QWidget, editor: Callable[[], Editor | None]) -> None:
        super().__init__(host)
        self._host = host
        self._editor = editor
        self.dialog: ActionUpdateDialog | None = None
        self.message: QMessageBox | None = None

    def start(self, folder: str = "") -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._host,
            self.tr("Update from action list"),
            folder,
            self.tr("Excel action lists (*.xlsx);;All files (*)"),
        )
        if path:
            self.update_from(Path(path))

    def update_from(self, path: Path) -> ActionUpdateDialog | None:
        """Read ``path`` and show what it changes (or why it cannot be used)."""
        editor = self._editor()
        if editor is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = read_update(editor.document, path)
        except ActionListError as e:
            self._warn(said(e))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if plan.problems:
            count = len(plan.problems)
            self._warn(
                self.tr(
                    "{file} cannot be used: %n problem(s); nothing was changed.", "", count
                ).format(file=describe(path)),
                [said_line(problem) for problem in plan.problems],
            )
            return None
        dialog = ActionUpdateDialog(editor, plan, self._host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._done(plan, dialog.create_owners()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _warn(self, sentence: str, details: list[str] | None = None) -> None:
        box = message_box.plain_box(
            QMessageBox.Icon.Warning, self.tr("Update from action list"), sentence, self._host
        )
        box.setObjectName("action-update-problem")
        message_box.list_problems(box, details or [])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _done(self, plan: UpdatePlan, created: list[str]) -> None:
        if isinstance(self._host, QMainWindow):
            new = len(plan.new_actions)
            self._host.statusBar().showMessage(
                self.tr("Updated from {file}: {changes}, {new}, {owners}.").format(
                    file=describe(plan.source),
                    changes=self.tr("%n change(s)", "", len(plan.changes)),
                    new=self.tr("%n new action(s)", "", new),
                    owners=self.tr("%n new owner(s)", "", len(created)),
                ),
                8000,
            )
