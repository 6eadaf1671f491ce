"""File ▸ Open from library…: the maps by client, segment and title with every version's
message, and a search across every map whose hits open their map at their station."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import application
from app.translations import QT_TRANSLATE_NOOP, said
from models.library import config
from models.library.errors import LibraryError, VersionInfo
from models.library.search import Hit, search
from models.library.store import Library
from widgets.library.dates import published

_KINDS = {
    "station": QT_TRANSLATE_NOOP("LibraryBrowser", "station"),
    "need": QT_TRANSLATE_NOOP("LibraryBrowser", "need"),
    "pain_point": QT_TRANSLATE_NOOP("LibraryBrowser", "pain point"),
    "quote": QT_TRANSLATE_NOOP("LibraryBrowser", "quote"),
    "action": QT_TRANSLATE_NOOP("LibraryBrowser", "action"),
}
_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class OpenChoice:
    """What to open: a version of a map, and where in it (from a search hit)."""

    map_id: int
    number: int
    title: str
    journey_index: int | None = None
    station_index: int | None = None


def _one_line(text: str) -> str:
    return " ".join(text.split())


class LibraryBrowser(QDialog):
    """Pick a version to open, from the list of maps or from search hits."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-browser")
        self.setWindowTitle(self.tr("Open from library"))
        self._library = library
        self.problem = QLabel(self)
        self.problem.setObjectName("library-problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.maps = QTreeWidget(self)
        self.maps.setObjectName("library-maps")
        self.maps.setHeaderLabels(
            [
                self.tr("Client"),
                self.tr("Segment"),
                self.tr("Title"),
                self.tr("Version"),
                self.tr("Author"),
                self.tr("Published"),
                self.tr("Message"),
            ]
        )
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("library-search")
        self.search_field.setPlaceholderText(
            self.tr("Search stations, needs, pain points, quotes and actions of every map")
        )
        self.search_field.setClearButtonEnabled(True)
        find = QPushButton(self.tr("Search"), self)
        self.search_field.returnPressed.connect(self.run_search)
        find.clicked.connect(self.run_search)
        self.hits = QTreeWidget(self)
        self.hits.setObjectName("library-hits")
        self.hits.setHeaderLabels(
            [
                self.tr("Map"),
                self.tr("Version"),
                self.tr("Client"),
                self.tr("Journey"),
                self.tr("Station"),
                self.tr("Found in"),
                self.tr("Text"),
            ]
        )
        for tree in (self.maps, self.hits):
            tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            tree.setAlternatingRowColors(True)
            tree.setUniformRowHeights(True)
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            tree.header().setStretchLastSection(True)
            tree.itemDoubleClicked.connect(lambda *_a: self.accept())
            tree.currentItemChanged.connect(lambda *_a: self._update_button())
        searching = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.search_field)
        row.addWidget(find)
        box = QVBoxLayout(searching)
        box.addLayout(row)
        box.addWidget(self.hits)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.maps, self.tr("Maps"))
        self.tabs.addTab(searching, self.tr("Search"))
        self.tabs.currentChanged.connect(lambda *_a: self._update_button())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(application.SPACE)
        layout.addWidget(QLabel(self._name(library.url), self))
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(QSize(1100, 620))
        self.reload()

    def _name(self, url: str) -> str:
        """The library, as the dialog's heading names it."""
        if config.is_local(url):
            return self.tr("The local library")
        return self.tr("The library at %1").replace("%1", config.address(url))

    # -- filling ------------------------------------------------------------------------------
    def _say(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def reload(self) -> None:
        self.maps.clear()
        try:
            summaries = self._library.maps()
            versions = {m.map_id: self._library.versions(m.map_id) for m in summaries}
        except LibraryError as e:
            self._say(said(e))
            return
        if not summaries:
            self._say(self.tr("The library has no published maps yet."))
        for summary in summaries:
            latest = summary.latest
            item = QTreeWidgetItem(
                [
                    _one_line(latest.client) or "—",
                    _one_line(latest.segment) or "—",
                    _one_line(latest.title),
                    str(latest.number),
                    _one_line(latest.author),
                    published(latest),
                    _one_line(latest.message),
                ]
            )
            item.setToolTip(6, latest.message)
            item.setData(0, _ROLE, OpenChoice(summary.map_id, latest.number, latest.title))
            for version in versions[summary.map_id]:
                item.addChild(self._version_item(version))
            self.maps.addTopLevelItem(item)
        first = self.maps.topLevelItem(0)
        if first is not None:
            self.maps.setCurrentItem(first)
        self._update_button()

    def _version_item(self, version: VersionInfo) -> QTreeWidgetItem:
        child = QTreeWidgetItem(
            [
                "",
                "",
                self.tr("version %1").replace("%1", str(version.number)),
                str(version.number),
                _one_line(version.author),
                published(version),
                _one_line(version.message),
            ]
        )
        child.setToolTip(6, version.message)
        child.setData(0, _ROLE, OpenChoice(version.map_id, version.number, version.title))
        return child

    def run_search(self) -> None:
        self.hits.clear()
        self.tabs.setCurrentIndex(1)
        try:
            found = search(self._library, self.search_field.text())
        except LibraryError as e:
            self._say(said(e))
            return
        self.problem.hide()
        for hit in found:
            self.hits.addTopLevelItem(self._hit_item(hit))
        first = self.hits.topLevelItem(0)
        if first is not None:
            self.hits.setCurrentItem(first)
        else:
            self._say(self.tr("Nothing in the library matches what you searched for."))
        self._update_button()

    def _hit_item(self, hit: Hit) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                _one_line(hit.title),
                str(hit.version),
                _one_line(hit.client) or "—",
                _one_line(hit.journey_name),
                _one_line(hit.station_title) or "—",
                self.tr(_KINDS.get(hit.kind, hit.kind)),
                _one_line(hit.text),
            ]
        )
        item.setToolTip(6, hit.text)
        choice = OpenChoice(
            hit.map_id, hit.version, hit.title, hit.journey_index, hit.station_index
        )
        item.setData(0, _ROLE, choice)
        return item

    # -- the choice ---------------------------------------------------------------------------
    def _tree(self) -> QTreeWidget:
        return self.maps if self.tabs.currentIndex() == 0 else self.hits

    def choice(self) -> OpenChoice | None:
        item = self._tree().currentItem()
        data = item.data(0, _ROLE) if item is not None else None
        return data if isinstance(data, OpenChoice) else None

    def _update_button(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(self.choice() is not None)
