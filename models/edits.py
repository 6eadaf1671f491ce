"""Every change a user can make to a workshop, as an :class:`~models.document.Edit`.

Each function checks its input against the rules of the data, then returns an Edit whose logic
writes through a Recorder. Dependent rows are handled explicitly (a deleted phase takes its
stations with it, actions of a deleted station lose their link), so that each row touched is
recorded and the whole change undoes as one step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from models.change import Recorder
from models.document import Edit, EditError
from models.edit_name import EditName, quote
from models.edit_rows import KEEPS_ONE
from models.edit_rows import check_refs as _check_refs
from models.edit_rows import insert_at as _insert_at
from models.edit_rows import ordered_ids as _ordered_ids
from models.edit_rows import renumber as _renumber
from models.edit_rows import require as _require
from models.field_checks import FIELDS, Check, check_for, clean
from models.i18n import N_
from models.refusal import LAST_JOURNEY, Refusal
from models.schema import (
    Action,
    Base,
    Journey,
    Line,
    Owner,
    Persona,
    Phase,
    Station,
    Workshop,
)

__all__ = ["FIELDS", "Check", "check_for", "clean"]  # and every edit below


def combine(label: EditName | str, parts: Sequence[Edit]) -> Edit:
    """Several edits as one undo step, in one transaction; the result lists their results."""
    return Edit(label, lambda rec: [part.perform_in(rec) for part in parts])


# -- workshop -----------------------------------------------------------------------------------
def update_workshop(**fields: Any) -> Edit:
    values = clean(Workshop, fields)
    return Edit(EditName("Edit workshop details"), lambda rec: rec.update(Workshop, 1, values))


def _update(entity: type[Base], row_id: int, label: EditName, fields: Mapping[str, Any]) -> Edit:
    values = clean(entity, fields)
    label = label.but(field=_noun(fields, entity))

    def perform(rec: Recorder) -> None:
        row = _require(rec, entity, row_id, entity.__name__.lower())
        _check_refs(rec, row.get("journey_id"), values)
        rec.update(entity, row_id, {k: v for k, v in values.items() if row[k] != v})

    return Edit(label, perform)


def _noun(fields: Mapping[str, Any], entity: type[Base]) -> str:
    """The edited field's noun (one of the registry's texts, translated in the window)."""
    if len(fields) == 1:
        (key,) = fields
        if key in FIELDS[entity]:  # clean() has raised for an unknown one (a programming error)
            return FIELDS[entity][key][0]
    return N_("details")


# -- owners ---------------------------------------------------------------------------------------
def add_owner(name: str, role: str = "", email: str = "") -> Edit:
    values = clean(Owner, {"name": name, "role": role, "email": email})

    def perform(rec: Recorder) -> int:
        position = len(rec.rows(Owner))
        return rec.insert(Owner, {**values, "position": position})

    return Edit(EditName("Add owner {name}", name=quote(values["name"])), perform)


def update_owner(owner_id: int, **fields: Any) -> Edit:
    return _update(Owner, owner_id, EditName("Edit owner's {field}"), fields)


def _reassign_owner(rec: Recorder, old: int, new: int | None) -> None:
    for entity in (Station, Action):
        for row in rec.rows(entity, owner_id=old):
            rec.update(entity, row["id"], {"owner_id": new})


def delete_owner(owner_id: int) -> Edit:
    def perform(rec: Recorder) -> None:
        _require(rec, Owner, owner_id, "owner")
        _reassign_owner(rec, owner_id, None)
        rec.delete(Owner, [owner_id])
        _renumber(rec, Owner, _ordered_ids(rec, Owner))

    return Edit(EditName("Delete owner"), perform)


def merge_owners(keep_id: int, merged_id: int) -> Edit:
    """The stations and actions of ``merged_id`` move to ``keep_id``, which stays."""
    if keep_id == merged_id:
        raise EditError(Refusal("Choose two different owners to merge."))

    def perform(rec: Recorder) -> None:
        _require(rec, Owner, keep_id, "owner")
        _require(rec, Owner, merged_id, "owner")
        _reassign_owner(rec, merged_id, keep_id)
        rec.delete(Owner, [merged_id])
        _renumber(rec, Owner, _ordered_ids(rec, Owner))

    return Edit(EditName("Merge owners"), perform)


# -- personas -------------------------------------------------------------------------------------
def add_persona(name: str, **fields: Any) -> Edit:
    values = clean(Persona, {"name": name, **fields})

    def perform(rec: Recorder) -> int:
        return rec.insert(Persona, {**values, "position": len(rec.rows(Persona))})

    return Edit(EditName("Add persona {name}", name=quote(values["name"])), perform)


def update_persona(persona_id: int, **fields: Any) -> Edit:
    return _update(Persona, persona_id, EditName("Edit persona's {field}"), fields)


def delete_persona(persona_id: int) -> Edit:
    def perform(rec: Recorder) -> None:
        _require(rec, Persona, persona_id, "persona")
        for row in rec.rows(Journey, persona_id=persona_id):
            rec.update(Journey, row["id"], {"persona_id": None})
        rec.delete(Persona, [persona_id])
        _renumber(rec, Persona, _ordered_ids(rec, Persona))

    return Edit(EditName("Delete persona"), perform)


# -- journeys -------------------------------------------------------------------------------------
def add_journey(
    name: str,
    phases: Iterable[str],
    lines: Iterable[tuple[str, str]],
    **fields: Any,
) -> Edit:
    """A new journey with the given phase names and (line name, kind) pairs."""
    values = clean(Journey, {"name": name, **fields})
    phase_names = [clean(Phase, {"name": p})["name"] for p in phases]
    line_values = [clean(Line, {"name": n, "kind": k}) for n, k in lines]
    if not phase_names or not line_values:
        raise EditError(Refusal("A journey needs at least one phase and one line."))

    def perform(rec: Recorder) -> int:
        _check_refs(rec, None, values)
        journey_id = rec.insert(Journey, {**values, "position": len(rec.rows(Journey))})
        for i, phase in enumerate(phase_names):
            rec.insert(Phase, {"journey_id": journey_id, "position": i, "name": phase})
        for i, line in enumerate(line_values):
            rec.insert(Line, {"journey_id": journey_id, "position": i, **line})
        return journey_id

    return Edit(EditName("Add journey {name}", name=quote(values["name"])), perform)


def update_journey(journey_id: int, **fields: Any) -> Edit:
    return _update(Journey, journey_id, EditName("Edit journey's {field}"), fields)


def delete_journey(journey_id: int) -> Edit:
    def perform(rec: Recorder) -> None:
        _require(rec, Journey, journey_id, "journey")
        if len(rec.rows(Journey)) <= 1:
            raise EditError(LAST_JOURNEY)
        for entity in (Action, Station, Phase, Line):
            rec.delete(entity, [r["id"] for r in rec.rows(entity, journey_id=journey_id)])
        rec.delete(Journey, [journey_id])
        _renumber(rec, Journey, _ordered_ids(rec, Journey))

    return Edit(EditName("Delete journey"), perform)


def move_journey(journey_id: int, index: int) -> Edit:
    def perform(rec: Recorder) -> None:
        ids = [i for i in _ordered_ids(rec, Journey) if i != journey_id]
        _renumber(rec, Journey, _insert_at(ids, index, journey_id))

    return Edit(EditName("Reorder journeys"), perform)


# -- phases and lines (the same shape: ordered bands of a journey) -------------------------------
def _add_band(
    entity: type[Phase] | type[Line],
    journey_id: int,
    index: int | None,
    values: dict[str, Any],
    label: EditName,
) -> Edit:
    def perform(rec: Recorder) -> int:
        _require(rec, Journey, journey_id, "journey")
        new_id = rec.insert(entity, {**values, "journey_id": journey_id, "position": 1_000_000})
        ids = [i for i in _ordered_ids(rec, entity, journey_id=journey_id) if i != new_id]
        _renumber(rec, entity, _insert_at(ids, index, new_id))
        return new_id

    return Edit(label.but(name=quote(values["name"])), perform)


def _move_band(entity: type[Phase] | type[Line], band_id: int, index: int, label: EditName) -> Edit:
    def perform(rec: Recorder) -> None:
        row = _require(rec, entity, band_id, entity.__name__.lower())
        ids = [i for i in _ordered_ids(rec, entity, journey_id=row["journey_id"]) if i != band_id]
        _renumber(rec, entity, _insert_at(ids, index, band_id))

    return Edit(label, perform)


def _delete_band(entity: type[Phase] | type[Line], band_id: int, column: str, what: str) -> Edit:
    def perform(rec: Recorder) -> None:
        row = _require(rec, entity, band_id, what)
        siblings = _ordered_ids(rec, entity, journey_id=row["journey_id"])
        if len(siblings) <= 1:
            raise EditError(KEEPS_ONE[what])
        _delete_stations(rec, [s["id"] for s in rec.rows(Station, **{column: band_id})])
        rec.delete(entity, [band_id])
        _renumber(rec, entity, [i for i in siblings if i != band_id])

    return Edit(EditName("Delete phase") if entity is Phase else EditName("Delete line"), perform)


def add_phase(journey_id: int, name: str, index: int | None = None, **fields: Any) -> Edit:
    values = clean(Phase, {"name": name, **fields})
    return _add_band(Phase, journey_id, index, values, EditName("Add phase {name}"))


def update_phase(phase_id: int, **fields: Any) -> Edit:
    return _update(Phase, phase_id, EditName("Edit phase {field}"), fields)


def move_phase(phase_id: int, index: int) -> Edit:
    return _move_band(Phase, phase_id, index, EditName("Reorder phases"))


def delete_phase(phase_id: int) -> Edit:
    return _delete_band(Phase, phase_id, "phase_id", "phase")


def add_line(journey_id: int, name: str, index: int | None = None, **fields: Any) -> Edit:
    values = clean(Line, {"name": name, **fields})
    return _add_band(Line, journey_id, index, values, EditName("Add line {name}"))


def update_line(line_id: int, **fields: Any) -> Edit:
    return _update(Line, line_id, EditName("Edit line {field}"), fields)


def move_line(line_id: int, index: int) -> Edit:
    return _move_band(Line, line_id, index, EditName("Reorder lines"))


def delete_line(line_id: int) -> Edit:
    return _delete_band(Line, line_id, "line_id", "line")


# -- stations -------------------------------------------------------------------------------------
class _StationOrder:
    """Places stations in the journey's order while an edit runs.

    Positions are fractional: a station placed between two others takes the midpoint, so
    only the placed station's row is written. When doubles run out of room between two
    neighbours (after some fifty placements in one spot) the journey is renumbered. Only the
    target lane and the placed station's neighbours in the journey's order are read, from the
    edit's own transaction (so a move on a map of thousands of stations reads a few rows).
    """

    ASC = "position, id"
    DESC = "position DESC, id DESC"
    AFTER = "(position > ? OR (position = ? AND id > ?))"
    BEFORE = "(position < ? OR (position = ? AND id < ?))"

    def __init__(self, rec: Recorder, journey_id: int) -> None:
        self.rec = rec
        self.journey_id = journey_id

    def _rows(
        self,
        where: str,
        params: list[Any],
        skip: Iterable[int],
        order: str,
        limit: int | None = None,
    ) -> list[tuple[int, float]]:
        """(id, position) of the journey's stations matching ``where``, less ``skip``."""
        sql = "SELECT id, position FROM station WHERE journey_id = ?"
        args: list[Any] = [self.journey_id]
        if where:
            sql += " AND " + where
            args += params
        skipped = list(skip)
        if skipped:
            sql += f" AND id NOT IN ({', '.join('?' * len(skipped))})"
            args += skipped
        sql += f" ORDER BY {order}" + (f" LIMIT {limit}" if limit else "")
        return [(int(i), float(p)) for i, p in self.rec.db.execute(sql, args)]

    def _one(
        self, where: str, params: list[Any], skip: Iterable[int], order: str
    ) -> tuple[int, float] | None:
        found = self._rows(where, params, skip, order, 1)
        return found[0] if found else None

    def lane(self, phase_id: int, line_id: int, exclude: Iterable[int] = ()) -> list[int]:
        lane = self._rows("phase_id = ? AND line_id = ?", [phase_id, line_id], exclude, self.ASC)
        return [i for i, _ in lane]

    def place(
        self, station_id: int, phase_id: int, line_id: int, index: int | None, unplaced: set[int]
    ) -> None:
        """Put the station at ``index`` of the lane, among the stations already placed."""
        skip = unplaced | {station_id}
        lane = self._rows("phase_id = ? AND line_id = ?", [phase_id, line_id], skip, self.ASC)
        at = len(lane) if index is None else max(0, min(index, len(lane)))
        position: float | None
        if not lane:
            anchor = self._one("phase_id = ?", [phase_id], skip, self.DESC) or self._one(
                "", [], skip, self.DESC
            )
            after = anchor[1] if anchor else -1.0
            position = self._between(after, anchor, skip)
        elif at < len(lane):
            fid, fpos = lane[at]
            before = self._one(self.BEFORE, [fpos, fpos, fid], skip, self.DESC)
            low = before[1] if before else fpos - 2.0
            position = (low + fpos) / 2
            if not low < position < fpos:
                self._renumber()
                return self.place(station_id, phase_id, line_id, index, unplaced)
        else:
            position = self._between(lane[-1][1], lane[-1], skip)
        if position is None:
            self._renumber()
            return self.place(station_id, phase_id, line_id, index, unplaced)
        self._write(station_id, {"phase_id": phase_id, "line_id": line_id, "position": position})

    def _between(
        self, low: float, anchor: tuple[int, float] | None, skip: set[int]
    ) -> float | None:
        """Midway between ``low`` (the anchor's position) and the next station in order."""
        if anchor is None:
            following = self._one("", [], skip, self.ASC)
        else:
            aid, apos = anchor
            following = self._one(self.AFTER, [apos, apos, aid], skip, self.ASC)
        high = following[1] if following else low + 2.0
        position = (low + high) / 2
        return position if low < position < high else None

    def _renumber(self) -> None:
        for i, (sid, position) in enumerate(self._rows("", [], (), self.ASC)):
            if position != float(i):
                self.rec.update(Station, sid, {"position": float(i)})

    def _write(self, station_id: int, values: dict[str, Any]) -> None:
        row = self.rec.get(Station, station_id)
        assert row is not None
        self.rec.update(Station, station_id, {k: v for k, v in values.items() if row[k] != v})


def add_station(
    phase_id: int, line_id: int, title: str, index: int | None = None, **fields: Any
) -> Edit:
    """A new station in the lane (phase, line), at ``index`` (None: at the end)."""
    values = clean(Station, {"title": title, **fields})

    def perform(rec: Recorder) -> int:
        phase = _require(rec, Phase, phase_id, "phase")
        journey_id = phase["journey_id"]
        _check_refs(rec, journey_id, {"line_id": line_id, **values})
        new_id = rec.insert(
            Station,
            {**values, "journey_id": journey_id, "phase_id": phase_id, "line_id": line_id},
        )
        _StationOrder(rec, journey_id).place(new_id, phase_id, line_id, index, set())
        return new_id

    return Edit(EditName("Add station {name}", name=quote(values["title"])), perform)


def update_station(station_id: int, **fields: Any) -> Edit:
    label = EditName("Edit station {field}")
    if set(fields) == {"title"}:
        label = EditName("Rename station")
    return _update(Station, station_id, label, fields)


def move_stations(moves: Mapping[int, tuple[int, int, int | None]]) -> Edit:
    """Move stations: {station id: (phase id, line id, index in that lane)}.

    Indexes count the target lane without the moved stations still to be placed: stations
    moved into the same lane are placed in the order of their indexes, each among those placed
    before it. So an index is the station's place in its lane once the move is done (for one
    station, its index in the lane without it), as ``widgets.canvas.placement`` computes it.
    """
    if not moves:
        raise EditError(Refusal("No station to move."))

    def perform(rec: Recorder) -> None:
        rows = {sid: _require(rec, Station, sid, "station") for sid in moves}
        journeys = {r["journey_id"] for r in rows.values()}
        if len(journeys) != 1:
            raise EditError(Refusal("Stations of different journeys cannot be moved together."))
        (journey_id,) = journeys
        for phase_id, line_id, _ in moves.values():
            _check_refs(rec, journey_id, {"phase_id": phase_id, "line_id": line_id})
        order = _StationOrder(rec, journey_id)
        unplaced = set(moves)
        for sid, (phase_id, line_id, index) in sorted(
            moves.items(), key=lambda m: (m[1][2] is None, m[1][2] or 0)
        ):
            unplaced.discard(sid)
            order.place(sid, phase_id, line_id, index, unplaced)

    count = len(moves)
    return Edit(EditName("Move %n station(s)", count), perform)


def _delete_stations(rec: Recorder, ids: list[int]) -> None:
    if not ids:
        return
    for row in rec.rows(Action, station_id=ids):
        rec.update(Action, row["id"], {"station_id": None})
    rec.delete(Station, ids)


def delete_stations(station_ids: Iterable[int]) -> Edit:
    ids = list(dict.fromkeys(station_ids))
    if not ids:
        raise EditError(Refusal("No station to delete."))

    def perform(rec: Recorder) -> None:
        for sid in ids:
            _require(rec, Station, sid, "station")
        _delete_stations(rec, ids)

    return Edit(EditName("Delete %n station(s)", len(ids)), perform)


def duplicate_stations(station_ids: Iterable[int]) -> Edit:
    """Copy each station right after itself in its lane; the result is the new ids, in order."""
    ids = list(dict.fromkeys(station_ids))
    if not ids:
        raise EditError(Refusal("No station to duplicate."))

    def perform(rec: Recorder) -> list[int]:
        new_ids = []
        for sid in ids:
            row = _require(rec, Station, sid, "station")
            new_id = rec.insert(Station, {k: v for k, v in row.items() if k not in ("id", "ident")})
            order = _StationOrder(rec, row["journey_id"])
            lane = order.lane(row["phase_id"], row["line_id"], exclude=[new_id])
            order.place(new_id, row["phase_id"], row["line_id"], lane.index(sid) + 1, set())
            new_ids.append(new_id)
        return new_ids

    return Edit(EditName("Duplicate %n station(s)", len(ids)), perform)


# -- actions --------------------------------------------------------------------------------------
def add_action(journey_id: int, title: str, **fields: Any) -> Edit:
    values = clean(Action, {"title": title, **fields})

    def perform(rec: Recorder) -> int:
        _require(rec, Journey, journey_id, "journey")
        _check_refs(rec, journey_id, values)
        position = len(rec.rows(Action, journey_id=journey_id))
        return rec.insert(Action, {**values, "journey_id": journey_id, "position": position})

    return Edit(EditName("Add action {name}", name=quote(values["title"])), perform)


def update_action(action_id: int, **fields: Any) -> Edit:
    return _update(Action, action_id, EditName("Edit action {field}"), fields)


def delete_actions(action_ids: Iterable[int]) -> Edit:
    ids = list(dict.fromkeys(action_ids))

    def perform(rec: Recorder) -> None:
        journeys = {_require(rec, Action, a, "action")["journey_id"] for a in ids}
        rec.delete(Action, ids)
        for jid in journeys:
            _renumber(rec, Action, _ordered_ids(rec, Action, journey_id=jid))

    return Edit(EditName("Delete %n action(s)", len(ids)), perform)
