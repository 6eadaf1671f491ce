"""The rules an imported document breaks are translatable: every rule the interchange checker
reports is a declared :class:`~models.rule_text.Rule` (never an f-string or glued English),
each one listed and translated in every window catalogue with its placeholders; the English
problem list (``InterchangeError.problems``, the command line, docs/interchange.md's example)
is what it always was."""

from __future__ import annotations

import ast
import copy
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from app import translations
from models import interchange, interchange_rules, rules
from models.document import EditError
from models.interchange import DocumentTooLarge, InterchangeError
from models.rule_text import CONTEXT, Rule, more_problems

ROOT = Path(__file__).resolve().parents[2]
# Where the rules of an imported document are found and reported.
CHECKERS = ("models/interchange_checks.py", "models/interchange.py")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _built_in_place(node: ast.expr) -> bool:
    """Text made where it is used (a literal, an f-string, pieces joined or formatted): the
    window could only show it in English."""
    if isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(node, ast.IfExp):
        return _built_in_place(node.body) or _built_in_place(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_built_in_place(e) for e in node.elts)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    )


def _calls(path: str) -> list[tuple[str, ast.Call]]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return [
        (f"{path}:{node.lineno}", node) for node in ast.walk(tree) if isinstance(node, ast.Call)
    ]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_every_rule_the_checker_reports_is_a_declared_rule_not_english_text():
    reported = 0
    for path in CHECKERS:
        for where, call in _calls(path):
            name = _name(call)
            if name == "fail":  # checker.fail(path, rule, order=None)
                reported += 1
                assert len(call.args) >= 2, where
                assert not _built_in_place(call.args[1]), where
            elif name == "_string":  # _string(c, value, path, rule)
                assert not _built_in_place(call.args[3]), where
            elif name in ("_integer", "_number"):  # the rule of a range
                assert not _built_in_place(call.args[-1]), where
            elif name in ("InterchangeError", "DocumentTooLarge", "_whole"):
                for arg in call.args[:1]:
                    # a list of (path, Rule), never a list of "path: rule" strings
                    elts = arg.elts if isinstance(arg, ast.List) else []
                    assert not any(isinstance(e, ast.Constant | ast.JoinedStr) for e in elts), where
                    assert not isinstance(arg, ast.Constant | ast.JoinedStr), where
    assert reported >= 40


def test_the_checkers_text_rules_come_from_rules_py_as_rules():
    assert isinstance(rules.text_problem("a\x07b"), Rule)
    assert isinstance(rules.name_problem("\u3164"), Rule)
    assert rules.text_problem("fine") is None and rules.name_problem("fine") is None


def _declared() -> dict[str, str]:
    """Every ``Rule("…")`` in the sources: its source text -> where."""
    found: dict[str, str] = {}
    for package in ("models", "exporters", "app", "widgets"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Rule":
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    first = node.args[0] if node.args else None
                    assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
                    found[first.value] = where
    return found


def _catalogue(code: str) -> dict[str, list[str]]:
    tree = ET.parse(translations.catalogue(code, ".ts"))
    return {
        str(m.findtext("source")): [
            t.text or ""
            for t in (
                m.find("translation").findall("numerusform")  # type: ignore[union-attr]
                or [m.find("translation")]
            )
        ]
        for c in tree.getroot().iter("context")
        if c.findtext("name") == CONTEXT
        for m in c.iter("message")
    }


def test_every_rule_is_translated_in_every_catalogue_with_its_placeholders():
    declared = _declared()
    assert "must be an integer from {low} to {high}" in declared
    assert len(declared) >= 80
    for code in translations.TRANSLATED:
        found = _catalogue(code)
        assert set(declared) <= set(found), (code, set(declared) - set(found))
        for source in declared:
            for text in found[source]:
                assert text, (code, source)
                assert set(_PLACEHOLDER.findall(text)) == set(_PLACEHOLDER.findall(source)), (
                    code,
                    source,
                    text,
                )
                if "%n" in source:
                    assert "%n" in text or "%Ln" in text, (code, source, text)


def test_every_rule_the_checker_can_report_is_declared_once_per_kind():
    """A rule naming a kind of object exists for every kind the checker meets."""
    from models import fields

    targets = {
        f.target for entity in fields.ENTITY_FIELDS for f in fields.fields(entity) if f.target
    }
    assert targets <= set(interchange_rules.NOT_A_REFERENCE) == set(interchange_rules.NOT_DECLARED)
    assert set(rules.COUNT_LIMITS) == set(rules.TOO_MANY)


def _broken(sample_doc: Any) -> Any:
    doc = copy.deepcopy(sample_doc)
    doc["journeys"][0]["stations"][3]["emotion"] = 7
    doc["journeys"][0]["stations"][5]["phase"] = "no-such-phase"
    doc["journeys"][1]["state"] = "someday"
    doc["owners"][0]["nickname"] = "Ola"
    return doc


def test_the_english_problems_are_the_formats_contract(sample_doc):
    with pytest.raises(InterchangeError) as refused:
        interchange.validate(_broken(sample_doc))
    error = refused.value
    example = "journeys[0].stations[3].emotion: must be an integer from -2 to 2"
    assert example in error.problems
    assert f"`{example}`" in (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    assert 'journeys[1].state: must be "current" or "future"' in error.problems
    assert (
        'journeys[0].stations[5].phase: "no-such-phase" is not the id of a phase of this journey'
        in error.problems
    )
    assert "owners[0].nickname: is not a known key of an owner; check the spelling" in (
        error.problems
    )
    # the same problems, as (path, Rule): the window's to translate
    assert [f"{path}: {rule}" for path, rule in error.rules] == error.problems
    assert (
        "journeys[0].stations[3].emotion",
        interchange_rules.INTEGER_BETWEEN.but(low=-2, high=2),
    ) in error.rules
    assert str(error) == "\n".join(error.problems)
    again = pickle.loads(pickle.dumps(error))
    assert again.rules == error.rules and again.problems == error.problems


def test_a_document_refused_as_a_whole_says_document(sample_doc):
    with pytest.raises(InterchangeError) as refused:
        interchange.parse(b"   ")
    assert refused.value.problems == ["document: is empty"]
    assert refused.value.rules == [("document", interchange_rules.EMPTY_DOCUMENT)]
    too_many = {"stations": rules.COUNT_LIMITS["stations"] + 1}
    error = DocumentTooLarge(rules.count_rule(too_many))  # type: ignore[arg-type]
    assert error.reason == "it holds 20,001 stations, and a workshop holds at most 20,000"
    assert error.problems == [f"document: {error.reason}"]
    assert pickle.loads(pickle.dumps(error)).reason == error.reason


def test_the_rest_is_counted_with_a_plural_rule():
    assert more_problems(1).english() == "and 1 more problem"
    assert more_problems(1_234).english() == "and 1,234 more problems"
    problems = [("x", interchange_rules.REQUIRED)] * 60
    error = InterchangeError(problems, 1_300)
    listed = error.listed()
    assert len(listed) == rules.PROBLEMS_SHOWN + 1
    assert listed[-1] == ("", more_problems(1_250))
    assert rules.listed(error.problems, error.total)[-1] == "and 1,250 more problems"


def test_a_broken_template_keeps_its_problems_as_the_cause(tmp_path, monkeypatch):
    from models import templates

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "blank.json").write_text('{"format": "journeyline", "version": 7}', "utf-8")
    monkeypatch.setattr(templates, "resource", lambda *parts: tmp_path.joinpath(*parts))
    templates._parsed.cache_clear()
    try:
        with pytest.raises(EditError) as refused:
            templates.template_document("blank")
    finally:
        templates._parsed.cache_clear()
    assert str(refused.value).startswith("The template “blank” that came with Journeyline")
    assert isinstance(refused.value.__cause__, InterchangeError)  # for a developer


def test_each_choice_rule_names_exactly_its_sets_values():
    """The choices' rules are whole sentences; their values are the set's, in its order."""
    from models import fields

    sets = {f.choices for entity in fields.ENTITY_FIELDS for f in fields.fields(entity)}
    sets.discard(())
    assert sets | {rules.QUOTE_SOURCES} == set(interchange_rules.CHOICES)
    for options, rule in interchange_rules.CHOICES.items():
        quoted = [f'"{o}"' for o in options]
        assert rule.english() == f"must be {', '.join(quoted[:-1])} or {quoted[-1]}"
        assert re.findall(r'"([^"]+)"', rule.source) == list(options)


@pytest.mark.parametrize(
    "text",
    ["{", '{"a" 1}', "[1 2]", '"abc', '"a\x01"', '"\\q"', '"\\u12G4"', "{} x", "nul"],
)
def test_the_json_readers_own_descriptions_are_whole_rules(text):
    """Each description Python's JSON reader gives is a whole rule (its English as the command
    line printed it), so the window says it in its language; another is kept as {reason}."""
    with pytest.raises(InterchangeError) as refused:
        interchange.parse(text + " ")  # never empty: that is its own rule
    [(path, rule)] = refused.value.rules
    assert path == "document"
    assert rule.source in {r.source for r in interchange_rules.JSON_SYNTAX.values()}, rule
    assert refused.value.problems[0].startswith("document: is not valid JSON at line 1, column ")
