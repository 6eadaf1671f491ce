"""Between a validated interchange document and a workshop file, both ways.

Import builds the whole file in a temporary file beside the target, in one transaction, and
renames it into place: a refused or failed import leaves nothing behind and never half a file.
Export reads one consistent snapshot of the file and writes every key of the spec.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select

from models.document import Document
from models.interchange import DocumentDict
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
from models.workshop_file import building

# What a document's references are called, and the column each becomes in the file.
_STATION_FIELDS = (
    "title",
    "description",
    "touchpoint",
    "needs",
    "pain_points",
    "emotion",
    "evidence",
    "moment_of_truth",
    "impact",
    "performance",
    "target",
    "day",
    "customers",
    "duration_minutes",
    "drop_off_percent",
)
_ACTION_FIELDS = ("title", "description", "effort", "value", "status", "due", "kpi")
_EXPORT_PREFIX: dict[type[Base], str] = {
    Owner: "owner",
    Persona: "persona",
    Journey: "journey",
    Phase: "phase",
    Line: "line",
    Station: "station",
    Action: "action",
}


def export_id(entity: type[Base], row_id: int) -> str:
    """The id an exported document gives a row, e.g. ``journey-2`` (stable while the file lives)."""
    return f"{_EXPORT_PREFIX[entity]}-{row_id}"


def _table(entity: type[Base]) -> Table:
    return cast(Table, entity.__table__)


def write_document(conn: Connection, doc: DocumentDict) -> None:
    """Insert a validated document into an empty workshop database, in bulk."""
    ids: dict[str, int] = {}

    rows: dict[type[Base], list[dict[str, Any]]] = {e: [] for e in _EXPORT_PREFIX}
    rows[Workshop] = [{"id": 1, **doc["workshop"]}]
    for pos, owner in enumerate(doc["owners"]):
        ids[owner["id"]] = pos + 1
        rows[Owner].append({**_without(owner, "id"), "id": pos + 1, "position": pos})
    for pos, persona in enumerate(doc["personas"]):
        ids[persona["id"]] = pos + 1
        rows[Persona].append({**_without(persona, "id"), "id": pos + 1, "position": pos})

    counters: dict[type[Base], int] = {Journey: 0, Phase: 0, Line: 0, Station: 0, Action: 0}

    def next_id(entity: type[Base], key: str) -> int:
        counters[entity] += 1
        ids[key] = counters[entity]
        return counters[entity]

    for jpos, journey in enumerate(doc["journeys"]):
        jid = next_id(Journey, journey["id"])
        persona_ref = journey["persona"]
        rows[Journey].append(
            {
                "id": jid,
                "position": jpos,
                "name": journey["name"],
                "persona_id": ids[persona_ref] if persona_ref is not None else None,
                "state": journey["state"],
                "description": journey["description"],
                "storyline": journey["storyline"],
            }
        )
        for pos, phase in enumerate(journey["phases"]):
            pid = next_id(Phase, phase["id"])
            rows[Phase].append(
                {**_without(phase, "id"), "id": pid, "journey_id": jid, "position": pos}
            )
        for pos, line in enumerate(journey["lines"]):
            lid = next_id(Line, line["id"])
            rows[Line].append(
                {**_without(line, "id"), "id": lid, "journey_id": jid, "position": pos}
            )
        for pos, station in enumerate(journey["stations"]):
            sid = next_id(Station, station["id"])
            owner_ref = station["owner"]
            rows[Station].append(
                {
                    **{f: station[f] for f in _STATION_FIELDS},  # type: ignore[literal-required]
                    "id": sid,
                    "journey_id": jid,
                    "phase_id": ids[station["phase"]],
                    "line_id": ids[station["line"]],
                    "owner_id": ids[owner_ref] if owner_ref is not None else None,
                    "position": float(pos),
                }
            )
        for pos, action in enumerate(journey["actions"]):
            aid = next_id(Action, action["id"])
            rows[Action].append(
                {
                    **{f: action[f] for f in _ACTION_FIELDS},  # type: ignore[literal-required]
                    "id": aid,
                    "journey_id": jid,
                    "position": pos,
                    "station_id": ids[action["station"]] if action["station"] else None,
                    "owner_id": ids[action["owner"]] if action["owner"] else None,
                }
            )
    for entity in (Workshop, Owner, Persona, Journey, Phase, Line, Station, Action):
        if rows[entity]:
            conn.execute(insert(_table(entity)), rows[entity])


def _without(item: Any, *keys: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in keys}


def import_document(
    doc: DocumentDict, path: str | os.PathLike[str], *, overwrite: bool = False
) -> None:
    """Write a validated document as a new workshop file (atomically; never half a file)."""
    with building(Path(path), overwrite=overwrite) as conn:
        write_document(conn, doc)


def export_document(document: Document) -> DocumentDict:
    """The whole workshop as a normalised interchange document (every key written)."""
    with document.file.transaction("be read") as conn:
        entities: list[type[Base]] = [Workshop, *_EXPORT_PREFIX]
        tables = {e: _read(conn, e) for e in entities}

    def ref(entity: type[Base], row_id: int | None) -> str | None:
        return None if row_id is None else export_id(entity, row_id)

    workshop = tables[Workshop][0]
    by_journey: dict[type[Base], dict[int, list[dict[str, Any]]]] = {}
    for entity in (Phase, Line, Station, Action):
        grouped: dict[int, list[dict[str, Any]]] = {}
        for row in tables[entity]:
            grouped.setdefault(row["journey_id"], []).append(row)
        by_journey[entity] = grouped

    journeys = []
    for j in tables[Journey]:
        jid = j["id"]
        journeys.append(
            {
                "id": ref(Journey, jid),
                "name": j["name"],
                "persona": ref(Persona, j["persona_id"]),
                "state": j["state"],
                "description": j["description"],
                "storyline": j["storyline"],
                "phases": [
                    {
                        "id": ref(Phase, p["id"]),
                        "name": p["name"],
                        "description": p["description"],
                        "color": p["color"],
                    }
                    for p in by_journey[Phase].get(jid, [])
                ],
                "lines": [
                    {
                        "id": ref(Line, ln["id"]),
                        "name": ln["name"],
                        "kind": ln["kind"],
                        "color": ln["color"],
                    }
                    for ln in by_journey[Line].get(jid, [])
                ],
                "stations": [
                    {
                        "id": ref(Station, s["id"]),
                        "phase": ref(Phase, s["phase_id"]),
                        "line": ref(Line, s["line_id"]),
                        "title": s["title"],
                        "description": s["description"],
                        "touchpoint": s["touchpoint"],
                        "needs": s["needs"],
                        "pain_points": s["pain_points"],
                        "owner": ref(Owner, s["owner_id"]),
                        **{f: s[f] for f in _STATION_FIELDS[5:]},
                    }
                    for s in by_journey[Station].get(jid, [])
                ],
                "actions": [
                    {
                        "id": ref(Action, a["id"]),
                        "title": a["title"],
                        "description": a["description"],
                        "station": ref(Station, a["station_id"]),
                        "owner": ref(Owner, a["owner_id"]),
                        "effort": a["effort"],
                        "value": a["value"],
                        "status": a["status"],
                        "due": a["due"],
                        "kpi": a["kpi"],
                    }
                    for a in by_journey[Action].get(jid, [])
                ],
            }
        )
    doc = {
        "format": "journeyline",
        "version": 1,
        "workshop": {k: workshop[k] for k in ("title", "organisation", "segment")}
        | {"business_goal": workshop["business_goal"], "notes": workshop["notes"]},
        "owners": [
            {"id": ref(Owner, o["id"]), "name": o["name"], "role": o["role"], "email": o["email"]}
            for o in tables[Owner]
        ],
        "personas": [
            {
                "id": ref(Persona, p["id"]),
                "name": p["name"],
                "description": p["description"],
                "goals": p["goals"],
                "needs": p["needs"],
                "frustrations": p["frustrations"],
                "quote": p["quote"],
                "color": p["color"],
            }
            for p in tables[Persona]
        ],
        "journeys": journeys,
    }
    return cast(DocumentDict, doc)


def _read(conn: Connection, entity: type[Base]) -> list[dict[str, Any]]:
    table = _table(entity)
    order = [table.c.position, table.c.id] if "position" in table.c else [table.c.id]
    return [dict(r) for r in conn.execute(select(table).order_by(*order)).mappings()]
