"""Every library problem is a declared sentence: ``LibraryError`` and its kinds are raised with a
``FileProblem`` or a ``Refusal`` (never a literal, an f-string or glued text), each one a whole
sentence in every window catalogue; ``str(error)`` is the English sentence the command line says."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import translations
from models.file_problem import FileProblem
from models.library import config
from models.library.database_errors import explain
from models.library.errors import LibraryError, LibraryUnavailable
from models.refusal import Refusal
from tests.catalogues import is_english_text

ROOT = Path(__file__).resolve().parents[3]
ERRORS = ("LibraryError", "LibraryUnavailable", "LibraryPermissionError", "LibrarySchemaError")


def _calls(names: tuple[str, ...], folder: str = "models/library") -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in names
            ):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def test_every_library_error_is_given_a_declared_sentence_not_english_text():
    raised = _calls(ERRORS)
    assert len(raised) >= 12
    for where, call in raised:
        assert len(call.args) == 1 and not call.keywords, where
        arg = call.args[0]
        assert not is_english_text(arg), where
    with pytest.raises(AttributeError):
        LibraryError("plain English")  # type: ignore[arg-type]  # a text is no sentence


def _catalogue(code: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(translations.catalogue(code, ".ts"))
    return {
        (c.findtext("name") or "", m.findtext("source") or ""): m.findtext("translation") or ""
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }


def test_every_library_sentence_is_whole_and_in_every_catalogue():
    declared = _calls(("FileProblem", "Refusal"))
    assert len(declared) >= 20
    wanted = set()
    for where, call in declared:
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
        assert first.value.rstrip("”")[-1:] in ".:}", where
        context = FileProblem.context if call.func.id == "FileProblem" else Refusal.context  # type: ignore[attr-defined]
        wanted.add((context, first.value))
    for code in translations.TRANSLATED:
        found = _catalogue(code)
        for key in wanted:
            assert found.get(key), (code, key)
            # every placeholder of the sentence is in its translation
            for name in ("{library}", "{reason}", "{folder}", "{map}", "{title}", "{address}"):
                assert (name in key[1]) == (name in found[key]), (code, key, name)


def test_an_unreachable_server_is_one_english_sentence_naming_the_library():
    url = "postgresql+psycopg://kari:hunter2@127.0.0.1:9/journeyline"
    error = explain(ConnectionRefusedError("connection refused"), config.address(url))
    assert isinstance(error, LibraryUnavailable)
    assert str(error) == (
        "The library “postgresql+psycopg://kari:***@127.0.0.1:9/journeyline” cannot be reached; "
        "nothing was changed."
    )
    assert isinstance(error.message, FileProblem) and "hunter2" not in str(error)


def test_a_bad_address_is_refused_in_english_for_the_command_line():
    with pytest.raises(LibraryError) as refused:
        config.check_url("mysql://nope/x")
    assert isinstance(refused.value.message, Refusal)
    assert str(refused.value).startswith("“mysql://nope/x” is not a library Journeyline can use")
