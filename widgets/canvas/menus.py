"""Context menus of the map: on a station, on a phase header, on a line label.

``build_menu`` returns the menu without showing it, so tests can trigger its actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.translations import translate
from models import style
from widgets.canvas.scene import Hit
from widgets.field_texts import field_text

if TYPE_CHECKING:
    from widgets.canvas.view import MapView


def build_menu(
    view: MapView,
    hit: Hit | None,
    slot: tuple[int, int, int] | None = None,
    parent: QWidget | None = None,
) -> QMenu:
    """The menu for a station, a phase header or a line label; on empty canvas (``hit`` None)
    the menu to add things, with "Add station here" when the point is in a lane."""
    menu = QMenu(parent or view)
    if hit is None:
        _canvas_menu(view, menu, slot)
    elif hit.kind == "station":
        _station_menu(view, menu, hit.id)
    else:
        _band_menu(view, menu, hit.kind, hit.id)
    return menu


def _canvas_menu(view: MapView, menu: QMenu, slot: tuple[int, int, int] | None) -> None:
    ops = view.operations
    if slot is not None:
        _add(menu, translate("CanvasMenus", "Add station here"), lambda: ops.add_station_at(*slot))
    _add(menu, translate("CanvasMenus", "Add phase"), lambda: ops.add_phase())
    _add(menu, translate("CanvasMenus", "Add line"), lambda: ops.add_line())
    menu.addSeparator()
    _add(menu, translate("CanvasMenus", "Paste"), ops.paste, "Ctrl+V")
    _add(menu, translate("CanvasMenus", "Select all stations"), view.select_all, "Ctrl+A")


def _add(menu: QMenu, text: str, slot: object, shortcut: str | None = None) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    if shortcut:
        action.setShortcut(shortcut)
        action.setShortcutVisibleInContextMenu(True)
    return action


def _station_menu(view: MapView, menu: QMenu, station_id: int) -> None:
    ops = view.operations
    kind, ids = view.selection()
    targets = ids if kind == "station" and station_id in ids else [station_id]
    snapshot = view.map_scene.snapshot
    station = next((s for s in snapshot.stations if s.id == station_id), None) if snapshot else None
    rename = _add(
        menu,
        translate("CanvasMenus", "Rename"),
        lambda: ops.start_rename("station", station_id),
        "F2",
    )
    rename.setEnabled(len(targets) == 1)
    _add(menu, translate("CanvasMenus", "Duplicate"), ops.duplicate_selection, "Ctrl+D")
    _add(menu, translate("CanvasMenus", "Delete"), ops.delete_selection, "Del")
    menu.addSeparator()
    emotions = menu.addMenu(translate("CanvasMenus", "Emotion"))
    options: list[tuple[str, int | None]] = [
        (f"{field_text(style.EMOTION_LABELS[e])} ({e:+d})", e) for e in range(2, -3, -1)
    ]
    options.append((translate("CanvasMenus", "Not assessed"), None))
    for label, value in options:
        action = emotions.addAction(label)
        action.setCheckable(True)
        action.setChecked(station is not None and station.emotion == value)
        action.triggered.connect(lambda _=False, v=value: ops.set_emotion(targets, v))
    truth = menu.addAction(translate("CanvasMenus", "Moment of truth"))
    truth.setCheckable(True)
    on = station is not None and station.moment_of_truth
    truth.setChecked(on)
    truth.triggered.connect(lambda _=False: ops.set_moment_of_truth(targets, not on))
    menu.addSeparator()
    _add(
        menu,
        translate("CanvasMenus", "Add improvement idea…"),
        lambda: view.add_action_requested.emit(station_id),
    )


def _band_menu(view: MapView, menu: QMenu, kind: str, band_id: int) -> None:
    ops = view.operations
    layout = view.map_scene.layout
    if layout is None:
        return
    delete_text = (
        translate("CanvasMenus", "Delete phase")
        if kind == "phase"
        else translate("CanvasMenus", "Delete line")
    )
    _add(menu, translate("CanvasMenus", "Rename"), lambda: ops.start_rename(kind, band_id), "F2")
    _add(menu, translate("CanvasMenus", "Colour…"), lambda: ops.recolour(kind, band_id))
    _add(menu, translate("CanvasMenus", "Default colour"), lambda: ops.reset_colour(kind, band_id))
    menu.addSeparator()
    if kind == "phase":
        k = [p.id for p in layout.phases].index(band_id)
        _add(menu, translate("CanvasMenus", "Add phase before"), lambda: ops.add_phase(k))
        _add(menu, translate("CanvasMenus", "Add phase after"), lambda: ops.add_phase(k + 1))
    else:
        rows = list(layout.rows)
        d = [r.id for r in rows].index(band_id)
        side = rows[d].kind
        _add(menu, translate("CanvasMenus", "Add line above"), lambda: ops.add_line(d, side))
        _add(menu, translate("CanvasMenus", "Add line below"), lambda: ops.add_line(d + 1, side))
    menu.addSeparator()
    _add(
        menu,
        delete_text,
        ops.delete_selection,
        "Del",
    )
