"""One undo step made of several model edits (a paste, a multi-phase delete, a line that is
moved across the line of visibility).

Note for ``models/``: this reaches into ``Edit._perform``. A public ``models.edits.compound``
would be the better home; until then the canvas keeps the one helper here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from models.change import Recorder
from models.document import Edit


def combine(label: str, edits: Sequence[Edit]) -> Edit:
    """Apply ``edits`` in order, in one transaction; the result is the list of their results."""

    def perform(rec: Recorder) -> list[Any]:
        return [edit._perform(rec) for edit in edits]

    return Edit(label, perform)


def run(rec: Recorder, edit: Edit) -> Any:
    """Run a child edit inside a compound edit's ``perform``; return its result."""
    return edit._perform(rec)


def compound(label: str, perform: Callable[[Recorder], Any]) -> Edit:
    """A compound edit whose children are built while it runs (they need earlier results)."""
    return Edit(label, perform)
