"""Bring a workshop file of an older schema version up to the current one.

Each step takes a connection at version N and leaves it at N + 1 (plain SQL on the data:
columns added and filled). After the last step the file is rebuilt into the current schema,
table by table, with exactly the statements a new file is made with, so an upgraded file and a
new one cannot differ in their constraints. Everything runs in one transaction, after a backup
copy of the untouched file is saved beside it, so a failed migration leaves the user with both
the original and the backup.

Before anything is written (the backup included) the old file's schema has been checked
against the schema its version had (:data:`OLDER_SCHEMAS`, by ``models.file_check``), so a
damaged or foreign file is refused without a side file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from models.file_problem import FileProblem, describe
from models.schema import SCHEMA_VERSION, Base
from models.schema_v1 import SCHEMA_V1

Step = Callable[[sqlite3.Connection], None]


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Version 2: interchange ids kept in ``ident``, customer quotes, the workshop's language.

    Rows get the ids a version-1 export gave them ("station-12"), so a file's exports keep
    their ids across the upgrade.
    """
    db.execute("ALTER TABLE workshop ADD COLUMN language VARCHAR(35) NOT NULL DEFAULT 'en'")
    db.execute("ALTER TABLE station ADD COLUMN quotes JSON NOT NULL DEFAULT '[]'")
    for table in ("owner", "persona", "journey", "phase", "line", "station", "action"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN ident VARCHAR(64) NOT NULL DEFAULT ''")
        db.execute(f"UPDATE {table} SET ident = '{table}-' || id")


# version N -> the step that turns a version-N file into a version-(N + 1) file.
STEPS: dict[int, Step] = {1: _v1_to_v2}

# version N (< SCHEMA_VERSION) -> the schema a version-N file has, as
# ``models.file_check.schema_rows`` reads it: (type, name, table, normalised SQL) for every row
# of sqlite_schema. An older file is checked against it before anything of it runs or is
# migrated. The current version's schema is never written here: it is derived from the code
# (``models.file_check.current_schema``). When a step is added for version N, record version
# N's rows here first (``sorted(models.file_check.current_schema())``, taken before the schema
# changes): the code that made them is gone once the schema has moved on.
OLDER_SCHEMAS: dict[int, frozenset[tuple[str, str, str, str]]] = {1: SCHEMA_V1}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem} (before upgrade from v{version}){path.suffix}")


def _rebuild(db: sqlite3.Connection) -> None:
    """Recreate every table with the current schema's statements, keeping every row and the
    id counters (AUTOINCREMENT), inside the caller's transaction."""
    dialect = sqlite.dialect()
    tables = Base.metadata.sorted_tables
    rows: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    for table in tables:
        columns = [c.name for c in table.columns]
        listed = ", ".join(f'"{c}"' for c in columns)
        rows[table.name] = (columns, db.execute(f'SELECT {listed} FROM "{table.name}"').fetchall())
    counters = db.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
    for table in reversed(tables):  # children first
        db.execute(f'DROP TABLE "{table.name}"')
    for table in tables:
        db.execute(str(CreateTable(table).compile(dialect=dialect)))
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            db.execute(str(CreateIndex(index).compile(dialect=dialect)))
        columns, values = rows[table.name]
        if values:
            listed = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            db.executemany(f'INSERT INTO "{table.name}" ({listed}) VALUES ({marks})', values)
    db.execute("DELETE FROM sqlite_sequence")
    db.executemany("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", counters)


def migrate(path: Path, dbapi: sqlite3.Connection, version: int) -> None:
    from models.workshop_file import WorkshopFileError, save_database_copy

    missing = [v for v in range(version, SCHEMA_VERSION) if v not in STEPS]
    if missing or version not in OLDER_SCHEMAS:
        raise WorkshopFileError(
            FileProblem(
                "{file} has file version {version}, which this Journeyline cannot upgrade.",
                file=describe(path),
                version=str(version),
            )
        )
    save_database_copy(dbapi, backup_path(path, version))
    dbapi.execute("BEGIN IMMEDIATE")
    try:
        for v in range(version, SCHEMA_VERSION):
            STEPS[v](dbapi)
        _rebuild(dbapi)
        problems = dbapi.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise WorkshopFileError(
                FileProblem(
                    "{file} is damaged: some of its rows refer to rows that do not exist.",
                    file=describe(path),
                )
            )
        dbapi.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        dbapi.execute("COMMIT")
    except sqlite3.IntegrityError:
        dbapi.execute("ROLLBACK")
        raise WorkshopFileError(
            FileProblem(
                "{file} could not be upgraded: it holds values this Journeyline does not "
                "accept; the file is unchanged.",
                file=describe(path),
            )
        ) from None
    except BaseException:
        dbapi.execute("ROLLBACK")
        raise
