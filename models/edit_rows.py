"""How the edits find, check and order rows: references that must exist (and be of the
journey), and the ``position`` columns that keep phases, lines, owners, personas, journeys and
actions in the order the room gave them.
"""

from collections.abc import Mapping
from typing import Any

from models.change import Recorder
from models.document import EditError
from models.refusal import GONE, Refusal
from models.schema import (
    Base,
    Line,
    Owner,
    Persona,
    Phase,
    Station,
)

KEEPS_ONE: dict[str, Refusal] = {
    "phase": Refusal("A journey keeps at least one phase."),
    "line": Refusal("A journey keeps at least one line."),
}
ELSEWHERE: dict[str, Refusal] = {
    "line": Refusal("That line belongs to another journey."),
    "phase": Refusal("That phase belongs to another journey."),
    "station": Refusal("That station belongs to another journey."),
}


# -- references ----------------------------------------------------------------------------------
def require(rec: Recorder, entity: type[Base], row_id: int | None, what: str) -> dict[str, Any]:
    row = rec.get(entity, row_id) if row_id is not None else None
    if row is None:
        raise EditError(GONE[what])
    return row


def check_refs(rec: Recorder, journey_id: int | None, values: Mapping[str, Any]) -> None:
    """Owners and personas must exist; phases, lines and stations must be of the journey."""
    if values.get("owner_id") is not None:
        require(rec, Owner, values["owner_id"], "owner")
    if values.get("persona_id") is not None:
        require(rec, Persona, values["persona_id"], "persona")
    for key, entity, what in (
        ("phase_id", Phase, "phase"),
        ("line_id", Line, "line"),
        ("station_id", Station, "station"),
    ):
        if values.get(key) is not None:
            row = require(rec, entity, values[key], what)
            if row["journey_id"] != journey_id:
                raise EditError(ELSEWHERE[what])


# -- ordering ------------------------------------------------------------------------------------
def ordered_ids(rec: Recorder, entity: type[Base], **where: Any) -> list[int]:
    rows = rec.rows(entity, **where)
    rows.sort(key=lambda r: (r["position"], r["id"]))
    return [r["id"] for r in rows]


def renumber(rec: Recorder, entity: type[Base], ids: list[int], **extra: Any) -> None:
    """Give ``ids`` positions 0..n-1 (and ``extra`` columns), writing only rows that differ."""
    current = {r["id"]: r for r in rec.rows(entity, id=ids)}
    for position, row_id in enumerate(ids):
        row = current[row_id]
        wanted = {"position": position, **extra}
        changes = {k: v for k, v in wanted.items() if row[k] != v}
        rec.update(entity, row_id, changes)


def insert_at(ids: list[int], index: int | None, new_id: int) -> list[int]:
    at = len(ids) if index is None else max(0, min(index, len(ids)))
    return [*ids[:at], new_id, *ids[at:]]
