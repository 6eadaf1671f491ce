"""Where moves land (pure functions of the layout, no window)."""

from __future__ import annotations

from models.document import Document
from models.layout import compute_layout
from widgets.canvas import placement


def layout_of(document: Document):
    jid = document.journeys()[0].id
    return compute_layout(document.snapshot(jid), {o.id: o.name for o in document.owners()})


def test_insert_moves(document: Document):
    layout = layout_of(document)
    lane = (layout.phases[0].id, layout.rows[0].id)
    a, b = placement.lane_order(layout, lane)
    assert placement.insert_moves(layout, [a], lane, 0) is None  # already there
    assert placement.insert_moves(layout, [a], lane, 1) == {a: (*lane, 1)}
    other = (layout.phases[2].id, layout.rows[0].id)
    assert placement.insert_moves(layout, [b, a], other, 0) == {a: (*other, 0), b: (*other, 1)}


def test_arrow_moves(document: Document):
    layout = layout_of(document)
    lane = (layout.phases[0].id, layout.rows[0].id)
    a, b = placement.lane_order(layout, lane)
    assert placement.arrow_moves(layout, [a], "right") == {a: (*lane, 1)}
    nxt = (layout.phases[1].id, layout.rows[0].id)
    assert placement.arrow_moves(layout, [b], "right") == {b: (*nxt, 0)}
    assert placement.arrow_moves(layout, [a, b], "right") == {a: (*nxt, 0), b: (*nxt, 1)}
    assert placement.arrow_moves(layout, [a], "left") is None
    assert placement.arrow_moves(layout, [a], "up") is None
    down = (layout.phases[0].id, layout.rows[1].id)
    assert placement.arrow_moves(layout, [b], "down") == {b: (*down, 1)}


def test_line_insert_index_keeps_frontstage_first():
    from models.layout import LineRow, Rect, TextBlock

    def row(i: int, kind: str) -> LineRow:
        label = TextBlock(Rect(0, 0, 0, 0), ("x",), 10)
        return LineRow(i, 0, f"l{i}", kind, "#000000", Rect(0, 0, 0, 0), label, 0)

    # Journey order 1(f) 2(b) 3(f) 4(b) shows as 1 3 | 2 4.
    order = [1, 2, 3, 4]
    rows = [row(1, "frontstage"), row(3, "frontstage"), row(2, "backstage"), row(4, "backstage")]
    assert placement.line_insert_index(order, rows, 0, "frontstage") == 0  # before 1
    assert placement.line_insert_index(order, rows, 1, "frontstage") == 2  # before 3
    assert placement.line_insert_index(order, rows, 2, "frontstage") == 3  # after 3
    assert placement.line_insert_index(order, rows, 2, "backstage") == 1  # before 2
    assert placement.line_insert_index(order, rows, 4, "backstage") == 4  # after 4
    # Moving 1 below 3: among the others (3 | 2 4) at display index 1.
    assert placement.line_insert_index(order, rows, 1, "frontstage", exclude=1) == 2
