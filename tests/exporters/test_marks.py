"""The marks of a station, described once (exporters/marks.py), recorded as primitives.

A recording painter stands for any backend: the tests read what a station is drawn as (the
face, "?", the moment of truth's ring and star, the pain triangle and its count, the owner's
badge, the need notes, "+N more") and check the theme decides the strokes.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from exporters import marks
from models import style
from models.document import Document
from models.layout import StationBox, compute_layout
from models.style import NORMAL, PROJECTOR

ROOT = Path(__file__).resolve().parents[2]


class Recorder:
    """A :class:`~exporters.marks.Painter` that remembers every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        if name not in {"rect", "circle", "line", "polyline", "cubic", "polygon", "text"}:
            raise AttributeError(name)

        def record(*args: Any, **kwargs: Any) -> None:
            self.calls.append((name, args, kwargs))

        return record

    def of(self, kind: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        return [(a, k) for n, a, k in self.calls if n == kind]

    def texts(self) -> list[str]:
        return [a[2] for a, _ in self.of("text")]

    def fills(self) -> list[str]:
        return [k.get("fill") for n, _, k in self.calls if k.get("fill")]


@pytest.fixture
def boxes(document: Document) -> list[StationBox]:
    journey = document.journeys()[0].id
    owners = {o.id: o.name for o in document.owners()}
    return list(compute_layout(document.snapshot(journey), owners).stations)


def _drawn(box: StationBox, **kwargs: Any) -> Recorder:
    p = Recorder()
    marks.paint_station(p, box, **kwargs)  # type: ignore[arg-type]
    return p


def test_a_station_is_its_marker_face_title_and_notes(boxes: list[StationBox]):
    box = next(b for b in boxes if b.emotion is not None and b.needs and b.owner is not None)
    box = dataclasses.replace(box, emotion=2, moment_of_truth=False, pain_count=0)
    p = _drawn(box)
    fills = p.fills()
    assert style.EMOTION_COLORS[2] in fills  # the emotion's colour
    ring = [k for a, k in p.of("circle") if k.get("stroke") == box.color]
    assert ring and ring[0]["width"] == NORMAL.ring_width
    (mouth,) = p.of("cubic")  # the face's mouth: a smile bends down (y grows downwards)
    (start, pieces), _ = mouth
    assert pieces[0][0][1] > start[1]
    assert box.title.lines[0] in p.texts()
    assert box.owner.lines[0] in p.texts()  # type: ignore[union-attr]
    assert fills.count(style.NEED_CARD) == len(box.needs)
    assert "?" not in p.texts()


def test_the_marks_around_the_marker(boxes: list[StationBox]):
    box = dataclasses.replace(
        next(b for b in boxes if b.owner is not None and b.owner_initials),
        emotion=None,
        moment_of_truth=True,
        pain_count=12,
    )
    p = _drawn(box)
    texts = p.texts()
    assert "?" in texts  # not assessed: a question mark, never a made-up face
    assert p.of("cubic") == []
    assert "9+" in texts  # ten pain points or more
    assert box.owner_initials in texts
    assert style.MOMENT_OF_TRUTH_FILL in p.fills()  # the gold ring
    shapes = {len(a[0]): k["fill"] for a, k in p.of("polygon")}
    assert shapes == {10: style.WHITE, 3: style.PAIN}  # the white star, the pain triangle


def test_far_out_the_canvas_leaves_out_what_cannot_be_read(boxes: list[StationBox]):
    box = dataclasses.replace(
        next(b for b in boxes if b.owner is not None and b.owner_initials), pain_count=3
    )
    p = _drawn(box, details=False)
    assert "3" not in p.texts() and box.owner_initials not in p.texts()
    assert box.title.lines[0] in p.texts()


def test_texts_can_go_to_another_painter_while_marks_stay_marks(boxes: list[StationBox]):
    box = dataclasses.replace(boxes[0], emotion=None)
    marks_p, texts_p = Recorder(), Recorder()
    marks.paint_station(marks_p, box, texts=texts_p, details=False)  # type: ignore[arg-type]
    assert "?" in marks_p.texts()  # the marker's question mark is a mark
    assert box.title.lines[0] in texts_p.texts() and box.title.lines[0] not in marks_p.texts()
    assert texts_p.of("circle") == [] and texts_p.of("rect") == []


def test_the_theme_decides_ink_and_strokes(boxes: list[StationBox]):
    box = dataclasses.replace(boxes[0], emotion=None)
    normal, projector = _drawn(box, theme=NORMAL), _drawn(box, theme=PROJECTOR)
    widths = {k["width"] for a, k in projector.of("circle") if k.get("stroke") == box.color}
    assert widths == {PROJECTOR.ring_width}
    title_colors = {k["color"] for a, k in projector.of("text") if a[2] == box.title.lines[0]}
    assert title_colors == {PROJECTOR.ink}
    assert {k["color"] for a, k in normal.of("text") if a[2] == "?"} == {NORMAL.muted}
    assert {k["color"] for a, k in projector.of("text") if a[2] == "?"} == {PROJECTOR.muted}


def test_no_widget_or_exporter_draws_a_mark_of_its_own():
    """The colours of the marks are named only by exporters/marks.py (and the legend's text)."""
    mark_colors = {"PAIN", "OWNER_BADGE", "MOMENT_OF_TRUTH", "MOMENT_OF_TRUTH_FILL", "NEED_CARD"}
    allowed = {
        ROOT / "exporters" / "marks.py",
        ROOT / "exporters" / "report_details.py",  # "PAIN POINTS" in the station details
        ROOT / "exporters" / "summary_page.py",  # the pain points' text on the summary
        ROOT / "widgets" / "journey_comparison" / "chart.py",  # a worse score's colour
    }
    found = []
    for package in ("widgets", "exporters", "app"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path in allowed:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in mark_colors:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.attr}")
    assert found == []
