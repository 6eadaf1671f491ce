"""Every edit a user can make: applied, undone, redone, and still there after reopening the file.

Each edit runs through :meth:`Cycle.run`: apply it and check what a user would see (read back
through the Document), undo it and check the whole workshop is exactly as before (compared as
exported JSON), redo it and check it is exactly as after the first apply, then close the file,
open it again and check once more. Rule violations raise EditError, write nothing to the file
and announce nothing.
"""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from models import edits, interchange
from models.change import ChangeSet
from models.document import Document, Edit, EditError, JourneySnapshot
from models.interchange import DocumentDict
from models.resources import resource
from models.schema import Action, Line, Owner, Phase, Station
from models.transfer import export_document, import_document

Lane = tuple[int, int]  # (phase id, line id)


# -- reading helpers ------------------------------------------------------------------------------
def journey_ids(doc: Document) -> list[int]:
    return [j.id for j in doc.journeys()]


def lanes(
    doc: Document, journey_id: int, snap: JourneySnapshot | None = None
) -> dict[Lane, list[int]]:
    """Station ids of each lane of the journey, left to right (empty lanes included)."""
    snap = snap or doc.snapshot(journey_id)
    result: dict[Lane, list[int]] = {(p.id, ln.id): [] for p in snap.phases for ln in snap.lines}
    for s in snap.stations:
        result[(s.phase_id, s.line_id)].append(s.id)
    return result


def lane(doc: Document, phase_id: int, line_id: int) -> list[int]:
    phase = doc.phase(phase_id)
    assert phase is not None
    return lanes(doc, phase.journey_id)[(phase_id, line_id)]


def by_title(doc: Document, journey_id: int) -> dict[str, Station]:
    return {s.title: s for s in doc.stations(journey_id)}


def action_by_title(doc: Document, journey_id: int) -> dict[str, Action]:
    return {a.title: a for a in doc.actions(journey_id)}


def owner_named(doc: Document, name: str) -> Owner:
    (owner,) = [o for o in doc.owners() if o.name == name]
    return owner


def station_fields(station: Station) -> dict[str, Any]:
    row = {k: v for k, v in vars(station).items() if not k.startswith("_")}
    del row["id"], row["ident"], row["position"]
    return row


def check_map_order(doc: Document, journey_id: int, snap: JourneySnapshot | None = None) -> None:
    """Every station sits on a phase and a line of its journey, and the map order holds."""
    snap = snap or doc.snapshot(journey_id)
    phases = {p.id for p in snap.phases}
    lines = {ln.id for ln in snap.lines}
    for s in snap.stations:
        assert s.journey_id == journey_id
        assert s.phase_id in phases, f"station {s.id} on a phase of another journey"
        assert s.line_id in lines, f"station {s.id} on a line of another journey"
    keys = [(snap.phase_index(s.phase_id), snap.line_index(s.line_id)) for s in snap.stations]
    assert keys == sorted(keys)


# -- the apply / undo / redo / reopen cycle -------------------------------------------------------
class Cycle:
    """Runs edits against the open sample, checking undo, redo and the file on disk."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self._opened: list[Document] = []

    def run(self, edit: Edit, check: Callable[[Document], None]) -> Any:
        doc = self.doc
        before = export_document(doc)
        doc.apply(edit)
        check(doc)
        after = export_document(doc)
        assert after != before, f"“{edit.label}” changed nothing"

        doc.revert(edit)
        assert export_document(doc) == before, f"undo of “{edit.label}” left a trace"

        doc.apply(edit)
        assert export_document(doc) == after, f"redo of “{edit.label}” differs from do"
        check(doc)

        self.reopen()
        assert export_document(self.doc) == after, f"“{edit.label}” did not reach the file"
        check(self.doc)
        return edit.result

    def reopen(self) -> Document:
        path = self.doc.path
        self.doc.close()
        self.doc = Document.open(path)
        self._opened.append(self.doc)
        return self.doc

    def close(self) -> None:
        for doc in self._opened:
            doc.close()


@pytest.fixture
def cycle(document: Document) -> Iterator[Cycle]:
    c = Cycle(document)
    yield c
    c.close()


@pytest.fixture
def today(document: Document) -> int:
    return journey_ids(document)[0]


def assert_refused(doc: Document, make: Callable[[], Edit], match: str) -> None:
    """Building or applying the edit raises EditError; the file and the listeners hear nothing."""
    heard: list[ChangeSet] = []
    doc.subscribe(heard.append)
    before = export_document(doc)
    # Put the file's time in the past: any write, even of the same bytes, would move it.
    os.utime(doc.path, ns=(1_000_000_000, 1_000_000_000))
    size = doc.path.stat().st_size
    try:
        with pytest.raises(EditError, match=match):
            doc.apply(make())
    finally:
        doc.unsubscribe(heard.append)
    assert doc.path.stat().st_mtime_ns == 1_000_000_000, "a refused edit wrote to the file"
    assert doc.path.stat().st_size == size
    assert export_document(doc) == before
    assert heard == []


# -- workshop -------------------------------------------------------------------------------------
def test_update_workshop_details(cycle: Cycle) -> None:
    edit = edits.update_workshop(title="  Onboarding, day 2  ", notes="=SUM(A1)\n<b>bold</b>")

    def check(doc: Document) -> None:
        w = doc.workshop()
        assert w.title == "Onboarding, day 2"
        assert w.notes == "=SUM(A1)\n<b>bold</b>"
        assert w.organisation == "Nordlys Energi AS"

    cycle.run(edit, check)


# -- stations -------------------------------------------------------------------------------------
def test_add_station_at_an_index_goes_between_its_neighbours(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    target = (phases[4].id, lines[0].id)
    old = lanes(doc, today)
    assert len(old[target]) == 3
    edit = edits.add_station(
        *target, "  Reads the tariff  ", index=1, emotion=-1, needs=["Plain words"], impact=4
    )

    def check(doc: Document) -> None:
        new = edit.result
        now = lanes(doc, today)
        a, b, c = old[target]
        assert now[target] == [a, new, b, c]
        assert {k: v for k, v in now.items() if k != target} == {
            k: v for k, v in old.items() if k != target
        }
        st_ = doc.station(new)
        assert st_ is not None
        assert (st_.title, st_.emotion, st_.needs, st_.impact) == (
            "Reads the tariff",
            -1,
            ["Plain words"],
            4,
        )
        assert (st_.journey_id, st_.owner_id, st_.moment_of_truth) == (today, None, False)
        check_map_order(doc, today)

    cycle.run(edit, check)


@pytest.mark.parametrize("index", [None, 99])
def test_add_station_without_or_past_the_end_appends(
    cycle: Cycle, today: int, index: int | None
) -> None:
    phases, lines = cycle.doc.phases(today), cycle.doc.lines(today)
    target = (phases[1].id, lines[0].id)
    old = lane(cycle.doc, *target)
    edit = edits.add_station(*target, "Reads the terms", index=index)
    cycle.run(edit, lambda doc: _assert_equal(lane(doc, *target), [*old, edit.result]))


def test_add_station_into_an_empty_lane(cycle: Cycle, today: int) -> None:
    phases, lines = cycle.doc.phases(today), cycle.doc.lines(today)
    target = (phases[0].id, lines[3].id)
    assert lane(cycle.doc, *target) == []
    edit = edits.add_station(*target, "Scores the lead", index=0)

    def check(doc: Document) -> None:
        assert lane(doc, *target) == [edit.result]
        check_map_order(doc, today)

    cycle.run(edit, check)


def _assert_equal(actual: object, expected: object) -> None:
    assert actual == expected


@pytest.mark.parametrize(
    ("moved", "index", "expected"),
    [
        (2, 0, [2, 0, 1]),  # last to the front
        (0, 2, [1, 2, 0]),  # first to the end: the index counts the lane without it
        (0, 1, [1, 0, 2]),
        (1, 0, [1, 0, 2]),
    ],
)
def test_move_station_within_its_lane(
    cycle: Cycle, today: int, moved: int, index: int, expected: list[int]
) -> None:
    phases, lines = cycle.doc.phases(today), cycle.doc.lines(today)
    target = (phases[4].id, lines[0].id)
    old = lane(cycle.doc, *target)
    edit = edits.move_stations({old[moved]: (*target, index)})
    assert edit.label == "Move station"
    cycle.run(edit, lambda doc: _assert_equal(lane(doc, *target), [old[i] for i in expected]))


def test_move_station_to_another_phase_and_line(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    station = by_title(doc, today)["Compares prices online"]
    source = (station.phase_id, station.line_id)
    target = (phases[3].id, lines[3].id)  # "Gets the first bill" × "Operations & billing"
    old = lanes(doc, today)
    before = station_fields(station)

    def check(doc: Document) -> None:
        moved = doc.station(station.id)
        assert moved is not None
        assert (moved.phase_id, moved.line_id) == target
        assert station_fields(moved) == {**before, "phase_id": target[0], "line_id": target[1]}
        now = lanes(doc, today)
        assert now[target] == [station.id, *old[target]]
        assert now[source] == [s for s in old[source] if s != station.id]
        check_map_order(doc, today)
        # on the map it is drawn in the bill phase, on the operations line, before "Estimates"
        bill = [s.id for s in doc.snapshot(today).stations if s.phase_id == target[0]]
        assert bill[-2:] == [station.id, *old[target]]

    cycle.run(edits.move_stations({station.id: (*target, 0)}), check)


@pytest.mark.parametrize("reverse", [False, True], ids=["in-order", "given-reversed"])
def test_move_several_stations_into_one_lane_at_their_final_places(
    cycle: Cycle, today: int, reverse: bool
) -> None:
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    target = (phases[4].id, lines[0].id)
    x, y, z = lane(doc, *target)
    titles = by_title(doc, today)
    a, b = titles["Compares prices online"].id, titles["Waits in phone queue"].id
    # An index is the station's place in the lane once the move is done: [a, x, y, b, z].
    moves = {a: (*target, 0), b: (*target, 3)}
    edit = edits.move_stations(dict(reversed(moves.items())) if reverse else moves)
    assert edit.label == "Move 2 stations"
    cycle.run(edit, lambda doc: _assert_equal(lane(doc, *target), [a, x, y, b, z]))


def test_drop_several_stations_together_between_two(cycle: Cycle, today: int) -> None:
    """What a drag of a multi-selection produces: consecutive places in the target lane."""
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    target = (phases[4].id, lines[0].id)
    x, y, z = lane(doc, *target)
    titles = by_title(doc, today)
    a, b = titles["Compares prices online"].id, titles["Waits in phone queue"].id
    old = lanes(doc, today)
    source_a, source_b = [key for key, ids in old.items() if a in ids or b in ids]

    def check(doc: Document) -> None:
        now = lanes(doc, today)
        assert now[target] == [x, a, b, y, z]
        assert now[source_a] == [s for s in old[source_a] if s not in (a, b)]
        assert now[source_b] == [s for s in old[source_b] if s not in (a, b)]
        check_map_order(doc, today)

    cycle.run(edits.move_stations({a: (*target, 1), b: (*target, 2)}), check)


def test_move_stations_within_their_own_lane_together(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    target = (phases[4].id, lines[0].id)
    x, y, z = lane(doc, *target)
    edit = edits.move_stations({x: (*target, 1), y: (*target, 2)})
    cycle.run(edit, lambda doc: _assert_equal(lane(doc, *target), [z, x, y]))


def test_move_stations_to_different_lanes_is_one_step(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    titles = by_title(doc, today)
    a, b = titles["Signs with BankID"].id, titles["Receives first bill"].id
    one, two = (phases[0].id, lines[3].id), (phases[6].id, lines[1].id)
    old = lanes(doc, today)

    def check(doc: Document) -> None:
        now = lanes(doc, today)
        assert now[one] == [a]
        assert now[two] == [*old[two], b]
        check_map_order(doc, today)

    cycle.run(edits.move_stations({a: (*one, 0), b: (*two, None)}), check)


def test_delete_station_unlinks_its_actions(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    queue = by_title(doc, today)["Waits in phone queue"]
    linked = [a.id for a in doc.actions(today) if a.station_id == queue.id]
    assert len(linked) == 2

    def check(doc: Document) -> None:
        assert doc.station(queue.id) is None
        assert queue.id not in [s.id for s in doc.stations(today)]
        for action_id in linked:
            action = doc.action(action_id)
            assert action is not None, "deleting a station must keep its actions"
            assert action.station_id is None
        assert len(doc.actions(today)) == 13

    cycle.run(edits.delete_stations([queue.id]), check)


def test_delete_several_stations_empties_their_lane(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    target = (phases[0].id, lines[0].id)
    ids = lane(doc, *target)
    assert len(ids) == 2
    edit = edits.delete_stations(ids)
    assert edit.label == "Delete 2 stations"

    def check(doc: Document) -> None:
        assert lane(doc, *target) == []
        assert len(doc.stations(today)) == 23
        assert all(a.station_id not in ids for a in doc.actions(today))

    cycle.run(edit, check)


def test_duplicate_stations_places_each_copy_after_its_original(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    phases, lines = doc.phases(today), doc.lines(today)
    target = (phases[1].id, lines[0].id)
    form, bankid = lane(doc, *target)
    originals = {sid: station_fields(doc.station(sid)) for sid in (form, bankid)}
    edit = edits.duplicate_stations([form, bankid])

    def check(doc: Document) -> None:
        copy_form, copy_bankid = edit.result
        assert lane(doc, *target) == [form, copy_form, bankid, copy_bankid]
        for original, copy in ((form, copy_form), (bankid, copy_bankid)):
            assert station_fields(doc.station(copy)) == originals[original]
        # each copy has its own readable id, made from its title
        assert doc.station(copy_form).ident == "s-fills-in-sign-up-form"  # type: ignore[union-attr]
        assert doc.station(copy_bankid).ident == "s-signs-with-bankid"  # type: ignore[union-attr]

    cycle.run(edit, check)


def test_update_station_fields(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    station = by_title(doc, today)["Signs with BankID"]
    service = owner_named(doc, "Customer Service")
    edit = edits.update_station(
        station.id,
        title=" Signs with an e-ID ",
        emotion=-2,
        pain_points=["Times out", "=HYPERLINK()"],
        owner_id=service.id,
        evidence="observed",
        moment_of_truth=True,
        drop_off_percent=12.5,
        day=-3,
    )

    def check(doc: Document) -> None:
        s = doc.station(station.id)
        assert s is not None
        assert (s.title, s.emotion, s.pain_points, s.owner_id) == (
            "Signs with an e-ID",
            -2,
            ["Times out", "=HYPERLINK()"],
            service.id,
        )
        assert (s.evidence, s.moment_of_truth, s.drop_off_percent, s.day) == (
            "observed",
            True,
            12.5,
            -3,
        )
        assert (s.phase_id, s.line_id) == (station.phase_id, station.line_id)

    cycle.run(edit, check)


def test_adding_many_stations_in_one_spot_keeps_order_and_undoes(document: Document) -> None:
    """Fractional positions run out after ~50 halvings; the journey is renumbered then."""
    today = journey_ids(document)[0]
    phases, lines = document.phases(today), document.lines(today)
    target = (phases[1].id, lines[0].id)
    form, bankid = lane(document, *target)
    original = export_document(document)
    done = []
    for n in range(70):
        edit = edits.add_station(*target, f"Step {n}", index=1)
        document.apply(edit)
        done.append(edit)
    added = [e.result for e in done]
    assert lane(document, *target) == [form, *reversed(added), bankid]
    check_map_order(document, today)
    for edit in reversed(done):
        document.revert(edit)
    assert export_document(document) == original


# -- phases and lines -----------------------------------------------------------------------------
def test_add_phase_at_an_index(cycle: Cycle, today: int) -> None:
    old = [p.id for p in cycle.doc.phases(today)]
    edit = edits.add_phase(today, "  Moves house ", index=2, description="Rare", color="#abcdef")

    def check(doc: Document) -> None:
        phases = doc.phases(today)
        assert [p.id for p in phases] == [*old[:2], edit.result, *old[2:]]
        new = phases[2]
        assert (new.name, new.description, new.color) == ("Moves house", "Rare", "#ABCDEF")
        assert lanes(doc, today)[(new.id, doc.lines(today)[0].id)] == []

    cycle.run(edit, check)


def test_add_line_at_the_end(cycle: Cycle, today: int) -> None:
    old = [ln.id for ln in cycle.doc.lines(today)]
    edit = edits.add_line(today, "Chat", kind="backstage")

    def check(doc: Document) -> None:
        lines = doc.lines(today)
        assert [ln.id for ln in lines] == [*old, edit.result]
        assert (lines[-1].name, lines[-1].kind, lines[-1].color) == ("Chat", "backstage", None)

    cycle.run(edit, check)


@pytest.mark.parametrize("entity", [Phase, Line])
def test_rename_and_recolour_a_band(cycle: Cycle, today: int, entity: type[Phase | Line]) -> None:
    if entity is Phase:
        band_id = cycle.doc.phases(today)[2].id
        edit = edits.update_phase(band_id, name=" Changes supplier ", color="#00aa00")
    else:
        band_id = cycle.doc.lines(today)[2].id
        edit = edits.update_line(band_id, name=" Paper ", color="#00aa00", kind="backstage")
    stations = lanes(cycle.doc, today)

    def check(doc: Document) -> None:
        if entity is Phase:
            phase = doc.phase(band_id)
            assert phase is not None
            assert (phase.name, phase.color) == ("Changes supplier", "#00AA00")
        else:
            line = doc.line(band_id)
            assert line is not None
            assert (line.name, line.color, line.kind) == ("Paper", "#00AA00", "backstage")
        assert lanes(doc, today) == stations

    cycle.run(edit, check)


def test_clear_a_line_colour(cycle: Cycle, today: int) -> None:
    line = cycle.doc.lines(today)[0]
    assert line.color is not None
    cycle.run(
        edits.update_line(line.id, color=None),
        lambda doc: _assert_equal(doc.line(line.id).color, None),
    )


def test_reorder_phases_moves_their_stations_on_the_map(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    old = [p.id for p in doc.phases(today)]
    first = old[0]
    compares = lanes(doc, today)[(first, doc.lines(today)[0].id)]

    def check(doc: Document) -> None:
        assert [p.id for p in doc.phases(today)] == [*old[1:4], first, *old[4:]]
        path = [s.phase_id for s in doc.snapshot(today).stations]
        # the customer now passes the first phase's stations after those of phases 2 to 4
        assert path.index(first) > max(i for i, p in enumerate(path) if p == old[3])
        assert lanes(doc, today)[(first, doc.lines(today)[0].id)] == compares
        check_map_order(doc, today)

    cycle.run(edits.move_phase(first, 3), check)


def test_reorder_lines(cycle: Cycle, today: int) -> None:
    old = [ln.id for ln in cycle.doc.lines(today)]
    cycle.run(
        edits.move_line(old[3], 0),
        lambda doc: _assert_equal([ln.id for ln in doc.lines(today)], [old[3], *old[:3]]),
    )


def test_delete_phase_takes_its_stations_in_one_step(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    phases = doc.phases(today)
    support = phases[5]
    gone = [s.id for s in doc.stations(today) if s.phase_id == support.id]
    unlinked = [a.id for a in doc.actions(today) if a.station_id in gone]
    assert len(gone) == 4 and len(unlinked) == 3
    edit = edits.delete_phase(support.id)
    assert edit.label == "Delete phase"

    def check(doc: Document) -> None:
        assert [p.id for p in doc.phases(today)] == [p.id for p in phases if p != support]
        assert doc.phase(support.id) is None
        assert all(doc.station(s) is None for s in gone)
        assert len(doc.stations(today)) == 25 - 4
        assert all(doc.action(a).station_id is None for a in unlinked)
        check_map_order(doc, today)

    cycle.run(edit, check)


def test_delete_line_takes_its_stations_in_one_step(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    lines = doc.lines(today)
    phone = lines[1]
    gone = [s.id for s in doc.stations(today) if s.line_id == phone.id]
    assert len(gone) == 8

    def check(doc: Document) -> None:
        assert [ln.id for ln in doc.lines(today)] == [ln.id for ln in lines if ln != phone]
        assert all(doc.station(s) is None for s in gone)
        assert all(a.station_id not in gone for a in doc.actions(today))
        check_map_order(doc, today)

    cycle.run(edits.delete_line(phone.id), check)


def test_the_last_phase_and_line_of_a_journey_stay(document: Document) -> None:
    add = edits.add_journey("Moving", ["Plans"], [("Web", "frontstage")])
    document.apply(add)
    (phase,) = document.phases(add.result)
    (line,) = document.lines(add.result)
    assert_refused(document, lambda: edits.delete_phase(phase.id), "at least one phase")
    assert_refused(document, lambda: edits.delete_line(line.id), "at least one line")


# -- owners ---------------------------------------------------------------------------------------
def test_add_owner_goes_last(cycle: Cycle) -> None:
    old = [o.id for o in cycle.doc.owners()]
    edit = edits.add_owner("  Kari Nordmann ", role="Legal", email="kari@example.com")

    def check(doc: Document) -> None:
        owners = doc.owners()
        assert [o.id for o in owners] == [*old, edit.result]
        assert (owners[-1].name, owners[-1].role, owners[-1].email) == (
            "Kari Nordmann",
            "Legal",
            "kari@example.com",
        )

    cycle.run(edit, check)


def test_update_owner(cycle: Cycle) -> None:
    jonas = owner_named(cycle.doc, "Jonas Häggström")
    cycle.run(
        edits.update_owner(jonas.id, role="Head of data", email=""),
        lambda doc: _assert_equal(
            (doc.owner(jonas.id).role, doc.owner(jonas.id).email),
            ("Head of data", ""),
        ),
    )


def test_delete_owner_leaves_stations_and_actions_unowned(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    service = owner_named(doc, "Customer Service")
    stations = [s.id for j in journey_ids(doc) for s in doc.stations(j) if s.owner_id == service.id]
    actions = [a.id for a in doc.actions() if a.owner_id == service.id]
    assert stations and actions
    others = [o.id for o in doc.owners() if o.id != service.id]

    def check(doc: Document) -> None:
        assert [o.id for o in doc.owners()] == others
        assert all(doc.station(s).owner_id is None for s in stations)
        assert all(doc.action(a).owner_id is None for a in actions)
        assert len(doc.stations(today)) == 25

    cycle.run(edits.delete_owner(service.id), check)


def test_merge_owners_moves_everything_to_the_one_kept(cycle: Cycle) -> None:
    doc = cycle.doc
    keep, merged = owner_named(doc, "Mats Åkerlund"), owner_named(doc, "Customer Service")

    def owned(doc: Document, owner_id: int) -> tuple[set[int], set[int]]:
        stations = {s.id for j in journey_ids(doc) for s in doc.stations(j)}
        return (
            {s for s in stations if doc.station(s).owner_id == owner_id},
            {a.id for a in doc.actions() if a.owner_id == owner_id},
        )

    (kept_stations, kept_actions), (merged_stations, merged_actions) = (
        owned(doc, keep.id),
        owned(doc, merged.id),
    )
    assert merged_stations and merged_actions

    def check(doc: Document) -> None:
        assert doc.owner(merged.id) is None
        assert owned(doc, keep.id) == (
            kept_stations | merged_stations,
            kept_actions | merged_actions,
        )
        assert owned(doc, merged.id) == (set(), set())
        assert [o.name for o in doc.owners()].count("Customer Service") == 0

    cycle.run(edits.merge_owners(keep.id, merged.id), check)


# -- personas -------------------------------------------------------------------------------------
def test_add_persona(cycle: Cycle) -> None:
    edit = edits.add_persona(
        " Ola, the student ", goals=["Cheap", "Fast"], frustrations=[], color="#12ab3c"
    )

    def check(doc: Document) -> None:
        p = doc.personas()[-1]
        assert p.id == edit.result
        assert (p.name, p.goals, p.frustrations, p.color) == (
            "Ola, the student",
            ["Cheap", "Fast"],
            [],
            "#12AB3C",
        )

    cycle.run(edit, check)


def test_update_persona(cycle: Cycle) -> None:
    erik = cycle.doc.personas()[1]
    cycle.run(
        edits.update_persona(erik.id, needs=["Large print"], quote="«Call me»"),
        lambda doc: _assert_equal(
            (doc.persona(erik.id).needs, doc.persona(erik.id).quote),
            (["Large print"], "«Call me»"),
        ),
    )


def test_delete_persona_leaves_its_journeys_without_one(cycle: Cycle) -> None:
    kari = cycle.doc.personas()[0]
    journeys = [j.id for j in cycle.doc.journeys() if j.persona_id == kari.id]
    assert len(journeys) == 2

    def check(doc: Document) -> None:
        assert [p.name for p in doc.personas()] == ["Erik, the careful senior"]
        assert all(doc.journey(j).persona_id is None for j in journeys)
        assert doc.snapshot(journeys[0]).persona is None

    cycle.run(edits.delete_persona(kari.id), check)


# -- journeys -------------------------------------------------------------------------------------
def test_add_journey_with_its_phases_and_lines(cycle: Cycle) -> None:
    erik = cycle.doc.personas()[1]
    edit = edits.add_journey(
        " Moving house ",
        ["Plans", " Moves "],
        [("Web", "frontstage"), ("Ops", "backstage")],
        state="future",
        persona_id=erik.id,
    )

    def check(doc: Document) -> None:
        assert journey_ids(doc)[-1] == edit.result
        snap = doc.snapshot(edit.result)
        assert (snap.journey.name, snap.journey.state) == ("Moving house", "future")
        assert snap.persona is not None and snap.persona.id == erik.id
        assert [p.name for p in snap.phases] == ["Plans", "Moves"]
        assert [(ln.name, ln.kind) for ln in snap.lines] == [
            ("Web", "frontstage"),
            ("Ops", "backstage"),
        ]
        assert snap.stations == [] and snap.actions == []

    cycle.run(edit, check)


def test_update_and_reorder_journeys(cycle: Cycle) -> None:
    today, tomorrow = journey_ids(cycle.doc)
    cycle.run(
        edits.update_journey(tomorrow, name="Onboarding 2027", persona_id=None, storyline="Yes"),
        lambda doc: _assert_equal(
            (doc.journey(tomorrow).name, doc.journey(tomorrow).persona_id),
            ("Onboarding 2027", None),
        ),
    )
    cycle.run(
        edits.move_journey(tomorrow, 0),
        lambda doc: _assert_equal(journey_ids(doc), [tomorrow, today]),
    )


def test_delete_journey_takes_everything_of_it(cycle: Cycle) -> None:
    today, tomorrow = journey_ids(cycle.doc)
    doc = cycle.doc
    stations = [s.id for s in doc.stations(tomorrow)]
    phases = [p.id for p in doc.phases(tomorrow)]
    today_before = export_document(doc)["journeys"][0]

    def check(doc: Document) -> None:
        assert journey_ids(doc) == [today]
        assert doc.phases(tomorrow) == [] and doc.lines(tomorrow) == []
        assert doc.actions(tomorrow) == []
        assert all(doc.station(s) is None for s in stations)
        assert all(doc.phase(p) is None for p in phases)
        assert export_document(doc)["journeys"] == [today_before]

    cycle.run(edits.delete_journey(tomorrow), check)
    assert_refused(cycle.doc, lambda: edits.delete_journey(today), "at least one journey")


# -- actions --------------------------------------------------------------------------------------
def test_add_action(cycle: Cycle, today: int) -> None:
    doc = cycle.doc
    station = by_title(doc, today)["Receives first bill"]
    sigrid = owner_named(doc, "Sigrid Bjørnstad")
    old = [a.id for a in doc.actions(today)]
    edit = edits.add_action(
        today,
        " Explain estimated readings ",
        station_id=station.id,
        owner_id=sigrid.id,
        effort=2,
        value=5,
        status="planned",
        due=datetime.date(2027, 1, 31),
        kpi="Calls per bill < 0.1",
    )

    def check(doc: Document) -> None:
        assert [a.id for a in doc.actions(today)] == [*old, edit.result]
        a = doc.action(edit.result)
        assert a is not None
        assert (a.title, a.station_id, a.owner_id, a.journey_id) == (
            "Explain estimated readings",
            station.id,
            sigrid.id,
            today,
        )
        assert (a.effort, a.value, a.status, a.due, a.kpi) == (
            2,
            5,
            "planned",
            "2027-01-31",
            "Calls per bill < 0.1",
        )

    cycle.run(edit, check)


def test_update_action(cycle: Cycle, today: int) -> None:
    action = action_by_title(cycle.doc, today)["Redesign the first bill"]
    edit = edits.update_action(action.id, status="done", due="2026-12-01", station_id=None)

    def check(doc: Document) -> None:
        a = doc.action(action.id)
        assert a is not None
        assert (a.status, a.due, a.station_id) == ("done", "2026-12-01", None)

    cycle.run(edit, check)


def test_delete_actions(cycle: Cycle, today: int) -> None:
    actions = [a.id for a in cycle.doc.actions(today)]
    gone = {actions[0], actions[5]}

    def check(doc: Document) -> None:
        assert [a.id for a in doc.actions(today)] == [a for a in actions if a not in gone]
        assert all(doc.action(a) is None for a in gone)

    cycle.run(edits.delete_actions(sorted(gone)), check)


# -- rules ----------------------------------------------------------------------------------------
def _first_station(doc: Document) -> int:
    return doc.stations(journey_ids(doc)[0])[0].id


def _other_journey_phase(doc: Document) -> int:
    return doc.phases(journey_ids(doc)[1])[0].id


REFUSED: dict[str, tuple[Callable[[Document], Edit], str]] = {
    "blank station title": (
        lambda d: edits.add_station(d.phases(1)[0].id, d.lines(1)[0].id, "   "),
        "title must be 1 to 200",
    ),
    "title too long": (
        lambda d: edits.update_station(_first_station(d), title="x" * 201),
        "title must be 1 to 200",
    ),
    "emotion out of range": (
        lambda d: edits.update_station(_first_station(d), emotion=3),
        "emotion must be a whole number from -2 to 2",
    ),
    "emotion as a boolean": (
        lambda d: edits.update_station(_first_station(d), emotion=True),
        "emotion",
    ),
    "rating zero": (lambda d: edits.update_station(_first_station(d), impact=0), "impact"),
    "drop-off over 100": (
        lambda d: edits.update_station(_first_station(d), drop_off_percent=100.5),
        "drop-off",
    ),
    "negative customers": (
        lambda d: edits.update_station(_first_station(d), customers=-1),
        "number of customers",
    ),
    "unknown evidence": (
        lambda d: edits.update_station(_first_station(d), evidence="guessed"),
        "evidence must be one of",
    ),
    "missing owner": (
        lambda d: edits.update_station(_first_station(d), owner_id=9999),
        "owner no longer exists",
    ),
    "missing station": (lambda d: edits.delete_stations([9999]), "station no longer exists"),
    "no station to delete": (lambda d: edits.delete_stations([]), "No station"),
    "no station to move": (lambda d: edits.move_stations({}), "No station"),
    "move to another journey's phase": (
        lambda d: edits.move_stations(
            {_first_station(d): (_other_journey_phase(d), d.lines(1)[0].id, 0)}
        ),
        "another journey",
    ),
    "move stations of two journeys together": (
        lambda d: edits.move_stations(
            {
                _first_station(d): (d.phases(1)[0].id, d.lines(1)[0].id, 0),
                d.stations(2)[0].id: (d.phases(2)[0].id, d.lines(2)[0].id, 0),
            }
        ),
        "different journeys",
    ),
    "line of another journey": (
        lambda d: edits.add_station(d.phases(1)[0].id, d.lines(2)[0].id, "Somewhere"),
        "another journey",
    ),
    "bad phase colour": (
        lambda d: edits.update_phase(d.phases(1)[0].id, color="red"),
        "colour like #4C72B0",
    ),
    "persona without colour": (
        lambda d: edits.update_persona(d.personas()[0].id, color=None),
        "colour",
    ),
    "unknown line kind": (
        lambda d: edits.add_line(1, "Chat", kind="sidestage"),
        "line kind must be one of",
    ),
    "too many goals": (
        lambda d: edits.add_persona("Many", goals=["g"] * 101),
        "at most 100 items",
    ),
    "journey without phases": (
        lambda d: edits.add_journey("Empty", [], [("Web", "frontstage")]),
        "at least one phase",
    ),
    "journey of a missing persona": (
        lambda d: edits.update_journey(1, persona_id=9999),
        "persona no longer exists",
    ),
    "merge an owner with itself": (
        lambda d: edits.merge_owners(d.owners()[0].id, d.owners()[0].id),
        "two different owners",
    ),
    "impossible due date": (
        lambda d: edits.update_action(d.actions(1)[0].id, due="2027-02-30"),
        "date",
    ),
    "action on another journey's station": (
        lambda d: edits.update_action(d.actions(1)[0].id, station_id=d.stations(2)[0].id),
        "another journey",
    ),
    "blank workshop title": (lambda d: edits.update_workshop(title=" \n "), "workshop title"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_rule_violations_are_refused_and_write_nothing(document: Document, case: str) -> None:
    make, match = REFUSED[case]
    assert journey_ids(document) == [1, 2]  # the lambdas above name the sample's journeys
    assert_refused(document, lambda: make(document), match)


def test_a_field_the_registry_does_not_let_edit_is_a_programming_error(
    document: Document,
) -> None:
    """Every caller names fields from the registry (the panel, the Excel list's columns, the
    clipboard's interchange keys), so an unknown one is a bug, not a sentence for a user."""
    station = _first_station(document)
    with pytest.raises(TypeError, match="Station has no editable field 'colour'"):
        edits.update_station(station, colour="#FFFFFF")
    with pytest.raises(TypeError, match="no editable field 'phase_id'"):
        edits.update_station(station, phase_id=_other_journey_phase(document))


def test_a_read_only_document_refuses_edits(workshop_path: Path) -> None:
    with Document.open(workshop_path, readonly=True) as doc:
        assert_refused(doc, lambda: edits.update_workshop(notes="x"), "read-only")


# -- announcements --------------------------------------------------------------------------------
def test_apply_and_revert_announce_what_changed(document: Document) -> None:
    heard: list[ChangeSet] = []
    document.subscribe(heard.append)
    today = journey_ids(document)[0]
    station = by_title(document, today)["Signs with BankID"]

    edit = edits.update_station(station.id, emotion=-2, title="Signs")
    returned = document.apply(edit)
    assert heard == [returned]
    assert returned.changed_fields(Station) == {station.id: frozenset({"emotion", "title"})}
    assert returned.tables() == {"station"}
    document.revert(edit)
    assert heard[-1].changed_fields(Station) == {station.id: frozenset({"emotion", "title"})}
    assert document.station(station.id).emotion == 1

    add = edits.add_station(station.phase_id, station.line_id, "New")
    document.apply(add)
    assert heard[-1].added_ids(Station) == {add.result}
    document.revert(add)
    assert heard[-1].removed_ids(Station) == {add.result}
    document.apply(add)
    assert heard[-1].added_ids(Station) == {add.result}

    phase = document.phases(today)[5]
    gone = {s.id for s in document.stations(today) if s.phase_id == phase.id}
    delete = edits.delete_phase(phase.id)
    document.apply(delete)
    change = heard[-1]
    assert change.removed_ids(Phase) == {phase.id}
    assert change.removed_ids(Station) == gone
    assert all(f == {"station_id"} for f in change.changed_fields(Action).values())
    assert len(change.changed_fields(Action)) == 3
    document.revert(delete)
    assert heard[-1].added_ids(Phase) == {phase.id}
    assert heard[-1].added_ids(Station) == gone
    assert len(heard) == 7

    document.unsubscribe(heard.append)
    document.apply(edits.update_station(station.id, emotion=0))
    assert len(heard) == 7


def test_an_edit_that_changes_nothing_is_empty_and_silent(document: Document) -> None:
    heard: list[ChangeSet] = []
    document.subscribe(heard.append)
    station = document.stations(journey_ids(document)[0])[0]
    edit = edits.update_station(station.id, title=station.title)
    assert document.apply(edit).empty
    assert edit.empty
    assert heard == []


# -- random sequences of station edits, then undo all ---------------------------------------------
_TEMPLATE: dict[str, bytes] = {}


def _template() -> bytes:
    """The sample as a workshop file's bytes, built once per test session."""
    if "sample" not in _TEMPLATE:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "sample.journey"
            sample = interchange.parse(resource("samples", "sample.json").read_bytes())
            import_document(sample, path)
            _TEMPLATE["sample"] = path.read_bytes()
    return _TEMPLATE["sample"]


INDEXES = st.one_of(st.none(), st.integers(0, 6))


class StationEdits(RuleBasedStateMachine):
    """Station adds, moves, deletes and duplicates with undo and redo, against a lane model.

    The model is the spec of each edit written independently in plain lists; after every step
    the document's lanes must equal it, and the map order and journey membership must hold.
    At the end every edit still done is undone in reverse order: each undo gives back the
    exact workshop before that edit, and the last one the original.
    """

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="journeyline-stateful-"))
        path = self.folder / "w.journey"
        path.write_bytes(_template())
        self.doc = Document.open(path)
        self.journeys = journey_ids(self.doc)
        self.model = {j: lanes(self.doc, j) for j in self.journeys}
        self.original = export_document(self.doc)
        # (edit, export before, model before, export after, model after)
        self.done: list[tuple[Edit, DocumentDict, Any, DocumentDict, Any]] = []
        self.undone: list[tuple[Edit, DocumentDict, Any, DocumentDict, Any]] = []

    # -- helpers
    def _copy_model(self) -> dict[int, dict[Lane, list[int]]]:
        return {j: {k: list(v) for k, v in ls.items()} for j, ls in self.model.items()}

    def _stations(self, journey: int) -> list[int]:
        return [s for ids in self.model[journey].values() for s in ids]

    def _find(self, station: int) -> tuple[int, Lane]:
        for j, ls in self.model.items():
            for key, ids in ls.items():
                if station in ids:
                    return j, key
        raise AssertionError(f"station {station} is not in the model")

    def _do(self, edit: Edit, update_model: Callable[[Edit], None]) -> None:
        before, model_before = export_document(self.doc), self._copy_model()
        self.doc.apply(edit)
        update_model(edit)
        after, model_after = export_document(self.doc), self._copy_model()
        self.done.append((edit, before, model_before, after, model_after))
        self.undone.clear()

    # -- rules
    @rule(data=st.data())
    def add(self, data: st.DataObject) -> None:
        journey = data.draw(st.sampled_from(self.journeys))
        phase, line = data.draw(st.sampled_from(sorted(self.model[journey])))
        index = data.draw(INDEXES)

        def update(edit: Edit) -> None:
            ids = self.model[journey][(phase, line)]
            ids.insert(len(ids) if index is None else min(index, len(ids)), edit.result)

        self._do(edits.add_station(phase, line, f"Added {len(self.done)}", index=index), update)

    @rule(data=st.data())
    def move(self, data: st.DataObject) -> None:
        candidates = [j for j in self.journeys if self._stations(j)]
        journey = data.draw(st.sampled_from(candidates))
        moved = data.draw(
            st.lists(st.sampled_from(self._stations(journey)), min_size=1, max_size=3, unique=True)
        )
        lanes_ = st.sampled_from(sorted(self.model[journey]))
        if data.draw(st.booleans(), label="drag into one lane"):
            # What the canvas sends: each station's place in the lane's final order.
            target = data.draw(lanes_)
            final = [s for s in self.model[journey][target] if s not in moved]
            for sid in moved:
                final.insert(data.draw(st.integers(0, len(final))), sid)
            moves = {sid: (*target, final.index(sid)) for sid in moved}

            def update(edit: Edit) -> None:
                for ids in self.model[journey].values():
                    ids[:] = [s for s in ids if s not in moves]
                self.model[journey][target] = final

        else:
            moves = {sid: (*data.draw(lanes_), data.draw(INDEXES)) for sid in moved}

            def update(edit: Edit) -> None:
                # The docstring's rule: in the order of their indexes (ties as given), each
                # placed among the lane's other stations and the moved ones placed before it;
                # an index past the end, or none, puts it at the end.
                for ids in self.model[journey].values():
                    ids[:] = [s for s in ids if s not in moves]
                for sid in sorted(moves, key=lambda s: (moves[s][2] is None, moves[s][2] or 0)):
                    phase, line, index = moves[sid]
                    ids = self.model[journey][(phase, line)]
                    ids.insert(len(ids) if index is None else min(index, len(ids)), sid)

        self._do(edits.move_stations(moves), update)

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        everything = [s for j in self.journeys for s in self._stations(j)]
        if not everything:
            return
        gone = data.draw(st.lists(st.sampled_from(everything), min_size=1, max_size=2, unique=True))

        def update(edit: Edit) -> None:
            for ls in self.model.values():
                for ids in ls.values():
                    ids[:] = [s for s in ids if s not in gone]

        self._do(edits.delete_stations(gone), update)

    @rule(data=st.data())
    def duplicate(self, data: st.DataObject) -> None:
        everything = [s for j in self.journeys for s in self._stations(j)]
        if not everything:
            return
        originals = data.draw(
            st.lists(st.sampled_from(everything), min_size=1, max_size=2, unique=True)
        )

        def update(edit: Edit) -> None:
            for original, copy in zip(originals, edit.result, strict=True):
                journey, key = self._find(original)
                ids = self.model[journey][key]
                ids.insert(ids.index(original) + 1, copy)

        self._do(edits.duplicate_stations(originals), update)

    @rule()
    def undo(self) -> None:
        if not self.done:
            return
        step = self.done.pop()
        edit, before, model_before, _, _ = step
        self.doc.revert(edit)
        assert export_document(self.doc) == before
        self.model = {j: {k: list(v) for k, v in ls.items()} for j, ls in model_before.items()}
        self.undone.append(step)

    @rule()
    def redo(self) -> None:
        if not self.undone:
            return
        step = self.undone.pop()
        edit, _, _, after, model_after = step
        self.doc.apply(edit)
        assert export_document(self.doc) == after
        self.model = {j: {k: list(v) for k, v in ls.items()} for j, ls in model_after.items()}
        self.done.append(step)

    # -- invariants
    @invariant()
    def lanes_follow_the_model(self) -> None:
        for journey in self.journeys:
            snap = self.doc.snapshot(journey)
            check_map_order(self.doc, journey, snap)
            assert lanes(self.doc, journey, snap) == self.model[journey]

    def teardown(self) -> None:
        try:
            for edit, before, _, _, _ in reversed(self.done):
                self.doc.revert(edit)
                assert export_document(self.doc) == before
                for journey in self.journeys:
                    check_map_order(self.doc, journey)
            assert export_document(self.doc) == self.original
        finally:
            self.doc.close()
            shutil.rmtree(self.folder, ignore_errors=True)


StationEdits.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_random_station_edits_undo_to_the_original = StationEdits.TestCase


def test_combined_edits_apply_and_undo_as_one_step(document: Document):
    journey = document.journeys()[0].id
    snap = document.snapshot(journey)
    before = export_document(document)
    first, second = snap.stations[0], snap.stations[1]
    both = edits.combine(
        "Set two emotions",
        [edits.update_station(first.id, emotion=2), edits.update_station(second.id, emotion=-2)],
    )
    change = document.apply(both)
    assert set(change.changed_fields(Station)) == {first.id, second.id}
    assert (document.station(first.id).emotion, document.station(second.id).emotion) == (2, -2)
    document.revert(both)
    assert export_document(document) == before
    # A refused part refuses the whole: nothing of the first part stays.
    broken = edits.combine(
        "Half broken",
        [edits.update_station(first.id, emotion=1), edits.update_station(10**9, emotion=1)],
    )
    with pytest.raises(EditError):
        document.apply(broken)
    assert export_document(document) == before
