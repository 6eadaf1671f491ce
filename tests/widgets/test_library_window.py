"""The team library in the window: File ▸ Publish to library…, Open from library… (with a
search hit opening its map at its station), a conflict's two ways out, the library's house
templates in New from template, and a library that cannot be reached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from models.library import config, working_copy
from models.library.store import Library
from widgets.library.browser import LibraryBrowser
from widgets.library.publish_dialog import PublishChoice, PublishDialog


def _on_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it is shown (exec blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_publish_from_the_window_and_open_a_search_hit_at_its_station(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: PublishDialog) -> None:
        assert not dialog.as_version.isEnabled()  # not from the library: a new map
        assert dialog.as_new.isChecked()
        qtbot.keyClicks(dialog.message, "after workshop 2")
        dialog.accept()

    _on_dialog(PublishDialog, fill)
    window.commands["publish"].trigger()
    with Library.open() as library:
        [published] = library.maps()
        assert published.latest.message == "after workshop 2"
        assert published.latest.author == config.author_name()
    assert "version 1" in window.statusBar().currentMessage()

    target = tmp_path / "From the library.journey"
    monkeypatch.setattr(window.library, "ask_target", lambda _name: target)
    chosen: dict[str, str] = {}

    def find(browser: LibraryBrowser) -> None:
        assert browser.maps.topLevelItemCount() == 1
        assert browser.maps.topLevelItem(0).text(6) == "after workshop 2"
        browser.search_field.setFocus()
        qtbot.keyClicks(browser.search_field, "direct debit")
        qtbot.keyClick(browser.search_field, Qt.Key.Key_Return)
        assert browser.hits.topLevelItemCount() > 0
        hit = browser.hits.topLevelItem(0)
        chosen["station"] = hit.text(4)
        browser.accept()

    _on_dialog(LibraryBrowser, find)
    window.commands["open_library"].trigger()
    assert window.workshop.path == target
    kind, ids = window.view.selection()
    assert kind == "station" and len(ids) == 1
    station = window.editor.document.station(ids[0])
    assert station.title == chosen["station"]
    assert station.journey_id == window.editor.journey_id


def test_publishing_on_a_superseded_version_offers_the_two_ways_out(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.library
    mine = window.workshop.path
    with Library.open() as library:
        first = controller.publish(library, PublishChoice("new", "v1"))
        assert first is not None and first.number == 1
        theirs = tmp_path / "theirs.journey"
        working_copy.get_working_copy(library, first.map_id, theirs)
        working_copy.publish_file(library, theirs, message="their change", author="Kari")

        asked: list[str] = []

        def answer(choice: str) -> Callable[[object], str]:
            def ask(conflict: object) -> str:
                asked.append(str(conflict))
                return choice

            return ask

        monkeypatch.setattr(controller, "ask_conflict", answer("latest"))
        before = mine.read_bytes()
        assert controller.publish(library, PublishChoice("version", "mine")) is None
        assert "Kari published version 2 (“their change”)" in asked[0]
        beside = mine.with_name(f"{mine.stem} (library version 2).journey")
        assert window.workshop.path == beside
        assert mine.read_bytes() == before  # yours stays as it was
        assert [v.number for v in library.versions(first.map_id)] == [2, 1]

        assert window.open_path(mine)
        monkeypatch.setattr(controller, "ask_conflict", answer("new"))
        info = controller.publish(library, PublishChoice("version", "mine"))
        assert info is not None and info.map_id != first.map_id and info.number == 1
        assert len(library.maps()) == 2


def test_house_templates_are_listed_beside_the_bundled_ones(
    window, tmp_path: Path, sample_doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets.dialogs import TemplateDialog

    with Library.open() as library:
        info = working_copy.publish_template(library, sample_doc, 1, message="house", author="A")
    house, problem = window.library.templates()
    assert problem is None
    assert [(h[0], h[1]) for h in house] == [(info.map_id, "Onboarding tomorrow")]
    target = tmp_path / "New from house template.journey"

    def choose(dialog: TemplateDialog) -> None:
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert any(t.startswith("Customer lifecycle") for t in texts)
        row = next(i for i, t in enumerate(texts) if t.startswith("Onboarding tomorrow"))
        dialog.list.setCurrentRow(row)
        dialog.accept()

    monkeypatch.setattr(
        "widgets.window.workshop.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(target), ""),
    )
    _on_dialog(TemplateDialog, choose)
    window.commands["new"].trigger()
    assert window.workshop.path == target
    journeys = window.editor.document.journeys()
    assert [j.name for j in journeys] == ["Onboarding tomorrow"]
    # A workshop from a template publishes as a new map, not as a version of the template.
    with Library.open() as library:
        made = window.library.publish(library, PublishChoice("version", "first"))
        assert made is not None and made.kind == "map" and made.number == 1


def test_an_unreachable_library_is_said_in_the_menu_and_changes_nothing(
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.choose_url("postgresql+psycopg://kari:hunter2@127.0.0.1:9/journeyline")
    with qtbot.waitSignal(window.library.offline_changed, timeout=15000) as told:
        window.library.probe()
    sentence = told.args[0]
    assert "cannot be reached" in sentence and "hunter2" not in sentence
    action = window.commands["publish"]
    assert action.text().endswith("(offline)…")
    assert action.toolTip() == sentence
    assert action.statusTip() == sentence
    said: list[str] = []
    monkeypatch.setattr(window.library, "say", lambda _title, text: said.append(text))
    action.trigger()
    window.commands["open_library"].trigger()
    assert len(said) == 2 and all("cannot be reached" in s for s in said)
    assert window.commands["export"].isEnabled()  # everything else works as before
    house, problem = window.library.templates()
    assert house == [] and problem is not None and "cannot be reached" in problem

    window.library.choose(None)  # back to the local library
    assert window.commands["publish"].text() == "Publis&h to library…"


def test_library_settings_choose_the_library_for_the_command_line_too(window, tmp_path) -> None:
    url = f"sqlite:///{(tmp_path / 'team.sqlite').as_posix()}"
    assert window.library.choose(url)
    assert config.library_url() == url
    assert "team.sqlite" in window.statusBar().currentMessage()
    said: list[str] = []
    window.library.say = lambda _title, text: said.append(text)
    assert not window.library.choose("mysql://nope/x")
    assert "PostgreSQL" in said[0]
    assert config.library_url() == url
