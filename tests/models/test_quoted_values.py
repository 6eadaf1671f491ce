"""A user's name in a sentence is a Quoted value, and a sentence may hold another declared
sentence: the reader writes both (its quotation marks, its language), the English reader the
command line's “…” and English sentence; no catalogue adds its own marks around a name."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from models import i18n
from models.edit_name import ENGLISH, EditName, Quoted, Reader, quote
from models.file_problem import FileProblem, describe
from models.refusal import Refusal

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("journeyline_*.ts"))


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "“Buys”"),
        ("de", "„Buys“"),
        ("fi", "”Buys”"),
        ("sv", "”Buys”"),
        ("fr", "«\u00a0Buys\u00a0»"),
        ("nb", "«Buys»"),
        ("es", "«Buys»"),
    ],
)
def test_each_language_quotes_with_its_own_marks(language, shown):
    assert i18n.quoted("Buys", language) == shown
    assert i18n.catalogue(language).quoted("Buys") == shown
    with i18n.using(language):
        assert i18n.quote("Buys") == shown  # an export in that language


def test_every_language_has_its_marks():
    assert set(i18n.QUOTES) == set(i18n.LANGUAGES)


def test_the_english_reader_and_str_write_english_marks(tmp_path):
    name = EditName("Add phase {name}", name=quote("Buys"))
    assert str(name) == "Add phase “Buys”"
    assert str(describe(tmp_path / "plan.journey")) == "“plan.journey”"
    assert ENGLISH.value(Quoted("x")) == "“x”"


def test_a_reader_writes_a_name_in_its_marks():
    german = Reader(quoted=lambda text: i18n.quoted(text, "de"))
    problem = FileProblem("{file} does not exist.", file=Quoted("fehlt.journey"))
    assert problem.fill(problem.source, german) == "„fehlt.journey“ does not exist."


def test_a_nested_sentence_is_written_by_the_same_reader():
    rule = Refusal("The {field} must be a whole number from {low} to {high}.", field="emotion")
    rule = rule.but(low=-2, high=2)
    outer = FileProblem("{file} cannot be used. {rule}", file=Quoted("a.journey"), rule=rule)
    assert str(outer) == (
        "“a.journey” cannot be used. The emotion must be a whole number from -2 to 2."
    )
    marked = Reader(sentence=lambda inner: f"<{inner.source}>", quoted=lambda t: f"[{t}]")
    assert outer.fill(outer.source, marked) == (
        "[a.journey] cannot be used. <The {field} must be a whole number from {low} to {high}.>"
    )


def test_a_long_name_is_shortened_and_controls_shown():
    shown = quote("x" * 60)
    assert isinstance(shown, Quoted)
    assert len(shown.text) == 40 and shown.text.endswith("…")
    assert "\u202e" not in quote("evil\u202ename").text


def _quoted_placeholders(text: str) -> set[str]:
    return set(re.findall(r"(?:[“”„‘‚]|«\s?)\{(\w+)\}", text))


def test_no_translation_adds_marks_around_a_name():
    """A name comes quoted (Quoted) or its sentence's source quotes it; a translation quotes a
    placeholder only where its source does ({field}, a registry noun, may be named 'the field
    „…“' in a language's own way)."""
    added = []
    for ts in CATALOGUES:
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            texts = [translation.text or ""] + [
                n.text or "" for n in translation.iter("numerusform")
            ]
            for text in texts:
                extra = _quoted_placeholders(text) - _quoted_placeholders(source) - {"field"}
                if extra:
                    added.append(f"{ts.name}: {source!r} -> {text!r}")
    assert added == []


def test_an_unknown_export_format_is_quoted_by_the_reader(tmp_path):
    from exporters.errors import ExportError
    from exporters.formats import ExportRequest, settle

    with pytest.raises(ExportError) as refused:
        settle(ExportRequest(format="bmp", target=tmp_path / "map.bmp"))
    assert "there is no export format “bmp”" in str(refused.value)
    german = Reader(quoted=lambda text: i18n.quoted(text, "de"))
    assert dict(refused.value.message.values)["format"] == Quoted("bmp")
    assert german.value(Quoted("bmp")) == "„bmp“"


def test_a_library_choice_not_saved_nests_the_write_problem(qapp, tmp_path, monkeypatch):
    """The write's own sentence (file, reason) is the value, translated with the frame."""
    from app import translations
    from models.library import config
    from models.library.errors import LibraryError
    from tests.read_only import read_only_folder

    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path))
    with read_only_folder(tmp_path), pytest.raises(LibraryError) as refused:
        config.choose_url(None)
    assert str(refused.value) == (
        "The choice of library could not be saved. “library.json” could not be written: the "
        "folder is read-only; nothing was written."
    ).replace("library.json", config.CHOICE_FILE)
    translations.install("de")
    try:
        said = translations.said(refused.value)
    finally:
        translations.install("en")
    assert said.startswith("Die Wahl der Bibliothek konnte nicht gespeichert werden. „")
    assert "could" not in said and "written" not in said
