"""docs/interchange.md is the contract: its tables and limits say exactly what the code does.

Each table of the page is read and compared with the validator (``models.interchange``, which
derives from the field registry) and with ``models.rules``: the keys in their order, which are
required, every default, and the limits. A change to one without the other fails here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models import interchange, interchange_checks, rules

DOC = Path(__file__).resolve().parent.parent / "docs" / "interchange.md"
TEXT = DOC.read_text(encoding="utf-8")

# The page's heading of each table -> the validator's description of that object.
SPECS = {
    "Top level": interchange._DOCUMENT,
    "workshop": interchange._WORKSHOP,
    "owner": interchange._OWNER,
    "persona": interchange._PERSONA,
    "journey": interchange._JOURNEY,
    "phase": interchange._PHASE,
    "line": interchange._LINE,
    "station": interchange._STATION,
    "quote": interchange_checks._QUOTE_SPEC,
    "action": interchange._ACTION,
}


def tables() -> dict[str, list[list[str]]]:
    """Each heading's first table, as rows of cells (header row and rule row left out)."""
    found: dict[str, list[list[str]]] = {}
    heading = None
    for line in TEXT.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip().split(":")[0]
            continue
        if heading and line.startswith("| `"):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            found.setdefault(heading, []).append(cells)
    return found


@pytest.mark.parametrize("heading", list(SPECS))
def test_each_table_lists_the_keys_in_the_order_they_are_written(heading: str) -> None:
    rows = tables()[heading]
    assert [r[0].strip("`") for r in rows] == [f.key for f in SPECS[heading].fields]


@pytest.mark.parametrize("heading", list(SPECS))
def test_each_default_is_the_one_the_code_fills_in(heading: str) -> None:
    for row, f in zip(tables()[heading], SPECS[heading].fields, strict=True):
        shown = row[2]
        if f.default is interchange_checks._REQUIRED:
            assert shown == "required", f.key
        else:
            assert json.loads(shown.strip("`")) == f.default, f.key


def test_the_title_names_the_version_written() -> None:
    assert TEXT.startswith(f"# The Journeyline interchange format, version {rules.FORMAT_VERSION}")
    assert "| `version` | integer | required | `2` (a reader of version 2 also reads `1`) |" in TEXT
    assert rules.FORMAT_VERSION == 2


def test_the_limits_are_the_rules() -> None:
    limits = {r[0]: r[1] for r in _rows_after("## Limits")}
    assert limits.pop("a document") == f"{rules.DOCUMENT_BYTES_MAX // (1024 * 1024)} MB"
    assert limits.pop("JSON objects in a document (every `{`)") == f"{rules.DOCUMENT_BRACES_MAX:,}"
    names = {
        "journeys": "journeys",
        "phases, all journeys together": "phases",
        "lines": "lines",
        "stations": "stations",
        "actions": "actions",
        "owners": "owners",
        "personas": "personas",
        "customer quotes": "quotes",
    }
    assert {names[k]: int(v.replace(",", "")) for k, v in limits.items()} == rules.COUNT_LIMITS


def test_the_text_rules_are_the_rules() -> None:
    flat = " ".join(TEXT.split())
    for sentence in (
        f"text of 1 to {rules.ID_MAX} characters",
        f"must be 1 to {rules.NAME_MAX} characters long",
        f"Other text: up to {rules.TEXT_MAX:,} characters",
        f"Lists of text: up to {rules.LIST_MAX_ITEMS} items of up to {rules.LIST_ITEM_MAX}",
        f"text of 1 … {rules.QUOTE_MAX:,} characters",
        f"A station holds at most {rules.QUOTES_MAX_ITEMS} quotes",
        f"of at most {rules.LANGUAGE_MAX} characters",
        f"(at most {rules.PROBLEMS_SHOWN} problems",
    ):
        assert sentence in flat, sentence
    sources = ", ".join(f'`"{s}"`' for s in rules.QUOTE_SOURCES[:-1])
    assert f'{sources} or `"{rules.QUOTE_SOURCES[-1]}"`' in TEXT
    evidence = ", ".join(f'`"{s}"`' for s in rules.EVIDENCE_KINDS) + " or `null`"
    assert evidence in TEXT
    statuses = ", ".join(f'`"{s}"`' for s in rules.ACTION_STATUSES[:-1])
    assert f'{statuses} or `"{rules.ACTION_STATUSES[-1]}"`' in TEXT


def test_the_readme_links_to_the_page() -> None:
    readme = (DOC.parent.parent / "README.md").read_text(encoding="utf-8")
    assert "(docs/interchange.md)" in readme


def _rows_after(heading: str) -> list[list[str]]:
    part = TEXT.split(heading, 1)[1]
    rows = []
    for line in part.splitlines()[1:]:
        if line.startswith("#"):
            break
        if line.startswith("| ") and not re.match(r"\| (what|---)", line):
            rows.append([c.strip() for c in line.strip().strip("|").split(" | ")])
    return rows
