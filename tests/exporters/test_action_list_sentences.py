"""Everything the read-back of an action list says is declared sentences: ``ActionListError``
takes a ``FileProblem`` (never a literal, an f-string or glued text), each problem and note is a
``Said`` line of declared sentences (a refused cell's place, then the model's own ``Refusal``),
and every such sentence is whole and in every window catalogue. The command line reads the
English text, unchanged in form."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import translations
from exporters.action_list_read import read_action_list
from exporters.action_list_said import ActionListError, Said
from exporters.action_list_update import read_update
from exporters.action_list_xlsx import export_action_list
from models.document import Document
from models.file_problem import FileProblem
from models.refusal import Refusal
from tests.catalogues import is_english_text
from tests.exporters import xlsx_client as client

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("action_list_file", "action_list_plan", "action_list_read", "action_list_update")


def _calls(name: str) -> list[tuple[str, ast.Call]]:
    found = []
    for stem in MODULES:
        path = ROOT / "exporters" / f"{stem}.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == name
            ):
                found.append((f"{path.name}:{node.lineno}", node))
    return found


def test_errors_and_lines_are_given_declared_sentences_never_english_text():
    raised = _calls("ActionListError")
    assert len(raised) >= 8
    lines = _calls("Said")
    assert len(lines) >= 20
    for where, call in raised + lines:
        assert call.args and not call.keywords, where
        assert not any(is_english_text(arg) for arg in call.args), where


def test_every_sentence_is_whole_and_in_every_catalogue():
    sources = set()
    for where, call in _calls("FileProblem"):
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
        assert first.value.rstrip("”")[-1:] in ".:}", where
        sources.add(first.value)
    assert len(sources) >= 40
    for code in translations.TRANSLATED:
        root = ET.parse(translations.catalogue(code, ".ts")).getroot()
        found = {
            m.findtext("source"): m.findtext("translation") or ""
            for c in root.iter("context")
            if c.findtext("name") == FileProblem.context
            for m in c.iter("message")
        }
        for source in sources:
            assert found.get(source), (code, source)
            for name in ("{file}", "{sheet}", "{row}", "{column}", "{header}", "{value}"):
                assert (name in source) == (name in found[source]), (code, source, name)


def test_a_refused_cell_is_its_place_then_the_models_refusal(document: Document, tmp_path: Path):
    path = tmp_path / "actions.xlsx"
    export_action_list(document, path)
    first = document.actions()[0]
    client.edit(path, lambda ws: client.set_cell(ws, first.id, "Effort", 9))
    (problem,) = read_update(document, path).problems
    assert isinstance(problem, Said)
    place, refusal = problem.sentences
    assert isinstance(place, FileProblem) and isinstance(refusal, Refusal)
    assert dict(place.values)["header"] == "Effort"
    assert refusal.field  # the field's noun, translated with the registry's texts
    assert problem.endswith(
        "(Effort) holds “9”. The effort must be a whole number from 1 to 5 or empty."
    )


def test_a_file_error_keeps_its_english_sentence(tmp_path: Path):
    with pytest.raises(ActionListError) as refused:
        read_action_list(tmp_path / "gone.xlsx")
    assert str(refused.value) == "“gone.xlsx” does not exist."
    assert isinstance(refused.value.message, FileProblem)
