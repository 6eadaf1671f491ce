"""The map view while presenting: no scroll bars, and each phase laid out for the room.

Kept apart from MapView's gestures; the view's presentation API delegates here. A phase stop
shows the phase's room layout (``models.layout.room``: the whole phase, every line, for this
screen) at 100 %, so the type is the size the room layout chose for the screen; the overview
stop (the first, and Home) shows the journey at phase level (``models.layout.overview``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

from models.layout.room import RoomStop, scale_to_fit

if TYPE_CHECKING:
    from widgets.canvas.view import MapView


class Presenting:
    def __init__(self, view: MapView) -> None:
        self.view = view
        self.active = False
        self.phase: int | None = None  # the phase shown, if any

    def set_active(self, on: bool) -> None:
        view = self.view
        self.active = on
        view.set_projector_theme(on)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        view.setHorizontalScrollBarPolicy(policy)
        view.setVerticalScrollBarPolicy(policy)
        self.show_whole_map()
        self.follow_scene_rect()

    def follow_scene_rect(self) -> None:
        """While presenting, room around the map: it can be centred whatever its shape."""
        view = self.view
        if self.active:
            rect = view.map_scene.sceneRect()
            pad = max(rect.width(), rect.height())
            view.setSceneRect(rect.adjusted(-pad, -pad, pad, pad))
        else:
            view.navigator.follow_scene()  # the map's own rect again

    def screen(self) -> tuple[int, int]:
        size = self.view.viewport().size()
        return size.width(), size.height()

    def focus_phase(self, index: int) -> None:
        """Presenting: phase ``index`` in its room layout, filling the screen."""
        view = self.view
        if not self.active:
            return
        width, height = self.screen()
        if width <= 0 or height <= 0 or not 0 <= index < view.phase_count():
            return
        self.phase = index
        view.navigator.stop_animation()
        view.navigator.auto_fit = None
        view.map_scene.set_room(RoomStop(index, width, height))
        self._fit()

    def _fit(self) -> None:
        view = self.view
        layout = view.map_scene.layout
        if layout is None:
            return
        width, height = self.screen()
        scale = scale_to_fit(layout, width, height)
        view.navigator.apply(scale, QPointF(layout.width / 2, layout.height / 2))

    def show_whole_map(self) -> bool:
        """Presenting: the overview, the journey at phase level for the room
        (``models.layout.overview``); True when it is shown. Otherwise the map's own layout."""
        self.phase = None
        width, height = self.screen()
        if not self.active or width <= 0 or height <= 0:
            self.view.map_scene.set_room(None)
            return False
        self.view.navigator.stop_animation()
        self.view.navigator.auto_fit = None
        self.view.map_scene.set_room(RoomStop(-1, width, height))
        self._fit()
        return True

    def resized(self) -> None:
        """The screen changed size (full screen arrived): lay the stop out for it again."""
        if not self.active:
            return
        if self.phase is not None:
            self.focus_phase(self.phase)
        else:
            self.show_whole_map()

    def layout_changed(self) -> None:
        if not self.active:
            return  # the editor's view keeps its place itself (Navigator.hold)
        self.follow_scene_rect()
        if self.view.map_scene.room is not None:
            self._fit()
