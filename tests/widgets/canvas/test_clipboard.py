"""Copy, cut and paste stations as interchange JSON, within a workshop and between two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from app.editor import Editor
from models import fields, interchange
from models.document import Document
from models.resources import resource
from models.transfer import import_document
from widgets.canvas.mime import JOURNEYLINE_JSON_MIME
from widgets.canvas.view import MapView

from .conftest import disk_state, map_state, station_id

CTRL = Qt.KeyboardModifier.ControlModifier
WEB = "Web & app"


@pytest.fixture
def other(qtbot, tmp_path: Path):
    """A second workshop (the bundled onboarding template) in its own editor and view."""
    doc = interchange.parse(resource("templates", "onboarding.json").read_bytes())
    path = tmp_path / "other.journey"
    import_document(doc, path)
    ed = Editor(Document.open(path))
    v = MapView(ed)
    v.animation_ms = 0
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    yield ed, v, path
    v.close()
    v.deleteLater()
    ed.close()
    ed.deleteLater()


def test_copy_puts_interchange_json_on_the_clipboard(view: MapView):
    view.select("station", [station_id(view, "Compares prices online")])
    QTest.keyClick(view, Qt.Key.Key_C, CTRL)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasFormat(JOURNEYLINE_JSON_MIME)
    doc = interchange.parse(bytes(data.data(JOURNEYLINE_JSON_MIME).data()))
    (journey,) = doc["journeys"]
    (station,) = journey["stations"]
    assert station["title"] == "Compares prices online"
    assert journey["phases"][0]["name"] == "Compares offers"
    assert doc["owners"][0]["name"] == "Marketing & Sales"
    assert json.loads(data.text()) == json.loads(interchange.dumps(doc))


def test_paste_within_the_workshop(view: MapView, editor: Editor):
    jid = editor.journey_id
    view.select("station", [station_id(view, "Compares prices online")])
    view.copy_selection()
    QTest.keyClick(view, Qt.Key.Key_V, CTRL)
    lane = map_state(editor.document, jid)[("Compares offers", WEB)]
    assert lane == ["Compares prices online", "Reads customer reviews", "Compares prices online"]
    kind, ids = view.selection()
    assert kind == "station" and len(ids) == 1
    pasted = next(s for s in editor.document.snapshot(jid).stations if s.id == ids[0])
    original = next(
        s
        for s in editor.document.snapshot(jid).stations
        if s.title == pasted.title and s.id != ids[0]
    )
    assert (pasted.emotion, pasted.needs, pasted.owner_id) == (
        original.emotion,
        original.needs,
        original.owner_id,
    )
    assert editor.undo_stack.count() == 1


def test_cut_then_paste_between_two_workshops(view: MapView, editor: Editor, other, workshop_path):
    other_editor, other_view, other_path = other
    jid, ojid = editor.journey_id, other_editor.journey_id
    before = map_state(editor.document, jid)
    other_before = map_state(other_editor.document, ojid)
    ids = [
        station_id(view, "Compares prices online"),
        station_id(view, "Calls to ask about prices"),
    ]
    view.select("station", ids)
    QTest.keyClick(view, Qt.Key.Key_X, CTRL)
    cut = map_state(editor.document, jid)
    assert "Compares prices online" not in cut[("Compares offers", WEB)]
    assert editor.undo_stack.count() == 1

    owners_before = {o.name for o in other_editor.document.owners()}
    QTest.keyClick(other_view, Qt.Key.Key_V, CTRL)
    after = map_state(other_editor.document, ojid)
    pasted = [t for lane in after.values() for t in lane if t not in str(other_before)]
    assert sorted(pasted) == ["Calls to ask about prices", "Compares prices online"]
    snap = other_editor.document.snapshot(ojid)
    names = {p.name for p in snap.phases}
    for s in snap.stations:
        if s.title in pasted:
            phase = next(p.name for p in snap.phases if p.id == s.phase_id)
            # Same phase name if the template has it, else its first phase.
            assert phase == (
                "Compares offers" if "Compares offers" in names else snap.phases[0].name
            )
    owners = {o.name for o in other_editor.document.owners()}
    assert owners >= owners_before | {"Marketing & Sales", "Customer Service"}
    assert other_editor.undo_stack.count() == 1
    other_editor.undo()
    assert map_state(other_editor.document, ojid) == other_before
    assert {o.name for o in other_editor.document.owners()} == owners_before
    other_editor.redo()
    assert map_state(other_editor.document, ojid) == after
    editor.undo()
    assert map_state(editor.document, jid) == before
    other_editor.close()
    assert disk_state(other_path, ojid) == after


def test_pasting_other_text_does_nothing(view: MapView, editor: Editor):
    data = QMimeData()
    data.setText("just some words")
    QGuiApplication.clipboard().setMimeData(data)
    view.paste()
    data = QMimeData()
    data.setText('{"format": "journeyline", "version": 1}')
    QGuiApplication.clipboard().setMimeData(data)
    view.paste()
    assert editor.undo_stack.count() == 0


def test_a_pasted_station_carries_every_field_of_the_registry(view: MapView, editor: Editor):
    """Copy and paste derive from the field registry: a field added there (the customer quotes
    of interchange version 2) is carried without a change here."""
    jid = editor.journey_id
    original = next(
        s for s in editor.document.snapshot(jid).stations if s.title == "Receives first bill"
    )
    assert original.quotes  # the sample's station has customer quotes
    view.select("station", [original.id])
    view.copy_selection()
    QTest.keyClick(view, Qt.Key.Key_V, CTRL)
    _kind, (pasted_id,) = view.selection()
    pasted = editor.document.station(pasted_id)
    assert pasted is not None
    carried = (*fields.copied("station"), "owner_id", "phase_id", "line_id")
    assert {f: getattr(pasted, f) for f in carried} == {f: getattr(original, f) for f in carried}
    assert pasted.ident == "s-receives-first-bill" and pasted.ident != original.ident
