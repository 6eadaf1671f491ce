"""The field registry is the one home of every field: the SQL schema, the edits and the
interchange validator all agree with it.

The schema is checked by behaviour, not by reading its text: each CHECK range is tried on a
real SQLite table at its bounds and just beyond them, so a schema whose rule drifts from the
registry fails here.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Float, Integer, String, create_engine

from models import edits, fields, interchange, interchange_checks, rules, schema
from models.document import Document, EditError
from models.row_sql import table_sql
from models.transfer import export_document

TYPES: dict[fields.Kind, type] = {
    fields.Kind.NAME: String,
    fields.Kind.TEXT: String,
    fields.Kind.TEXT_LIST: JSON,
    fields.Kind.QUOTES: JSON,
    fields.Kind.INTEGER: Integer,
    fields.Kind.NUMBER: Float,
    fields.Kind.CHOICE: String,
    fields.Kind.COLOR: String,
    fields.Kind.DATE: String,
    fields.Kind.LANGUAGE: String,
    fields.Kind.BOOL: Boolean,
    fields.Kind.REF: Integer,
}


@pytest.mark.parametrize("entity", schema.ENTITIES, ids=lambda e: e.__tablename__)
def test_every_column_is_a_field_or_structure_and_every_field_a_column(
    entity: type[schema.Base],
) -> None:
    name = entity.__tablename__
    columns = [c.name for c in schema.Base.metadata.tables[name].columns]
    declared = [f.name for f in fields.fields(name)] + list(fields.STRUCTURE[name])
    assert sorted(columns) == sorted(declared)
    assert len(set(declared)) == len(declared)


@pytest.mark.parametrize("f", list(fields.all_fields()), ids=lambda f: f"{f.entity}.{f.name}")
def test_column_type_nullability_and_default_match_the_field(f: fields.Field) -> None:
    column = schema.Base.metadata.tables[f.entity].columns[f.name]
    assert isinstance(column.type, TYPES[f.kind])
    assert column.nullable == f.nullable
    if f.kind is fields.Kind.REF:
        (fk,) = column.foreign_keys
        assert fk.column.table.name == f.target
    elif not f.required:
        default = column.default
        made = (
            None if default is None else (default.arg(None) if default.is_callable else default.arg)
        )  # type: ignore[attr-defined]
        assert made == f.default


# -- CHECK ranges, tried on a real table ------------------------------------------------------
@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """An empty workshop schema with one row in every table, to try values on."""
    path = Path(tmp_path_factory.mktemp("schema")) / "try.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    schema.Base.metadata.create_all(engine)
    engine.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    rows: dict[str, dict[str, Any]] = {
        "workshop": {"id": 1, "title": "W"},
        "owner": {"name": "O"},
        "persona": {"name": "P"},
        "journey": {"name": "J"},
        "phase": {"journey_id": 1, "name": "P"},
        "line": {"journey_id": 1, "name": "L"},
        "station": {"journey_id": 1, "phase_id": 1, "line_id": 1, "title": "S"},
        "action": {"journey_id": 1, "title": "A"},
    }
    for name, values in rows.items():
        if name != "workshop":
            values["ident"] = f"{name}-1"
        table_sql(name).insert(conn, values)  # the mapping's defaults fill in the rest
    yield conn
    conn.close()


def _accepts(db: sqlite3.Connection, f: fields.Field, value: Any) -> bool:
    db.execute("SAVEPOINT try")
    try:
        db.execute(f'UPDATE "{f.entity}" SET "{f.name}" = ? WHERE id = 1', (value,))
    except sqlite3.IntegrityError:
        return False
    finally:
        db.execute("ROLLBACK TO try")
        db.execute("RELEASE try")
    return True


def _cases(f: fields.Field) -> tuple[list[Any], list[Any]]:
    """(values the field takes, values it refuses), as SQL values."""
    good: list[Any] = []
    bad: list[Any] = []
    if f.nullable:
        good.append(None)
    else:
        bad.append(None)
    if f.kind in (fields.Kind.INTEGER, fields.Kind.NUMBER):
        step = 1 if f.kind is fields.Kind.INTEGER else 0.5
        low, high = (
            fields.integer_bounds(f) if f.kind is fields.Kind.INTEGER else fields.number_bounds(f)
        )
        for bound, beyond in ((low, low - step), (high, high + step)):
            if math.isfinite(bound) and abs(bound) < rules.INTEGER_MAX:
                good.append(bound)
                bad.append(beyond)
    elif f.kind is fields.Kind.CHOICE:
        good += list(f.choices)
        bad.append("not-a-" + f.name)
    elif f.kind is fields.Kind.NAME:
        good += ["x", "x" * rules.NAME_MAX]
        bad += ["", "x" * (rules.NAME_MAX + 1)]
    elif f.kind is fields.Kind.TEXT:
        good += ["", "x" * rules.TEXT_MAX]
        bad.append("x" * (rules.TEXT_MAX + 1))
    elif f.kind is fields.Kind.COLOR:
        good += ["#4c72b0", "#FFFFFF"]
        bad += ["red", "#12345", "#GGGGGG"]
    elif f.kind is fields.Kind.DATE:
        good += ["2025-03-31"]
        bad += ["2025-02-30", "31.03.2025"]
    elif f.kind in (fields.Kind.TEXT_LIST, fields.Kind.QUOTES):
        good += ["[]"]
        bad += ["{}", "text"]
    elif f.kind is fields.Kind.LANGUAGE:
        good += ["en", "nb-NO", "x" * rules.LANGUAGE_MAX]
        bad += ["", "e", "en_US", "x" * (rules.LANGUAGE_MAX + 1)]
    elif f.kind is fields.Kind.BOOL:
        good += [0, 1]
        bad += [2]
    return good, bad


@pytest.mark.parametrize("f", list(fields.all_fields()), ids=lambda f: f"{f.entity}.{f.name}")
def test_the_schema_checks_each_field_as_the_registry_says(
    db: sqlite3.Connection, f: fields.Field
) -> None:
    good, bad = _cases(f)
    assert [v for v in good if not _accepts(db, f, v)] == []
    assert [v for v in bad if _accepts(db, f, v)] == []


# -- the edits and the validator follow the registry -----------------------------------------
@pytest.mark.parametrize("entity", schema.ENTITIES, ids=lambda e: e.__tablename__)
def test_the_edits_check_every_editable_field_of_the_registry(entity: type[schema.Base]) -> None:
    name = entity.__tablename__
    assert set(edits.FIELDS[entity]) == {f.name for f in fields.fields(name) if f.editable}
    for key, (noun, _check) in edits.FIELDS[entity].items():
        assert noun == fields.field(name, key).noun


@pytest.mark.parametrize("f", list(fields.all_fields()), ids=lambda f: f"{f.entity}.{f.name}")
def test_the_edits_and_the_validator_agree_on_each_bound(f: fields.Field) -> None:
    """A value an edit refuses, the interchange validator refuses too, and the other way."""
    if f.kind not in (fields.Kind.INTEGER, fields.Kind.NUMBER) or not f.editable:
        return
    check = edits.FIELDS[schema.TABLES[f.entity]][f.name][1]
    validator = interchange._field_check(f)
    probes: list[Any] = [2**70, -(2**70), math.inf, -math.inf, math.nan, 1e308, 0, -1, 100.5]
    for value in probes:
        checker = interchange_checks._Checker()
        by_validator = validator(checker, value, "x") is not interchange_checks._INVALID
        try:
            check(f.noun, value)
            by_edit = True
        except EditError:
            by_edit = False
        if f.kind is fields.Kind.INTEGER and isinstance(value, float):
            continue  # the validator takes only JSON integers; the edits only int
        assert by_edit == by_validator, (f.name, value)


def test_an_infinite_duration_is_refused_so_the_export_never_fails(document: Document) -> None:
    station = document.stations(document.journeys()[0].id)[0]
    for value in (math.inf, math.nan, -math.inf):
        with pytest.raises(EditError, match="The duration must be a number of at least 0"):
            edits.update_station(station.id, duration_minutes=value)
    document.apply(edits.update_station(station.id, duration_minutes=1e300))
    interchange.dumps(export_document(document))  # every number saved can be exported


def test_a_huge_number_of_customers_is_refused_in_one_sentence(document: Document) -> None:
    station = document.stations(document.journeys()[0].id)[0]
    with pytest.raises(EditError) as refused:
        edits.update_station(station.id, customers=2**70)
    assert str(refused.value) == "The number of customers is too large a number to store."
    with pytest.raises(EditError, match="number of customers"):
        edits.update_station(station.id, day=2**63 - 1, customers=-(2**70))
    document.apply(edits.update_station(station.id, customers=2**63 - 1))
    assert document.station(station.id).customers == 2**63 - 1  # type: ignore[union-attr]


def test_labels_are_plain_text_for_translation() -> None:
    for f in fields.all_fields():
        assert f.label and f.label == f.label.strip() and "<" not in f.label
        assert f.noun and f.noun == f.noun.strip()


def test_display_formats() -> None:
    day = fields.field("station", "day")
    assert day.display(3) == "+3"
    assert day.display(-2) == "\N{MINUS SIGN}2"
    assert fields.field("station", "customers").display(1200) == "1,200"
    assert fields.field("station", "duration_minutes").display(12.25) == "12.2 min"
    assert fields.field("station", "moment_of_truth").display(True) == "Yes"
    assert fields.field("station", "emotion").display(None) == ""
