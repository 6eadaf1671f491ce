"""The team library, each figure beside the floor of the same work written directly in SQL.

Scenarios (targets from issue 14), on the local SQLite library and on a PostgreSQL server
that this script starts in a temporary folder (tests/postgres.py; skipped with the reason when
none can run here):

a. publish the 2,400-station benchmark workshop (bench/generate.py: 3 × 800 stations, 600
   actions) — at most 2 s: ``Library.publish`` (interchange JSON, search entries, one
   transaction). Floor: the same map, version and entry rows written with the raw driver
   (sqlite3 executemany + the FTS5 index; psycopg COPY), in one transaction, with
   ``json.dumps`` of the document.
b. search over 1,000 published maps (each 2 journeys × 50 stations, 15 actions, its own
   client; a few with a pain point about the first bill) — median at most 200 ms:
   ``models.library.search.search`` for several queries. Floor: the same SQL text run on a raw
   driver cursor with the same parameters.

Times are wall clock (``time.perf_counter``), medians. Usage::

    python bench/bench_library.py [--maps 1000]     # exits 1 when a target is missed
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import generate  # noqa: E402  (bench/generate.py: a script's folder is first on sys.path)
from sqlalchemy import text  # noqa: E402

from models import interchange  # noqa: E402
from models.library import index, search  # noqa: E402
from models.library.store import Library  # noqa: E402
from tests.postgres import Server, Unavailable, start_server  # noqa: E402

PUBLISH_RUNS = 3
SEARCH_RUNS = 15
QUERIES = ["first bill shock", "unexpected fee bill", "queue phone", "confirmation days"]
PUBLISH_TARGET = 2.0
SEARCH_TARGET = 0.200


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# --- the floors: the same rows and queries through the raw drivers ---------------------------


def _raw_publish(library: Library, doc: Any) -> None:
    """Map, version and entry rows in one transaction, straight through the driver."""
    document_text = json.dumps(doc, ensure_ascii=False)
    rows = list(index.entries(doc))
    raw = library.engine.raw_connection()
    try:
        cur = raw.cursor()
        if library.dialect == "sqlite":
            cur.execute("BEGIN IMMEDIATE")
        values = ("map", "t", "c", "s", 1)
        cur.execute(
            "INSERT INTO published_map (kind, title, client, segment, latest_version) "
            + (
                "VALUES (?, ?, ?, ?, ?) RETURNING id"
                if library.dialect == "sqlite"
                else "VALUES (%s, %s, %s, %s, %s) RETURNING id"
            ),
            values,
        )
        map_id = cur.fetchone()[0]
        mark = "?" if library.dialect == "sqlite" else "%s"
        cur.execute(
            "INSERT INTO published_version (map_id, number, author, message, title, client, "
            f"segment, language, document) VALUES ({', '.join([mark] * 9)}) RETURNING id",
            (map_id, 1, "a", "m", "t", "c", "s", "simple", document_text),
        )
        version_id = cur.fetchone()[0]
        columns = (
            "version_id",
            "kind",
            "journey_index",
            "journey_name",
            "station_index",
            "station_title",
            "text",
            "language",
        )
        tuples = [
            (
                version_id,
                r["kind"],
                r["journey_index"],
                r["journey_name"],
                r["station_index"],
                r["station_title"],
                r["text"],
                "simple",
            )
            for r in rows
        ]
        if library.dialect == "sqlite":
            cur.executemany(
                f"INSERT INTO search_entry ({', '.join(columns)}) VALUES ({', '.join('?' * 8)})",
                tuples,
            )
            cur.execute(
                "INSERT INTO search_entry_fts(rowid, text) "
                "SELECT id, text FROM search_entry WHERE version_id = ?",
                (version_id,),
            )
            cur.execute("COMMIT")
        else:
            with cur.copy(f"COPY search_entry ({', '.join(columns)}) FROM STDIN") as out:
                for t in tuples:
                    out.write_row(t)
            raw.commit()
    finally:
        raw.close()


def _raw_search(library: Library, query: str, configs: list[str]) -> list[Any]:
    if library.dialect == "sqlite":
        sql = search.SQLITE_SEARCH.replace(":match", "?").replace(":limit", "?")
        params: tuple[Any, ...] = (search.sqlite_match(query), search.DEFAULT_LIMIT)
    else:
        sql = search.POSTGRESQL_SEARCH.replace(":q", "%(q)s").replace(":configs", "%(configs)s")
        sql = sql.replace(":limit", "%(limit)s")
        params = {"q": query, "limit": search.DEFAULT_LIMIT, "configs": configs}  # type: ignore
    raw = library.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(sql, params)
        found = cur.fetchall()
        raw.rollback()
        return found
    finally:
        raw.close()


# --- the scenarios ---------------------------------------------------------------------------


def _maps(count: int) -> list[Any]:
    make = generate.generate_document
    maps = []
    for i in range(count):
        doc = interchange.validate(make(2, 50, 15, seed=1000 + i))
        doc["workshop"]["organisation"] = f"Client {i:04d}"
        doc["workshop"]["title"] = f"Onboarding {i:04d}"
        if i % 97 == 0:
            doc["journeys"][0]["stations"][3]["pain_points"] = ["The first bill was a shock"]
        maps.append(doc)
    return maps


def bench(library: Library, big: Any, maps: list[Any]) -> list[tuple[str, float, float, float]]:
    results = []
    publish = _median(lambda: library.publish(big, message="bench", author="bench"), PUBLISH_RUNS)
    floor = _median(lambda: _raw_publish(library, big), PUBLISH_RUNS)
    results.append(("publish 2,400 stations", publish, floor, PUBLISH_TARGET))

    with library.engine.begin() as conn:  # only the 1,000 maps are searched
        conn.execute(text("UPDATE published_map SET kind = 'template'"))
    start = time.perf_counter()
    for doc in maps:
        library.publish(doc, message="bench", author="bench")
    print(f"  ({len(maps)} maps published in {time.perf_counter() - start:.1f} s)")
    # The floor is the search query alone; ours also looks up the languages in use.
    configs = search.configs_in_use(library) if library.dialect == "postgresql" else []
    for query in QUERIES:
        hits = search.search(library, query)
        assert hits, query
        assert len(_raw_search(library, query, configs)) == len(hits)
        ours = _median(lambda q=query: search.search(library, q), SEARCH_RUNS)
        floor = _median(lambda q=query: _raw_search(library, q, configs), SEARCH_RUNS)
        results.append((f"search “{query}” ({len(hits)} hits)", ours, floor, SEARCH_TARGET))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maps", type=int, default=1000)
    ns = parser.parse_args()
    big = interchange.validate(generate.generate_document())
    maps = _maps(ns.maps)
    missed = False
    server: Server | None = None
    with tempfile.TemporaryDirectory() as folder:
        urls = [("SQLite (local library)", f"sqlite:///{folder}/library.sqlite")]
        try:
            server = start_server()
            server.execute("CREATE DATABASE bench")
            urls.append(("PostgreSQL", server.url("bench")))
        except Unavailable as e:
            print(f"PostgreSQL skipped: {e}")
        try:
            for label, url in urls:
                print(f"\n{label}")
                with Library.open(url) as library:
                    for name, ours, floor, target in bench(library, copy.deepcopy(big), maps):
                        ok = ours <= target
                        missed |= not ok
                        print(
                            f"  {name:<44} {ours * 1000:8.1f} ms   floor {floor * 1000:8.1f} ms"
                            f"   ×{ours / floor:5.2f}   target ≤ {target * 1000:.0f} ms"
                            f"  {'ok' if ok else 'MISSED'}"
                        )
        finally:
            if server is not None:
                server.remove()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
