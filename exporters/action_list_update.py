"""What an edited action list changes in the workshop: a preview, then one edit.

:func:`plan_update` compares the rows read by :mod:`exporters.action_list_read` with the
workshop, matching each row to its action by the hidden key (never by position or title):

- a changed cell of a read field is a :class:`FieldChange` (action, field, old → new). "Changed"
  means changed by the client: the list's hidden sheet keeps each value as exported, so a
  field the client left alone never undoes a change made in the workshop since the export
  (and where both changed it, the list's value is applied and a note says so). A list without
  that sheet compares with the workshop as it is, and a note says that too;
- a row without a key is a :class:`NewAction` in the journey its Journey cell names;
- an action of an exported journey that has no row any more is listed in ``unlisted``, and
  stays in the workshop: a row deleted in Excel never deletes anything;
- an owner name that matches no owner is offered in ``new_owners``; its assignments are made
  only when the owner is created (``create_owners``), and said otherwise;
- a problem (a value out of range, an unknown journey…) refuses the whole update.

:meth:`UpdatePlan.edit` turns the plan into ONE :class:`~models.document.Edit` of
``models.edits`` parts, so the window's undo stack takes the whole update back in one step.
No Qt here: the command line and the window share it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from exporters.action_list_plan import EMPTY, FieldChange, NewAction, UpdatePlan, field_label
from exporters.action_list_read import ListedRow, ListedSheet, read_action_list
from exporters.action_list_said import Said
from exporters.safe_text import clean_text
from models.document import Document
from models.edit_name import Choices
from models.fields import ACTION_STATUS_LABELS
from models.file_problem import FileProblem
from models.schema import Action, Journey, Station
from models.workshop_file import describe

__all__ = [
    "EMPTY",
    "FieldChange",
    "NewAction",
    "UpdatePlan",
    "field_label",
    "plan_update",
    "read_update",
]

# The fields a row changes on an existing action, in the order a preview lists them.
CHANGED_FIELDS: Final = (
    "title",
    "description",
    "status",
    "owner_id",
    "due",
    "effort",
    "value",
    "kpi",
    "station_id",
)


# -- planning ------------------------------------------------------------------------------------
def read_update(document: Document, path: Path) -> UpdatePlan:
    """Read an edited action list and plan its update of ``document`` (nothing is written)."""
    return plan_update(document, read_action_list(path))


def plan_update(document: Document, listed: ListedSheet) -> UpdatePlan:
    return _Planner(document, listed).plan()


def _show(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    return str(value)


class _Planner:
    def __init__(self, document: Document, listed: ListedSheet) -> None:
        self.listed = listed
        self.plan_ = UpdatePlan(
            source=listed.path,
            workshop=document.path,
            sheet=listed.sheet,
            rows=len(listed.rows),
            problems=list(listed.problems),
            notices=list(listed.notices),
        )
        owners = document.owners()
        self.owner_names = {o.id: o.name for o in owners}
        self.plan_.owner_ids = {o.name.casefold(): o.id for o in reversed(owners)}
        self.journeys = {j.id: j for j in document.journeys()}
        snapshots = [document.snapshot(j) for j in self.journeys]
        self.actions: dict[int, tuple[Action, Journey]] = {
            a.id: (a, s.journey) for s in snapshots for a in s.actions
        }
        self.stations: dict[int, Station] = {st.id: st for s in snapshots for st in s.stations}
        self.phase_names = {p.id: p.name for s in snapshots for p in s.phases}
        self.workshop_title = document.workshop().title
        self.journeys_named: dict[tuple[str, str], list[int]] = {}  # (named, actual) -> rows

    def plan(self) -> UpdatePlan:
        plan, listed = self.plan_, self.listed
        keyed = [r for r in listed.rows if r.key is not None]
        known = [r for r in keyed if r.key in self.actions]
        if keyed and not known:
            plan.problems.append(self._foreign(len(keyed)))
            return plan
        if (
            listed.workshop_title is not None
            and listed.workshop_title.strip() != clean_text(self.workshop_title, 255).strip()
        ):
            other = FileProblem(
                "{file} was exported from the workshop “{exported}”; this one is “{current}”.",
                file=describe(listed.path),
                exported=listed.workshop_title,
                current=self.workshop_title,
            )
            plan.notices.append(Said(other))
        matched = {r.key for r in known if r.key is not None}
        for row in listed.rows:
            if row.key is None:
                row = self._by_title(row, matched)
            if row.key is None:
                self._new(row)
            elif row.key in self.actions:
                self._existing(row)
            else:
                gone = FileProblem(
                    "Sheet “{sheet}”, row {row}: its action is no longer in the workshop "
                    "(deleted after the export?), so the row is left out.",
                    sheet=listed.sheet,
                    row=str(row.row),
                )
                plan.notices.append(Said(gone))
        self._unlisted(matched)
        for (named, actual), rows in self.journeys_named.items():
            if len(rows) == 1:
                elsewhere = FileProblem(
                    "Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the "
                    "action is in “{actual}”, where it stays.",
                    row=str(rows[0]),
                )
            else:
                elsewhere = FileProblem(
                    "Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names "
                    "“{named}”, but the actions are in “{actual}”, where they stay.",
                    count=len(rows),
                    rows=_rows_text(rows),
                )
            plan.notices.append(
                Said(
                    elsewhere.but(
                        sheet=listed.sheet,
                        header=listed.heading("journey_id"),
                        named=named,
                        actual=actual,
                    )
                )
            )
        if listed.base is None and known:
            no_base = FileProblem(
                "{file} has no record of the values as exported (its hidden sheet is gone), so "
                "every difference from the workshop counts as a change in the list, including "
                "changes made in the workshop since the export.",
                file=describe(listed.path),
            )
            plan.notices.append(Said(no_base))
        return plan

    def _by_title(self, row: ListedRow, matched: set[int]) -> ListedRow:
        """A row without a key whose title is an action's that no other row holds: that action.

        So a list applied twice adds its new rows once, and a row whose hidden key cell was
        cleared still finds its action.
        """
        title = row.values.get("title")
        if not isinstance(title, str):
            return row
        journey_name = row.values.get("journey_id")
        exported = {j.id for j in self._exported()}
        found = [
            action.id
            for action, journey in self.actions.values()
            if action.id not in matched
            and journey.id in exported
            and action.title.casefold() == title.casefold()
            and (journey_name is None or journey.name.casefold() == journey_name.casefold())
        ]
        if len(found) != 1:
            return row
        matched.add(found[0])
        same_title = FileProblem(
            "Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” "
            "of the workshop, which has the same title.",
            sheet=self.listed.sheet,
            row=str(row.row),
            title=title,
        )
        self.plan_.notices.append(Said(same_title))
        return ListedRow(row.row, found[0], row.values, row.phase)

    def _foreign(self, count: int) -> Said:
        exported = self.listed.workshop_title
        if exported:
            foreign = FileProblem(
                "None of the {count} actions in {file} is in this workshop: the list was "
                "exported from another workshop (“{exported}”); nothing was changed.",
                exported=exported,
            )
        else:
            foreign = FileProblem(
                "None of the {count} actions in {file} is in this workshop: the list was "
                "exported from another workshop; nothing was changed.",
            )
        return Said(foreign.but(file=describe(self.listed.path), count=count))

    # -- an existing action ------------------------------------------------------------------
    def _existing(self, row: ListedRow) -> None:
        assert row.key is not None
        action, journey = self.actions[row.key]
        values = row.values
        base = self.listed.base.get(row.key) if self.listed.base is not None else None
        for name in CHANGED_FIELDS:
            if name not in values:
                continue
            new = values[name]
            if base is not None and name in base:
                if _listed_same(name, base[name], new):
                    continue  # as exported: the workshop's value stands, even if changed since
                self._both_changed(row, action, name, base[name], new)
            if name == "owner_id":
                self._owner_change(row, action, new)
            elif name == "station_id":
                self._station_change(row, action, journey, new)
            elif name == "status" and new is None:
                keeps = FileProblem(
                    "Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status "
                    "of “{action}” stays “{status}”.",
                    action=action.title,
                    status=Choices((ACTION_STATUS_LABELS[action.status],)),
                )
                self.plan_.notices.append(Said(self.listed.at(keeps, row.row, name)))
            else:
                old = getattr(action, name)
                if _same(name, old, new):
                    continue
                self._change(row, action, name, _show(old), _show(new), new)
        named = values.get("journey_id")
        if named is not None and named.casefold() != journey.name.casefold():
            self.journeys_named.setdefault((named, journey.name), []).append(row.row)

    def _current(self, action: Action, name: str) -> Any:
        """The workshop's value as the list shows it (owners and stations by name)."""
        if name == "owner_id":
            return self.owner_names.get(action.owner_id) if action.owner_id is not None else None
        if name == "station_id":
            station = self.stations.get(action.station_id) if action.station_id else None
            return None if station is None else station.title
        return getattr(action, name)

    def _both_changed(
        self, row: ListedRow, action: Action, name: str, exported: Any, listed: Any
    ) -> None:
        current = self._current(action, name)
        if _listed_same(name, exported, current) or _listed_same(name, current, listed):
            return
        both = FileProblem(
            "Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) "
            "and in the workshop since the export (to {current}); the list's value is the one "
            "applied.",
            field=field_label(name),
            row=str(row.row),
            action=action.title,
            listed=_quoted(listed),
            current=_quoted(current),
        )
        self.plan_.notices.append(Said(both))

    def _change(
        self, row: ListedRow, action: Action, name: str, old: str, new: str, value: Any
    ) -> None:
        self.plan_.changes.append(
            FieldChange(action.id, action.title, row.row, name, old, new, value)
        )

    def _owner_change(self, row: ListedRow, action: Action, name: str | None) -> None:
        current = self.owner_names.get(action.owner_id) if action.owner_id is not None else None
        if (current or "").casefold() == (name or "").casefold():
            return
        self._offer_owner(name)
        new = _show(name)  # a new owner's name as typed (the preview marks it as new)
        if name is not None and self.plan_.owner_needs(name) is None:
            # the owner's name as the workshop spells it
            new = self.owner_names[self.plan_.owner_ids[name.casefold()]]
        self._change(row, action, "owner_id", _show(current), new, name)

    def _station_change(
        self, row: ListedRow, action: Action, journey: Journey, title: str | None
    ) -> None:
        current = self.stations.get(action.station_id) if action.station_id is not None else None
        current_title = current.title if current is not None else None
        if (current_title or "").casefold() == (title or "").casefold():
            return
        if title is None:
            self._change(row, action, "station_id", _show(current_title), EMPTY, None)
            return
        station = self._find_station(row, journey.id, title)
        if station is not None:
            self._change(row, action, "station_id", _show(current_title), title, station.id)

    # -- a new action ------------------------------------------------------------------------
    def _new(self, row: ListedRow) -> None:
        values = row.values
        title = values.get("title")
        if title is None:
            if "title" not in self.listed.columns:  # else the reader said what is wrong
                untitled = FileProblem(
                    "Sheet “{sheet}”, row {row} is a new action, but the sheet has no "
                    "“{header}” column to give it a title.",
                    sheet=self.listed.sheet,
                    row=str(row.row),
                    header=self.listed.heading("title"),
                )
                self.plan_.problems.append(Said(untitled))
            return
        journey = self._journey_of(row)
        if journey is None:
            return
        owner = values.get("owner_id")
        self._offer_owner(owner)
        station_title = values.get("station_id")
        station = self._find_station(row, journey.id, station_title) if station_title else None
        fields = {
            k: v
            for k, v in values.items()
            if k not in ("title", "owner_id", "station_id", "journey_id")
            and not (k == "status" and v is None)  # the default status
        }
        self.plan_.new_actions.append(
            NewAction(
                row=row.row,
                journey_id=journey.id,
                journey=journey.name,
                title=title,
                values=fields,
                owner=owner,
                station_id=None if station is None else station.id,
                station=None if station is None else station.title,
            )
        )

    def _exported(self) -> list[Journey]:
        ids = self.listed.journey_ids
        if ids is None:
            return list(self.journeys.values())
        return [self.journeys[i] for i in ids if i in self.journeys]

    def _journey_of(self, row: ListedRow) -> Journey | None:
        exported = self._exported()
        name = row.values.get("journey_id")
        if name is None:
            if len(exported) == 1:
                return exported[0]
            choices = _names(j.name for j in exported)
            if "journey_id" in self.listed.columns:
                empty = FileProblem(
                    "Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the "
                    "journey of the new action ({journeys}).",
                    journeys=choices,
                )
                self.plan_.problems.append(Said(self.listed.at(empty, row.row, "journey_id")))
            else:
                unnamed = FileProblem(
                    "Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” "
                    "column naming the journey of the new action ({journeys}).",
                    sheet=self.listed.sheet,
                    row=str(row.row),
                    header=self.listed.heading("journey_id"),
                    journeys=choices,
                )
                self.plan_.problems.append(Said(unnamed))
            return None
        matches = [j for j in self.journeys.values() if j.name.casefold() == name.casefold()]
        if len(matches) == 1:
            return matches[0]
        if matches:
            problem = FileProblem(
                "Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name "
                "of {count} journeys: rename one of them in Journeyline first.",
                count=len(matches),
            )
        else:
            problem = FileProblem(
                "Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is "
                "no journey of this workshop ({journeys}).",
                journeys=_names(j.name for j in self.journeys.values()),
            )
        self.plan_.problems.append(
            Said(self.listed.at(problem.but(name=name), row.row, "journey_id"))
        )
        return None

    def _find_station(self, row: ListedRow, journey_id: int, title: str) -> Station | None:
        """The journey's station of that title (and of the row's phase, if that decides)."""
        key = title.casefold()
        found = [
            s
            for s in self.stations.values()
            if s.journey_id == journey_id and s.title.casefold() == key
        ]
        if len(found) > 1 and row.phase is not None:
            phase = row.phase.casefold()
            found = [s for s in found if self.phase_names.get(s.phase_id, "").casefold() == phase]
        if len(found) == 1:
            return found[0]
        if found:
            unclear = FileProblem(
                "Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but "
                "{count} stations have that title: the action's station is left as it is.",
                count=len(found),
            )
        else:
            unclear = FileProblem(
                "Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no "
                "station has that title: the action's station is left as it is."
            )
        self.plan_.notices.append(
            Said(self.listed.at(unclear.but(title=title), row.row, "station_id"))
        )
        return None

    def _offer_owner(self, name: str | None) -> None:
        if name is None or name.casefold() in self.plan_.owner_ids:
            return
        if all(n.casefold() != name.casefold() for n in self.plan_.new_owners):
            self.plan_.new_owners.append(name)

    # -- rows deleted in Excel ---------------------------------------------------------------
    def _unlisted(self, listed: set[int]) -> None:
        exported = {j.id for j in self._exported()}
        self.plan_.unlisted = [
            (action.id, action.title, journey.name)
            for action, journey in self.actions.values()
            if journey.id in exported and action.id not in listed
        ]


def _same(name: str, old: Any, new: Any) -> bool:
    """Unchanged as far as the client could see: text compares as the export wrote it."""
    if isinstance(old, str) and isinstance(new, str):
        return clean_text(old).strip() == new.strip() if name == "title" else clean_text(old) == new
    return bool(old == new)


def _listed_same(name: str, a: Any, b: Any) -> bool:
    """Equal as two cells of the list are: names in any case, text as the export writes it."""
    if name in ("owner_id", "station_id", "journey_id"):
        return (a or "").casefold() == (b or "").casefold()
    return _same(name, a, b)


def _quoted(value: Any) -> str:
    return EMPTY if value is None or value == "" else f"“{value}”"


def _rows_text(rows: list[int]) -> str:
    """The first rows' numbers, "7, 9, 12, 13, 20, …"."""
    return ", ".join(map(str, rows[:5])) + (", …" if len(rows) > 5 else "")


def _names(names: Any) -> str:
    return ", ".join(f"“{n}”" for n in names)
