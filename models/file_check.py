"""What a workshop file must be before Journeyline reads a value from it or runs a statement.

Two checks, both reading only (SELECTs on ``sqlite_schema`` and on our own tables):

1. **Schema**: every table, column, constraint, index, trigger and view in ``sqlite_schema``
   must be exactly what this Journeyline makes (or a known older version, see
   :data:`models.migrations.OLDER_SCHEMAS`). The expected schema is not a copy: it is read from
   a fresh in-memory database made by :func:`models.workshop_file.initialise_schema`, the same
   code that makes every new workshop file. A trigger, view, index or table a received file
   brings with it (even one named like SQLite's own, ``sqliteXhidden``), or a table that lost
   its CHECK constraints, refuses the file before any statement could fire it.
2. **Values**: every row is checked by the same per-field rules as an edit (each field of the
   registry, ``models.fields``, with its edit check, ``models.field_checks.check_for``), because
   SQLite does not check CHECK constraints on reading and a file may have been written with
   them off. References must resolve, and within one journey. A bad value refuses the file
   with one sentence naming the row and the field.
"""

from __future__ import annotations

import functools
import json
import math
import re
import sqlite3
from typing import Any

from sqlalchemy import JSON, Boolean, Float, Integer, Table

from models.edit_name import Value, quote
from models.file_problem import FileProblem
from models.schema import SCHEMA_VERSION, TABLES

SchemaRow = tuple[str, str, str, str]  # (type, name, table, normalised SQL)
_SHOWN_MAX = 40  # characters of a bad value shown in a message


class FileCheckError(Exception):
    """What is wrong with a file: ``message`` is a whole sentence whose ``{file}`` the caller
    fills in (it knows the file's name); ``str(error)`` is its English."""

    def __init__(self, message: FileProblem) -> None:
        super().__init__(message.english())
        self.message = message


# Each kind of thing in SQLite's schema, a sentence of its own for each way it can be wrong.
_FOREIGN = {
    "table": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: it holds a table {name} "
        "that Journeyline does not make."
    ),
    "index": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: it holds an index {name} "
        "that Journeyline does not make."
    ),
    "trigger": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} "
        "that Journeyline does not make."
    ),
    "view": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: it holds a view {name} "
        "that Journeyline does not make."
    ),
}
_MISSING = {
    "table": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its table {name} is missing."
    ),
    "index": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its index {name} is missing."
    ),
    "trigger": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing."
    ),
    "view": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its view {name} is missing."
    ),
}
_CHANGED = {
    "table": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its table {name} is not the "
        "one Journeyline makes."
    ),
    "index": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its index {name} is not the "
        "one Journeyline makes."
    ),
    "trigger": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its trigger {name} is not "
        "the one Journeyline makes."
    ),
    "view": FileProblem(
        "{file} was changed outside Journeyline and cannot be used: its view {name} is not the "
        "one Journeyline makes."
    ),
}
_NOT_OURS = FileProblem(
    "{file} was changed outside Journeyline and cannot be used: its tables are not those of a "
    "workshop file."
)


# -- the schema -----------------------------------------------------------------------------------
def normalise_sql(sql: str | None) -> str:
    """SQL text with layout differences removed (runs of white space, space around brackets)."""
    if sql is None:
        return ""
    text = re.sub(r"\s+", " ", sql.strip())
    return re.sub(r" ?([(),]) ?", r"\1", text)


def schema_rows(db: sqlite3.Connection) -> frozenset[SchemaRow]:
    """Every row of ``sqlite_schema`` (tables, indexes, triggers, views), normalised."""
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    return frozenset((str(t), str(n), str(tb), normalise_sql(s)) for t, n, tb, s in rows)


@functools.cache
def current_schema() -> frozenset[SchemaRow]:
    """The schema this Journeyline makes, read from a new workshop database made in memory."""
    from sqlalchemy import create_engine, pool

    from models.workshop_file import initialise_schema

    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        engine = create_engine("sqlite://", creator=lambda: db, poolclass=pool.StaticPool)
        with engine.begin() as conn:
            initialise_schema(conn)
        return schema_rows(db)
    finally:
        db.close()


def expected_schema(version: int) -> frozenset[SchemaRow] | None:
    """The schema of a workshop file of ``version``; None for a version this one never knew."""
    if version == SCHEMA_VERSION:
        return current_schema()
    from models.migrations import OLDER_SCHEMAS

    older = OLDER_SCHEMAS.get(version)
    return None if older is None else frozenset(older)


def check_schema(db: sqlite3.Connection, version: int) -> None:
    """Raise FileCheckError unless the file's schema is exactly the one of ``version``."""
    expected = expected_schema(version)
    if expected is None:
        raise FileCheckError(
            FileProblem(
                "{file} was changed outside Journeyline and cannot be used: file version "
                "{version} is not one Journeyline has made.",
                version=str(version),
            )
        )
    found = schema_rows(db)
    if found == expected:
        return
    known = {(t, n): sql for t, n, _, sql in expected}
    have = {(t, n): sql for t, n, _, sql in found}
    for kind, name in sorted(set(have) - set(known), key=_importance):
        raise FileCheckError(_said(_FOREIGN, kind, name))
    for kind, name in sorted(set(known) - set(have), key=_importance):
        raise FileCheckError(_said(_MISSING, kind, name))
    for kind, name in sorted((k for k in have if have[k] != known[k]), key=_importance):
        raise FileCheckError(_said(_CHANGED, kind, name))
    raise FileCheckError(_NOT_OURS)  # e.g. a moved index


def _said(sentences: dict[str, FileProblem], kind: str, name: str) -> FileProblem:
    """The sentence for this kind of schema item (SQLite knows no other kinds than these)."""
    return sentences.get(kind, sentences["table"]).but(name=quote(name, _SHOWN_MAX))


def _importance(item: tuple[str, str]) -> tuple[int, str]:
    """Said first: a table (whole parts of the file), then what runs (triggers, views)."""
    kind, name = item
    return ({"table": 0, "trigger": 1, "view": 2}.get(kind, 3), name)


# -- the values -----------------------------------------------------------------------------------
# A row as a sentence names it: a whole phrase for each kind of row (translated whole).
_ROWS: dict[str, FileProblem] = {
    "owner": FileProblem("owner {id}"),
    "persona": FileProblem("persona {id}"),
    "journey": FileProblem("journey {id}"),
    "phase": FileProblem("phase {id}"),
    "line": FileProblem("line {id}"),
    "station": FileProblem("station {id}"),
    "action": FileProblem("action {id}"),
}
_WORKSHOP_ROW = FileProblem("the workshop record")
_EMPTY = FileProblem("empty")
_BINARY = FileProblem("binary data ({count} bytes)")


def _shown(value: Any) -> Value:
    """A bad value as a sentence shows it: a number as a number, text quoted and shortened."""
    if value is None:
        return _EMPTY
    if isinstance(value, bytes):
        return _BINARY.but(count=len(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return quote(value if isinstance(value, str) else repr(value), _SHOWN_MAX)


def _row_name(table: str, row_id: Any) -> FileProblem:
    if table == "workshop":
        return _WORKSHOP_ROW
    row = _ROWS.get(table, FileProblem("row {id} of the table {table}"))
    return row.but(id=str(row_id), table=quote(table))


def _column_value(column: Any, raw: Any) -> Any:
    """The value a column holds as the mapping reads it (JSON lists decoded, 0/1 booleans)."""
    if raw is None:
        return None
    kind = column.type
    if isinstance(kind, JSON):
        try:
            if isinstance(raw, str):
                return json.loads(raw)
        except ValueError:
            pass
        raise _NotAList
    if isinstance(kind, Boolean) and raw in (0, 1) and isinstance(raw, int):
        return bool(raw)
    return raw  # as it is: the field's rule says what is wrong with it


class _NotAList(ValueError):
    """A list column whose text is not a JSON list."""


def _structural_ok(column: Any, value: Any) -> bool:
    """Ids, positions and journey/phase/line references: whole (or, where declared, finite)
    numbers."""
    if value is None:
        return column.nullable is True
    if isinstance(column.type, Float):
        return isinstance(value, int | float) and math.isfinite(value)
    if isinstance(column.type, Integer):
        return isinstance(value, int)
    return isinstance(value, str)


def check_values(db: sqlite3.Connection) -> None:
    """Raise FileCheckError (naming the row and the field) for the first value outside the rules."""
    from models import fields as registry
    from models.document import EditError
    from models.edits import check_for

    for name, entity in TABLES.items():
        table = entity.__table__
        assert isinstance(table, Table)
        fields = {f.name: (f.noun, check_for(f)) for f in registry.fields(name)}
        columns = list(table.columns)
        column_list = ", ".join(f'"{c.name}"' for c in columns)
        id_index = columns.index(table.c.id)
        for raw_row in db.execute(f'SELECT {column_list} FROM "{name}" ORDER BY rowid'):
            row_id = raw_row[id_index]
            for column, raw in zip(columns, raw_row, strict=True):
                if column.name in fields:
                    label, check = fields[column.name]
                    try:
                        check(label, _column_value(column, raw))
                    except (ValueError, TypeError) as e:
                        row, value = _row_name(name, row_id), _shown(raw)
                        if isinstance(e, _NotAList):
                            problem = _NOT_A_LIST.but(field=label, row=row, value=value)
                        elif isinstance(e, EditError):
                            problem = _BREAKS.but(field=label, row=row, value=value, rule=e.message)
                        else:
                            problem = _NOT_VALID.but(field=label, row=row, value=value)
                        raise FileCheckError(problem) from None
                elif not _structural_ok(column, raw):
                    raise FileCheckError(
                        _NOT_VALID_COLUMN.but(
                            row=_row_name(name, row_id),
                            column=quote(column.name),
                            value=_shown(raw),
                        )
                    )
    _check_references(db)


# The field is the registry's noun ({field}, translated with the registry), the rule the edit's
# own Refusal: a whole sentence after the sentence that names the value.
_NOT_A_LIST = FileProblem(
    "{file} cannot be used: the {field} of {row} is {value}, which is not a list."
)
_NOT_VALID = FileProblem(
    "{file} cannot be used: the {field} of {row} is {value}, which is not a valid value."
)
_BREAKS = FileProblem("{file} cannot be used: the {field} of {row} is {value}. {rule}")
_NOT_VALID_COLUMN = FileProblem(
    "{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value."
)
# A reference to a row that is not there, by the kind of row it names.
_DANGLING: dict[str, FileProblem] = {
    "owner": FileProblem(
        "{file} cannot be used: {row} refers to an owner that is not in the file."
    ),
    "persona": FileProblem(
        "{file} cannot be used: {row} refers to a persona that is not in the file."
    ),
    "journey": FileProblem(
        "{file} cannot be used: {row} refers to a journey that is not in the file."
    ),
    "phase": FileProblem("{file} cannot be used: {row} refers to a phase that is not in the file."),
    "line": FileProblem("{file} cannot be used: {row} refers to a line that is not in the file."),
    "station": FileProblem(
        "{file} cannot be used: {row} refers to a station that is not in the file."
    ),
    "action": FileProblem(
        "{file} cannot be used: {row} refers to an action that is not in the file."
    ),
}
_DANGLING_OTHER = FileProblem(
    "{file} cannot be used: {row} refers to a row of the table {table} that is not in the file."
)


def _check_references(db: sqlite3.Connection) -> None:
    if db.execute("SELECT id FROM workshop").fetchall() != [(1,)]:
        raise FileCheckError(FileProblem("{file} cannot be used: it has no workshop record."))
    for table, row_id, parent, _ in db.execute("PRAGMA foreign_key_check"):
        sentence = _DANGLING.get(parent, _DANGLING_OTHER)
        raise FileCheckError(sentence.but(row=_row_name(table, row_id), table=quote(parent)))
    for sentence, query in _CROSS_JOURNEY:
        for row_id, other in db.execute(query):
            raise FileCheckError(sentence.but(row=str(row_id), other=str(other)))


# A station's phase and line, and an action's station, must be of the same journey (the map and
# the edits rely on it). Each query gives (row id, referenced id) for the rows that break it.
_CROSS_JOURNEY: tuple[tuple[FileProblem, str], ...] = (
    (
        FileProblem("{file} cannot be used: station {row} is on phase {other} of another journey."),
        "SELECT s.id, p.id FROM station s JOIN phase p ON p.id = s.phase_id"
        " WHERE p.journey_id IS NOT s.journey_id",
    ),
    (
        FileProblem("{file} cannot be used: station {row} is on line {other} of another journey."),
        "SELECT s.id, l.id FROM station s JOIN line l ON l.id = s.line_id"
        " WHERE l.journey_id IS NOT s.journey_id",
    ),
    (
        FileProblem(
            "{file} cannot be used: action {row} belongs to station {other} of another journey."
        ),
        "SELECT a.id, s.id FROM action a JOIN station s ON s.id = a.station_id"
        " WHERE s.journey_id IS NOT a.journey_id",
    ),
)
