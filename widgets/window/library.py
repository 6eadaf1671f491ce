"""The window's side of the team library: File ▸ Open from library…, Publish to library…,
Library settings…, and the library's templates in New from template.

The work is done by :mod:`models.library`; this part asks (dialogs), says what happened (the
status bar, or one sentence in a message box) and opens working copies in the window. The
editor never works on the library: a version opened from it becomes a local ``.journey`` file.

Offline is normal. When a team library cannot be reached, its menu items say so (their text
ends in "(offline)", their status tip is the sentence) and using them says the sentence again
after one more try; everything else works as before. A team library is probed in the
background when the window starts and when the library is chosen, so the menu tells before
the user asks.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.translations import edit_text, said
from models.library import config, links, working_copy
from models.library.errors import LibraryError, LibraryUnavailable, PublishConflict, VersionInfo
from models.library.store import Library
from models.transfer import export_document
from widgets import message_box
from widgets.library.browser import LibraryBrowser, OpenChoice
from widgets.library.dates import conflict_sentence, published
from widgets.library.publish_dialog import PublishChoice, PublishDialog
from widgets.library.settings_dialog import LibrarySettingsDialog
from widgets.window.workshop import file_filter, same_file, with_journey_suffix

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

# The menu items that need the library, and their text when it is reachable.
LIBRARY_ACTIONS = ("open_library", "publish")


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class LibraryController(QObject):
    """The library commands of one window."""

    offline_changed = Signal(str)  # the sentence, or "" when the library is reachable
    _probed = Signal(str, str)  # the URL probed, and the sentence ("" when reachable)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.offline = ""
        self._probed.connect(self._on_probed)
        window.workshop.library_templates = self.templates
        window.workshop.create_from_library = self.create_from_template

    # -- reaching the library -----------------------------------------------------------------
    def open_library(self) -> Library | None:
        """The chosen library, open; None after saying why it cannot be used."""
        try:
            with _busy():
                library = Library.open()
        except LibraryError as e:
            if isinstance(e, LibraryUnavailable):
                self._set_offline(said(e))
            self.say(self.tr("The library cannot be used"), said(e))
            return None
        self._set_offline("")
        return library

    def probe(self) -> None:
        """Check in the background whether a team library can be reached (the local one
        always can); the menu items follow when the answer comes."""
        try:
            url = config.library_url()
        except LibraryError as e:
            self._set_offline(said(e))
            return
        if config.is_local(url):
            self._set_offline("")
            return
        signal = self._probed

        def run() -> None:
            sentence = ""
            try:
                Library.open(url).close()
            except LibraryError as e:
                sentence = said(e)
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                signal.emit(url, sentence)

        threading.Thread(target=run, name="library-probe", daemon=True).start()

    def _on_probed(self, url: str, sentence: str) -> None:
        with contextlib.suppress(LibraryError):
            if url == config.library_url():  # not an answer about a library left since
                self._set_offline(sentence)

    def _set_offline(self, sentence: str) -> None:
        self.offline = sentence
        for name in LIBRARY_ACTIONS:
            action = self.window.commands[name]
            base = QCoreApplication.translate("Actions", self.window.commands.specs[name].text)
            offline = self.tr("%1 (offline)…").replace("%1", base.removesuffix("…"))
            action.setText(offline if sentence else base)
            action.setStatusTip(sentence or base.replace("&", ""))
            action.setToolTip(sentence or base.replace("&", "").removesuffix("…"))
        # The sentence shows as the items' tool tip in the File menu while the library is away.
        for menu in self.window.menus:
            if menu.objectName() == "file-menu":
                menu.setToolTipsVisible(bool(sentence))
        self.offline_changed.emit(sentence)

    def say(self, title: str, sentence: str) -> None:
        message_box.warning(self.window, title, sentence)

    def status(self, sentence: str) -> None:
        self.window.statusBar().showMessage(sentence, 8000)

    # -- publish ------------------------------------------------------------------------------
    def publish_dialog(self) -> None:
        editor = self.window.editor
        if editor is None:
            return
        library = self.open_library()
        if library is None:
            return
        with library:
            path = editor.document.path
            base = self._base_of(library, path)
            journeys = [j.name for j in editor.document.journeys()]
            dialog = PublishDialog(
                editor.document.workshop().title, library.url, base, journeys, self.window
            )
            try:
                if dialog.exec() != PublishDialog.DialogCode.Accepted:
                    return
                choice = dialog.choice()
            finally:
                dialog.deleteLater()
            self.publish(library, choice)

    def _base_of(self, library: Library, path: Path) -> VersionInfo | None:
        link = links.link_of(path, library.url)
        if link is None:
            return None
        try:
            versions = library.versions(link.map_id)
        except LibraryError:
            return None
        return next((v for v in versions if v.number == link.version), None)

    def publish(self, library: Library, choice: PublishChoice) -> VersionInfo | None:
        """Publish the open workshop as chosen; a conflict asks what to do instead."""
        editor = self.window.editor
        if editor is None:
            return None
        document = editor.document
        doc = export_document(document)
        try:
            with _busy():
                if choice.mode == "template":
                    info = working_copy.publish_template(
                        library, doc, choice.journey_index, message=choice.message
                    )
                else:
                    info = working_copy.publish_workshop(
                        library,
                        document.path,
                        doc,
                        message=choice.message,
                        as_new=choice.mode == "new",
                    )
        except PublishConflict as conflict:
            answer = self.ask_conflict(conflict)
            if answer == "new":
                return self.publish(library, PublishChoice("new", choice.message))
            if answer == "latest":
                self.open_latest_beside(library, conflict.latest, document.path)
            return None
        except LibraryError as e:
            if isinstance(e, LibraryUnavailable):
                self._set_offline(said(e))
            self.say(self.tr("Not published"), said(e))
            return None
        local = config.is_local(library.url)
        if info.kind == "template":
            sentence = (
                self.tr("Published “%1” as version %2 of the template in the local library.")
                if local
                else self.tr("Published “%1” as version %2 of the template in the library at %3.")
            )
        else:
            sentence = (
                self.tr("Published “%1” as version %2 of the map in the local library.")
                if local
                else self.tr("Published “%1” as version %2 of the map in the library at %3.")
            )
        self.status(
            sentence.replace("%1", info.title)
            .replace("%2", str(info.number))
            .replace("%3", library.address)
        )
        return info

    def ask_conflict(self, conflict: PublishConflict) -> str:
        """ "new", "latest" or "cancel": what to do about a newer version in the library."""
        sentence = edit_text(conflict_sentence(conflict))
        box = message_box.plain_box(QMessageBox.Icon.Warning, self.tr("Not published"), sentence,
                                    self.window, QMessageBox.StandardButton.Cancel)  # fmt: skip
        as_new = box.addButton(self.tr("Publish as a new map"), QMessageBox.ButtonRole.AcceptRole)
        latest = box.addButton(
            self.tr("Open the latest version"), QMessageBox.ButtonRole.ActionRole
        )
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is as_new:
            return "new"
        if clicked is latest:
            return "latest"
        return "cancel"

    def open_latest_beside(self, library: Library, latest: VersionInfo, mine: Path) -> bool:
        """The latest version as a working copy in the folder of ``mine`` (which stays as it
        is), opened in the window."""
        stem = self.tr("{name} (library version {number})").format(
            name=mine.stem, number=latest.number
        )
        target = mine.with_name(f"{stem}.journey")
        n = 2
        while target.exists():
            target = mine.with_name(f"{stem} {n}.journey")
            n += 1
        choice = OpenChoice(latest.map_id, latest.number, latest.title)
        return self.open_version(library, choice, target)

    # -- open ---------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        library = self.open_library()
        if library is None:
            return
        with library:
            browser = LibraryBrowser(library, self.window)
            try:
                if browser.exec() != LibraryBrowser.DialogCode.Accepted:
                    return
                choice = browser.choice()
            finally:
                browser.deleteLater()
            if choice is None:
                return
            target = self.ask_target(f"{choice.title}.journey")
            if target is not None:
                self.open_version(library, choice, target)

    def ask_target(self, name: str) -> Path | None:
        """Where to keep the working copy (a save dialog)."""
        suggestion = str(Path(self.window.workshop.start_folder()) / _safe_name(name))
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the working copy as"), suggestion, file_filter()
        )
        return with_journey_suffix(Path(path)) if path else None

    def open_version(self, library: Library, choice: OpenChoice, target: Path) -> bool:
        """Make the working copy at ``target``, open it, and show the hit's station."""
        current = self.window.workshop.path
        if current is not None and same_file(current, target):
            self.say(
                self.tr("Not opened"),
                self.tr("“%1” is the workshop open now; choose another name.").replace(
                    "%1", target.name
                ),
            )
            return False
        try:
            with _busy():
                info = working_copy.get_working_copy(
                    library, choice.map_id, target, number=choice.number, overwrite=True
                )
        except (LibraryError, OSError) as e:
            self.say(self.tr("Not opened"), said(e))
            return False
        except Exception as e:  # the workshop file's own errors, one sentence each
            self.say(self.tr("Not opened"), said(e))
            return False
        if not self.window.open_path(target):
            return False
        editor = self.window.editor
        if editor is not None and choice.journey_index is not None:
            with contextlib.suppress(LibraryError):
                journey_id, station_id = working_copy.station_at(
                    editor.document, choice.journey_index, choice.station_index
                )
                if station_id is not None:
                    self.window.panels.show_station(station_id)
                elif journey_id != editor.journey_id:
                    editor.set_journey(journey_id)
        self.status(
            self.tr("Opened version %1 of “%2” from the library as “%3”.")
            .replace("%1", str(info.number))
            .replace("%2", info.title)
            .replace("%3", target.name)
        )
        return True

    # -- templates ----------------------------------------------------------------------------
    def templates(self) -> tuple[list[tuple[int, str, str]], str | None]:
        """The library's house templates as (id, title, description), or the sentence saying
        why they are not available (at once while the library is known to be away, so New from
        template never waits for an unreachable server)."""
        if self.offline:
            self.probe()  # it may be back by the next time
            return [], self.offline
        try:
            with _busy(), Library.open() as library:
                found = library.maps("template")
        except LibraryError as e:
            return [], said(e)
        return [
            (
                m.map_id,
                m.title,
                self.tr("House template, version %1 by %2, %3")
                .replace("%1", str(m.latest.number))
                .replace("%2", m.latest.author)
                .replace("%3", published(m.latest)),
            )
            for m in found
        ], None

    def create_from_template(self, map_id: int, target: Path) -> bool:
        library = self.open_library()
        if library is None:
            return False
        with library:
            try:
                info = library.latest(map_id)
            except LibraryError as e:
                self.say(self.tr("Not opened"), said(e))
                return False
            if info is None:
                self.say(
                    self.tr("Not opened"), self.tr("That template is no longer in the library.")
                )
                return False
            return self.open_version(library, OpenChoice(map_id, info.number, info.title), target)

    # -- settings -----------------------------------------------------------------------------
    def settings_dialog(self) -> None:
        dialog = LibrarySettingsDialog(self.window)
        try:
            if dialog.exec() != LibrarySettingsDialog.DialogCode.Accepted:
                return
            url = dialog.url_choice()
        finally:
            dialog.deleteLater()
        self.choose(url)

    def choose(self, url: str | None) -> bool:
        try:
            config.choose_url(url)
        except LibraryError as e:
            self.say(self.tr("Library not changed"), said(e))
            return False
        now = config.library_url()
        self.status(
            self.tr("Journeyline now uses the local library.")
            if config.is_local(now)
            else self.tr("Journeyline now uses the library at %1.").replace(
                "%1", config.address(now)
            )
        )
        self.probe()
        return True


def _safe_name(name: str) -> str:
    """A file name from a map's title: no path separators or characters a file system refuses."""
    cleaned = "".join("_" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in name).strip()
    return cleaned or QCoreApplication.translate("LibraryController", "Working copy.journey")
