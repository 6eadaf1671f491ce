"""Every problem with a workshop file or an export is translatable: ``WorkshopFileError``,
``FileCheckError`` and ``WriteError`` (the exporters' ``ExportError``) take a ``FileProblem``
declared with a whole English sentence (never an f-string, glued pieces or another error's
text), each one listed in every window catalogue with the same placeholders; ``str(error)`` and
the command line keep the English sentence."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app import translations
from app.main import main
from models.atomic import WriteError, atomic_write
from models.edit_name import Quoted
from models.file_problem import CONTEXT, FileProblem
from models.workshop_file import WorkshopFile, WorkshopFileError
from tests.catalogues import catalogue_context
from tests.read_only import read_only_folder

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("models", "exporters", "app")
# The error classes and the argument that carries the sentence (WriteError(path, problem)).
ERRORS = {
    "WorkshopFileError": 0,
    "FileCheckError": 0,
    "WriteError": 1,
    "ExportError": 1,
    "DocumentFileError": 0,  # a JSON document not imported (models.transfer)
}
# Arguments after the sentence: a refused document's problems (an InterchangeError).
MORE_ARGS = {"DocumentFileError": 1}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _calls(names: set[str]) -> list[tuple[str, ast.Call]]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in names
                ):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def _english_only(arg: ast.expr) -> bool:
    """A text built in place: a literal, an f-string, pieces joined or formatted, str(e)."""
    if isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(arg, ast.IfExp):
        return _english_only(arg.body) or _english_only(arg.orelse)
    if isinstance(arg, ast.Call):
        func = arg.func
        if isinstance(func, ast.Attribute) and func.attr in ("format", "join"):
            return True
        if isinstance(func, ast.Name) and func.id in ("str", "repr"):
            return True
    return False


def test_file_errors_are_given_a_file_problem_not_english_text():
    raised = _calls(set(ERRORS))
    assert len(raised) >= 50
    for where, call in raised:
        name = call.func.id  # type: ignore[attr-defined]
        position = ERRORS[name]
        more = MORE_ARGS.get(name, 0)
        assert position + 1 <= len(call.args) <= position + 1 + more, where
        assert not call.keywords, where
        assert not _english_only(call.args[position]), where


def test_the_check_refuses_english_text():
    """The check above fails on the ways English used to reach these errors."""
    for source in (
        'WorkshopFileError(f"{name} does not exist.")',
        "WorkshopFileError(str(e))",
        'WriteError(path, "the file is read-only")',
        "FileCheckError(_TEXT.format(name=name))",
        'ExportError(target, "a" if x else "b")',
    ):
        call = ast.parse(source).body[0].value  # type: ignore[attr-defined]
        assert _english_only(call.args[ERRORS[call.func.id]]), source


def _declared() -> set[str]:
    sources = set()
    for where, call in _calls({"FileProblem"}):
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
        # a whole sentence, or a whole phrase given as another sentence's value (it starts in
        # lower case: "station {id}", "empty"; translated whole like a sentence)
        assert first.value.rstrip("”")[-1:] in ".:}" or first.value[:1].islower(), where
        sources.add(first.value)
    return sources


def test_every_file_problem_is_translated_in_every_catalogue_with_its_placeholders():
    sources = _declared()
    assert len(sources) >= 90
    assert "{file} does not exist." in sources
    for code in translations.TRANSLATED:
        found = catalogue_context(code, CONTEXT)
        assert sources <= set(found), (code, sources - set(found))
        for source in sources:
            text = found[source]
            # a phrase may read the same ("station {id}" in Swedish, "persona {id}")
            assert text and (text != source or source[:1].islower()), (code, source)
            # every value the sentence carries is in the translation, and nothing else
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
                code,
                source,
                text,
            )


def test_the_english_sentence_is_the_errors_text(tmp_path: Path):
    missing = tmp_path / "sample.journey"
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopFile.open(missing)
    assert str(refused.value) == "“sample.journey” does not exist."
    message = refused.value.message
    assert isinstance(message, FileProblem)
    assert (message.source, dict(message.values)) == (
        "{file} does not exist.",
        {"file": Quoted("sample.journey")},
    )


def test_a_write_error_names_its_file_in_every_language(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder), pytest.raises(WriteError) as refused:
        atomic_write(folder / "poster.pdf", lambda f: f.write(b"%PDF"))
    error = refused.value
    assert str(error) == (
        "“poster.pdf” could not be written: the folder is read-only; nothing was written."
    )
    assert error.reason == "the folder is read-only"  # for the command line's own sentences
    assert error.message.source == (
        "{file} could not be written: the folder is read-only; nothing was written."
    )
    assert list(folder.iterdir()) == []


def test_the_command_line_says_the_english_sentence_in_a_german_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    missing = tmp_path / "verloren.journey"
    assert main(["info", str(missing)]) == 2
    assert capsys.readouterr().err == "journeyline: “verloren.journey” does not exist.\n"
    zipped = tmp_path / "archive.journey"
    zipped.write_bytes(b"PK\x03\x04" + bytes(200))
    assert main(["export", str(zipped), "-o", str(tmp_path / "map.pdf")]) == 2
    assert capsys.readouterr().err == (
        "journeyline: “archive.journey” is a zip archive, not a Journeyline workshop file.\n"
    )
    assert zipped.read_bytes() == b"PK\x03\x04" + bytes(200)
    assert not (tmp_path / "map.pdf").exists()


_ENGLISH_MADE = {"lower", "upper", "capitalize", "title", "format", "strip", "rstrip", "join"}


def _english_made(value: ast.expr) -> str | None:
    """How a value was made from English text, if it was: an f-string, glued pieces, str() of
    something that is not a plain name (an id, a number), a lower-cased or formatted text."""
    if isinstance(value, ast.JoinedStr):
        return "an f-string"
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add | ast.Mod):
        return "glued text"
    if isinstance(value, ast.Call):
        f = value.func
        if isinstance(f, ast.Name) and f.id == "str" and not isinstance(value.args[0], ast.Name):
            return "str() of an expression"
        if isinstance(f, ast.Attribute) and f.attr in _ENGLISH_MADE:
            return f".{f.attr}()"
    return None


def test_a_file_checks_values_are_declared_not_english_text():
    """models/file_check.py names a bad value's row, field and rule by declared sentences (a
    phrase per kind of row, the registry's noun as {field}, the edit's own Refusal as {rule}):
    none of its sentences' values is English made into text, and no sentence anywhere takes a
    rule (a nested sentence) as str()'d, lower-cased or glued English."""
    found = []
    for where, call in _calls({"FileProblem"}) + _but_calls():
        in_file_check = where.startswith("models/file_check.py")
        for keyword in call.keywords:
            made = _english_made(keyword.value)
            if made and (in_file_check or keyword.arg == "rule"):
                found.append(f"{where}: {keyword.arg}= is {made}")
    assert found == []


def _but_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "but"
                ):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found
