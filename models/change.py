"""Row images: how every edit records, reverts, redoes and announces itself.

An edit's logic runs once, writing through a :class:`Recorder`, which keeps the image of each
row it touches as it was before and as it is now. From
then on the edit is two sets of row images: revert restores the before-images, redo the
after-images, and what changed (for the views to follow) is the difference between the two.
One mechanism for every edit means undo cannot drift from do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from models import idents, rules
from models.row_sql import table_sql
from models.schema import Base

Key = tuple[str, int]  # (table name, row id)
Image = dict[str, Any] | None  # a row's column values, or None where the row does not exist
Images = dict[Key, Image]


class Recorder:
    """Writes rows through one connection, remembering each row's image before its first write.

    It works on the raw sqlite3 connection inside the edit's transaction (see models/row_sql.py
    for why), and keeps each written row's current image as it goes, so that the after-images
    need no second read (inserted rows aside, for the defaults the database filled in).
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._before: Images = {}  # the image of each written row before its first write
        self._current: Images = {}  # the image of each written row now, kept up to date
        self._seen: Images = {}  # rows read (not yet written) in this transaction
        self._inserted: set[Key] = set()
        self._counts: dict[str, int] = {}  # rows of a limited table, counted at its first insert

    # -- reading ------------------------------------------------------------------------------
    def get(self, entity: type[Base], row_id: int) -> dict[str, Any] | None:
        key = (entity.__tablename__, row_id)
        if key in self._current:
            current = self._current[key]
            return dict(current) if current is not None else None
        if key not in self._seen:
            # A row read before this edit wrote to it is its before-image: keep it, so the
            # write that usually follows a read needs no second SELECT.
            self._seen[key] = table_sql(key[0]).get(self.db, row_id)
        seen = self._seen[key]
        return dict(seen) if seen is not None else None

    def rows(self, entity: type[Base], **where: Any) -> list[dict[str, Any]]:
        """Rows matching each keyword (column = value, or column IN a collection), in id order."""
        return table_sql(entity.__tablename__).select(self.db, where)

    def columns(
        self, entity: type[Base], names: Sequence[str], **where: Any
    ) -> list[dict[str, Any]]:
        """Like :meth:`rows`, with only the named columns of each row (a cheaper read)."""
        return table_sql(entity.__tablename__).select(self.db, where, columns=names)

    # -- writing ------------------------------------------------------------------------------
    def _remember(self, name: str, ids: Iterable[int]) -> None:
        missing = []
        for i in ids:
            key = (name, i)
            if key in self._before:
                continue
            if key in self._seen and key not in self._inserted:
                image = self._seen.pop(key)
                self._before[key] = image
                self._current[key] = dict(image) if image is not None else None
            else:
                missing.append(i)
        if missing:
            found = {r["id"]: r for r in table_sql(name).select(self.db, {"id": missing})}
            for i in missing:
                self._before[(name, i)] = found.get(i)
                self._current[(name, i)] = dict(found[i]) if i in found else None

    def insert(self, entity: type[Base], values: Mapping[str, Any]) -> int:
        name = entity.__tablename__
        self._within_limit(name)
        if name in idents.PREFIXES and not values.get("ident"):
            # A new row gets a readable id from its title or name (models.idents).
            text = values.get("title") or values.get("name") or ""
            values = {**values, "ident": idents.readable_id(self.db, name, text)}
        new_id = table_sql(name).insert(self.db, values)
        key = (name, new_id)
        self._before.setdefault(key, None)
        self._inserted.add(key)
        return new_id

    def _within_limit(self, name: str) -> None:
        """Refuse a row past the workshop's limit for its table (models.rules.COUNT_LIMITS)."""
        plural = f"{name}s"
        limit = rules.COUNT_LIMITS.get(plural)
        if limit is None:
            return
        count = self._counts.get(name)
        if count is None:
            count = int(self.db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        if count >= limit:
            from models.document import EditError  # here: models.document imports this module
            from models.refusal import FULL

            raise EditError(FULL[plural].but(max=limit))
        self._counts[name] = count + 1

    def update(self, entity: type[Base], row_id: int, values: Mapping[str, Any]) -> None:
        if not values:
            return
        name = entity.__tablename__
        self._remember(name, [row_id])
        table_sql(name).update(self.db, row_id, values)
        current = self._current.get((name, row_id))
        if current is not None:
            current.update(values)

    def delete(self, entity: type[Base], ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids:
            return
        name = entity.__tablename__
        self._remember(name, ids)
        table_sql(name).delete(self.db, ids)
        for i in ids:
            self._current[(name, i)] = None

    # -- result -------------------------------------------------------------------------------
    def images(self) -> tuple[Images, Images]:
        """(before, after) images of every row touched, without rows that did not change."""
        after: Images = {}
        for key in self._before:
            if key in self._inserted:
                after[key] = table_sql(key[0]).get(self.db, key[1])
            else:
                after[key] = self._current.get(key)
        before = {k: v for k, v in self._before.items() if after[k] != v}
        return before, {k: after[k] for k in before}


def restore(db: sqlite3.Connection, images: Images) -> None:
    """Make each row look like its image (deleting rows whose image is None).

    Foreign keys are checked at commit (deferred), so the order of the rows does not matter.
    """
    for (name, row_id), image in images.items():
        sql = table_sql(name)
        exists = sql.exists(db, row_id)
        if image is None:
            if exists:
                sql.delete(db, [row_id])
        elif exists:
            sql.update(db, row_id, image)
        else:
            sql.insert(db, image)


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
