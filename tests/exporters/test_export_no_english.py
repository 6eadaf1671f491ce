"""Nothing English in what a Danish or Spanish client receives: the sample's poster (every page,
its outline and its properties) and its action list (every visible sheet and cell), read back
and compared word by word with the same exports in English.

The English export's own words (every word not from the workshop's content) are the exporters'
vocabulary; none of them may appear in the Danish or Spanish export unless that language's
catalogue or its dates use the same word ("Status", "KPI", "persona"). A fragment glued in
English (" (continued)", "+2 more") fails here, wherever in exporters/ it is made."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from exporters.action_list_xlsx import export_action_list
from exporters.image import export_svg
from exporters.poster_pdf import export_poster
from models import i18n, style
from models.document import Document
from models.resources import resource
from models.view_options import MapToggles
from tests.models.test_i18n import _script

WORD = re.compile(r"[^\W\d_]{2,}")
# Words every language writes alike, that no catalogue holds as a word of its own.
INTERNATIONAL = {"min"}  # minutes, as the station's figures give a duration
EVERYTHING = MapToggles(needs=True, pain_points=True, ideas=True, quotes=True, figures=True)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


# The sample's values that are choices among keys (a quote's source "interview", an action's
# status "planned"), not the user's words: an export names them in its language.
CHOICES = {"source", "evidence", "status", "state", "language"}


def _content_words() -> set[str]:
    """Every word of the sample workshop: the user's own text, in any language."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(_words(value))
            found.update(_words(style.initials(value)))  # an owner's badge
        elif isinstance(value, dict):
            for key, v in value.items():
                if key not in CHOICES:
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(json.loads(resource("samples", "sample.json").read_text(encoding="utf-8")))
    return found


def _language_words(language: str) -> set[str]:
    """The words a ``language`` export may hold: its catalogue's, its dates' and its name."""
    found: set[str] = set()
    for message in _script().read(language):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            found.update(_words(text or ""))
    with i18n.using(language):
        for month in range(1, 13):
            for form in ("short", "medium", "long", "full"):
                found.update(_words(i18n.format_date(dt.date(2027, month, 1), form)))
    found.update(_words(" ".join(i18n.language_name(code) for code in i18n.LANGUAGES)))
    return found | INTERNATIONAL


def _pdf_texts(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) of every page, every outline entry and the document's properties."""
    reader = PdfReader(path)
    for number, page in enumerate(reader.pages, 1):
        yield f"page {number}", page.extract_text() or ""

    def outline(items: list[object]) -> Iterator[tuple[str, str]]:
        for item in items:
            if isinstance(item, list):
                yield from outline(item)
            else:
                yield "outline", str(item.title)  # type: ignore[attr-defined]

    yield from outline(reader.outline)
    meta = reader.metadata or {}
    for key in ("/Title", "/Subject", "/Keywords"):
        yield f"properties {key}", str(meta.get(key, ""))


def _xlsx_texts(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible sheet's name and cells (hidden columns and sheets are
    the read-back's keys, never shown), and the workbook's properties."""
    workbook = load_workbook(path)
    for ws in workbook.worksheets:
        if ws.sheet_state != "visible":
            continue
        yield "sheet name", ws.title
        hidden = {key for key, dim in ws.column_dimensions.items() if dim.hidden}
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.column_letter not in hidden:
                    yield f"{ws.title}!{cell.coordinate}", cell.value
        for validation in ws.data_validations.dataValidation:
            yield (
                f"{ws.title} drop-down",
                " ".join(
                    str(v) for v in (validation.formula1, validation.error, validation.errorTitle)
                ),
            )
    props = workbook.properties
    yield "properties", f"{props.title} {props.subject} {props.keywords or ''}"


def _english_left(english: list[tuple[str, str]], other: list[tuple[str, str]], language: str):
    vocabulary = set().union(*(_words(text) for _where, text in english)) - _content_words()
    allowed = _language_words(language)
    left: dict[str, set[str]] = {}
    for where, text in other:
        for word in (_words(text) & vocabulary) - allowed:
            left.setdefault(word, set()).add(where)
    return {word: sorted(places)[:4] for word, places in sorted(left.items())}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """The sample in English, Danish and Spanish: the poster on A3 (its map across sheets,
    with the assembly map and every kind shown) and on A1, and the action list."""
    from models.transfer import import_document

    folder = tmp_path_factory.mktemp("exports")
    sample = json.loads(resource("samples", "sample.json").read_text(encoding="utf-8"))
    workshop = folder / "sample.journey"
    import_document(sample, workshop)
    files: dict[tuple[str, str], Path] = {}
    with Document.open(workshop) as document:
        for language in ("en", "da", "es"):
            a3 = files[language, "a3"] = folder / f"{language}-a3.pdf"
            export_poster(document, a3, paper="A3", language=language, toggles=EVERYTHING)
            a1 = files[language, "a1"] = folder / f"{language}-a1.pdf"
            export_poster(document, a1, paper="A1", language=language)
            xlsx = files[language, "xlsx"] = folder / f"{language}.xlsx"
            export_action_list(document, xlsx, language=language)
            svg = files[language, "svg"] = folder / f"{language}.svg"
            export_svg(document, svg, language=language, toggles=EVERYTHING)
    return files


@pytest.mark.parametrize("language", ["da", "es"])
@pytest.mark.parametrize("paper", ["a3", "a1"])
def test_no_english_word_in_the_poster(exported, language: str, paper: str) -> None:
    english = list(_pdf_texts(exported["en", paper]))
    other = list(_pdf_texts(exported[language, paper]))
    assert any(where == "page 1" for where, _t in other)
    assert _english_left(english, other, language) == {}


def _svg_texts(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) of every text element of the SVG map (its markup left out)."""
    svg = path.read_text(encoding="utf-8")
    for number, text in enumerate(re.findall(r"<(?:text|title)[^>]*>(.*?)</", svg, re.S), 1):
        yield f"text {number}", html.unescape(re.sub(r"<[^>]+>", "", text))


@pytest.mark.parametrize("language", ["da", "es"])
def test_no_english_word_in_the_svg_map(exported, language: str) -> None:
    english = list(_svg_texts(exported["en", "svg"]))
    other = list(_svg_texts(exported[language, "svg"]))
    assert len(other) > 50
    assert _english_left(english, other, language) == {}


@pytest.mark.parametrize("language", ["da", "es"])
def test_no_english_word_in_the_action_list(exported, language: str) -> None:
    english = list(_xlsx_texts(exported["en", "xlsx"]))
    other = list(_xlsx_texts(exported[language, "xlsx"]))
    assert len(other) > 100  # the cells were read
    assert _english_left(english, other, language) == {}


def test_the_vocabulary_check_finds_an_english_fragment(exported) -> None:
    """The check itself: a page with an English fragment glued on is caught."""
    english = list(_pdf_texts(exported["en", "a3"]))
    other = [*_pdf_texts(exported["da", "a3"]), ("page 99", "Stationerne i detaljer (continued)")]
    assert _english_left(english, other, "da") == {"continued": ["page 99"]}


@pytest.mark.parametrize("language", [code for code in i18n.LANGUAGES if code != "en"])
def test_the_summarys_counts_take_every_plural_form_of_the_language(language: str) -> None:
    """The journey at a glance counts with the language's own plural rules (Spanish and French
    have a third form for millions, Finnish its partitive): never the English form."""
    catalogue = i18n.catalogue(language)
    forms = {  # words that no language here writes as English does ("station" it may)
        ("{n} moment of truth", "{n} moments of truth"),
        ("{n} pain point", "{n} pain points"),
    }
    for singular, plural in forms:
        for n in (0, 1, 2, 5, 21, 1_000_000):
            said = catalogue.ngettext(singular, plural, n)
            assert said not in (singular, plural), (language, singular, n)
            assert "{n}" in said
