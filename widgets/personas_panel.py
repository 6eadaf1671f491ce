"""Persona cards: who the journeys are about.

Each card shows a persona's colour, name, description, goals, needs, frustrations and quote,
and which journeys it belongs to. The panel creates, edits and deletes personas (asking first
when a journey uses one) and assigns the selected persona to the journey on the map. Every
change is one undo step through the editor; the cards follow the document.

Keyboard: Up/Down move between cards, Enter (or F2) edits, Delete deletes, Ctrl+Return
assigns to the current journey, Insert creates a persona.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.translations import translate
from models import edits, fields
from models.change import ChangeSet
from models.schema import Journey, Persona
from widgets.field_texts import field_text
from widgets.panel_kit import (
    Confirm,
    DialogSlot,
    apply_projector_font,
    ask_with_message_box,
    push_edit,
    scaled_font,
)
from widgets.persona_dialog import LISTS, PersonaDialog

_WATCHED = {Persona.__tablename__, Journey.__tablename__}


class PersonaCard(QFrame):
    """One persona, read-only; focus is selection (the panel acts on the focused card)."""

    selected = Signal(int)
    activated = Signal(int)  # Enter, F2 or a double click: edit
    assign_requested = Signal(int)  # Ctrl+Return
    delete_requested = Signal(int)  # Delete

    def __init__(
        self, persona: Persona, journeys: list[str], current: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.persona_id = persona.id
        self.setObjectName("persona-card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("PersonaCard", "Persona {name}").format(name=persona.name))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._selected = False
        self._color = persona.color

        bar = QFrame()
        bar.setFixedWidth(10)
        bar.setStyleSheet(f"background: {persona.color}; border-radius: 4px;")
        body = QVBoxLayout()
        body.setSpacing(4)

        name = QLabel(persona.name)
        name.setObjectName("name")
        name.setWordWrap(True)
        name.setFont(scaled_font(self.font(), 1.3, bold=True))
        head = QHBoxLayout()
        head.addWidget(name, 1)
        if current:
            badge = QLabel(translate("PersonaCard", "This journey"))
            badge.setObjectName("current-badge")
            badge.setToolTip(translate("PersonaCard", "The persona of the journey on the map"))
            badge.setStyleSheet(
                f"background: {persona.color}; color: white; border-radius: 6px; padding: 2px 6px;"
                " font-weight: bold;"
            )
            head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(head)
        if persona.description:
            body.addWidget(self._label(persona.description))
        for key in LISTS:
            title = field_text(fields.field("persona", key).label)
            items: list[str] = getattr(persona, key)
            if items:
                heading = QLabel(title)
                heading.setFont(scaled_font(self.font(), 1.0, bold=True))
                body.addWidget(heading)
                body.addWidget(self._label("\n".join(f"•  {item}" for item in items)))
        if persona.quote:
            quote = self._label(translate("PersonaCard", "“{quote}”").format(quote=persona.quote))
            quote.setObjectName("quote")
            font = quote.font()
            font.setItalic(True)
            quote.setFont(font)
            body.addWidget(quote)
        used = self._label(
            translate("PersonaCard", "In: {journeys}").format(journeys=", ".join(journeys))
            if journeys
            else translate("PersonaCard", "Not used by any journey yet")
        )
        used.setObjectName("journeys")
        used.setStyleSheet("color: palette(placeholder-text);")
        body.addWidget(used)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(bar)
        layout.addLayout(body, 1)
        self._restyle()

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # text is content, never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self._restyle()

    def is_selected(self) -> bool:
        return self._selected

    def _restyle(self) -> None:
        edge = "palette(highlight)" if self._selected else "palette(mid)"
        width = 3 if self._selected else 1
        pad = 0 if self._selected else 2
        self.setStyleSheet(
            f"QFrame#persona-card {{ background: palette(base); border: {width}px solid {edge};"
            f" border-radius: 8px; margin: {pad}px; }}"
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selected.emit(self.persona_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.selected.emit(self.persona_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.persona_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            self.assign_requested.emit(self.persona_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.activated.emit(self.persona_id)
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit(self.persona_id)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.focusNextPrevChild(key == Qt.Key.Key_Down)
        else:
            super().keyPressEvent(event)


class PersonasPanel(QWidget):
    """The workshop's personas as cards, with create, edit, delete and assign.

    ``confirm(title, question) -> bool`` is asked before deleting a persona a journey uses
    (a question box by default; tests pass their own).
    """

    persona_selected = Signal(int)

    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, confirm: Confirm | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.confirm: Confirm = confirm or ask_with_message_box(self)
        self.setObjectName("personas-panel")
        self.dialog_slot = DialogSlot()
        self._selected: int | None = None
        self._cards: dict[int, PersonaCard] = {}

        self.new_button = QPushButton(translate("PersonasPanel", "New persona…"))
        self.new_button.setToolTip(translate("PersonasPanel", "Create a persona (Insert)"))
        self.edit_button = QPushButton(translate("PersonasPanel", "Edit…"))
        self.edit_button.setToolTip(translate("PersonasPanel", "Edit the selected persona (Enter)"))
        self.delete_button = QPushButton(translate("PersonasPanel", "Delete"))
        self.delete_button.setToolTip(
            translate("PersonasPanel", "Delete the selected persona (Delete)")
        )
        self.assign_button = QPushButton(translate("PersonasPanel", "Use for this journey"))
        self.assign_button.setToolTip(
            translate(
                "PersonasPanel",
                "Make the selected persona the persona of the journey on the map (Ctrl+Return)",
            )
        )
        self.new_button.clicked.connect(self.new_persona)
        self.edit_button.clicked.connect(lambda: self.edit_persona())
        self.delete_button.clicked.connect(lambda: self.delete_persona())
        self.assign_button.clicked.connect(lambda: self.toggle_assignment())

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self._cards_host = QWidget()
        self._cards_layout = QVBoxLayout(self._cards_host)
        self._cards_layout.setContentsMargins(4, 4, 4, 4)
        self._cards_layout.setSpacing(8)
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setWidget(self._cards_host)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_label = QLabel(
            translate("PersonasPanel", "No personas yet. Create one with “New persona…”.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.assign_button)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.cards_area, 1)

        self._shortcut(QKeySequence(Qt.Key.Key_Insert), self.new_persona)

        editor.changed.connect(self._on_change)
        editor.journey_changed.connect(self._on_journey)
        self.refresh()

    def _shortcut(self, keys: QKeySequence, slot: Any) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- reading ------------------------------------------------------------------------------
    def selected_persona_id(self) -> int | None:
        return self._selected

    def persona_ids(self) -> list[int]:
        return list(self._cards)

    def card(self, persona_id: int) -> PersonaCard | None:
        return self._cards.get(persona_id)

    def select_persona(self, persona_id: int | None) -> None:
        self._selected = persona_id if persona_id in self._cards else None
        for pid, card in self._cards.items():
            card.set_selected(pid == self._selected)
        if self._selected is not None:
            self.cards_area.ensureWidgetVisible(self._cards[self._selected])
            self.persona_selected.emit(self._selected)
        self._update_buttons()

    def _current_persona(self) -> int | None:
        journey = self.editor.document.journey(self.editor.journey_id)
        return journey.persona_id if journey is not None else None

    def refresh(self) -> None:
        """Rebuild the cards from the document (a workshop has a handful of personas)."""
        focused = any(card.hasFocus() for card in self._cards.values())
        document = self.editor.document
        personas = document.personas()
        journeys = document.journeys()
        current = self._current_persona()
        for card in self._cards.values():
            card.setParent(None)
            card.deleteLater()
        self._cards.clear()
        while self._cards_layout.count():
            self._cards_layout.takeAt(0)
        for persona in personas:
            names = [j.name for j in journeys if j.persona_id == persona.id]
            card = PersonaCard(persona, names, persona.id == current, self._cards_host)
            card.selected.connect(self.select_persona)
            card.activated.connect(lambda pid: self.edit_persona(pid))
            card.assign_requested.connect(lambda pid: self.toggle_assignment(pid))
            card.delete_requested.connect(lambda pid: self.delete_persona(pid))
            self._cards_layout.addWidget(card)
            self._cards[persona.id] = card
        self._cards_layout.addStretch(1)
        self.empty_label.setVisible(not personas)
        self.cards_area.setVisible(bool(personas))
        selected = self._selected if self._selected in self._cards else None
        if selected is None and personas:
            selected = current if current in self._cards else personas[0].id
        self.select_persona(selected)
        if focused and selected is not None:
            self._cards[selected].setFocus()

    def _update_buttons(self) -> None:
        has = self._selected is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.assign_button.setEnabled(has)
        if has and self._selected == self._current_persona():
            self.assign_button.setText(translate("PersonasPanel", "Remove from this journey"))
        else:
            self.assign_button.setText(translate("PersonasPanel", "Use for this journey"))

    def _on_change(self, change: ChangeSet) -> None:
        if change.tables() & _WATCHED:
            self.refresh()

    def _on_journey(self, _journey_id: int) -> None:
        self.refresh()

    # -- actions ------------------------------------------------------------------------------
    def new_persona(self) -> PersonaDialog:
        """Open the dialog for a new persona (not blocking); OK creates it as one step."""
        dialog = PersonaDialog(None, self)

        def commit(d: PersonaDialog) -> str:
            values = d.values()
            name = values.pop("name")
            pushed = push_edit(self.editor, lambda: edits.add_persona(name, **values))
            if pushed.applied:
                self.select_persona(pushed.result)
            return pushed.message

        return self._open(dialog, commit)

    def edit_persona(self, persona_id: int | None = None) -> PersonaDialog | None:
        """Open the dialog for a persona (the selected one); OK saves what changed."""
        pid = persona_id if persona_id is not None else self._selected
        persona = self.editor.document.persona(pid) if pid is not None else None
        if persona is None:
            return None
        dialog = PersonaDialog(persona, self)

        def commit(d: PersonaDialog) -> str:
            changed = d.changes()
            if not changed:
                return ""
            outcome = push_edit(self.editor, lambda: edits.update_persona(persona.id, **changed))
            return outcome.message

        return self._open(dialog, commit)

    def _open(self, dialog: PersonaDialog, commit: Any) -> PersonaDialog:
        dialog._commit = commit
        self.dialog_slot.open(dialog)
        return dialog

    def delete_persona(self, persona_id: int | None = None) -> bool:
        """Delete a persona (the selected one), asking first when a journey uses it."""
        pid = persona_id if persona_id is not None else self._selected
        persona = self.editor.document.persona(pid) if pid is not None else None
        if persona is None:
            return False
        users = [j.name for j in self.editor.document.journeys() if j.persona_id == persona.id]
        if users:
            listed = ", ".join(f"“{n}”" for n in users)
            question = translate(
                "PersonasPanel",
                "“{name}” is the persona of {journeys}. Delete it anyway? "
                "The journeys keep their maps, without a persona.",
            ).format(name=persona.name, journeys=listed)
            if not self.confirm(translate("PersonasPanel", "Delete persona"), question):
                return False
        ids = list(self._cards)
        next_id = None
        if persona.id in ids and len(ids) > 1:
            at = ids.index(persona.id)
            next_id = ids[at + 1] if at + 1 < len(ids) else ids[at - 1]
        ok = push_edit(self.editor, lambda: edits.delete_persona(persona.id)).applied
        if ok:
            self.select_persona(next_id)
        return ok

    def toggle_assignment(self, persona_id: int | None = None) -> bool:
        """Make a persona (the selected one) the current journey's, or remove it if it is."""
        pid = persona_id if persona_id is not None else self._selected
        if pid is None:
            return False
        new = None if pid == self._current_persona() else pid
        return self.assign_to_current_journey(new)

    def assign_to_current_journey(self, persona_id: int | None) -> bool:
        """Set the persona of the journey on the map (None: no persona); one undo step."""
        journey_id = self.editor.journey_id
        return push_edit(
            self.editor, lambda: edits.update_journey(journey_id, persona_id=persona_id)
        ).applied

    def set_projector_theme(self, on: bool) -> None:
        apply_projector_font(self, on, {"QLabel#name": 1.3})
        self.refresh()
