"""The checking machinery of the interchange validator and one check per kind of value.

A check is a small function ``(checker, value, path) -> normalised value``: it reports a problem
through the :class:`_Checker` (which collects every problem with its place) and returns
``_INVALID``, or returns the normalised value. ``models.interchange`` builds the rules of each
kind of object from these checks and the field registry (``models.fields``).

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import datetime
import heapq
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Final

from models import interchange_rules as said
from models.rule_text import Rule
from models.rules import (
    COLOR_PATTERN,
    DATE_PATTERN,
    DEFAULT_PERSONA_COLOR,
    FORMAT_NAME,
    FORMAT_VERSION,
    ID_MAX,
    INTEGER_MAX,
    INTEGER_MIN,
    LANGUAGE_MAX,
    LANGUAGE_PATTERN,
    LIST_ITEM_MAX,
    LIST_MAX_ITEMS,
    NAME_MAX,
    QUOTE_MAX,
    QUOTE_SOURCES,
    QUOTES_MAX_ITEMS,
    name_problem,
    shown,
    text_problem,
)

# --- Checking machinery -----------------------------------------------------------------------

_Check = Callable[["_Checker", object, str], object]

_PROBLEMS_KEPT: Final = 1_000  # problems kept for the message (PROBLEMS_SHOWN are shown)
_INVALID: Final = object()  # what a check returns after reporting a problem
_REQUIRED: Final = object()  # default of a required key
_SCOPED_KINDS: Final = frozenset({"phase", "line", "station"})  # must be of the same journey
_COLOR_RE: Final = re.compile(COLOR_PATTERN)
_DATE_RE: Final = re.compile(DATE_PATTERN, re.ASCII)
_LANGUAGE_RE: Final = re.compile(LANGUAGE_PATTERN)
_EXACT_FLOAT_MAX: Final = 2.0**53


class _JsonObject(dict[str, Any]):
    """A JSON object as read by :func:`parse`, remembering keys that appeared twice."""

    duplicates: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _JsonObject:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice: dict[str, None] = {}
            for key, _ in pairs:
                if key in seen:
                    twice[key] = None
                seen.add(key)
            obj.duplicates = tuple(twice)
        return obj


class _TooManyDigits(ValueError):
    pass


def _read_int(literal: str) -> int:
    if len(literal) > 4000:  # Python refuses to convert much longer digit strings
        raise _TooManyDigits(literal)
    return int(literal)


@dataclass
class _Reference:
    order: int
    path: str
    kind: str
    ident: str
    journey: int | None


@dataclass
class _Checker:
    """Collects problems, ids and references while the field checks walk a document."""

    # The first _PROBLEMS_KEPT problems in document order, as a heap on the largest order
    # (negated), so that a document with millions of problems takes no more memory; ``count``
    # counts them all. Each is (-order, count, path, rule): the count keeps items unique.
    problems: list[tuple[int, int, str, Rule]] = field(default_factory=list)
    version: int = FORMAT_VERSION  # the document's format version: keys newer than it are unknown
    count: int = 0
    journey: int | None = None  # index of the journey being checked, if any
    _order: int = 0
    _first_use: dict[str, str] = field(default_factory=dict)
    _declared: dict[tuple[str, str], set[int | None]] = field(default_factory=dict)
    _references: list[_Reference] = field(default_factory=list)

    def _next(self) -> int:
        self._order += 1
        return self._order

    def fail(self, path: str, rule: Rule, order: int | None = None) -> object:
        where = path or said.DOCUMENT_PATH
        self.count += 1
        item = (-(self._next() if order is None else order), self.count, where, rule)
        if len(self.problems) < _PROBLEMS_KEPT:
            heapq.heappush(self.problems, item)
        elif item[0] > self.problems[0][0]:  # earlier in the document than the last one kept
            heapq.heapreplace(self.problems, item)
        return _INVALID

    def declare(self, kind: str, ident: str, path: str) -> None:
        first = self._first_use.setdefault(ident, path)
        if first != path:
            self.fail(path, said.ID_TAKEN.but(value=_show(ident), place=first))
        self._declared.setdefault((kind, ident), set()).add(self.journey)

    def refer(self, kind: str, ident: str, path: str) -> None:
        # Resolved at the end, as the target may come later; the order keeps problems in place.
        self._references.append(_Reference(self._next(), path, kind, ident, self.journey))

    def resolve_references(self) -> None:
        for ref in self._references:
            journeys = self._declared.get((ref.kind, ref.ident))
            value = _show(ref.ident)
            if journeys is None:
                self.fail(ref.path, said.NOT_DECLARED[ref.kind].but(value=value), ref.order)
            elif ref.kind in _SCOPED_KINDS and ref.journey not in journeys:
                rule = said.OF_ANOTHER_JOURNEY[ref.kind].but(value=value)
                self.fail(ref.path, rule, ref.order)

    def sorted_problems(self) -> list[tuple[str, Rule]]:
        """The problems kept, in document order: (path, rule) each."""
        ordered = sorted(self.problems, key=lambda p: (-p[0], p[1]))
        return [(path, rule) for _, _, path, rule in ordered]


@dataclass(frozen=True)
class _Field:
    key: str
    check: _Check
    default: object = _REQUIRED
    since: int = 1  # the format version that introduced the key


@dataclass(frozen=True)
class _ObjectSpec:
    name: str  # "station": the kind of object, which picks its rules (models.interchange_rules)
    fields: tuple[_Field, ...]

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(f.key for f in self.fields)


def _check_object(c: _Checker, spec: _ObjectSpec, value: object, path: str) -> object:
    if not isinstance(value, dict):
        return c.fail(path, said.NOT_AN_OBJECT[spec.name])
    for key in getattr(value, "duplicates", ()):
        c.fail(_join(path, key), said.DUPLICATE_KEY)
    known = spec.keys
    newer = {f.key: f.since for f in spec.fields if f.since > c.version}
    for key in value:
        if key in newer:
            rule = said.NEWER_KEY.but(since=newer[key], version=c.version)
            c.fail(_join(path, key), rule)
        elif key not in known:
            c.fail(_join(path, key), said.UNKNOWN_KEY[spec.name])
    result: dict[str, object] = {}
    for f in spec.fields:
        where = _join(path, f.key)
        if f.key in value and f.key not in newer:
            result[f.key] = f.check(c, value[f.key], where)
        elif f.default is _REQUIRED:
            result[f.key] = c.fail(where, said.REQUIRED)
        else:
            result[f.key] = list(f.default) if isinstance(f.default, list) else f.default
    return result


# --- Field checks -----------------------------------------------------------------------------


def _nullable(check: _Check) -> _Check:
    def nullable(c: _Checker, value: object, path: str) -> object:
        return None if value is None else check(c, value, path)

    return nullable


def _string(c: _Checker, value: object, path: str, rule: Rule) -> str | None:
    """The value if it is text that can be written as UTF-8, else report and return None."""
    if not isinstance(value, str):
        c.fail(path, rule)
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        c.fail(path, said.BROKEN_CHARACTER)
        return None
    return str(value)


def _text(limit: int) -> _Check:
    def text(c: _Checker, value: object, path: str) -> object:
        s = _string(c, value, path, said.NOT_TEXT)
        if s is None:
            return _INVALID
        if len(s) > limit:
            return c.fail(path, _too_long(limit, len(s)))
        problem = text_problem(s)
        if problem is not None:
            return c.fail(path, problem)
        return s

    return text


def _named(limit: int) -> _Check:
    """Text to read by its own: stripped, not empty, at most ``limit`` characters, with a
    visible character and no controls (names, and a customer's quote)."""

    def named(c: _Checker, value: object, path: str) -> object:
        s = _string(c, value, path, said.NOT_TEXT)
        if s is None:
            return _INVALID
        s = s.strip()
        if not s:
            return c.fail(path, said.EMPTY)
        if len(s) > limit:
            return c.fail(path, _too_long(limit, len(s)))
        problem = name_problem(s)
        if problem is not None:
            return c.fail(path, problem)
        return s

    return named


_name = _named(NAME_MAX)
_list_item = _text(LIST_ITEM_MAX)


def _text_list(c: _Checker, value: object, path: str) -> object:
    if not isinstance(value, list):
        return c.fail(path, said.NOT_TEXT_LIST)
    if len(value) > LIST_MAX_ITEMS:
        c.fail(path, said.TOO_MANY_ITEMS.but(max=LIST_MAX_ITEMS, count=len(value)))
    return [_list_item(c, item, f"{path}[{i}]") for i, item in enumerate(value)]


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _integer(low: int, high: int, rule: Rule) -> _Check:
    def integer(c: _Checker, value: object, path: str) -> object:
        if not isinstance(value, int) or isinstance(value, bool):
            return c.fail(path, rule)
        if value > high:
            return c.fail(path, said.OUT_OF_STORAGE if high == INTEGER_MAX else rule)
        if value < low:
            return c.fail(path, said.OUT_OF_STORAGE if low == INTEGER_MIN else rule)
        return int(value)

    return integer


def _number(low: float, high: float, rule: Rule) -> _Check:
    def number(c: _Checker, value: object, path: str) -> object:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return c.fail(path, rule)
        if isinstance(value, float) and not math.isfinite(value):
            return c.fail(path, said.NOT_FINITE)
        if not low <= value <= high:
            return c.fail(path, rule)
        try:
            return float(value)
        except OverflowError:
            return c.fail(path, said.OUT_OF_STORAGE)

    return number


def _boolean(c: _Checker, value: object, path: str) -> object:
    return value if isinstance(value, bool) else c.fail(path, said.BOOLEAN)


def _choice(options: tuple[str, ...]) -> _Check:
    rule = said.CHOICES[options]

    def choice(c: _Checker, value: object, path: str) -> object:
        return value if isinstance(value, str) and value in options else c.fail(path, rule)

    return choice


def _color(c: _Checker, value: object, path: str) -> object:
    if isinstance(value, str) and _COLOR_RE.fullmatch(value):
        return value
    return c.fail(path, said.COLOR.but(example=DEFAULT_PERSONA_COLOR))


def _date(c: _Checker, value: object, path: str) -> object:
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        return c.fail(path, said.DATE)
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return c.fail(path, said.NO_SUCH_DATE.but(value=value))
    return value


def _language(c: _Checker, value: object, path: str) -> object:
    if isinstance(value, str) and _LANGUAGE_RE.fullmatch(value) and len(value) <= LANGUAGE_MAX:
        return value
    return c.fail(path, said.LANGUAGE)


_quote_text = _named(QUOTE_MAX)


# A customer quote on a station (format version 2): the words, and where they were heard.
_QUOTE_SPEC: Final = _ObjectSpec(
    "quote",
    (_Field("text", _quote_text), _Field("source", _choice(QUOTE_SOURCES), QUOTE_SOURCES[-1])),
)


def _quotes(c: _Checker, value: object, path: str) -> object:
    if not isinstance(value, list):
        return c.fail(path, said.NOT_QUOTE_LIST)
    if len(value) > QUOTES_MAX_ITEMS:
        c.fail(path, said.TOO_MANY_QUOTES.but(max=QUOTES_MAX_ITEMS, count=len(value)))
    return [_check_object(c, _QUOTE_SPEC, item, f"{path}[{i}]") for i, item in enumerate(value)]


def _identifier(kind: str) -> _Check:
    def identifier(c: _Checker, value: object, path: str) -> object:
        s = _string(c, value, path, said.NOT_AN_ID.but(max=ID_MAX))
        if s is None:
            return _INVALID
        c.declare(kind, s, path)  # even if too long, so references to it do not fail as well
        if not s:
            return c.fail(path, said.EMPTY)
        if len(s) > ID_MAX:
            return c.fail(path, _too_long(ID_MAX, len(s)))
        problem = text_problem(s)
        if problem is not None:
            return c.fail(path, problem)
        return s

    return identifier


def _reference(kind: str) -> _Check:
    def reference(c: _Checker, value: object, path: str) -> object:
        s = _string(c, value, path, said.NOT_A_REFERENCE[kind])
        if s is None:
            return _INVALID
        c.refer(kind, s, path)
        return s

    return reference


def _object_list(
    spec: _ObjectSpec, *, at_least_one: bool = False, journeys: bool = False
) -> _Check:
    def object_list(c: _Checker, value: object, path: str) -> object:
        if not isinstance(value, list):
            return c.fail(path, said.NOT_A_LIST[spec.name])
        if at_least_one and not value:
            c.fail(path, said.AT_LEAST_ONE[spec.name])
        items = []
        for i, item in enumerate(value):
            if journeys:
                c.journey = i
            items.append(_check_object(c, spec, item, f"{path}[{i}]"))
        if journeys:
            c.journey = None
        return items

    return object_list


def _format(c: _Checker, value: object, path: str) -> object:
    return value if value == FORMAT_NAME else c.fail(path, said.FORMAT.but(name=FORMAT_NAME))


_READABLE: Final = tuple(range(1, FORMAT_VERSION + 1))


def _version(c: _Checker, value: object, path: str) -> object:
    if not _is_integer(value):
        return c.fail(path, said.VERSION_NOT_INTEGER)
    if value not in _READABLE:
        return c.fail(path, said.VERSION_UNREADABLE.but(newest=FORMAT_VERSION))
    return FORMAT_VERSION  # read as it is, the document is now one of the current version


# --- Small helpers ----------------------------------------------------------------------------


def _join(path: str, key: object) -> str:
    if isinstance(key, str) and key.isidentifier():
        return f"{path}.{key}" if path else key
    text = json.dumps(key, ensure_ascii=False) if isinstance(key, str) else repr(key)
    return f"{path}[{text}]"


def _show(value: str, limit: int = 40) -> str:
    """A value quoted for a message, shortened if long."""
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return shown(json.dumps(value, ensure_ascii=False))  # bidi and invisible ones escaped too


def _too_long(limit: int, length: int) -> Rule:
    return said.TOO_LONG.but(max=limit, length=length)
