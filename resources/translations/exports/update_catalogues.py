"""Extract the exports' strings and merge them into every language's .po catalogue (Babel).

Run from the repository's root after changing a marked string or a bundled template:

    python resources/translations/exports/update_catalogues.py

It collects ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` from ``models/`` and
``exporters/``, and the names and descriptions of the bundled templates
(``resources/templates/*.json``), then brings each ``<lang>/LC_MESSAGES/journeyline.po`` up to
date: new strings arrive untranslated, changed ones fuzzy, removed ones obsolete. A translator
then fills in or confirms them (any .po editor will do: Poedit, Lokalize, a text editor);
``tests/models/test_i18n.py`` fails until every catalogue is complete and in step again.
``--check`` only reports what is out of step, without writing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
DOMAIN = "journeyline"
LANGUAGES = ("en", "sv", "da", "nb", "fi", "nl", "de", "es", "fr")
SOURCES = ("models", "exporters")
KEYWORDS: dict[str, Any] = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
TEMPLATE_COMMENT = "template"


def _python_messages() -> Iterator[tuple[str | tuple[str, ...], str]]:
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            where = path.relative_to(ROOT).as_posix()
            for _lineno, message, _comments, _context in extract_from_file(
                "python", str(path), keywords=KEYWORDS, comment_tags=()
            ):
                yield message, where


def template_strings(doc: dict[str, Any]) -> Iterator[str]:
    """The texts of a template a reader sees: titles, names and descriptions."""
    yield doc["workshop"]["title"]
    for journey in doc["journeys"]:
        yield journey["name"]
        yield journey["description"]
        for phase in journey["phases"]:
            yield phase["name"]
            yield phase["description"]
        for line in journey["lines"]:
            yield line["name"]
        for station in journey["stations"]:
            yield station["title"]
            yield station["description"]


def _template_messages() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "resources" / "templates").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for text in template_strings(doc):
            if text:
                yield text, path.relative_to(ROOT).as_posix()


def extract() -> Catalog:
    """Every string the exports and templates need, as a catalogue template (.pot)."""
    template = Catalog(domain=DOMAIN, project="Journeyline", fuzzy=False)
    for message, where in [*_python_messages(), *_template_messages()]:
        if message and message != ("", ""):
            template.add(message, locations=[(where, 0)])
    return template


def po_path(language: str) -> Path:
    return HERE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(language: str) -> Catalog:
    with po_path(language).open("rb") as f:
        return read_po(f, locale=language, domain=DOMAIN)


def updated(language: str, template: Catalog) -> Catalog:
    """The language's catalogue merged with ``template`` (created when missing)."""
    if po_path(language).exists():
        catalog = read(language)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="Journeyline", fuzzy=False)
    catalog.update(template, no_fuzzy_matching=False, update_header_comment=False)
    return catalog


def write(language: str, catalog: Catalog) -> None:
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog, width=100, no_location=True, omit_header=False, sort_output=False)


def main(argv: list[str]) -> int:
    template = extract()
    for language in LANGUAGES:
        if language == "en":
            continue  # the source language: the text in the code is the English text
        catalog = updated(language, template)
        if "--check" in argv:
            todo = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
            print(f"{language}: {len(todo)} to translate, {len(catalog.obsolete)} obsolete")
        else:
            write(language, catalog)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
