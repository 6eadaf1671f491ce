"""Hypothesis strategies shared by the tests, derived from the field registry (models.fields).

``documents()`` draws VALID, normalised interchange documents: every key present, names
stripped, number fields as floats, references consistent, and text that is awkward on purpose
(markup, formula prefixes, emoji, accents, Cyrillic, line breaks, control characters) while
staying within the spec's limits. ``validate(doc) == doc`` holds for every document drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar, cast

from hypothesis import strategies as st

from models import fields
from models.interchange import DocumentDict, QuoteDict
from models.rules import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ID_MAX,
    LIST_ITEM_MAX,
    LIST_MAX_ITEMS,
    NAME_MAX,
    QUOTE_SOURCES,
    TEXT_MAX,
    has_visible_character,
)

T = TypeVar("T")

AWKWARD_TEXTS: tuple[str, ...] = (
    "<b>&amp;</b>",
    "<script>alert(1)</script>",
    "=SUM(A1)",
    "+49 30 123456",
    "-1",
    "@here",
    "🚇 Metro 🙂👩‍👩‍👧",
    "åäø ÅÄØ",
    "Привет, мир",
    "first line\nsecond line",
    "windows\r\nline break",
    "tab\tseparated",
    'quote " and \\ backslash',
    "'; DROP TABLE station; --",
    "\u202eright-to-left override",
    "zero\u200bwidth",
    "null",
    "%s {0} ${x}",
    "",
)

# Any character a text field may hold: everything that can be written as UTF-8 (no lone
# surrogates), but of the control characters only tab and line feed (models.rules).
CHARACTERS = st.characters(exclude_categories=["Cs", "Cc"], include_characters="\t\n")


def _long(limit: int) -> st.SearchStrategy[str]:
    """Text of exactly ``limit`` characters, made of an awkward sample."""
    samples = [s for s in AWKWARD_TEXTS if s.strip()]
    return st.sampled_from(samples).map(lambda s: (s * limit)[:limit])


def texts(limit: int = TEXT_MAX) -> st.SearchStrategy[str]:
    """Free text up to ``limit`` characters (not stripped)."""
    return st.one_of(
        st.sampled_from(AWKWARD_TEXTS),
        st.text(CHARACTERS, max_size=min(limit, 30)),
        _long(limit),
    )


def names() -> st.SearchStrategy[str]:
    """A title or name as validate() leaves it: stripped, 1 to NAME_MAX characters."""
    return (
        st.one_of(
            st.sampled_from(AWKWARD_TEXTS),
            st.text(CHARACTERS, min_size=1, max_size=30),
            _long(NAME_MAX),
        )
        .map(str.strip)
        .filter(has_visible_character)
    )


def text_lists() -> st.SearchStrategy[list[str]]:
    return st.one_of(
        st.lists(texts(LIST_ITEM_MAX), max_size=4),
        st.just([]),
        _long(LIST_ITEM_MAX).map(lambda s: [s] * LIST_MAX_ITEMS),
    )


def ids() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(CHARACTERS, min_size=1, max_size=12),
        st.text(CHARACTERS, min_size=ID_MAX, max_size=ID_MAX),
        st.sampled_from([s for s in AWKWARD_TEXTS if s]),
    )


def colors() -> st.SearchStrategy[str]:
    return st.builds(
        lambda n, upper: f"#{n:06X}" if upper else f"#{n:06x}",
        st.integers(0, 0xFFFFFF),
        st.booleans(),
    )


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


def _numbers(low: float, high: float) -> st.SearchStrategy[float]:
    top = 10_000 if math.isinf(high) else int(high)
    return st.one_of(
        st.integers(int(low), top).map(float),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


def quotes() -> st.SearchStrategy[list[QuoteDict]]:
    quote = st.builds(
        lambda text, source: {"text": text, "source": source},
        names(),
        st.sampled_from(QUOTE_SOURCES),
    )
    return st.lists(quote, max_size=3)  # type: ignore[arg-type]


def languages() -> st.SearchStrategy[str]:
    return st.sampled_from(["en", "nb-NO", "de-CH-1901", "zh-Hant-TW", "sr-Latn", "pt-BR"])


def values_of(f: fields.Field) -> st.SearchStrategy[Any]:
    """Valid, normalised values of a registry field (references aside: the document draws
    them from the ids it has)."""
    kind = fields.Kind
    by_kind: dict[fields.Kind, Callable[[], st.SearchStrategy[Any]]] = {
        kind.NAME: names,
        kind.TEXT: texts,
        kind.TEXT_LIST: text_lists,
        kind.INTEGER: lambda: st.integers(*fields.integer_bounds(f)),
        kind.NUMBER: lambda: _numbers(*fields.number_bounds(f)),
        kind.CHOICE: lambda: st.sampled_from(f.choices),
        kind.COLOR: colors,
        kind.DATE: lambda: st.dates().map(date.isoformat),
        kind.BOOL: st.booleans,
        kind.QUOTES: quotes,
        kind.LANGUAGE: languages,
    }
    strategy = by_kind[f.kind]()
    return _optional(strategy) if f.nullable else strategy


def _maybe(draw: st.DrawFn, options: list[str]) -> str | None:
    return draw(_optional(st.sampled_from(options))) if options else None


def _object(
    draw: st.DrawFn, entity: str, ident: str | None, refs: dict[str, list[str]]
) -> dict[str, Any]:
    """One object of ``entity``: every key of the registry, references drawn from ``refs``."""
    obj: dict[str, Any] = {} if ident is None else {"id": ident}
    for f in fields.fields(entity):
        if f.kind is fields.Kind.REF:
            options = refs.get(f.target, [])
            if f.nullable:
                obj[f.json_key] = _maybe(draw, options)
            else:
                obj[f.json_key] = draw(st.sampled_from(options))
        else:
            obj[f.json_key] = draw(values_of(f))
    return obj


@st.composite
def documents(draw: st.DrawFn, max_journeys: int = 3) -> DocumentDict:
    n_owners = draw(st.integers(0, 3))
    n_personas = draw(st.integers(0, 3))
    shapes = draw(
        st.lists(
            st.tuples(st.integers(1, 3), st.integers(1, 3), st.integers(0, 5), st.integers(0, 4)),
            min_size=1,
            max_size=max_journeys,
        )
    )
    total = n_owners + n_personas + sum(1 + sum(shape) for shape in shapes)
    fresh = iter(draw(st.lists(ids(), min_size=total, max_size=total, unique=True)))

    refs: dict[str, list[str]] = {}
    owners = [_object(draw, "owner", next(fresh), refs) for _ in range(n_owners)]
    personas = [_object(draw, "persona", next(fresh), refs) for _ in range(n_personas)]
    refs = {"owner": [o["id"] for o in owners], "persona": [p["id"] for p in personas]}
    journeys = []
    for n_phases, n_lines, n_stations, n_actions in shapes:
        journey = _object(draw, "journey", next(fresh), refs)
        scope = dict(refs)
        for entity, key, count in (
            ("phase", "phases", n_phases),
            ("line", "lines", n_lines),
            ("station", "stations", n_stations),
            ("action", "actions", n_actions),
        ):
            journey[key] = [_object(draw, entity, next(fresh), scope) for _ in range(count)]
            scope[entity] = [item["id"] for item in journey[key]]
        journeys.append(journey)

    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "workshop": _object(draw, "workshop", None, refs),
        "owners": owners,
        "personas": personas,
        "journeys": journeys,
    }
    return cast(DocumentDict, document)
