"""Read, check and write the Journeyline interchange format (versions 1 and 2; writes 2).

The contract is ``docs/interchange.md``. :func:`parse` turns JSON text into a normalised
document, :func:`validate` does the same for data already loaded, and :func:`dumps` writes a
document back. A document that breaks any rule raises :class:`InterchangeError`, which lists
every problem found as ``"path: rule"``.

The rules are a table: one :class:`_ObjectSpec` per kind of object, one :class:`_Field` per key,
derived from the field registry (``models.fields``) in the order of docs/interchange.md's tables
(which is also the order :func:`dumps` writes; ``tests/test_interchange_doc.py`` keeps the page
and this table in step). Each field has a check, a small function that reports a problem or
returns the normalised value.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any, TypedDict, cast

from models import fields
from models import interchange_rules as said
from models.interchange_checks import (
    _EXACT_FLOAT_MAX,
    _READABLE,
    _REQUIRED,
    _boolean,
    _Check,
    _check_object,
    _Checker,
    _choice,
    _color,
    _date,
    _Field,
    _format,
    _identifier,
    _integer,
    _is_integer,
    _JsonObject,
    _language,
    _name,
    _nullable,
    _number,
    _object_list,
    _ObjectSpec,
    _quotes,
    _read_int,
    _reference,
    _text,
    _text_list,
    _TooManyDigits,
    _version,
)
from models.rule_text import Rule, more_problems
from models.rules import (
    COUNT_LIMITS,
    DOCUMENT_BYTES_MAX,
    FORMAT_NAME,
    FORMAT_VERSION,
    INTEGER_MAX,
    INTEGER_MIN,
    PROBLEMS_SHOWN,
    TEXT_MAX,
    braces_rule,
    count_rule,
    size_rule,
)

__all__ = [
    "ActionDict",
    "DocumentDict",
    "DocumentTooLarge",
    "InterchangeError",
    "JourneyDict",
    "LineDict",
    "OwnerDict",
    "PersonaDict",
    "PhaseDict",
    "QuoteDict",
    "StationDict",
    "WorkshopDict",
    "dumps",
    "parse",
    "validate",
]


# --- The normalised document ------------------------------------------------------------------


class WorkshopDict(TypedDict):
    title: str
    organisation: str
    segment: str
    business_goal: str
    notes: str
    language: str


class OwnerDict(TypedDict):
    id: str
    name: str
    role: str
    email: str


class PersonaDict(TypedDict):
    id: str
    name: str
    description: str
    goals: list[str]
    needs: list[str]
    frustrations: list[str]
    quote: str
    color: str


class PhaseDict(TypedDict):
    id: str
    name: str
    description: str
    color: str | None


class LineDict(TypedDict):
    id: str
    name: str
    kind: str
    color: str | None


class QuoteDict(TypedDict):
    text: str
    source: str


class StationDict(TypedDict):
    id: str
    phase: str
    line: str
    title: str
    description: str
    touchpoint: str
    needs: list[str]
    pain_points: list[str]
    quotes: list[QuoteDict]
    owner: str | None
    emotion: int | None
    evidence: str | None
    moment_of_truth: bool
    impact: int | None
    performance: int | None
    target: int | None
    day: int | None
    customers: int | None
    duration_minutes: float | None
    drop_off_percent: float | None


class ActionDict(TypedDict):
    id: str
    title: str
    description: str
    station: str | None
    owner: str | None
    effort: int | None
    value: int | None
    status: str
    due: str | None
    kpi: str


class JourneyDict(TypedDict):
    id: str
    name: str
    persona: str | None
    state: str
    description: str
    storyline: str
    phases: list[PhaseDict]
    lines: list[LineDict]
    stations: list[StationDict]
    actions: list[ActionDict]


class DocumentDict(TypedDict):
    format: str
    version: int
    workshop: WorkshopDict
    owners: list[OwnerDict]
    personas: list[PersonaDict]
    journeys: list[JourneyDict]


Problem = tuple[str, Rule]  # where in the document (its path, as written), and the rule broken


class InterchangeError(Exception):
    """A document broke the rules. ``rules`` holds one (path, rule) per problem, the rule
    translatable (:class:`~models.rule_text.Rule`); ``problems`` the same as English
    ``"path: rule"`` lines (the command line's, docs/interchange.md's)."""

    def __init__(self, problems: Sequence[Problem], total: int | None = None) -> None:
        self.rules: list[Problem] = list(problems)
        self.problems: list[str] = [f"{path}: {rule.english()}" for path, rule in self.rules]
        super().__init__(list(self.problems))
        # How many problems there were: ``problems`` keeps the first ones only (_PROBLEMS_KEPT).
        self.total: int = len(self.problems) if total is None else total

    def __str__(self) -> str:
        return "\n".join(self.problems)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.rules, self.total))

    def listed(self) -> list[Problem]:
        """At most PROBLEMS_SHOWN problems (models.rules.listed), then ("", "and N more
        problems") for the rest."""
        shown = self.rules[:PROBLEMS_SHOWN]
        rest = self.total - len(shown)
        return [*shown, ("", more_problems(rest))] if rest > 0 else shown


class DocumentTooLarge(InterchangeError):
    """A document over a limit of models.rules (file size, counts), refused before its content
    is checked. ``reason`` says why in one phrase ("it holds 30,000 stations, and …"), in
    English; ``rule`` is that phrase, translatable."""

    def __init__(self, rule: Rule) -> None:
        super().__init__([(said.DOCUMENT_PATH, rule)])
        self.rule = rule
        self.reason = rule.english()

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.rule,))


# --- Public entry points ----------------------------------------------------------------------


def parse(text: str | bytes) -> DocumentDict:
    """Read a document from JSON text (``bytes`` must be UTF-8) and validate it."""
    too_large = size_rule(len(text), DOCUMENT_BYTES_MAX)  # characters: at most the bytes
    if too_large is None:
        braces = text.count(b"{") if isinstance(text, bytes) else text.count("{")
        too_large = braces_rule(braces)
    if too_large is not None:
        raise DocumentTooLarge(too_large)
    if isinstance(text, bytes):
        raw = text
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
            bad = raw[exc.start]
            # Positions as a text editor shows them (not grouped: "line 1234").
            rule = said.NOT_UTF8.but(byte=f"0x{bad:02X}", line=str(line), column=str(column))
            raise _whole(rule) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise _whole(said.EMPTY_DOCUMENT)
    try:
        data = json.loads(text, object_pairs_hook=_JsonObject.from_pairs, parse_int=_read_int)
    except json.JSONDecodeError as exc:
        where = {"line": str(exc.lineno), "column": str(exc.colno)}
        syntax = said.JSON_SYNTAX.get(exc.msg, said.NOT_JSON.but(reason=exc.msg))
        raise _whole(syntax.but(**where)) from None
    except RecursionError:
        raise _whole(said.TOO_DEEP) from None
    except _TooManyDigits:
        raise _whole(said.TOO_MANY_DIGITS) from None
    return validate(data)


def validate(data: object) -> DocumentDict:
    """Check every rule of the spec and return a new, normalised document.

    Normalised: every optional key present with its default, ``title`` and ``name`` stripped,
    number fields as ``float``. Raises :class:`InterchangeError` listing all problems.
    """
    if not isinstance(data, dict):
        raise _whole(said.NOT_AN_OBJECT_AT_THE_TOP)
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        # A format we do not know: its field problems would only be noise.
        problems: list[Problem] = []
        if data.get("format") != FORMAT_NAME:
            problems.append(("format", said.FORMAT.but(name=FORMAT_NAME)))
        newer = said.NEWER_VERSION.but(version=str(version), newest=FORMAT_VERSION)
        problems.append(("version", newer))
        raise InterchangeError(problems)
    too_many = count_rule(_counts(data))
    if too_many is not None:
        raise DocumentTooLarge(too_many)
    readable = _is_integer(version) and version in _READABLE
    checker = _Checker(version=cast(int, version) if readable else FORMAT_VERSION)
    document = _check_object(checker, _DOCUMENT, data, "")
    checker.resolve_references()
    if checker.problems:
        raise InterchangeError(checker.sorted_problems(), checker.count)
    return cast(DocumentDict, document)


def dumps(doc: DocumentDict) -> str:
    """Write a document as JSON text: every key, in the spec's order, indent 2, final newline.

    The document is validated first (so an invalid one raises :class:`InterchangeError` and
    nothing is written). Number fields with an integral value are written as integers.
    """
    checked = validate(doc)
    text = json.dumps(
        _integral_floats_as_ints(checked), ensure_ascii=False, indent=2, allow_nan=False
    )
    return text + "\n"


# --- The rules, derived from the field registry (models.fields), in key order -----------------

_TEXT = _text(TEXT_MAX)


def _whole(rule: Rule) -> InterchangeError:
    """The error of a document refused as a whole (not JSON, empty, …)."""
    return InterchangeError([(said.DOCUMENT_PATH, rule)])


def _integer_rule(f: fields.Field) -> Rule:
    low, high = fields.integer_bounds(f)
    if (low, high) == (INTEGER_MIN, INTEGER_MAX):
        return said.INTEGER
    if high == INTEGER_MAX:
        return said.INTEGER_AT_LEAST.but(low=low)
    return said.INTEGER_BETWEEN.but(low=low, high=high)


def _number_rule(f: fields.Field) -> Rule:
    low, high = fields.number_bounds(f)
    if math.isinf(high):
        return said.NUMBER_AT_LEAST.but(low=low)
    return said.NUMBER_BETWEEN.but(low=low, high=high)


def _field_check(f: fields.Field) -> _Check:
    kind = fields.Kind
    check: _Check
    if f.kind is kind.NAME:
        check = _name
    elif f.kind is kind.TEXT:
        check = _TEXT
    elif f.kind is kind.TEXT_LIST:
        check = _text_list
    elif f.kind is kind.INTEGER:
        check = _integer(*fields.integer_bounds(f), _integer_rule(f))
    elif f.kind is kind.NUMBER:
        check = _number(*fields.number_bounds(f), _number_rule(f))
    elif f.kind is kind.CHOICE:
        check = _choice(f.choices)
    elif f.kind is kind.COLOR:
        check = _color
    elif f.kind is kind.DATE:
        check = _date
    elif f.kind is kind.BOOL:
        check = _boolean
    elif f.kind is kind.REF:
        check = _reference(f.target)
    elif f.kind is kind.QUOTES:
        check = _quotes
    elif f.kind is kind.LANGUAGE:
        check = _language
    else:  # pragma: no cover - a new kind must be given its check here
        raise ValueError(f"no interchange check for {f.kind}")
    return _nullable(check) if f.nullable else check


def _spec_fields(entity: str) -> tuple[_Field, ...]:
    """The registry's fields of an entity as validator fields (with its id first)."""
    own = () if entity == "workshop" else (_Field("id", _identifier(entity)),)
    return own + tuple(
        _Field(f.json_key, _field_check(f), _REQUIRED if f.required else f.empty(), f.since)
        for f in fields.fields(entity)
    )


_WORKSHOP = _ObjectSpec("workshop", _spec_fields("workshop"))
_OWNER = _ObjectSpec("owner", _spec_fields("owner"))
_PERSONA = _ObjectSpec("persona", _spec_fields("persona"))
_PHASE = _ObjectSpec("phase", _spec_fields("phase"))
_LINE = _ObjectSpec("line", _spec_fields("line"))
_STATION = _ObjectSpec("station", _spec_fields("station"))
_ACTION = _ObjectSpec("action", _spec_fields("action"))
_JOURNEY = _ObjectSpec(
    "journey",
    (
        *_spec_fields("journey"),
        _Field("phases", _object_list(_PHASE, at_least_one=True)),
        _Field("lines", _object_list(_LINE, at_least_one=True)),
        _Field("stations", _object_list(_STATION), []),
        _Field("actions", _object_list(_ACTION), []),
    ),
)
_DOCUMENT = _ObjectSpec(
    "document",
    (
        _Field("format", _format),
        _Field("version", _version),
        _Field("workshop", lambda c, value, path: _check_object(c, _WORKSHOP, value, path)),
        _Field("owners", _object_list(_OWNER), []),
        _Field("personas", _object_list(_PERSONA), []),
        _Field("journeys", _object_list(_JOURNEY, at_least_one=True, journeys=True)),
    ),
)


def _counts(data: dict[str, Any]) -> dict[str, int]:
    """How many of each thing a document holds, from the lengths of its lists alone."""

    def length(node: object, key: str) -> int:
        value = node.get(key) if isinstance(node, dict) else None
        return len(value) if isinstance(value, list) else 0

    journeys = data.get("journeys")
    counts = {key: length(data, key) for key in ("journeys", "owners", "personas")}
    for key in ("phases", "lines", "stations", "actions"):
        counts[key] = sum(length(j, key) for j in journeys) if isinstance(journeys, list) else 0
    if counts["stations"] <= COUNT_LIMITS["stations"] and isinstance(journeys, list):
        counts["quotes"] = sum(
            length(s, "quotes")
            for j in journeys
            if isinstance(j, dict) and isinstance(j.get("stations"), list)
            for s in j["stations"]
        )
    return counts


def _integral_floats_as_ints(value: object) -> object:
    """12.0 -> 12, so that a number read back from a REAL column is written as it was."""
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT_FLOAT_MAX:
        return int(value)
    if isinstance(value, dict):
        return {k: _integral_floats_as_ints(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_integral_floats_as_ints(v) for v in value]
    return value
