"""Every document we ship or generate is a valid interchange document, and keeps its promises.

The sample opens on first run and is demoed to clients; the templates start new workshops;
the benchmark generator feeds the performance runs. A broken one would fail in front of a user.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from models import interchange
from models.resources import resource

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(resource("templates").glob("*.json"))

PRIORITIES = ("Quick win", "Big bet", "Fill-in", "Time sink", "Unrated")


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _validate(data: dict[str, Any]) -> None:
    """Valid, and written in full: every key present, names already stripped.

    ``validate`` returns the document normalised (defaults filled in, names stripped), so it
    equals the input exactly when the input already writes every key the spec lists.
    """
    try:
        normalised = interchange.validate(data)
    except interchange.InterchangeError as error:
        pytest.fail("invalid document:\n" + "\n".join(map(str, error.problems)))
    assert normalised == data, "document leaves out keys or has names with outer white space"


def _parse_file(path: Path) -> None:
    """The file as the editor reads it: UTF-8 bytes, duplicate keys refused."""
    try:
        interchange.parse(path.read_bytes())
    except interchange.InterchangeError as error:
        pytest.fail(f"{path.name} is invalid:\n" + "\n".join(map(str, error.problems)))


def _generator() -> ModuleType:
    # bench/ is a folder of scripts, not a package: load the module from its file.
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _priority(action: dict[str, Any]) -> str:
    """The derived priority, exactly as the interchange spec defines it."""
    value, effort = action["value"], action["effort"]
    if value is None or effort is None:
        return "Unrated"
    if value >= 4:
        return "Quick win" if effort <= 2 else "Big bet"
    return "Fill-in" if effort <= 2 else "Time sink"


def _all_ids(data: dict[str, Any]) -> list[str]:
    ids = [o["id"] for o in data["owners"]] + [p["id"] for p in data["personas"]]
    for journey in data["journeys"]:
        ids.append(journey["id"])
        for key in ("phases", "lines", "stations", "actions"):
            ids += [item["id"] for item in journey[key]]
    return ids


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return _load(resource("samples", "sample.json"))


def test_sample_is_valid(sample: dict[str, Any]) -> None:
    _parse_file(resource("samples", "sample.json"))
    _validate(sample)


def test_sample_has_two_personas(sample: dict[str, Any]) -> None:
    assert len(sample["personas"]) == 2


def test_sample_has_a_current_and_a_future_journey(sample: dict[str, Any]) -> None:
    states = sorted(journey["state"] for journey in sample["journeys"])
    assert states == ["current", "future"]


def test_sample_current_journey_is_a_full_map(sample: dict[str, Any]) -> None:
    (current,) = [j for j in sample["journeys"] if j["state"] == "current"]
    assert 20 <= len(current["stations"]) <= 30
    assert any(line["kind"] == "backstage" for line in current["lines"])


def test_sample_actions_cover_every_priority(sample: dict[str, Any]) -> None:
    actions = [a for journey in sample["journeys"] for a in journey["actions"]]
    assert set(Counter(_priority(a) for a in actions)) == set(PRIORITIES)


def test_sample_leaves_some_emotions_unassessed(sample: dict[str, Any]) -> None:
    emotions = [s["emotion"] for journey in sample["journeys"] for s in journey["stations"]]
    assert None in emotions


def test_there_are_templates() -> None:
    names = {path.stem for path in TEMPLATES}
    assert {"blank", "lifecycle", "onboarding"} <= names


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: path.stem)
def test_template_is_valid(path: Path) -> None:
    _parse_file(path)
    _validate(_load(path))


def test_lifecycle_template_phases_in_order() -> None:
    data = _load(resource("templates", "lifecycle.json"))
    (journey,) = data["journeys"]
    assert [phase["name"] for phase in journey["phases"]] == [
        "Discovers",
        "Considers",
        "Buys",
        "Starts using",
        "Uses",
        "Gets support",
        "Buys again",
        "Leaves",
    ]
    assert [(line["name"], line["kind"]) for line in journey["lines"]] == [
        ("Customer", "frontstage"),
        ("Our organisation", "backstage"),
    ]
    assert journey["stations"] == []


def test_onboarding_template_stations_have_days() -> None:
    data = _load(resource("templates", "onboarding.json"))
    (journey,) = data["journeys"]
    assert journey["stations"]
    assert all(station["day"] is not None for station in journey["stations"])
    used_phases = {station["phase"] for station in journey["stations"]}
    assert used_phases == {phase["id"] for phase in journey["phases"]}


@pytest.mark.parametrize(
    "args",
    [(1, 40, 10), (3, 800, 200)],
    ids=["small", "default-size"],
)
def test_generated_document_is_valid(args: tuple[int, int, int]) -> None:
    journeys, stations, actions = args
    data = _generator().generate_document(journeys, stations, actions)
    _validate(data)
    assert len(data["journeys"]) == journeys
    assert all(len(j["stations"]) == stations for j in data["journeys"])
    assert all(len(j["actions"]) == actions for j in data["journeys"])
    ids = _all_ids(data)
    assert len(ids) == len(set(ids))


def test_generated_default_document_shape() -> None:
    data = _generator().generate_document()
    assert len(data["owners"]) == 30
    assert len(data["personas"]) == 4
    assert len(data["journeys"]) == 3
    for journey in data["journeys"]:
        assert len(journey["phases"]) == 8
        assert [line["kind"] for line in journey["lines"]].count("backstage") == 2
        assert len(journey["stations"]) == 800
        assert len(journey["actions"]) == 200
        assert {_priority(a) for a in journey["actions"]} == set(PRIORITIES)


def test_generator_is_deterministic() -> None:
    generate = _generator().generate_document
    assert generate(1, 40, 10) == generate(1, 40, 10)
    assert generate(1, 40, 10, seed=1) != generate(1, 40, 10, seed=2)
