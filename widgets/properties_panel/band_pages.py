"""The phase and line pages of the properties panel: the bands that order the map.

A phase is a column band of the map and a line a row band; both have a name and a colour,
then a phase has a description and a line its kind (frontstage or backstage). As on the
station page, every field hands its new value to ``commit(field, value)``.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app import application
from app.translations import QT_TRANSLATE_NOOP, translate
from models import fields
from models.document import Document
from models.schema import Line, Phase
from models.style import BACKSTAGE_LINE_COLORS, LINE_COLORS, PHASE_SWATCHES
from widgets.field_texts import field_text
from widgets.properties_panel.form import Commit, Form, room_for_bold
from widgets.properties_panel.pickers import ColorButton
from widgets.properties_panel.text_fields import CommitLineEdit, CommitTextEdit

LINE_SWATCHES = (*LINE_COLORS, *BACKSTAGE_LINE_COLORS)
# A line's kinds, each with a tip (their names are the registry's: fields.LINE_KIND_LABELS).
LINE_KIND_TIPS = {
    "frontstage": QT_TRANSLATE_NOOP("LinePage", "Where the customer meets us"),
    "backstage": QT_TRANSLATE_NOOP("LinePage", "What happens behind the line of visibility"),
}


class BandPage(Form):
    """What a phase and a line share: the kind, the name and the colour."""

    def __init__(
        self,
        kind: tuple[str, str],
        swatches: tuple[str, ...],
        commit: Commit,
        parent: QWidget | None,
    ) -> None:
        """``kind``: the page's heading and its name field's accessible name, translated."""
        super().__init__(parent)
        heading, name = kind
        self.header(heading)
        self.name = CommitLineEdit(lambda v: commit("name", v), self)
        self.name.setObjectName("title-edit")
        self.name.setAccessibleName(name)
        self.box.addWidget(self.name)
        self.color = ColorButton(swatches, self)
        self.color.picked.connect(lambda v: commit("color", v))
        self.field(field_text(fields.field("phase", "color").label), self.color)


class PhasePage(BandPage):
    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        names = (translate("PhasePage", "Phase"), translate("PhasePage", "Phase name"))
        super().__init__(names, PHASE_SWATCHES, commit, parent)
        self.description = CommitTextEdit(lambda v: commit("description", v), self)
        self.description.setPlaceholderText(
            translate("PhasePage", "What this stage of the journey is about")
        )
        self.field(field_text(fields.field("phase", "description").label), self.description)
        self.box.addStretch(1)

    def load(self, p: Phase, _document: Document) -> None:
        self.name.set_value(p.name)
        self.color.set_value(p.color)
        self.description.set_value(p.description)


class LinePage(BandPage):
    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        names = (translate("LinePage", "Line"), translate("LinePage", "Line name"))
        super().__init__(names, LINE_SWATCHES, commit, parent)
        kinds = QWidget(self)
        # One above the other: each kind's name whole in every language (a narrow dock).
        row = QVBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(application.SPACE_SMALL)
        self._kind_group = QButtonGroup(kinds)
        self.kind_buttons: dict[str, QToolButton] = {}
        for kind, tip in LINE_KIND_TIPS.items():
            button = QToolButton(kinds)
            button.setText(field_text(fields.LINE_KIND_LABELS[kind]))
            button.setToolTip(translate("LinePage", tip))
            room_for_bold(button)
            button.setCheckable(True)
            button.setProperty("role", "segment")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _c=False, k=kind: commit("kind", k))
            self._kind_group.addButton(button)
            self.kind_buttons[kind] = button
            row.addWidget(button)
        self.field(field_text(fields.field("line", "kind").label), kinds)
        self.box.addStretch(1)

    def load(self, ln: Line, _document: Document) -> None:
        self.name.set_value(ln.name)
        self.color.set_value(ln.color)
        button = self.kind_buttons.get(ln.kind)
        if button is not None:
            with QSignalBlocker(self._kind_group):
                button.setChecked(True)
