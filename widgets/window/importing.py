"""File ▸ Import JSON document…: an interchange document becomes a new workshop file, opened.

The same import runs for a ``.json`` chosen in File ▸ Open…, dropped on the window
(:mod:`widgets.window.file_drop`) or handed to the editor (``journeyline map.json``: a
double-click on the desktop, a second Journeyline passing a file on): the document is read and
checked first (:func:`models.transfer.read_document`, the command line's ``import`` too); a
document that breaks a rule is said in one message, its problems in the window's language, and
nothing is written. A good one asks where to save the workshop (beside the document, named
after its workshop's title), is built there atomically (Qt's dialog has confirmed replacing an
existing file; the workshop open now is never replaced), opened and added to the recent files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import translations
from app.translations import translate
from exporters.formats import FORMATS
from models.interchange import DocumentDict
from models.paths import safe_stem
from models.transfer import DocumentFileError, import_document, read_document
from models.workshop_file import WorkshopFileError
from widgets import message_box
from widgets.field_texts import field_text
from widgets.window.workshop import file_filter, same_file, with_journey_suffix

if TYPE_CHECKING:
    from widgets.window.workshop import OpenWorkshop

DOCUMENT_SUFFIX = FORMATS["json"].suffix


def document_filter() -> str:
    """The file dialog's filter for JSON documents, as the export dialog names them."""
    return field_text(FORMATS["json"].file_filter)


def suggested_target(source: Path, doc: DocumentDict) -> Path:
    """Where the new workshop is offered: beside the document, named after its workshop's
    title (or the document's own name where the title makes no file name)."""
    stem = safe_stem(doc["workshop"]["title"]) or safe_stem(source.stem) or source.stem
    return with_journey_suffix(source.with_name(stem))


class DocumentImport:
    """The window's import of JSON documents, for one :class:`OpenWorkshop`."""

    def __init__(self, workshop: OpenWorkshop, host: QWidget) -> None:
        self._workshop = workshop
        self._host = host
        self.message: QMessageBox | None = None  # the last refusal shown (for the tests)

    @staticmethod
    def is_for(path: Path) -> bool:
        """A file to import rather than open: an interchange JSON document, by its name."""
        return path.suffix.lower() == DOCUMENT_SUFFIX

    def dialog(self) -> bool:
        """File ▸ Import JSON document…: choose the document, then where to save it."""
        path, _filter = QFileDialog.getOpenFileName(
            self._host,
            translate("DocumentImport", "Import JSON document"),
            self._workshop.start_folder(),
            document_filter(),
        )
        return bool(path) and self.start(Path(path))

    def start(self, source: Path) -> bool:
        """Import ``source``; True when its new workshop is open."""
        try:
            doc = read_document(source)
        except DocumentFileError as e:
            self._refused(e)
            return False
        chosen, _filter = QFileDialog.getSaveFileName(
            self._host,
            translate("DocumentImport", "Save the imported workshop as"),
            str(suggested_target(source, doc)),
            file_filter(),
        )
        if not chosen:
            return False  # cancelled: nothing was written
        target = with_journey_suffix(Path(chosen))
        current = self._workshop.path
        if current is not None and same_file(current, target):
            self._warn(
                translate(
                    "OpenWorkshop", "“{name}” is the workshop open now; choose another name."
                ).format(name=target.name)
            )
            return False
        try:
            # The save dialog has asked before replacing an existing file.
            import_document(doc, target, overwrite=True)
        except (WorkshopFileError, OSError) as e:
            self._warn(translations.said(e))
            return False
        return self._workshop.open_path(target)

    def _refused(self, error: DocumentFileError) -> None:
        problems = error.problems
        lines = translations.problems_said(problems).split("\n") if problems else []
        self._warn(translations.said(error), lines)

    def _warn(self, sentence: str, details: list[str] | None = None) -> None:
        box = message_box.plain_box(
            QMessageBox.Icon.Warning,
            translate("DocumentImport", "The document could not be imported"),
            sentence,
            self._host,
        )
        box.setObjectName("import-problem")
        message_box.list_problems(box, details or [])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
