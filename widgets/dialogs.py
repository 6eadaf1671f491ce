"""The editor's small dialogs: the keyboard shortcuts, and a template to start from."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import application
from app.translations import QT_TRANSLATE_NOOP, translate
from models import i18n, templates

# What each bundled template is for (its name is the template's own, in the window's language).
TEMPLATES: dict[str, str] = {
    "lifecycle": QT_TRANSLATE_NOOP(
        "TemplateDialog",
        "The classic eight phases, from awareness to advocacy; frontstage and backstage lines.",
    ),
    "onboarding": QT_TRANSLATE_NOOP(
        "TemplateDialog",
        "A new customer's first 90 days, with placeholder stations to fill in together.",
    ),
    "blank": QT_TRANSLATE_NOOP(
        "TemplateDialog", "One phase and one line: draw the journey from scratch."
    ),
}


def template_text(name: str) -> tuple[str, str]:
    """A bundled template's name and what it is for, in the window's language."""
    title = (
        translate("TemplateDialog", "Blank map")
        if name == "blank"
        else i18n.gettext(templates.template_title(name))  # the window's language
    )
    about = TEMPLATES.get(name)
    return title, translate("TemplateDialog", about) if about else ""


def template_names() -> list[str]:
    """The bundled templates, the described ones first."""
    found = templates.template_names()
    return [n for n in TEMPLATES if n in found] + [n for n in found if n not in TEMPLATES]


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _typed(key: QKeySequence) -> bool:
    """False for keys few keyboards have: the "Open", "Copy" or "Help" key, F13 and above."""
    if key.isEmpty():
        return False
    first = key[0].key().value  # type: ignore[index]  # QKeySequence is indexable
    rare = Qt.Key.Key_F13.value <= first <= Qt.Key.Key_F35.value or first == Qt.Key.Key_Help.value
    return bool(first < Qt.Key.Key_Back.value and not rare)


def shortcut_rows(menus: list[QMenu], extra: list[QAction]) -> list[tuple[str, str, str]]:
    """(group, action, keys) for every action with a shortcut, read from the live actions."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(group: str, action: QAction) -> None:
        keys = [k for k in action.shortcuts() if _typed(k)]
        if not keys or id(action) in seen or action.isSeparator():
            return
        seen.add(id(action))
        text = _clean(action.property("plain_text") or action.text())
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((group, text, native))

    def walk(group: str, menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(group, sub)
            else:
                add(group, action)

    for menu in menus:
        walk(_clean(menu.title()), menu)
    for action in extra:
        add(str(action.property("group") or translate("ShortcutsDialog", "Other")), action)
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, grouped by menu, from the actions themselves."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.setObjectName("shortcuts-dialog")
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Shortcut")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setAlternatingRowColors(False)
        # Never a key cut with "…": both columns as wide as their texts, and where the screen
        # is too narrow for that, the keys wrap after a comma instead.
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, text, keys in rows:
            parent_item = groups.get(group)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [group.upper(), ""])
                font = parent_item.font(0)
                font.setBold(True)
                font.setPointSizeF(application.CAPTION)
                parent_item.setFont(0, font)
                parent_item.setFirstColumnSpanned(True)
                groups[group] = parent_item
            QTreeWidgetItem(parent_item, [text, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        header = self.tree.header()
        scroll_bar = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.tree.frameWidth()
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        width = header.sectionSize(0) + header.sectionSize(1) + scroll_bar + frame + margins + 8
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        width = min(max(520, width), screen.width() - 40)
        self.resize(QSize(width, min(640, screen.height() - 40)))

    def rows(self) -> list[tuple[str, str]]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            children = [group.child(j) for j in range(group.childCount())] if group else []
            found += [(c.text(0), c.text(1)) for c in children if c is not None]
        return found


class _WrappingList(QListWidget):
    """A list whose items' texts wrap to its width: each item is as wide as the viewport and as
    tall as its wrapped lines (Qt's own wrapping may make an item a few pixels wider than the
    viewport, and so bring a sideways scroll bar)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_items()

    def fit_items(self) -> None:
        width = self.viewport().width()
        icon = self.iconSize().width()
        room = max(40, width - icon - 40)  # the icon, its gaps and the item's margins
        metrics = self.fontMetrics()
        for i in range(self.count()):
            item = self.item(i)
            if item is None:
                continue
            lines = metrics.boundingRect(
                QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            item.setSizeHint(QSize(width, max(lines.height(), icon) + 10))


class TemplateDialog(QDialog):
    """Pick the template a new workshop starts from."""

    def __init__(
        self,
        parent: QWidget | None = None,
        house: list[tuple[int, str, str]] | None = None,
        house_problem: str | None = None,
    ) -> None:
        """``house``: the team library's templates (id, title, description), listed after the
        bundled ones; ``house_problem``: why the library's templates cannot be listed."""
        super().__init__(parent)
        self.setWindowTitle(translate("TemplateDialog", "New workshop from template"))
        intro = QLabel(
            translate("TemplateDialog", "Start a new workshop file from one of these templates."),
            self,
        )
        intro.setProperty("role", "hint")
        self.list = _WrappingList(self)
        self.list.setProperty("role", "items")
        self.list.setIconSize(QSize(24, 24))
        # Descriptions wrap to the list's width: never a sideways scroll bar (Finnish's first
        # line filled the width to the last pixel and brought one).
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for name in template_names():
            title, text = template_text(name)
            item = QListWidgetItem(application.icon("phase"), f"{title}\n{text}".strip())
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        for house_id, title, text in house or []:
            item = QListWidgetItem(application.icon("phase"), f"{title}\n{text}".strip())
            item.setData(Qt.ItemDataRole.UserRole, house_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.fit_items()
        self.house_problem = QLabel(house_problem or "", self)
        self.house_problem.setObjectName("house-templates-problem")
        self.house_problem.setWordWrap(True)
        self.house_problem.setVisible(bool(house_problem))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("TemplateDialog", "Choose where to save…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(application.SPACE)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.house_problem)
        layout.addWidget(buttons)
        self.resize(QSize(520, 340))

    def template(self) -> str | None:
        """The bundled template chosen, by name (None: none, or a house template)."""
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, str) else None

    def library_template(self) -> int | None:
        """The team library's template chosen, by its id."""
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, int) else None
