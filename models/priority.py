"""The derived priority of an action, and the order of an action list (interchange spec).

Priority is never stored: it follows from an action's value and effort.

- **Quick win**: value ≥ 4, effort ≤ 2
- **Big bet**: value ≥ 4, effort ≥ 3
- **Fill-in**: value ≤ 3, effort ≤ 2
- **Time sink**: value ≤ 3, effort ≥ 3
- **Unrated**: value or effort not set

An action list is sorted by priority in that order, then value descending, then effort
ascending, then title. Only Unrated actions can lack a value or an effort; among them a missing
value sorts after every set value, and a missing effort after every set effort ("nulls last"),
so the half-rated ideas come before the ones nobody has looked at yet. Titles compare
case-insensitively first (a reader expects "apple" beside "Apple"), then exactly, so the key is
a total order. Equal keys keep their incoming order (Python's sort is stable): pass actions in
document order and ties stay in the order the room gave them.
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from models import rules
from models.i18n import N_, gettext

__all__ = ["Priority", "RatedAction", "action_sort_key", "priority"]


class Priority(Enum):
    """The derived priority of an action; declaration order is the action list's order."""

    QUICK_WIN = N_("Quick win")
    BIG_BET = N_("Big bet")
    FILL_IN = N_("Fill-in")
    TIME_SINK = N_("Time sink")
    UNRATED = N_("Unrated")

    @property
    def label(self) -> str:
        """The name a user reads ("Quick win"), in the language of the export running
        (``models.i18n.using``): "Hurtig gevinst" in a Danish export."""
        return gettext(self.value)

    @property
    def rank(self) -> int:
        """0 for Quick win … 4 for Unrated: the position in an action list."""
        return _RANK[self]


_RANK: dict[Priority, int] = {p: i for i, p in enumerate(Priority)}
_HIGH_VALUE = 4  # value ≥ 4 is high
_LOW_EFFORT = 2  # effort ≤ 2 is low


class RatedAction(Protocol):
    """What the sort needs of an action (``models.schema.Action`` has it)."""

    @property
    def title(self) -> str: ...

    @property
    def effort(self) -> int | None: ...

    @property
    def value(self) -> int | None: ...


def _check_rating(name: str, rating: int | None) -> None:
    if rating is None:
        return
    if (
        isinstance(rating, bool)
        or not isinstance(rating, int)
        or not rules.RATING_MIN <= rating <= rules.RATING_MAX
    ):
        raise ValueError(
            f"{name} must be a whole number from {rules.RATING_MIN} to {rules.RATING_MAX} "
            f"or None, not {rating!r}"
        )


def priority(effort: int | None, value: int | None) -> Priority:
    """The spec's priority for an action with this effort and value (each 1–5 or None)."""
    _check_rating("effort", effort)
    _check_rating("value", value)
    if effort is None or value is None:
        return Priority.UNRATED
    if value >= _HIGH_VALUE:
        return Priority.QUICK_WIN if effort <= _LOW_EFFORT else Priority.BIG_BET
    return Priority.FILL_IN if effort <= _LOW_EFFORT else Priority.TIME_SINK


def action_sort_key(action: RatedAction) -> tuple[int, bool, int, bool, int, str, str]:
    """Sort key for an action list: priority, value ↓, effort ↑, title (nulls last)."""
    value, effort = action.value, action.effort
    return (
        priority(effort, value).rank,
        value is None,
        -(value or 0),
        effort is None,
        effort or 0,
        action.title.casefold(),
        action.title,
    )
