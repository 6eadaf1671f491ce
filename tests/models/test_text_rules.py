"""Invisible and control text: one set of rules (models/rules.py) for the edits and the
interchange validator. Control characters other than tab and line breaks are refused in text
fields (with their path in a document, a sentence in an edit); a name must show something;
messages show bidi and invisible characters escaped."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from models import edits, rules
from models.document import Document, EditError
from models.interchange import DocumentDict, InterchangeError, validate

CONTROL = "Ship\x1b[31m it"
NUL = "\x00"
ZERO_WIDTH_ONLY = "\u200b\u200c\u200d\ufeff"
BLANK_LOOKING = ["   ", "\u3164\u3164", "\u2800", "\u202e\u202c", "\u00a0\u2003"]


# --- the rules themselves ----------------------------------------------------------------------


@pytest.mark.parametrize("ch", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\r"])
def test_control_characters_are_refused(ch: str):
    assert rules.forbidden_control(f"a{ch}b") == ch
    assert str(rules.text_problem(f"a{ch}b")) == (
        f"contains the control character U+{ord(ch):04X}; text may hold tabs and line breaks "
        "but no other control characters"
    )


def test_the_control_rule_is_unicode_category_cc_less_tab_and_line_breaks():
    """The fast check (one regular expression) says exactly what Unicode's category says."""
    import unicodedata

    def by_category(text: str) -> str | None:
        for i, ch in enumerate(text):
            if ch in "\t\n" or (ch == "\r" and text[i + 1 : i + 2] == "\n"):
                continue
            if unicodedata.category(ch) == "Cc":
                return ch
        return None

    for code in (*range(0x3000), *range(0xFFF0, 0x10000), 0x1F600, 0xE0001, 0x10FFFF):
        ch = chr(code)
        for text in (ch, f"a{ch}", f"{ch}\n", f"x{ch}y", f"\r{ch}"):
            assert rules.forbidden_control(text) == by_category(text), repr(text)


@pytest.mark.parametrize("text", ["tab\tand\nnew line", "windows\r\nline", "🙂👩‍👩‍👧", "\u202eRTL"])
def test_tabs_line_breaks_and_ordinary_text_are_allowed(text: str):
    assert rules.text_problem(text) is None
    assert rules.name_problem(text) is None


@pytest.mark.parametrize("text", [ZERO_WIDTH_ONLY, *BLANK_LOOKING])
def test_a_name_must_show_something(text: str):
    assert str(rules.name_problem(text)) == (
        "must contain at least one visible character, not only spaces or invisible ones"
    )


def test_shown_escapes_controls_bidi_and_invisible_characters():
    assert rules.shown("evil\u202egpj.journey") == "evil\\u202egpj.journey"
    assert rules.shown("a\x1b[2Jb\tc\nd") == "a\\x1b[2Jb\\x09c\\x0ad"
    assert rules.shown("zero\u200bwidth\u2066iso\u2069") == "zero\\u200bwidth\\u2066iso\\u2069"
    assert rules.shown("\u3164") == "\\u3164"
    assert rules.shown("\U000e0041tag") == "\\U000e0041tag"
    for text in ("åäø Привет", "🚇 Metro 👩‍👩‍👧", "<b>&amp;</b> =SUM(A1)", "a\u00a0b"):
        assert rules.shown(text) == text


# --- edits ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (
            lambda d, s: edits.update_station(s, title=CONTROL),
            "The station title contains the control character U+001B; text may hold tabs and "
            "line breaks but no other control characters.",
        ),
        (
            lambda d, s: edits.update_station(s, description="a" + NUL),
            "The description contains the control character U+0000; text may hold tabs and "
            "line breaks but no other control characters.",
        ),
        (
            lambda d, s: edits.update_station(s, needs=["fine", "bell\x07"]),
            "One of the needs contains the control character U+0007; text may hold tabs and "
            "line breaks but no other control characters.",
        ),
        (
            lambda d, s: edits.update_station(s, title=ZERO_WIDTH_ONLY),
            "The station title must contain at least one visible character, not only spaces or "
            "invisible ones.",
        ),
        (
            lambda d, s: edits.update_workshop(title="\u3164"),
            "The workshop title must contain at least one visible character, not only spaces or "
            "invisible ones.",
        ),
        (
            lambda d, s: edits.add_owner("\u200b\u200b"),
            "The owner's name must contain at least one visible character, not only spaces or "
            "invisible ones.",
        ),
    ],
)
def test_edits_refuse_control_and_invisible_text(document: Document, make: Any, says: str):
    station = document.stations(document.journeys()[0].id)[0]
    before = (document.station(station.id), document.workshop(), document.owners())
    with pytest.raises(EditError) as refused:
        document.apply(make(document, station.id))
    assert str(refused.value) == says
    assert (document.station(station.id), document.workshop(), document.owners()) == before


def test_edits_keep_bidi_tabs_and_line_breaks_as_typed(document: Document):
    station = document.stations(document.journeys()[0].id)[0]
    document.apply(
        edits.update_station(station.id, title="\u202eRTL", description="one\ttwo\nthree\r\n")
    )
    saved = document.station(station.id)
    assert saved is not None
    assert (saved.title, saved.description) == ("\u202eRTL", "one\ttwo\nthree\r\n")


def test_the_undo_label_shows_a_name_with_bidi_escaped(document: Document):
    """The name is kept as typed; the label in Edit ▸ Undo shows the override escaped, so it
    cannot reverse the words around it."""
    edit = edits.add_owner("\u202eEvil")
    assert edit.label == "Add owner “\\u202eEvil”"
    document.apply(edit)
    assert document.owner(edit.result).name == "\u202eEvil"


# --- the interchange validator ------------------------------------------------------------------


def _with(doc: DocumentDict, **paths: str) -> dict[str, Any]:
    broken: dict[str, Any] = copy.deepcopy(dict(doc))
    for path, value in paths.items():
        *parents, last = path.split(".")
        node: Any = broken
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return broken


def test_the_validator_refuses_control_text_with_its_path(sample_doc: DocumentDict):
    broken = _with(
        sample_doc,
        **{
            "workshop.title": "Acme\x1b]0;pwned\x07",
            "journeys.0.name": ZERO_WIDTH_ONLY,
            "journeys.0.stations.1.description": "bell\x07",
            "journeys.0.stations.2.title": NUL,
            "owners.0.role": "cr\ronly",
        },
    )
    broken["journeys"][0]["stations"][0]["needs"] = ["ok", "esc\x1b"]
    with pytest.raises(InterchangeError) as refused:
        validate(broken)
    control = "text may hold tabs and line breaks but no other control characters"
    assert refused.value.problems == [
        f"workshop.title: contains the control character U+001B; {control}",
        f"owners[0].role: contains the control character U+000D; {control}",
        "journeys[0].name: must contain at least one visible character, not only spaces or "
        "invisible ones",
        f"journeys[0].stations[0].needs[1]: contains the control character U+001B; {control}",
        f"journeys[0].stations[1].description: contains the control character U+0007; {control}",
        f"journeys[0].stations[2].title: contains the control character U+0000; {control}",
    ]


def test_the_validator_keeps_bidi_and_zero_width_inside_visible_text(sample_doc: DocumentDict):
    doc = _with(
        sample_doc,
        **{"journeys.0.name": "\u202eRTL\u202c name", "journeys.0.description": "zero\u200bwidth"},
    )
    assert validate(doc)["journeys"][0]["name"] == "\u202eRTL\u202c name"


def test_messages_quote_values_with_bidi_escaped(sample_doc: DocumentDict):
    doc = _with(sample_doc, **{"journeys.0.stations.0.phase": "gone\u202e"})
    with pytest.raises(InterchangeError) as refused:
        validate(doc)
    (problem,) = refused.value.problems
    assert "\u202e" not in problem and '"gone\\u202e"' in problem


def test_customer_quotes_follow_the_same_rules(document: Document, sample_doc: DocumentDict):
    station = document.stations(document.journeys()[0].id)[0]
    with pytest.raises(EditError) as refused:
        document.apply(
            edits.update_station(station.id, quotes=[{"text": "ok\x1b[8m", "source": "survey"}])
        )
    assert str(refused.value) == (
        "A customer quote contains the control character U+001B; text may hold tabs and line "
        "breaks but no other control characters."
    )
    doc: dict[str, Any] = copy.deepcopy(dict(sample_doc))
    doc["journeys"][0]["stations"][0]["quotes"] = [{"text": "\u200b\u2800", "source": "other"}]
    with pytest.raises(InterchangeError) as invalid:
        validate(doc)
    assert invalid.value.problems == [
        "journeys[0].stations[0].quotes[0].text: must contain at least one visible character, "
        "not only spaces or invisible ones"
    ]
