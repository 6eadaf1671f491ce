"""The scene follows the document: one item per station, phase and line, each given its
layout box; a change touches only the items whose box changed."""

from __future__ import annotations

from app.editor import Editor
from models import edits
from models.layout import compute_layout
from widgets.canvas.scene import MapScene
from widgets.canvas.station_item import StationItem


def boxes(scene: MapScene) -> dict[int, object]:
    return {item.item_id: item.box for item in scene.station_items()}


def test_items_are_the_layout(qtbot, editor: Editor):
    scene = MapScene(editor)
    snapshot = editor.document.snapshot(editor.journey_id)
    owners = {o.id: o.name for o in editor.document.owners()}
    layout = compute_layout(snapshot, owners, scene.options)
    assert scene.layout == layout
    assert boxes(scene) == {s.id: s for s in layout.stations}
    for band in layout.phases:
        assert scene.phase_item(band.id).band == band
    for row in layout.rows:
        assert scene.line_item(row.id).row == row
    assert scene.curve_item().curve == layout.curve
    for item in scene.station_items():
        assert item.pos().x() == item.box.center[0] and item.pos().y() == item.box.center[1]
    scene.deleteLater()


def test_a_rename_updates_only_that_station(qtbot, editor: Editor):
    scene = MapScene(editor)
    items = {item.item_id: item for item in scene.station_items()}
    before = boxes(scene)
    sid = next(iter(before))
    editor.push(edits.update_station(sid, title="A longer title that wraps"))
    after = boxes(scene)
    changed = {i for i in after if after[i] != before[i]}
    assert changed == {sid}
    assert {item.item_id: item for item in scene.station_items()} == items  # re-used
    scene.deleteLater()


def test_items_come_and_go_with_the_model(qtbot, editor: Editor):
    scene = MapScene(editor)
    layout = scene.layout
    phase, line = layout.phases[0].id, layout.rows[0].id
    new_id = editor.push(edits.add_station(phase, line, "Fresh", index=0)).result
    assert isinstance(scene.station_item(new_id), StationItem)
    editor.undo()
    assert scene.station_item(new_id) is None
    new_phase = editor.push(edits.add_phase(editor.journey_id, "Later", None)).result
    assert scene.phase_item(new_phase) is not None
    editor.undo()
    assert scene.phase_item(new_phase) is None
    # Another journey's change leaves this map's items as they were.
    other = next(j.id for j in editor.document.journeys() if j.id != editor.journey_id)
    before = boxes(scene)
    other_phase = editor.document.phases(other)[0].id
    editor.push(edits.update_phase(other_phase, name="Elsewhere"))
    assert boxes(scene) == before
    scene.deleteLater()


def test_journey_change_rebuilds(qtbot, editor: Editor):
    scene = MapScene(editor)
    first = set(boxes(scene))
    other = next(j.id for j in editor.document.journeys() if j.id != editor.journey_id)
    editor.set_journey(other)
    second = set(boxes(scene))
    assert first.isdisjoint(second)
    assert second == {s.id for s in editor.document.snapshot(other).stations}
    assert scene.layout.title.lines[0] == editor.document.journey(other).name
    scene.deleteLater()


def test_owner_rename_reaches_the_badges(qtbot, editor: Editor):
    scene = MapScene(editor)
    box = next(b for b in scene.layout.stations if b.owner_name)
    owner_id = next(o.id for o in editor.document.owners() if o.name == box.owner_name)
    editor.push(edits.update_owner(owner_id, name="Zed Quist"))
    assert scene.layout.station(box.id).owner_initials == "ZQ"
    scene.deleteLater()


def scene_state(scene: MapScene) -> dict[str, object]:
    """Everything the items of a scene show, and where."""
    return {
        "stations": {
            item.item_id: (item.box, item.pos().x(), item.pos().y())
            for item in scene.station_items()
        },
        "phases": {p.id: scene.phase_item(p.id).band for p in scene.layout.phases},
        "lines": {
            r.id: (scene.line_item(r.id).row, scene.line_item(r.id).track)
            for r in scene.layout.rows
        },
        "curve": scene.curve_item().curve,
        "rect": scene.sceneRect(),
    }


def test_following_edits_undo_and_redo_shows_what_a_fresh_scene_shows(qtbot, editor: Editor):
    """Items updated from what each edit changed end up as a scene built afresh would be."""
    scene = MapScene(editor)
    layout = scene.layout
    first, second = layout.stations[0], layout.stations[5]
    other_line = next(r.id for r in layout.rows if r.id != first.line_id)
    steps = [
        edits.update_station(first.id, title="Renamed"),
        edits.update_station(
            first.id, title="A title long enough to wrap onto three lines and more"
        ),
        edits.update_station(second.id, emotion=-2),
        edits.update_station(second.id, emotion=None),
        edits.move_stations({first.id: (first.phase_id, other_line, 0)}),
        edits.move_stations({second.id: (layout.phases[-1].id, other_line, 1)}),
        edits.duplicate_stations([second.id]),
        edits.delete_stations([first.id]),
    ]
    for edit in steps:
        editor.push(edit)
        fresh = MapScene(editor)
        assert scene_state(scene) == scene_state(fresh), edit.label
        fresh.deleteLater()
    for step in ("undo",) * 5 + ("redo",) * 3:
        getattr(editor, step)()
        fresh = MapScene(editor)
        assert scene_state(scene) == scene_state(fresh), step
        fresh.deleteLater()
    scene.deleteLater()


def test_an_edit_leaves_the_items_it_does_not_reach_alone(qtbot, editor: Editor):
    scene = MapScene(editor)
    before = {item.item_id: item.box for item in scene.station_items()}
    curve = scene.curve_item().curve
    # A title of one line renamed to one line: the block keeps its height, so the row does.
    sid = next(s.id for s in scene.layout.stations[1:] if len(s.title.lines) == 1)
    editor.push(edits.update_station(sid, title="Renamed"))
    after = {item.item_id: item.box for item in scene.station_items()}
    assert [i for i in after if after[i] is not before[i]] == [sid]  # not even visited
    assert scene.curve_item().curve is curve  # a rename does not reach the curve
    scene.deleteLater()


def test_a_track_repaints_only_the_stretch_where_its_stations_moved():
    from widgets.canvas.line_track_item import _changed_span

    assert _changed_span((1.0, 2.0, 3.0), (1.0, 2.0, 3.0)) is None
    # One station left the middle of the row: from its left neighbour to its right one.
    assert _changed_span((1.0, 2.0, 3.0, 4.0, 5.0), (1.0, 2.0, 4.0, 5.0)) == (2.0, 4.0)
    # One more at the end: from the old last one to the new last one.
    assert _changed_span((1.0, 2.0), (1.0, 2.0, 3.0)) == (2.0, 3.0)
    # A lane spread out: everything from its first changed place to its last.
    assert _changed_span((1.0, 2.0, 3.0, 9.0), (1.0, 2.5, 3.5, 9.0)) == (1.0, 9.0)
    assert _changed_span((), (4.0,)) == (4.0, 4.0)
