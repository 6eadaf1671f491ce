"""The map scene: items for one journey, following the document through the editor.

The scene owns an id→item map per kind. It lays the journey out with a
:class:`~models.layout.LiveLayout` and gives each item its layout box; after every change the
live layout recomputes only what the change reaches and says which boxes changed, and the
scene touches only those items, creating and removing items as stations come and go (a change
of phases, lines or owners is followed whole). Items hold an id and a box and paint; the
model stays in the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.editor import Editor
from models import cycles
from models.change import ChangeSet
from models.document import EditError, JourneySnapshot
from models.layout import LayoutDelta, LayoutOptions, LiveLayout, MapLayout
from models.layout.live import MAP_TABLES
from models.layout.overview import OverviewWords, overview_layout
from models.layout.room import RoomStop, RoomWords, room_layout
from widgets.canvas.captions_item import CaptionsItem
from widgets.canvas.emotion_curve_item import EmotionCurveItem
from widgets.canvas.line_track_item import LineTrackItem
from widgets.canvas.marker_item import InsertionMarkerItem
from widgets.canvas.painting import ensure_fonts
from widgets.canvas.phase_lane_item import PhaseLaneItem
from widgets.canvas.station_item import StationItem
from widgets.canvas.theme import Look, Theme
from widgets.canvas.title_item import TitleItem
from widgets.canvas.visibility_line_item import VisibilityLineItem

SCENE_MARGIN = 28.0  # around the map, so that a fitted map does not touch the window's edge
# Items keep their pixels in QPixmapCache (10 MB by default): a screenful of stations, the
# line tracks and the emotion curve need about 30 MB at 100 % on a large screen, and a drag
# stays fast only while they all fit.
PIXMAP_CACHE_KB = 64 * 1024

Selection = tuple[str | None, list[int]]


@dataclass(frozen=True)
class Hit:
    """What is under a point: a station, a phase header or a line label (``kind``, ``id``)."""

    kind: str
    id: int


class MapScene(QGraphicsScene):
    layout_changed = Signal()  # after every layout (a change, an option, a journey)

    def __init__(
        self,
        editor: Editor,
        options: LayoutOptions | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        ensure_fonts()
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.editor = editor
        self.look = Look()
        self.options = options or LayoutOptions()
        self.live: LiveLayout | None = None
        self._stations: dict[int, StationItem] = {}
        self._phases: dict[int, PhaseLaneItem] = {}
        self._lines: dict[int, LineTrackItem] = {}
        self._curve: EmotionCurveItem | None = None
        self._title: TitleItem | None = None
        self._title_visible = True
        self._visibility: VisibilityLineItem | None = None
        self._captions: CaptionsItem | None = None
        # Presenting a phase: the room layout of that stop (None: the map's own layout).
        self.room: RoomStop | None = None
        self._room_layout: MapLayout | None = None
        self.marker = InsertionMarkerItem(self.look)
        self.addItem(self.marker)
        editor.changed.connect(self._on_changed)
        editor.journey_changed.connect(self.rebuild)
        self.rebuild()

    # -- following the document ---------------------------------------------------------------
    @property
    def layout(self) -> MapLayout | None:
        if self._room_layout is not None:
            return self._room_layout
        return self.live.layout if self.live is not None else None

    @property
    def snapshot(self) -> JourneySnapshot | None:
        """The journey as the map shows it (None: no journey)."""
        return self.live.snapshot if self.live is not None else None

    def _on_changed(self, change: ChangeSet) -> None:
        live = self.live
        if live is None:
            if change.tables() & MAP_TABLES:
                self.relayout()
            return
        try:
            delta = live.follow(change)
        except EditError:  # the journey is gone
            self.relayout()
            return
        if delta is None:
            return
        if self.room is not None:  # a presentation stop: its room layout afresh (small)
            self._show_room()
        elif delta.full:
            with cycles.paused():
                self._sync(live.layout)
        else:
            self._follow(live.layout, delta)
        self.layout_changed.emit()

    def rebuild(self) -> None:
        """Drop every item and build the current journey's map afresh."""
        self._remove_all()
        self.relayout()

    def owner_names(self) -> dict[int, str]:
        if self.live is not None:
            return self.live.owners
        return {o.id: o.name for o in self.editor.document.owners()}

    def relayout(self) -> None:
        """Lay the journey out whole and bring the items up to date (only those that moved)."""
        with cycles.paused():  # thousands of items at once (see models.layout)
            try:
                self.live = LiveLayout(self.editor.document, self.editor.journey_id, self.options)
            except EditError:  # no such journey (an empty or closing workshop)
                self.live = None
            if self.live is None:
                self._room_layout = None
                self._sync_empty()
            elif self.room is not None:
                self._show_room()
            else:
                self._sync(self.live.layout)
        self.layout_changed.emit()

    # -- presenting ----------------------------------------------------------------------------
    def _facts(self, pains: int, ideas: int, moments: int) -> tuple[str, ...]:
        """A phase's facts on the overview, in the window's language (with plural forms)."""
        return (
            self.tr("%n pain point(s)", "", pains),
            self.tr("%n idea(s)", "", ideas),
            self.tr("%n moment(s) of truth", "", moments),
        )

    def _more_in_spotlight(self, hidden: int) -> str:
        """Under a crowded phase stop's station: how many notes only its spotlight shows."""
        return self.tr("+%n more in the spotlight", "", hidden)

    def set_room(self, stop: RoomStop | None) -> None:
        """Show one phase laid out for the room's screen (``models.layout.room``), or the map's
        own layout again (None)."""
        if stop == self.room:
            return
        self.room = stop
        if self.live is None:
            return
        if stop is None:
            self._room_layout = None
            self._sync(self.live.layout)
        else:
            self._show_room()
        self.layout_changed.emit()

    def _show_room(self) -> None:
        live, stop = self.live, self.room
        assert live is not None and stop is not None
        phases = len(live.snapshot.phases)
        if not phases:
            self._room_layout = None
            self._sync(live.layout)
            return
        if stop.phase_index >= phases:  # the last phase was deleted meanwhile
            stop = self.room = RoomStop(phases - 1, stop.width, stop.height)
        counts = dict(live.engine.counts)
        if stop.phase_index < 0:  # the overview: the journey at phase level
            words = OverviewWords(self._facts, self.tr("Emotion"))
            layout = overview_layout(live.snapshot, counts, stop.width, stop.height, words)
        else:
            room_words = RoomWords(self._more_in_spotlight, self.tr("▸ more in the spotlight"))
            layout = room_layout(live.snapshot, live.owners, stop, counts, room_words)
        self._room_layout = layout
        self._sync(layout)

    def _follow(self, layout: MapLayout, delta: LayoutDelta) -> None:
        """Update only what an edit changed (the rest of the map keeps its items as they are)."""
        if delta.phases:
            for band in layout.phases:
                self._phases[band.id].set_band(band)
        if delta.rows:
            for row, track in zip(layout.rows, layout.tracks, strict=True):
                self._lines[row.id].set_row(row, track)
        for sid in delta.removed:
            item = self._stations.pop(sid, None)
            if item is not None:
                self.removeItem(item)
        for sid in delta.stations:
            box = layout.station(sid)
            if box is None:
                continue
            station = self._stations.get(sid)
            if station is None:
                station = self._stations[sid] = StationItem(box, self.look)
                self.addItem(station)
            else:
                station.set_box(box)
        for sid in delta.moved:  # stepped aside: the same pixels, somewhere else
            box, station = layout.station(sid), self._stations.get(sid)
            if box is not None and station is not None:
                station.move_to(box)
        if delta.curve or delta.phases or delta.frame:
            self._sync_decor(layout)
        if delta.frame:
            m = SCENE_MARGIN
            self.setSceneRect(self.map_rect().adjusted(-m, -m, m, m))

    def _sync_empty(self) -> None:
        self._remove_all()
        self.setSceneRect(QRectF(0, 0, 400, 300))

    def _remove_all(self) -> None:
        for items in (self._stations, self._phases, self._lines):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        for single in (self._curve, self._title, self._visibility, self._captions):
            if single is not None:
                self.removeItem(single)
        self._curve = self._title = self._visibility = None
        self._captions = None

    def _sync(self, layout: MapLayout) -> None:
        look = self.look
        gone = set(self._phases)
        for band in layout.phases:
            gone.discard(band.id)
            phase = self._phases.get(band.id)
            if phase is None:
                phase = self._phases[band.id] = PhaseLaneItem(band, look)
                self.addItem(phase)
            else:
                phase.set_band(band)
        for pid in gone:
            self.removeItem(self._phases.pop(pid))

        gone = set(self._lines)
        for row, track in zip(layout.rows, layout.tracks, strict=True):
            gone.discard(row.id)
            line = self._lines.get(row.id)
            if line is None:
                line = self._lines[row.id] = LineTrackItem(row, track, look)
                self.addItem(line)
            else:
                line.set_row(row, track)
        for lid in gone:
            self.removeItem(self._lines.pop(lid))

        gone = set(self._stations)
        for box in layout.stations:
            gone.discard(box.id)
            station = self._stations.get(box.id)
            if station is None:
                station = self._stations[box.id] = StationItem(box, look)
                self.addItem(station)
            else:
                station.set_box(box)
        for sid in gone:
            self.removeItem(self._stations.pop(sid))

        self._sync_decor(layout)
        m = SCENE_MARGIN
        self.setSceneRect(self.map_rect().adjusted(-m, -m, m, m))

    def _sync_decor(self, layout: MapLayout) -> None:
        look = self.look
        if layout.curve is not None:
            edges = tuple(p.header.x for p in layout.phases[1:])
            if self._curve is None:
                self._curve = EmotionCurveItem(layout.curve, edges, look)
                self.addItem(self._curve)
            else:
                self._curve.set_curve(layout.curve, edges)
        elif self._curve is not None:
            self.removeItem(self._curve)
            self._curve = None
        if layout.title is not None:
            if self._title is None:
                self._title = TitleItem(layout.title, layout.subtitle, look)
                self._title.setVisible(self._title_visible)
                self.addItem(self._title)
            else:
                self._title.set_blocks(layout.title, layout.subtitle)
        elif self._title is not None:
            self.removeItem(self._title)
            self._title = None
        if layout.captions:
            if self._captions is None:
                self._captions = CaptionsItem(layout.captions, look)
                self.addItem(self._captions)
            else:
                self._captions.set_blocks(layout.captions)
        elif self._captions is not None:
            self.removeItem(self._captions)
            self._captions = None
        if layout.visibility_y is not None:
            if self._visibility is None:
                self._visibility = VisibilityLineItem(layout.visibility_y, layout.width, look)
                self.addItem(self._visibility)
            else:
                self._visibility.set_geometry(layout.visibility_y, layout.width)
        elif self._visibility is not None:
            self.removeItem(self._visibility)
            self._visibility = None

    # -- options and theme ---------------------------------------------------------------------
    def set_options(self, options: LayoutOptions) -> None:
        if options != self.options:
            self.options = options
            self.relayout()

    def set_theme(self, theme: Theme) -> None:
        if theme is self.look.theme:
            return
        self.look.theme = theme
        for item in self.items():
            item.update()  # repaints (and drops cached pixmaps)
        self.update()

    def set_title_visible(self, on: bool) -> None:
        """Show or hide the map's title band (presenting a phase leaves it out)."""
        self._title_visible = on
        if self._title is not None:
            self._title.setVisible(on)

    def title_item(self) -> TitleItem | None:
        return self._title

    def title_at(self, pos: QPointF) -> bool:
        """Is the map's title (its text, where shown) at a scene point?"""
        title = self._title
        return title is not None and title.isVisible() and title.text_rect().contains(pos)

    def captions_item(self) -> CaptionsItem | None:
        return self._captions

    @property
    def theme(self) -> Theme:
        return self.look.theme

    # -- items -----------------------------------------------------------------------------------
    def map_rect(self) -> QRectF:
        if self.layout is None:
            return QRectF(0, 0, 400, 300)
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def station_item(self, station_id: int) -> StationItem | None:
        return self._stations.get(station_id)

    def phase_item(self, phase_id: int) -> PhaseLaneItem | None:
        return self._phases.get(phase_id)

    def line_item(self, line_id: int) -> LineTrackItem | None:
        return self._lines.get(line_id)

    def station_items(self) -> Iterator[StationItem]:
        return iter(self._stations.values())

    def curve_item(self) -> EmotionCurveItem | None:
        return self._curve

    def item_of(self, kind: str, item_id: int) -> QGraphicsItem | None:
        found: QGraphicsItem | None
        if kind == "station":
            found = self._stations.get(item_id)
        elif kind == "phase":
            found = self._phases.get(item_id)
        elif kind == "line":
            found = self._lines.get(item_id)
        else:
            found = None
        return found

    # -- hit testing -----------------------------------------------------------------------------
    def hit(self, pos: QPointF) -> Hit | None:
        """The station, phase header or line label at a scene point (None: empty canvas)."""
        for item in self.items(pos):
            if isinstance(item, StationItem):
                return Hit("station", item.item_id)
        layout = self.layout
        if layout is None:
            return None
        x, y = pos.x(), pos.y()
        for band in layout.phases:
            if band.header.contains(x, y):
                return Hit("phase", band.id)
        for row, track in zip(layout.rows, layout.tracks, strict=True):
            if x < track.x0 and row.rect.contains(x, y):
                return Hit("line", row.id)
        return None

    # -- selection -------------------------------------------------------------------------------
    def selection(self) -> Selection:
        """The selected kind and ids, in map order (stations, or phases, or lines)."""
        layout = self.layout
        if layout is None:
            return (None, [])
        chosen = self.selectedItems()
        stations = {i.item_id for i in chosen if isinstance(i, StationItem)}
        if stations:
            return ("station", [s.id for s in layout.stations if s.id in stations])
        phases = {i.item_id for i in chosen if isinstance(i, PhaseLaneItem)}
        if phases:
            return ("phase", [p.id for p in layout.phases if p.id in phases])
        lines = {i.item_id for i in chosen if isinstance(i, LineTrackItem)}
        if lines:
            return ("line", [r.id for r in layout.rows if r.id in lines])
        return (None, [])

    def select(self, kind: str | None, ids: Iterable[int]) -> None:
        """Select exactly these (ids of another kind, or gone, are left out)."""
        wanted = set(ids) if kind is not None else set()
        for item in self.selectedItems():
            if not (_kind_of(item) == kind and getattr(item, "item_id", None) in wanted):
                item.setSelected(False)
        for item_id in wanted:
            found = self.item_of(kind or "", item_id)
            if found is not None and not found.isSelected():
                found.setSelected(True)


def _kind_of(item: QGraphicsItem) -> str | None:
    kind = getattr(item, "KIND", None)
    return kind if isinstance(kind, str) else None
