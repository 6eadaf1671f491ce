"""The team library's problems in the window's language: an unreachable library, said in the
German window's menu and message, and an address that is no library, refused in German; the
library's address is named as it is, quoted the German way, never with its password."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QWidget

from app import translations
from models.library import config
from models.library.errors import PublishConflict, VersionInfo
from models.library.store import Library
from widgets.library.browser import LibraryBrowser
from widgets.library.dates import conflict_sentence, published
from widgets.library.publish_dialog import PublishChoice, PublishDialog


def _labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_an_unreachable_library_is_said_in_german(german, window, qtbot, monkeypatch) -> None:
    url = "postgresql+psycopg://kari:hunter2@127.0.0.1:9/journeyline"
    config.choose_url(url)
    with qtbot.waitSignal(window.library.offline_changed, timeout=15000) as told:
        window.library.probe()
    sentence = told.args[0]
    assert sentence == (
        "Die Bibliothek „postgresql+psycopg://kari:***@127.0.0.1:9/journeyline“ ist nicht "
        "erreichbar; es wurde nichts geändert."
    )
    publish = window.commands["publish"]
    assert publish.toolTip() == sentence and "(offline)" in publish.text()
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(window.library, "say", lambda title, text: said.append((title, text)))
    steps = window.editor.undo_stack.count()
    publish.trigger()  # the user tries anyway
    assert said == [("Die Bibliothek kann nicht verwendet werden", sentence)]
    assert window.editor.undo_stack.count() == steps
    window.library.choose(None)


def test_an_address_that_is_no_library_is_refused_in_german(german, window, monkeypatch) -> None:
    before = config.library_url()
    said: list[str] = []
    monkeypatch.setattr(window.library, "say", lambda _title, text: said.append(text))
    assert not window.library.choose("mysql://nope/x")
    assert said == [
        "„mysql://nope/x“ ist keine Bibliothek, die Journeyline verwenden kann: Die Bibliothek "
        "ist PostgreSQL (postgresql+psycopg://HOST/DATENBANK) oder SQLite (sqlite:///PFAD)."
    ]
    assert config.library_url() == before


def test_publishing_and_choosing_a_library_are_said_in_german(german, window, tmp_path) -> None:
    title = window.editor.document.workshop().title
    dialog = PublishDialog(title, config.local_url(), None, ["A"], window)
    assert f"„{title}“ in der lokalen Bibliothek veröffentlichen." in _labels(dialog)
    dialog.deleteLater()
    with Library.open() as library:
        info = window.library.publish(library, PublishChoice("new", "erste Fassung"))
        assert info is not None
        assert window.statusBar().currentMessage() == (
            f"„{info.title}“ als Version 1 der Karte in der lokalen Bibliothek veröffentlicht."
        )
        browser = LibraryBrowser(library, window)
        assert "Die lokale Bibliothek" in _labels(browser)
        browser.deleteLater()
    team = tmp_path / "team.sqlite"
    assert window.library.choose(f"sqlite:///{team.as_posix()}")
    assert window.statusBar().currentMessage() == (
        f"Journeyline verwendet jetzt die Bibliothek unter sqlite:///{team.as_posix()}."
    )
    window.library.choose(None)


def test_a_publish_conflict_is_said_in_german_with_a_german_date(german, window) -> None:
    latest = VersionInfo(
        map_id=3,
        number=2,
        kind="map",
        title="Kundenreise",
        client="Bank",
        segment="",
        author="Kari",
        published_at=datetime(2026, 12, 4, 12, 0, tzinfo=UTC).astimezone(),
        message="nach Workshop 2",
    )
    conflict = PublishConflict(1, latest)
    assert str(conflict).startswith("“Kundenreise” has changed in the library since your version")
    day = published(latest)
    assert re.fullmatch(r"0[345]\.12\.2026 \d\d:\d\d", day), day  # German: 04.12.2026 13:00
    assert translations.edit_text(conflict_sentence(conflict)) == (
        "„Kundenreise“ wurde in der Bibliothek seit Ihrer Version 1 geändert: Kari hat am "
        f"{day} Version 2 veröffentlicht („nach Workshop 2“). Veröffentlichen Sie Ihre als neue "
        "Karte, oder öffnen Sie die neueste Version neben Ihrer."
    )
