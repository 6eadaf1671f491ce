"""One journey's layout, kept up to date from the document's announcements of its changes.

After an edit (or its undo or redo) :meth:`LiveLayout.follow` reads back only the rows the
:class:`~models.change.ChangeSet` names, hands the changed stations and action counts to the
:class:`~models.layout.engine.LayoutEngine`, and returns what changed on the map, so a view
updates only those items. Changes to the frame of the map (phases, lines, owners, the journey,
its persona) or to a large part of the stations lay the journey out afresh: they are rare,
and a whole layout is then as cheap as a partial one. The snapshot a gesture reads is made
from the same state, on demand.
"""

from __future__ import annotations

from models import cycles
from models.change import ChangeSet
from models.document import Document, JourneySnapshot
from models.layout.delta import LayoutDelta
from models.layout.engine import LayoutEngine
from models.layout.geometry import LayoutOptions, MapLayout
from models.schema import Action, Station

# Tables whose changes can change the map of a journey, and those that change its frame.
MAP_TABLES = frozenset({"station", "phase", "line", "owner", "action", "journey", "persona"})
FRAME_TABLES = frozenset({"phase", "line", "owner", "journey", "persona"})
# Past this share of the journey's stations, an edit is followed by a whole layout.
REBUILD_SHARE = 4


class LiveLayout:
    """The layout of ``journey_id`` in ``document``, following its changes."""

    def __init__(
        self, document: Document, journey_id: int, options: LayoutOptions | None = None
    ) -> None:
        self.document = document
        self.journey_id = journey_id
        self.options = options or LayoutOptions()
        self.engine: LayoutEngine
        self._actions: dict[int, Action] = {}
        self._snapshot: JourneySnapshot | None = None
        self.rebuild()

    def rebuild(self) -> None:
        """Read the journey and lay it out whole (raises EditError when it is gone)."""
        with cycles.paused():
            snapshot = self.document.snapshot(self.journey_id)
            owners = {o.id: o.name for o in self.document.owners()}
            self.engine = LayoutEngine(snapshot, owners, self.options)
        self._actions = {a.id: a for a in snapshot.actions}
        self._snapshot = snapshot

    @property
    def layout(self) -> MapLayout:
        return self.engine.layout

    @property
    def owners(self) -> dict[int, str]:
        return self.engine.owners

    @property
    def snapshot(self) -> JourneySnapshot:
        """The journey as the layout shows it (made on demand after an edit)."""
        if self._snapshot is None:
            engine = self.engine
            base = engine.snapshot
            stations = [
                s
                for p in base.phases
                for ln in base.lines
                for s in engine.lanes.get((p.id, ln.id), ())
            ]
            actions = sorted(self._actions.values(), key=lambda a: (a.position, a.id))
            self._snapshot = JourneySnapshot(
                base.journey, base.phases, base.lines, stations, actions, base.persona
            )
        return self._snapshot

    def follow(self, change: ChangeSet) -> LayoutDelta | None:
        """Bring the layout up to date with one change; None when the map is untouched."""
        tables = change.tables()
        if not tables & MAP_TABLES:
            return None
        if tables & FRAME_TABLES:
            self.rebuild()
            return LayoutDelta.everything()
        station_ids = _ids(change, "station")
        action_ids = _ids(change, "action")
        if len(station_ids) + len(action_ids) > max(64, len(self.engine.stations) // REBUILD_SHARE):
            self.rebuild()
            return LayoutDelta.everything()
        changed: dict[int, Station | None] = dict.fromkeys(station_ids)
        for s in self.document.rows_by_id(Station, station_ids):
            if s.journey_id == self.journey_id:
                changed[s.id] = s
        counts = self._counts(action_ids) if action_ids else {}
        delta = self.engine.update(changed, counts)
        self._snapshot = None
        return delta

    def _counts(self, action_ids: set[int]) -> dict[int, int]:
        """Follow changed actions; the new action count of each station whose count changed."""
        now = {
            a.id: a
            for a in self.document.rows_by_id(Action, action_ids)
            if a.journey_id == self.journey_id
        }
        counts: dict[int, int] = {}
        known = self.engine.counts
        for aid in action_ids:
            before, after = self._actions.pop(aid, None), now.get(aid)
            if before is not None and before.station_id is not None:
                sid = before.station_id
                counts[sid] = counts.get(sid, known.get(sid, 0)) - 1
            if after is not None:
                self._actions[aid] = after
                if after.station_id is not None:
                    sid = after.station_id
                    counts[sid] = counts.get(sid, known.get(sid, 0)) + 1
        return counts


def _ids(change: ChangeSet, table: str) -> set[int]:
    ids = set(change.added.get(table, ())) | set(change.removed.get(table, ()))
    return ids | set(change.changed.get(table, {}))
