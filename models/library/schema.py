"""The library's tables, as SQLAlchemy Core tables for the queries.

The tables themselves are made by the Alembic migrations in ``migrations/versions/`` (which
also add what only one database has: PostgreSQL's ``tsvector`` column with its GIN index,
SQLite's FTS5 table). A change here goes with a new migration.

- ``published_map``: one row per map or house template; ``latest_version`` is the guard of
  optimistic concurrency (a publish sets it from N to N + 1 only where it is still N).
- ``published_version``: immutable versions, each with its whole interchange document.
- ``search_entry``: the searchable texts of every version (stations, needs, pain points,
  quotes, actions), each pointing at its journey and station.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import REGCONFIG

KINDS: Final = ("map", "template")
ENTRY_KINDS: Final = ("station", "need", "pain_point", "quote", "action")

metadata = MetaData()

published_map = Table(
    "published_map",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("title", Text, nullable=False),
    Column("client", Text, nullable=False),
    Column("segment", Text, nullable=False),
    Column("latest_version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

published_version = Table(
    "published_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("map_id", Integer, ForeignKey("published_map.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("author", Text, nullable=False),
    Column("db_role", Text, nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("message", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("client", Text, nullable=False),
    Column("segment", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("document", Text, nullable=False),
)

search_entry = Table(
    "search_entry",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version_id", Integer, ForeignKey("published_version.id"), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("journey_index", Integer, nullable=False),
    Column("journey_name", Text, nullable=False),
    Column("station_index", Integer),
    Column("station_title", Text, nullable=False),
    Column("text", Text, nullable=False),
    # On PostgreSQL a regconfig ('english', 'simple', …); on SQLite plain text.
    Column("language", Text().with_variant(REGCONFIG(), "postgresql"), nullable=False),
)
