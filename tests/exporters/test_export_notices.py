"""What an export tells its user is translatable: every notice an exporter returns (characters no
font has, a resolution lowered, text printed too small) is an ``ExportNotice`` declared with a
whole English sentence and its values as values (numbers as numbers), each one listed in every
window catalogue with the same placeholders; the command line prints the English sentence."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app import translations
from app.main import main
from exporters import image as image_module
from exporters.export_notice import CONTEXT
from tests.catalogues import catalogue_context
from tests.models.test_refusals import _preformatted

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _declared() -> list[tuple[str, ast.Call]]:
    found = []
    for package in ("models", "exporters", "app"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "ExportNotice"
                ):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def test_every_notice_is_one_literal_sentence_with_its_values_as_values():
    declared = _declared()
    assert len(declared) >= 4
    for where, call in declared:
        assert len(call.args) == 1, where
        first = call.args[0]
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
        assert first.value.endswith("."), where  # a whole sentence
        named = {k.arg for k in call.keywords}
        assert set(PLACEHOLDER.findall(first.value)) == named, where
        for keyword in call.keywords:
            assert not _preformatted(keyword.arg, keyword.value), f"{where} {keyword.arg}"


def test_a_notice_is_never_english_text_appended_to_the_warnings():
    """The lists an exporter returns get declared notices, never a literal or an f-string."""
    for path in sorted((ROOT / "exporters").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("warnings", "notices")
            ):
                arg = node.args[0]
                assert not isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp), (
                    f"{path.relative_to(ROOT)}:{node.lineno}"
                )


def test_every_notice_is_in_every_catalogue_with_its_placeholders():
    sources = {call.args[0].value for _, call in _declared()}  # type: ignore[attr-defined]
    for code in translations.TRANSLATED:
        found = catalogue_context(code, CONTEXT)
        assert sources <= set(found), (code, sources - set(found))
        for source in sources:
            translated = found[source] or ""
            assert translated and translated != source, (code, source)
            assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(source)), (
                code,
                source,
            )


def test_the_command_line_prints_the_english_notice(
    workshop_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    monkeypatch.setattr(image_module, "MAX_PIXELS", 400_000)
    out = tmp_path / "map.png"
    assert main(["export", str(workshop_path), "-o", str(out), "--dpi", "1200"]) == 0
    err = capsys.readouterr().err
    assert re.fullmatch(
        r"journeyline: warning: The map of “[^”]+” is too large for the chosen resolution; it "
        r"was drawn at \d+ dpi instead\. Use the PDF or SVG for a sharper copy\.\n",
        err,
    ), err
