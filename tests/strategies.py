"""Hypothesis strategies shared by the tests.

``documents()`` draws VALID, normalised interchange documents: every key present, names
stripped, number fields as floats, references consistent, and text that is awkward on purpose
(markup, formula prefixes, emoji, accents, Cyrillic, line breaks, control characters) while
staying within the spec's limits. ``validate(doc) == doc`` holds for every document drawn.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from hypothesis import strategies as st

from models.interchange import (
    ActionDict,
    DocumentDict,
    JourneyDict,
    LineDict,
    OwnerDict,
    PersonaDict,
    PhaseDict,
    StationDict,
    WorkshopDict,
)
from models.rules import (
    ACTION_STATUSES,
    DROP_OFF_MAX,
    EMOTION_MAX,
    EMOTION_MIN,
    EVIDENCE_KINDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    ID_MAX,
    INTEGER_MAX,
    INTEGER_MIN,
    JOURNEY_STATES,
    LINE_KINDS,
    LIST_ITEM_MAX,
    LIST_MAX_ITEMS,
    NAME_MAX,
    RATING_MAX,
    RATING_MIN,
    TEXT_MAX,
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

# Any character that can be written as UTF-8 (everything but lone surrogates).
CHARACTERS = st.characters(exclude_categories=["Cs"])


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
        .filter(bool)
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


def _ratings() -> st.SearchStrategy[int | None]:
    return _optional(st.integers(RATING_MIN, RATING_MAX))


def _numbers(high: float | None) -> st.SearchStrategy[float | None]:
    return _optional(
        st.one_of(
            st.integers(0, 10_000 if high is None else int(high)).map(float),
            st.floats(0.0, high, allow_nan=False, allow_infinity=False),
        )
    )


def _maybe(draw: st.DrawFn, options: list[str]) -> str | None:
    return draw(_optional(st.sampled_from(options))) if options else None


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

    workshop: WorkshopDict = {
        "title": draw(names()),
        "organisation": draw(texts()),
        "segment": draw(texts()),
        "business_goal": draw(texts()),
        "notes": draw(texts()),
    }
    owners: list[OwnerDict] = [
        {"id": next(fresh), "name": draw(names()), "role": draw(texts()), "email": draw(texts())}
        for _ in range(n_owners)
    ]
    personas: list[PersonaDict] = [
        {
            "id": next(fresh),
            "name": draw(names()),
            "description": draw(texts()),
            "goals": draw(text_lists()),
            "needs": draw(text_lists()),
            "frustrations": draw(text_lists()),
            "quote": draw(texts()),
            "color": draw(colors()),
        }
        for _ in range(n_personas)
    ]
    owner_ids = [o["id"] for o in owners]
    persona_ids = [p["id"] for p in personas]

    journeys: list[JourneyDict] = []
    for n_phases, n_lines, n_stations, n_actions in shapes:
        journey_id = next(fresh)
        phases: list[PhaseDict] = [
            {
                "id": next(fresh),
                "name": draw(names()),
                "description": draw(texts()),
                "color": draw(_optional(colors())),
            }
            for _ in range(n_phases)
        ]
        lines: list[LineDict] = [
            {
                "id": next(fresh),
                "name": draw(names()),
                "kind": draw(st.sampled_from(LINE_KINDS)),
                "color": draw(_optional(colors())),
            }
            for _ in range(n_lines)
        ]
        stations: list[StationDict] = [
            {
                "id": next(fresh),
                "phase": draw(st.sampled_from([p["id"] for p in phases])),
                "line": draw(st.sampled_from([line["id"] for line in lines])),
                "title": draw(names()),
                "description": draw(texts()),
                "touchpoint": draw(texts()),
                "needs": draw(text_lists()),
                "pain_points": draw(text_lists()),
                "owner": _maybe(draw, owner_ids),
                "emotion": draw(_optional(st.integers(EMOTION_MIN, EMOTION_MAX))),
                "evidence": draw(_optional(st.sampled_from(EVIDENCE_KINDS))),
                "moment_of_truth": draw(st.booleans()),
                "impact": draw(_ratings()),
                "performance": draw(_ratings()),
                "target": draw(_ratings()),
                "day": draw(_optional(st.integers(INTEGER_MIN, INTEGER_MAX))),
                "customers": draw(_optional(st.integers(0, INTEGER_MAX))),
                "duration_minutes": draw(_numbers(None)),
                "drop_off_percent": draw(_numbers(DROP_OFF_MAX)),
            }
            for _ in range(n_stations)
        ]
        station_ids = [s["id"] for s in stations]
        actions: list[ActionDict] = [
            {
                "id": next(fresh),
                "title": draw(names()),
                "description": draw(texts()),
                "station": _maybe(draw, station_ids),
                "owner": _maybe(draw, owner_ids),
                "effort": draw(_ratings()),
                "value": draw(_ratings()),
                "status": draw(st.sampled_from(ACTION_STATUSES)),
                "due": draw(_optional(st.dates().map(date.isoformat))),
                "kpi": draw(texts()),
            }
            for _ in range(n_actions)
        ]
        journeys.append(
            {
                "id": journey_id,
                "name": draw(names()),
                "persona": _maybe(draw, persona_ids),
                "state": draw(st.sampled_from(JOURNEY_STATES)),
                "description": draw(texts()),
                "storyline": draw(texts()),
                "phases": phases,
                "lines": lines,
                "stations": stations,
                "actions": actions,
            }
        )

    document: DocumentDict = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "workshop": workshop,
        "owners": owners,
        "personas": personas,
        "journeys": journeys,
    }
    return document
