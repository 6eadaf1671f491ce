"""The team library's problems in the window's language: an unreachable library, said in the
German window's menu and message, and an address that is no library, refused in German; the
library's address is named as it is, quoted the German way, never with its password."""

from __future__ import annotations

import pytest

from app import translations
from models.library import config


@pytest.fixture
def german(qapp):
    translations.install("de")
    yield
    translations.install("en")


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
