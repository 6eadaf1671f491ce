"""File ▸ Export…: what to export (format, journeys, paper, resolution, what the map shows)
and where to.

The dialog only chooses; the window saves the choices (app.settings) and runs the export in
the background (widgets/export_worker.py). The file name is suggested from the workshop's title
(and the journey's, for one journey) until the user types or picks one; changing the format
changes the extension. What the map shows starts as the canvas's View toggles and may be
changed for one export. Every option, its choices and their labels come from the export
registry (exporters/formats.py), shown in the window's language (widgets.field_texts).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import application
from app.export_job import ExportChoices, suggested_name
from app.translations import translate
from exporters.formats import (
    DPI,
    FORMATS,
    LANGUAGE,
    PAPER,
    SHOW,
    TILE,
    UNTITLED,
    ChoiceOption,
    ExportFormat,
    ExportRequest,
    KindsOption,
)
from models.document import Document
from models.view_options import MapToggles
from widgets import message_box
from widgets.field_texts import field_text


def with_suffix(path: Path, spec: ExportFormat) -> Path:
    """``path`` with the format's extension (another export extension is replaced)."""
    known = {f.suffix for f in FORMATS.values()}
    suffix = path.suffix.lower()
    if suffix == spec.suffix:
        return path
    if suffix in known:
        return path.with_suffix(spec.suffix)
    return path.with_name(path.name + spec.suffix)


def untitled() -> str:
    """The name an export of a workshop without a usable title is offered, in the window's
    language ("Journeyline-Export" in German)."""
    return field_text(UNTITLED)


def default_folder(choices: ExportChoices, document: Document) -> Path:
    """Where exports go: the last export's folder if it is still there, else the workshop's."""
    if choices.folder and Path(choices.folder).is_dir():
        return Path(choices.folder)
    folder = document.path.parent
    if os.access(folder, os.W_OK):
        return folder
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def ask_quick_export(
    parent: QWidget, document: Document, journey_id: int, choices: ExportChoices, format_key: str
) -> ExportRequest | None:
    """File ▸ Export PDF poster… / Excel action list…: ask only for the file; the other
    choices are the last export's. None when the user cancels."""
    spec = FORMATS[format_key]
    journey = document.journey(journey_id)
    one = spec.one_journey or not choices.all_journeys
    title = document.workshop().title
    name = suggested_name(
        title, spec, journey.name if one and journey is not None else None, untitled()
    )
    suggestion = default_folder(choices, document) / name
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ExportDialog", "Export the {label} as").format(label=field_text(spec.label)),
        str(suggestion),
        field_text(spec.file_filter),
    )
    if not path:
        return None
    return ExportRequest(
        format_key,
        with_suffix(Path(path), spec),
        journey_id=journey_id if one else None,
        paper=choices.paper,
        tile=choices.tile,
        dpi=choices.dpi,
    )


class ExportDialog(QDialog):
    """Choose an export; ``request()`` and ``choices()`` say what was chosen."""

    def __init__(
        self,
        document: Document,
        journey_id: int,
        choices: ExportChoices,
        parent: QWidget | None = None,
        *,
        format_key: str | None = None,
        toggles: MapToggles | None = None,
    ) -> None:
        """``toggles``: what the canvas shows now (View ▸ Show…), where the map's check boxes
        start; None: what a new canvas shows."""
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self._title = document.workshop().title
        self._folder = default_folder(choices, document)
        self._auto_name = True  # the name follows the format and journey until the user edits
        self._confirmed: Path | None = None  # replacing it was confirmed in the file dialog
        self._prefer_all = choices.all_journeys

        # Format: a radio button each, and what the chosen one makes.
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        formats = QVBoxLayout()
        formats.setSpacing(4)
        for spec in FORMATS.values():
            button = QRadioButton(field_text(spec.label))
            button.setObjectName(f"format-{spec.key}")
            button.setToolTip(field_text(spec.description))
            self.format_group.addButton(button)
            self.format_buttons[spec.key] = button
            formats.addWidget(button)
        self.format_hint = QLabel()
        self.format_hint.setProperty("role", "hint")
        self.format_hint.setWordWrap(True)
        formats.addWidget(self.format_hint)

        # Journeys: all, or one.
        self.all_journeys = QRadioButton(translate("ExportDialog", "&All journeys"))
        self.one_journey = QRadioButton(translate("ExportDialog", "O&ne:"))
        journeys_group = QButtonGroup(self)
        journeys_group.addButton(self.all_journeys)
        journeys_group.addButton(self.one_journey)
        self.journey_combo = QComboBox()
        self.journey_combo.setAccessibleName(translate("ExportDialog", "Journey"))
        for journey in document.journeys():
            self.journey_combo.addItem(journey.name, journey.id)
        at = self.journey_combo.findData(journey_id)
        self.journey_combo.setCurrentIndex(max(0, at))
        journeys = QHBoxLayout()
        journeys.addWidget(self.all_journeys)
        journeys.addSpacing(application.SPACE)
        journeys.addWidget(self.one_journey)
        journeys.addWidget(self.journey_combo, 1)

        # The formats' options (the poster's paper and tiling, the image's resolution), with
        # their choices and limits from the export registry.
        self.paper_combo = _combo(PAPER, choices.paper)
        self.tile_combo = _combo(TILE, choices.tile)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(DPI.minimum, DPI.maximum)
        self.dpi_spin.setSingleStep(DPI.step)
        self.dpi_spin.setSuffix(f" {field_text(DPI.unit)}")
        self.dpi_spin.setValue(DPI.clamp(choices.dpi))
        self.dpi_spin.setToolTip(field_text(DPI.hint))
        # The language: the workshop's own unless overridden for this one export (not kept).
        self.language_combo = _combo(LANGUAGE, None)
        # What the map shows: the canvas's toggles, for this one export (not kept).
        self.show_boxes, show_row = _check_boxes(SHOW, toggles or MapToggles())
        self.option_fields: dict[str, QWidget] = {
            PAPER.key: self.paper_combo,
            TILE.key: self.tile_combo,
            DPI.key: self.dpi_spin,
            LANGUAGE.key: self.language_combo,
            SHOW.key: show_row,
        }

        # The file.
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("ExportDialog", "File"))
        self.path_edit.textEdited.connect(self._name_edited)
        self.browse_button = QPushButton(translate("ExportDialog", "&Choose…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(application.SPACE)
        self.form.addRow(translate("ExportDialog", "Format:"), formats)
        self.form.addRow(translate("ExportDialog", "Journeys:"), journeys)
        for option in (PAPER, TILE, DPI, LANGUAGE, SHOW):
            self.form.addRow(field_text(option.label), self.option_fields[option.key])
        save_as = QLabel(translate("ExportDialog", "&Save as:"))
        save_as.setBuddy(self.path_edit)  # a row of a layout gets no buddy by itself
        self.form.addRow(save_as, file_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(translate("ExportDialog", "Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(application.SPACE_LARGE)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # At least 560 px, and wider when a language's longer labels need it.
        self.setMinimumWidth(max(560, layout.minimumSize().width()))

        self.format_group.buttonToggled.connect(self._format_toggled)
        self.all_journeys.toggled.connect(self._journeys_changed)
        self.journey_combo.currentIndexChanged.connect(self._journeys_changed)
        self.path_edit.textChanged.connect(self._update_ok)
        chosen = format_key if format_key in FORMATS else choices.format
        self.format_buttons[chosen if chosen in FORMATS else "pdf"].setChecked(True)
        self._show_format()
        self.format_buttons[self.format_key()].setFocus()

    # -- what was chosen ----------------------------------------------------------------------
    def format_key(self) -> str:
        for key, button in self.format_buttons.items():
            if button.isChecked():
                return key
        return "pdf"

    def spec(self) -> ExportFormat:
        return FORMATS[self.format_key()]

    def journey_id(self) -> int | None:
        """The chosen journey; None for all of them."""
        if self.all_journeys.isChecked() and self.all_journeys.isEnabled():
            return None
        data = self.journey_combo.currentData()
        return int(data) if data is not None else None

    def target(self) -> Path:
        text = self.path_edit.text().strip()
        if not text:
            return Path()
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        return with_suffix(path, self.spec())

    def request(self) -> ExportRequest:
        return ExportRequest(
            format=self.format_key(),
            target=self.target(),
            journey_id=self.journey_id(),
            paper=str(self.paper_combo.currentData()),
            tile=self.tile_combo.currentData(),
            dpi=self.dpi_spin.value(),
            language=self.language_combo.currentData(),
            toggles=self.toggles(),
        )

    def toggles(self) -> MapToggles:
        """What the map of this export shows (the check boxes of Show)."""
        return MapToggles(**{name: box.isChecked() for name, box in self.show_boxes.items()})

    def choices(self) -> ExportChoices:
        """What to remember for the next export."""
        return ExportChoices(
            format=self.format_key(),
            all_journeys=self._prefer_all,
            paper=str(self.paper_combo.currentData()),
            tile=self.tile_combo.currentData(),
            dpi=self.dpi_spin.value(),
            folder=str(self.target().parent) if self.path_edit.text().strip() else "",
        )

    # -- choosing -----------------------------------------------------------------------------
    def set_format(self, key: str) -> None:
        self.format_buttons[key].setChecked(True)

    def set_target(self, path: str | os.PathLike[str]) -> None:
        """Use this file (as if the user had typed it)."""
        self._auto_name = False
        self.path_edit.setText(str(path))

    def browse(self) -> None:
        spec = self.spec()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export the {label} as").format(label=field_text(spec.label)),
            str(self.target()),
            field_text(spec.file_filter),
        )
        if path:
            target = with_suffix(Path(path), spec)
            self._confirmed = target
            self.set_target(target)

    def _format_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._show_format()

    def _show_format(self) -> None:
        spec = self.spec()
        self.format_hint.setText(field_text(spec.description))
        for key, widget in self.option_fields.items():
            self.form.setRowVisible(widget, key in spec.option_keys)
        self.all_journeys.blockSignals(True)
        self.all_journeys.setEnabled(not spec.one_journey)
        self.all_journeys.setToolTip(
            translate("ExportDialog", "An image shows one journey's map")
            if spec.one_journey
            else translate("ExportDialog", "Every journey's map")
        )
        if spec.one_journey or not self._prefer_all:
            self.one_journey.setChecked(True)
        else:
            self.all_journeys.setChecked(True)
        self.all_journeys.blockSignals(False)
        self._journeys_changed()

    def _journeys_changed(self, *_args: object) -> None:
        if self.all_journeys.isEnabled():
            self._prefer_all = self.all_journeys.isChecked()
        self.journey_combo.setEnabled(self.one_journey.isChecked())
        self._suggest()

    def _suggest(self) -> None:
        spec = self.spec()
        if self._auto_name:
            journey = None
            if self.journey_id() is not None:
                journey = self.journey_combo.currentText()
            name = suggested_name(self._title, spec, journey, untitled())
            self.path_edit.setText(str(self._folder / name))
        elif self.path_edit.text().strip():
            self.path_edit.setText(str(self.target()))
        self._update_ok()

    def _name_edited(self, _text: str) -> None:
        self._auto_name = False
        self._confirmed = None

    def _update_ok(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    def accept(self) -> None:
        target = self.target()
        if not self.path_edit.text().strip():
            return
        if target.exists() and target != self._confirmed and not self._replace(target):
            return
        super().accept()

    def _replace(self, target: Path) -> bool:
        answer = message_box.question(
            self,
            translate("ExportDialog", "Replace the file?"),
            translate("ExportDialog", "“{name}” already exists in “{folder}”. Replace it?").format(
                name=target.name, folder=target.parent.name or target.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def _combo(option: ChoiceOption, value: str | None) -> QComboBox:
    """A combo box of a choice option's values (and "none" first, when it has one)."""
    combo = QComboBox()
    if option.none_label is not None:
        combo.addItem(field_text(option.none_label), None)
    for choice in option.choices:
        combo.addItem(field_text(choice.label), choice.key)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def _check_boxes(option: KindsOption, toggles: MapToggles) -> tuple[dict[str, QCheckBox], QWidget]:
    """A check box for each kind of the option (three to a row), set as ``toggles`` are; the
    boxes by MapToggles field, and the widget that holds them."""
    row = QWidget()
    row.setToolTip(field_text(option.hint))
    grid = QGridLayout(row)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(application.SPACE_LARGE)
    boxes: dict[str, QCheckBox] = {}
    for i, kind in enumerate(option.kinds):
        box = QCheckBox(field_text(kind.label))
        box.setObjectName(f"show-{kind.key}")
        box.setChecked(bool(getattr(toggles, kind.field)))
        box.setToolTip(field_text(option.hint))
        grid.addWidget(box, i // 3, i % 3)
        boxes[kind.field] = box
    grid.setColumnStretch(3, 1)
    return boxes, row
