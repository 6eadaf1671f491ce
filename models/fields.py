"""The field registry: every field of every entity, declared once.

A :class:`Field` says what a field is (its kind, its interchange key, its label, its default,
its range or choices, how it is displayed); everything that handles fields derives from this
table instead of listing them again:

- the edit checks (``models.field_checks``) and the read-time checks of a workshop file,
- the interchange validator and writer (``models.interchange``), import and export
  (``models.transfer``), the future-journey copy (``models.journey_ops``), copy and paste
  (``widgets.canvas.clipboard``),
- the Excel columns and the poster's station details (``exporters``), the properties panel's
  captions (``widgets.properties_panel``) and the test strategies (``tests/strategies.py``),
- and ``tests/models/test_fields.py`` proves that the SQL schema (``models.schema``) has exactly
  these columns, with these types, nullability and CHECK ranges.

The rules themselves (limits, choices) are constants of ``models.rules``; fields refer to them.
Labels go through :func:`_`, a marker that ``resources/translations/exports/update_catalogues.py``
extracts into the exports' catalogues; exporters translate them where they print them
(``models.i18n.gettext(field.label)``; :attr:`Field.heading` and :meth:`Field.display` do it
already, in the language of the export running: ``models.i18n.using``).

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from models import i18n, rules


def _(text: str) -> str:
    """Mark ``text`` for translation (extracted into the exports' catalogues); returns it as is."""
    return text


class Kind(enum.Enum):
    """What a field holds; each kind has one check, one JSON shape and one SQL type."""

    NAME = "name"  # text of 1..NAME_MAX characters, stripped
    TEXT = "text"  # text of up to TEXT_MAX characters
    TEXT_LIST = "text list"  # up to LIST_MAX_ITEMS texts of up to LIST_ITEM_MAX characters
    INTEGER = "integer"
    NUMBER = "number"  # a finite number
    CHOICE = "choice"  # one of ``choices``
    COLOR = "color"  # "#RRGGBB"
    DATE = "date"  # "YYYY-MM-DD", a real calendar date
    BOOL = "bool"
    REF = "reference"  # the id of a ``target`` entity
    QUOTES = "quotes"  # customer quotes: [{"text": ..., "source": ...}]
    LANGUAGE = "language"  # a BCP 47 language tag


@dataclass(frozen=True)
class Field:
    """One field of one entity."""

    entity: str  # the entity's table name: "station"
    name: str  # the attribute and the SQL column: "duration_minutes", "owner_id"
    kind: Kind
    label: str  # a caption beside the value: "Duration (minutes)"
    noun: str  # the field in a sentence: "The {noun} must be …", "Edit station {noun}"
    key: str = ""  # the interchange key (default: ``name``): "owner" for "owner_id"
    default: Any = None
    required: bool = False  # a document must give it (otherwise ``default`` is used)
    nullable: bool = False  # None is a value ("not known")
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    # CHOICE: what the room calls each choice ({value: label}), as the window and exports show it
    labels: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False)
    target: str = ""  # REF: the entity referred to
    unit: str = ""  # shown after a number: "min", "%"
    signed: bool = False  # shown with its sign: "+3", "−2"
    since: int = 1  # the interchange version that introduced the field
    editable: bool = True  # an update edit may set it (phase_id/line_id move by move_stations)
    copied: bool = True  # copy and paste, duplicate and the future journey carry it

    @property
    def heading(self) -> str:
        """The label with its unit, for a column or a field that shows the bare number:
        "Duration (min)", "Drop-off (%)"; in the language of the export running."""
        return self._with_unit(i18n.gettext(self.label))

    @property
    def source_heading(self) -> str:
        """:attr:`heading` in English, as the catalogues list it: the window translates it in
        its ``Fields`` context (``field_text(f.source_heading)``), never the export's text."""
        return self._with_unit(self.label)

    def _with_unit(self, label: str) -> str:
        return f"{label} ({self.unit})" if self.kind is Kind.NUMBER and self.unit else label

    @property
    def json_key(self) -> str:
        return self.key or self.name

    def empty(self) -> Any:
        """The default as a fresh value (a new list for list fields)."""
        return list(self.default) if isinstance(self.default, list) else self.default

    def display(self, value: Any) -> str:
        """The value as the room reads it: "1,200", "+3", "12.5 min", "Yes"; "" if not set."""
        if value is None or value == "" or value == []:
            return ""
        if self.kind is Kind.BOOL:
            return i18n.gettext(_("Yes") if value else _("No"))
        if self.kind in (Kind.INTEGER, Kind.NUMBER):
            text = number_text(float(value))
            if self.signed and value > 0:
                text = "+" + text
            return f"{text} {self.unit}" if self.unit else text
        if self.kind is Kind.TEXT_LIST:
            return "\n".join(value)
        if self.kind is Kind.QUOTES:
            return "\n".join(quote_text(q) for q in value)
        return str(value)


# What the room calls each source of a customer quote (the values are rules.QUOTE_SOURCES).
QUOTE_SOURCE_LABELS: Final[dict[str, str]] = {
    "interview": _("Interview"),
    "survey": _("Survey"),
    "review": _("Review"),
    "support": _("Support contact"),
    "observation": _("Observation"),
    "other": _("Other"),
}


# What the room calls each action status and kind of evidence (rules.ACTION_STATUSES,
# rules.EVIDENCE_KINDS): the poster and the Excel list print these, translated.
ACTION_STATUS_LABELS: Final[dict[str, str]] = {
    "idea": _("Idea"),
    "planned": _("Planned"),
    "doing": _("Doing"),
    "done": _("Done"),
    "dropped": _("Dropped"),
}
EVIDENCE_LABELS: Final[dict[str, str]] = {
    "observed": _("Observed"),
    "reported": _("Reported"),
    "assumed": _("Assumed"),
}
# What the room calls a journey's state and a line's kind (rules.JOURNEY_STATES, LINE_KINDS).
JOURNEY_STATE_LABELS: Final[dict[str, str]] = {
    "current": _("Today"),
    "future": _("Future"),
}
LINE_KIND_LABELS: Final[dict[str, str]] = {
    "frontstage": _("Frontstage"),
    "backstage": _("Backstage"),
}


def number_text(value: float) -> str:
    """1200 -> "1,200", 12.25 -> "12.2", -2 -> "−2" (a true minus sign); grouped and with the
    decimal sign of the export running ("1.200", "12,2" in Danish)."""
    pattern = "#,##0" if float(value).is_integer() else "#,##0.0"
    text = i18n.format_decimal(round(float(value), 1), pattern)
    return text.replace("-", "\N{MINUS SIGN}")


def quote_text(quote: dict[str, str]) -> str:
    """A customer quote as one line, its source as the room calls it: “…” (Interview), in
    the language of the export running and in its quotation marks («…» (Entrevista) in a
    Spanish one)."""
    source = quote.get("source") or ""
    label = i18n.gettext(QUOTE_SOURCE_LABELS.get(source, source)) if source else ""
    return i18n.quote(quote["text"]) + (f" ({label})" if label else "")


# -- the fields, per entity, in the interchange document's key order ----------------------------


def _f(name: str, kind: Kind, label: str, noun: str, **more: Any) -> dict[str, Any]:
    return {"name": name, "kind": kind, "label": label, "noun": noun, **more}


def _fields(entity: str, *specs: dict[str, Any]) -> tuple[Field, ...]:
    return tuple(Field(entity=entity, **spec) for spec in specs)


def _name(name: str, noun: str, label: str) -> dict[str, Any]:
    return _f(name, Kind.NAME, label, noun, required=True)


def _text(name: str, label: str, noun: str | None = None) -> dict[str, Any]:
    return _f(name, Kind.TEXT, label, noun or label.lower(), default="")


def _list(name: str, label: str, noun: str | None = None) -> dict[str, Any]:
    return _f(name, Kind.TEXT_LIST, label, noun or label.lower(), default=[])


def _ref(name: str, target: str, label: str, **more: Any) -> dict[str, Any]:
    return _f(
        name,
        Kind.REF,
        label,
        label.lower(),
        key=target,
        target=target,
        **{"nullable": True, **more},
    )


def _rating(name: str, label: str) -> dict[str, Any]:
    return _f(
        name,
        Kind.INTEGER,
        label,
        label.lower(),
        nullable=True,
        low=rules.RATING_MIN,
        high=rules.RATING_MAX,
        unit=f"/ {rules.RATING_MAX}",
    )


WORKSHOP: Final = _fields(
    "workshop",
    _name("title", _("workshop title"), _("Title")),
    _text("organisation", _("Organisation")),
    _text("segment", _("Segment")),
    _text("business_goal", _("Business goal")),
    _text("notes", _("Notes")),
    _f(
        "language",
        Kind.LANGUAGE,
        _("Language"),
        _("language"),
        default=rules.DEFAULT_LANGUAGE,
        since=2,
    ),
)
OWNER: Final = _fields(
    "owner",
    _name("name", _("owner's name"), _("Name")),
    _text("role", _("Role")),
    _text("email", _("Email")),
)
PERSONA: Final = _fields(
    "persona",
    _name("name", _("persona's name"), _("Name")),
    _text("description", _("Description")),
    _list("goals", _("Goals")),
    _list("needs", _("Needs")),
    _list("frustrations", _("Frustrations")),
    _text("quote", _("Quote")),
    _f("color", Kind.COLOR, _("Colour"), _("persona colour"), default=rules.DEFAULT_PERSONA_COLOR),
)
JOURNEY: Final = _fields(
    "journey",
    _name("name", _("journey's name"), _("Name")),
    _ref("persona_id", "persona", _("Persona")),
    _f(
        "state",
        Kind.CHOICE,
        _("State"),
        _("journey state"),
        choices=rules.JOURNEY_STATES,
        labels=JOURNEY_STATE_LABELS,
        default=rules.JOURNEY_STATES[0],
    ),
    _text("description", _("Description")),
    _text("storyline", _("Storyline")),
)
PHASE: Final = _fields(
    "phase",
    _name("name", _("phase name"), _("Name")),
    _text("description", _("Description")),
    _f("color", Kind.COLOR, _("Colour"), _("phase colour"), nullable=True),
)
LINE: Final = _fields(
    "line",
    _name("name", _("line name"), _("Name")),
    _f(
        "kind",
        Kind.CHOICE,
        _("Kind"),
        _("line kind"),
        choices=rules.LINE_KINDS,
        labels=LINE_KIND_LABELS,
        default=rules.LINE_KINDS[0],
    ),
    _f("color", Kind.COLOR, _("Colour"), _("line colour"), nullable=True),
)
STATION: Final = _fields(
    "station",
    _ref(
        "phase_id", "phase", _("Phase"), nullable=False, required=True, editable=False, copied=False
    ),
    _ref("line_id", "line", _("Line"), nullable=False, required=True, editable=False, copied=False),
    _name("title", _("station title"), _("Station")),
    _text("description", _("Description")),
    _text("touchpoint", _("Touchpoint")),
    _list("needs", _("Needs")),
    _list("pain_points", _("Pain points")),
    _f("quotes", Kind.QUOTES, _("Customer quotes"), _("customer quotes"), default=[], since=2),
    _ref("owner_id", "owner", _("Owner"), copied=False),
    _f(
        "emotion",
        Kind.INTEGER,
        _("Emotion"),
        _("emotion"),
        nullable=True,
        low=rules.EMOTION_MIN,
        high=rules.EMOTION_MAX,
        signed=True,
    ),
    _f(
        "evidence",
        Kind.CHOICE,
        _("Evidence"),
        _("evidence"),
        nullable=True,
        choices=rules.EVIDENCE_KINDS,
        labels=EVIDENCE_LABELS,
    ),
    _f("moment_of_truth", Kind.BOOL, _("Moment of truth"), _("moment of truth"), default=False),
    _rating("impact", _("Impact")),
    _rating("performance", _("Performance")),
    _rating("target", _("Target")),
    _f(
        "day",
        Kind.INTEGER,
        _("Day"),
        _("day"),
        nullable=True,
        low=rules.INTEGER_MIN,
        high=rules.INTEGER_MAX,
        signed=True,
    ),
    _f(
        "customers",
        Kind.INTEGER,
        _("Customers"),
        _("number of customers"),
        nullable=True,
        low=0,
        high=rules.INTEGER_MAX,
    ),
    _f(
        "duration_minutes",
        Kind.NUMBER,
        _("Duration"),
        _("duration"),
        nullable=True,
        low=0,
        unit="min",
    ),
    _f(
        "drop_off_percent",
        Kind.NUMBER,
        _("Drop-off"),
        _("drop-off"),
        nullable=True,
        low=0,
        high=rules.DROP_OFF_MAX,
        unit="%",
    ),
)
ACTION: Final = _fields(
    "action",
    _name("title", _("action title"), _("Action")),
    _text("description", _("Description")),
    _ref("station_id", "station", _("Station")),
    _ref("owner_id", "owner", _("Owner")),
    _rating("effort", _("Effort")),
    _rating("value", _("Value")),
    _f(
        "status",
        Kind.CHOICE,
        _("Status"),
        _("status"),
        choices=rules.ACTION_STATUSES,
        labels=ACTION_STATUS_LABELS,
        default=rules.ACTION_STATUSES[0],
    ),
    _f("due", Kind.DATE, _("Due"), _("due date"), nullable=True),
    _text("kpi", _("KPI"), _("KPI")),
)

ENTITY_FIELDS: Final[dict[str, tuple[Field, ...]]] = {
    "workshop": WORKSHOP,
    "owner": OWNER,
    "persona": PERSONA,
    "journey": JOURNEY,
    "phase": PHASE,
    "line": LINE,
    "station": STATION,
    "action": ACTION,
}

# Columns that are not fields: the row id, its id in the interchange document (``ident``, the
# document's "id"), the order and the journey a row belongs to.
STRUCTURE: Final[dict[str, tuple[str, ...]]] = {
    "workshop": ("id",),
    "owner": ("id", "ident", "position"),
    "persona": ("id", "ident", "position"),
    "journey": ("id", "ident", "position"),
    "phase": ("id", "ident", "journey_id", "position"),
    "line": ("id", "ident", "journey_id", "position"),
    "station": ("id", "ident", "journey_id", "position"),
    "action": ("id", "ident", "journey_id", "position"),
}


def fields(entity: str) -> tuple[Field, ...]:
    """The fields of an entity (by table name), in interchange key order."""
    return ENTITY_FIELDS[entity]


def field(entity: str, name: str) -> Field:
    for f in ENTITY_FIELDS[entity]:
        if f.name == name:
            return f
    raise KeyError(f"{entity} has no field {name!r}")


def editable(entity: str) -> dict[str, Field]:
    """The fields an update edit may set, by name."""
    return {f.name: f for f in ENTITY_FIELDS[entity] if f.editable}


def copied(entity: str) -> tuple[str, ...]:
    """The names of the fields a copy of a row carries as they are (references aside)."""
    return tuple(f.name for f in ENTITY_FIELDS[entity] if f.copied and f.kind is not Kind.REF)


def values(entity: str) -> tuple[str, ...]:
    """The names of the fields that are plain values (no references), in key order."""
    return tuple(f.name for f in ENTITY_FIELDS[entity] if f.kind is not Kind.REF)


def all_fields() -> Iterator[Field]:
    for entity_fields in ENTITY_FIELDS.values():
        yield from entity_fields


def integer_bounds(f: Field) -> tuple[int, int]:
    """An integer field's range, never wider than the file's 64-bit INTEGER column."""
    low = rules.INTEGER_MIN if f.low is None else int(f.low)
    high = rules.INTEGER_MAX if f.high is None else int(f.high)
    return max(low, rules.INTEGER_MIN), min(high, rules.INTEGER_MAX)


def number_bounds(f: Field) -> tuple[float, float]:
    return (-math.inf if f.low is None else float(f.low)), (
        math.inf if f.high is None else float(f.high)
    )
