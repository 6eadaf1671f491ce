"""The map view while presenting: no scroll bars, room to centre any phase, phases in parts.

Kept apart from MapView's gestures; the view's presentation API delegates here. A phase is
shown from its header to the bottom of the emotion curve; one too tall for readable station
titles comes in parts (see ``Navigator.phase_stops``), and the rows of the other parts are
veiled so that the part in focus reads as one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from widgets.canvas.navigation import FOCUS_MAX_ZOOM, PRESENT_TITLE_PX, Stop
from widgets.canvas.theme import qcolor

if TYPE_CHECKING:
    from widgets.canvas.view import MapView

VEIL_ALPHA = 215  # how much the background colour covers the rows outside a part


class Presenting:
    def __init__(self, view: MapView) -> None:
        self.view = view
        self.active = False
        self.spotlight: QRectF | None = None  # the part of a tall phase in focus
        self._focused: tuple[int, int] | None = None  # the phase and part shown, if any

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
        """While presenting, room around the map: the first and last phases can be centred."""
        view = self.view
        if self.active:
            rect = view.map_scene.sceneRect()
            pad = max(rect.width(), rect.height())
            view.setSceneRect(rect.adjusted(-pad, -pad, pad, pad))
        else:
            view.setSceneRect(QRectF())  # the scene's own rect again

    def phase_stops(self, index: int) -> list[Stop]:
        layout = self.view.map_scene.layout
        if layout is None or not 0 <= index < len(layout.phases):
            return []
        title_px = PRESENT_TITLE_PX if self.active else None
        return self.view.navigator.phase_stops(layout, index, title_px)

    def focus_phase(self, index: int, part: int) -> None:
        view = self.view
        stops = self.phase_stops(index)
        if not stops:
            return
        part = max(0, min(part, len(stops) - 1))
        self._focused = (index, part)
        if self.active:
            view.map_scene.set_title_visible(False)  # it stands above the phases
        self._set_spotlight(stops[part].part if len(stops) > 1 else None)
        view.navigator.auto_fit = None
        view.navigator.animate_to(stops[part].view, max_zoom=FOCUS_MAX_ZOOM)

    def show_whole_map(self) -> None:
        self._focused = None
        self._set_spotlight(None)
        self.view.map_scene.set_title_visible(True)

    def layout_changed(self) -> None:
        self.follow_scene_rect()
        if self.spotlight is not None and self._focused is not None:
            # The part's rows may have grown or shrunk (the view stays where it is).
            index, part = self._focused
            stops = self.phase_stops(index)
            in_parts = len(stops) > 1 and part < len(stops)
            self._set_spotlight(stops[part].part if in_parts else None)

    def _set_spotlight(self, rect: QRectF | None) -> None:
        if rect != self.spotlight:
            self.spotlight = rect
            self.view.viewport().update()

    def paint_veil(self, painter: QPainter, rect: QRectF) -> None:
        """Over the map (scene coordinates): veil the rows above and below the part in focus."""
        spot = self.spotlight
        if spot is None or not self.active:
            return
        veil = qcolor(self.view.map_scene.theme.background, VEIL_ALPHA)
        above = QRectF(rect.left(), rect.top(), rect.width(), spot.top() - rect.top())
        below = QRectF(rect.left(), spot.bottom(), rect.width(), rect.bottom() - spot.bottom())
        for band in (above, below):
            if band.height() > 0:
                painter.fillRect(band, veil)
