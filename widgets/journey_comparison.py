"""Today's journey and the future one, one above the other, phase by phase, and one emotion chart.

Each map is laid out by ``models.layout.compute_layout`` and drawn with the canvas's own items
(read-only). The two layouts are then put in step: every phase column takes the width of the
wider of its two versions, with its stations centred in it, so "Buys" today stands right above
"Buys" in the future. Below both maps one chart draws both emotion curves on the same columns,
today dashed grey and the future solid blue, with each curve's average, so the room sees the
improvement at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
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
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from models import style
from models.change import ChangeSet
from models.document import EditError
from models.journey_ops import comparison_pair
from models.layout import (
    LABEL_W,
    SLOT_W,
    LayoutOptions,
    LineRow,
    MapLayout,
    NeedCard,
    Rect,
    StationBox,
    TextBlock,
    compute_layout,
    path_order,
)
from models.schema import Journey, Line, Owner, Persona, Phase, Station
from widgets.canvas.line_track_item import LineTrackItem
from widgets.canvas.painting import draw_text, text_width
from widgets.canvas.phase_lane_item import PhaseLaneItem
from widgets.canvas.station_item import StationItem
from widgets.canvas.theme import NORMAL, PROJECTOR, Look, qcolor
from widgets.canvas.title_item import TitleItem
from widgets.canvas.visibility_line_item import VisibilityLineItem
from widgets.panel_kit import JOURNEY_STATES

MAP_GAP = 56.0
CHART_H = 330.0
CHART_TOP = 104.0  # room for the chart's headline and key
CHART_PAD = 34.0
TODAY_COLOR = "#6B7785"
FUTURE_COLOR = "#0072B2"
_WATCHED = {
    Journey.__tablename__,
    Phase.__tablename__,
    Line.__tablename__,
    Station.__tablename__,
    Persona.__tablename__,
    Owner.__tablename__,
}
_OPTIONS = LayoutOptions(show_needs=False, show_owners=False, show_curve=False, show_title=True)


# -- putting two layouts in step (pure geometry) -----------------------------------------------
@dataclass(frozen=True)
class Columns:
    """Common phase columns: the left edge and width of column k, shared by every map."""

    x: tuple[float, ...]
    w: tuple[float, ...]

    @property
    def right(self) -> float:
        return self.x[-1] + self.w[-1] if self.x else LABEL_W


def common_columns(layouts: Sequence[MapLayout]) -> Columns:
    count = max((len(layout.phases) for layout in layouts), default=0)
    widths = [
        max((lay.phases[k].header.w for lay in layouts if k < len(lay.phases)), default=SLOT_W)
        for k in range(count)
    ]
    xs, x = [], LABEL_W
    for w in widths:
        xs.append(x)
        x += w
    return Columns(tuple(xs), tuple(widths))


def _rect(r: Rect, dx: float) -> Rect:
    return Rect(r.x + dx, r.y, r.w, r.h)


def _block(b: TextBlock, dx: float) -> TextBlock:
    return replace(b, rect=_rect(b.rect, dx))


def _point(p: tuple[float, float], dx: float) -> tuple[float, float]:
    return (p[0] + dx, p[1])


def align(layout: MapLayout, columns: Columns) -> MapLayout:
    """The layout with phase k widened to column k and its content centred in it."""
    shift = {
        p.id: columns.x[p.index] - p.header.x + (columns.w[p.index] - p.header.w) / 2
        for p in layout.phases
    }
    right = columns.right

    def shift_x(x: float) -> float:
        phase = layout.phase_at(x)
        return x + shift[phase.id] if phase is not None else x

    phases = tuple(
        replace(
            p,
            header=Rect(columns.x[p.index], p.header.y, columns.w[p.index], p.header.h),
            body=Rect(columns.x[p.index], p.body.y, columns.w[p.index], p.body.h),
            label=replace(
                p.label,
                rect=Rect(
                    columns.x[p.index] + 10, p.label.rect.y, columns.w[p.index] - 20, p.label.rect.h
                ),
            ),
        )
        for p in layout.phases
    )
    rows = tuple(replace(r, rect=Rect(r.rect.x, r.rect.y, right, r.rect.h)) for r in layout.rows)
    tracks = tuple(
        replace(t, x1=right, stations=tuple(shift_x(x) for x in t.stations)) for t in layout.tracks
    )

    def box(s: StationBox) -> StationBox:
        dx = shift[s.phase_id]
        return replace(
            s,
            slot=_rect(s.slot, dx),
            center=_point(s.center, dx),
            title=_block(s.title, dx),
            owner=_block(s.owner, dx) if s.owner is not None else None,
            badge_center=_point(s.badge_center, dx),
            pain_center=_point(s.pain_center, dx),
            needs=tuple(NeedCard(_rect(n.rect, dx), _block(n.text, dx)) for n in s.needs),
        )

    title = layout.title
    if title is not None:
        title = replace(title, rect=Rect(title.rect.x, title.rect.y, right - 40, title.rect.h))
    return replace(
        layout,
        width=right,
        title=title,
        phases=phases,
        rows=rows,
        stations=tuple(box(s) for s in layout.stations),
        tracks=tracks,
        curve=None,
        rows_rect=Rect(LABEL_W, layout.rows_rect.y, right - LABEL_W, layout.rows_rect.h),
        _by_id={},
    )


def curve_points(
    phases: Sequence[Phase], path: Sequence[Station], columns: Columns
) -> list[tuple[float, int | None]]:
    """(x, emotion) along the customer's path, spread evenly in each common phase column."""
    index = {p.id: i for i, p in enumerate(phases)}
    by_phase: dict[int, list[Station]] = {}
    for s in path:
        by_phase.setdefault(index[s.phase_id], []).append(s)
    points: list[tuple[float, int | None]] = []
    for k in range(min(len(phases), len(columns.x))):
        members = by_phase.get(k, [])
        for i, s in enumerate(members):
            points.append((columns.x[k] + (i + 0.5) * columns.w[k] / len(members), s.emotion))
    return points


def average(points: Sequence[tuple[float, int | None]]) -> float | None:
    values = [e for _, e in points if e is not None]
    return sum(values) / len(values) if values else None


def _signed(value: float) -> str:
    text = f"{value:+.1f}"
    return text.replace("-", "−")


# -- the chart ----------------------------------------------------------------------------------
class EmotionComparisonItem(QGraphicsItem):
    """Both emotion curves on one chart, over the common phase columns."""

    def __init__(
        self,
        columns: Columns,
        names: Sequence[str],
        today: Sequence[tuple[float, int | None]],
        future: Sequence[tuple[float, int | None]],
        look: Look,
    ) -> None:
        super().__init__()
        self.columns = columns
        self.names = list(names)
        self.today = list(today)
        self.future = list(future)
        self._look = look
        self.width = columns.right

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, CHART_TOP + CHART_H)

    def y_of(self, emotion: float) -> float:
        step = (CHART_H - 2 * CHART_PAD) / 4
        return CHART_TOP + CHART_H / 2 - emotion * step

    @property
    def _scale(self) -> float:
        return 1.3 if self._look.theme is PROJECTOR else 1.0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._look.theme
        k = self._scale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cols = self.columns
        top = CHART_TOP
        # Headline: the title, then each curve's key with its average, then the change.
        today_avg, future_avg = average(self.today), average(self.future)
        painter.setPen(qcolor(theme.ink))
        draw_text(painter, 26, 28 * k, "Emotion, today and in the future", 22 * k, True)
        x = self._legend(painter, 26, 60 * k, "Today", today_avg, dashed=True)
        x = self._legend(painter, x + 28 * k, 60 * k, "Future", future_avg, dashed=False)
        if today_avg is not None and future_avg is not None:
            change = future_avg - today_avg
            word = "better" if change > 0 else "worse" if change < 0 else "no change"
            text = f"{'▲' if change > 0 else '▼' if change < 0 else '='} {_signed(change)} {word}"
            painter.setPen(qcolor(FUTURE_COLOR if change >= 0 else style.PAIN))
            draw_text(painter, x + 36 * k, 60 * k + 6 * k, text, 17 * k, True)
        # Phase columns with their names.
        name_size = 13 * k
        for i, (cx, w) in enumerate(zip(cols.x, cols.w, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(style.PHASE_TINTS[i % 2]))
            painter.drawRect(QRectF(cx, top, w, CHART_H))
            painter.setBrush(qcolor(theme.paper))
            painter.drawRect(QRectF(cx + w - 1, top, 2, CHART_H))
            if i < len(self.names):
                name = _elide(self.names[i], w - 16, name_size)
                painter.setPen(qcolor(theme.muted))
                draw_text(
                    painter,
                    cx + (w - text_width(name, name_size)) / 2,
                    top + 8 + name_size,
                    name,
                    name_size,
                )
        # Levels, named in the label column.
        for emotion in range(-2, 3):
            y = self.y_of(emotion)
            pen = QPen(qcolor(theme.rule), 2 if emotion == 0 else 1)
            if emotion != 0:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(LABEL_W, y), QPointF(self.width, y))
            painter.setPen(qcolor(style.EMOTION_COLORS[emotion]).darker(135))
            label = style.EMOTION_LABELS[emotion]
            size = 14 * k
            draw_text(
                painter,
                LABEL_W - 12 - text_width(label, size, True),
                y + size * 0.36,
                label,
                size,
                True,
            )
        # The curves: today first, so the future lies on top.
        self._curve(painter, self.today, dashed=True)
        self._curve(painter, self.future, dashed=False)

    def _pen(self, dashed: bool) -> QPen:
        width = self._look.theme.curve_width + (1.0 if dashed else 2.0)
        if dashed:
            pen = QPen(
                qcolor(TODAY_COLOR), width, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap
            )
            pen.setDashPattern([3, 2])
            return pen
        return QPen(qcolor(FUTURE_COLOR), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)

    def _legend(
        self, painter: QPainter, x: float, y: float, name: str, avg: float | None, dashed: bool
    ) -> float:
        """One curve's key at (x, y), with its average; returns the x where it ends."""
        k = self._scale
        painter.setPen(self._pen(dashed))
        painter.drawLine(QPointF(x, y), QPointF(x + 48 * k, y))
        painter.setPen(qcolor(self._look.theme.ink))
        text = f"{name}: average {_signed(avg)}" if avg is not None else f"{name}: not assessed"
        size = 17 * k
        draw_text(painter, x + 58 * k, y + size * 0.36, text, size, True)
        return x + 58 * k + text_width(text, size, True)

    def _curve(
        self, painter: QPainter, points: Sequence[tuple[float, int | None]], dashed: bool
    ) -> None:
        runs: list[list[QPointF]] = [[]]
        for x, emotion in points:
            if emotion is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append(QPointF(x, self.y_of(emotion)))
        color = qcolor(TODAY_COLOR if dashed else FUTURE_COLOR)
        for run in runs:
            if not run:
                continue
            painter.setPen(self._pen(dashed))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(smooth_path(run, self.y_of(2), self.y_of(-2)))
            painter.setPen(QPen(color, 3))
            painter.setBrush(qcolor(self._look.theme.paper) if dashed else color)
            for p in run:
                painter.drawEllipse(p, 6.5, 6.5)


def smooth_path(
    points: Sequence[QPointF], low: float = float("-inf"), high: float = float("inf")
) -> QPainterPath:
    """Catmull–Rom through the points, as cubic Béziers, control points kept in [low, high]
    (so the curve never swings past the scale's ends)."""

    def clamp(p: QPointF) -> QPointF:
        return QPointF(p.x(), min(max(p.y(), low), high))

    path = QPainterPath(points[0])
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[i + 1]
        path.cubicTo(clamp(p1 + (p2 - p0) / 6), clamp(p2 - (p3 - p1) / 6), p2)
    return path


def _elide(text: str, width: float, size: float) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


class _Section(QGraphicsRectItem):
    """An invisible parent that places one map (its items keep their layout coordinates)."""

    def __init__(self, y: float) -> None:
        super().__init__(QRectF())
        self.setPen(Qt.PenStyle.NoPen)
        self.setPos(0, y)


# -- the view -----------------------------------------------------------------------------------
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
        self.setWindowTitle("Today and the future")
        self._look = Look(NORMAL)
        if today_id is None and future_id is None:
            today_id, future_id = comparison_pair(editor.document.journeys(), editor.journey_id)
        self.today_id = today_id
        self.future_id = future_id

        self.today_combo = QComboBox()
        self.today_combo.setAccessibleName("Today's journey")
        self.future_combo = QComboBox()
        self.future_combo.setAccessibleName("Future journey")
        for combo in (self.today_combo, self.future_combo):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self._picked)
        self.large_type = QCheckBox("&Large type")
        self.large_type.toggled.connect(self.set_projector_theme)
        self.fit_button = QPushButton("&Fit")
        self.fit_button.setToolTip("Show everything (Ctrl+0)")
        today_label = QLabel("&Today:")
        today_label.setBuddy(self.today_combo)
        future_label = QLabel("F&uture:")
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

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.rebuild)
        self._stale = False
        editor.changed.connect(self._on_change)
        self.rebuild()

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
            combo.addItem("(none)", None)
            for j in journeys:
                combo.addItem(f"{j.name} · {JOURNEY_STATES.get(j.state, j.state)}", j.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
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
                "Choose a today's journey and a future journey to compare. "
                "No future journey yet? Use “Design the future journey” in the journeys panel."
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
