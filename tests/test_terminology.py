"""One concept, one word: the window (.ts catalogues) and the exports (.po catalogues) of a
language name a thing the same way, and the way the glossary says.

- A registry text (a field's label, noun and heading, a choice's label: the window's ``Fields``
  context) reads the same in the window as in the exports of the same language: the properties
  panel, a refusal and the undo item say what the poster and the Excel list print.
- Every concept of ``resources/translations/GLOSSARY.md`` is rendered with its glossary term
  wherever a catalogue translates the concept's bare English word ("Touchpoint", "&Effort:",
  "drop-off"), in every .ts and .po, so the terms do not drift apart again.

The catalogues are read as files (no Qt, no Babel compile): what a translator edits is tested.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from models import fields

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
GLOSSARY = FOLDER / "GLOSSARY.md"
LANGUAGES = ("sv", "da", "nb", "fi", "nl", "de", "es", "fr")


@cache
def window(lang: str) -> dict[str, dict[str, str]]:
    """{context: {source: translation}} of the window's catalogue (plural forms left out)."""
    found: dict[str, dict[str, str]] = {}
    root = ET.parse(FOLDER / f"journeyline_{lang}.ts").getroot()
    for context in root.iter("context"):
        messages = found.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation is not None:
                messages[message.findtext("source") or ""] = translation.text or ""
    return found


@cache
def exports(lang: str) -> dict[str, str]:
    """{msgid: msgstr} of the exports' catalogue (plural forms left out)."""
    path = FOLDER / "exports" / lang / "LC_MESSAGES" / "journeyline.po"
    with path.open("rb") as f:
        catalog = read_po(f, locale=lang)
    return {m.id: m.string for m in catalog if isinstance(m.id, str) and m.id}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_registry_text_reads_the_same_in_window_and_exports(lang: str) -> None:
    registry, exported = window(lang)["Fields"], exports(lang)
    differ = {
        source: (text, exported[source])
        for source, text in registry.items()
        if source in exported and exported[source] != text
    }
    assert not differ, f"{lang}: the window (Fields) and the exports disagree: {differ}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_fields_heading_reads_the_same_in_window_and_exports(lang: str) -> None:
    """The window's "Drop-off (%)" is the export's label with the unit: "Abbruchrate (%)"."""
    registry, exported = window(lang)["Fields"], exports(lang)
    for f in fields.all_fields():
        if f.source_heading != f.label:
            assert registry[f.source_heading] == f"{exported[f.label]} ({f.unit})", f.name


def _bare(text: str) -> str:
    """A label as a word: without its mnemonic "&" and its colon ("&Effort:" -> "Effort")."""
    return text.replace("&", "").strip().rstrip(":").strip()


@cache
def glossary() -> list[dict[str, str]]:
    """The glossary's rows: {"English": "Touchpoint", "sv": "Kontaktpunkt", …}."""
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in GLOSSARY.read_text(encoding="utf-8").splitlines()
        if line.startswith("|") and not re.fullmatch(r"[|\s:-]+", line)
    ]
    header, *body = rows
    assert {"English", *LANGUAGES} <= set(header), header
    return [dict(zip(header, row, strict=True)) for row in body]


def _renderings(lang: str, english: str) -> list[tuple[str, str, str]]:
    """(where, source, translation) of every message whose source is the bare English word,
    capitalised as a label ("Effort", "&Effort:") or lower-case as a noun ("effort")."""
    found = [
        (f".ts {context}", source, text)
        for context, messages in window(lang).items()
        for source, text in messages.items()
        if _bare(source) in (english, english.lower())
    ]
    found += [
        (".po", source, text)
        for source, text in exports(lang).items()
        if _bare(source) in (english, english.lower())
    ]
    return found


def _checked() -> list[dict[str, str]]:
    return [row for row in glossary() if row["Checked"] == "✓"]


def test_the_glossary_names_every_language_for_each_concept() -> None:
    for row in glossary():
        assert all(row[lang] for lang in LANGUAGES), row
    assert len(_checked()) >= 20
    for row in _checked():  # a checked row checks something: its English is a catalogue's
        assert _renderings("de", row["English"]), f"no catalogue translates {row['English']!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_uses_the_glossary_term(lang: str) -> None:
    wrong = []
    for row in _checked():
        term = row[lang]
        for where, source, text in _renderings(lang, row["English"]):
            shown = _bare(text)
            if _bare(source) == row["English"]:
                same = shown == term
            else:  # the noun in a sentence: "Das Feld „Abbruchrate“", "Kentän ”työmäärä”"
                same = shown.casefold() == term.casefold()
            if not same:
                wrong.append(f"{where} {source!r}: {text!r} (glossary: {term!r})")
    assert not wrong, f"{lang}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_fields_label_and_its_noun_are_one_word(lang: str) -> None:
    """Where the English label and noun are one word ("Target"/"target"), so is the
    translation: the caption says "Målnivå", the refusal "Fältet ”målnivå” …"."""
    registry = window(lang)["Fields"]
    for f in fields.all_fields():
        if f.label.casefold() == f.noun.casefold():
            label, noun = registry[f.label], registry[f.noun]
            assert label.casefold() == noun.casefold(), (f.entity, f.name, label, noun)
