"""Bring a library's tables up to this Journeyline's schema with its Alembic migrations.

Journeyline runs the migrations itself, on the connection it has, whenever it opens a library
that is empty or older than its code: the local library needs no set-up, and a team library is
set up by the first user whose database role may create tables (its owner, see the README's
"Team library"). The scripts are read from ``migrations/`` inside this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"


def _config(conn: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def head() -> str:
    """The newest revision this Journeyline knows."""
    heads = ScriptDirectory.from_config(_config()).get_heads()
    assert len(heads) == 1, f"the library's migrations have {len(heads)} heads"
    return heads[0]


def known(revision: str) -> bool:
    """Whether ``revision`` is one of this Journeyline's migrations."""
    script = ScriptDirectory.from_config(_config())
    return any(r.revision == revision for r in script.walk_revisions())


def current(conn: Connection) -> str | None:
    """The revision the library's tables are at (None: no tables yet)."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(conn: Connection) -> None:
    """Run every migration the library lacks, in the connection's transaction."""
    command.upgrade(_config(conn), "head")
