"""Row images: how every edit records, reverts, redoes and announces itself.

An edit's logic runs once, writing through a :class:`Recorder`, which keeps the image of each
row it touches as it was before. After the logic, the rows' current images are read back. From
then on the edit is two sets of row images: revert restores the before-images, redo the
after-images, and what changed (for the views to follow) is the difference between the two.
One mechanism for every edit means undo cannot drift from do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from models.schema import TABLES, Base

Key = tuple[str, int]  # (table name, row id)
Image = dict[str, Any] | None  # a row's column values, or None where the row does not exist
Images = dict[Key, Image]


def _table(entity: type[Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


class Recorder:
    """Writes rows through one connection, remembering each row's image before its first write."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._before: Images = {}

    # -- reading ------------------------------------------------------------------------------
    def get(self, entity: type[Base], row_id: int) -> dict[str, Any] | None:
        table = _table(entity)
        row = self.conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        return dict(row) if row is not None else None

    def rows(self, entity: type[Base], **where: Any) -> list[dict[str, Any]]:
        """Rows matching each keyword (column = value, or column IN a collection), in id order."""
        table = _table(entity)
        query = select(table)
        for column, value in where.items():
            if isinstance(value, list | tuple | set | frozenset):
                query = query.where(table.c[column].in_(value))
            else:
                query = query.where(table.c[column] == value)
        return [dict(r) for r in self.conn.execute(query.order_by(table.c.id)).mappings()]

    # -- writing ------------------------------------------------------------------------------
    def _remember(self, entity: type[Base], ids: Iterable[int]) -> None:
        name = entity.__tablename__
        missing = [i for i in ids if (name, i) not in self._before]
        if not missing:
            return
        table = _table(entity)
        found = {
            r["id"]: dict(r)
            for r in self.conn.execute(select(table).where(table.c.id.in_(missing))).mappings()
        }
        for i in missing:
            self._before[(name, i)] = found.get(i)

    def insert(self, entity: type[Base], values: Mapping[str, Any]) -> int:
        table = _table(entity)
        result = self.conn.execute(insert(table).values(**values))
        new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        assert isinstance(new_id, int)
        self._before.setdefault((entity.__tablename__, new_id), None)
        return new_id

    def update(self, entity: type[Base], row_id: int, values: Mapping[str, Any]) -> None:
        if not values:
            return
        self._remember(entity, [row_id])
        table = _table(entity)
        self.conn.execute(update(table).where(table.c.id == row_id).values(**values))

    def delete(self, entity: type[Base], ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids:
            return
        self._remember(entity, ids)
        table = _table(entity)
        self.conn.execute(delete(table).where(table.c.id.in_(ids)))

    # -- result -------------------------------------------------------------------------------
    def images(self) -> tuple[Images, Images]:
        """(before, after) images of every row touched, without rows that did not change."""
        after: Images = {}
        by_table: dict[str, list[int]] = {}
        for name, row_id in self._before:
            by_table.setdefault(name, []).append(row_id)
        for name, ids in by_table.items():
            table = _table(TABLES[name])
            found = {
                r["id"]: dict(r)
                for r in self.conn.execute(select(table).where(table.c.id.in_(ids))).mappings()
            }
            for i in ids:
                after[(name, i)] = found.get(i)
        before = {k: v for k, v in self._before.items() if after[k] != v}
        return before, {k: after[k] for k in before}


def restore(conn: Connection, images: Images) -> None:
    """Make each row look like its image (deleting rows whose image is None).

    Foreign keys are checked at commit (deferred), so the order of the rows does not matter.
    """
    for (name, row_id), image in images.items():
        table = _table(TABLES[name])
        exists = conn.execute(select(table.c.id).where(table.c.id == row_id)).first()
        if image is None:
            if exists:
                conn.execute(delete(table).where(table.c.id == row_id))
        elif exists:
            conn.execute(update(table).where(table.c.id == row_id).values(**image))
        else:
            conn.execute(insert(table).values(**image))


@dataclass(frozen=True)
class ChangeSet:
    """What an edit (or its undo) changed, for views to follow: per table, ids and fields."""

    added: dict[str, frozenset[int]] = field(default_factory=dict)
    removed: dict[str, frozenset[int]] = field(default_factory=dict)
    changed: dict[str, dict[int, frozenset[str]]] = field(default_factory=dict)

    @classmethod
    def between(cls, old: Images, new: Images) -> ChangeSet:
        added: dict[str, set[int]] = {}
        removed: dict[str, set[int]] = {}
        changed: dict[str, dict[int, frozenset[str]]] = {}
        for key in old.keys() | new.keys():
            name, row_id = key
            a, b = old.get(key), new.get(key)
            if a is None and b is not None:
                added.setdefault(name, set()).add(row_id)
            elif a is not None and b is None:
                removed.setdefault(name, set()).add(row_id)
            elif a is not None and b is not None:
                fields = frozenset(c for c in b if a.get(c) != b[c])
                if fields:
                    changed.setdefault(name, {})[row_id] = fields
        return cls(
            added={k: frozenset(v) for k, v in added.items()},
            removed={k: frozenset(v) for k, v in removed.items()},
            changed=changed,
        )

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def tables(self) -> set[str]:
        return set(self.added) | set(self.removed) | set(self.changed)

    def added_ids(self, entity: type[Base]) -> frozenset[int]:
        return self.added.get(entity.__tablename__, frozenset())

    def removed_ids(self, entity: type[Base]) -> frozenset[int]:
        return self.removed.get(entity.__tablename__, frozenset())

    def changed_fields(self, entity: type[Base]) -> dict[int, frozenset[str]]:
        return self.changed.get(entity.__tablename__, {})
