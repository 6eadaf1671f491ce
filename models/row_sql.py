"""Row-at-a-time SQL for the edit path, built from the mapped tables.

Why not SQLAlchemy Core here: an edit is a handful of single-row statements followed by a
durable commit, and Core's per-statement work (compiling, cache keys, execution contexts)
cost about a millisecond per edit — more than SQLite's own commit on a fast disk (see
bench/bench_model.py, "one durable edit"). The SQL text is generated once per table from
the SQLAlchemy metadata, and values pass through the mapped column types' own bind and result
processors (JSON lists, booleans), so the file holds exactly what Core would have written.
Reads for views and exports stay on the ORM.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects.sqlite import pysqlite

from models.schema import TABLES

_DIALECT = pysqlite.dialect()
Processor = Callable[[Any], Any] | None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class TableSQL:
    """The statements and value conversions of one table."""

    def __init__(self, table: Table) -> None:
        self.name = table.name
        self.columns = [c.name for c in table.columns]
        column_list = ", ".join(_quote(c) for c in self.columns)
        self._select = f"SELECT {column_list} FROM {_quote(self.name)}"
        self._result: list[Processor] = [
            c.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None) for c in table.columns
        ]
        self._bind: dict[str, Processor] = {
            c.name: c.type.dialect_impl(_DIALECT).bind_processor(_DIALECT) for c in table.columns
        }
        # Python-side defaults of the mapping (default= / insert_default=), for inserts.
        self._defaults: dict[str, Callable[[], Any]] = {}
        for c in table.columns:
            default = c.default
            if default is None:
                continue
            if default.is_callable:
                self._defaults[c.name] = functools.partial(default.arg, None)  # type: ignore[attr-defined]
            elif default.is_scalar:
                self._defaults[c.name] = functools.partial(lambda v: v, default.arg)  # type: ignore[attr-defined]

    def _row(self, values: tuple[Any, ...]) -> dict[str, Any]:
        return {
            c: (p(v) if p is not None else v)
            for c, p, v in zip(self.columns, self._result, values, strict=True)
        }

    def _param(self, column: str, value: Any) -> Any:
        processor = self._bind[column]
        return processor(value) if processor is not None else value

    def select(
        self,
        db: sqlite3.Connection,
        where: Mapping[str, Any],
        order_by_id: bool = True,
        columns: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Rows matching ``where``; only ``columns`` of each when given (a cheaper read)."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in where.items():
            if column not in self._bind:
                raise KeyError(f"{self.name} has no column {column!r}")
            if isinstance(value, list | tuple | set | frozenset):
                values = list(value)
                if not values:
                    return []
                clauses.append(f"{_quote(column)} IN ({', '.join('?' * len(values))})")
                params.extend(self._param(column, v) for v in values)
            elif value is None:
                clauses.append(f"{_quote(column)} IS NULL")
            else:
                clauses.append(f"{_quote(column)} = ?")
                params.append(self._param(column, value))
        sql = self._select
        if columns is not None:
            sql = f"SELECT {', '.join(_quote(c) for c in columns)} FROM {_quote(self.name)}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order_by_id:
            sql += " ORDER BY id"
        if columns is None:
            return [self._row(r) for r in db.execute(sql, params)]
        result = [self._result[self.columns.index(c)] for c in columns]
        return [
            {c: (p(v) if p is not None else v) for c, p, v in zip(columns, result, r, strict=True)}
            for r in db.execute(sql, params)
        ]

    def get(self, db: sqlite3.Connection, row_id: int) -> dict[str, Any] | None:
        found = db.execute(f"{self._select} WHERE id = ?", (row_id,)).fetchone()
        return self._row(found) if found is not None else None

    def insert(self, db: sqlite3.Connection, values: Mapping[str, Any]) -> int:
        full = {name: make() for name, make in self._defaults.items() if name not in values}
        full.update(values)
        columns = list(full)
        sql = (
            f"INSERT INTO {_quote(self.name)} ({', '.join(_quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        cursor = db.execute(sql, [self._param(c, full[c]) for c in columns])
        new_id = cursor.lastrowid
        assert new_id is not None
        return int(values["id"]) if "id" in values else new_id

    def update(self, db: sqlite3.Connection, row_id: int, values: Mapping[str, Any]) -> None:
        columns = [c for c in values if c != "id"]
        if not columns:
            return
        sets = ", ".join(f"{_quote(c)} = ?" for c in columns)
        params = [self._param(c, values[c]) for c in columns]
        db.execute(f"UPDATE {_quote(self.name)} SET {sets} WHERE id = ?", [*params, row_id])

    def delete(self, db: sqlite3.Connection, ids: Iterable[int]) -> None:
        ids = list(ids)
        if ids:
            marks = ", ".join("?" * len(ids))
            db.execute(f"DELETE FROM {_quote(self.name)} WHERE id IN ({marks})", ids)

    def exists(self, db: sqlite3.Connection, row_id: int) -> bool:
        found = db.execute(f"SELECT 1 FROM {_quote(self.name)} WHERE id = ?", (row_id,))
        return found.fetchone() is not None


@functools.cache
def table_sql(name: str) -> TableSQL:
    table = TABLES[name].__table__
    assert isinstance(table, Table)
    return TableSQL(table)
