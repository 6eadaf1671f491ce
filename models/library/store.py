"""A library: open it (its schema brought up to date), publish, list and fetch versions.

Publishing is one transaction: the map row (or its ``latest_version`` guard), the version with
its whole document, and its search entries are committed together or not at all. Optimistic
concurrency without locks: a new version of map M on top of version N is written only where M's
``latest_version`` is still N (an ``UPDATE … WHERE latest_version = N``); otherwise nothing is
written and :class:`PublishConflict` names who published what and when.

Every database error becomes one sentence (:mod:`models.library.errors`): an unreachable or
vanished server is :class:`LibraryUnavailable`, a role without the right is
:class:`LibraryPermissionError`; in both cases nothing has changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text, update
from sqlalchemy.engine import Row, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from models import interchange
from models.file_problem import FileProblem
from models.interchange import DocumentDict, InterchangeError
from models.library import config, index, migrate
from models.library.database_errors import Doing, driver_error, explain
from models.library.errors import (
    LibraryError,
    LibraryPermissionError,
    LibrarySchemaError,
    PublishConflict,
    VersionInfo,
)
from models.library.schema import published_map, published_version, search_entry
from models.refusal import Refusal

CONNECT_TIMEOUT = 5  # seconds: an unreachable server is said quickly, not after minutes
_SQLITE_BUSY_MS = 5000


@dataclass(frozen=True)
class MapSummary:
    """A published map or template, with its latest version."""

    map_id: int
    kind: str
    latest: VersionInfo

    @property
    def title(self) -> str:
        return self.latest.title


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            from pathlib import Path

            folder = Path(database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise LibraryError(
                    FileProblem(
                        "The library cannot be made in {folder}: {reason}.",
                        folder=str(folder),
                        reason=str(e.strerror or e),
                    )
                ) from None
        engine = create_engine(url, connect_args={"timeout": _SQLITE_BUSY_MS / 1000})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi: Any, _record: Any) -> None:
            dbapi.isolation_level = None  # we begin ourselves (below)
            dbapi.execute("PRAGMA foreign_keys = ON")
            dbapi.execute("PRAGMA synchronous = FULL")
            dbapi.execute("PRAGMA trusted_schema = OFF")

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(
        parsed,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "Journeyline"},
        pool_pre_ping=True,
    )


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):  # SQLite's CURRENT_TIMESTAMP, read back raw
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _version_info(row: Row[Any]) -> VersionInfo:
    m = row._mapping
    return VersionInfo(
        map_id=m["map_id"],
        number=m["number"],
        kind=m["kind"],
        title=m["title"],
        client=m["client"],
        segment=m["segment"],
        author=m["author"],
        published_at=_aware(m["published_at"]),
        message=m["message"],
    )


_VERSION_COLUMNS = (
    published_version.c.map_id,
    published_version.c.number,
    published_map.c.kind,
    published_version.c.title,
    published_version.c.client,
    published_version.c.segment,
    published_version.c.author,
    published_version.c.published_at,
    published_version.c.message,
)


def _versions_query() -> Any:
    return select(*_VERSION_COLUMNS).join_from(
        published_version, published_map, published_map.c.id == published_version.c.map_id
    )


_ENTRY_COLUMNS = tuple(c.name for c in search_entry.c if c.name != "id")


def _insert_entries(conn: Connection, rows: list[dict[str, Any]], version_id: int) -> None:
    """The search entries of a version, in the publish's transaction.

    PostgreSQL: one COPY (the tsvector column is computed by the server as rows arrive), many
    times faster than INSERTs for the ten thousand entries of a big workshop. SQLite: one
    executemany, then the FTS5 index of the new rows.
    """
    if conn.dialect.name == "postgresql":
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        columns = ", ".join(_ENTRY_COLUMNS)
        with (
            dbapi.cursor() as cursor,
            cursor.copy(f"COPY search_entry ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row([row[c] for c in _ENTRY_COLUMNS])
        return
    conn.execute(insert(search_entry), rows)
    conn.execute(
        text(
            "INSERT INTO search_entry_fts(rowid, text) "
            "SELECT id, text FROM search_entry WHERE version_id = :v"
        ),
        {"v": version_id},
    )


class Library:
    """An open library. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.label = config.describe_url(url)
        self.address = config.address(url)
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, url: str | None = None) -> Library:
        """Connect to the library at ``url`` (default: the chosen or the local one).

        An empty or older library is brought up to date with the migrations; a library made by
        a newer Journeyline, or one whose owner has not set it up yet, is refused in a sentence.
        """
        url = config.library_url(url)
        try:
            engine = _engine(url)
        except SQLAlchemyError as e:
            raise explain(e, config.address(url)) from None
        except ImportError as e:  # a driver missing from this installation
            raise LibraryError(
                FileProblem(
                    "The library “{library}” cannot be used: {module} is not installed.",
                    library=config.address(url),
                    module=str(e.name or e),
                )
            ) from None
        library = cls(url, engine)
        try:
            library._bring_up_to_date()
        except BaseException:
            engine.dispose()
            raise
        return library

    def _bring_up_to_date(self) -> None:
        with self.transaction() as conn:
            revision = migrate.current(conn)
            if revision == migrate.head():
                return
            if revision is not None and not migrate.known(revision):
                raise LibrarySchemaError(
                    FileProblem(
                        "The library “{library}” was set up by a newer Journeyline; please "
                        "update Journeyline to use it.",
                        library=self.address,
                    )
                )
            try:
                migrate.upgrade(conn)
            except DBAPIError as e:
                error = explain(e, self.address)
                if isinstance(error, LibraryPermissionError):
                    raise LibrarySchemaError(
                        FileProblem(
                            "The library “{library}” is not set up for this Journeyline yet, and "
                            "your database role may not set it up; ask the library's owner to "
                            "run 'journeyline library setup' once.",
                            library=self.address,
                        )
                    ) from None
                raise error from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self, doing: Doing = "read") -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except (DBAPIError, SQLAlchemyError) as e:
            raise explain(e, self.address, doing) from None
        except Exception as e:
            if driver_error(e):  # from the raw connection (COPY): psycopg's own errors
                raise explain(e, self.address, doing) from None
            raise

    # -- publishing ---------------------------------------------------------------------------
    def publish(
        self,
        doc: DocumentDict,
        *,
        message: str,
        author: str | None = None,
        onto: tuple[int, int] | None = None,
        kind: str = "map",
    ) -> VersionInfo:
        """Publish ``doc`` as version 1 of a new map, or on top of ``onto`` = (map, version).

        Raises PublishConflict when ``onto``'s map has a newer version than ``onto``'s, and
        nothing is written then.
        """
        try:
            document_text = interchange.dumps(doc)
        except InterchangeError as e:
            place, rule = e.rules[0]  # the first problem: its place, and its rule (translatable)
            raise LibraryError(
                Refusal(
                    "The workshop holds data the interchange format does not allow, so it was "
                    "not published: {place}: {rule}",
                    place=place,
                    rule=rule,
                )
            ) from None
        workshop = doc["workshop"]
        title = workshop["title"]
        if kind == "template":
            title = doc["journeys"][0]["name"]
        language = index.text_search_config(doc)
        facts = {"title": title, "client": workshop["organisation"], "segment": workshop["segment"]}
        with self.transaction("publish") as conn:
            if onto is None:
                map_id = conn.execute(
                    insert(published_map)
                    .values(kind=kind, latest_version=1, **facts)
                    .returning(published_map.c.id)
                ).scalar_one()
                number = 1
            else:
                map_id, base = onto
                number = base + 1
                moved = conn.execute(
                    update(published_map)
                    .where(
                        published_map.c.id == map_id,
                        published_map.c.latest_version == base,
                        published_map.c.kind == kind,
                    )
                    .values(latest_version=number, **facts)
                ).rowcount
                if moved != 1:
                    latest = self._latest(conn, map_id)
                    if latest is None or latest.kind != kind:
                        raise LibraryError(
                            Refusal(
                                "The map you opened (number {map}) is no longer in the library "
                                "“{library}”; publish yours as a new map.",
                                map=str(map_id),
                                library=self.address,
                            )
                        )
                    raise PublishConflict(base, latest)
            version_id = conn.execute(
                insert(published_version)
                .values(
                    map_id=map_id,
                    number=number,
                    author=author if author is not None else config.author_name(),
                    message=message.strip(),
                    language=language,
                    document=document_text,
                    **facts,
                )
                .returning(published_version.c.id)
            ).scalar_one()
            rows = [
                {**e, "version_id": version_id, "language": language} for e in index.entries(doc)
            ]
            if rows:
                _insert_entries(conn, rows, version_id)
            info = conn.execute(_versions_query().where(published_version.c.id == version_id)).one()
        return _version_info(info)

    # -- reading ------------------------------------------------------------------------------
    def _latest(self, conn: Connection, map_id: int) -> VersionInfo | None:
        row = conn.execute(
            _versions_query().where(
                published_map.c.id == map_id,
                published_version.c.number == published_map.c.latest_version,
            )
        ).one_or_none()
        return None if row is None else _version_info(row)

    def maps(self, kind: str = "map") -> list[MapSummary]:
        """Every map (or template) with its latest version, by client, then title."""
        with self.transaction() as conn:
            rows = conn.execute(
                _versions_query()
                .where(
                    published_map.c.kind == kind,
                    published_version.c.number == published_map.c.latest_version,
                )
                .order_by(
                    published_version.c.client,
                    published_version.c.segment,
                    published_version.c.title,
                    published_map.c.id,
                )
            ).all()
        return [MapSummary(r.map_id, r.kind, _version_info(r)) for r in rows]

    def versions(self, map_id: int) -> list[VersionInfo]:
        """Every version of a map, newest first (empty if there is no such map)."""
        with self.transaction() as conn:
            rows = conn.execute(
                _versions_query()
                .where(published_version.c.map_id == map_id)
                .order_by(published_version.c.number.desc())
            ).all()
        return [_version_info(r) for r in rows]

    def latest(self, map_id: int) -> VersionInfo | None:
        with self.transaction() as conn:
            return self._latest(conn, map_id)

    def fetch(self, map_id: int, number: int | None = None) -> tuple[VersionInfo, DocumentDict]:
        """A version's information and its document (the latest version without ``number``)."""
        query = _versions_query().add_columns(published_version.c.document)
        query = query.where(published_version.c.map_id == map_id)
        if number is None:
            query = query.where(published_version.c.number == published_map.c.latest_version)
        else:
            query = query.where(published_version.c.number == number)
        with self.transaction() as conn:
            row = conn.execute(query).one_or_none()
        if row is None:
            if number is None:
                missing = Refusal("The library “{library}” has no map {map}.")
            else:
                missing = Refusal(
                    "The library “{library}” has no version {number} of map {map}.",
                    number=str(number),
                )
            raise LibraryError(missing.but(library=self.address, map=str(map_id)))
        try:
            doc = interchange.parse(row.document)
        except InterchangeError as e:
            place, rule = e.rules[0]  # the first problem: its place, and its rule (translatable)
            raise LibraryError(
                FileProblem(
                    "Version {number} of “{title}” in the library “{library}” cannot be read: "
                    "{place}: {rule}",
                    number=str(row.number),
                    title=row.title,
                    library=self.address,
                    place=place,
                    rule=rule,
                )
            ) from None
        return _version_info(row), doc

    def template_named(self, title: str) -> MapSummary | None:
        """The house template with this title, if there is one (case-insensitive)."""
        key = title.strip().casefold()
        return next((m for m in self.maps("template") if m.title.casefold() == key), None)
