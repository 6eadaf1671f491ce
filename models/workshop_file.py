"""The ``.journey`` workshop file: create, open defensively, migrate, guard, save a copy.

Files arrive by email, so nothing about a file is trusted before it has been checked:
1. a FIFO, a device or a folder is refused before it is opened (a FIFO would block), and the
   first 100 bytes are read as plain bytes (SQLite magic, application id, schema version), so
   an empty file, random bytes, a zip, another program's database or a newer Journeyline's file
   is refused without SQLite ever opening it, let alone writing to it;
2. a file whose header says WAL, or with a -journal or -wal beside it, would be changed by
   SQLite on opening: it is recovered and checked from a private copy first
   (``models.side_files``), so a refused file and its side files keep every byte;
3. only then SQLite opens it, with ``trusted_schema=OFF``, ``cell_size_check=ON`` and no memory
   mapping, and takes the file's lock; the whole schema is compared with the one this
   Journeyline makes before any other statement (``models.file_check``: a trigger or view of
   the file never runs), then ``quick_check``, then every value by the edits' rules.

Every edit is one transaction, durable when it returns: rollback journal (never WAL) and
``synchronous=FULL``, so the single file is complete after each change. The connection keeps
SQLite's exclusive lock for as long as the file is open, which is how a second Journeyline
learns that the file is in use instead of writing beside the first.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, pool
from sqlalchemy.exc import DBAPIError

from models import atomic, file_check, migrations, side_files
from models.file_problem import FileProblem, reading_problem
from models.file_problem import describe as describe
from models.file_problem import os_reason as os_reason
from models.schema import APPLICATION_ID, SCHEMA_VERSION, Base
from models.workshop_problems import (
    CLOSED,
    CLUES,
    COULD_NOT,
    DAMAGED,
    IN_USE,
    OLDER,
    RECOVERED,
    RECOVERED_HERE,
    Doing,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
JOURNAL_SUFFIX = "-journal"  # SQLite's rollback journal beside a workshop file
_BUSY_TIMEOUT = 1.0  # seconds to wait for a lock held by a short reader (a CLI export, say)


class WorkshopFileError(Exception):
    """A problem with a workshop file, said in one sentence that names the file.

    ``message`` is the sentence as declared (a :class:`~models.file_problem.FileProblem`, said
    in the window's language); ``str(error)`` is its English, for the command line and logs.
    """

    def __init__(self, message: FileProblem) -> None:
        super().__init__(message.english())
        self.message = message


def _raw_header(path: Path) -> bytes:
    """The first 100 bytes, read before SQLite touches the file; WorkshopFileError if the file
    is not a regular file (a folder, a FIFO, a device: refused before it could block) or its
    header is not a Journeyline workshop's."""
    name = describe(path)
    try:
        with os.fdopen(side_files.open_regular(path), "rb") as f:
            header = f.read(_HEADER_SIZE)
    except OSError as e:
        raise WorkshopFileError(
            reading_problem(e, name, folder=_FOLDER, not_regular=_NOT_REGULAR)
        ) from None
    if not header:
        raise WorkshopFileError(
            FileProblem("{file} is empty, so it is not a Journeyline workshop file.", file=name)
        )
    if header.startswith(b"PK\x03\x04"):
        raise WorkshopFileError(
            FileProblem("{file} is a zip archive, not a Journeyline workshop file.", file=name)
        )
    if not header.startswith(SQLITE_MAGIC):
        raise WorkshopFileError(
            FileProblem("{file} is not a Journeyline workshop file.", file=name)
        )
    if len(header) < _HEADER_SIZE:
        raise WorkshopFileError(FileProblem("{file} is damaged: the file is truncated.", file=name))
    return header


_NOT_REGULAR = FileProblem(
    "{file} is not a regular file (a pipe or a device, say), so it is not a workshop file."
)


_FOLDER = FileProblem("{file} is a folder, not a workshop file.")


def _parse_header(path: Path, header: bytes) -> tuple[int, int]:
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise WorkshopFileError(
            FileProblem(
                "{file} is a database of another program, not a Journeyline workshop file.",
                file=describe(path),
            )
        )
    return application_id, user_version


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) from the raw header, or raise WorkshopFileError."""
    return _parse_header(path, _raw_header(path))


def _check_version(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise WorkshopFileError(
            FileProblem(
                "{file} was saved by a newer Journeyline (file version {version}); this "
                "Journeyline reads file versions up to {newest}, so please update it.",
                file=describe(path),
                version=str(version),
                newest=str(SCHEMA_VERSION),
            )
        )
    if version < 1:
        raise WorkshopFileError(
            FileProblem("{file} is damaged: it has no valid file version.", file=describe(path))
        )


def explain(path: Path, error: BaseException, doing: Doing = "be saved") -> WorkshopFileError:
    """Turn an SQLite error into one sentence that names the file and what the user can do."""
    text = str(getattr(error, "orig", None) or error).lower()
    name = describe(path)
    if "locked" in text or "busy" in text:
        return WorkshopFileError(IN_USE.but(file=name))
    for clue, why in CLUES:
        if any(word in text for word in clue):
            if why == "damaged":
                return WorkshopFileError(DAMAGED.but(file=name))
            return WorkshopFileError(COULD_NOT[doing][why].but(file=name))
    return WorkshopFileError(COULD_NOT[doing]["other"].but(file=name, reason=text))


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    # The other holder of a workshop keeps its lock for as long as it has the file open, so a
    # long busy wait (sqlite3's default is 5 s) only delays "open in another Journeyline".
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT
    )
    _configure(conn, readonly)
    return conn


def _engine_for(dbapi: sqlite3.Connection, readonly: bool) -> Engine:
    engine = create_engine("sqlite://", creator=lambda: dbapi, poolclass=pool.StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None); we begin
        # explicitly so each edit takes the write lock up front.
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


class WorkshopFile:
    """An open workshop file: one SQLite connection holding the file's lock.

    ``notices`` are sentences the user should read although the file opened, e.g. that it was
    recovered after a crash.
    """

    def __init__(
        self,
        path: Path,
        dbapi: sqlite3.Connection,
        readonly: bool,
        notices: Sequence[FileProblem] = (),
    ) -> None:
        self.path = path
        self.readonly = readonly
        self.notices = tuple(notices)
        self._dbapi = dbapi
        self._engine = _engine_for(dbapi, readonly)
        self._conn: Connection | None = self._engine.connect()

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> WorkshopFile:
        """Open a workshop file, refusing (untouched) anything that is not a genuine one.

        Order matters: the header and the side files are looked at before SQLite is; a file
        in doubt (WAL, or side files SQLite would act on) is checked from a private copy first;
        the schema is compared before any other statement; every value is checked before the
        file is handed to anyone.
        """
        path = Path(path)
        header = _raw_header(path)
        _, version = _parse_header(path, header)
        _check_version(path, version)
        try:
            found = side_files.arrival(path, header)
        except side_files.NotRegularFileError as e:
            raise WorkshopFileError(
                FileProblem(
                    "{file} cannot be opened: its side file {side} is not a regular file.",
                    file=describe(path),
                    side=describe(Path(e.args[0])),
                )
            ) from None
        if not readonly and not os.access(path, os.W_OK):
            raise WorkshopFileError(
                FileProblem("{file} is read-only, so it cannot be edited.", file=describe(path))
            )
        if not readonly and not os.access(path.parent, os.W_OK):
            raise WorkshopFileError(
                FileProblem(
                    "{file} is in a read-only folder, so it cannot be edited.", file=describe(path)
                )
            )
        notices: list[FileProblem] = []
        if found.in_doubt:
            copy, replayed = _checked_copy(path, found, version, readonly)
            if replayed:
                notices.append((RECOVERED_HERE if readonly else RECOVERED).but(file=describe(path)))
            if readonly and version == SCHEMA_VERSION:
                _configure(copy, readonly=True)
                return cls(path, copy, readonly, notices)
            copy.close()
            if readonly:
                raise WorkshopFileError(OLDER.but(file=describe(path)))
        try:
            dbapi = _connect(path, readonly)
        except sqlite3.Error as e:
            raise explain(path, e, "be opened") from None
        try:
            if not readonly:
                # Take and keep the exclusive lock before reading anything, so a second
                # Journeyline is told the file is in use. Writes nothing to a file in rollback
                # mode without side files; a file in doubt (its copy passed the checks) is
                # recovered here by SQLite, as the copy was.
                dbapi.execute("BEGIN EXCLUSIVE")
                dbapi.execute("COMMIT")
                if found.wal_header or found.wal is not None:
                    # Every edit must land in the .journey itself, never only in a -wal.
                    dbapi.execute("PRAGMA journal_mode = DELETE")
            _verify(path, dbapi, version)
            if version < SCHEMA_VERSION:
                if readonly:
                    raise WorkshopFileError(OLDER.but(file=describe(path)))
                migrations.migrate(path, dbapi, version)
                _check_values(path, dbapi)
        except WorkshopFileError:
            dbapi.close()
            raise
        except sqlite3.Error as e:
            dbapi.close()
            raise explain(path, e, "be opened") from None
        return cls(path, dbapi, readonly, notices)

    # -- transactions -------------------------------------------------------------------------
    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise WorkshopFileError(CLOSED.but(file=describe(self.path)))
        return self._conn

    @contextlib.contextmanager
    def transaction(self, doing: Doing = "be saved") -> Iterator[Connection]:
        """One transaction: committed (durably) on success, rolled back on any error."""
        conn = self.connection
        try:
            with conn.begin():
                yield conn
        except DBAPIError as e:
            raise explain(self.path, e, doing) from None
        except sqlite3.Error as e:
            raise explain(self.path, e, doing) from None

    @contextlib.contextmanager
    def write_transaction(self, doing: Doing = "be saved") -> Iterator[sqlite3.Connection]:
        """One write transaction on the raw connection, for the edit path (models/row_sql.py).

        BEGIN IMMEDIATE takes the write lock up front; COMMIT returns once the change is on
        disk (synchronous=FULL). Any error rolls back and becomes one sentence for the user.
        """
        if self._conn is None:
            raise WorkshopFileError(CLOSED.but(file=describe(self.path)))
        db = self._dbapi
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise explain(self.path, e, doing) from None
        try:
            yield db
            db.execute("COMMIT")
        except BaseException as e:
            if db.in_transaction:
                db.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise explain(self.path, e, doing) from None
            raise

    # -- copies -------------------------------------------------------------------------------
    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """SQLite's backup into a temporary file beside the target, checked, then renamed."""
        save_database_copy(self._dbapi, Path(target))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._engine.dispose()
            self._dbapi.close()

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _checked_copy(
    path: Path, found: side_files.Arrival, version: int, readonly: bool
) -> tuple[sqlite3.Connection, bool]:
    """Recover a file in doubt from a private copy and check the copy; the original and its
    side files are not touched. Returns the checked copy (in memory) and whether a hot journal
    was rolled back."""
    name = describe(path)
    if side_files.held_elsewhere(path):
        raise WorkshopFileError(IN_USE.but(file=name))
    try:
        copy, replayed = side_files.recovered_copy(path, found)
    except sqlite3.Error as e:
        raise WorkshopFileError(DAMAGED.but(file=name)) from e
    except OSError as e:
        raise WorkshopFileError(
            FileProblem("{file} could not be checked: {reason}.", file=name, reason=os_reason(e))
        ) from None
    try:
        application_id, recovered_version = side_files.header_version(copy)
        if application_id != APPLICATION_ID or recovered_version != version:
            raise WorkshopFileError(
                FileProblem(
                    "{file} cannot be used: its side files change it into something that is not "
                    "this workshop file.",
                    file=name,
                )
            )
        _verify(path, copy, version)
    except BaseException:
        copy.close()
        raise
    return copy, replayed


def _verify(path: Path, dbapi: sqlite3.Connection, version: int) -> None:
    """The schema first (before any statement that could fire SQL of the file), then SQLite's
    own check, then every value (for the current version; an older file after migration)."""
    name = describe(path)
    try:
        file_check.check_schema(dbapi, version)
    except file_check.FileCheckError as e:
        raise WorkshopFileError(e.message.but(file=name)) from None
    found = [str(r[0]) for r in dbapi.execute("PRAGMA quick_check").fetchall()]
    if found != ["ok"]:
        # On a writable connection quick_check also tests CHECK and NOT NULL constraints: a
        # value outside the rules is then said with its row and field, not as damage.
        if version == SCHEMA_VERSION and all(_is_constraint_problem(p) for p in found):
            _check_values(path, dbapi)
        raise WorkshopFileError(
            FileProblem("{file} is damaged: SQLite's check of the file failed.", file=name)
        )
    if version == SCHEMA_VERSION:
        _check_values(path, dbapi)


def _is_constraint_problem(problem: str) -> bool:
    return problem.startswith(("CHECK constraint failed", "NULL value in"))


def _check_values(path: Path, dbapi: sqlite3.Connection) -> None:
    try:
        file_check.check_values(dbapi)
    except file_check.FileCheckError as e:
        raise WorkshopFileError(e.message.but(file=describe(path))) from None


def _configure(dbapi: sqlite3.Connection, readonly: bool) -> None:
    for pragma in (
        "trusted_schema = OFF",
        "cell_size_check = ON",
        "mmap_size = 0",
        "foreign_keys = ON",
        "synchronous = FULL",
    ):
        dbapi.execute(f"PRAGMA {pragma}")
    if not readonly:
        dbapi.execute("PRAGMA locking_mode = EXCLUSIVE")


def initialise_schema(conn: Connection) -> None:
    """Create the tables and stamp the file as a Journeyline file of the current version."""
    Base.metadata.create_all(conn)
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextlib.contextmanager
def building(path: Path, *, overwrite: bool) -> Iterator[Connection]:
    """Build a new workshop file in a temporary file beside ``path``, then rename it into place.

    The caller fills the yielded connection inside one transaction; if anything fails, the
    temporary file is removed and ``path`` is untouched (``models.atomic``).
    """
    if path.exists() and not overwrite:
        raise WorkshopFileError(
            FileProblem("{file} already exists; it was not overwritten.", file=describe(path))
        )
    # The file being replaced must not be open in an editor, which would go on writing into a
    # file without a name: take its lock first and keep it until the new file is in place.
    from models.replace_lock import holding_for_replace  # here: it imports this module

    with holding_for_replace(path), _building(path) as conn:
        yield conn


@contextlib.contextmanager
def _building(path: Path) -> Iterator[Connection]:
    try:
        with atomic.replacing(path) as temp:
            dbapi = sqlite3.connect(temp, isolation_level=None)
            try:
                dbapi.execute("PRAGMA journal_mode = DELETE")
                dbapi.execute("PRAGMA synchronous = FULL")
                dbapi.execute("PRAGMA foreign_keys = ON")
                engine = _engine_for(dbapi, readonly=False)
                with engine.begin() as conn:
                    initialise_schema(conn)
                    yield conn
                engine.dispose()
            finally:
                dbapi.close()
    except DBAPIError as e:
        raise explain(path, e, "be written") from None
    except sqlite3.Error as e:
        raise explain(path, e, "be written") from None
    except atomic.WriteError as e:
        raise WorkshopFileError(e.message) from None


def save_database_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database with SQLite's backup API into a new file at ``target``, atomically."""
    try:
        with atomic.replacing(target) as temp:
            dest = sqlite3.connect(temp, isolation_level=None)
            try:
                source.backup(dest)
                if dest.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                    raise WorkshopFileError(
                        FileProblem("The copy {file} failed its check.", file=describe(target))
                    )
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
    except sqlite3.Error as e:
        raise explain(target, e, "be written") from None
    except atomic.WriteError as e:
        raise WorkshopFileError(e.message) from None
