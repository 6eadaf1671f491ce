"""Whole-journey operations: design the future journey, start a journey from a template.

Both are ordinary :class:`~models.document.Edit` objects (one transaction, one undo step), built
from the same Recorder the single-row edits use. The module also holds the light reads the
panels need to name stations across every journey (a narrow select instead of full snapshots),
and the pairing of today's journey with its future one for the comparison view.

Pure model: no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Table, select

from models import rules
from models.change import Recorder
from models.document import Document, Edit, EditError
from models.edit_name import EditName, quote
from models.edits import clean
from models.fields import copied
from models.refusal import Refusal
from models.schema import Action, Journey, Line, Persona, Phase, Station
from models.templates import template_journey

FUTURE_SUFFIX = " (future)"


# -- helpers -----------------------------------------------------------------------------------
def _ordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["position"], r["id"]))


def _copy(row: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    values = {k: v for k, v in row.items() if k not in ("id", "ident")}  # a copy gets its own id
    values.update(overrides)
    return values


def _renumber_journeys(rec: Recorder, ids: list[int]) -> None:
    current = {r["id"]: r["position"] for r in rec.rows(Journey, id=ids)}
    for position, journey_id in enumerate(ids):
        if current[journey_id] != position:
            rec.update(Journey, journey_id, {"position": position})


def future_name(name: str) -> str:
    """ "Onboarding" -> "Onboarding (future)", shortened to stay within the name limit."""
    room = rules.NAME_MAX - len(FUTURE_SUFFIX)
    base = name if len(name) <= room else name[: room - 1].rstrip() + "…"
    return base + FUTURE_SUFFIX


# -- design the future journey -------------------------------------------------------------------
def design_future_journey(journey_id: int) -> Edit:
    """A copy of a journey, marked "future", placed right after it; the result is its id.

    Copied: the persona, description and storyline; every phase and line with its fields;
    every station with all its fields (needs, pain points, owner, ratings …) in the same
    order. Not copied: the actions, which stay with today's journey (they are the way from
    today to the future, not part of it).
    """

    def perform(rec: Recorder) -> int:
        source = rec.get(Journey, journey_id)
        if source is None:
            raise EditError(Refusal("That journey no longer exists."))
        order = [r["id"] for r in _ordered(rec.rows(Journey))]
        new_id = rec.insert(
            Journey,
            _copy(
                source,
                name=future_name(source["name"]),
                state="future",
                position=len(order),
            ),
        )
        at = order.index(journey_id) + 1
        _renumber_journeys(rec, [*order[:at], new_id, *order[at:]])

        phase_ids: dict[int, int] = {}
        for row in _ordered(rec.rows(Phase, journey_id=journey_id)):
            phase_ids[row["id"]] = rec.insert(Phase, _copy(row, journey_id=new_id))
        line_ids: dict[int, int] = {}
        for row in _ordered(rec.rows(Line, journey_id=journey_id)):
            line_ids[row["id"]] = rec.insert(Line, _copy(row, journey_id=new_id))
        for row in _ordered(rec.rows(Station, journey_id=journey_id)):
            rec.insert(
                Station,
                _copy(
                    row,
                    journey_id=new_id,
                    phase_id=phase_ids[row["phase_id"]],
                    line_id=line_ids[row["line_id"]],
                ),
            )
        return new_id

    return Edit(EditName("Design the future journey"), perform)


def add_journey_from_template(template_name: str, name: str, **fields: Any) -> Edit:
    """A new journey named ``name`` with the phases, lines and stations of a template.

    The template's owners and personas are not the workshop's, so stations come unowned.
    ``fields`` are further journey fields (``persona_id``, ``description`` …). The result is
    the new journey's id; the journey goes after the others.
    """
    template = template_journey(template_name)
    values = clean(
        Journey,
        {"description": template["description"], "storyline": template["storyline"], **fields},
    )
    values.update(clean(Journey, {"name": name, "state": "current"}))

    def perform(rec: Recorder) -> int:
        if values.get("persona_id") is not None and rec.get(Persona, values["persona_id"]) is None:
            raise EditError(Refusal("That persona no longer exists."))
        journey_id = rec.insert(Journey, {**values, "position": len(rec.rows(Journey))})
        ids: dict[str, int] = {}
        for i, phase in enumerate(template["phases"]):
            ids[phase["id"]] = rec.insert(
                Phase,
                {
                    **{k: phase[k] for k in copied("phase")},  # type: ignore[literal-required]
                    "journey_id": journey_id,
                    "position": i,
                },
            )
        for i, line in enumerate(template["lines"]):
            ids[line["id"]] = rec.insert(
                Line,
                {
                    **{k: line[k] for k in copied("line")},  # type: ignore[literal-required]
                    "journey_id": journey_id,
                    "position": i,
                },
            )
        for i, station in enumerate(template["stations"]):
            rec.insert(
                Station,
                {
                    **{k: station[k] for k in copied("station")},  # type: ignore[literal-required]
                    "journey_id": journey_id,
                    "phase_id": ids[station["phase"]],
                    "line_id": ids[station["line"]],
                    "owner_id": None,
                    "position": float(i),
                },
            )
        return journey_id

    return Edit(EditName("Add journey {name}", name=quote(values["name"])), perform)


# -- light reads for the panels -------------------------------------------------------------------
class StationRef(NamedTuple):
    """What a list needs to name a station: its title, phase and journey."""

    id: int
    title: str
    journey_id: int
    phase_id: int
    owner_id: int | None
    position: float


class ActionRecord(NamedTuple):
    """An action's columns as plain values (the fields of ``models.schema.Action``)."""

    id: int
    journey_id: int
    title: str
    position: int
    description: str
    station_id: int | None
    owner_id: int | None
    effort: int | None
    value: int | None
    status: str
    due: str | None
    kpi: str


def _columns(entity: type[Station] | type[Action], names: Iterable[str]) -> list[Any]:
    table = entity.__table__
    assert isinstance(table, Table)
    return [table.c[name] for name in names]


def station_refs(document: Document, journey_id: int | None = None) -> list[StationRef]:
    """Every station (or one journey's) as a :class:`StationRef`, in no particular order.

    A narrow select into plain tuples: naming the 2,400 stations of a large workshop takes a
    few milliseconds, where full snapshots take tens.
    """
    columns = _columns(Station, StationRef._fields)
    query = select(*columns)
    if journey_id is not None:
        query = query.where(columns[2] == journey_id)
    with document.file.transaction("be read") as conn:
        return [StationRef(*row) for row in conn.execute(query).all()]


def action_records(
    document: Document, *, journey_id: int | None = None, ids: Iterable[int] | None = None
) -> list[ActionRecord]:
    """Actions as plain records, in document order (journey, then position), optionally of
    one journey or only the given ids. For tables of hundreds of rows: no mapped objects."""
    columns = _columns(Action, ActionRecord._fields)
    query = select(*columns).order_by(columns[1], columns[3], columns[0])
    if journey_id is not None:
        query = query.where(columns[1] == journey_id)
    if ids is not None:
        query = query.where(columns[0].in_(list(ids)))
    with document.file.transaction("be read") as conn:
        return [ActionRecord(*row) for row in conn.execute(query).all()]


def comparison_pair(journeys: Sequence[Journey], journey_id: int) -> tuple[int | None, int | None]:
    """(today, future) journey ids to compare, starting from the journey ``journey_id``.

    A today's journey pairs with the future journey named after it ("<name> (future)"), else
    the first future journey with the same persona, else the first future journey; a future
    journey pairs the same way backwards. Either side may be None.
    """
    by_id = {j.id: j for j in journeys}
    this = by_id.get(journey_id)
    if this is None:
        return None, None
    today = [j for j in journeys if j.state != "future"]
    future = [j for j in journeys if j.state == "future"]
    if this.state == "future":
        partner = _partner(this, today, lambda other: future_name(other.name) == this.name)
        return (partner.id if partner else None), this.id
    partner = _partner(this, future, lambda other: other.name == future_name(this.name))
    return this.id, (partner.id if partner else None)


def _partner(
    this: Journey, candidates: list[Journey], named: Callable[[Journey], bool]
) -> Journey | None:
    for other in candidates:
        if named(other):
            return other
    for other in candidates:
        if this.persona_id is not None and other.persona_id == this.persona_id:
            return other
    return candidates[0] if candidates else None
