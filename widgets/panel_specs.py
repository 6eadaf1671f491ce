"""The workshop panels the window docks, declared once: title, dock area, keys, menu text and the
sentence an empty panel shows (read by :mod:`widgets.window_panels` and the View menu)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from app.translations import QT_TRANSLATE_NOOP

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
PICK_HINT = QT_TRANSLATE_NOOP("WindowPanels", "Click the station for “{}” on the map · Esc cancels")
BOTTOM_HEIGHT = 250


@dataclass(frozen=True)
class PanelSpec:
    key: str
    title: str
    area: Qt.DockWidgetArea
    keys: str
    empty: str
    menu_text: str

    @property
    def object_name(self) -> str:
        return f"{self.key}-dock"


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec(
        "journeys",
        QT_TRANSLATE_NOOP("WindowPanels", "Journeys"),
        RIGHT,
        "Ctrl+Shift+J",
        QT_TRANSLATE_NOOP("WindowPanels", "Open a workshop to see its journeys."),
        QT_TRANSLATE_NOOP("WindowPanels", "&Journeys"),
    ),
    PanelSpec(
        "personas",
        QT_TRANSLATE_NOOP("WindowPanels", "Personas"),
        RIGHT,
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("WindowPanels", "Open a workshop to see its personas."),
        QT_TRANSLATE_NOOP("WindowPanels", "&Personas"),
    ),
    PanelSpec(
        "owners",
        QT_TRANSLATE_NOOP("WindowPanels", "Owners"),
        RIGHT,
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("WindowPanels", "Open a workshop to see its owners."),
        QT_TRANSLATE_NOOP("WindowPanels", "&Owners"),
    ),
    PanelSpec(
        "actions",
        QT_TRANSLATE_NOOP("WindowPanels", "Action board"),
        BOTTOM,
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("WindowPanels", "Open a workshop to see its actions."),
        QT_TRANSLATE_NOOP("WindowPanels", "&Action board"),
    ),
    PanelSpec(
        "matrix",
        QT_TRANSLATE_NOOP("WindowPanels", "Effort/value matrix"),
        BOTTOM,
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("WindowPanels", "Open a workshop to see its priorities."),
        QT_TRANSLATE_NOOP("WindowPanels", "&Effort/value matrix"),
    ),
)
