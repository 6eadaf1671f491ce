"""Reading back an edited action list of 600 actions, against openpyxl reading it alone.

The workshop: the benchmark generator's document at 3 journeys × 200 stations and 200 actions
each (600 actions). Its action list is exported, then edited as a client would with openpyxl:
sorted by owner, a third of the statuses changed, owners, due dates, efforts, values, KPIs and
titles changed on other rows, 20 rows added (with a new owner) and 10 deleted, the sheet
renamed and a column of the client's own inserted.

Timed, end to end: ``read_update`` (reading the workbook and checking every cell, matching the
rows to the workshop's actions, planning the changes) and applying the plan as ONE edit to
the workshop file (one durable transaction). The edit is undone, untimed, between runs.

The floor is openpyxl alone reading the same workbook in the same mode (``read_only``): opening
it and every cell of the two sheets the update reads (the action list, and the hidden sheet of
each action's values as exported), which the update cannot do without. Both run once
untimed to warm up, then three times each, interleaved; medians are compared.

Budgets: the update within 2 s (wall clock, the issue's figure for 600 actions), and within
3x the floor's CPU time (the reading, checking, matching and the edit on top of openpyxl's
own parsing). CPU time is the fairer ratio on a shared machine (see bench_xlsx.py).

Usage::

    python bench/bench_update.py     # exits 1 when a budget is exceeded
"""

from __future__ import annotations

import datetime as dt
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
from openpyxl import load_workbook  # noqa: E402

from exporters.action_list_update import read_update  # noqa: E402
from exporters.action_list_xlsx import (  # noqa: E402
    ACTION_KEY_HEADER,
    BASE_KEY_HEADER,
    export_action_list,
)
from models import interchange, transfer  # noqa: E402
from models.document import Document, Edit  # noqa: E402

SECONDS = 2.0
BUDGET = 3.0
RUNS = 3


def _client_edits(path: Path) -> None:
    """What a client's teams do to the list over a few weeks."""
    workbook = load_workbook(path)
    ws = workbook["Actions"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) for name in header}
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    rows.sort(key=lambda r: str(r[col["Owner"]] or ""))  # sorted by owner
    statuses = ("idea", "planned", "doing", "done", "dropped")
    for i, row in enumerate(rows):
        if i % 3 == 0:
            row[col["Status"]] = statuses[(statuses.index(row[col["Status"]]) + 1) % 5]
        if i % 7 == 1:
            row[col["Owner"]] = rows[(i + 50) % len(rows)][col["Owner"]]
        if i % 5 == 2:
            row[col["Due"]] = dt.datetime(2027, 1 + i % 12, 1 + i % 28)
        if i % 11 == 3:
            row[col["Effort"]] = 1 + i % 5
            row[col["Value"]] = 1 + (i // 5) % 5
        if i % 13 == 4:
            row[col["KPI"]] = f"Calls down {i % 50}% by Q{1 + i % 4}"
        if i % 17 == 5:
            row[col["Action"]] = f"{row[col['Action']]} (revised)"
    del rows[100:110]  # deleted by the client
    journey = rows[0][col["Journey"]]
    for n in range(20):
        new = [None] * len(header)
        new[col["Action"]] = f"Client idea {n + 1}"
        new[col["Journey"]] = journey
        new[col["Owner"]] = "Kundeservice Nord" if n % 2 else rows[n][col["Owner"]]
        new[col["Effort"]], new[col["Value"]] = 1 + n % 5, 1 + (n * 3) % 5
        new[col["Status"]] = "idea"
        rows.append(new)
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(row)
    ws.insert_cols(1)
    ws.cell(1, 1).value = "Team"
    ws.title = "Oppfølging"
    workbook.save(path)
    workbook.close()


def _floor(path: Path) -> None:
    """openpyxl alone: open the workbook, read every cell of the two sheets the update reads
    (the action list and the hidden sheet of the values as exported)."""
    workbook = load_workbook(path, read_only=True)
    for ws in workbook.worksheets:
        first = next(ws.iter_rows(max_row=1, values_only=True), ())
        if ACTION_KEY_HEADER in first or BASE_KEY_HEADER in first:
            ws.reset_dimensions()
            for _row in ws.iter_rows(values_only=True):
                pass
    workbook.close()


def _time(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-update-") as tmp:
        folder = Path(tmp)
        source = folder / "bench.journey"
        doc = generate.generate_document(3, 200, 200)
        transfer.import_document(interchange.validate(doc), source)
        listed = folder / "actions.xlsx"
        with Document.open(source) as document:
            export_action_list(document, listed)
            _client_edits(listed)
            actions = len(document.actions())

            def update() -> tuple[Edit, Any]:
                plan = read_update(document, listed)
                assert not plan.problems, plan.problems[:3]
                edit = plan.edit(plan.new_owners)
                document.apply(edit)
                return edit, plan

            def undo(edit: Edit) -> None:
                document.revert(edit)

            edit, plan = update()  # warm-up, and what the update holds
            undo(edit)
            _floor(listed)
            update_times, floor_times = [], []
            for _ in range(RUNS):
                wall, cpu, (edit, _) = _time(update)
                update_times.append((wall, cpu))
                undo(edit)
                wall, cpu, _ = _time(lambda: _floor(listed))
                floor_times.append((wall, cpu))

    print(
        f"workshop: {actions} actions; list: {plan.rows} rows, {len(plan.changes)} changes to "
        f"{plan.changed_actions} actions, {len(plan.new_actions)} new actions, "
        f"{len(plan.new_owners)} new owner, {len(plan.unlisted)} rows deleted"
    )
    update_wall, update_cpu = _report("update (read+apply)", update_times)
    floor_wall, floor_cpu = _report("openpyxl floor", floor_times)
    ratio = update_cpu / floor_cpu
    in_time = update_wall <= SECONDS
    verdict = "PASS" if ratio <= BUDGET and in_time else "FAIL"
    print(f"wall-clock ratio {update_wall / floor_wall:.2f}x")
    print(
        f"update {update_wall:.3f} s (budget {SECONDS:.0f} s: {'ok' if in_time else 'over'}); "
        f"ratio {ratio:.2f}x CPU time (budget {BUDGET}x): {verdict}"
    )
    return 0 if verdict == "PASS" else 1


def _report(name: str, times: list[tuple[float, float]]) -> tuple[float, float]:
    wall = statistics.median(t[0] for t in times)
    cpu = statistics.median(t[1] for t in times)
    walls = ", ".join(f"{t[0]:.3f}" for t in times)
    cpus = ", ".join(f"{t[1]:.3f}" for t in times)
    print(f"{name:<20} median CPU {cpu:.3f} s ({cpus}); wall {wall:.3f} s ({walls})")
    return wall, cpu


if __name__ == "__main__":
    sys.exit(main())
