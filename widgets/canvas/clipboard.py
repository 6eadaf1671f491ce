"""Copy and paste of stations as interchange JSON (within and between workshops).

A copy is a small, valid interchange document (models.interchange): the workshop's title,
the owners, phases and lines the stations refer to, and the stations in map order. A paste
puts each station at the end of the lane with the same phase and line names in the current
journey (else the first phase or line) and matches owners by name, adding an owner the target
workshop does not know yet. The whole paste is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from models import edits, fields, interchange, rules
from models.change import Recorder
from models.document import Document, Edit, JourneySnapshot
from models.edit_name import EditName
from models.interchange import DocumentDict, InterchangeError, StationDict
from models.schema import Owner, Station

# What a pasted station carries (its phase, line and owner are matched by name instead).
STATION_FIELDS = fields.copied("station")


def copy_document(document: Document, snapshot: JourneySnapshot, station_ids: Sequence[int]) -> str:
    """The stations ``station_ids`` (in that order) as interchange JSON text."""
    by_id = {s.id: s for s in snapshot.stations}
    stations: list[Station] = [by_id[i] for i in station_ids if i in by_id]
    owners = {o.id: o for o in document.owners()}
    used_owners = [owners[i] for i in dict.fromkeys(s.owner_id for s in stations) if i in owners]
    phase_ids = {s.phase_id for s in stations}
    line_ids = {s.line_id for s in stations}
    phase_idents = {p.id: p.ident for p in snapshot.phases}
    line_idents = {ln.id: ln.ident for ln in snapshot.lines}
    workshop = document.workshop()
    journey = snapshot.journey
    doc: dict[str, Any] = {
        "format": "journeyline",
        "version": rules.FORMAT_VERSION,
        "workshop": {
            "title": workshop.title,
            "organisation": workshop.organisation,
            "segment": "",
            "business_goal": "",
            "notes": "",
        },
        "owners": [
            {"id": o.ident, **{k: getattr(o, k) for k in fields.values("owner")}}
            for o in used_owners
        ],
        "personas": [],
        "journeys": [
            {
                "id": journey.ident,
                "name": journey.name,
                "persona": None,
                "state": journey.state,
                "description": "",
                "storyline": "",
                "phases": [
                    {"id": p.ident, **{k: getattr(p, k) for k in fields.values("phase")}}
                    for p in snapshot.phases
                    if p.id in phase_ids
                ],
                "lines": [
                    {"id": ln.ident, **{k: getattr(ln, k) for k in fields.values("line")}}
                    for ln in snapshot.lines
                    if ln.id in line_ids
                ],
                "stations": [
                    {
                        "id": s.ident,
                        "phase": phase_idents[s.phase_id],
                        "line": line_idents[s.line_id],
                        "owner": owners[s.owner_id].ident if s.owner_id in owners else None,
                        **{f: getattr(s, f) for f in STATION_FIELDS},
                    }
                    for s in stations
                ],
                "actions": [],
            }
        ],
    }
    return interchange.dumps(cast(DocumentDict, doc))


def read_document(data: bytes | str) -> DocumentDict | None:
    """A pasted interchange document with at least one station, or None for anything else."""
    try:
        doc = interchange.parse(data)
    except InterchangeError:
        return None
    if not any(j["stations"] for j in doc["journeys"]):
        return None
    return doc


def _match(names: dict[str, int], name: str | None, fallback: int) -> int:
    if name is None:
        return fallback
    if name in names:
        return names[name]
    folded = {k.casefold(): v for k, v in names.items()}
    return folded.get(name.casefold(), fallback)


def paste_edit(snapshot: JourneySnapshot, doc: DocumentDict) -> Edit:
    """One edit adding the document's stations to the journey; its result is the new ids."""
    phase_names = {p.name: p.id for p in reversed(snapshot.phases)}  # the first of a name wins
    line_names = {ln.name: ln.id for ln in reversed(snapshot.lines)}
    first_phase, first_line = snapshot.phases[0].id, snapshot.lines[0].id
    pasted: list[tuple[int, int, StationDict, dict[str, Any] | None]] = []
    for journey in doc["journeys"]:
        phases = {p["id"]: p["name"] for p in journey["phases"]}
        lines = {ln["id"]: ln["name"] for ln in journey["lines"]}
        owners = {o["id"]: dict(o) for o in doc["owners"]}
        for s in journey["stations"]:
            phase_id = _match(phase_names, phases.get(s["phase"]), first_phase)
            line_id = _match(line_names, lines.get(s["line"]), first_line)
            owner = owners.get(s["owner"]) if s["owner"] is not None else None
            pasted.append((phase_id, line_id, s, owner))
    count = len(pasted)

    def perform(rec: Recorder) -> list[int]:
        known = {r["name"].casefold(): r["id"] for r in rec.rows(Owner)}
        new_ids = []
        for phase_id, line_id, s, owner in pasted:
            owner_id = None
            if owner is not None:
                owner_id = known.get(owner["name"].casefold())
                if owner_id is None:
                    add_owner = edits.add_owner(owner["name"], owner["role"], owner["email"])
                    owner_id = add_owner.perform_in(rec)
                    known[owner["name"].casefold()] = owner_id
            fields = {f: s[f] for f in STATION_FIELDS if f != "title"}  # type: ignore[literal-required]
            add = edits.add_station(phase_id, line_id, s["title"], owner_id=owner_id, **fields)
            new_ids.append(add.perform_in(rec))
        return new_ids

    return Edit(EditName("Paste %n station(s)", count), perform)
