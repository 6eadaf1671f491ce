"""A refused interchange document speaks the window's language: the window's import paths (a
new workshop from a template, whose title goes through the interchange reader; a team-library
template, whose stored document does) show each problem as the value's path, as the document
writes it, then its rule in German; nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app import translations
from models.interchange import InterchangeError
from models.rule_text import Rule
from widgets import message_box
from widgets.dialogs import TemplateDialog


@pytest.fixture
def warnings(monkeypatch):
    """The message boxes the window shows, instead of showing them modal."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(message_box, "warning", warning)
    return shown


def _files(folder: Path) -> list[str]:
    """What the folder holds, besides the tests' own settings."""
    return sorted(p.name for p in folder.iterdir() if p.name != "settings")


def _choose(monkeypatch, template: str, target: Path) -> None:
    """The user picks ``template`` in New from template… and saves it as ``target``."""

    def pick(dialog: TemplateDialog) -> int:
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == template:
                dialog.list.setCurrentRow(row)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", pick)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (
            lambda doc: json.dumps(
                {**doc, "journeys": [
                    {**doc["journeys"][0], "stations": [
                        {**s, "emotion": 7} if i == 3 else s
                        for i, s in enumerate(doc["journeys"][0]["stations"])
                    ]},
                    *doc["journeys"][1:],
                ]}
            ),
            "journeys[0].stations[3].emotion: muss eine ganze Zahl von -2 bis 2 sein",
        ),
        (
            lambda doc: json.dumps(doc)[:-1],
            "document: ist kein gültiges JSON in Zeile 1, Spalte ",
        ),
    ],
    ids=["an emotion of 7", "cut short"],
)  # fmt: skip
def test_a_house_template_the_library_cannot_read_says_its_rule_in_german(
    german, warnings, window, tmp_path, sample_doc, damage, said
):
    """New from template with a team-library template whose stored document was damaged (by
    another program): the library's sentence names the version, and the document's problem
    follows it as its path and the rule in German."""
    from sqlalchemy import update

    from models.library import working_copy
    from models.library.schema import published_version
    from models.library.store import Library

    with Library.open() as library:
        info = working_copy.publish_template(library, sample_doc, 1, message="house", author="A")
        with library.transaction() as conn:
            conn.execute(update(published_version).values(document=damage(sample_doc)))
    target = tmp_path / "Kickoff.journey"
    assert not window.library.create_from_template(info.map_id, target)
    assert len(warnings) == 1
    text = warnings[0][1]
    assert text.startswith("Version 1 von „Onboarding tomorrow“ in der Bibliothek ")
    assert f" kann nicht gelesen werden: {said}" in text, text
    if said.startswith("document"):
        assert text.endswith(": das Trennzeichen ',' wurde erwartet")  # Python's: Expecting ','
    assert not target.exists() and "Kickoff.journey" not in _files(tmp_path)
    assert window.editor.document.path.name == "sample.journey"  # the open workshop stays


def test_a_title_too_long_for_a_workshop_is_said_in_german(
    german, warnings, make_window, workshop_path, tmp_path, monkeypatch
):
    """The new workshop is titled after its file: a name of 201 characters breaks the
    title's rule, said after the title's path with the German rule and the reader's numbers."""
    window = make_window(workshop_path)
    target = tmp_path / f"{'x' * 201}.journey"
    _choose(monkeypatch, "lifecycle", target)
    window.workshop.new_from_template()
    assert warnings == [
        (
            "Der Workshop konnte nicht angelegt werden",
            "workshop.title: darf höchstens 200 Zeichen lang sein (es sind 201)",
        )
    ]
    assert not target.exists()
    assert _files(tmp_path) == ["sample.journey"]


def test_many_problems_end_with_how_many_more_in_german(german):
    problems = [(f"journeys[0].stations[{i}].title", Rule("must be text")) for i in range(60)]
    said = translations.said(InterchangeError(problems, 1_300)).splitlines()
    assert len(said) == 51
    assert said[0] == "journeys[0].stations[0].title: muss Text sein"
    assert said[-1] == "und 1.250 weitere Probleme"
    one = translations.said(InterchangeError(problems[:51])).splitlines()
    assert one[-1] == "und 1 weiteres Problem"


def test_the_english_window_says_the_commands_english(qapp):
    translations.install("en")
    problems = [("journeys[0].stations[3].emotion", Rule("must be text"))] * 52
    said = translations.said(InterchangeError(problems)).splitlines()
    assert said[0] == "journeys[0].stations[3].emotion: must be text"
    assert said[-1] == "and 2 more problems"


def test_a_json_export_the_format_refuses_names_the_rule_in_german(
    german, workshop_path, tmp_path, sample_doc, monkeypatch
):
    """The export job's sentence carries the first problem's place and its rule (a sentence as
    a value): German in the window, the command line's English in ``english()``."""
    from app.export_job import execute
    from exporters.formats import ExportRequest
    from models import transfer

    broken = json.loads(json.dumps(sample_doc))
    broken["journeys"][0]["stations"][3]["emotion"] = 7  # the file could only hold this if edited
    monkeypatch.setattr(transfer, "export_document", lambda _document: broken)
    target = tmp_path / "map.json"
    outcome = execute(workshop_path, ExportRequest("json", target), tmp_path / "staging.json")
    assert outcome.message is not None and not target.exists()
    assert outcome.message.english().endswith(
        "does not allow (journeys[0].stations[3].emotion: must be an integer from -2 to 2); "
        "nothing was written."
    )
    said = translations.edit_text(outcome.message)
    assert "map.json" in said  # the file as the file problems quote it
    assert said.endswith(
        " konnte nicht geschrieben werden: der Workshop enthält Daten, die das "
        "Austauschformat nicht zulässt (journeys[0].stations[3].emotion: muss eine ganze Zahl "
        "von -2 bis 2 sein); es wurde nichts geschrieben."
    )
