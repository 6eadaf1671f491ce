"""The largest workshop the limits allow: import, open and export, with peak memory, each beside
its library floor from the same run; and how fast over-limit input is refused.

The limits are those of ``models/rules.py`` (20,000 stations and 20,000 actions per workshop, a
50 MB document). The workshop is ``bench/generate.py``'s document at that size (10 journeys of
2,000 stations and 2,000 actions each; ``--stations N`` scales it down for a quicker run).

Each step runs in a child process of its own, so that its peak memory (``ru_maxrss``) is its own:
the figure is the child's peak resident size, and the growth over the child's size just before
the step. Steps and their floors:

a. import: ``interchange.parse`` + ``transfer.import_document`` of the JSON bytes. Floor:
   ``json.loads`` + raw ``sqlite3`` ``executemany`` of the same rows (``bench_model``'s floor).
b. open: ``Document.open`` (schema, value and limit checks) + ``snapshot`` of every journey.
   Floor: raw ``sqlite3`` connect and ``SELECT *`` of every table.
c. export: ``transfer.export_document`` + ``interchange.dumps`` + write. Floor: raw ``SELECT *``
   of every table + ``json.dump`` of the rows.
d. refusals through ``journeyline import`` (in the child): a 60 MB file (size, before reading)
   and a 40 MB document of 800,000 stations (counts, before any check). Floor: ``json.loads``
   of that document.

Targets: peak memory of every step at most 1 GB; a refusal within 2 s. Usage::

    python bench/bench_limits.py                 # the largest allowed workshop
    python bench/bench_limits.py --stations 4000 # a smaller one (actions as many)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models import rules  # noqa: E402

JOURNEYS = 10
MEMORY_TARGET_MB = 1024.0
REFUSAL_TARGET_S = 2.0
COUNT_STATIONS = 800_000  # the over-limit document of scenario d


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def _rss_mb() -> float:
    """This process's peak resident size: VmHWM on Linux (ru_maxrss there keeps the parent's
    peak across fork and exec), ru_maxrss elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- the steps, each run in a child: ``bench_limits.py --step NAME FOLDER`` --------------------


def _step(name: str, folder: Path) -> dict[str, float]:
    """Run one step and return its seconds and memory (the child prints them as JSON)."""
    from app.main import main
    from models import interchange, transfer
    from models.document import Document

    model = _module("bench_model")
    document = folder / "largest.json"
    workshop = folder / "largest.journey"
    before = _rss_mb()
    start = time.perf_counter()
    if name == "import":
        target = folder / "imported.journey"
        transfer.import_document(interchange.parse(document.read_bytes()), target)
        target.unlink()
    elif name == "import-floor":
        model._raw_import(document.read_text(encoding="utf-8"), folder / "raw.journey")
        (folder / "raw.journey").unlink()
    elif name == "open":
        with Document.open(workshop, readonly=True) as opened:
            for journey in opened.journeys():
                opened.snapshot(journey.id)
    elif name == "open-floor":
        conn = model._raw_connect(workshop)
        for table in model.COLUMNS:
            conn.execute(f'SELECT * FROM "{table}"').fetchall()
        conn.close()
    elif name == "export":
        with Document.open(workshop, readonly=True) as opened:
            text = interchange.dumps(transfer.export_document(opened))
        (folder / "exported.json").write_text(text, encoding="utf-8")
    elif name == "export-floor":
        conn = model._raw_connect(workshop)
        tables = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in model.COLUMNS}
        conn.close()
        with (folder / "raw.json").open("w", encoding="utf-8") as f:
            json.dump(tables, f, ensure_ascii=False, indent=2)
    elif name in ("refuse-size", "refuse-count"):
        source = folder / ("huge.json" if name == "refuse-size" else "many.json")
        code = main(["import", str(source), "-o", str(folder / "refused.journey")])
        assert code == 2 and not (folder / "refused.journey").exists()
    elif name == "refuse-count-floor":
        json.loads((folder / "many.json").read_bytes())
    else:
        raise SystemExit(f"unknown step {name}")
    seconds = time.perf_counter() - start
    peak = _rss_mb()
    return {"seconds": seconds, "peak_mb": peak, "growth_mb": peak - before}


def _run_child(name: str, folder: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--step", name, str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"step {name} failed:\n{result.stderr}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# --- the documents ---------------------------------------------------------------------------


def _prepare(folder: Path, stations: int) -> dict[str, float]:
    from models import interchange, transfer

    per_journey = max(1, stations // JOURNEYS)
    doc = _module("generate").generate_document(
        journeys=JOURNEYS, stations_per_journey=per_journey, actions_per_journey=per_journey
    )
    text = interchange.dumps(interchange.validate(doc))
    (folder / "largest.json").write_text(text, encoding="utf-8")
    transfer.import_document(interchange.parse(text), folder / "largest.journey")
    with (folder / "huge.json").open("wb") as f:  # sparse: over the size limit, never read
        f.truncate(60 * 1024 * 1024)
    station = {"id": "", "phase": "p", "line": "l", "title": "t"}
    many = {
        "format": "journeyline",
        "version": 1,
        "workshop": {"title": "Too many"},
        "journeys": [
            {
                "id": "j",
                "name": "j",
                "phases": [{"id": "p", "name": "p"}],
                "lines": [{"id": "l", "name": "l"}],
                "stations": [{**station, "id": f"s{i}"} for i in range(COUNT_STATIONS)],
            }
        ],
    }
    (folder / "many.json").write_text(json.dumps(many, separators=(",", ":")), encoding="utf-8")
    return {
        "stations": per_journey * JOURNEYS,
        "actions": per_journey * JOURNEYS,
        "json_mb": round((folder / "largest.json").stat().st_size / 2**20, 1),
        "file_mb": round((folder / "largest.journey").stat().st_size / 2**20, 1),
        "many_mb": round((folder / "many.json").stat().st_size / 2**20, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=rules.COUNT_LIMITS["stations"])
    parser.add_argument("--step", nargs=2, metavar=("NAME", "FOLDER"), help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.step and ns.step[0].startswith("prepare="):
        stations = int(ns.step[0].removeprefix("prepare="))
        print(json.dumps(_prepare(Path(ns.step[1]), stations)))
        return 0
    if ns.step:
        print(json.dumps(_step(ns.step[0], Path(ns.step[1]))))
        return 0
    stations = min(ns.stations, rules.COUNT_LIMITS["stations"])
    print(f"Python {platform.python_version()} on {platform.system()}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="bench-limits-") as name:
        folder = Path(name)
        sizes = _run_child(f"prepare={stations}", folder)  # keeps this process small
        print(
            f"workshop: {sizes['stations']:,} stations, {sizes['actions']:,} actions in "
            f"{JOURNEYS} journeys; JSON {sizes['json_mb']} MB, workshop file {sizes['file_mb']} MB"
        )
        print(f"{'step':<14}{'seconds':>9}{'floor s':>9}{'ratio':>7}{'peak MB':>9}"
              f"{'floor MB':>10}{'ratio':>7}{'growth MB':>11}")  # fmt: skip
        missed = []
        for step in ("import", "open", "export"):
            got, floor = _run_child(step, folder), _run_child(f"{step}-floor", folder)
            print(
                f"{step:<14}{got['seconds']:>9.2f}{floor['seconds']:>9.2f}"
                f"{got['seconds'] / floor['seconds']:>7.1f}{got['peak_mb']:>9.0f}"
                f"{floor['peak_mb']:>10.0f}{got['peak_mb'] / floor['peak_mb']:>7.1f}"
                f"{got['growth_mb']:>11.0f}"
            )
            if got["peak_mb"] > MEMORY_TARGET_MB:
                missed.append(f"{step}: peak {got['peak_mb']:.0f} MB > {MEMORY_TARGET_MB:.0f} MB")
        floor = _run_child("refuse-count-floor", folder)
        for step, what in (
            ("refuse-size", "a 60 MB file"),
            ("refuse-count", f"{COUNT_STATIONS:,} stations ({sizes['many_mb']} MB)"),
        ):
            got = _run_child(step, folder)
            ratio = (
                f"{got['seconds'] / floor['seconds']:.2f}x json.loads" if "count" in step else ""
            )
            print(
                f"{step:<14}{got['seconds']:>9.2f}  refusing {what}; peak {got['peak_mb']:.0f} MB "
                f"{ratio}"
            )
            if got["seconds"] > REFUSAL_TARGET_S:
                missed.append(f"{step}: {got['seconds']:.2f} s > {REFUSAL_TARGET_S} s")
        print(f"refuse floor  {floor['seconds']:>9.2f}  json.loads of the over-limit document")
    for line in missed:
        print(f"MISSED {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
