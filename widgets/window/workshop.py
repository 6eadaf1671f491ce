"""The workshop open in the window: its document (behind an Editor), its map view, its file.

:class:`OpenWorkshop` opens, creates from a template, copies and closes workshop files, and
makes and deletes the Editor and the MapView in the window's central stack. The rest of the
window follows it through two signals: :attr:`OpenWorkshop.opened` (the editor and the view
exist, wire them up) and :attr:`OpenWorkshop.closing` (let go of them: they are deleted next).
Opening a bad file shows the model's one sentence and keeps what was open.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QWidget

from app import translations
from app.editor import Editor
from app.settings import Settings
from app.translations import translate
from models import templates
from models.document import Document, EditError
from models.interchange import InterchangeError
from models.workshop_file import WorkshopFileError
from widgets import message_box
from widgets.canvas.view import MapView
from widgets.dialogs import TemplateDialog
from widgets.file_guard import FileGuard, tell_displaced
from widgets.window.file_drop import FileDrop


def file_filter() -> str:
    """The file dialogs' filter: workshops, or every file."""
    return translate("OpenWorkshop", "Journeyline workshops (*.journey);;All files (*)")


def open_filter() -> str:
    """File ▸ Open…'s filter: workshops and JSON documents (imported) first, then each alone."""
    from widgets.window.importing import document_filter  # here: it imports this module

    both = translate("OpenWorkshop", "Workshops and JSON documents (*.journey *.json)")
    return ";;".join((both, file_filter(), document_filter()))


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def with_journey_suffix(target: Path) -> Path:
    if target.suffix.lower() == ".journey":
        return target
    return target.with_name(target.name + ".journey")


class OpenWorkshop(QObject):
    """One open workshop at a time, shown in ``stack``; file commands for the window."""

    opened = Signal()  # a workshop was installed: editor and view exist
    closing = Signal()  # the editor and the view are about to be deleted
    copy_saved = Signal(str)  # the file name of a copy just saved
    displaced = Signal(str)  # the file was moved, deleted or replaced: the sentence

    def __init__(self, host: QWidget, stack: QStackedWidget, settings: Settings) -> None:
        super().__init__(host)
        self._host = host
        self._stack = stack
        self._settings = settings
        self._editor: Editor | None = None
        self._view: MapView | None = None
        # The team library's templates (id, title, description) or why there are none, and
        # how to make a workshop from one: set by the window's LibraryController.
        self.library_templates: Callable[[], tuple[list[tuple[int, str, str]], str | None]] = (
            lambda: ([], None)
        )
        self.create_from_library: Callable[[int, Path], bool] = lambda _id, _target: False
        from widgets.window.importing import DocumentImport  # here: it imports this module

        self.importing = DocumentImport(self, host)  # File ▸ Import JSON document…, a .json
        FileDrop(host, self.open_path)  # a file dropped on the window opens (or is imported)

    @property
    def editor(self) -> Editor | None:
        return self._editor

    @property
    def view(self) -> MapView | None:
        return self._view

    @property
    def path(self) -> Path | None:
        return self._editor.document.path if self._editor is not None else None

    def show_error(self, title: str, sentence: str) -> None:
        message_box.warning(self._host, title, sentence)

    def show_notice(self, title: str, sentence: str) -> None:
        message_box.information(self._host, title, sentence)

    # -- opening and closing --------------------------------------------------------------------
    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a workshop file (a JSON document is imported into a new one, asking where to
        save it); on failure say why and keep what was open."""
        target = Path(path)
        if self.importing.is_for(target):
            return self.importing.start(target)
        if self.path is not None and same_file(self.path, target):
            return True
        try:
            document = Document.open(target)
        except WorkshopFileError as e:
            self.show_error(
                translate("OpenWorkshop", "The workshop could not be opened"), translations.said(e)
            )
            return False
        except Exception as e:  # the window must survive any file
            self.show_error(
                translate("OpenWorkshop", "The workshop could not be opened"),
                translate("OpenWorkshop", "“{name}” could not be opened: {e}").format(
                    name=target.name, e=e
                ),
            )
            return False
        self._install(document)
        self._settings.add_recent_file(document.path)
        self._settings.set_last_workshop(document.path)
        for notice in document.file.notices:  # e.g. recovered after a crash: said, not hidden
            self.show_notice(
                translate("OpenWorkshop", "The workshop was recovered"),
                translations.edit_text(notice),
            )
        return True

    def close(self) -> None:
        """Let go of the open workshop (everything is already saved)."""
        editor, view = self._editor, self._view
        if editor is None and view is None:
            return
        self.closing.emit()
        self._editor, self._view = None, None
        if view is not None:
            scene = view.scene()
            self._stack.removeWidget(view)
            shiboken6.delete(view)
            if scene is not None and shiboken6.isValid(scene) and scene.parent() is None:
                shiboken6.delete(scene)
        if editor is not None:
            editor.close()
            shiboken6.delete(editor)

    def _install(self, document: Document) -> None:
        self.close()
        editor = Editor(document, self._host)
        view = MapView(editor, self._stack)
        view.setObjectName("map-view")
        self._editor, self._view = editor, view
        self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)
        # Moved, deleted or replaced by another program: said at once (widgets/file_guard.py).
        FileGuard(document, editor).displaced.connect(self._tell_displaced)
        self.opened.emit()

    def _tell_displaced(self, sentence: str) -> None:
        self.displaced.emit(sentence)
        tell_displaced(self._host, sentence, self.save_copy_dialog)

    # -- the file commands ----------------------------------------------------------------------
    def start_folder(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        recent = self._settings.recent_files()
        if recent:
            return str(Path(recent[0]).parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def open_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._host,
            translate("OpenWorkshop", "Open workshop"),
            self.start_folder(),
            open_filter(),
        )
        if path:
            self.open_path(path)

    def new_from_template(self) -> None:
        house, problem = self.library_templates()
        dialog = TemplateDialog(self._host, house, problem)
        try:
            if dialog.exec() != TemplateDialog.DialogCode.Accepted:
                return
            name, house_id = dialog.template(), dialog.library_template()
        finally:
            dialog.deleteLater()
        if name is None and house_id is None:
            return
        new_file = translate("OpenWorkshop", "New workshop.journey")  # not the template's name
        suggestion = str(Path(self.start_folder()) / new_file)
        path, _filter = QFileDialog.getSaveFileName(
            self._host,
            translate("OpenWorkshop", "Save the new workshop as"),
            suggestion,
            file_filter(),
        )
        if not path:
            return
        if house_id is not None:
            self.create_from_library(house_id, with_journey_suffix(Path(path)))
        elif name is not None:
            self.create_from_template(name, Path(path))

    def create_from_template(self, template: str, target: Path) -> bool:
        target = with_journey_suffix(target)
        if self.path is not None and same_file(self.path, target):
            self.show_error(
                translate("OpenWorkshop", "The workshop could not be created"),
                translate(
                    "OpenWorkshop", "“{name}” is the workshop open now; choose another name."
                ).format(name=target.name),
            )
            return False
        try:
            # In the window's language: its names, and the workshop's (exports') language.
            language = translations.current()
            # Titled after the file the user named, not after the template.
            templates.create_workshop(
                target, template, overwrite=True, language=language, title=target.stem.strip()
            )
        except (WorkshopFileError, InterchangeError, EditError, OSError) as e:
            self.show_error(
                translate("OpenWorkshop", "The workshop could not be created"),
                translations.said(e),
            )
            return False
        return self.open_path(target)

    def save_copy_dialog(self) -> None:
        current = self.path
        if current is None:
            return
        copy = translate("OpenWorkshop", "{name} copy.journey").format(name=current.stem)
        suggestion = str(current.with_name(copy))
        path, _filter = QFileDialog.getSaveFileName(
            self._host, translate("OpenWorkshop", "Save a copy as"), suggestion, file_filter()
        )
        if path:
            self.save_copy(Path(path))

    def save_copy(self, target: Path) -> bool:
        editor = self._editor
        if editor is None:
            return False
        target = with_journey_suffix(target)
        if same_file(editor.document.path, target) and editor.document.displaced() is None:
            return True  # the workshop itself: it is saved already
        try:
            editor.document.file.save_copy(target)
        except WorkshopFileError as e:
            self.show_error(
                translate("OpenWorkshop", "The copy could not be saved"), translations.said(e)
            )
            return False
        self.copy_saved.emit(target.name)
        return True
