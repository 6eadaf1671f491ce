"""Full-text search across the latest version of every published map.

PostgreSQL: each entry's ``tsvector`` is made with its workshop's text search configuration
(``english``, ``norwegian``…, else ``simple``), and the query is parsed per configuration with
``websearch_to_tsquery`` (so any text a user types is a valid query), ranked by ``ts_rank``.
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


def postgresql_search(configs: list[str]) -> str:
    """The query over the text search configurations in use (each a literal from our table)."""
    matches = " OR ".join(
        f"(e.language = '{c}'::regconfig AND e.tsv @@ websearch_to_tsquery('{c}', :q))"
        for c in configs
    )
    return (
        f"SELECT {_COLUMNS}, ts_rank(e.tsv, websearch_to_tsquery(e.language, :q)) AS rank "
        f"FROM search_entry e {_LATEST} "
        f"WHERE {matches} "
        "ORDER BY rank DESC, m.id, e.id LIMIT :limit"
    )


def _configs_in_use(library: Library) -> list[str]:
    from models.library.index import FALLBACK_CONFIG, TEXT_SEARCH_CONFIGS

    known = {FALLBACK_CONFIG, *TEXT_SEARCH_CONFIGS.values()}
    with library.transaction("search the library") as conn:
        used = conn.execute(text("SELECT DISTINCT language FROM published_version")).scalars()
        return sorted(c for c in used if c in known)


def search(library: Library, query: str, *, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """The best ``limit`` hits for ``query`` among the latest versions of all maps."""
    if not _WORD.search(query):
        return []
    params: dict[str, Any] = {"limit": limit}
    if library.dialect == "postgresql":
        configs = _configs_in_use(library)
        if not configs:
            return []
        sql = postgresql_search(configs)
        params["q"] = query
    else:
        sql = SQLITE_SEARCH
        params["match"] = sqlite_match(query)
    with library.transaction("search the library") as conn:
        rows = conn.execute(text(sql), params).all()
    return [Hit(**row._mapping) for row in rows]
