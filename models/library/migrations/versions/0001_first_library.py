"""The first library: published maps and templates, their versions, and the search entries.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    now = sa.text("now()") if postgres else sa.text("CURRENT_TIMESTAMP")
    op.create_table(
        "published_map",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("client", sa.Text, nullable=False, server_default=""),
        sa.Column("segment", sa.Text, nullable=False, server_default=""),
        sa.Column("latest_version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=now),
        sa.CheckConstraint("kind IN ('map', 'template')", name="ck_published_map_kind"),
        sa.CheckConstraint("latest_version >= 1", name="ck_published_map_latest"),
    )
    op.create_table(
        "published_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("map_id", sa.Integer, sa.ForeignKey("published_map.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        # The database role that published it: set by the server, so it cannot be made up.
        sa.Column(
            "db_role",
            sa.Text,
            nullable=False,
            server_default=sa.text("current_user") if postgres else "",
        ),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False, server_default=now),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("client", sa.Text, nullable=False, server_default=""),
        sa.Column("segment", sa.Text, nullable=False, server_default=""),
        sa.Column("language", sa.Text, nullable=False, server_default="simple"),
        sa.Column("document", sa.Text, nullable=False),
        sa.UniqueConstraint("map_id", "number", name="uq_published_version_map_number"),
    )
    language = postgresql.REGCONFIG() if postgres else sa.Text()
    columns: list[sa.schema.SchemaItem] = [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("published_version.id"), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("journey_index", sa.Integer, nullable=False),
        sa.Column("journey_name", sa.Text, nullable=False),
        sa.Column("station_index", sa.Integer),
        sa.Column("station_title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", language, nullable=False),
    ]
    if postgres:
        columns.append(
            sa.Column(
                "tsv",
                postgresql.TSVECTOR(),
                sa.Computed("to_tsvector(language, text)", persisted=True),
            )
        )
    op.create_table("search_entry", *columns)
    op.create_index("ix_search_entry_version_id", "search_entry", ["version_id"])
    if postgres:
        op.create_index("ix_search_entry_tsv", "search_entry", ["tsv"], postgresql_using="gin")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE search_entry_fts USING fts5("
            "text, content='search_entry', content_rowid='id', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE search_entry_fts")
    op.drop_table("search_entry")
    op.drop_table("published_version")
    op.drop_table("published_map")
