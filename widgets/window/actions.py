"""Every command of the editor window, declared once in :data:`ACTIONS`.

A row says what the user sees (text, icon, tip), the keys, what runs (a handler that gets the
window), where it goes in the menu bar (menu and section; a separator between sections),
whether it is a check box, and when it is enabled. The menus, the toolbar (:data:`TOOLBAR`),
the window's shortcuts and Help ▸ Keyboard shortcuts are all built from these rows by
:class:`WindowActions`.

To add a command: add one row here (its handler usually calls a method of the part of the
window that does the work, e.g. ``lambda w: w.workshop.open_dialog()``), in the menu and section
where it belongs. Nothing else needs to know about it: the menu entry, its shortcut, its
enabling and its line in the shortcuts dialog follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QSizePolicy, QToolBar, QToolButton, QWidget

from app import application
from app.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

SK = QKeySequence.StandardKey
Handler = Callable[["MainWindow"], object]
# Where a platform has no standard key for an action (Quit on some desktops).
FALLBACK_KEYS = {
    SK.Quit: "Ctrl+Q",
    SK.Close: "Ctrl+W",
    SK.SaveAs: "Ctrl+Shift+S",
    SK.Preferences: "Ctrl+,",
}
# The menu bar, in order: the key a row names in ``menu`` and the title shown.
MENUS: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}


def _text(text: str) -> str:
    """A text of this table (marked with QT_TRANSLATE_NOOP) in the window's language."""
    return QCoreApplication.translate("Actions", text)


class Needs(Enum):
    """When an action is enabled."""

    NOTHING = "nothing"  # always
    MAP = "map"  # a workshop is open
    SELECTION = "selection"  # something is selected on the map
    TWO_JOURNEYS = "two_journeys"  # the workshop has a journey to compare with
    UNDO = "undo"  # the undo stack can undo
    REDO = "redo"


@dataclass(frozen=True)
class WindowState:
    """What the enabling of the actions depends on."""

    has_map: bool = False
    selected: bool = False
    journeys: int = 0
    can_undo: bool = False
    can_redo: bool = False

    def allows(self, needs: Needs) -> bool:
        return {
            Needs.NOTHING: True,
            Needs.MAP: self.has_map,
            Needs.SELECTION: self.selected,
            Needs.TWO_JOURNEYS: self.journeys > 1,
            Needs.UNDO: self.can_undo,
            Needs.REDO: self.can_redo,
        }[needs]


@dataclass(frozen=True)
class ActionSpec:
    """One command of the window (or, with ``submenu``, a submenu filled by its owner)."""

    name: str  # the action's object name; MainWindow.action(name)
    text: str  # with its & mnemonic
    handler: Handler | None  # for a checkable action: called on every toggle
    menu: str | None  # a key of MENUS, or None for an action without a menu entry
    section: str = ""  # rows of one section stand together, separators between sections
    keys: SK | str | None = None
    icon: str | None = None
    tip: str | None = None
    checkable: bool = False
    needs: Needs = Needs.NOTHING
    canvas_key: bool = False  # a key that acts on the map: off while a panel has the keyboard
    role: QAction.MenuRole = QAction.MenuRole.TextHeuristicRole
    icon_text: str | None = None  # the toolbar's label, where it shows one
    submenu: bool = False
    extra_keys: tuple[str, ...] = ()  # more keys people expect (Ctrl+Y redoes everywhere)


A = ActionSpec
MAP, SELECTION = Needs.MAP, Needs.SELECTION

ACTIONS: tuple[ActionSpec, ...] = (
    # -- File ---------------------------------------------------------------------------------
    A("new", QT_TRANSLATE_NOOP("Actions", "&New from template…"),
      lambda w: w.workshop.new_from_template(), "file", "open",
      icon="new", keys=SK.New),
    A("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), lambda w: w.workshop.open_dialog(), "file",
      "open", icon="open",
      keys=SK.Open),
    A("recent", QT_TRANSLATE_NOOP("Actions", "Open &recent"), None, "file", "open", icon="recent",
      submenu=True),
    A("import_json", QT_TRANSLATE_NOOP("Actions", "&Import JSON document…"),
      lambda w: w.workshop.importing.dialog(), "file", "open",
      tip=QT_TRANSLATE_NOOP("Actions",
      "Make a new workshop file from a JSON interchange document")),
    A("open_library", QT_TRANSLATE_NOOP("Actions", "Open from li&brary…"),
      lambda w: w.library.open_dialog(), "file",
      "library", tip=QT_TRANSLATE_NOOP("Actions",
      "Find a published map or search across every map in the library")),
    A("publish", QT_TRANSLATE_NOOP("Actions", "Publis&h to library…"),
      lambda w: w.library.publish_dialog(), "file",
      "library", needs=MAP, tip=QT_TRANSLATE_NOOP("Actions",
      "Publish this workshop (or a journey as a house template)")),
    A("library_settings", QT_TRANSLATE_NOOP("Actions", "Library se&ttings…"),
      lambda w: w.library.settings_dialog(), "file",
      "library", tip=QT_TRANSLATE_NOOP("Actions",
      "The local library on this computer, or a team library")),
    A("workshop_details", QT_TRANSLATE_NOOP("Actions", "&Workshop details…"),
      lambda w: w.edit_workshop_details(), "file",
      "workshop", icon="info", needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions",
      "The workshop's title, organisation, segment, business goal and notes")),
    A("save_copy", QT_TRANSLATE_NOOP("Actions", "Save a cop&y…"),
      lambda w: w.workshop.save_copy_dialog(), "file", "workshop",
      icon="save-copy", keys=SK.SaveAs, needs=MAP),
    A("export", QT_TRANSLATE_NOOP("Actions", "&Export…"), lambda w: w.exporting.open_dialog(),
      "file", "export",
      icon="export", keys="Ctrl+E", needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions",
      "Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)")),
    A("export_pdf", QT_TRANSLATE_NOOP("Actions", "Export PDF &poster…"),
      lambda w: w.exporting.quick_export("pdf"), "file",
      "export", needs=MAP),
    A("export_xlsx", QT_TRANSLATE_NOOP("Actions", "Export Excel action &list…"),
      lambda w: w.exporting.quick_export("xlsx"),
      "file", "export", needs=MAP),
    A("update_actions", QT_TRANSLATE_NOOP("Actions", "&Update from action list…"),
      lambda w: w.action_update.start(w.workshop.start_folder()), "file", "export", needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions",
      "Read back the Excel action list the client edited: preview every change, then "
      "apply it as one step")),
    A("close", QT_TRANSLATE_NOOP("Actions", "&Close workshop"), lambda w: w.close_workshop(),
      "file", "close", icon="close",
      keys=SK.Close, needs=MAP),
    A("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), lambda w: w.close(), "file", "close",
      icon="quit", keys=SK.Quit,
      role=QAction.MenuRole.QuitRole),
    # -- Edit ---------------------------------------------------------------------------------
    A("undo", QT_TRANSLATE_NOOP("Actions", "Undo"), lambda w: w.undo(), "edit", "undo",
      icon="undo", keys=SK.Undo,
      needs=Needs.UNDO),
    A("redo", QT_TRANSLATE_NOOP("Actions", "Redo"), lambda w: w.redo(), "edit", "undo",
      icon="redo", keys=SK.Redo,
      needs=Needs.REDO, extra_keys=("Ctrl+Y", "Ctrl+Shift+Z")),
    A("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), lambda w: w.editing.cut(), "edit", "clipboard",
      icon="cut", keys=SK.Cut,
      needs=SELECTION, canvas_key=True),
    A("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), lambda w: w.editing.copy(), "edit",
      "clipboard", icon="copy",
      keys=SK.Copy, needs=SELECTION, canvas_key=True),
    A("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), lambda w: w.editing.paste(), "edit",
      "clipboard", icon="paste",
      keys=SK.Paste, needs=MAP, canvas_key=True),
    A("duplicate", QT_TRANSLATE_NOOP("Actions", "&Duplicate"),
      lambda w: w.editing.call_view("duplicate_selection"), "edit",
      "clipboard", icon="duplicate", keys="Ctrl+D", needs=SELECTION, canvas_key=True),
    A("delete", QT_TRANSLATE_NOOP("Actions", "De&lete"), lambda w: w.editing.delete(), "edit",
      "clipboard", icon="delete",
      keys=SK.Delete, needs=SELECTION, canvas_key=True),
    A("rename", QT_TRANSLATE_NOOP("Actions", "&Rename"),
      lambda w: w.editing.call_view("rename_selection"), "edit",
      "clipboard", icon="rename", keys="F2", needs=SELECTION, canvas_key=True),
    A("select_all", QT_TRANSLATE_NOOP("Actions", "Select &all"), lambda w: w.editing.select_all(),
      "edit", "select",
      icon="select-all", keys=SK.SelectAll, needs=MAP, canvas_key=True),
    A("add_station", QT_TRANSLATE_NOOP("Actions", "Add &station"),
      lambda w: w.add_item("station"), "edit", "add",
      icon="station", needs=MAP),
    A("add_phase", QT_TRANSLATE_NOOP("Actions", "Add p&hase"), lambda w: w.add_item("phase"),
      "edit", "add", icon="phase",
      needs=MAP),
    A("add_line", QT_TRANSLATE_NOOP("Actions", "Add li&ne"), lambda w: w.add_item("line"), "edit",
      "add", icon="line",
      needs=MAP),
    A("preferences", QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), lambda w: w.show_preferences(),
      "edit", "preferences", keys=SK.Preferences, role=QAction.MenuRole.PreferencesRole,
      tip=QT_TRANSLATE_NOOP("Actions", "The window's language and other settings")),
    # -- View ---------------------------------------------------------------------------------
    A("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
      lambda w: w.editing.call_view("zoom_in"), "view", "zoom",
      icon="zoom-in", keys=SK.ZoomIn, needs=MAP),
    A("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
      lambda w: w.editing.call_view("zoom_out"), "view", "zoom",
      icon="zoom-out", keys=SK.ZoomOut, needs=MAP),
    A("fit_map", QT_TRANSLATE_NOOP("Actions", "&Fit map"),
      lambda w: w.editing.call_view("fit_map"), "view", "zoom",
      icon="fit-map", keys="Ctrl+0", needs=MAP),
    A("fit_selection", QT_TRANSLATE_NOOP("Actions", "Fit &selection"),
      lambda w: w.editing.call_view("fit_selection"), "view",
      "zoom", icon="fit-selection", keys="Ctrl+2", needs=SELECTION),
    A("actual_size", QT_TRANSLATE_NOOP("Actions", "&Actual size"),
      lambda w: w.editing.call_view("actual_size"), "view",
      "zoom", icon="actual-size", keys="Ctrl+1", needs=MAP),
    A("show_needs", QT_TRANSLATE_NOOP("Actions", "Show &needs"),
      lambda w: w.apply_layout_options(), "view", "layers",
      icon="needs", checkable=True, needs=MAP),
    A("show_pain_points", QT_TRANSLATE_NOOP("Actions", "Show &pain points"),
      lambda w: w.apply_layout_options(), "view", "layers", checkable=True, needs=MAP),
    A("show_ideas", QT_TRANSLATE_NOOP("Actions", "Show i&deas"),
      lambda w: w.apply_layout_options(), "view", "layers", checkable=True, needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions", "A mark with the number of improvement ideas of each "
      "station; their titles when the pointer rests on it")),
    A("show_quotes", QT_TRANSLATE_NOOP("Actions", "Show &quotes"),
      lambda w: w.apply_layout_options(), "view", "layers", checkable=True, needs=MAP),
    A("show_owners", QT_TRANSLATE_NOOP("Actions", "Show o&wners"),
      lambda w: w.apply_layout_options(), "view", "layers",
      icon="owners", checkable=True, needs=MAP),
    A("show_figures", QT_TRANSLATE_NOOP("Actions", "Show fi&gures"),
      lambda w: w.apply_layout_options(), "view", "layers", checkable=True, needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions",
      "Day, customers, duration and drop-off under each station")),
    A("show_curve", QT_TRANSLATE_NOOP("Actions", "Show the emotion &curve"),
      lambda w: w.apply_layout_options(), "view",
      "layers", icon="curve", checkable=True, needs=MAP),
    A("show_title", QT_TRANSLATE_NOOP("Actions", "Show the map &title"),
      lambda w: w.apply_layout_options(), "view",
      "layers", checkable=True, needs=MAP),
    A("focus_map", QT_TRANSLATE_NOOP("Actions", "Foc&us on the map"),
      lambda w: w.focus_on_map(w.action("focus_map").isChecked()), "view", "panels",
      keys="Ctrl+Shift+H", checkable=True, needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions", "Hide every panel so the map has the whole window; "
      "the same again brings them back (Ctrl+Shift+H)")),
    A("panels", QT_TRANSLATE_NOOP("Actions", "Pane&ls"), None, "view", "panels", submenu=True),
    A("compare", QT_TRANSLATE_NOOP("Actions", "Compa&re today and future…"),
      lambda w: w.compare_journeys(), "view", "panels",
      needs=Needs.TWO_JOURNEYS, tip=QT_TRANSLATE_NOOP("Actions",
      "Today's and the future journey one above the other")),
    A("present", QT_TRANSLATE_NOOP("Actions", "Presentation &mode"),
      lambda w: w.presentation.toggle(), "view", "present",
      icon="present", keys="F5", checkable=True, needs=MAP, icon_text=QT_TRANSLATE_NOOP("Actions",
      "Present"),
      tip=QT_TRANSLATE_NOOP("Actions", "Present the map full screen (F5); Esc leaves")),
    A("prioritise", QT_TRANSLATE_NOOP("Actions", "Prioritise on the projector"),
      lambda w: w.panels.toggle_matrix_on_projector(), "view", "present", keys="F6", needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions",
      "Show the effort/value matrix full screen in large type (F6); "
      "F6 again returns to the map")),
    # -- Help ---------------------------------------------------------------------------------
    A("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
      lambda w: w.show_shortcuts(), "help", "",
      icon="keyboard", keys=SK.HelpContents),
    A("welcome", QT_TRANSLATE_NOOP("Actions", "&Welcome card"), lambda w: w.show_welcome(), "help",
      "", needs=MAP,
      tip=QT_TRANSLATE_NOOP("Actions", "What goes where on the map, and how a workshop goes")),
    A("about", QT_TRANSLATE_NOOP("Actions", "&About Journeyline"), lambda w: w.show_about(),
      "help", "", icon="info",
      role=QAction.MenuRole.AboutRole),
)  # fmt: skip

# The toolbar, left to right: action names, "|" a separator, "<->" the space that pushes the
# rest to the right, "@name" a widget the window hands to WindowActions.build_toolbar.
TOOLBAR: tuple[str, ...] = (
    "undo", "redo", "|", "@journey_label", "@journey", "|", "zoom_out", "zoom_in", "fit_map",
    "<->", "present",
)  # fmt: skip


def _check_mark_in_menus(action: QAction) -> None:
    """A checkable item shows a check box in its menu, not its icon: with an icon, Qt's
    styles show the state only as a faint frame around it. The toolbar keeps the icon."""
    if action.isCheckable():
        action.setIconVisibleInMenu(False)


class WindowActions:
    """The QActions of :data:`ACTIONS` for one window, and the menus and toolbar made of them."""

    def __init__(self, window: MainWindow, table: Iterable[ActionSpec] = ACTIONS) -> None:
        self.window = window
        self.specs = {spec.name: spec for spec in table}
        self.actions: dict[str, QAction] = {}
        self.submenus: dict[str, QMenu] = {}
        self.menus: list[QMenu] = []
        self._icons: dict[QAction, str] = {}
        for spec in self.specs.values():
            if not spec.submenu:
                self.actions[spec.name] = self._make(spec)
        self._drop_conflicting_keys()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def add(self, name: str, action: QAction, icon: str | None = None) -> None:
        """An action made elsewhere (a panel's Show action, a dock's toggle) joins the set."""
        self.actions[name] = action
        if icon is not None:
            action.setIcon(application.icon(icon))
            self._icons[action] = icon
        _check_mark_in_menus(action)

    def _make(self, spec: ActionSpec) -> QAction:
        action = QAction(_text(spec.text), self.window)
        action.setObjectName(spec.name)
        if spec.icon is not None:
            action.setIcon(application.icon(spec.icon))
            self._icons[action] = spec.icon
        if isinstance(spec.keys, SK):
            bindings = QKeySequence.keyBindings(spec.keys)
            action.setShortcuts(bindings or [QKeySequence(FALLBACK_KEYS.get(spec.keys, ""))])
        elif isinstance(spec.keys, str):
            action.setShortcut(QKeySequence(spec.keys))
        if spec.extra_keys:
            keys = action.shortcuts()
            known = {k.toString() for k in keys}
            keys += [QKeySequence(k) for k in spec.extra_keys if k not in known]
            action.setShortcuts(keys)
        action.setCheckable(spec.checkable)
        _check_mark_in_menus(action)
        action.setMenuRole(spec.role)
        if spec.icon_text is not None:
            action.setIconText(_text(spec.icon_text))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = _text(spec.text).replace("&", "")
        tip = _text(spec.tip) if spec.tip else ""
        action.setToolTip(tip or (f"{plain} ({shortcut})" if shortcut else plain))
        action.setStatusTip(tip or plain)
        handler, window = spec.handler, self.window
        if handler is not None:
            signal = action.toggled if spec.checkable else action.triggered
            signal.connect(lambda *_a, h=handler: h(window))
        return action

    def _drop_conflicting_keys(self) -> None:
        """A platform's extra bindings (Delete is also Ctrl+D on some desktops) give way to
        the keys this window assigns on purpose, so no shortcut is ever ambiguous."""
        owner: dict[str, QAction] = {}
        for action in self.actions.values():
            primary = action.shortcut()
            if not primary.isEmpty():
                owner.setdefault(primary.toString(), action)
        for action in self.actions.values():
            keys = action.shortcuts()
            kept = [k for k in keys if owner.get(k.toString(), action) is action]
            if len(kept) != len(keys):
                action.setShortcuts(kept)

    # -- building -----------------------------------------------------------------------------
    def build_menus(self, bar: QMenuBar) -> list[QMenu]:
        """The menu bar from the table: each menu's sections in the order they first appear."""
        self.menus = []
        for key, title in MENUS.items():
            menu = bar.addMenu(_text(title))
            menu.setObjectName(f"{key}-menu")
            sections: dict[str, list[ActionSpec]] = {}
            for spec in self.specs.values():
                if spec.menu == key:
                    sections.setdefault(spec.section, []).append(spec)
            for i, rows in enumerate(sections.values()):
                if i:
                    menu.addSeparator()
                for spec in rows:
                    if spec.submenu:
                        sub = menu.addMenu(_text(spec.text))
                        sub.setObjectName(f"{spec.name}-menu")
                        if spec.icon is not None:
                            sub.setIcon(application.icon(spec.icon))
                            self._icons[sub.menuAction()] = spec.icon
                        self.submenus[spec.name] = sub
                    else:
                        menu.addAction(self.actions[spec.name])
            self.menus.append(menu)
        return self.menus

    def build_toolbar(self, bar: QToolBar, widgets: dict[str, QWidget]) -> None:
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.toggleViewAction().setEnabled(False)
        for entry in TOOLBAR:
            if entry == "|":
                bar.addSeparator()
            elif entry == "<->":
                spacer = QWidget(bar)
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                bar.addWidget(spacer)
            elif entry.startswith("@"):
                bar.addWidget(widgets[entry[1:]])
            else:
                action = self.actions[entry]
                bar.addAction(action)
                button = bar.widgetForAction(action)
                if self.specs[entry].icon_text is not None and isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def install_shortcuts(self) -> None:
        """Every action with keys works while the menu bar is hidden (presentation mode)."""
        for action in self.actions.values():
            if not action.shortcut().isEmpty():
                self.window.addAction(action)

    # -- state --------------------------------------------------------------------------------
    def update(self, state: WindowState) -> None:
        for name, spec in self.specs.items():
            if not spec.submenu:
                self.actions[name].setEnabled(state.allows(spec.needs))

    def set_canvas_keys(self, active: bool) -> None:
        """The map's keys (Delete, F2, Ctrl+C…) on or off; off while the keyboard is in a
        workshop panel, so that Delete there deletes the panel's item."""
        context = Qt.ShortcutContext.WindowShortcut if active else Qt.ShortcutContext.WidgetShortcut
        for name, spec in self.specs.items():
            if spec.canvas_key:
                self.actions[name].setShortcutContext(context)

    def refresh_icons(self) -> None:
        """Icons are drawn in the palette's text colour: redraw them when it changes."""
        for action, name in self._icons.items():
            action.setIcon(application.icon(name))
