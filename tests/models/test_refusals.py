"""Every refusal the models raise is translatable: ``raise EditError(...)`` takes a ``Refusal``
declared with a whole English sentence (never an f-string or glued pieces), each one listed in
every window catalogue; the English sentence is what ``str(error)`` and the command line say."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app import translations
from models import edits
from models.document import Document, EditError
from models.refusal import CONTEXT, Refusal
from tests.catalogues import catalogue_context, is_english_text

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
        assert not is_english_text(arg), where


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
        found = catalogue_context(code, CONTEXT)
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


# Placeholders that are quantities: given as numbers (``str(low)`` would be English digits).
QUANTITIES = ("low", "high", "max", "min", "count", "limit")


def _preformatted(name: str | None, value: ast.expr) -> bool:
    """A value written as text before the sentence is: ``str(low)``, ``", ".join(codes)``,
    ``"{:g}".format(x)``, ``f"{low:g}"`` (English digits, English codes, glued English). (A
    character's code, ``f"U+{ord(ch):04X}"``, is the same in every language; a name, a path
    or an identifier is text and may be ``str()``.)"""
    if isinstance(value, ast.JoinedStr):
        specs = [
            "".join(str(c.value) for c in part.format_spec.values if isinstance(c, ast.Constant))
            for part in value.values
            if isinstance(part, ast.FormattedValue) and isinstance(part.format_spec, ast.JoinedStr)
        ]
        return any(set(spec) & set("gfeEG%,_n") for spec in specs)
    if not isinstance(value, ast.Call):
        return False
    if isinstance(value.func, ast.Attribute) and value.func.attr in ("join", "format"):
        return True
    return name in QUANTITIES and isinstance(value.func, ast.Name) and value.func.id == "str"


def test_no_sentence_is_given_a_value_written_as_english_text():
    """Numbers are passed as numbers (the reader's grouping and decimal sign), choices as the
    registry's labels (:class:`~models.edit_name.Choices`), never joined or formatted first."""
    found = 0
    for package in ("models", "exporters", "app", "widgets"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                declared = isinstance(func, ast.Name) and func.id in ("Refusal", "EditName")
                filled = isinstance(func, ast.Attribute) and func.attr == "but"
                if declared or filled:
                    found += 1
                    for keyword in node.keywords:
                        where = f"{path.relative_to(ROOT)}:{node.lineno} {keyword.arg}"
                        assert not _preformatted(keyword.arg, keyword.value), where
    assert found >= 40


def test_choices_are_named_by_their_english_labels_on_the_command_line(document: Document):
    """``str(error)`` (the command line, logs): the registry's labels, joined the English way."""
    action = document.actions()[0]
    with pytest.raises(EditError) as refused:
        edits.update_action(action.id, status="halfway")
    assert str(refused.value) == (
        "The status must be one of: Idea, Planned, Doing, Done, or Dropped."
    )
    with pytest.raises(EditError) as refused:
        edits.add_line(1, "Chat", kind="sidestage")
    assert str(refused.value) == "The line kind must be one of: Frontstage or Backstage."
    with pytest.raises(EditError) as refused:
        edits.update_station(1, quotes=[{"text": "Hi", "source": "gossip"}])
    assert str(refused.value) == (
        "The source of a customer quote must be one of: Interview, Survey, Review, "
        "Support contact, Observation, or Other."
    )


def test_every_choice_has_its_label_in_the_registry():
    """The refusal names choices by their labels: each choice field declares one for each."""
    from models import fields

    choosing = [f for f in fields.all_fields() if f.kind is fields.Kind.CHOICE]
    assert len(choosing) == 4
    for f in choosing:
        assert set(f.labels) == set(f.choices), f.name


def test_numbers_are_written_the_english_way_on_the_command_line():
    refusal = Refusal(
        "The {field} must be a number from {low} to {high}.", field="drop-off", low=0.5
    ).but(high=12_500.25)
    assert refusal.english() == "The drop-off must be a number from 0.5 to 12,500.25."
    assert Refusal("{a} {b}", a=100.0, b=-20_000).english() == "100 -20,000"
