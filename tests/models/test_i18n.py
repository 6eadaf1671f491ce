"""The exports' catalogue: languages, dates and numbers, and catalogues in step with the code."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import threading
from pathlib import Path
from types import ModuleType

import pytest

from models import fields, i18n, templates
from models.document import Document
from models.priority import Priority
from models.resources import resource

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "resources" / "translations" / "exports" / "update_catalogues.py"
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.DEFAULT]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_catalogues", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("da", "da"),
        ("da-DK", "da"),
        ("nb-NO", "nb"),
        ("no", "nb"),
        ("FI", "fi"),
        ("pt-BR", "en"),
        ("", "en"),
        (None, "en"),
        ("es_ES", "es"),
    ],
)
def test_a_language_tag_finds_its_catalogue(tag: str | None, code: str) -> None:
    assert i18n.supported(tag) == code


def test_dates_and_numbers_follow_the_export_language() -> None:
    day = dt.date(2026, 12, 5)
    with i18n.using("da"):
        assert i18n.format_date(day, "long") == "5. december 2026"
        assert i18n.format_decimal(1200.5) == "1.200,5"
        assert fields.number_text(-1200) == "\N{MINUS SIGN}1.200"
    with i18n.using("es"):
        assert i18n.format_date(day, "long") == "5 de diciembre de 2026"
    with i18n.using("en"):
        assert i18n.format_decimal(1200.5) == "1,200.5"
        assert fields.number_text(12.25) == "12.2"
    assert i18n.format_date(day, "long") == "December 5, 2026"  # outside: English


def test_the_language_is_per_thread() -> None:
    seen: list[str] = []
    with i18n.using("de"):
        worker = threading.Thread(target=lambda: seen.append(i18n.current().language))
        worker.start()
        worker.join()
        assert i18n.current().language == "de"
    assert seen == ["en"]


def test_the_sources_and_every_catalogue_are_in_step() -> None:
    """Run ``python resources/translations/exports/update_catalogues.py`` when this fails."""
    script = _script()
    wanted = {m.id for m in script.extract() if m.id}
    for lang in TRANSLATED:
        have = {m.id for m in script.read(lang) if m.id}
        assert have == wanted, (
            f"{lang}: missing {sorted(map(str, wanted - have))[:5]}, "
            f"stale {sorted(map(str, have - wanted))[:5]}"
        )


def test_english_is_the_source_text() -> None:
    with i18n.using("en"):
        assert Priority.QUICK_WIN.label == "Quick win"
        assert fields.field("station", "duration_minutes").heading == "Duration (min)"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[a-z_]+\}|&[APN]", text))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_catalogue_is_complete(lang: str) -> None:
    """No untranslated, fuzzy or obsolete entry; every placeholder kept; all plural forms."""
    catalog = _script().read(lang)
    assert not catalog.obsolete, f"{lang}: obsolete {list(catalog.obsolete)[:5]}"
    for message in catalog:
        if not message.id:
            continue
        assert not message.fuzzy, f"{lang}: fuzzy {message.id!r}"
        if isinstance(message.id, tuple):
            forms = message.string
            assert isinstance(forms, tuple) and len(forms) == catalog.num_plurals
            assert all(forms), f"{lang}: untranslated {message.id!r}"
            for form in forms:
                assert _placeholders(form) == _placeholders(message.id[1]), (lang, form)
        else:
            assert message.string, f"{lang}: untranslated {message.id!r}"
            assert _placeholders(message.string) == _placeholders(message.id), (
                lang,
                message.string,
            )


def test_the_exports_plural_forms() -> None:
    with i18n.using("da"):
        assert i18n.ngettext("{n} station", "{n} stations", 1).format(n=1) == "1 station"
        assert i18n.ngettext("{n} station", "{n} stations", 2).format(n=2) == "2 stationer"
    with i18n.using("fi"):
        assert i18n.ngettext("{n} station", "{n} stations", 2).format(n=2) == "2 asemaa"


def _every_text() -> set[str]:
    texts: set[str] = set()
    script = _script()
    for lang in TRANSLATED:
        for message in script.read(lang):
            if message.id:
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                texts.update(strings)
    for lang in i18n.LANGUAGES:
        texts.update(i18n.language_name(lang) for lang in i18n.LANGUAGES)
        for name in templates.template_names():
            texts.update(script.template_strings(templates.template_document(name, lang)))
        with i18n.using(lang):
            texts.add(i18n.format_date(dt.date(2026, 12, 5)))
            texts.add(i18n.format_decimal(-1234567.5) + i18n.format_percent(0.25))
    return texts


@pytest.mark.parametrize("face", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"])
def test_the_bundled_fonts_have_every_character(face: str) -> None:
    """Every character of every catalogue, template, date and number in all nine languages."""
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("check", str(resource("fonts", face)))
    cmap = font.face.charToGlyph
    missing = {ch for text in _every_text() for ch in text if ord(ch) not in cmap}
    missing -= {"\n"}
    assert not missing, sorted(f"U+{ord(c):04X} {c}" for c in missing)


@pytest.mark.parametrize(
    ("lang", "phases"),
    [
        ("en", ["Discovers", "Considers", "Buys", "Starts using", "Uses", "Gets support"]),
        ("da", ["Opdager", "Overvejer", "Køber", "Kommer i gang", "Bruger", "Får hjælp"]),
        ("sv", ["Upptäcker", "Överväger", "Köper", "Börjar använda", "Använder", "Får hjälp"]),
        ("nb", ["Oppdager", "Vurderer", "Kjøper", "Tar i bruk", "Bruker", "Får hjelp"]),
        ("fi", ["Havaitsee", "Harkitsee", "Ostaa", "Ottaa käyttöön", "Käyttää", "Hakee apua"]),
        ("nl", ["Ontdekt", "Overweegt", "Koopt", "Gaat aan de slag", "Gebruikt", "Zoekt hulp"]),
        ("de", ["Entdeckt", "Wägt ab", "Kauft", "Legt los", "Nutzt", "Holt sich Hilfe"]),
        ("es", ["Descubre", "Evalúa", "Compra", "Empieza a usar", "Usa", "Pide ayuda"]),
        ("fr", ["Découvre", "Compare", "Achète", "Démarre", "Utilise", "Demande de l’aide"]),
    ],
)
def test_templates_in_every_language(lang: str, phases: list[str], tmp_path: Path) -> None:
    journey = templates.template_journey("lifecycle", lang)
    assert [p["name"] for p in journey["phases"]][:6] == phases
    assert len(journey["phases"]) == 8
    path = tmp_path / "new.journey"
    templates.create_workshop(path, "onboarding", language=lang)
    with Document.open(path, readonly=True) as doc:
        assert doc.workshop().language == lang
        onboarding = templates.template_document("onboarding", lang)
        assert doc.workshop().title == onboarding["workshop"]["title"]
        assert [s.title for s in doc.stations(doc.journeys()[0].id)] == [
            s["title"] for s in onboarding["journeys"][0]["stations"]
        ]
        if lang != "en":
            assert doc.workshop().title != "Onboarding from day 0"
