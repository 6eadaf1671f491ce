"""File ▸ Import JSON document… and the other ways a JSON document reaches the window (File ▸
Open…, a file dropped on the window, a file handed to the editor): the document is checked,
the user says where the new workshop goes, and it opens; a bad document is said in one
message, its problems in the window's language, and nothing is written."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import translations
from models import interchange
from models.document import Document
from models.transfer import export_document, import_document


def exported(path: Path) -> dict[str, Any]:
    """A workshop file as its interchange document (what File ▸ Export… ▸ JSON writes)."""
    with Document.open(path, readonly=True) as document:
        return dict(export_document(document))


def listing(folder: Path) -> list[str]:
    """The folder's files, besides the tests' own settings and documents."""
    return sorted(p.name for p in folder.iterdir() if p.name not in ("settings", "documents"))


class Dialogs:
    """The file dialogs' answers and what they were asked (their filter, their suggestion)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open_answer = ""
        self.save_answer = ""
        self.opened: list[tuple[str, str]] = []  # (folder, filter)
        self.saved: list[tuple[str, str]] = []  # (title, suggestion)

        def open_file(_parent: object, _title: str, folder: str, filters: str) -> tuple[str, str]:
            self.opened.append((folder, filters))
            return self.open_answer, ""

        def save_file(_parent: object, title: str, suggestion: str, _f: str) -> tuple[str, str]:
            self.saved.append((title, suggestion))
            return self.save_answer, ""

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def language(request, qapp):
    translations.install(request.param)
    yield request.param
    translations.install("en")


@pytest.fixture
def map_json(tmp_path: Path, sample_doc) -> Path:
    """The sample as File ▸ Export… ▸ JSON document writes it, in a folder of its own."""
    folder = tmp_path / "maps"
    folder.mkdir()
    source = folder / "exported from.journey"
    import_document(sample_doc, source)
    path = folder / "map.json"
    path.write_text(interchange.dumps(exported(source)), encoding="utf-8")  # type: ignore[arg-type]
    source.unlink()
    return path


def parsed(path: Path) -> dict[str, Any]:
    return dict(interchange.parse(path.read_bytes()))


def refusal(window) -> QMessageBox:
    box = window.workshop.importing.message
    assert box is not None and box.isVisible()
    return box


def test_import_json_document_makes_a_workshop_beside_it_and_opens_it(
    window, dialogs, map_json, workshop_path, settings
):
    """File ▸ Import JSON document…: the save dialog suggests the workshop's title beside the
    document; the new file opens with the same journeys, stations and ids, and is recent."""
    before = (map_json.read_bytes(), map_json.stat().st_mtime_ns)
    dialogs.open_answer = str(map_json)
    target = map_json.with_name("Imported.journey")
    dialogs.save_answer = str(target)
    window.action("import_json").trigger()
    title = parsed(map_json)["workshop"]["title"]
    assert dialogs.opened[0][1] == "JSON documents (*.json)"
    assert dialogs.saved == [
        ("Save the imported workshop as", str(map_json.with_name(f"{title}.journey")))
    ]
    assert window.editor is not None and window.editor.document.path == target
    assert window.workshop.importing.message is None  # no refusal
    assert export_document(window.editor.document) == parsed(map_json)  # stations, ids, …
    assert listing(map_json.parent) == ["Imported.journey", "map.json"]
    assert (map_json.read_bytes(), map_json.stat().st_mtime_ns) == before
    assert Path(settings.recent_files()[0]) == target


def test_open_of_a_json_document_imports_it(window, dialogs, map_json, workshop_path):
    """File ▸ Open… lists JSON documents and imports one (asking where to save) instead of
    saying it is not a workshop file; a name without .journey gets it."""
    dialogs.open_answer = str(map_json)
    dialogs.save_answer = str(map_json.with_name("From open"))
    window.action("open").trigger()
    assert "*.json" in dialogs.opened[0][1].split(";;")[0]  # shown at once, with workshops
    assert len(dialogs.saved) == 1
    target = map_json.with_name("From open.journey")
    assert window.editor.document.path == target
    journeys = export_document(window.editor.document)["journeys"]
    expected = parsed(map_json)["journeys"]
    assert [j["name"] for j in journeys] == [j["name"] for j in expected]
    assert [[s["title"] for s in j["stations"]] for j in journeys] == [
        [s["title"] for s in j["stations"]] for j in expected
    ]


def test_cancel_at_the_save_step_writes_nothing(window, dialogs, map_json, workshop_path):
    dialogs.open_answer = str(map_json)
    dialogs.save_answer = ""  # Cancel
    window.action("import_json").trigger()
    assert len(dialogs.saved) == 1
    assert listing(map_json.parent) == ["map.json"]
    assert window.editor.document.path == workshop_path  # what was open stays open


def test_the_open_workshop_is_never_replaced(window, dialogs, map_json, workshop_path):
    before = workshop_path.read_bytes()
    dialogs.open_answer = str(map_json)
    dialogs.save_answer = str(workshop_path)
    window.action("import_json").trigger()
    box = refusal(window)
    assert box.text() == "“sample.journey” is the workshop open now; choose another name."
    assert workshop_path.read_bytes() == before
    assert window.editor.document.path == workshop_path
    box.close()


def test_an_existing_file_confirmed_in_the_dialog_is_replaced(window, dialogs, map_json, tmp_path):
    """Qt's save dialog asks before an existing file is chosen; once chosen, it is replaced."""
    other = map_json.with_name("old.journey")
    other.write_bytes(b"not a workshop")
    dialogs.open_answer = str(map_json)
    dialogs.save_answer = str(other)
    window.action("import_json").trigger()
    assert window.editor.document.path == other
    assert listing(map_json.parent) == ["map.json", "old.journey"]


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_broken_rule_is_said_in_german_and_nothing_is_written(
    language, window, dialogs, map_json, workshop_path
):
    doc = json.loads(map_json.read_text(encoding="utf-8"))
    doc["journeys"][0]["stations"][0]["emotion"] = 99
    map_json.write_text(json.dumps(doc), encoding="utf-8")
    before = (map_json.read_bytes(), map_json.stat().st_mtime_ns)
    dialogs.open_answer = str(map_json)
    window.action("import_json").trigger()
    box = refusal(window)
    assert box.windowTitle() == "Das Dokument konnte nicht importiert werden"
    assert box.text() == "„map.json“ wurde nicht importiert; es wurde nichts geschrieben."
    assert box.informativeText() == (
        "• journeys[0].stations[0].emotion: muss eine ganze Zahl von -2 bis 2 sein"
    )
    assert dialogs.saved == []  # never asked where to save a document that cannot be imported
    assert listing(map_json.parent) == ["map.json"]
    assert (map_json.read_bytes(), map_json.stat().st_mtime_ns) == before
    assert window.editor.document.path == workshop_path
    box.close()


@pytest.mark.parametrize("language", ["fi"], indirect=True)
def test_broken_json_opened_is_said_in_finnish(language, window, dialogs, map_json):
    """File ▸ Open… of a document cut short: the Finnish sentence names the file; the JSON
    reader's problem is Finnish too."""
    map_json.write_bytes(map_json.read_bytes()[:-10])
    before = (map_json.read_bytes(), map_json.stat().st_mtime_ns)
    dialogs.open_answer = str(map_json)
    window.action("open").trigger()
    box = refusal(window)
    assert box.windowTitle() == "Dokumenttia ei voitu tuoda"
    assert box.text() == "Tiedostoa ”map.json” ei tuotu; mitään ei kirjoitettu."
    problem = box.informativeText()
    assert problem.startswith("• document: ei ole kelvollista JSONia rivillä "), problem
    assert dialogs.saved == []
    assert listing(map_json.parent) == ["map.json"]
    assert (map_json.read_bytes(), map_json.stat().st_mtime_ns) == before
    box.close()


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_not_utf8_and_too_large_are_said_in_german(language, window, dialogs, tmp_path):
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"format": "journeyline", "x": "Grüße"}'.encode("latin-1"))
    window.workshop.open_path(latin)
    box = refusal(window)
    assert box.text() == "„latin.json“ wurde nicht importiert; es wurde nichts geschrieben."
    assert "UTF-8" in box.informativeText() and "document" in box.informativeText()
    box.close()
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: refused by its size, before a byte is read
    window.workshop.open_path(huge)
    box = refusal(window)
    assert box.text() == "„huge.json“ wurde nicht importiert; es wurde nichts geschrieben."
    assert box.informativeText().startswith("• document: "), box.informativeText()
    assert "50" in box.informativeText()
    assert dialogs.saved == []
    assert listing(tmp_path) == ["huge.json", "latin.json", "sample.journey"]
    box.close()


def test_many_problems_list_a_dozen_then_the_rest_under_details(window, dialogs, map_json):
    doc = json.loads(map_json.read_text(encoding="utf-8"))
    stations = doc["journeys"][0]["stations"]
    for station in stations:
        station["emotion"] = 9
    map_json.write_text(json.dumps(doc), encoding="utf-8")
    window.workshop.open_path(map_json)
    box = refusal(window)
    lines = box.informativeText().split("\n")
    assert len(stations) > 12
    assert len(lines) == 13 and lines[-1] == f"… and {len(stations) - 12} more (see Show Details)."
    assert len(box.detailedText().split("\n")) == len(stations)
    box.close()


def test_a_version_1_document_imports_as_version_2(window, dialogs, map_json):
    doc = json.loads(map_json.read_text(encoding="utf-8"))
    doc["version"] = 1
    del doc["workshop"]["language"]
    for journey in doc["journeys"]:
        for station in journey["stations"]:
            del station["quotes"]
    map_json.write_text(json.dumps(doc), encoding="utf-8")
    dialogs.save_answer = str(map_json.with_name("v1.journey"))
    assert window.workshop.open_path(map_json)
    assert window.editor.document.path == map_json.with_name("v1.journey")
    again = export_document(window.editor.document)
    assert again["version"] == 2 and again["workshop"]["language"] == "en"
    assert all(s["quotes"] == [] for j in again["journeys"] for s in j["stations"])


def _drag(mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    return (
        QDragEnterEvent(QPoint(200, 200), action, mime, buttons, keys),
        QDropEvent(QPointF(200, 200), action, mime, buttons, keys),
    )


def test_a_json_document_dropped_on_the_window_is_imported(window, dialogs, map_json, qtbot):
    """Dragged from the file manager onto the map: the map's view passes it on to the window,
    which asks where to save and opens the new workshop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(map_json))])
    enter, drop = _drag(mime)
    QApplication.sendEvent(window.view.viewport(), enter)  # propagates up to the window
    assert enter.isAccepted()
    dialogs.save_answer = str(map_json.with_name("dropped.journey"))
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.editor.document.path == map_json.with_name("dropped.journey"))
    assert dialogs.saved and dialogs.saved[0][1].startswith(str(map_json.parent))


def test_other_things_dropped_on_the_window_are_not_taken(window, tmp_path):
    text = QMimeData()
    text.setText("hello")
    several = QMimeData()
    several.setUrls(
        [QUrl.fromLocalFile(str(tmp_path / "a.json")), QUrl.fromLocalFile(str(tmp_path / "b.json"))]
    )
    picture = QMimeData()
    picture.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.png"))])
    for mime in (text, several, picture):
        enter, _drop = _drag(mime)
        QApplication.sendEvent(window, enter)
        assert not enter.isAccepted()


START_ON_JSON = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from app.application import make_application
from app.main import main

asked = []
def save_as(_parent, _title, suggestion, _filter):
    asked.append(suggestion)
    return sys.argv[2], ""

QFileDialog.getSaveFileName = staticmethod(save_as)
app = make_application()

def when_open():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main-window")
    print("suggested", asked, flush=True)
    print("opened", window.editor.document.path.name, flush=True)
    window.close()

QTimer.singleShot(1500, when_open)
sys.exit(main([sys.argv[1]]))
"""


def test_the_editor_started_on_a_json_document_imports_it(map_json, tmp_path):
    """``journeyline map.json`` (a double-click on the desktop): the window asks where to save,
    as File ▸ Open… does, and opens the new workshop."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    runtime = tmp_path / "run"  # a single-instance socket of its own: no Journeyline to hand to
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNEYLINE_SETTINGS_DIR": str(tmp_path / "run-settings"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    target = map_json.with_name("desktop.journey")
    result = subprocess.run(
        [sys.executable, "-c", START_ON_JSON, str(map_json), str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "opened desktop.journey" in result.stdout, result.stdout + result.stderr
    suggested = str(map_json.with_name("Customer onboarding workshop.journey"))
    assert f"suggested [{suggested!r}]" in result.stdout, result.stdout
    assert listing(map_json.parent) == ["desktop.journey", "map.json"]
