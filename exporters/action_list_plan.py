"""An update planned from an edited action list: what it changes, and the one edit doing it.

:class:`UpdatePlan` is what :func:`exporters.action_list_update.plan_update` finds: every
changed field of every action (:class:`FieldChange`), the new actions, the actions whose rows
are gone, the owners to offer, the problems that stop it and the notes. :meth:`UpdatePlan.edit`
turns it into ONE :class:`~models.document.Edit` of ``models.edits`` parts (new owners first,
then the changed actions, then the new ones), so an undo stack takes the whole update back in
one step. No Qt here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from exporters.action_list_said import Said
from models import edits, fields
from models.document import Edit
from models.edit_name import EditName
from models.file_problem import FileProblem
from models.workshop_file import describe

__all__ = ["EMPTY", "FieldChange", "NewAction", "UpdatePlan", "field_label"]

EMPTY: Final = "—"  # how a preview shows an empty value


def field_label(field_name: str) -> str:
    """The field's name in a sentence ("status", "due date", "action title")."""
    return fields.field("action", field_name).noun


@dataclass(frozen=True)
class FieldChange:
    """One field of one action, as it is and as the list has it."""

    action_id: int
    action: str  # the action's title in the workshop now
    row: int
    field: str
    old: str  # as a preview shows it
    new: str
    value: Any  # what the edit writes; for owner_id the owner's name (or None)

    @property
    def label(self) -> str:
        return field_label(self.field)


@dataclass(frozen=True)
class NewAction:
    """A row the client added: a new action of ``journey_id``."""

    row: int
    journey_id: int
    journey: str
    title: str
    values: dict[str, Any]  # cleaned Action fields besides title, owner_id and station_id
    owner: str | None
    station_id: int | None
    station: str | None


@dataclass
class UpdatePlan:
    """Everything an edited list would change, and everything that stops or limits it."""

    source: Path
    workshop: Path
    sheet: str
    rows: int
    changes: list[FieldChange] = field(default_factory=list)
    new_actions: list[NewAction] = field(default_factory=list)
    unlisted: list[tuple[int, str, str]] = field(default_factory=list)  # id, title, journey
    new_owners: list[str] = field(default_factory=list)  # as first typed
    problems: list[Said] = field(default_factory=list)
    notices: list[Said] = field(default_factory=list)
    owner_ids: dict[str, int] = field(default_factory=dict)  # casefolded name -> id

    @property
    def changed_actions(self) -> int:
        return len({c.action_id for c in self.changes})

    @property
    def empty(self) -> bool:
        """True when applying would change nothing at all."""
        return not (self.changes or self.new_actions)

    def owner_needs(self, name: str | None) -> str | None:
        """The new owner a value needs (as first typed), or None."""
        if name is None or name.casefold() in self.owner_ids:
            return None
        key = name.casefold()
        return next((n for n in self.new_owners if n.casefold() == key), None)

    def left_out(self, create_owners: Collection[str]) -> list[Said]:
        """What is not applied because its new owner is not created, one sentence each."""
        created = {n.casefold() for n in create_owners}
        said = []
        for change in self.changes:
            if change.field == "owner_id":
                needed = self.owner_needs(change.value)
                if needed is not None and needed.casefold() not in created:
                    keeps = FileProblem(
                        "Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not "
                        "created.",
                        row=str(change.row),
                        action=change.action,
                        owner=change.old,
                        needed=needed,
                    )
                    said.append(Said(keeps))
        for new in self.new_actions:
            needed = self.owner_needs(new.owner)
            if needed is not None and needed.casefold() not in created:
                ownerless = FileProblem(
                    "Row {row}: the new action “{title}” gets no owner, as “{needed}” is not "
                    "created.",
                    row=str(new.row),
                    title=new.title,
                    needed=needed,
                )
                said.append(Said(ownerless))
        return said

    def edit(self, create_owners: Collection[str] = ()) -> Edit:
        """The whole update as one edit (one undo step): owners first, then the actions.

        ``create_owners`` are names of ``new_owners`` to create; an owner assignment that
        needs a name not created is left out (see :meth:`left_out`).
        """
        if self.problems:
            raise ValueError("an update with problems cannot be applied")
        wanted = {n.casefold() for n in create_owners}
        creating = [n for n in self.new_owners if n.casefold() in wanted]
        by_action: dict[int, dict[str, Any]] = defaultdict(dict)
        for change in self.changes:
            by_action[change.action_id][change.field] = change.value
        known = dict(self.owner_ids)

        def owner_id(name: str | None, ids: dict[str, int]) -> tuple[bool, int | None]:
            if name is None:
                return True, None
            found = ids.get(name.casefold())
            return found is not None, found

        def perform(rec: Any) -> dict[str, int]:
            ids = dict(known)
            for name in creating:
                ids[name.casefold()] = edits.add_owner(name).perform_in(rec)
            for action_id, changed in by_action.items():
                values = dict(changed)
                if "owner_id" in values:
                    ok, value = owner_id(values["owner_id"], ids)
                    if ok:
                        values["owner_id"] = value
                    else:
                        del values["owner_id"]
                if values:
                    edits.update_action(action_id, **values).perform_in(rec)
            for new in self.new_actions:
                values = dict(new.values)
                ok, value = owner_id(new.owner, ids)
                if ok:
                    values["owner_id"] = value
                if new.station_id is not None:
                    values["station_id"] = new.station_id
                edits.add_action(new.journey_id, new.title, **values).perform_in(rec)
            return ids

        return Edit(EditName("Update from {file}", file=describe(self.source)), perform)
