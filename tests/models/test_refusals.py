"""Every refusal the models raise is translatable: ``raise EditError(...)`` takes a ``Refusal``
declared with a whole English sentence (never an f-string or glued pieces), each one listed in
every window catalogue; the English sentence is what ``str(error)`` and the command line say."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import translations
from models import edits
from models.document import Document, EditError
from models.refusal import CONTEXT, Refusal

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("models", "exporters")


def _calls(name: str) -> list[tuple[str, ast.Call]]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == name
                ):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def test_every_edit_error_is_given_a_refusal_not_english_text():
    raised = _calls("EditError")
    assert len(raised) >= 40
    for where, call in raised:
        assert len(call.args) == 1 and not call.keywords, where
        arg = call.args[0]
        # a text built in place (a literal, an f-string, pieces joined or formatted) is English only
        assert not isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp), where
        assert not (
            isinstance(arg, ast.Call)
            and isinstance(arg.func, ast.Attribute)
            and arg.func.attr in ("format", "join")
        ), where


def test_every_refusal_is_one_literal_sentence_in_every_catalogue():
    declared = _calls("Refusal")
    sources = set()
    for where, call in declared:
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
        assert first.value.rstrip("”")[-1:] in ".:}", where  # a whole sentence
        sources.add(first.value)
    assert "A journey keeps at least one phase." in sources
    for code in translations.TRANSLATED:
        tree = ET.parse(translations.catalogue(code, ".ts"))
        found = {
            m.findtext("source"): m.findtext("translation")
            for c in tree.getroot().iter("context")
            if c.findtext("name") == CONTEXT
            for m in c.iter("message")
        }
        assert sources <= set(found), (code, sources - set(found))
        for source in sources:
            assert found[source], (code, source)


def test_the_english_sentence_is_the_errors_text(document: Document):
    jid = document.journeys()[0].id
    phases = document.phases(jid)
    while len(phases) > 1:
        document.apply(edits.delete_phase(phases[-1].id))
        phases = document.phases(jid)
    with pytest.raises(EditError) as refused:
        document.apply(edits.delete_phase(phases[0].id))
    assert str(refused.value) == "A journey keeps at least one phase."
    assert refused.value.message == Refusal("A journey keeps at least one phase.")
    with pytest.raises(EditError) as refused:
        edits.update_station(1, title="x" * 201)
    assert str(refused.value) == "The station title must be 1 to 200 characters long."
