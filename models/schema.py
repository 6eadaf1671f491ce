"""The workshop file's tables: a typed SQLAlchemy 2 mapping of the interchange model.

Design notes:
- Every range of the spec is also a CHECK constraint, so no door into the file (an edit, an
  import, a hand-made file) can store what the spec forbids.
- Foreign keys carry no ON DELETE action and are checked at commit (DEFERRABLE INITIALLY
  DEFERRED). Edits remove dependent rows explicitly, so each is recorded for undo; a forgotten
  dependency then fails the whole transaction instead of silently deleting user data.
- Explicit ``position`` columns keep phases, lines, stations, actions, owners and personas in
  the order the room gave them.
- Primary keys use AUTOINCREMENT so an id is never reused within a file: undo commands hold ids.
- The classes are dataclasses (``MappedAsDataclass``): read snapshots are plain objects with
  typed fields, and edits write through SQL Core on ``Model.__table__``.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

from models import rules

APPLICATION_ID: Final = 0x4A524E4C  # "JRNL", in PRAGMA application_id
SCHEMA_VERSION: Final = 2  # PRAGMA user_version; models/migrations.py upgrades older files


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _between(column: str, low: float, high: float, nullable: bool = True) -> str:
    check = f"{column} BETWEEN {low} AND {high}"
    return f"{column} IS NULL OR ({check})" if nullable else check


def _name(column: str) -> str:
    # length() counts characters up to the first NUL, so "not empty" is checked in bytes.
    return f"length(CAST({column} AS BLOB)) >= 1 AND length({column}) <= {rules.NAME_MAX}"


def _text(column: str) -> str:
    return f"length({column}) <= {rules.TEXT_MAX}"


def _list(column: str) -> str:
    # JSON functions are not "innocuous" to SQLite, so with trusted_schema=OFF they cannot
    # appear in a CHECK; the edits validate the items, the schema keeps the array's shape.
    return f"substr({column}, 1, 1) = '[' AND substr({column}, -1, 1) = ']'"


def _ident() -> CheckConstraint:
    # The row's id in the interchange document ("own-ingrid", "s-signup"): kept on import,
    # written back on export; unique in its table (and, by the edits, in the whole file).
    return CheckConstraint(
        f"length(CAST(ident AS BLOB)) >= 1 AND length(ident) <= {rules.ID_MAX}", name="ident"
    )


def _language(column: str) -> str:
    # The full BCP 47 syntax is checked by the edits and the validator; the schema keeps its
    # length and its alphabet.
    return (
        f"length({column}) BETWEEN 2 AND {rules.LANGUAGE_MAX} "
        f"AND {column} NOT GLOB '*[^A-Za-z0-9-]*'"
    )


def _color(column: str, nullable: bool = True) -> str:
    check = f"length({column}) = 7 AND {column} GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'"  # noqa: E501
    return f"{column} IS NULL OR ({check})" if nullable else check


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Base(MappedAsDataclass, DeclarativeBase, kw_only=True):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map = {str: Text, list[str]: JSON}  # noqa: RUF012


class Workshop(Base):
    """The one row describing the engagement."""

    __tablename__ = "workshop"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(_name("title"), name="title"),
        CheckConstraint(
            " AND ".join(_text(c) for c in ("organisation", "segment", "business_goal", "notes")),
            name="text",
        ),
        CheckConstraint(_language("language"), name="language"),
    )

    title: Mapped[str]
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    organisation: Mapped[str] = mapped_column(default="")
    segment: Mapped[str] = mapped_column(default="")
    business_goal: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(String(35), default=rules.DEFAULT_LANGUAGE)


class Owner(Base):
    """A person or department of the client who owns stations and actions."""

    __tablename__ = "owner"
    __table_args__ = (
        CheckConstraint(_name("name"), name="name"),
        CheckConstraint(f"{_text('role')} AND {_text('email')}", name="text"),
        _ident(),
        Index(None, "ident", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    role: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    ident: Mapped[str] = mapped_column(String(64), default="")


class Persona(Base):
    __tablename__ = "persona"
    __table_args__ = (
        CheckConstraint(_name("name"), name="name"),
        CheckConstraint(f"{_text('description')} AND {_text('quote')}", name="text"),
        CheckConstraint(
            " AND ".join(_list(c) for c in ("goals", "needs", "frustrations")), name="lists"
        ),
        CheckConstraint(_color("color", nullable=False), name="color"),
        _ident(),
        Index(None, "ident", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(default="")
    # insert_default: the edits insert through Core, which ignores the dataclass default_factory
    goals: Mapped[list[str]] = mapped_column(default_factory=list, insert_default=list)
    needs: Mapped[list[str]] = mapped_column(default_factory=list, insert_default=list)
    frustrations: Mapped[list[str]] = mapped_column(default_factory=list, insert_default=list)
    quote: Mapped[str] = mapped_column(default="")
    color: Mapped[str] = mapped_column(String(7), default=rules.DEFAULT_PERSONA_COLOR)
    ident: Mapped[str] = mapped_column(String(64), default="")


class Journey(Base):
    __tablename__ = "journey"
    __table_args__ = (
        CheckConstraint(_name("name"), name="name"),
        CheckConstraint(_one_of("state", rules.JOURNEY_STATES), name="state"),
        CheckConstraint(f"{_text('description')} AND {_text('storyline')}", name="text"),
        _ident(),
        Index(None, "ident", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    persona_id: Mapped[int | None] = mapped_column(_fk("persona.id"), default=None)
    state: Mapped[str] = mapped_column(String(8), default="current")
    description: Mapped[str] = mapped_column(default="")
    storyline: Mapped[str] = mapped_column(default="")
    ident: Mapped[str] = mapped_column(String(64), default="")


class Phase(Base):
    """A swimlane of the map, left to right by position."""

    __tablename__ = "phase"
    __table_args__ = (
        CheckConstraint(_name("name"), name="name"),
        CheckConstraint(_text("description"), name="text"),
        CheckConstraint(_color("color"), name="color"),
        Index(None, "journey_id", "position"),
        _ident(),
        Index(None, "ident", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    journey_id: Mapped[int] = mapped_column(_fk("journey.id"))
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(default="")
    color: Mapped[str | None] = mapped_column(String(7), default=None)
    ident: Mapped[str] = mapped_column(String(64), default="")


class Line(Base):
    """A row of the map: a channel (frontstage) or a process of the company (backstage)."""

    __tablename__ = "line"
    __table_args__ = (
        CheckConstraint(_name("name"), name="name"),
        CheckConstraint(_one_of("kind", rules.LINE_KINDS), name="kind"),
        CheckConstraint(_color("color"), name="color"),
        Index(None, "journey_id", "position"),
        _ident(),
        Index(None, "ident", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    journey_id: Mapped[int] = mapped_column(_fk("journey.id"))
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(10), default="frontstage")
    color: Mapped[str | None] = mapped_column(String(7), default=None)
    ident: Mapped[str] = mapped_column(String(64), default="")


class Station(Base):
    """An activity on one phase and one line.

    ``position`` is the station's place in the journey's station order (the interchange
    array order): within a lane it orders left to right, within a phase it orders the
    customer's path across lines. It is fractional, so a move rewrites one row only.
    """

    __tablename__ = "station"
    __table_args__ = (
        CheckConstraint(_name("title"), name="title"),
        CheckConstraint(f"{_text('description')} AND {_text('touchpoint')}", name="text"),
        CheckConstraint(
            f"{_list('needs')} AND {_list('pain_points')} AND {_list('quotes')}", name="lists"
        ),
        CheckConstraint(_between("emotion", rules.EMOTION_MIN, rules.EMOTION_MAX), name="emotion"),
        CheckConstraint(
            f"evidence IS NULL OR {_one_of('evidence', rules.EVIDENCE_KINDS)}", name="evidence"
        ),
        CheckConstraint(
            " AND ".join(
                f"({_between(c, rules.RATING_MIN, rules.RATING_MAX)})"
                for c in ("impact", "performance", "target")
            ),
            name="ratings",
        ),
        CheckConstraint("customers IS NULL OR customers >= 0", name="customers"),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
        CheckConstraint(_between("drop_off_percent", 0, rules.DROP_OFF_MAX), name="drop_off"),
        Index(None, "journey_id"),
        Index(None, "phase_id", "line_id", "position"),
        Index(None, "owner_id"),
        _ident(),
        Index(None, "ident", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    journey_id: Mapped[int] = mapped_column(_fk("journey.id"))
    phase_id: Mapped[int] = mapped_column(_fk("phase.id"))
    line_id: Mapped[int] = mapped_column(_fk("line.id"))
    title: Mapped[str]
    position: Mapped[float] = mapped_column(Float, default=0.0)
    description: Mapped[str] = mapped_column(default="")
    touchpoint: Mapped[str] = mapped_column(default="")
    needs: Mapped[list[str]] = mapped_column(default_factory=list, insert_default=list)
    pain_points: Mapped[list[str]] = mapped_column(default_factory=list, insert_default=list)
    owner_id: Mapped[int | None] = mapped_column(_fk("owner.id"), default=None)
    emotion: Mapped[int | None] = mapped_column(default=None)
    evidence: Mapped[str | None] = mapped_column(String(8), default=None)
    moment_of_truth: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="moment_of_truth"), default=False
    )
    impact: Mapped[int | None] = mapped_column(default=None)
    performance: Mapped[int | None] = mapped_column(default=None)
    target: Mapped[int | None] = mapped_column(default=None)
    day: Mapped[int | None] = mapped_column(default=None)
    customers: Mapped[int | None] = mapped_column(default=None)
    duration_minutes: Mapped[float | None] = mapped_column(Float, default=None)
    drop_off_percent: Mapped[float | None] = mapped_column(Float, default=None)
    # [{"text": …, "source": …}]: what customers said here, verbatim (models.fields.Kind.QUOTES)
    quotes: Mapped[list[dict[str, str]]] = mapped_column(
        JSON, default_factory=list, insert_default=list
    )
    ident: Mapped[str] = mapped_column(String(64), default="")


class Action(Base):
    """An improvement idea; its priority is derived (models.priority), never stored."""

    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint(_name("title"), name="title"),
        CheckConstraint(f"{_text('description')} AND {_text('kpi')}", name="text"),
        CheckConstraint(
            f"({_between('effort', rules.RATING_MIN, rules.RATING_MAX)}) "
            f"AND ({_between('value', rules.RATING_MIN, rules.RATING_MAX)})",
            name="ratings",
        ),
        CheckConstraint(_one_of("status", rules.ACTION_STATUSES), name="status"),
        CheckConstraint(
            "due IS NULL OR (length(due) = 10 AND date(due, '+0 days') IS due)", name="due"
        ),
        Index(None, "journey_id"),
        Index(None, "station_id"),
        _ident(),
        Index(None, "ident", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    journey_id: Mapped[int] = mapped_column(_fk("journey.id"))
    title: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(default="")
    station_id: Mapped[int | None] = mapped_column(_fk("station.id"), default=None)
    owner_id: Mapped[int | None] = mapped_column(_fk("owner.id"), default=None)
    effort: Mapped[int | None] = mapped_column(default=None)
    value: Mapped[int | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(8), default="idea")
    due: Mapped[str | None] = mapped_column(String(10), default=None)
    kpi: Mapped[str] = mapped_column(default="")
    ident: Mapped[str] = mapped_column(String(64), default="")


ENTITIES: Final[tuple[type[Base], ...]] = (
    Workshop,
    Owner,
    Persona,
    Journey,
    Phase,
    Line,
    Station,
    Action,
)
TABLES: Final = {cls.__tablename__: cls for cls in ENTITIES}


def row_values(obj: Base) -> dict[str, Any]:
    """The column values of a mapped object, keyed by column name."""
    return {c.name: getattr(obj, c.key) for c in obj.__table__.columns}
