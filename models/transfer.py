"""Between a validated interchange document and a workshop file, both ways.

Import reads a document file (:func:`read_document`: the size checked before a byte is read, a
pipe never waited on, every problem said in one sentence naming the file), then builds the whole
workshop file in a temporary file beside the target, in one transaction, and renames it into
place: a refused or failed import leaves nothing behind and never half a file. The command line
(``journeyline import``) and the window (File ▸ Import JSON document…) both go this way.
Export reads one consistent snapshot of the file and writes every key of the spec.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Final, cast

from sqlalchemy import Connection, Table, insert, select

from models import fields, interchange, rules, schema
from models.document import Document
from models.edit_name import Quoted
from models.file_problem import FileProblem, reading_problem
from models.interchange import DocumentDict, DocumentTooLarge, InterchangeError
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
from models.side_files import open_regular
from models.workshop_file import SQLITE_MAGIC, building, describe

# A journey's lists, in the order they are read: stations refer to phases and lines, actions to
# stations.
_JOURNEY_PARTS: tuple[tuple[type[Base], str], ...] = (
    (Phase, "phases"),
    (Line, "lines"),
    (Station, "stations"),
    (Action, "actions"),
)


def export_id(entity: type[Base], row_id: int) -> str:
    """A row's private key in a file Journeyline writes and reads back itself (the Excel action
    list's hidden column), e.g. ``action-12``: the table and the row id, stable while the file
    lives. Not the interchange id, which is the row's kept ``ident``."""
    return f"{entity.__tablename__}-{row_id}"


def _table(entity: type[Base]) -> Table:
    return cast(Table, entity.__table__)


def _from_document(entity: type[Base], item: Any, ids: dict[str, int]) -> dict[str, Any]:
    """A document's object as column values (references resolved through ``ids``); its own id
    is kept as the row's ``ident``."""
    values: dict[str, Any] = {} if entity is Workshop else {"ident": item["id"]}
    for f in fields.fields(entity.__tablename__):
        value = item[f.json_key]
        if f.kind is fields.Kind.REF and value is not None:
            value = ids[value]
        values[f.name] = value
    return values


Idents = dict[tuple[str, int], str]  # (table, row id) -> the row's id in the document


def _to_document(entity: type[Base], row: dict[str, Any], idents: Idents) -> dict[str, Any]:
    """A row as a document's object: its id, then every field by its key (references as ids)."""
    item: dict[str, Any] = {} if entity is Workshop else {"id": row["ident"]}
    for f in fields.fields(entity.__tablename__):
        value = row[f.name]
        if f.kind is fields.Kind.REF and value is not None:
            value = idents[(f.target, value)]
        item[f.json_key] = value
    return item


def write_document(conn: Connection, doc: DocumentDict) -> None:
    """Insert a validated document into an empty workshop database, in bulk."""
    ids: dict[str, int] = {}
    rows: dict[type[Base], list[dict[str, Any]]] = {e: [] for e in schema.ENTITIES}
    rows[Workshop] = [{"id": 1, **_from_document(Workshop, doc["workshop"], ids)}]
    counters: dict[type[Base], int] = dict.fromkeys(schema.ENTITIES, 0)

    def add(entity: type[Base], item: Any, **structure: Any) -> int:
        counters[entity] += 1
        row_id = ids[item["id"]] = counters[entity]
        rows[entity].append({**_from_document(entity, item, ids), "id": row_id, **structure})
        return row_id

    for pos, owner in enumerate(doc["owners"]):
        add(Owner, owner, position=pos)
    for pos, persona in enumerate(doc["personas"]):
        add(Persona, persona, position=pos)
    for jpos, journey in enumerate(doc["journeys"]):
        jid = add(Journey, journey, position=jpos)
        for entity, key in _JOURNEY_PARTS:
            for pos, item in enumerate(journey[key]):  # type: ignore[literal-required]
                position = float(pos) if entity is Station else pos
                add(entity, item, journey_id=jid, position=position)
    for entity in (Workshop, Owner, Persona, Journey, Phase, Line, Station, Action):
        if rows[entity]:
            conn.execute(insert(_table(entity)), rows[entity])


class DocumentFileError(Exception):
    """A JSON document file that was not imported. ``message`` is the sentence naming the file
    (a :class:`FileProblem`); ``problems`` the refused content's rules (an
    :class:`InterchangeError`, with :class:`DocumentTooLarge` for a file over a limit), or None
    when the file itself could not be read. ``str(error)`` is the English sentence."""

    def __init__(self, message: FileProblem, problems: InterchangeError | None = None) -> None:
        super().__init__(message.english())
        self.message = message
        self.problems = problems


NOT_IMPORTED: Final = FileProblem("{file} was not imported; nothing was written.")


def read_document(path: Path) -> DocumentDict:
    """The validated document in the JSON file at ``path``; :class:`DocumentFileError` when it
    cannot be read or breaks the rules (too large, not UTF-8, not JSON, a rule of the spec).
    A file over the size limit is refused before it is read; the file is never changed."""
    name = describe(path)
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0  # reading says what is wrong
    too_large = rules.size_rule(size, rules.DOCUMENT_BYTES_MAX)
    if too_large is not None:
        raise DocumentFileError(NOT_IMPORTED.but(file=name), DocumentTooLarge(too_large))
    data = _read_bytes(path, name)
    if data.startswith(SQLITE_MAGIC):
        raise DocumentFileError(
            FileProblem(
                "{file} is a workshop file, not an interchange JSON document; nothing was written.",
                file=name,
            )
        )
    try:
        return interchange.parse(data)
    except InterchangeError as e:
        raise DocumentFileError(NOT_IMPORTED.but(file=name), e) from None


def _read_bytes(path: Path, name: Quoted) -> bytes:
    try:
        with os.fdopen(open_regular(path), "rb") as f:  # a FIFO is refused, never waited on
            return f.read()
    except OSError as e:
        raise DocumentFileError(reading_problem(e, name, folder=_FOLDER)) from None


_FOLDER = FileProblem("{file} is a folder, not a file.")


def import_document(
    doc: DocumentDict, path: str | os.PathLike[str], *, overwrite: bool = False
) -> None:
    """Write a validated document as a new workshop file (atomically; never half a file)."""
    with building(Path(path), overwrite=overwrite) as conn:
        write_document(conn, doc)


def export_document(document: Document) -> DocumentDict:
    """The whole workshop as a normalised interchange document (every key written)."""
    with document.file.transaction("be read") as conn:
        tables = {e: _read(conn, e) for e in schema.ENTITIES}
    idents: Idents = {
        (e.__tablename__, row["id"]): row["ident"]
        for e in schema.ENTITIES
        if e is not Workshop
        for row in tables[e]
    }

    by_journey: dict[type[Base], dict[int, list[dict[str, Any]]]] = {}
    for entity in (Phase, Line, Station, Action):
        grouped: dict[int, list[dict[str, Any]]] = {}
        for row in tables[entity]:
            grouped.setdefault(row["journey_id"], []).append(row)
        by_journey[entity] = grouped

    def parts(jid: int) -> dict[str, list[dict[str, Any]]]:
        return {
            key: [_to_document(entity, row, idents) for row in by_journey[entity].get(jid, [])]
            for entity, key in _JOURNEY_PARTS
        }

    doc = {
        "format": rules.FORMAT_NAME,
        "version": rules.FORMAT_VERSION,
        "workshop": _to_document(Workshop, tables[Workshop][0], idents),
        "owners": [_to_document(Owner, o, idents) for o in tables[Owner]],
        "personas": [_to_document(Persona, p, idents) for p in tables[Persona]],
        "journeys": [_to_document(Journey, j, idents) | parts(j["id"]) for j in tables[Journey]],
    }
    return cast(DocumentDict, doc)


def _read(conn: Connection, entity: type[Base]) -> list[dict[str, Any]]:
    table = _table(entity)
    order = [table.c.position, table.c.id] if "position" in table.c else [table.c.id]
    return [dict(r) for r in conn.execute(select(table).order_by(*order)).mappings()]
