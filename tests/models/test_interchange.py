"""The interchange format: every rule of docs/interchange.md, refused with its exact path."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from models.interchange import InterchangeError, dumps, parse, validate
from tests.strategies import documents

DELETE = object()  # "remove this key" in a case below


def minimal() -> dict[str, Any]:
    return {
        "format": "journeyline",
        "version": 2,
        "workshop": {"title": "Onboarding"},
        "journeys": [
            {
                "id": "j",
                "name": "Today",
                "phases": [{"id": "p", "name": "Signs up"}],
                "lines": [{"id": "l", "name": "Web"}],
            }
        ],
    }


def full() -> dict[str, Any]:
    """A normalised document with one of everything, and a second journey to refer across."""
    return {
        "format": "journeyline",
        "version": 2,
        "workshop": {
            "title": "Onboarding workshop",
            "organisation": "Nordlys Energi AS",
            "segment": "Households",
            "business_goal": "Lower customer departures",
            "notes": "Two days in Trondheim.",
            "language": "nb-NO",
        },
        "owners": [{"id": "o1", "name": "Ingrid", "role": "CX lead", "email": "i@example.com"}],
        "personas": [
            {
                "id": "pe1",
                "name": "Anna",
                "description": "Switches supplier every year.",
                "goals": ["Save money"],
                "needs": ["Clear prices"],
                "frustrations": ["Hidden fees"],
                "quote": "Just tell me the price.",
                "color": "#4C72B0",
            }
        ],
        "journeys": [
            {
                "id": "j1",
                "name": "Today",
                "persona": "pe1",
                "state": "current",
                "description": "As it is.",
                "storyline": "Anna compares and signs up.",
                "phases": [
                    {"id": "ph1", "name": "Considers", "description": "", "color": "#aabbcc"},
                    {"id": "ph2", "name": "Buys", "description": "", "color": None},
                ],
                "lines": [{"id": "l1", "name": "Web", "kind": "frontstage", "color": "#112233"}],
                "stations": [
                    {
                        "id": "s1",
                        "phase": "ph1",
                        "line": "l1",
                        "title": "Compares prices",
                        "description": "On comparison sites.",
                        "touchpoint": "Website",
                        "needs": ["Trust"],
                        "pain_points": ["Fine print"],
                        "quotes": [
                            {"text": "I never know what I will pay.", "source": "interview"},
                            {"text": "=SUM(A1) <b>", "source": "other"},
                        ],
                        "owner": "o1",
                        "emotion": -1,
                        "evidence": "observed",
                        "moment_of_truth": True,
                        "impact": 4,
                        "performance": 2,
                        "target": 4,
                        "day": -3,
                        "customers": 1200,
                        "duration_minutes": 12.5,
                        "drop_off_percent": 18.0,
                    }
                ],
                "actions": [
                    {
                        "id": "a1",
                        "title": "Price calculator",
                        "description": "",
                        "station": "s1",
                        "owner": "o1",
                        "effort": 2,
                        "value": 5,
                        "status": "planned",
                        "due": "2025-03-31",
                        "kpi": "Drop-off below 10%",
                    }
                ],
            },
            {
                "id": "j2",
                "name": "Tomorrow",
                "persona": None,
                "state": "future",
                "description": "",
                "storyline": "",
                "phases": [{"id": "ph9", "name": "Buys", "description": "", "color": None}],
                "lines": [{"id": "l9", "name": "App", "kind": "backstage", "color": None}],
                "stations": [
                    {
                        "id": "s9",
                        "phase": "ph9",
                        "line": "l9",
                        "title": "Signs in the app",
                        "description": "",
                        "touchpoint": "",
                        "needs": [],
                        "pain_points": [],
                        "quotes": [],
                        "owner": None,
                        "emotion": None,
                        "evidence": None,
                        "moment_of_truth": False,
                        "impact": None,
                        "performance": None,
                        "target": None,
                        "day": None,
                        "customers": None,
                        "duration_minutes": None,
                        "drop_off_percent": None,
                    }
                ],
                "actions": [],
            },
        ],
    }


def changed(doc: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    """A copy of ``doc`` with the value at a dotted path set (or removed, or appended)."""
    doc = copy.deepcopy(doc)
    *parents, last = path.split(".")
    target: Any = doc
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        if int(last) == len(target):
            target.append(value)
        else:
            target[int(last)] = value
    elif value is DELETE:
        del target[last]
    else:
        target[last] = value
    return doc


def problems_of(data: object) -> list[str]:
    with pytest.raises(InterchangeError) as info:
        validate(data)
    return info.value.problems


def parse_problems(text: str | bytes) -> list[str]:
    with pytest.raises(InterchangeError) as info:
        parse(text)
    return info.value.problems


S = "journeys.0.stations.0"  # the station of the full document
A = "journeys.0.actions.0"  # its action

NOT_EMPTY = "must not be empty"
TEXT = "must be text"
EMOTION = "must be an integer from -2 to 2"
RATING = "must be an integer from 1 to 5"
CUSTOMERS = "must be an integer of 0 or more"
DURATION = "must be a number of 0 or more"
DROP_OFF = "must be a number from 0 to 100"
FINITE = "must be a finite number, not NaN or Infinity"
TOO_LARGE = "is too large a number for a workshop file to store"
COLOR = 'must be a colour written as "#RRGGBB", e.g. "#4C72B0"'
DATE = 'must be a date written as "YYYY-MM-DD", e.g. "2025-03-31"'
UNIQUE = "ids must be unique across the whole document"
SPELLING = "check the spelling"


def where(dotted: str) -> str:
    """``journeys.0.name`` as the problem names it: ``journeys[0].name``."""
    out = ""
    for part in dotted.split("."):
        if part.isdigit():
            out += f"[{part}]"
        elif not part.isidentifier():
            out += f'["{part}"]'
        else:
            out += f".{part}" if out else part
    return out


# (dotted path in the document, value put there or DELETE, the rule refused[, path reported])
Case = tuple[str, object, str] | tuple[str, object, str, str]

# Applied to full(): each change breaks exactly one rule.
CASES: list[Case] = [
    # top level
    ("format", "journeymap", 'must be "journeyline"'),
    ("format", None, 'must be "journeyline"'),
    ("format", DELETE, "is required"),
    ("version", "1", "must be an integer"),
    ("version", True, "must be an integer"),
    ("version", 1.0, "must be an integer"),
    ("version", 0, "must be a format version this Journeyline reads, 1 to 2"),
    ("version", DELETE, "is required"),
    ("workshop", DELETE, "is required"),
    ("workshop", [], "must be a JSON object, { ... }, describing the workshop"),
    ("journeys", DELETE, "is required"),
    ("journeys", [], "must have at least one journey"),
    ("journeys", "j1", "must be a list of journeys, [ ... ]"),
    ("owners.1", 5, "must be a JSON object, { ... }, describing an owner"),
    ("journeys.1.actions.0", "x", "must be a JSON object, { ... }, describing an action"),
    ("journeys.1.actions", {}, "must be a list of actions, [ ... ]"),
    ("journeys.1.stations", "s9", "must be a list of stations, [ ... ]"),
    # unknown keys, anywhere
    ("colour", "#ffffff", f"is not a known key of the document; {SPELLING}"),
    ("workshop.organization", "x", f"is not a known key of the workshop; {SPELLING}"),
    ("owners.0.phone", "1", f"is not a known key of an owner; {SPELLING}"),
    ("personas.0.age", 40, f"is not a known key of a persona; {SPELLING}"),
    ("journeys.0.owner", "o1", f"is not a known key of a journey; {SPELLING}"),
    ("journeys.0.phases.0.order", 1, f"is not a known key of a phase; {SPELLING}"),
    ("journeys.0.lines.0.due date", "x", f"is not a known key of a line; {SPELLING}"),
    (f"{S}.emotions", 1, f"is not a known key of a station; {SPELLING}"),
    (f"{A}.priority", "Quick win", f"is not a known key of an action; {SPELLING}"),
    # required keys
    ("workshop.title", DELETE, "is required"),
    ("owners.0.name", DELETE, "is required"),
    ("personas.0.name", DELETE, "is required"),
    ("journeys.1.id", DELETE, "is required"),
    ("journeys.0.name", DELETE, "is required"),
    ("journeys.0.phases.1.name", DELETE, "is required"),
    ("journeys.0.phases.1.id", DELETE, "is required"),
    ("journeys.0.lines.0.name", DELETE, "is required"),
    ("journeys.1.stations.0.id", DELETE, "is required"),
    (f"{S}.phase", DELETE, "is required"),
    (f"{S}.line", DELETE, "is required"),
    (f"{S}.title", DELETE, "is required"),
    (f"{A}.title", DELETE, "is required"),
    (f"{A}.id", DELETE, "is required"),
    # titles and names
    ("workshop.title", "   \n\t", NOT_EMPTY),
    ("workshop.title", "", NOT_EMPTY),
    ("workshop.title", 5, TEXT),
    ("owners.0.name", None, TEXT),
    ("personas.0.name", "\u00a0\u2003", NOT_EMPTY),
    ("journeys.0.name", "x" * 201, "must be at most 200 characters long (it has 201)"),
    ("journeys.0.phases.0.name", "", NOT_EMPTY),
    ("journeys.0.lines.0.name", False, TEXT),
    (f"{S}.title", ["Compares"], TEXT),
    (f"{A}.title", " ", NOT_EMPTY),
    # ids
    ("journeys.1.id", "", NOT_EMPTY),
    ("journeys.1.id", "x" * 65, "must be at most 64 characters long (it has 65)"),
    ("journeys.1.id", 7, "must be text of 1 to 64 characters"),
    ("journeys.1.id", None, "must be text of 1 to 64 characters"),
    ("journeys.1.id", "j1", f'"j1" is already used as the id at journeys[0].id; {UNIQUE}'),
    ("journeys.1.id", "o1", f'"o1" is already used as the id at owners[0].id; {UNIQUE}'),
    (f"{A}.id", "s1", f'"s1" is already used as the id at journeys[0].stations[0].id; {UNIQUE}'),
    (
        "journeys.0.phases.1.id",
        "l1",
        f'"l1" is already used as the id at journeys[0].phases[1].id; {UNIQUE}',
        "journeys[0].lines[0].id",
    ),
    # references
    ("journeys.0.persona", "nobody", '"nobody" is not the id of a persona in this document'),
    ("journeys.0.persona", "o1", '"o1" is not the id of a persona in this document'),
    ("journeys.0.persona", 1, "must be the id of a persona"),
    (f"{S}.owner", "pe1", '"pe1" is not the id of an owner in this document'),
    (f"{A}.owner", "Ingrid", '"Ingrid" is not the id of an owner in this document'),
    (f"{S}.phase", "ph9", '"ph9" is a phase of another journey; use a phase of this journey'),
    (f"{S}.phase", "zz", '"zz" is not the id of a phase of this journey'),
    (f"{S}.phase", None, "must be the id of a phase"),
    (f"{S}.line", "l9", '"l9" is a line of another journey; use a line of this journey'),
    (f"{S}.line", "ph1", '"ph1" is not the id of a line of this journey'),
    (f"{A}.station", "s9", '"s9" is a station of another journey; use a station of this journey'),
    (f"{A}.station", "a1", '"a1" is not the id of a station of this journey'),
    (f"{A}.station", 0, "must be the id of a station"),
    # enums
    ("journeys.0.state", "Current", 'must be "current" or "future"'),
    ("journeys.0.state", None, 'must be "current" or "future"'),
    ("journeys.0.lines.0.kind", "offstage", 'must be "frontstage" or "backstage"'),
    ("journeys.0.lines.0.kind", None, 'must be "frontstage" or "backstage"'),
    (f"{S}.evidence", "guessed", 'must be "observed", "reported" or "assumed"'),
    (f"{A}.status", "open", 'must be "idea", "planned", "doing", "done" or "dropped"'),
    (f"{A}.status", None, 'must be "idea", "planned", "doing", "done" or "dropped"'),
    # integers: booleans are not integers, neither are fractions or strings
    (f"{S}.emotion", 3, EMOTION),
    (f"{S}.emotion", -3, EMOTION),
    (f"{S}.emotion", 1.5, EMOTION),
    (f"{S}.emotion", 1.0, EMOTION),
    (f"{S}.emotion", True, EMOTION),
    (f"{S}.emotion", "2", EMOTION),
    (f"{S}.impact", 0, RATING),
    (f"{S}.impact", True, RATING),
    (f"{S}.performance", 6, RATING),
    (f"{S}.target", 2.5, RATING),
    (f"{A}.effort", 6, RATING),
    (f"{A}.value", 0, RATING),
    (f"{A}.value", False, RATING),
    (f"{S}.customers", -1, CUSTOMERS),
    (f"{S}.customers", 10.5, CUSTOMERS),
    (f"{S}.customers", True, CUSTOMERS),
    (f"{S}.customers", 2**63, TOO_LARGE),
    (f"{S}.day", 1.5, "must be an integer"),
    (f"{S}.day", "3", "must be an integer"),
    (f"{S}.day", True, "must be an integer"),
    (f"{S}.day", -(2**63) - 1, TOO_LARGE),
    # numbers: finite, in range, not booleans
    (f"{S}.duration_minutes", -0.5, DURATION),
    (f"{S}.duration_minutes", "12", DURATION),
    (f"{S}.duration_minutes", True, DURATION),
    (f"{S}.duration_minutes", float("nan"), FINITE),
    (f"{S}.duration_minutes", float("inf"), FINITE),
    (f"{S}.duration_minutes", 10**400, TOO_LARGE),
    (f"{S}.drop_off_percent", 100.5, DROP_OFF),
    (f"{S}.drop_off_percent", -1, DROP_OFF),
    (f"{S}.drop_off_percent", False, DROP_OFF),
    (f"{S}.drop_off_percent", float("-inf"), FINITE),
    # moment of truth: a real boolean
    (f"{S}.moment_of_truth", 1, "must be true or false"),
    (f"{S}.moment_of_truth", "true", "must be true or false"),
    (f"{S}.moment_of_truth", None, "must be true or false"),
    # colours
    ("personas.0.color", None, COLOR),
    ("personas.0.color", "#4C72B", COLOR),
    ("personas.0.color", "4C72B0", COLOR),
    ("personas.0.color", "#4C72BG", COLOR),
    ("personas.0.color", "#4C72B0\n", COLOR),
    ("personas.0.color", "blue", COLOR),
    ("journeys.0.phases.0.color", "#fff", COLOR),
    ("journeys.0.lines.0.color", 0x112233, COLOR),
    # dates: the form, then the calendar
    (f"{A}.due", "2025-3-31", DATE),
    (f"{A}.due", "31.03.2025", DATE),
    (f"{A}.due", "2025-03-31T10:00", DATE),
    (f"{A}.due", "2025-03-31\n", DATE),
    (f"{A}.due", "２０２５-03-31", DATE),
    (f"{A}.due", 20250331, DATE),
    (f"{A}.due", "2025-02-29", "must be a real calendar date; there is no 2025-02-29"),
    (f"{A}.due", "2025-13-01", "must be a real calendar date; there is no 2025-13-01"),
    (f"{A}.due", "0000-01-01", "must be a real calendar date; there is no 0000-01-01"),
    # text
    ("workshop.notes", "x" * 10_001, "must be at most 10,000 characters long (it has 10,001)"),
    ("workshop.notes", None, TEXT),
    ("workshop.segment", 3, TEXT),
    ("owners.0.email", None, TEXT),
    ("journeys.0.storyline", ["a"], TEXT),
    (f"{S}.touchpoint", "x" * 10_001, "must be at most 10,000 characters long (it has 10,001)"),
    (f"{A}.kpi", 10, TEXT),
    ("workshop.notes", "broken \ud800 text", "contains a broken character (an unpaired surrogate)"),
    # lists of text
    ("personas.0.goals", "Save money", "must be a list of text, [ ... ]"),
    ("personas.0.goals", ["a"] * 101, "must have at most 100 items (it has 101)"),
    ("personas.0.frustrations", ["ok", 5], TEXT, "personas[0].frustrations[1]"),
    ("personas.0.needs", [None], TEXT, "personas[0].needs[0]"),
    (
        f"{S}.pain_points",
        ["x" * 501],
        "must be at most 500 characters long (it has 501)",
        "journeys[0].stations[0].pain_points[0]",
    ),
    (f"{S}.needs", None, "must be a list of text, [ ... ]"),
]

# Applied to minimal(), which has no owners, personas or stations to refer to them.
MINIMAL_CASES: list[Case] = [
    ("owners", {}, "must be a list of owners, [ ... ]"),
    ("personas", None, "must be a list of personas, [ ... ]"),
    ("journeys.0.phases", DELETE, "is required"),
    ("journeys.0.lines", DELETE, "is required"),
    ("journeys.0.phases", [], "must have at least one phase"),
    ("journeys.0.lines", [], "must have at least one line"),
    ("journeys.0.phases", {"id": "p"}, "must be a list of phases, [ ... ]"),
    ("journeys.0.stations", {}, "must be a list of stations, [ ... ]"),
]


@pytest.mark.parametrize(
    ("base", "case"),
    [(full, case) for case in CASES] + [(minimal, case) for case in MINIMAL_CASES],
    ids=[f"{c[0]}={c[1]!r}"[:50] for c in CASES + MINIMAL_CASES],
)
def test_rule_is_refused_with_its_path(base: Callable[[], dict[str, Any]], case: Case) -> None:
    path, value, rule = case[:3]
    at = case[3] if len(case) == 4 else where(path)
    assert problems_of(changed(base(), path, value)) == [f"{at}: {rule}"]


def test_full_document_is_valid_and_unchanged() -> None:
    assert validate(full()) == full()


def test_minimal_document_is_accepted_and_defaults_filled() -> None:
    assert validate(minimal()) == {
        "format": "journeyline",
        "version": 2,
        "workshop": {
            "title": "Onboarding",
            "organisation": "",
            "segment": "",
            "business_goal": "",
            "notes": "",
            "language": "en",
        },
        "owners": [],
        "personas": [],
        "journeys": [
            {
                "id": "j",
                "name": "Today",
                "persona": None,
                "state": "current",
                "description": "",
                "storyline": "",
                "phases": [{"id": "p", "name": "Signs up", "description": "", "color": None}],
                "lines": [{"id": "l", "name": "Web", "kind": "frontstage", "color": None}],
                "stations": [],
                "actions": [],
            }
        ],
    }


def test_defaults_of_persona_station_and_action() -> None:
    doc = minimal()
    doc["personas"] = [{"id": "pe", "name": "Anna"}]
    doc["journeys"][0]["stations"] = [{"id": "s", "phase": "p", "line": "l", "title": "Signs"}]
    doc["journeys"][0]["actions"] = [{"id": "a", "title": "Fix it"}]
    result = validate(doc)
    assert result["personas"][0] == {
        "id": "pe",
        "name": "Anna",
        "description": "",
        "goals": [],
        "needs": [],
        "frustrations": [],
        "quote": "",
        "color": "#4C72B0",
    }
    station = result["journeys"][0]["stations"][0]
    assert station["moment_of_truth"] is False
    assert station["needs"] == [] and station["pain_points"] == []
    assert all(
        station[key] is None
        for key in (
            "owner",
            "emotion",
            "evidence",
            "impact",
            "performance",
            "target",
            "day",
            "customers",
            "duration_minutes",
            "drop_off_percent",
        )
    )
    assert result["journeys"][0]["actions"][0] == {
        "id": "a",
        "title": "Fix it",
        "description": "",
        "station": None,
        "owner": None,
        "effort": None,
        "value": None,
        "status": "idea",
        "due": None,
        "kpi": "",
    }


def test_nulls_accepted_where_the_spec_allows_them() -> None:
    doc = full()
    station = doc["journeys"][0]["stations"][0]
    for key in (
        "owner",
        "emotion",
        "evidence",
        "impact",
        "performance",
        "target",
        "day",
        "customers",
        "duration_minutes",
        "drop_off_percent",
    ):
        station[key] = None
    doc["journeys"][0]["persona"] = None
    doc["journeys"][0]["phases"][0]["color"] = None
    doc["journeys"][0]["lines"][0]["color"] = None
    doc["journeys"][0]["actions"][0].update(
        station=None, owner=None, effort=None, value=None, due=None
    )
    assert validate(doc) == doc


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (f"{S}.emotion", -2),
        (f"{S}.emotion", 2),
        (f"{S}.impact", 1),
        (f"{S}.target", 5),
        (f"{S}.customers", 0),
        (f"{S}.customers", 2**63 - 1),
        (f"{S}.day", -(2**63)),
        (f"{S}.day", 0),
        (f"{S}.duration_minutes", 0),
        (f"{S}.duration_minutes", 1e300),
        (f"{S}.drop_off_percent", 0),
        (f"{S}.drop_off_percent", 100),
        (f"{S}.drop_off_percent", 99.999),
        ("personas.0.color", "#abcdef"),
        ("journeys.1.id", "x" * 64),
        ("journeys.1.id", " "),
        ("journeys.0.name", "x" * 200),
        ("workshop.notes", "x" * 10_000),
        ("personas.0.goals", ["x" * 500] * 100),
        ("personas.0.goals", [""]),
        (f"{A}.due", "2024-02-29"),
        (f"{A}.due", "0001-01-01"),
        (f"{A}.due", "9999-12-31"),
    ],
)
def test_limits_are_inclusive(path: str, value: object) -> None:
    doc = changed(full(), path, value)
    assert validate(doc) == doc


def test_titles_and_names_are_stripped() -> None:
    doc = full()
    doc["workshop"]["title"] = "  Onboarding workshop\n"
    doc["owners"][0]["name"] = "\tIngrid "
    doc["personas"][0]["name"] = "\u00a0Anna\u2003"
    journey = doc["journeys"][0]
    journey["name"] = " Today "
    journey["phases"][0]["name"] = "Considers\r\n"
    journey["lines"][0]["name"] = " Web"
    journey["stations"][0]["title"] = "Compares prices "
    journey["actions"][0]["title"] = "\n Price calculator \n"
    assert validate(doc) == full()


def test_name_limit_applies_after_stripping() -> None:
    doc = changed(full(), "journeys.0.name", "  " + "x" * 200 + "  ")
    assert validate(doc)["journeys"][0]["name"] == "x" * 200


def test_other_text_is_not_stripped() -> None:
    doc = changed(full(), "workshop.notes", "  indented\n")
    doc = changed(doc, "journeys.1.id", " j2 ")
    doc = changed(doc, "personas.0.goals", [" a "])
    assert validate(doc) == doc


def test_validate_returns_a_new_document() -> None:
    doc = full()
    result = validate(doc)
    result["personas"][0]["goals"].append("changed")
    result["journeys"][0]["stations"].clear()
    assert doc == full()


def test_key_order_of_the_input_does_not_matter() -> None:
    doc = full()
    reordered = {key: doc[key] for key in reversed(list(doc))}
    reordered["journeys"] = [
        {key: j[key] for key in reversed(list(j))} for j in reversed(doc["journeys"])
    ]
    result = validate(reordered)
    assert list(result) == list(doc)
    assert result["journeys"] == list(reversed(doc["journeys"]))


def test_several_problems_reported_together_in_document_order() -> None:
    doc = full()
    doc["format"] = "journey"
    doc["workshop"]["title"] = " "
    doc["owners"].append({"id": "o1", "name": "Mats", "phone": "123"})
    station = doc["journeys"][0]["stations"][0]
    station["phase"] = "ph9"
    station["emotion"] = 5
    doc["journeys"][0]["actions"][0]["due"] = "2025-02-30"
    doc["journeys"][1]["lines"] = []
    problems = problems_of(doc)
    assert problems == [
        'format: must be "journeyline"',
        "workshop.title: must not be empty",
        f"owners[1].phone: is not a known key of an owner; {SPELLING}",
        f'owners[1].id: "o1" is already used as the id at owners[0].id; {UNIQUE}',
        'journeys[0].stations[0].phase: "ph9" is a phase of another journey; '
        "use a phase of this journey",
        f"journeys[0].stations[0].emotion: {EMOTION}",
        "journeys[0].actions[0].due: must be a real calendar date; there is no 2025-02-30",
        "journeys[1].lines: must have at least one line",
        'journeys[1].stations[0].line: "l9" is not the id of a line of this journey',
    ]


def test_error_text_is_every_problem_one_per_line() -> None:
    doc = changed(changed(full(), "format", "x"), f"{S}.emotion", 9)
    with pytest.raises(InterchangeError) as info:
        validate(doc)
    assert str(info.value) == "\n".join(info.value.problems)
    assert len(info.value.problems) == 2
    again = pickle.loads(pickle.dumps(info.value))
    assert again.problems == info.value.problems


def test_journey_needs_a_phase_and_a_line() -> None:
    doc = changed(full(), "journeys.1.stations", [])
    doc = changed(doc, "journeys.1.phases", [])
    doc = changed(doc, "journeys.1.lines", [])
    assert problems_of(doc) == [
        "journeys[1].phases: must have at least one phase",
        "journeys[1].lines: must have at least one line",
    ]


def test_references_may_point_forward_in_the_text() -> None:
    doc = full()
    text = json.dumps(
        {"journeys": doc["journeys"], **{k: v for k, v in doc.items() if k != "journeys"}}
    )
    assert parse(text) == full()


def test_invalid_id_does_not_also_break_its_references() -> None:
    doc = changed(full(), "owners.0.id", "o1" + "x" * 70)
    doc = changed(doc, f"{S}.owner", "o1" + "x" * 70)
    doc = changed(doc, f"{A}.owner", None)
    assert problems_of(doc) == ["owners[0].id: must be at most 64 characters long (it has 72)"]


# --- versions ---------------------------------------------------------------------------------


def test_too_new_version_is_refused_naming_both_versions_and_nothing_else() -> None:
    data = {"format": "journeyline", "version": 3, "workshop": 5, "hyperlanes": []}
    expected = [
        "version: this document is format version 3, but this Journeyline reads format "
        "versions 1 to 2 only"
    ]
    assert problems_of(data) == expected
    assert parse_problems(json.dumps(data)) == expected


def test_too_new_version_of_something_else() -> None:
    assert problems_of({"format": "miro", "version": 3}) == [
        'format: must be "journeyline"',
        "version: this document is format version 3, but this Journeyline reads format "
        "versions 1 to 2 only",
    ]


@pytest.mark.parametrize("data", [[], "journeyline", 1, None, True])
def test_top_level_must_be_an_object(data: object) -> None:
    expected = ["document: must be a JSON object, { ... }, at the top level"]
    assert problems_of(data) == expected
    assert parse_problems(json.dumps(data)) == expected


# --- reading text -----------------------------------------------------------------------------


def test_parse_reads_str_and_bytes() -> None:
    text = json.dumps(full(), ensure_ascii=False)
    assert parse(text) == full()
    assert parse(text.encode("utf-8")) == full()


def test_parse_accepts_a_byte_order_mark() -> None:
    text = json.dumps(full())
    assert parse("\ufeff" + text) == full()
    assert parse(b"\xef\xbb\xbf" + text.encode()) == full()


def test_bad_utf8_is_a_problem_not_a_crash() -> None:
    data = '{\n  "format": "journeyline",\n  "workshop": {"title": "Caf\xe9"}\n}'.encode("latin-1")
    assert parse_problems(data) == [
        "document: is not UTF-8 text (byte 0xE9 at line 3, column 29); save the file as UTF-8"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{\n  "format": "journeyline",\n  "version": 1\n  "workshop": {}\n}',
            "document: is not valid JSON at line 4, column 3: Expecting ',' delimiter",
        ),
        ('{"format": }', "document: is not valid JSON at line 1, column 12: Expecting value"),
        (
            "{'format': 'journeyline'}",
            "document: is not valid JSON at line 1, column 2: "
            "Expecting property name enclosed in double quotes",
        ),
        ("{}{}", "document: is not valid JSON at line 1, column 3: Extra data"),
        ("", "document: is empty"),
        (" \n\t", "document: is empty"),
        (b"", "document: is empty"),
        ("[" * 100_000, "document: is nested too deeply to read"),
        (
            '{"version": ' + "1" * 5000 + "}",
            "document: contains a number with too many digits to read",
        ),
    ],
)
def test_bad_json_is_a_problem_not_a_crash(text: str | bytes, expected: str) -> None:
    assert parse_problems(text) == [expected]


@pytest.mark.parametrize(
    ("literal", "key", "expected"),
    [
        ("NaN", "duration_minutes", FINITE),
        ("Infinity", "duration_minutes", FINITE),
        ("-Infinity", "drop_off_percent", FINITE),
        ("1e999", "drop_off_percent", FINITE),
        ("NaN", "emotion", EMOTION),
        ("Infinity", "customers", CUSTOMERS),
    ],
)
def test_nan_and_infinity_are_refused(literal: str, key: str, expected: str) -> None:
    text = json.dumps(changed(full(), f"{S}.{key}", "HERE")).replace('"HERE"', literal)
    assert parse_problems(text) == [f"journeys[0].stations[0].{key}: {expected}"]


def test_duplicate_keys_are_refused() -> None:
    text = json.dumps(full()).replace(
        '"title": "Compares prices"', '"title": "Compares prices", "title": "Compares"'
    )
    assert parse_problems(text) == [
        "journeys[0].stations[0].title: appears more than once in the same object; keep only one"
    ]


# --- awkward text -----------------------------------------------------------------------------

AWKWARD = [
    "<b>&amp;</b>",
    "=SUM(A1)",
    "+47 22 00 00 00",
    "-1",
    "@channel",
    "🚇🙂👩‍👩‍👧",
    "åäø ÅÄØ",
    "Клиент сравнивает цены",
    "first line\nsecond line\r\nthird\tfourth",
    'quote " backslash \\ slash /',
    "\u2028line separator\u2029",
    "\u202eRTL override",
]


@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_text_is_preserved_exactly(text: str) -> None:
    doc = full()
    doc["workshop"]["notes"] = text
    doc["workshop"]["title"] = "x" + text + "x"
    doc["personas"][0]["goals"] = [text, text]
    station = doc["journeys"][0]["stations"][0]
    station["description"] = text
    station["title"] = "x" + text + "x"
    doc["journeys"][1]["id"] = text
    assert validate(doc) == doc
    written = dumps(doc)
    assert parse(written) == doc
    assert parse(written.encode("utf-8")) == doc
    if text.isprintable() and '"' not in text and "\\" not in text:
        assert text in written  # written as itself, not escaped


# --- writing ----------------------------------------------------------------------------------

KEY_ORDER = {
    "document": ["format", "version", "workshop", "owners", "personas", "journeys"],
    "workshop": ["title", "organisation", "segment", "business_goal", "notes", "language"],
    "owner": ["id", "name", "role", "email"],
    "persona": ["id", "name", "description", "goals", "needs", "frustrations", "quote", "color"],
    "journey": [
        "id",
        "name",
        "persona",
        "state",
        "description",
        "storyline",
        "phases",
        "lines",
        "stations",
        "actions",
    ],
    "phase": ["id", "name", "description", "color"],
    "line": ["id", "name", "kind", "color"],
    "station": [
        "id",
        "phase",
        "line",
        "title",
        "description",
        "touchpoint",
        "needs",
        "pain_points",
        "quotes",
        "owner",
        "emotion",
        "evidence",
        "moment_of_truth",
        "impact",
        "performance",
        "target",
        "day",
        "customers",
        "duration_minutes",
        "drop_off_percent",
    ],
    "action": [
        "id",
        "title",
        "description",
        "station",
        "owner",
        "effort",
        "value",
        "status",
        "due",
        "kpi",
    ],
}


def test_dumps_writes_every_key_in_the_spec_order() -> None:
    scrambled = json.loads(json.dumps(minimal(), sort_keys=True))
    scrambled["journeys"][0]["stations"] = [{"title": "T", "line": "l", "phase": "p", "id": "s"}]
    scrambled["journeys"][0]["actions"] = [{"title": "A", "id": "a"}]
    scrambled["owners"] = [{"name": "O", "id": "o"}]
    scrambled["personas"] = [{"name": "P", "id": "pe"}]
    data = json.loads(dumps(scrambled))
    assert list(data) == KEY_ORDER["document"]
    assert list(data["workshop"]) == KEY_ORDER["workshop"]
    assert list(data["owners"][0]) == KEY_ORDER["owner"]
    assert list(data["personas"][0]) == KEY_ORDER["persona"]
    journey = data["journeys"][0]
    assert list(journey) == KEY_ORDER["journey"]
    assert list(journey["phases"][0]) == KEY_ORDER["phase"]
    assert list(journey["lines"][0]) == KEY_ORDER["line"]
    assert list(journey["stations"][0]) == KEY_ORDER["station"]
    assert list(journey["actions"][0]) == KEY_ORDER["action"]


def test_dumps_layout() -> None:
    text = dumps(validate(minimal()))
    assert text.startswith('{\n  "format": "journeyline",\n  "version": 2,\n  "workshop": {\n')
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '"owners": [],' in text
    assert '"persona": null,' in text


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (12.0, "12"),
        (12, "12"),
        (0.0, "0"),
        (12.5, "12.5"),
        (100.0, "100"),
        (1e20, "1e+20"),
        (0.1, "0.1"),
    ],
)
def test_integral_numbers_are_written_as_integers(value: float, written: str) -> None:
    doc = changed(full(), f"{S}.duration_minutes", value)
    doc = changed(doc, f"{S}.drop_off_percent", min(value, 100))
    text = dumps(doc)  # type: ignore[arg-type]
    assert f'"duration_minutes": {written},' in text
    again = parse(text)
    assert again == validate(doc)
    assert again["journeys"][0]["stations"][0]["duration_minutes"] == value


def test_dumps_then_parse_gives_the_same_document() -> None:
    assert parse(dumps(full())) == full()  # type: ignore[arg-type]
    assert parse(dumps(validate(minimal()))) == validate(minimal())


def test_dumps_refuses_an_invalid_document() -> None:
    with pytest.raises(InterchangeError) as info:
        dumps(changed(full(), f"{S}.emotion", 7))  # type: ignore[arg-type]
    assert info.value.problems == [f"journeys[0].stations[0].emotion: {EMOTION}"]


# --- generated documents ----------------------------------------------------------------------


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(documents())
def test_generated_documents_are_valid_and_round_trip(doc: Any) -> None:
    assert validate(doc) == doc
    assert parse(dumps(doc)) == doc
    assert parse(dumps(doc).encode("utf-8")) == doc


# --- version 1 documents ----------------------------------------------------------------------


def test_a_version_1_document_is_read_as_version_2_with_the_new_keys_defaulted() -> None:
    v1 = full()
    v1["version"] = 1
    del v1["workshop"]["language"]
    for journey in v1["journeys"]:
        for station in journey["stations"]:
            del station["quotes"]
    expected = full()
    expected["workshop"]["language"] = "en"
    expected["journeys"][0]["stations"][0]["quotes"] = []
    assert validate(v1) == expected


def test_a_version_1_document_with_a_version_2_key_says_which_version_to_write() -> None:
    v1 = minimal()
    v1["version"] = 1
    v1["workshop"]["language"] = "de"
    assert problems_of(v1) == [
        "workshop.language: is a key of format version 2; this document says it is version 1, "
        "so change its version to 2"
    ]


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("english", 'must be a BCP 47 language tag, e.g. "en", "nb-NO" or "pt-BR"'),
        ("en_GB", 'must be a BCP 47 language tag, e.g. "en", "nb-NO" or "pt-BR"'),
        (None, 'must be a BCP 47 language tag, e.g. "en", "nb-NO" or "pt-BR"'),
    ],
)
def test_the_language_must_be_a_bcp_47_tag(value: object, rule: str) -> None:
    assert problems_of(changed(full(), "workshop.language", value)) == [
        f"workshop.language: {rule}"
    ]


@pytest.mark.parametrize(
    ("quotes", "problem"),
    [
        ("said", "journeys[0].stations[0].quotes: must be a list of quotes, [ ... ]"),
        ([{"text": "  "}], "journeys[0].stations[0].quotes[0].text: must not be empty"),
        (
            [{"text": "Hi", "source": "gossip"}],
            'journeys[0].stations[0].quotes[0].source: must be "interview", "survey", '
            '"review", "support", "observation" or "other"',
        ),
        (
            [{"text": "Hi", "who": "Anna"}],
            "journeys[0].stations[0].quotes[0].who: is not a known key of a quote; "
            "check the spelling",
        ),
        (
            ["Hi"],
            "journeys[0].stations[0].quotes[0]: must be a JSON object, { ... }, describing a quote",
        ),
    ],
)
def test_customer_quotes_are_checked_with_their_path(quotes: object, problem: str) -> None:
    assert problems_of(changed(full(), "journeys.0.stations.0.quotes", quotes)) == [problem]


def test_a_quote_without_a_source_is_from_other() -> None:
    doc = changed(full(), "journeys.0.stations.0.quotes", [{"text": " Too slow. "}])
    assert validate(doc)["journeys"][0]["stations"][0]["quotes"] == [
        {"text": "Too slow.", "source": "other"}
    ]
