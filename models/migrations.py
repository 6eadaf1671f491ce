"""Bring a workshop file of an older schema version up to the current one.

Each step takes a connection at version N and leaves it at N + 1. All steps run in one
transaction, after a backup copy of the untouched file is saved beside it, so a failed
migration leaves the user with both the original and the backup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from models.schema import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

# version N -> the step that turns a version-N file into a version-(N + 1) file.
STEPS: dict[int, Step] = {}

# version N (< SCHEMA_VERSION) -> the schema a version-N file has, as
# ``models.file_check.schema_rows`` reads it: (type, name, table, normalised SQL) for every row
# of sqlite_schema. An older file is checked against it before anything of it runs or is
# migrated. The current version's schema is never written here: it is derived from the code
# (``models.file_check.current_schema``). When a step is added for version N, record version
# N's rows here first (``sorted(models.file_check.current_schema())``, taken before the schema
# changes): the code that made them is gone once the schema has moved on.
OLDER_SCHEMAS: dict[int, frozenset[tuple[str, str, str, str]]] = {}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem} (before upgrade from v{version}){path.suffix}")


def migrate(path: Path, dbapi: sqlite3.Connection, version: int) -> None:
    from models.workshop_file import WorkshopFileError, save_database_copy

    missing = [v for v in range(version, SCHEMA_VERSION) if v not in STEPS]
    if missing:
        raise WorkshopFileError(
            f"“{path.name}” has file version {version}, which this Journeyline cannot upgrade."
        )
    save_database_copy(dbapi, backup_path(path, version))
    dbapi.execute("BEGIN IMMEDIATE")
    try:
        for v in range(version, SCHEMA_VERSION):
            STEPS[v](dbapi)
        dbapi.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        dbapi.execute("COMMIT")
    except BaseException:
        dbapi.execute("ROLLBACK")
        raise
