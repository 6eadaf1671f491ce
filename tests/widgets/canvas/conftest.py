"""Canvas fixtures: an editor on the sample workshop, a shown MapView, and real mouse gestures.

``drag`` holds the left button through every move (QTest.mouseMove cannot), so the view sees
exactly what a hand on a mouse produces: press, several moves with the button down, release.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.editor import Editor
from models import interchange
from models.document import Document
from models.transfer import import_document
from tests.conftest import SAMPLE_PATH
from widgets.canvas.view import MapView

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier

MapState = dict[tuple[str, str], list[str]]


def map_state(document: Document, journey_id: int) -> MapState:
    """Each lane's station titles, left to right: {(phase name, line name): [titles]}."""
    snap = document.snapshot(journey_id)
    phases = {p.id: p.name for p in snap.phases}
    lines = {ln.id: ln.name for ln in snap.lines}
    state: MapState = {}
    lanes: dict[tuple[int, int], list[tuple[float, int, str]]] = {}
    for s in snap.stations:
        lanes.setdefault((s.phase_id, s.line_id), []).append((s.position, s.id, s.title))
    for (pid, lid), items in lanes.items():
        state[(phases[pid], lines[lid])] = [t for _, _, t in sorted(items)]
    return state


def disk_state(path: Path, journey_id: int) -> MapState:
    with Document.open(path, readonly=True) as doc:
        return map_state(doc, journey_id)


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("canvas-sample") / "sample.journey"
    import_document(interchange.parse(SAMPLE_PATH.read_bytes()), path)
    return path


@pytest.fixture
def workshop_path(tmp_path: Path, _sample_file: Path) -> Path:
    """The sample workshop, copied from one import per session (the canvas tests are many)."""
    path = tmp_path / "sample.journey"
    shutil.copyfile(_sample_file, path)
    return path


@pytest.fixture
def editor(workshop_path: Path) -> Iterator[Editor]:
    ed = Editor(Document.open(workshop_path))
    yield ed
    ed.close()  # again if a test closed it to read the file back: closing twice is harmless
    ed.deleteLater()


@pytest.fixture
def view(qtbot, editor: Editor) -> Iterator[MapView]:
    v = MapView(editor)
    v.animation_ms = 0
    v.confirm = lambda title, question: True
    qtbot.addWidget(v)
    v.resize(1100, 720)
    v.show()
    qtbot.waitExposed(v)
    v.actual_size()  # 100 %: every station is big enough to grab
    yield v
    v.close()
    v.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_leaked_views() -> Iterator[None]:
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MapView) and shiboken6.isValid(w)
    ]
    for w in leaked:
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaked, f"views left open: {leaked}"


def to_view(view: MapView, scene_pt: QPointF) -> QPoint:
    """A scene point as a viewport point, scrolling it into view first."""
    pt = view.mapFromScene(scene_pt)
    if not view.viewport().rect().adjusted(30, 30, -30, -30).contains(pt):
        view.centerOn(scene_pt)
        pt = view.mapFromScene(scene_pt)
    return pt


def move_held(view: MapView, pos: QPoint, modifiers=NO_MOD, button=LEFT) -> None:
    viewport = view.viewport()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        button,
        modifiers,
    )
    QApplication.sendEvent(viewport, event)


def drag(
    qtbot,
    view: MapView,
    start: QPointF,
    end: QPointF,
    steps: int = 8,
    modifiers=NO_MOD,
    release: bool = True,
    button=LEFT,
) -> QPoint:
    """Press at scene point ``start``, move in steps with the button held, release at ``end``.

    Both points are mapped after scrolling ``start`` into view; returns the last viewport point.
    """
    viewport = view.viewport()
    a = to_view(view, start)
    b = view.mapFromScene(end)
    QTest.mousePress(viewport, button, modifiers, a)
    for i in range(1, steps + 1):
        move_held(view, a + (b - a) * (i / steps), modifiers, button)
    if release:
        QTest.mouseRelease(viewport, button, modifiers, b)
    return b


def click(view: MapView, scene_pt: QPointF, modifiers=NO_MOD) -> None:
    QTest.mouseClick(view.viewport(), LEFT, modifiers, to_view(view, scene_pt))


# -- finding things on the map --------------------------------------------------------------------
def station_id(view: MapView, title: str) -> int:
    snapshot = view.map_scene.snapshot
    assert snapshot is not None
    (found,) = [s.id for s in snapshot.stations if s.title == title]
    return found


def station_point(view: MapView, title: str) -> QPointF:
    layout = view.map_scene.layout
    assert layout is not None
    box = layout.station(station_id(view, title))
    assert box is not None
    return QPointF(*box.center)


def lane_point(view: MapView, phase: str, line: str, dx: float = 0.0) -> QPointF:
    """The middle of a lane (on its track), shifted by ``dx``."""
    layout = view.map_scene.layout
    assert layout is not None
    band = next(p for p in layout.phases if p.name == phase)
    row = next(r for r in layout.rows if r.name == line)
    return QPointF(band.header.center[0] + dx, row.track_y)


def header_point(view: MapView, phase: str) -> QPointF:
    layout = view.map_scene.layout
    assert layout is not None
    band = next(p for p in layout.phases if p.name == phase)
    return QPointF(*band.header.center)


def label_point(view: MapView, line: str) -> QPointF:
    layout = view.map_scene.layout
    assert layout is not None
    row = next(r for r in layout.rows if r.name == line)
    return QPointF(60, row.track_y)
