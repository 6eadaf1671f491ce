"""Today's journey and the future one, one above the other, phase by phase, and one emotion
chart.

Each map is laid out by ``models.layout.compute_layout``, put in step with the other
(``alignment``) and drawn with the canvas's own items (read-only); the chart (``chart``)
goes below both maps.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.translations import translate
from models.change import ChangeSet
from models.document import EditError
from models.journey_ops import comparison_pair
from models.layout import LayoutOptions, LineRow, MapLayout, compute_layout, path_order
from models.schema import Journey, Line, Owner, Persona, Phase, Station
from widgets.canvas.line_track_item import LineTrackItem
from widgets.canvas.phase_lane_item import PhaseLaneItem
from widgets.canvas.station_item import StationItem
from widgets.canvas.theme import NORMAL, PROJECTOR, Look, qcolor
from widgets.canvas.title_item import TitleItem
from widgets.canvas.visibility_line_item import VisibilityLineItem
from widgets.journey_comparison.alignment import align, common_columns, curve_points
from widgets.journey_comparison.chart import FUTURE_COLOR, TODAY_COLOR, EmotionComparisonItem
from widgets.panel_kit import journey_state

MAP_GAP = 56.0
_WATCHED = {
    Journey.__tablename__,
    Phase.__tablename__,
    Line.__tablename__,
    Station.__tablename__,
    Persona.__tablename__,
    Owner.__tablename__,
}
_OPTIONS = LayoutOptions(show_needs=False, show_owners=False, show_curve=False, show_title=True)


PREFERRED_SIZE: Final = (1400, 900)  # the window's size where the screen has room for it
COMBO_MAX_W: Final = 420  # a journey picker, so the bar fits a 1366-pixel screen
SCREEN_SHARE: Final = 0.94  # of a smaller screen's free area (a 1366x768 laptop's)


def comparison_geometry(area: QRect) -> QRect:
    """The comparison window's frame on a screen whose free area is ``area``: its preferred
    size, or as much of a smaller screen as leaves its edges in sight, centred."""
    width = min(PREFERRED_SIZE[0], int(area.width() * SCREEN_SHARE))
    height = min(PREFERRED_SIZE[1], int(area.height() * SCREEN_SHARE))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    return rect


class _Section(QGraphicsRectItem):
    """An invisible parent that places one map (its items keep their layout coordinates)."""

    def __init__(self, y: float) -> None:
        super().__init__(QRectF())
        self.setPen(Qt.PenStyle.NoPen)
        self.setPos(0, y)


class ComparisonView(QGraphicsView):
    """Fits the comparison in the window (Ctrl+wheel or Ctrl +/− zooms, Ctrl+0 fits again)."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setInteractive(False)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.fitting = True

    def fit(self) -> None:
        self.fitting = True
        rect = self.scene().itemsBoundingRect().adjusted(-12, -12, 12, 12)
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.fitting = False
        self.scale(factor, factor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)


class JourneyComparison(QWidget):
    """Today's journey above the future one, in step, with both emotion curves on one chart.

    The journeys default to the pair of the journey on the map (models.journey_ops
    .comparison_pair); the two combo boxes choose others. The view follows the document.
    """

    def __init__(
        self,
        editor: Editor,
        parent: QWidget | None = None,
        *,
        today_id: int | None = None,
        future_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("journey-comparison")
        self.setWindowTitle(translate("JourneyComparison", "Today and the future"))
        self._look = Look(NORMAL)
        if today_id is None and future_id is None:
            today_id, future_id = comparison_pair(editor.document.journeys(), editor.journey_id)
        self.today_id = today_id
        self.future_id = future_id

        self.today_combo = QComboBox()
        self.today_combo.setAccessibleName(translate("JourneyComparison", "Today's journey"))
        self.future_combo = QComboBox()
        self.future_combo.setAccessibleName(translate("JourneyComparison", "Future journey"))
        for combo in (self.today_combo, self.future_combo):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(COMBO_MAX_W)  # a very long name: whole in its list and tooltip
            combo.activated.connect(self._picked)
        self.large_type = QCheckBox(translate("JourneyComparison", "&Large type"))
        self.large_type.toggled.connect(self.set_projector_theme)
        self.fit_button = QPushButton(translate("JourneyComparison", "&Fit"))
        self.fit_button.setToolTip(translate("JourneyComparison", "Show everything (Ctrl+0)"))
        today_label = QLabel(translate("JourneyComparison", "&Today:"))
        today_label.setBuddy(self.today_combo)
        future_label = QLabel(translate("JourneyComparison", "F&uture:"))
        future_label.setBuddy(self.future_combo)
        bar = QHBoxLayout()
        bar.addWidget(today_label)
        bar.addWidget(self.today_combo)
        bar.addSpacing(12)
        bar.addWidget(future_label)
        bar.addWidget(self.future_combo)
        bar.addStretch(1)
        bar.addWidget(self.large_type)
        bar.addWidget(self.fit_button)

        self.scene = QGraphicsScene(self)
        self.view = ComparisonView(self.scene, self)
        self.fit_button.clicked.connect(self.view.fit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

        for keys, slot in (
            (QKeySequence("Ctrl+0"), self.view.fit),
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), lambda: self.view.zoom(1.25)),
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), lambda: self.view.zoom(0.8)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # A window of its own closes the way every window does: Esc, or Ctrl+W.
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.close)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.rebuild)
        self._stale = False
        editor.changed.connect(self._on_change)
        self.rebuild()

    def place_on_screen(self, near: QWidget | None = None) -> None:
        """Open on the screen of ``near`` (the main window), sized to fit it whole: on a
        1366x768 laptop too, with its bar's last button in sight."""
        screen = (near or self).screen()
        if screen is None:
            self.resize(*PREFERRED_SIZE)
            return
        rect = comparison_geometry(screen.availableGeometry())
        frame = self.frameGeometry().size() - self.geometry().size()  # the title bar's share
        self.setGeometry(rect.adjusted(0, frame.height(), -frame.width(), 0))

    # -- choosing -----------------------------------------------------------------------------
    def set_journeys(self, today_id: int | None, future_id: int | None) -> None:
        self.today_id, self.future_id = today_id, future_id
        self.rebuild()

    def _picked(self) -> None:
        self.set_journeys(self.today_combo.currentData(), self.future_combo.currentData())

    def _fill_combos(self, journeys: list[Journey]) -> None:
        for combo, chosen in (
            (self.today_combo, self.today_id),
            (self.future_combo, self.future_id),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("JourneyComparison", "(none)"), None)
            for j in journeys:
                combo.addItem(
                    translate("JourneyComparison", "{name} · {state}").format(
                        name=j.name, state=journey_state(j.state)
                    ),
                    j.id,
                )
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.setToolTip(combo.currentText())  # whole, where a long name is cut in the box
            combo.blockSignals(False)

    # -- drawing ------------------------------------------------------------------------------
    def _on_change(self, change: ChangeSet) -> None:
        if change.tables() & _WATCHED:
            if self.isVisible():
                self._pending.start()
            else:
                self._stale = True  # rebuilt when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.rebuild()

    def set_projector_theme(self, on: bool) -> None:
        self._look.theme = PROJECTOR if on else NORMAL
        if self.large_type.isChecked() != on:
            self.large_type.setChecked(on)
        self.rebuild()

    def rebuild(self) -> None:
        document = self.editor.document
        journeys = document.journeys()
        known = {j.id for j in journeys}
        if self.today_id not in known:
            self.today_id = None
        if self.future_id not in known:
            self.future_id = None
        self._fill_combos(journeys)
        self.scene.clear()
        ids = [jid for jid in (self.today_id, self.future_id) if jid is not None]
        if len(ids) < 2:
            self.message.setText(
                translate(
                    "JourneyComparison",
                    "Choose a today's journey and a future journey to compare. "
                    "No future journey yet? Use “Design the future journey” in the journeys panel.",
                )
            )
            self.message.show()
        else:
            self.message.hide()
        try:
            snapshots = [document.snapshot(jid) for jid in ids]
        except EditError:
            return
        owners = {o.id: o.name for o in document.owners()}
        layouts = [compute_layout(s, owners, _OPTIONS) for s in snapshots]
        columns = common_columns(layouts)
        y = 0.0
        for snapshot, layout in zip(snapshots, layouts, strict=True):
            aligned = align(layout, columns)
            section = _Section(y)
            self.scene.addItem(section)
            self._add_map(section, aligned, snapshot.journey.state)
            y += aligned.rows_rect.bottom + MAP_GAP
        if len(snapshots) == 2:
            names = [
                next((s.phases[k].name for s in snapshots if k < len(s.phases)), "")
                for k in range(len(columns.x))
            ]
            points = [curve_points(s.phases, path_order(s), columns) for s in snapshots]
            chart = EmotionComparisonItem(columns, names, points[0], points[1], self._look)
            chart.setPos(0, y - MAP_GAP / 2)
            self.scene.addItem(chart)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-12, -12, 12, 12))
        if self.view.fitting:
            self.view.fit()

    def _add_map(self, section: QGraphicsItem, layout: MapLayout, state: str) -> None:
        look = self._look
        band = QGraphicsRectItem(QRectF(0, 0, layout.width, layout.rows_rect.bottom), section)
        band.setPen(Qt.PenStyle.NoPen)
        band.setBrush(qcolor(FUTURE_COLOR if state == "future" else TODAY_COLOR, 22))
        band.setZValue(-1)
        if layout.title is not None:
            TitleItem(layout.title, layout.subtitle, look).setParentItem(section)
        for phase in layout.phases:
            self._child(section, PhaseLaneItem(phase, look))
        rows: dict[int, LineRow] = {r.id: r for r in layout.rows}
        for track in layout.tracks:
            self._child(section, LineTrackItem(rows[track.line_id], track, look))
        if layout.visibility_y is not None:
            self._child(section, VisibilityLineItem(layout.visibility_y, layout.width, look))
        for box in layout.stations:
            self._child(section, StationItem(box, look))

    @staticmethod
    def _child(section: QGraphicsItem, item: QGraphicsItem) -> None:
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        item.setParentItem(section)
