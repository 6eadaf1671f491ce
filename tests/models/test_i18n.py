"""The exports' catalogue: languages, dates and numbers, and catalogues in step with the code."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType

import pytest

from models import fields, i18n
from models.priority import Priority

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
