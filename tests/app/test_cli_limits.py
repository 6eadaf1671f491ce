"""Over-limit documents and workshop files (models/rules.py): refused in one sentence, before
the heavy work (the file size before reading, the counts before checking or importing), with at
most the first 50 problems listed and then a count. How fast a refusal is lives in
bench/bench_limits.py, not here."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.main import main
from models import rules
from models.resources import resource
from tests.corpus import folder_state

SAMPLE = resource("samples", "sample.json")


def _doc() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _write(folder: Path, doc: dict[str, Any]) -> Path:
    path = folder / "doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _refused(args: list[str], folder: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    before = folder_state(folder)
    capsys.readouterr()
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert folder_state(folder) == before
    return err.splitlines()


def test_a_document_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    big = tmp_path / "big.json"
    with big.open("wb") as f:  # sparse: no disk used, and never read
        f.truncate(rules.DOCUMENT_BYTES_MAX + 1)
    lines = _refused(["import", str(big), "-o", str(tmp_path / "w.journey")], tmp_path, capsys)
    assert lines == [
        "journeyline: “big.json” was not imported: it is 50.0 MB, and Journeyline reads files "
        "of at most 50.0 MB; nothing was written."
    ]


def test_a_document_with_too_many_stations_is_refused_before_it_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    doc = _doc()
    journey = doc["journeys"][0]
    station = dict(journey["stations"][0])
    journey["stations"] = [
        {**station, "id": f"s{i}"} for i in range(rules.COUNT_LIMITS["stations"] + 1)
    ]
    journey["actions"] = []
    total = sum(len(j["stations"]) for j in doc["journeys"])
    assert total > rules.COUNT_LIMITS["stations"]
    source = _write(tmp_path, doc)
    lines = _refused(["import", str(source), "-o", str(tmp_path / "w.journey")], tmp_path, capsys)
    assert lines == [
        f"journeyline: “doc.json” was not imported: it holds {total:,} stations, and a workshop "
        "holds at most 20,000; nothing was written."
    ]


def test_the_limit_itself_is_allowed(tmp_path: Path):
    doc = _doc()
    doc["owners"] += [
        {"id": f"o{i}", "name": f"Owner {i}"}
        for i in range(rules.COUNT_LIMITS["owners"] - len(doc["owners"]))
    ]
    source = _write(tmp_path, doc)
    assert main(["import", str(source), "-o", str(tmp_path / "w.journey")]) == 0


def test_at_most_fifty_problems_are_listed_then_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    doc = _doc()
    journey = doc["journeys"][0]
    station = dict(journey["stations"][0])
    journey["stations"] = [{**station, "id": f"s{i}", "emotion": 99} for i in range(3_000)]
    journey["actions"] = []
    source = _write(tmp_path, doc)
    lines = _refused(["import", str(source), "-o", str(tmp_path / "w.journey")], tmp_path, capsys)
    assert lines[0] == (
        "journeyline: “doc.json” was not imported: 3,000 problems; nothing was written."
    )
    assert lines[1:51] == [
        f"  journeys[0].stations[{i}].emotion: must be an integer from -2 to 2" for i in range(50)
    ]
    assert lines[51:] == ["  and 2,950 more problems"]


def test_millions_of_unknown_keys_are_counted_not_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    doc = _doc()
    doc["workshop"].update({f"k{i}": 1 for i in range(200_000)})
    source = _write(tmp_path, doc)
    lines = _refused(["import", str(source), "-o", str(tmp_path / "w.journey")], tmp_path, capsys)
    assert lines[0].endswith("was not imported: 200,000 problems; nothing was written.")
    assert len(lines) == 52 and lines[-1] == "  and 199,950 more problems"


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "w.journey"
    assert main(["import", str(SAMPLE), "-o", str(path)]) == 0
    return path


def test_a_workshop_file_over_the_size_limit_is_refused_before_sqlite_opens_it(
    workshop: Path, capsys: pytest.CaptureFixture[str]
):
    with workshop.open("r+b") as f:
        f.truncate(rules.WORKSHOP_BYTES_MAX + 1)  # sparse: the tail is a hole
    for command in (["info", str(workshop)], ["export", str(workshop), "-o", "x.json"]):
        lines = _refused(command, workshop.parent, capsys)
        assert lines == [
            "journeyline: “w.journey” cannot be opened: it is 100.0 MB, and Journeyline reads "
            "files of at most 100.0 MB."
        ]


def test_a_workshop_file_with_too_many_actions_is_refused(
    workshop: Path, capsys: pytest.CaptureFixture[str]
):
    """Another program filled it: refused when opened, so no export runs out of memory."""
    db = sqlite3.connect(workshop)
    with db:
        columns = [c[1] for c in db.execute("PRAGMA table_info(action)") if c[1] != "id"]
        first = db.execute(f"SELECT {', '.join(columns)} FROM action").fetchone()
        row = dict(zip(columns, first, strict=True))
        top = db.execute("SELECT max(position) FROM action").fetchone()[0]
        db.executemany(
            f"INSERT INTO action ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [
                [
                    top + 1 + i if c == "position" else f"bulk-{i}" if c == "ident" else row[c]
                    for c in columns
                ]
                for i in range(rules.COUNT_LIMITS["actions"])
            ],
        )
    db.close()
    os.utime(workshop, ns=(1_000_000_000, 1_000_000_000))
    lines = _refused(["info", str(workshop)], workshop.parent, capsys)
    assert len(lines) == 1
    assert lines[0].startswith("journeyline: “w.journey” cannot be opened: it holds 20,0")
    assert lines[0].endswith("actions, and a workshop holds at most 20,000.")


def test_a_document_of_a_million_small_objects_is_refused_before_it_is_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """Parsing alone would take seconds and hundreds of MB: the braces are counted first."""
    station = '{"id":"s","phase":"p","line":"l","title":"t"}'
    count = rules.DOCUMENT_BRACES_MAX + 1
    (tmp_path / "many.json").write_text(
        '{"format":"journeyline","version":1,"workshop":{"title":"x"},"journeys":[{"stations":['
        + ",".join([station] * count)
        + "]}]}",
        encoding="utf-8",
    )
    lines = _refused(
        ["import", str(tmp_path / "many.json"), "-o", str(tmp_path / "w.journey")], tmp_path, capsys
    )
    assert lines == [
        f"journeyline: “many.json” was not imported: it has {count + 3:,} JSON objects (every "
        "“{”), far more than a workshop within the limits has (at most 250,000); nothing was "
        "written."
    ]


def test_a_document_with_too_many_quotes_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    doc = _doc()
    journey = doc["journeys"][0]
    station = dict(journey["stations"][0])
    quotes = [{"text": "q", "source": "interview"}] * rules.LIST_MAX_ITEMS
    extra = rules.COUNT_LIMITS["quotes"] // rules.LIST_MAX_ITEMS + 1
    journey["stations"] += [{**station, "id": f"q{i}", "quotes": quotes} for i in range(extra)]
    total = sum(len(s.get("quotes", [])) for j in doc["journeys"] for s in j["stations"])
    source = _write(tmp_path, doc)
    lines = _refused(["import", str(source), "-o", str(tmp_path / "w.journey")], tmp_path, capsys)
    assert lines == [
        f"journeyline: “doc.json” was not imported: it holds {total:,} quotes, and a workshop "
        "holds at most 50,000; nothing was written."
    ]
