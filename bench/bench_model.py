"""The model on the benchmark document, each figure beside its library floor from the same run.

Scenarios (targets from the brief):

a. import: JSON text of ``generate_document()`` (3 × 800 stations, 600 actions) through
   ``interchange.parse`` + ``transfer.import_document`` — at most 1.5 s and 5× the floor:
   ``json.loads`` and raw ``sqlite3`` ``executemany`` of the same rows into the same schema
   (the DDL SQLAlchemy emits from ``models.schema``), same pragmas, one transaction.
b. export: ``transfer.export_document`` + ``interchange.dumps`` — at most 0.5 s. Floor: raw
   ``SELECT *`` of every table and ``json.dumps`` of the rows.
c. open: ``Document.open`` + ``snapshot`` of one 800-station journey — at most 0.2 s. Floor: raw
   connect with the same pragmas and the four reads of that journey.
d. one durable edit: ``Document.apply(update_station(emotion=…))`` — median of 200 at most 2×
   the floor: raw single-row ``UPDATE`` + ``COMMIT`` with synchronous=FULL, journal_mode=DELETE,
   locking_mode=EXCLUSIVE, median of 200 (interleaved with the edits, on a copy of the file).

Times are wall clock (``time.perf_counter``), medians of repeated runs after a warm-up, in a
temporary folder. Usage::

    python bench/bench_model.py        # exits 1 when a target is missed
"""

from __future__ import annotations

import json
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import generate  # noqa: E402  (bench/generate.py: a script's folder is first on sys.path)
import sqlalchemy  # noqa: E402
from sqlalchemy.dialects import sqlite as sqlite_dialect  # noqa: E402
from sqlalchemy.schema import CreateIndex, CreateTable  # noqa: E402

from models import edits, interchange, transfer  # noqa: E402
from models.document import Document  # noqa: E402
from models.schema import APPLICATION_ID, SCHEMA_VERSION, Base  # noqa: E402

SHORT_RUNS = 5  # import, export
OPEN_RUNS = 21
EDITS = 200


_CPU: dict[int, list[float]] = {}  # id(measured function) -> CPU seconds of each timed run


def _time(fn: Callable[[], object]) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    _CPU.setdefault(id(fn), []).append(time.process_time() - cpu)
    return time.perf_counter() - start


def _interleaved(
    runs: int, measured: Callable[[], object], floor: Callable[[], object]
) -> tuple[float, float, float, float]:
    """Median wall seconds of each, then median CPU seconds of each, after one untimed
    warm-up of each, run turn about."""
    measured()
    floor()
    a, b = [], []
    _CPU.pop(id(measured), None)
    _CPU.pop(id(floor), None)
    for _ in range(runs):
        a.append(_time(measured))
        b.append(_time(floor))
    cpu_a, cpu_b = _CPU[id(measured)], _CPU[id(floor)]
    return (
        statistics.median(a),
        statistics.median(b),
        statistics.median(cpu_a),
        statistics.median(cpu_b),
    )


# -- the raw floors -----------------------------------------------------------------------------
DDL = [
    str(CreateTable(t).compile(dialect=sqlite_dialect.dialect()))
    for t in Base.metadata.sorted_tables
] + [
    str(CreateIndex(ix).compile(dialect=sqlite_dialect.dialect()))
    for t in Base.metadata.sorted_tables
    for ix in t.indexes
]
COLUMNS = {t.name: [c.name for c in t.columns] for t in Base.metadata.sorted_tables}
JSON_COLUMNS = {"goals", "needs", "frustrations", "pain_points", "quotes"}


def _raw_rows(data: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows the import writes, built from the loaded JSON with plain Python."""
    ids: dict[str, int] = {}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    counters: dict[str, int] = {}

    def new(table: str, key: str) -> int:
        counters[table] = counters.get(table, 0) + 1
        ids[key] = counters[table]
        return counters[table]

    rows["workshop"].append({"id": 1, **data["workshop"]})
    for table, key in (("owner", "owners"), ("persona", "personas")):
        for pos, item in enumerate(data[key]):
            rows[table].append(
                {**item, "ident": item["id"], "id": new(table, item["id"]), "position": pos}
            )
    for jpos, j in enumerate(data["journeys"]):
        jid = new("journey", j["id"])
        persona = ids[j["persona"]] if j["persona"] is not None else None
        rows["journey"].append(
            {**j, "ident": j["id"], "id": jid, "position": jpos, "persona_id": persona}
        )
        for table, key in (("phase", "phases"), ("line", "lines")):
            for pos, item in enumerate(j[key]):
                rows[table].append(
                    {
                        **item,
                        "ident": item["id"],
                        "id": new(table, item["id"]),
                        "journey_id": jid,
                        "position": pos,
                    }
                )
        for pos, s in enumerate(j["stations"]):
            rows["station"].append(
                {
                    **s,
                    "ident": s["id"],
                    "id": new("station", s["id"]),
                    "journey_id": jid,
                    "phase_id": ids[s["phase"]],
                    "line_id": ids[s["line"]],
                    "owner_id": ids[s["owner"]] if s["owner"] is not None else None,
                    "position": float(pos),
                }
            )
        for pos, a in enumerate(j["actions"]):
            rows["action"].append(
                {
                    **a,
                    "ident": a["id"],
                    "id": new("action", a["id"]),
                    "journey_id": jid,
                    "position": pos,
                    "station_id": ids[a["station"]] if a["station"] is not None else None,
                    "owner_id": ids[a["owner"]] if a["owner"] is not None else None,
                }
            )
    return {
        table: [
            tuple(json.dumps(r[c]) if c in JSON_COLUMNS else r.get(c) for c in COLUMNS[table])
            for r in table_rows
        ]
        for table, table_rows in rows.items()
    }


def _raw_import(text: str, path: Path) -> None:
    rows = _raw_rows(json.loads(text))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode = DELETE", "synchronous = FULL", "foreign_keys = ON"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN IMMEDIATE")
        for statement in DDL:
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        for table in COLUMNS:  # sorted_tables: parents first
            if rows[table]:
                marks = ", ".join("?" for _ in COLUMNS[table])
                conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows[table])
        conn.execute("COMMIT")
    finally:
        conn.close()


def _raw_connect(path: Path, exclusive: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "trusted_schema = OFF",
        "cell_size_check = ON",
        "mmap_size = 0",
        "foreign_keys = ON",
        "synchronous = FULL",
        "journal_mode = DELETE",
    ):
        conn.execute(f"PRAGMA {pragma}")
    if exclusive:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    return conn


def _raw_export(path: Path) -> str:
    conn = _raw_connect(path)
    try:
        tables = {
            name: [
                dict(zip(cols, row, strict=True))
                for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY id')
            ]
            for name, cols in COLUMNS.items()
        }
    finally:
        conn.close()
    return json.dumps(tables, ensure_ascii=False, indent=2)


def _raw_open_journey(path: Path, journey_id: int) -> int:
    conn = _raw_connect(path, exclusive=True)
    try:
        phases = conn.execute(
            "SELECT * FROM phase WHERE journey_id = ? ORDER BY position, id", (journey_id,)
        ).fetchall()
        lines = conn.execute(
            "SELECT * FROM line WHERE journey_id = ? ORDER BY position, id", (journey_id,)
        ).fetchall()
        stations = conn.execute(
            "SELECT station.* FROM station JOIN phase ON station.phase_id = phase.id "
            "JOIN line ON station.line_id = line.id WHERE station.journey_id = ? "
            "ORDER BY phase.position, phase.id, line.position, line.id, station.position",
            (journey_id,),
        ).fetchall()
        stations = [(*s[:-1], json.loads(s[8]), json.loads(s[9])) for s in stations]
        actions = conn.execute(
            "SELECT * FROM action WHERE journey_id = ? ORDER BY position, id", (journey_id,)
        ).fetchall()
    finally:
        conn.close()
    return len(phases) + len(lines) + len(stations) + len(actions)


# -- the report ---------------------------------------------------------------------------------
@dataclass
class Figure:
    name: str
    seconds: float
    floor: float
    cpu: float
    floor_cpu: float
    limit_seconds: float | None
    limit_ratio: float | None

    @property
    def ratio(self) -> float:
        return self.seconds / self.floor

    @property
    def passed(self) -> bool:
        ok = self.limit_seconds is None or self.seconds <= self.limit_seconds
        return ok and (self.limit_ratio is None or self.ratio <= self.limit_ratio)

    @property
    def target(self) -> str:
        parts = []
        if self.limit_seconds is not None:
            parts.append(f"≤ {_ms(self.limit_seconds)}")
        if self.limit_ratio is not None:
            parts.append(f"≤ {self.limit_ratio:g}× floor")
        return ", ".join(parts)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _print(figures: list[Figure]) -> None:
    head = (
        f"{'scenario':<36} {'measured':>9} {'floor':>9} {'ratio':>6}  {'target':<22} "
        f"result  {'CPU: measured':>13} {'floor':>8} {'ratio':>6}"
    )
    print(head)
    print("-" * len(head))
    for f in figures:
        print(
            f"{f.name:<36} {_ms(f.seconds):>9} {_ms(f.floor):>9} {f.ratio:>5.2f}×  "
            f"{f.target:<22} {'PASS' if f.passed else 'FAIL':<6}  {_ms(f.cpu):>13} "
            f"{_ms(f.floor_cpu):>8} {f.cpu / f.floor_cpu:>5.1f}×"
        )


def main() -> int:
    data = generate.generate_document()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    stations = sum(len(j["stations"]) for j in data["journeys"])
    actions = sum(len(j["actions"]) for j in data["journeys"])
    print(
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}, {platform.system()} {platform.machine()}"
    )
    print(
        f"document: {len(data['journeys'])} journeys, {stations:,} stations, {actions:,} actions, "
        f"{len(text) / 1e6:.1f} MB of JSON"
    )
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="bench-model-") as tmp:
        folder = Path(tmp)
        target, floor_target = folder / "import.journey", folder / "floor-import.journey"

        # a. import
        def do_import() -> None:
            transfer.import_document(interchange.parse(text), target, overwrite=True)

        def floor_import() -> None:
            floor_target.unlink(missing_ok=True)
            _raw_import(text, floor_target)

        times = _interleaved(SHORT_RUNS, do_import, floor_import)
        figures.append(Figure("a. import JSON (parse + import)", *times, 1.5, 5.0))
        _check_same_rows(target, floor_target)

        # b. export
        with Document.open(target, readonly=True) as doc:
            times = _interleaved(
                SHORT_RUNS,
                lambda: interchange.dumps(transfer.export_document(doc)),
                lambda: _raw_export(floor_target),
            )
        figures.append(Figure("b. export JSON (export + dumps)", *times, 0.5, None))

        # c. open and load one 800-station journey
        journey_id = 1

        def open_and_load() -> None:
            doc = Document.open(target)
            try:
                assert len(doc.snapshot(journey_id).stations) == 800
            finally:
                doc.close()

        times = _interleaved(
            OPEN_RUNS, open_and_load, lambda: _raw_open_journey(floor_target, journey_id)
        )
        figures.append(Figure("c. open + snapshot of 800 stations", *times, 0.2, None))

        # d. one edit, durable when it returns
        edit_path, raw_path = folder / "edit.journey", folder / "raw-edit.journey"
        shutil.copyfile(target, edit_path)
        shutil.copyfile(target, raw_path)
        emotions = dict(sqlite3.connect(raw_path).execute("SELECT id, emotion FROM station"))
        applied, raw, cpu_applied, cpu_raw = [], [], [], []
        with Document.open(edit_path) as doc:
            conn = _raw_connect(raw_path, exclusive=True)
            try:
                for n in range(EDITS + 5):  # the first five warm up
                    sid = 1 + (n * 37) % stations
                    emotion = ((emotions[sid] or 0) + 3) % 5 - 2  # always a real change
                    emotions[sid] = emotion

                    def edit(sid: int = sid, emotion: int = emotion) -> None:
                        change = doc.apply(edits.update_station(sid, emotion=emotion))
                        assert not change.empty

                    def floor_edit(sid: int = sid, emotion: int = emotion) -> None:
                        conn.execute("BEGIN IMMEDIATE")
                        conn.execute("UPDATE station SET emotion = ? WHERE id = ?", (emotion, sid))
                        conn.execute("COMMIT")

                    a, b = _time(edit), _time(floor_edit)
                    if n >= 5:
                        applied.append(a)
                        raw.append(b)
                        cpu_applied.append(_CPU[id(edit)][-1])
                        cpu_raw.append(_CPU[id(floor_edit)][-1])
            finally:
                conn.close()
        assert not Path(f"{edit_path}-wal").exists()
        figures.append(
            Figure(
                "d. one durable edit (median of 200)",
                statistics.median(applied),
                statistics.median(raw),
                statistics.median(cpu_applied),
                statistics.median(cpu_raw),
                None,
                2.0,
            )
        )
        print(
            f"   (d. spread: edit p10 {_ms(_q(applied, 0.1))} p90 {_ms(_q(applied, 0.9))}; "
            f"floor p10 {_ms(_q(raw, 0.1))} p90 {_ms(_q(raw, 0.9))})"
        )
    print()
    _print(figures)
    print(
        "CPU: this process's CPU time (not waiting for the disk or for other processes), "
        "for information on a busy machine; targets are on wall-clock medians."
    )
    return 0 if all(f.passed for f in figures) else 1


def _q(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _check_same_rows(a: Path, b: Path) -> None:
    """The floor must do the same work: the very same rows in every table."""
    contents = []
    for path in (a, b):
        conn = sqlite3.connect(path)
        try:
            contents.append(
                {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in COLUMNS}
            )
        finally:
            conn.close()
    assert contents[0] == contents[1], "the floor wrote other rows than the import"


if __name__ == "__main__":
    sys.exit(main())
