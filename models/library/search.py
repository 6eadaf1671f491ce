"""Full-text search across the latest version of every published map.

PostgreSQL: each entry's ``tsvector`` is made with its workshop's text search configuration
(``english``, ``norwegian``…, else ``simple``), and the query is parsed once per configuration
in use with ``websearch_to_tsquery`` (so any text a user types is a valid query), ranked by
``ts_rank``.
SQLite: an FTS5 table (Porter stemming over Unicode words), the user's words quoted so none of
them is FTS syntax, ranked by ``bm25``. Both use their index (GIN, FTS5) for the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import text

from models.library.store import Library

DEFAULT_LIMIT: Final = 50
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """One thing found: which map and version, which journey and station, and the text."""

    map_id: int
    title: str
    client: str
    version: int
    kind: str  # models.library.schema.ENTRY_KINDS
    journey_index: int
    journey_name: str
    station_index: int | None
    station_title: str
    text: str
    rank: float


def sqlite_match(query: str) -> str:
    """The FTS5 query for what the user typed: every word must occur (each quoted)."""
    return " ".join(f'"{w}"' for w in _WORD.findall(query))


_COLUMNS = (
    "m.id AS map_id, v.title, v.client, v.number AS version, e.kind, e.journey_index, "
    "e.journey_name, e.station_index, e.station_title, e.text"
)
_LATEST = (
    "JOIN published_version v ON v.id = e.version_id "
    "JOIN published_map m ON m.id = v.map_id AND m.latest_version = v.number "
    "AND m.kind = 'map'"
)

SQLITE_SEARCH: Final = (
    f"SELECT {_COLUMNS}, bm25(search_entry_fts) AS rank "
    "FROM search_entry_fts JOIN search_entry e ON e.id = search_entry_fts.rowid "
    f"{_LATEST} "
    "WHERE search_entry_fts MATCH :match "
    "ORDER BY rank, m.id, e.id LIMIT :limit"
)


# Each configuration's query is parsed once (a MATERIALIZED CTE: inlined, PostgreSQL would
# parse it again for every row it ranks, three times slower over a thousand maps); each entry
# is matched, through the GIN index, by the query of its own workshop's language.
POSTGRESQL_SEARCH: Final = (
    "WITH q AS MATERIALIZED ("
    "SELECT c AS language, websearch_to_tsquery(c, :q) AS query "
    "FROM unnest(CAST(:configs AS regconfig[])) AS c) "
    f"SELECT {_COLUMNS}, ts_rank(e.tsv, q.query) AS rank "
    "FROM q JOIN search_entry e ON e.language = q.language AND e.tsv @@ q.query "
    f"{_LATEST} "
    "ORDER BY rank DESC, m.id, e.id LIMIT :limit"
)


def configs_in_use(library: Library) -> list[str]:
    """The text search configurations of the published workshops (each one Journeyline knows)."""
    from models.library.index import FALLBACK_CONFIG, TEXT_SEARCH_CONFIGS

    known = {FALLBACK_CONFIG, *TEXT_SEARCH_CONFIGS.values()}
    with library.transaction() as conn:
        used = conn.execute(text("SELECT DISTINCT language FROM published_version")).scalars()
        return sorted(c for c in used if c in known)


def search(library: Library, query: str, *, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """The best ``limit`` hits for ``query`` among the latest versions of all maps."""
    if not _WORD.search(query):
        return []
    params: dict[str, Any] = {"limit": limit}
    if library.dialect == "postgresql":
        configs = configs_in_use(library)
        if not configs:
            return []
        sql = POSTGRESQL_SEARCH
        params.update(q=query, configs=configs)
    else:
        sql = SQLITE_SEARCH
        params["match"] = sqlite_match(query)
    with library.transaction() as conn:
        rows = conn.execute(text(sql), params).all()
    return [Hit(**row._mapping) for row in rows]
