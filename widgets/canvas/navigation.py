"""What the view shows: zoom around a point, fit, the opening view, animated moves.

Kept apart from MapView's gestures and commands; the view's zoom API delegates here.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, QPoint, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QTransform

from models import style
from models.layout import MapLayout

if TYPE_CHECKING:
    from widgets.canvas.view import MapView

MAX_ZOOM = 4.0
FOCUS_MARGIN = 24.0
FOCUS_MAX_ZOOM = 2.5
# The least zoom a map opens at: station titles 11 px on screen (a map too large for it
# scrolls); fitting a whole map into a laptop's window would leave grey bars instead of text.
READABLE_PX = 11.0
READABLE_OPEN = READABLE_PX / style.STATION_TITLE_SIZE
OPEN_MAX_ZOOM = 1.5  # a small new map opens fitted, but not blown up past this


class Navigator:
    def __init__(self, view: MapView) -> None:
        self.view = view
        self.animation_ms = 280
        # Which view to keep when the window is resized or the map changes, until the user
        # zooms or scrolls: "map" (all of it), "open" (the opening view of a map too wide to
        # fit readably: re-applied on resize only), or None.
        self.auto_fit: str | None = "open"
        self._animation: QVariantAnimation | None = None

    def zoom_factor(self) -> float:
        return self.view.transform().m11()

    def min_zoom(self) -> float:
        return min(0.25, self.fit_scale(self.view.map_scene.sceneRect()) * 0.8)

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``anchor`` (viewport pixels; the
        viewport's centre if None) where it is."""
        view = self.view
        old = self.zoom_factor()
        new = max(self.min_zoom(), min(MAX_ZOOM, old * factor))
        if abs(new - old) < 1e-9:
            return
        self.stop_animation()
        if anchor is None:
            anchor = view.viewport().rect().center()
        fixed = view.mapToScene(anchor)
        self.auto_fit = None
        view.setTransform(QTransform.fromScale(new, new))
        moved = view.viewportTransform().map(fixed) - QPointF(anchor)
        h, v = view.horizontalScrollBar(), view.verticalScrollBar()
        h.setValue(h.value() + round(moved.x()))
        v.setValue(v.value() + round(moved.y()))
        view.zoom_changed.emit(new)

    def fit_scale(self, rect: QRectF) -> float:
        size = self.view.maximumViewportSize()
        if rect.width() <= 0 or rect.height() <= 0:
            return 1.0
        # A hair under the exact fit, so that rounding never brings the scroll bars back.
        return min(size.width() / rect.width(), size.height() / rect.height()) * 0.998

    def apply(self, scale: float, center: QPointF) -> None:
        self.follow_scene()
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(center)
        self.view.zoom_changed.emit(scale)

    def fit_map(self) -> None:
        """The whole map in the window (and kept so when the window is resized)."""
        self.stop_animation()
        rect = self.view.map_scene.sceneRect()
        self.apply(self.fit_scale(rect), rect.center())
        self.auto_fit = "map"

    def fit_rect(self, rect: QRectF, max_zoom: float) -> None:
        m = FOCUS_MARGIN
        rect = rect.adjusted(-m, -m, m, m)
        self.stop_animation()
        self.auto_fit = None
        self.apply(min(self.fit_scale(rect), max_zoom), rect.center())

    def opening_view(self) -> None:
        """The map on opening (a new map, a new journey, a file): fitted to its phases.

        A map that fits the window with station titles readable (at least ``READABLE_PX``)
        is shown whole, every phase, centred (a small one at most at ``OPEN_MAX_ZOOM``). A
        larger one shows every phase across if that is readable, scrolling down; a wider one
        opens at the readable zoom itself (as many phases as can be read) from its top-left,
        title first, and scrolls.
        """
        view = self.view
        self.follow_scene()
        rect = view.map_scene.sceneRect()
        whole = self.fit_scale(rect)
        if whole >= READABLE_OPEN:
            self.apply(min(whole, OPEN_MAX_ZOOM), rect.center())
            self.auto_fit = "open"
            return
        size = view.maximumViewportSize()
        across = (size.width() - view.verticalScrollBar().sizeHint().width()) / rect.width()
        scale = max(READABLE_OPEN, min(across * 0.998, OPEN_MAX_ZOOM))
        self.apply(scale, rect.center())
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
        self.auto_fit = "open"

    def follow_scene(self) -> None:
        """The view's scrollable area is the map's own again (fits and zooms centre on it).

        Set on the view, not left to follow the scene: a view that follows its scene moves
        the map as soon as the scene's size changes, before :meth:`hold` could keep it."""
        view = self.view
        if not view.presentation.active:
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setSceneRect(view.map_scene.sceneRect())

    def hold(self) -> None:
        """The map's size changed (content added or removed, a toggle): keep what the user
        looks at where it is, at the same zoom. Without this the view re-centres a map
        smaller than the window, or clamps one that shrank, and the map jumps on screen.
        The scrollable area becomes the map's and the part on screen together, until the
        next zoom or fit."""
        view = self.view
        if view.presentation.active:
            return  # presenting lays out its own area (Presenting.follow_scene_rect)
        if not view.isVisible() or self._animation is not None:
            self.follow_scene()  # nothing on screen to keep (or a move under way)
            return
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        # Top-left: an area about the window's size is neither centred nor moved by a pixel.
        view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        view.setSceneRect(view.map_scene.sceneRect().united(visible))
        self.pin(visible.topLeft())

    def pin(self, corner: QPointF) -> None:
        """Scroll so that scene point ``corner`` is at the viewport's top-left corner (a
        scroll bar that comes or goes then takes its room from the right or the bottom)."""
        view = self.view
        moved = view.viewportTransform().map(corner)
        h, v = view.horizontalScrollBar(), view.verticalScrollBar()
        h.setValue(h.value() + round(moved.x()))
        v.setValue(v.value() + round(moved.y()))

    def content_edited(self) -> None:
        """The user changed the map: from now on the view stays where it is (no re-fit when
        a scroll bar comes or goes); Fit map or the journey's opening view fit again."""
        if self.auto_fit == "open":
            self.auto_fit = None

    def keep_view(self) -> None:
        """After a resize: the opening view or the whole map again, unless the user moved."""
        if self.auto_fit == "open":
            self.opening_view()
        elif self.auto_fit == "map":
            self.fit_map()

    def reveal(self, rect: QRectF, min_zoom: float) -> None:
        """Make ``rect`` visible at a readable zoom (for typing into it)."""
        self.stop_animation()
        if self.zoom_factor() < min_zoom:
            self.auto_fit = None
            self.apply(1.0, rect.center())
        self.view.ensureVisible(rect, 40, 40)

    def phase_rect(self, layout: MapLayout, index: int) -> QRectF:
        """Phase ``index``'s column from its header band to the bottom of the emotion curve
        (the curve under a phase belongs to it), with a margin."""
        band = layout.phases[index]
        m = FOCUS_MARGIN
        bottom = layout.curve.rect.bottom if layout.curve is not None else band.body.bottom
        top = band.header.y
        return QRectF(band.header.x, top, band.header.w, bottom - top).adjusted(-m, -m, m, m)

    def animate_to(self, rect: QRectF, max_zoom: float = MAX_ZOOM) -> None:
        """Zoom and pan smoothly until ``rect`` fills the window (at once if not shown)."""
        view = self.view
        self.stop_animation()
        end_scale = min(self.fit_scale(rect), max_zoom)
        end_center = rect.center()
        if self.animation_ms <= 0 or not view.isVisible():
            self.apply(end_scale, end_center)
            return
        start_scale = self.zoom_factor()
        start_center = view.mapToScene(view.viewport().rect().center())
        animation = QVariantAnimation(view)
        animation.setDuration(self.animation_ms)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setEasingCurve(QEasingCurve.Type.InOutCubic)

        def step(t: object) -> None:
            f = float(t)  # type: ignore[arg-type]
            scale = start_scale * (end_scale / start_scale) ** f
            self.apply(scale, start_center + (end_center - start_center) * f)

        animation.valueChanged.connect(step)
        animation.finished.connect(lambda: self.apply(end_scale, end_center))
        self._animation = animation
        animation.start(QVariantAnimation.DeletionPolicy.DeleteWhenStopped)

    def stop_animation(self) -> None:
        if self._animation is not None:
            with contextlib.suppress(RuntimeError):  # deleted already when it finished
                self._animation.stop()
            self._animation = None
