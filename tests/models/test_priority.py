"""The derived priority and the action list's order, as the interchange spec defines them."""

from __future__ import annotations

import itertools
import random

import pytest

from models.priority import Priority, action_sort_key, priority
from models.schema import Action

RATINGS = (1, 2, 3, 4, 5)


def _action(title: str, effort: int | None, value: int | None) -> Action:
    return Action(journey_id=1, title=title, effort=effort, value=value)


def test_labels_and_order() -> None:
    assert [p.value for p in Priority] == [
        "Quick win",
        "Big bet",
        "Fill-in",
        "Time sink",
        "Unrated",
    ]
    assert [p.rank for p in Priority] == [0, 1, 2, 3, 4]
    assert Priority.QUICK_WIN.label == "Quick win"


@pytest.mark.parametrize(
    ("effort", "value", "expected"),
    [
        # the four corners of each quadrant and the boundaries value 3|4, effort 2|3
        (1, 5, Priority.QUICK_WIN),
        (2, 4, Priority.QUICK_WIN),
        (1, 4, Priority.QUICK_WIN),
        (2, 5, Priority.QUICK_WIN),
        (3, 4, Priority.BIG_BET),
        (5, 5, Priority.BIG_BET),
        (3, 5, Priority.BIG_BET),
        (5, 4, Priority.BIG_BET),
        (2, 3, Priority.FILL_IN),
        (1, 1, Priority.FILL_IN),
        (1, 3, Priority.FILL_IN),
        (2, 1, Priority.FILL_IN),
        (3, 3, Priority.TIME_SINK),
        (5, 1, Priority.TIME_SINK),
        (3, 1, Priority.TIME_SINK),
        (5, 3, Priority.TIME_SINK),
        (None, 5, Priority.UNRATED),
        (1, None, Priority.UNRATED),
        (None, None, Priority.UNRATED),
    ],
)
def test_priority_boundaries(effort: int | None, value: int | None, expected: Priority) -> None:
    assert priority(effort, value) is expected


def test_priority_matches_the_spec_everywhere() -> None:
    for effort, value in itertools.product((None, *RATINGS), repeat=2):
        if effort is None or value is None:
            expected = Priority.UNRATED
        elif value >= 4:
            expected = Priority.QUICK_WIN if effort <= 2 else Priority.BIG_BET
        else:
            expected = Priority.FILL_IN if effort <= 2 else Priority.TIME_SINK
        assert priority(effort, value) is expected, (effort, value)


@pytest.mark.parametrize("bad", [0, 6, -1, True, 2.5, "3"])
def test_out_of_range_ratings_are_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        priority(bad, 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        priority(3, bad)  # type: ignore[arg-type]


def test_sort_priority_then_value_desc_then_effort_asc_then_title() -> None:
    expected = [
        _action("a", 1, 5),  # Quick win, highest value first
        _action("b", 2, 5),  # same value, larger effort after
        _action("c", 1, 4),
        _action("d", 3, 5),  # Big bet
        _action("e", 5, 5),
        _action("f", 3, 4),
        _action("g", 1, 3),  # Fill-in
        _action("h", 2, 1),
        _action("i", 3, 3),  # Time sink
        _action("j", 4, 3),
        _action("k", 3, 2),
        _action("l", None, 5),  # Unrated: set values first (descending) …
        _action("m", None, 1),
        _action("n", 1, None),  # … then a missing value, ordered by effort …
        _action("o", 4, None),
        _action("p", None, None),  # … and nothing rated at all comes last
    ]
    shuffled = expected[:]
    random.Random(3).shuffle(shuffled)
    assert [a.title for a in sorted(shuffled, key=action_sort_key)] == [a.title for a in expected]


def test_nulls_last_inside_unrated() -> None:
    actions = [
        _action("no value", 1, None),
        _action("no effort", None, 1),
        _action("none", None, None),
        _action("value 5 no effort", None, 5),
    ]
    order = [a.title for a in sorted(actions, key=action_sort_key)]
    assert order == ["value 5 no effort", "no effort", "no value", "none"]


def test_missing_effort_sorts_after_set_efforts() -> None:
    actions = [_action("x", None, None), _action("y", 5, None), _action("z", 1, None)]
    assert [a.title for a in sorted(actions, key=action_sort_key)] == ["z", "y", "x"]


def test_title_ties_are_case_insensitive_then_exact_and_stable() -> None:
    actions = [
        _action("banana", 1, 5),
        _action("Apple", 1, 5),
        _action("apple", 1, 5),
        _action("Äpple", 1, 5),
    ]
    order = [a.title for a in sorted(actions, key=action_sort_key)]
    assert order == ["Apple", "apple", "banana", "Äpple"]
    twins = [_action("Same", 2, 4), _action("Same", 2, 4)]
    twins[0].description, twins[1].description = "first", "second"
    assert [a.description for a in sorted(twins, key=action_sort_key)] == ["first", "second"]
