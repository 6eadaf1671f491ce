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
from app.translations import translate
from models import fields, rules
from models.document import Document
from models.schema import Station
from widgets.field_texts import field_text
from widgets.properties_panel.form import Commit, Form, role_label
from widgets.properties_panel.pickers import EmotionPicker, OwnerField, RatingPicker
from widgets.properties_panel.quotes_editor import QuotesEditor
from widgets.properties_panel.text_fields import (
    CommitLineEdit,
    CommitTextEdit,
    ListEditor,
    ListTexts,
    NumberField,
)


def _label(name: str) -> str:
    """A station field's caption, from the field registry: its label, its unit or its range."""
    f = fields.field("station", name)
    if f.kind is fields.Kind.INTEGER and f.low is not None and f.high == rules.RATING_MAX:
        return f"{field_text(f.label)} ({f.low:g}–{f.high:g})"
    return field_text(f.source_heading)  # the window's own wording, not the export's


def _number_field(name: str, commit: Commit) -> NumberField:
    """A number field shaped by the registry: whole or decimal, with or without a sign."""
    f = fields.field("station", name)
    return NumberField(
        lambda v: commit(name, v),
        integer=f.kind is fields.Kind.INTEGER,
        signed=f.low is None or f.low < 0,
    )


def evidence_choices() -> list[tuple[str | None, str]]:
    """The evidence combo's entries: none stated, then the registry's kinds, translated."""
    return [(None, translate("StationPage", "Not stated"))] + [
        (key, field_text(label)) for key, label in fields.EVIDENCE_LABELS.items()
    ]


class StationPage(Form):
    """The fields of one station, grouped as the room talks about it."""

    def __init__(
        self, commit: Commit, set_owner: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.where = self.header(translate("StationPage", "Station"))
        self.title = CommitLineEdit(lambda v: commit("title", v), self)
        self.title.setObjectName("title-edit")
        self.title.setAccessibleName(translate("StationPage", "Station title"))
        self.box.addWidget(self.title)
        self.box.addWidget(self.where)

        self.description = CommitTextEdit(lambda v: commit("description", v), self)
        self.description.setPlaceholderText(translate("StationPage", "What the customer does here"))
        self.field(_label("description"), self.description)
        self.touchpoint = CommitLineEdit(lambda v: commit("touchpoint", v), self)
        self.touchpoint.setPlaceholderText(
            translate("StationPage", "Website, phone, letter, store…")
        )
        self.field(_label("touchpoint"), self.touchpoint)

        self.section(translate("StationPage", "Customer"))
        self.emotion = EmotionPicker(self)
        self.emotion.picked.connect(lambda v: commit("emotion", v))
        # Only the customer feels: a backstage station (below the line of visibility) has no
        # emotion to set, so the field is not offered there.
        self.emotion_field = self.field(_label("emotion"), self.emotion)
        self.needs = ListEditor(
            ListTexts(
                "need",
                translate("StationPage", "Add a need…"),
                translate("StationPage", "New need"),
                translate("StationPage", "Add the need"),
                translate("StationPage", "Remove the need"),
            ),
            self,
        )
        self.needs.changed.connect(lambda v: commit("needs", v))
        self.field(_label("needs"), self.needs)
        self.pain_points = ListEditor(
            ListTexts(
                "pain-point",
                translate("StationPage", "Add a pain point…"),
                translate("StationPage", "New pain point"),
                translate("StationPage", "Add the pain point"),
                translate("StationPage", "Remove the pain point"),
            ),
            self,
        )
        self.pain_points.changed.connect(lambda v: commit("pain_points", v))
        self.field(_label("pain_points"), self.pain_points)
        self.quotes = QuotesEditor(self)
        self.quotes.changed.connect(lambda v: commit("quotes", v))
        self.field(_label("quotes"), self.quotes)

        self.section(translate("StationPage", "Ownership and evidence"))
        self.owner = OwnerField(set_owner, self)
        self.field(_label("owner_id"), self.owner)
        self.evidence = QComboBox(self)
        self.evidence.setObjectName("evidence-field")
        for value, text in evidence_choices():
            self.evidence.addItem(text, value)
        self.evidence.activated.connect(lambda i: commit("evidence", self.evidence.itemData(i)))
        self.field(_label("evidence"), self.evidence)
        self.moment_of_truth = QCheckBox(_label("moment_of_truth"), self)
        self.moment_of_truth.setToolTip(
            translate("StationPage", "A moment that decides how the customer feels about us")
        )
        self.moment_of_truth.clicked.connect(lambda checked: commit("moment_of_truth", checked))
        self.box.addWidget(self.moment_of_truth)

        self.section(translate("StationPage", "Assessment"))
        self.impact = RatingPicker(field_text(fields.field("station", "impact").label), self)
        self.impact.picked.connect(lambda v: commit("impact", v))
        self.field(_label("impact"), self.impact)
        self.performance = RatingPicker(
            field_text(fields.field("station", "performance").label), self
        )
        self.performance.picked.connect(lambda v: commit("performance", v))
        self.field(_label("performance"), self.performance)
        self.target_rating = RatingPicker(field_text(fields.field("station", "target").label), self)
        self.target_rating.picked.connect(lambda v: commit("target", v))
        self.field(_label("target"), self.target_rating)
        self.gap = role_label("", "caption")
        self.gap.setObjectName("gap-label")
        self.gap.setWordWrap(True)
        self.box.addWidget(self.gap)

        self.section(translate("StationPage", "Data"))
        self.day = _number_field("day", commit)
        self.customers = _number_field("customers", commit)
        self.duration = _number_field("duration_minutes", commit)
        self.drop_off = _number_field("drop_off_percent", commit)
        self.row((_label("day"), self.day), (_label("customers"), self.customers))
        self.row(
            (_label("duration_minutes"), self.duration), (_label("drop_off_percent"), self.drop_off)
        )
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
        self.quotes.set_quotes(s.quotes)
        self.owner.set_owners(document.owners(), s.owner_id)
        self.emotion.set_value(s.emotion)
        self.emotion_field.setVisible(line is None or line.kind != "backstage")
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
            self.gap.setText(translate("StationPage", "Gap: rate performance and target to see it"))
            self.gap.setStyleSheet("")
            return
        gap = target - performance
        if gap > 0:
            text = translate("StationPage", "Gap {gap}: performance is {gap} below target")
            color = application.danger()
        elif gap == 0:
            text = translate("StationPage", "No gap: performance meets the target")
            color = application.success()
        else:
            text = translate("StationPage", "Ahead by {gap}: performance beats the target")
            color = application.success()
        text = text.format(gap=abs(gap))
        self.gap.setText(text)
        self.gap.setStyleSheet(f"color: {color.name()}; font-weight: bold;")
