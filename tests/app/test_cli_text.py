"""Control and invisible text at the command line: a document carrying it is refused with the
path of each problem; names with bidi overrides are printed escaped; so are file names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.main import main
from models.resources import resource
from tests.corpus import folder_state

SAMPLE = resource("samples", "sample.json")
CONTROL = "text may hold tabs and line breaks but no other control characters"


def _document(tmp_path: Path, **changes: str) -> Path:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["workshop"]["title"] = changes.get("title", doc["workshop"]["title"])
    doc["journeys"][0]["name"] = changes.get("journey", doc["journeys"][0]["name"])
    doc["journeys"][0]["stations"][0]["title"] = changes.get(
        "station", doc["journeys"][0]["stations"][0]["title"]
    )
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_document_with_control_and_invisible_names_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = _document(tmp_path, title="Acme\x1b[2J", journey="\u200b\u200b", station="\x00")
    before = folder_state(tmp_path)
    assert main(["import", str(source), "-o", str(tmp_path / "w.journey")]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "journeyline: “doc.json” was not imported: 3 problems; nothing was written.",
        f"  workshop.title: contains the control character U+001B; {CONTROL}",
        "  journeys[0].name: must contain at least one visible character, not only spaces or "
        "invisible ones",
        f"  journeys[0].stations[0].title: contains the control character U+0000; {CONTROL}",
    ]
    assert "\x1b" not in err and "\x00" not in err
    assert folder_state(tmp_path) == before


def test_info_shows_bidi_and_invisible_characters_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = _document(tmp_path, title="Acme\u202eevil", journey="Zero\u200bwidth")
    target = tmp_path / "w.journey"
    assert main(["import", str(source), "-o", str(target)]) == 0
    capsys.readouterr()
    assert main(["info", str(target)]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u200b" not in out
    assert "Acme\\u202eevil" in out and "Zero\\u200bwidth" in out


def test_a_file_name_with_a_bidi_override_is_escaped_in_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    name = "invoice\u202egpj.journey"
    (tmp_path / name).write_bytes(b"not a workshop")
    before = folder_state(tmp_path)
    assert main(["info", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "journeyline: “invoice\\u202egpj.journey” is not a Journeyline workshop file."
    )
    assert folder_state(tmp_path) == before
