"""What the view shows: zoom around a point, fit, the opening view, animated moves.

Kept apart from MapView's gestures and commands; the view's zoom API delegates here.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, QPoint, QPointF, QRectF, QVariantAnimation
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
        """The map on opening: its full height (at most 100 %) from the left, title first.

        A map that fits the window that way is shown whole, centred. A wider one fills the
        height above the horizontal scroll bar (so that no vertical one comes too, nor empty
        bands above and below a whole map squeezed to the width) and scrolls sideways; a
        map too tall to be readable that way is shown at a readable zoom from its top-left.
        """
        view = self.view
        rect = view.map_scene.sceneRect()
        size = view.maximumViewportSize()
        tall = min(1.0, size.height() / rect.height() * 0.998)
        if tall >= READABLE_OPEN and rect.width() * tall <= size.width():
            self.fit_map()
            return
        height = size.height() - view.horizontalScrollBar().sizeHint().height()
        scale = max(READABLE_OPEN, min(1.0, height / rect.height() * 0.998))
        self.apply(scale, rect.center())
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
        self.auto_fit = "open"

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
