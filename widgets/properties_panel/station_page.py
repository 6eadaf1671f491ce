"""The station page of the properties panel: what happens at a station and how it feels.

The page only shows and collects: every field hands its new value to ``commit(field, value)``
(the panel turns it into one undoable edit), and a typed owner name goes to ``set_owner``,
which resolves it to an existing owner or a new one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from app import application
from models.document import Document
from models.schema import Station
from widgets.properties_panel.form import Commit, Form, role_label
from widgets.properties_panel.pickers import EmotionPicker, OwnerField, RatingPicker
from widgets.properties_panel.text_fields import (
    CommitLineEdit,
    CommitTextEdit,
    ListEditor,
    NumberField,
)

EVIDENCE = (
    (None, "Not stated"),
    ("observed", "Observed"),
    ("reported", "Reported"),
    ("assumed", "Assumed"),
)


class StationPage(Form):
    """The fields of one station, grouped as the room talks about it."""

    def __init__(
        self, commit: Commit, set_owner: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.where = self.header("Station")
        self.title = CommitLineEdit(lambda v: commit("title", v), self)
        self.title.setObjectName("title-edit")
        self.title.setAccessibleName("Station title")
        self.box.addWidget(self.title)
        self.box.addWidget(self.where)

        self.description = CommitTextEdit(lambda v: commit("description", v), self)
        self.description.setPlaceholderText("What the customer does here")
        self.field("Description", self.description)
        self.touchpoint = CommitLineEdit(lambda v: commit("touchpoint", v), self)
        self.touchpoint.setPlaceholderText("Website, phone, letter, store…")
        self.field("Touchpoint", self.touchpoint)

        self.section("Customer")
        self.emotion = EmotionPicker(self)
        self.emotion.picked.connect(lambda v: commit("emotion", v))
        self.field("Emotion", self.emotion)
        self.needs = ListEditor("need", self)
        self.needs.changed.connect(lambda v: commit("needs", v))
        self.field("Needs", self.needs)
        self.pain_points = ListEditor("pain point", self)
        self.pain_points.changed.connect(lambda v: commit("pain_points", v))
        self.field("Pain points", self.pain_points)

        self.section("Ownership and evidence")
        self.owner = OwnerField(set_owner, self)
        self.field("Owner", self.owner)
        self.evidence = QComboBox(self)
        self.evidence.setObjectName("evidence-field")
        for value, text in EVIDENCE:
            self.evidence.addItem(text, value)
        self.evidence.activated.connect(lambda i: commit("evidence", self.evidence.itemData(i)))
        self.field("Evidence", self.evidence)
        self.moment_of_truth = QCheckBox("Moment of truth", self)
        self.moment_of_truth.setToolTip("A moment that decides how the customer feels about us")
        self.moment_of_truth.clicked.connect(lambda checked: commit("moment_of_truth", checked))
        self.box.addWidget(self.moment_of_truth)

        self.section("Assessment")
        self.impact = RatingPicker("Impact", self)
        self.impact.picked.connect(lambda v: commit("impact", v))
        self.field("Impact on the customer (1–5)", self.impact)
        self.performance = RatingPicker("Performance", self)
        self.performance.picked.connect(lambda v: commit("performance", v))
        self.field("Performance today (1–5)", self.performance)
        self.target_rating = RatingPicker("Target", self)
        self.target_rating.picked.connect(lambda v: commit("target", v))
        self.field("Target (1–5)", self.target_rating)
        self.gap = role_label("", "caption")
        self.gap.setObjectName("gap-label")
        self.gap.setWordWrap(True)
        self.box.addWidget(self.gap)

        self.section("Data")
        self.day = NumberField(lambda v: commit("day", v), integer=True, signed=True)
        self.customers = NumberField(lambda v: commit("customers", v), integer=True)
        self.duration = NumberField(lambda v: commit("duration_minutes", v))
        self.drop_off = NumberField(lambda v: commit("drop_off_percent", v))
        self.row(("Day", self.day), ("Customers", self.customers))
        self.row(("Duration (minutes)", self.duration), ("Drop-off (%)", self.drop_off))
        self.box.addStretch(1)

    def load(self, s: Station, document: Document) -> None:
        """Show a station's values (the fields' signals are blocked while they are set)."""
        phase, line = document.phase(s.phase_id), document.line(s.line_id)
        self.where.setText(" · ".join(x.name for x in (phase, line) if x is not None))
        self.title.set_value(s.title)
        self.description.set_value(s.description)
        self.touchpoint.set_value(s.touchpoint)
        self.needs.set_items(s.needs)
        self.pain_points.set_items(s.pain_points)
        self.owner.set_owners(document.owners(), s.owner_id)
        self.emotion.set_value(s.emotion)
        with QSignalBlocker(self.evidence):
            self.evidence.setCurrentIndex(max(0, self.evidence.findData(s.evidence)))
        with QSignalBlocker(self.moment_of_truth):
            self.moment_of_truth.setChecked(s.moment_of_truth)
        self.impact.set_value(s.impact)
        self.performance.set_value(s.performance)
        self.target_rating.set_value(s.target)
        self._show_gap(s.performance, s.target)
        self.day.set_number(s.day)
        self.customers.set_number(s.customers)
        self.duration.set_number(s.duration_minutes)
        self.drop_off.set_number(s.drop_off_percent)

    def _show_gap(self, performance: int | None, target: int | None) -> None:
        if performance is None or target is None:
            self.gap.setText("Gap: rate performance and target to see it")
            self.gap.setStyleSheet("")
            return
        gap = target - performance
        if gap > 0:
            text, color = f"Gap {gap}: performance is {gap} below target", application.danger()
        elif gap == 0:
            text, color = "No gap: performance meets the target", application.success()
        else:
            text, color = f"Ahead by {-gap}: performance beats the target", application.success()
        self.gap.setText(text)
        self.gap.setStyleSheet(f"color: {color.name()}; font-weight: bold;")
