"""The workshop's journeys: switch, create (from a template or blank), rename, delete, design
the future journey, and compare today with the future.

The list shows each journey with its state (Today / Future) and persona; the journey on the
map is selected and bold. Choosing another one switches the editor. Every change is one undo
step through the editor.

Keyboard: Up/Down switch journeys, F2 renames in place, Insert creates, Delete deletes (after
asking), Ctrl+Shift+F designs the future journey.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.translations import edit_text, plural, translate
from models import edits, i18n, rules
from models.change import ChangeSet
from models.journey_ops import add_journey_from_template, comparison_pair, design_future_journey
from models.refusal import LAST_JOURNEY
from models.schema import Journey, Persona
from models.templates import BLANK_TEMPLATE, template_names, template_title
from widgets.journey_comparison import JourneyComparison
from widgets.journey_texts import (
    JourneyTextsDialog,
    commit_journey_texts,
    description_placeholder,
    storyline_placeholder,
)
from widgets.panel_kit import (
    BOLD_ROLE,
    SUBTITLE_ROLE,
    Confirm,
    DialogSlot,
    FormDialog,
    TwoLineDelegate,
    apply_projector_font,
    ask_with_message_box,
    journey_state,
    push_edit,
    swatch_icon,
)
from widgets.properties_panel.form import role_label
from widgets.properties_panel.text_fields import CommitTextEdit

ID_ROLE = Qt.ItemDataRole.UserRole
_WATCHED = {Journey.__tablename__, Persona.__tablename__}


class NewJourneyDialog(FormDialog):
    """Name, template and persona of a new journey."""

    def __init__(self, personas: list[Persona], parent: QWidget | None = None) -> None:
        super().__init__(
            parent, translate("NewJourneyDialog", "New journey"), "new-journey-dialog", 460
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(rules.NAME_MAX)
        self.name_edit.setPlaceholderText(translate("NewJourneyDialog", "e.g. Moving house"))
        self.template_combo = QComboBox()
        for name in template_names():
            title = (
                translate("NewJourneyDialog", "Blank map")
                if name == BLANK_TEMPLATE
                else i18n.gettext(template_title(name))  # the window's language
            )
            self.template_combo.addItem(title, name)
        self.persona_combo = QComboBox()
        self.persona_combo.addItem(translate("NewJourneyDialog", "No persona"), None)
        for persona in personas:
            self.persona_combo.addItem(swatch_icon(persona.color), persona.name, persona.id)
        form = QFormLayout()
        form.addRow(translate("NewJourneyDialog", "&Name:"), self.name_edit)
        form.addRow(translate("NewJourneyDialog", "&Start from:"), self.template_combo)
        form.addRow(translate("NewJourneyDialog", "&Persona:"), self.persona_combo)
        self.add_form(form, self.name_edit)

    def choose_template(self, template_name: str) -> None:
        self.template_combo.setCurrentIndex(self.template_combo.findData(template_name))


class JourneysPanel(QWidget):
    """The journeys of the workshop, with what a facilitator does to them.

    ``confirm(title, question) -> bool`` is asked before a journey is deleted.
    ``journey_created(int)`` is emitted for a new or designed journey (the editor has already
    switched to it).
    """

    journey_created = Signal(int)

    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, confirm: Confirm | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.confirm: Confirm = confirm or ask_with_message_box(self)
        self.setObjectName("journeys-panel")
        self.dialog_slot = DialogSlot()
        self.comparison: JourneyComparison | None = None
        self._filling = False

        self.list = QListWidget()
        self.list.setAccessibleName(translate("JourneysPanel", "Journeys"))
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setIconSize(QSize(16, 16))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._item_edited)

        self.new_button = QPushButton(translate("JourneysPanel", "New…"))
        self.new_button.setToolTip(
            translate("JourneysPanel", "Create a journey from a template or a blank map (Insert)")
        )
        self.rename_button = QPushButton(translate("JourneysPanel", "Rename"))
        self.rename_button.setToolTip(
            translate("JourneysPanel", "Rename the selected journey (F2)")
        )
        self.delete_button = QPushButton(translate("JourneysPanel", "Delete"))
        self.delete_button.setToolTip(
            translate("JourneysPanel", "Delete the selected journey (Delete)")
        )
        self.future_button = QPushButton(translate("JourneysPanel", "Design the future journey"))
        self.future_button.setToolTip(
            translate(
                "JourneysPanel",
                "Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)",
            )
        )
        self.compare_button = QPushButton(translate("JourneysPanel", "Compare today and future…"))
        self.compare_button.setToolTip(
            translate(
                "JourneysPanel",
                "Show today's and the future journey one above the other, with both emotion curves",
            )
        )
        self.new_button.clicked.connect(self.new_journey)
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button.clicked.connect(lambda: self.delete_journey())
        self.future_button.clicked.connect(lambda: self.design_future())
        self.compare_button.clicked.connect(lambda: self.open_comparison())

        # The map's journey in the client's words: printed on the poster's pages.
        self.description_edit = CommitTextEdit(lambda v: self._commit_text("description", v))
        self.description_edit.setAccessibleName(translate("JourneysPanel", "About this journey"))
        self.storyline_edit = CommitTextEdit(lambda v: self._commit_text("storyline", v))
        self.storyline_edit.setAccessibleName(translate("JourneysPanel", "Storyline"))
        self.storyline_edit.setPlaceholderText(storyline_placeholder())

        row = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        for edit in (self.description_edit, self.storyline_edit):
            layout.addWidget(role_label(edit.accessibleName(), "caption"))
            layout.addWidget(edit)
        layout.addWidget(self.future_button)
        layout.addWidget(self.compare_button)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.new_journey),
            (QKeySequence(Qt.Key.Key_Delete), lambda: self.delete_journey()),
            (QKeySequence("Ctrl+Shift+F"), lambda: self.design_future()),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        editor.changed.connect(self._on_change)
        editor.journey_changed.connect(self._on_journey)
        self.refresh()

    # -- the list -------------------------------------------------------------------------------
    def journey_ids(self) -> list[int]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def item(self, journey_id: int) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == journey_id:
                return item
        return None

    def selected_journey_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def refresh(self) -> None:
        document = self.editor.document
        personas = {p.id: p for p in document.personas()}
        current = self.editor.journey_id
        self._filling = True
        try:
            self.list.clear()
            for journey in document.journeys():
                persona = personas.get(journey.persona_id) if journey.persona_id else None
                state = journey_state(journey.state)
                subtitle = (
                    f"{state} · {persona.name}"
                    if persona
                    else translate("JourneysPanel", "{state} · no persona").format(state=state)
                )
                item = QListWidgetItem(journey.name)
                item.setData(ID_ROLE, journey.id)
                item.setData(SUBTITLE_ROLE, subtitle)
                item.setData(BOLD_ROLE, journey.id == current)
                item.setIcon(swatch_icon(persona.color if persona else None))
                item.setToolTip(
                    translate("JourneysPanel", "{name}\n{subtitle}").format(
                        name=journey.name, subtitle=subtitle
                    )
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if journey.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        shown = document.journey(current) if current is not None else None
        self.description_edit.set_value(shown.description if shown else "")
        # The template's guidance as the placeholder: never the journey's text.
        self.description_edit.setPlaceholderText(description_placeholder(self.editor, current))
        self.storyline_edit.set_value(shown.storyline if shown else "")
        self._update_buttons()

    def _commit_text(self, name: str, value: str) -> None:
        """The map's journey's description or storyline, one undo step."""
        jid = self.editor.journey_id
        if jid is not None:
            commit_journey_texts(self.editor, jid, **{name: value})

    def edit_texts(self, at: QPoint | None = None) -> JourneyTextsDialog | None:
        """The map's journey's name, description and storyline in a dialog (a click on the
        map's title opens it, below the title: ``at``, global)."""
        jid = self.editor.journey_id
        if jid is None:
            return None
        dialog = JourneyTextsDialog(self.editor, jid, self.window())
        if at is not None:
            dialog.adjustSize()
            dialog.move(at)
        self.dialog_slot.open(dialog)
        dialog.name_edit.setFocus()
        return dialog

    def _update_buttons(self) -> None:
        selected = self.selected_journey_id()
        self.rename_button.setEnabled(selected is not None)
        self.delete_button.setEnabled(selected is not None and self.list.count() > 1)
        self.future_button.setEnabled(selected is not None)
        self.compare_button.setEnabled(self.list.count() > 1)

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if self._filling or item is None:
            return
        self.editor.set_journey(item.data(ID_ROLE))
        self._update_buttons()

    def _on_change(self, change: ChangeSet) -> None:
        if change.tables() & _WATCHED:
            self.refresh()

    def _on_journey(self, _journey_id: int) -> None:
        self.refresh()

    # -- rename -------------------------------------------------------------------------------
    def start_rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.setFocus()
            self.list.editItem(item)

    def _item_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        journey_id = item.data(ID_ROLE)
        if not self.rename_journey(journey_id, item.text()):
            self.refresh()  # put the old name back

    def rename_journey(self, journey_id: int, name: str) -> bool:
        return commit_journey_texts(self.editor, journey_id, name=name).applied

    # -- create ---------------------------------------------------------------------------------
    def new_journey(self) -> NewJourneyDialog:
        """Open the dialog for a new journey (not blocking); OK creates it and shows it."""
        dialog = NewJourneyDialog(self.editor.document.personas(), self)

        def commit(d: NewJourneyDialog) -> str:
            template = d.template_combo.currentData()
            persona_id = d.persona_combo.currentData()
            new_id = self.create_journey(template, d.name_edit.text(), persona_id=persona_id)
            if new_id is None:
                return translate("JourneysPanel", "The journey could not be created.")
            return ""

        dialog._commit = commit
        self.dialog_slot.open(dialog)
        return dialog

    def create_journey(
        self, template_name: str, name: str, *, persona_id: int | None = None
    ) -> int | None:
        """A new journey from a template ("blank" for an empty map), shown on the map."""
        pushed = push_edit(
            self.editor,
            lambda: add_journey_from_template(template_name, name, persona_id=persona_id),
        )
        return self._created(pushed.result) if pushed.applied else None

    def design_future(self, journey_id: int | None = None) -> int | None:
        """Copy a journey (the selected one) as its future journey and show the copy."""
        source = journey_id if journey_id is not None else self.selected_journey_id()
        if source is None:
            return None
        pushed = push_edit(self.editor, lambda: design_future_journey(source))
        return self._created(pushed.result) if pushed.applied else None

    def _created(self, journey_id: int) -> int:
        self.editor.set_journey(journey_id)
        self.journey_created.emit(journey_id)
        return journey_id

    # -- delete ---------------------------------------------------------------------------------
    def delete_journey(self, journey_id: int | None = None) -> bool:
        """Delete a journey (the selected one) with its map and actions, after asking."""
        jid = journey_id if journey_id is not None else self.selected_journey_id()
        document = self.editor.document
        journey = document.journey(jid) if jid is not None else None
        if journey is None:
            return False
        ids = [j.id for j in document.journeys()]
        if len(ids) <= 1:
            self.editor.failed.emit(edit_text(LAST_JOURNEY))
            return False
        snapshot = document.snapshot(journey.id)
        question = translate(
            "JourneysPanel",
            "Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.",
        ).format(
            name=journey.name,
            stations=plural("JourneysPanel", "%n station(s)", len(snapshot.stations)),
            actions=plural("JourneysPanel", "%n action(s)", len(snapshot.actions)),
        )
        if not self.confirm(translate("JourneysPanel", "Delete journey"), question):
            return False
        # The Editor shows the neighbour if this journey was the one shown.
        return push_edit(self.editor, lambda: edits.delete_journey(journey.id)).applied

    # -- compare --------------------------------------------------------------------------------
    def open_comparison(self) -> JourneyComparison:
        """Show today's and the future journey in step, in a window of their own."""
        today, future = comparison_pair(self.editor.document.journeys(), self.editor.journey_id)
        if self.comparison is None:
            self.comparison = JourneyComparison(self.editor, self, today_id=today, future_id=future)
            self.comparison.setWindowFlag(Qt.WindowType.Window)
            self.comparison.place_on_screen(self.window())
        else:
            self.comparison.set_journeys(today, future)
        self.comparison.show()
        self.comparison.raise_()
        self.comparison.activateWindow()
        return self.comparison

    def set_projector_theme(self, on: bool) -> None:
        apply_projector_font(self, on)
        if self.comparison is not None:
            self.comparison.set_projector_theme(on)
