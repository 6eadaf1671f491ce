"""The layout after an edit, computed incrementally, equals a whole layout of the journey.

A :class:`~models.layout.LiveLayout` follows the document's announcements through random
sequences of edits (renames short and long, emotions, needs, owners, moves across lanes and
within one, adds, deletes, duplicates, actions, an owner renamed, a station of another
journey), with undo and redo in between. After every step its layout must be equal to
``compute_layout`` of a fresh snapshot, its snapshot must list what the document lists, and
what it reports as changed must cover every box that did change: a view that updates only
those items shows the same map as one rebuilt from scratch.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import fields, is_dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import edits, interchange
from models.change import ChangeSet
from models.document import Document, Edit
from models.layout import (
    LayoutDelta,
    LayoutOptions,
    LiveLayout,
    MapLayout,
    Rect,
    StationBox,
    compute_layout,
)
from models.resources import resource
from models.transfer import import_document

_TEMPLATE: dict[str, bytes] = {}

OPTIONS = st.sampled_from(
    [
        LayoutOptions(),
        LayoutOptions(show_title=False),
        LayoutOptions(show_needs=False, show_owners=False, show_curve=False),
    ]
)
TITLES = st.sampled_from(
    [
        "Pays",
        "Reads the offer",
        "Compares prices online before deciding",
        "A very long station title that wraps onto three lines and makes its row taller "
        "than any other station in it",
        "<b>&amp; =SUM(A1) åäø Привет 🙂",
    ]
)
NEEDS = st.lists(st.sampled_from(["Know the price", "Finish in one go", "A long need " * 6]))
OPS = st.sampled_from(
    [
        "rename",
        "emotion",
        "needs",
        "owner",
        "move",
        "reorder",
        "add",
        "delete",
        "duplicate",
        "add action",
        "relink action",
        "delete action",
        "rename owner",
        "other journey",
        "undo",
        "undo",
        "redo",
    ]
)


def _template() -> bytes:
    if "sample" not in _TEMPLATE:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "sample.journey"
            import_document(
                interchange.parse(resource("samples", "sample.json").read_bytes()), path
            )
            _TEMPLATE["sample"] = path.read_bytes()
    return _TEMPLATE["sample"]


def check_delta(before: MapLayout, after: MapLayout, delta: LayoutDelta | None) -> None:
    """What changed between two layouts is all reported (a view following it is right)."""
    if delta is not None and delta.full:
        return
    reported = delta or LayoutDelta()
    for box in after.stations:
        old = before.station(box.id)
        if old != box:
            if box.id in reported.moved:  # the same box, only somewhere else on its track
                assert old is not None and relative(old) == relative(box)
                assert old.center[1] == box.center[1]
            else:
                diff = [
                    f.name
                    for f in fields(box)
                    if getattr(old, f.name, None) != getattr(box, f.name)
                ]
                assert box.id in reported.stations, f"station {box.id} changed unreported: {diff}"
    for box in before.stations:
        if after.station(box.id) is None:
            assert box.id in reported.removed, f"station {box.id} gone unreported"
    if before.phases != after.phases:
        assert reported.phases
    if before.rows != after.rows or before.tracks != after.tracks:
        assert reported.rows
    if before.curve != after.curve:
        assert reported.curve
    frame = (before.width, before.height, before.title, before.subtitle, before.visibility_y)
    if frame != (after.width, after.height, after.title, after.subtitle, after.visibility_y):
        assert reported.frame


def relative(box: StationBox) -> object:
    """A box with every x made relative to its centre (what its item draws at its place)."""
    cx = box.center[0]

    def walk(value: object) -> object:
        if isinstance(value, Rect):
            return (round(value.x - cx, 6), value.y, value.w, value.h)
        if is_dataclass(value):
            return tuple(walk(getattr(value, f.name)) for f in fields(value))
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], float):
            return (round(value[0] - cx, 6), value[1])
        if isinstance(value, tuple):
            return tuple(walk(v) for v in value)
        return value

    parts = {f.name: walk(getattr(box, f.name)) for f in fields(box)}
    del parts["index"]  # its place in the lane, not drawn
    return parts


def make_edit(doc: Document, journey: int, other: int, op: str, data: st.DataObject) -> Edit | None:
    snap = doc.snapshot(journey)
    stations = [s.id for s in snap.stations]
    pick = st.sampled_from(stations) if stations else None
    phases = [p.id for p in snap.phases]
    lines = [ln.id for ln in snap.lines]
    owners = [o.id for o in doc.owners()]
    if op == "add":
        phase, line = data.draw(st.sampled_from(phases)), data.draw(st.sampled_from(lines))
        index = data.draw(st.one_of(st.none(), st.integers(0, 5)))
        return edits.add_station(phase, line, data.draw(TITLES), index=index)
    if op == "add action":
        station = data.draw(st.one_of(st.none(), pick)) if pick is not None else None
        return edits.add_action(journey, "Call back", station_id=station)
    if op in ("relink action", "delete action"):
        actions = [a.id for a in snap.actions]
        if not actions:
            return None
        action = data.draw(st.sampled_from(actions))
        if op == "delete action":
            return edits.delete_actions([action])
        station = data.draw(st.one_of(st.none(), pick)) if pick is not None else None
        return edits.update_action(action, station_id=station)
    if op == "rename owner":
        return edits.update_owner(data.draw(st.sampled_from(owners)), name=data.draw(TITLES))
    if op == "other journey":
        theirs = [s.id for s in doc.snapshot(other).stations]
        return edits.update_station(data.draw(st.sampled_from(theirs)), title=data.draw(TITLES))
    if pick is None:
        return None
    sid = data.draw(pick)
    station = next(s for s in snap.stations if s.id == sid)
    if op == "rename":
        return edits.update_station(sid, title=data.draw(TITLES))
    if op == "emotion":
        return edits.update_station(
            sid, emotion=data.draw(st.one_of(st.none(), st.integers(-2, 2)))
        )
    if op == "needs":
        return edits.update_station(sid, needs=data.draw(NEEDS))
    if op == "owner":
        return edits.update_station(sid, owner_id=data.draw(st.sampled_from([None, *owners])))
    if op == "move":
        phase, line = data.draw(st.sampled_from(phases)), data.draw(st.sampled_from(lines))
        return edits.move_stations({sid: (phase, line, data.draw(st.integers(0, 6)))})
    if op == "reorder":
        index = data.draw(st.integers(0, 6))
        return edits.move_stations({sid: (station.phase_id, station.line_id, index)})
    if op == "delete":
        return edits.delete_stations(data.draw(st.lists(pick, min_size=1, max_size=3, unique=True)))
    assert op == "duplicate"
    return edits.duplicate_stations([sid])


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), options=OPTIONS)
def test_incremental_layout_equals_a_whole_layout_after_random_edits_undo_and_redo(
    data: st.DataObject, options: LayoutOptions
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="journeyline-layout-"))
    try:
        path = folder / "w.journey"
        path.write_bytes(_template())
        with Document.open(path) as doc:
            journey, other = (j.id for j in doc.journeys()[:2])
            live = LiveLayout(doc, journey, options)
            deltas: list[LayoutDelta | None] = []

            def follow(change: ChangeSet) -> None:
                deltas.append(live.follow(change))

            doc.subscribe(follow)
            done: list[Edit] = []
            undone: list[Edit] = []
            for _ in range(data.draw(st.integers(1, 12))):
                op = data.draw(OPS)
                before = live.layout
                deltas.clear()
                if op == "undo":
                    if not done:
                        continue
                    edit = done.pop()
                    doc.revert(edit)
                    undone.append(edit)
                elif op == "redo":
                    if not undone:
                        continue
                    edit = undone.pop()
                    doc.apply(edit)
                    done.append(edit)
                else:
                    made = make_edit(doc, journey, other, op, data)
                    if made is None:
                        continue
                    doc.apply(made)
                    if not made.empty:
                        done.append(made)
                        undone.clear()

                snap = doc.snapshot(journey)
                owners = {o.id: o.name for o in doc.owners()}
                whole = compute_layout(snap, owners, options)
                assert live.layout == whole, f"after {op}"
                assert live.layout.width == whole.width and live.layout.height == whole.height
                for box in whole.stations:
                    assert live.layout.station(box.id) == box
                    assert live.layout.lane(box.phase_id, box.line_id) == whole.lane(
                        box.phase_id, box.line_id
                    )
                assert len(deltas) <= 1
                check_delta(before, live.layout, deltas[0] if deltas else None)
                mine = live.snapshot
                assert [s.id for s in mine.stations] == [s.id for s in snap.stations]
                assert [a.id for a in mine.actions] == [a.id for a in snap.actions]
                assert {s.id: s.title for s in mine.stations} == {
                    s.id: s.title for s in snap.stations
                }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_rename_reports_only_its_own_station(tmp_path: Path) -> None:
    """The point of it all: a rename that keeps the row's height touches one box."""
    path = tmp_path / "w.journey"
    path.write_bytes(_template())
    with Document.open(path) as doc:
        journey = doc.journeys()[0].id
        live = LiveLayout(doc, journey)
        deltas: list[LayoutDelta | None] = []
        doc.subscribe(lambda change: deltas.append(live.follow(change)))
        station = doc.snapshot(journey).stations[3]
        before = live.layout
        doc.apply(edits.update_station(station.id, title=station.title + "!"))
        (delta,) = deltas
        assert delta is not None and not delta.full
        assert delta.stations == {station.id}
        assert not (delta.phases or delta.rows or delta.curve or delta.removed)
        assert live.layout.phases is before.phases
        box = live.layout.station(station.id)
        assert box is not None and box.title.lines[-1].endswith("!")


def test_a_move_reports_the_two_lanes_and_an_emotion_the_curve(tmp_path: Path) -> None:
    path = tmp_path / "w.journey"
    path.write_bytes(_template())
    with Document.open(path) as doc:
        journey = doc.journeys()[0].id
        live = LiveLayout(doc, journey)
        deltas: list[LayoutDelta | None] = []
        doc.subscribe(lambda change: deltas.append(live.follow(change)))
        snap = doc.snapshot(journey)
        station = next(s for s in snap.stations if s.emotion is not None)
        source = [s.id for s in snap.lane(station.phase_id, station.line_id)]
        target_line = next(ln.id for ln in snap.lines if ln.id != station.line_id)
        target = [s.id for s in snap.lane(station.phase_id, target_line)]

        doc.apply(edits.update_station(station.id, emotion=-station.emotion or 1))
        (delta,) = deltas
        assert delta is not None and delta.curve and delta.stations == {station.id}

        deltas.clear()
        doc.apply(edits.move_stations({station.id: (station.phase_id, target_line, 0)}))
        (delta,) = deltas
        assert delta is not None and not delta.full and station.id in delta.stations
        if not (delta.phases or delta.rows):  # a phase or row that grew moves more
            assert delta.stations | delta.moved <= set(source) | set(target)
        assert live.layout == compute_layout(doc.snapshot(journey), live.owners)

        # A reorder in a lane: the station is redrawn, the ones it passed only step aside.
        snap = doc.snapshot(journey)
        lanes = [snap.lane(p.id, ln.id) for p in snap.phases for ln in snap.lines]
        lane = [s.id for s in max(lanes, key=len)]
        assert len(lane) >= 3
        deltas.clear()
        last = lane[-1]
        first = snap.stations[[s.id for s in snap.stations].index(lane[0])]
        doc.apply(edits.move_stations({last: (first.phase_id, first.line_id, 0)}))
        (delta,) = deltas
        assert delta is not None
        assert delta.stations == {last} and delta.moved == set(lane[:-1])
        assert not (delta.phases or delta.rows or delta.frame)
        assert live.layout == compute_layout(doc.snapshot(journey), live.owners)


def test_a_box_moved_along_its_lane_equals_the_box_made_there(tmp_path: Path) -> None:
    """moved_box (a station stepping aside when its lane changes) gives exactly the box
    station_box makes at the new place, with every mark and note the options show."""
    from models.layout.boxes import moved_box, station_box

    path = tmp_path / "w.journey"
    path.write_bytes(_template())
    with Document.open(path) as doc:
        snap = doc.snapshot(doc.journeys()[0].id)
        owners = {o.id: o.name for o in doc.owners()}
    every = LayoutOptions(show_quotes=True, show_figures=True)
    poster = LayoutOptions(show_quotes=True, show_figures=True, mark_cut=True, text_scale=1.4)
    bare = LayoutOptions(show_needs=False, show_owners=False, show_ideas=False)
    compared = 0
    for options in (LayoutOptions(), every, poster, bare):
        for n, s in enumerate(snap.stations):
            owner = owners.get(s.owner_id) if s.owner_id is not None else None
            for count in (0, 3):
                row = (212.5, 180.25, 453.5, "#0072B2", owner, options, count)
                home = 1000.0 + 137.3 * n
                here = station_box(s, n % 4, home, *row)
                for index, cx in ((0, 310.7), (7, home + 0.1), (2, 98765.4321)):
                    assert moved_box(here, index, cx) == station_box(s, index, cx, *row)
                    compared += 1
    assert compared >= 4 * 2 * 3 * len(snap.stations)
