"""``journeyline update FILE.journey ACTIONS.xlsx [--apply] [--create-owners]``.

Reads an action list that Journeyline exported and the client edited, and prints every change
it would make (action, field, old → new), the new actions and owners, and the actions whose
rows are gone from the list (they stay in the workshop). ``--apply`` makes the changes, as one
edit; ``--create-owners`` creates the owners the client typed that the workshop does not have
(without it their assignments are left out, and said so).

A list with any problem (a value out of range, an unknown status, a date that is not a
date…) changes nothing: each problem is one line with its sheet, row and column, exit 2.
The workshop is opened for writing only when there is something to apply. No Qt here.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, TextIO

from app import cli
from exporters.action_list_read import ActionListError
from exporters.action_list_update import FieldChange, UpdatePlan, field_label, read_update
from models.document import Document, EditError
from models.workshop_file import describe


def add_command(
    commands: argparse._SubParsersAction[Any],
    debug: argparse.ArgumentParser,
) -> None:
    """Add ``update`` to the command line's commands."""
    update = commands.add_parser(
        "update",
        parents=[debug],
        allow_abbrev=False,
        help="read back an action list the client edited in Excel",
        description="Read back an Excel action list that Journeyline exported and the client "
        "edited: changed status, owner, due date, KPI, effort, value, title and description, "
        "and rows they added as new actions. Prints every change; --apply makes them. Rows "
        "deleted from the list are reported, never deleted from the workshop.",
    )
    update.add_argument("file", metavar="FILE.journey")
    update.add_argument("actions", metavar="ACTIONS.xlsx")
    update.add_argument("--apply", action="store_true", help="make the changes (one edit)")
    update.add_argument(
        "--create-owners",
        action="store_true",
        help="create the owners the list names that the workshop does not have",
    )
    update.set_defaults(run=run_update)


def run_update(ns: argparse.Namespace) -> None:
    workshop, source = Path(ns.file), Path(ns.actions)
    with cli.open_workshop(workshop) as document:
        plan = _plan(document, source)
    if plan.problems or not ns.apply or plan.empty:
        print_preview(plan, create_owners=ns.create_owners)
        return
    # Planned again on the file opened for writing: what is applied is what it holds now.
    with Document.open(workshop) as document:
        plan = _plan(document, source)
        print_preview(plan, create_owners=ns.create_owners, applying=True)
        if plan.problems:
            return
        created = plan.new_owners if ns.create_owners else []
        try:
            document.apply(plan.edit(created))
        except EditError as e:
            raise cli.CommandError(
                f"{describe(workshop)} was not updated: {e} Nothing was changed."
            ) from None
    print(f"Updated {describe(workshop)} from {describe(source)}: {_summary(plan, created)}.")


def _plan(document: Document, source: Path) -> UpdatePlan:
    try:
        plan = read_update(document, source)
    except ActionListError as e:
        raise cli.CommandError(str(e)) from None
    if plan.problems:
        count = len(plan.problems)
        raise cli.CommandError(
            f"{describe(source)} cannot be used: {count} "
            f"{'problem' if count == 1 else 'problems'}; nothing was changed.",
            plan.problems,
        )
    return plan


def _summary(plan: UpdatePlan, created: list[str]) -> str:
    parts = [
        _count(len(plan.changes), "change") + f" to {_count(plan.changed_actions, 'action')}",
        _count(len(plan.new_actions), "new action"),
        _count(len(created), "new owner"),
    ]
    return ", ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _new(plan: UpdatePlan, change: FieldChange) -> str:
    """A change's new value, an owner the workshop does not have marked as new."""
    new = _line(change.new)
    if change.field == "owner_id" and plan.owner_needs(change.value) is not None:
        new += " (new owner)"
    return new


def _line(text: str) -> str:
    """A value on one terminal line (line breaks shown as ⏎), never cut."""
    return cli.printable(" ⏎ ".join(" ".join(part.split()) for part in text.splitlines()))


def print_preview(
    plan: UpdatePlan, *, create_owners: bool, applying: bool = False, out: TextIO | None = None
) -> None:
    """Every change the list makes, grouped by action, then new actions, owners and gaps."""
    out = sys.stdout if out is None else out
    say: list[str] = [
        f"{describe(plan.source)} (sheet “{_line(plan.sheet)}”, "
        f"{_count(plan.rows, 'action row')}) for {describe(plan.workshop)}:"
    ]
    if plan.empty:
        say += ["", "The list changes nothing in the workshop."]
    by_action: dict[int, list[FieldChange]] = defaultdict(list)
    for change in plan.changes:
        by_action[change.action_id].append(change)
    if by_action:
        say += ["", f"{_count(len(plan.changes), 'change')} to {_count(len(by_action), 'action')}:"]
        for changes in by_action.values():
            first = changes[0]
            say.append(f"  row {first.row}: “{_line(first.action)}”")
            say += [f"      {c.label}: {_line(c.old)} → {_new(plan, c)}" for c in changes]
    if plan.new_actions:
        say += ["", f"{_count(len(plan.new_actions), 'new action')}:"]
        for new in plan.new_actions:
            say.append(f"  row {new.row}: “{_line(new.title)}” in “{_line(new.journey)}”")
            details = []
            if new.owner is not None:
                needed = plan.owner_needs(new.owner)
                details.append(f"owner {_line(new.owner)}{' (new owner)' if needed else ''}")
            if new.station is not None:
                details.append(f"station {_line(new.station)}")
            for key, value in new.values.items():
                if value not in (None, ""):
                    details.append(f"{field_label(key)} {_line(str(value))}")
            if details:
                say.append("      " + "; ".join(details))
    if plan.new_owners:
        names = ", ".join(f"“{_line(n)}”" for n in plan.new_owners)
        if create_owners:
            say += ["", f"{_count(len(plan.new_owners), 'new owner')}, to be created: {names}"]
        else:
            say += [
                "",
                f"{_count(len(plan.new_owners), 'owner')} the workshop does not have: {names}; "
                "add --create-owners to create them. Without it:",
            ]
            say += [f"  {_line(s)}" for s in plan.left_out([])]
    if plan.unlisted:
        say += [
            "",
            f"{_count(len(plan.unlisted), 'action')} of the exported journeys "
            f"{'has' if len(plan.unlisted) == 1 else 'have'} no row in the list (deleted "
            "there?); they stay in the workshop:",
        ]
        say += [f"  “{_line(title)}” ({_line(j)})" for _, title, j in plan.unlisted]
    if plan.notices:
        say += ["", "Notes:"] + [f"  {_line(n)}" for n in plan.notices]
    if not plan.empty and not applying:
        say += ["", "Nothing was changed yet: run again with --apply to make these changes."]
    out.write("\n".join(say) + "\n")
