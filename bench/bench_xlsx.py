"""Excel action list: export of the generated benchmark document against openpyxl's own floor.

The floor is openpyxl writing exactly the same cell values (read back from one export) to the
same four sheets with ``Worksheet.append`` and saving to the same folder: no styles, tables,
validation, conditional formats or print setup, and no reading of the workshop file. The
export is timed end to end (reading the document, sorting, styling, writing atomically).
Both run once untimed to warm up, then three times each, interleaved; medians are compared.

The verdict compares CPU time (``time.process_time``): on a shared machine other processes
stretch the wall-clock time of whichever run they happen to overlap, but not the CPU time the
run itself needs. Wall-clock medians and their ratio are printed beside it. (Waiting for the
disk is not CPU time; the export's fsync of a 100 kB file takes about a millisecond.)

Usage::

    python bench/bench_xlsx.py          # exits 1 when the export takes more than 1.5x the floor
"""

from __future__ import annotations

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
from openpyxl import Workbook, load_workbook  # noqa: E402

from exporters.action_list_xlsx import export_action_list  # noqa: E402
from models import interchange, transfer  # noqa: E402
from models.document import Document  # noqa: E402

BUDGET = 1.5
RUNS = 3


def _sheets(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's cell values, as the export wrote them."""
    workbook = load_workbook(path)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in workbook.worksheets]
    finally:
        workbook.close()


def _floor(sheets: list[tuple[str, list[tuple[Any, ...]]]], path: Path) -> None:
    workbook = Workbook()
    first = True
    for title, rows in sheets:
        if first:
            ws = workbook.active
            ws.title = title
            first = False
        else:
            ws = workbook.create_sheet(title)
        for row in rows:
            ws.append(row)
    workbook.save(path)


def _time(fn: Callable[[], None]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process) for one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as tmp:
        folder = Path(tmp)
        source = folder / "big.journey"
        transfer.import_document(interchange.validate(generate.generate_document()), source)
        with Document.open(source, readonly=True) as document:
            stations = sum(len(document.snapshot(j.id).stations) for j in document.journeys())
            actions = len(document.actions())
            export_path, floor_path = folder / "actions.xlsx", folder / "floor.xlsx"

            def export() -> None:
                export_action_list(document, export_path)

            export()  # warm-up, and the values for the floor
            sheets = _sheets(export_path)
            cells = sum(len(row) for _, rows in sheets for row in rows)

            def floor() -> None:
                _floor(sheets, floor_path)

            floor()  # warm-up
            export_times, floor_times = [], []
            for _ in range(RUNS):
                export_times.append(_time(export))
                floor_times.append(_time(floor))

    print(
        f"document: {stations:,} stations, {actions:,} actions; "
        f"{cells:,} cells in {len(sheets)} sheets"
    )
    export_wall, export_cpu = _report("export_action_list", export_times)
    floor_wall, floor_cpu = _report("openpyxl floor", floor_times)
    ratio = export_cpu / floor_cpu
    verdict = "PASS" if ratio <= BUDGET else "FAIL"
    print(f"wall-clock ratio {export_wall / floor_wall:.2f}x")
    print(f"ratio {ratio:.2f}x CPU time (budget {BUDGET}x): {verdict}")
    return 0 if verdict == "PASS" else 1


def _report(name: str, times: list[tuple[float, float]]) -> tuple[float, float]:
    """Print and return the medians (wall clock, CPU) of a run's times."""
    wall = statistics.median(t[0] for t in times)
    cpu = statistics.median(t[1] for t in times)
    walls = ", ".join(f"{t[0]:.3f}" for t in times)
    cpus = ", ".join(f"{t[1]:.3f}" for t in times)
    print(f"{name:<19} median CPU {cpu:.3f} s ({cpus}); wall {wall:.3f} s ({walls})")
    return wall, cpu


if __name__ == "__main__":
    sys.exit(main())
