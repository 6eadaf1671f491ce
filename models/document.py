"""The open workshop: reads, the one door for edits, and announcements of what changed.

Views never write: they build an :class:`Edit` (see ``models.edits``) and hand it to
:meth:`Document.apply`. Each apply, revert and redo is one transaction, durable when it returns,
and is followed by a :class:`~models.change.ChangeSet` sent to every subscriber. The undo stack
in ``app/`` only has to call ``apply`` and ``revert``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import rules, workshop_problems
from models.change import ChangeSet, Images, Recorder, restore
from models.edit_name import EditName
from models.file_problem import FileProblem
from models.paths import identity
from models.refusal import GONE, Refusal
from models.schema import Action, Base, Journey, Line, Owner, Persona, Phase, Station, Workshop
from models.workshop_file import WorkshopFile, WorkshopFileError, describe

Listener = Callable[[ChangeSet], None]
E = TypeVar("E", bound=Base)


class EditError(ValueError):
    """An edit that breaks a rule of the data; nothing was written. The text is for the user:
    ``message`` is the sentence, translatable (``str(error)`` is its English)."""

    def __init__(self, message: Refusal) -> None:
        super().__init__(message.english())
        self.message = message


class Edit:
    """One change a user can name and undo: "Move station", "Delete phase “Buys”".

    ``perform`` holds the logic, run once through a Recorder; afterwards the edit is its row
    images, so redo and undo restore exactly what the first apply produced and replaced.
    """

    def __init__(self, name: EditName | str, perform: Callable[[Recorder], Any]) -> None:
        self.name = name if isinstance(name, EditName) else EditName(name)
        self.label = self.name.english()  # in English; the window shows the name translated
        self._perform = perform
        self.result: Any = None
        self._before: Images | None = None
        self._after: Images | None = None

    def perform_in(self, recorder: Recorder) -> Any:
        """Run this edit's logic as part of a larger edit (one transaction, one undo step)."""
        return self._perform(recorder)

    @property
    def applied_once(self) -> bool:
        return self._after is not None

    @property
    def empty(self) -> bool:
        """True when applying changed nothing (an undo stack should not keep it)."""
        return self._after is not None and not self._after and not self._before


@dataclass(frozen=True)
class JourneySnapshot:
    """Everything about one journey that a painter or an exporter needs, read at one moment."""

    journey: Journey
    phases: list[Phase]
    lines: list[Line]
    stations: list[Station]  # in phase order, then line order, then position
    actions: list[Action]
    persona: Persona | None = None
    _phase_index: dict[int, int] = field(default_factory=dict, repr=False)
    _line_index: dict[int, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._phase_index.update({p.id: i for i, p in enumerate(self.phases)})
        self._line_index.update({ln.id: i for i, ln in enumerate(self.lines)})

    def phase_index(self, phase_id: int) -> int:
        return self._phase_index[phase_id]

    def line_index(self, line_id: int) -> int:
        return self._line_index[line_id]

    def lane(self, phase_id: int, line_id: int) -> list[Station]:
        return [s for s in self.stations if s.phase_id == phase_id and s.line_id == line_id]


class Document:
    """An open workshop file with its edits and subscribers."""

    def __init__(self, file: WorkshopFile) -> None:
        self.file = file
        self._listeners: list[Listener] = []
        self._identity = identity(file.path)  # the file opened, whatever happens to its name

    def displaced(self) -> FileProblem | None:
        """A sentence when the file at this workshop's path is no longer the file opened.

        Moved, renamed, deleted or replaced by another program while it was open: edits would
        go into a file that no longer has this name (or none), so they are refused instead.
        The open connection still reads the workshop, so a copy can be saved.
        """
        if self.file.readonly or identity(self.path) == self._identity:
            return None
        return FileProblem(
            "{file} was moved, deleted or replaced by another program, so changes can no longer "
            "be saved into it; use Save a copy… to keep the workshop.",
            file=describe(self.path),
        )

    def _check_in_place(self) -> None:
        problem = self.displaced()
        if problem is not None:
            raise WorkshopFileError(problem)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Document:
        """Open a workshop file; one within the limits of models.rules (size, then counts)."""
        path = Path(path)
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # WorkshopFile.open says what is wrong with the path
        if size > rules.WORKSHOP_BYTES_MAX:
            raise WorkshopFileError(
                FileProblem(
                    "{file} cannot be opened: it is {size}, and Journeyline reads files of at "
                    "most {limit}.",
                    file=describe(path),
                    size=rules._megabytes(size),
                    limit=rules._megabytes(rules.WORKSHOP_BYTES_MAX),
                )
            )
        document = cls(WorkshopFile.open(path, readonly=readonly))
        try:
            too_many = workshop_problems.too_many(document.counts())
        except BaseException:
            document.close()
            raise
        if too_many is not None:
            document.close()
            raise WorkshopFileError(too_many.but(file=describe(path)))
        return document

    def counts(self) -> dict[str, int]:
        """How many journeys, phases, lines, stations, actions, owners and personas it holds."""
        tables = {"journeys": "journey", "phases": "phase", "lines": "line", "stations": "station"}
        tables |= {"actions": "action", "owners": "owner", "personas": "persona"}
        sql = ", ".join(f'(SELECT count(*) FROM "{table}")' for table in tables.values())
        sql += ", (SELECT coalesce(sum(json_array_length(quotes)), 0) FROM station)"
        with self.file.transaction("be read") as conn:
            row = conn.exec_driver_sql(f"SELECT {sql}").one()
        return dict(zip([*tables, "quotes"], (int(n) for n in row), strict=True))

    @property
    def path(self) -> Path:
        return self.file.path

    def close(self) -> None:
        self._listeners.clear()
        self.file.close()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- announcements -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, change: ChangeSet) -> None:
        if change.empty:
            return
        for listener in list(self._listeners):
            listener(change)

    # -- the one door ---------------------------------------------------------------------------
    def apply(self, edit: Edit) -> ChangeSet:
        """Do (or redo) an edit in one transaction and announce it."""
        if self.file.readonly:
            raise EditError(Refusal("“{file}” is open read-only.", file=self.path.name))
        self._check_in_place()
        with self.file.write_transaction() as db:
            if edit._after is None:
                recorder = Recorder(db)
                edit.result = edit._perform(recorder)
                edit._before, edit._after = recorder.images()
            else:
                restore(db, edit._after)
        assert edit._before is not None
        change = ChangeSet.between(edit._before, edit._after)
        self._announce(change)
        return change

    def revert(self, edit: Edit) -> ChangeSet:
        """Undo an applied edit in one transaction and announce it."""
        if edit._before is None or edit._after is None:
            raise RuntimeError("revert() of an edit that was never applied")
        self._check_in_place()
        with self.file.write_transaction() as db:
            restore(db, edit._before)
        change = ChangeSet.between(edit._after, edit._before)
        self._announce(change)
        return change

    # -- reads -----------------------------------------------------------------------------------
    def _all(self, entity: type[E], *criteria: Any, order: Sequence[Any] = ()) -> list[E]:
        with self.file.transaction("be read") as conn, Session(conn) as session:
            query = select(entity).where(*criteria).order_by(*order)
            objects = list(session.scalars(query))
            session.expunge_all()
        return objects

    def _one(self, entity: type[E], row_id: int) -> E | None:
        found = self._all(entity, entity.__table__.c.id == row_id)
        return found[0] if found else None

    def rows_by_id(self, entity: type[E], ids: Iterable[int]) -> list[E]:
        """The rows of ``entity`` with these ids that exist, in id order (one read)."""
        wanted = sorted(set(ids))
        if not wanted:
            return []
        column = entity.__table__.c.id
        return self._all(entity, column.in_(wanted), order=(column,))

    def workshop(self) -> Workshop:
        found = self._one(Workshop, 1)
        assert found is not None
        return found

    def owners(self) -> list[Owner]:
        return self._all(Owner, order=(Owner.position, Owner.id))

    def personas(self) -> list[Persona]:
        return self._all(Persona, order=(Persona.position, Persona.id))

    def journeys(self) -> list[Journey]:
        return self._all(Journey, order=(Journey.position, Journey.id))

    def journey(self, journey_id: int) -> Journey | None:
        return self._one(Journey, journey_id)

    def owner(self, owner_id: int) -> Owner | None:
        return self._one(Owner, owner_id)

    def persona(self, persona_id: int) -> Persona | None:
        return self._one(Persona, persona_id)

    def phase(self, phase_id: int) -> Phase | None:
        return self._one(Phase, phase_id)

    def line(self, line_id: int) -> Line | None:
        return self._one(Line, line_id)

    def station(self, station_id: int) -> Station | None:
        return self._one(Station, station_id)

    def action(self, action_id: int) -> Action | None:
        return self._one(Action, action_id)

    def phases(self, journey_id: int) -> list[Phase]:
        return self._all(Phase, Phase.journey_id == journey_id, order=(Phase.position, Phase.id))

    def lines(self, journey_id: int) -> list[Line]:
        return self._all(Line, Line.journey_id == journey_id, order=(Line.position, Line.id))

    def stations(self, journey_id: int) -> list[Station]:
        return self.snapshot(journey_id).stations

    def actions(self, journey_id: int | None = None) -> list[Action]:
        criteria = () if journey_id is None else (Action.journey_id == journey_id,)
        return self._all(Action, *criteria, order=(Action.journey_id, Action.position, Action.id))

    def snapshot(self, journey_id: int) -> JourneySnapshot:
        """One journey with its phases, lines, stations (in map order) and actions."""
        with self.file.transaction("be read") as conn, Session(conn) as session:
            journey = session.get(Journey, journey_id)
            if journey is None:
                raise EditError(GONE["journey"])  # deleted since the caller looked
            phases = list(
                session.scalars(
                    select(Phase)
                    .where(Phase.journey_id == journey_id)
                    .order_by(Phase.position, Phase.id)
                )
            )
            lines = list(
                session.scalars(
                    select(Line)
                    .where(Line.journey_id == journey_id)
                    .order_by(Line.position, Line.id)
                )
            )
            stations = list(
                session.scalars(
                    select(Station)
                    .join(Phase, Station.phase_id == Phase.id)
                    .join(Line, Station.line_id == Line.id)
                    .where(Station.journey_id == journey_id)
                    .order_by(Phase.position, Phase.id, Line.position, Line.id, Station.position)
                )
            )
            actions = list(
                session.scalars(
                    select(Action)
                    .where(Action.journey_id == journey_id)
                    .order_by(Action.position, Action.id)
                )
            )
            persona = (
                session.get(Persona, journey.persona_id) if journey.persona_id is not None else None
            )
            session.expunge_all()
        return JourneySnapshot(journey, phases, lines, stations, actions, persona)
