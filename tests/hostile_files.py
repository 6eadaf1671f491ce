"""A corpus of hostile and damaged workshop files, built by the tests from the sample.

Each case makes a file in a folder of its own (maybe with side files) and names the words the
refusal must say. The tests run every case through each door (the model's open for editing and
read-only, ``info``, ``export``, the editor window) and check that the file, its side files and
the folder are exactly as they were: same bytes, same modification times, nothing new.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAST_NS = 1_000_000_000  # 2001-09-09: any write moves a file's time away from this
HOSTILE_COLOR = '#336699"/><script>alert(1)</script><rect onload="x'

Fingerprint = dict[str, tuple[str, int, int]]


def fingerprint(folder: Path) -> Fingerprint:
    """Every entry of the folder: (sha256 of a regular file's bytes, mode type, mtime in ns)."""
    found: Fingerprint = {}
    for name in sorted(os.listdir(folder)):
        st = os.lstat(folder / name)
        digest = ""
        if stat.S_ISREG(st.st_mode):
            digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        found[name] = (digest, stat.S_IFMT(st.st_mode), st.st_mtime_ns)
    return found


def age(folder: Path) -> None:
    """Give every entry of the folder a time in the past, so that any write shows."""
    for name in os.listdir(folder):
        os.utime(folder / name, ns=(PAST_NS, PAST_NS), follow_symlinks=False)


def one_sentence_naming(message: str, path: Path) -> None:
    assert f"“{path.name}”" in message, f"the message does not name the file: {message!r}"
    assert "\n" not in message
    assert message.endswith("."), message
    assert "Traceback" not in message and "internal error" not in message, message


def raw_sql(path: Path, *statements: str, checks: bool = True) -> None:
    """Statements on the file as another program would run them (rollback mode)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = OFF")
        if not checks:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def first_id(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        (row_id,) = conn.execute(f"SELECT min(id) FROM {table}").fetchone()
    finally:
        conn.close()
    return int(row_id)


def rewrite_schema(path: Path, table: str, old: str, new: str) -> None:
    """Change a table's SQL text in sqlite_schema (how a file loses a CHECK constraint)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        (sql,) = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
        changed = re.sub(old, new, sql)
        assert changed != sql, f"{old!r} not in the schema of {table}"
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (changed, table))
        conn.execute("PRAGMA writable_schema = OFF")
    finally:
        conn.close()


# -- side files -------------------------------------------------------------------------------
WAL_CHILD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
for sql in sys.argv[2:]:
    conn.execute(sql)
import os
os._exit(0)  # no checkpoint on close: the changes stay in the -wal
"""

CRASH_CHILD = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file mid-transaction
conn.execute("BEGIN")
for sql in sys.argv[2:]:
    conn.execute(sql)
os.kill(os.getpid(), 9)
"""


def in_wal_mode(path: Path, *statements: str) -> None:
    """Turn the file into WAL mode, with ``statements`` committed into its -wal only."""
    subprocess.run([sys.executable, "-c", WAL_CHILD, str(path), *statements], check=True)
    assert Path(f"{path}-wal").exists()


def crash_mid_change(path: Path, *statements: str) -> None:
    """A program killed in the middle of a transaction: the file keeps a hot journal."""
    done = subprocess.run([sys.executable, "-c", CRASH_CHILD, str(path), *statements])
    assert done.returncode == -signal.SIGKILL, done
    assert Path(f"{path}-journal").stat().st_size > 0


# A change big enough to spill pages into the file before the crash.
BIG_CHANGE = (
    "UPDATE station SET description = printf('%.5000c', 'x') || id",
    "UPDATE action SET description = printf('%.5000c', 'y') || id",
)


@dataclass(frozen=True)
class Case:
    make: Callable[[Path, bytes], Path]
    says: str  # words the refusal must contain


def _copy(folder: Path, real: bytes, name: str) -> Path:
    path = folder / name
    path.write_bytes(real)
    return path


def _trigger(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "trigger.journey")
    raw_sql(
        path,
        "CREATE TRIGGER wipe AFTER UPDATE ON workshop BEGIN "
        "DELETE FROM action; UPDATE station SET title = 'gone'; END",
    )
    return path


def _view(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "view.journey")
    raw_sql(path, "CREATE VIEW everything AS SELECT * FROM station")
    return path


def _index(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "index.journey")
    raw_sql(path, "CREATE INDEX ix_station_title ON station (title)")
    return path


def _missing_index(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "no-index.journey")
    raw_sql(path, "DROP INDEX ix_station_owner_id")
    return path


def _extra_table(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "table.journey")
    raw_sql(path, "CREATE TABLE secrets (x TEXT)")
    return path


def _hidden_table(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "hidden.journey")
    raw_sql(path, "CREATE TABLE sqliteXhidden (x TEXT)")
    return path


def _no_checks(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "no-checks.journey")
    rewrite_schema(path, "station", r", \s*CONSTRAINT ck_station_emotion CHECK \([^\n]*\)\)", "")
    return path


def _emotion_99(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "emotion.journey")
    sid = first_id(path, "station")
    raw_sql(path, f"UPDATE station SET emotion = 99 WHERE id = {sid}", checks=False)
    return path


def _emotion_text(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "emotion-text.journey")
    sid = first_id(path, "station")
    raw_sql(path, f"UPDATE station SET emotion = 'very' WHERE id = {sid}", checks=False)
    return path


def _needs_not_json(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "needs.journey")
    sid = first_id(path, "station")
    raw_sql(path, f"UPDATE station SET needs = '[not json' WHERE id = {sid}", checks=False)
    return path


def _bad_date(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "date.journey")
    aid = first_id(path, "action")
    raw_sql(path, f"UPDATE action SET due = '2026-02-31' WHERE id = {aid}", checks=False)
    return path


def _hostile_colour(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "colour.journey")
    lid = first_id(path, "line")
    colour = HOSTILE_COLOR.replace("'", "''")
    raw_sql(path, f"UPDATE line SET color = '{colour}' WHERE id = {lid}", checks=False)
    return path


def _moment_7(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "moment.journey")
    sid = first_id(path, "station")
    raw_sql(path, f"UPDATE station SET moment_of_truth = 7 WHERE id = {sid}", checks=False)
    return path


def _empty_title(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "title.journey")
    sid = first_id(path, "station")
    raw_sql(path, f"UPDATE station SET title = '' WHERE id = {sid}", checks=False)
    return path


def _workshop_id(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "workshop-id.journey")
    raw_sql(path, "UPDATE workshop SET id = 2", checks=False)
    return path


def _dangling(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "dangling.journey")
    sid = first_id(path, "station")
    raw_sql(path, f"UPDATE station SET phase_id = 9999 WHERE id = {sid}")
    return path


def _other_journey(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "crossed.journey")
    raw_sql(
        path,
        "UPDATE station SET phase_id = (SELECT max(id) FROM phase) WHERE id = "
        "(SELECT min(id) FROM station)",
    )
    return path


def _wal_with_trigger(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "wal-trigger.journey")
    in_wal_mode(path, "CREATE TRIGGER wipe AFTER UPDATE ON workshop BEGIN DELETE FROM action; END")
    return path


def _wal_beside_rollback_file(folder: Path, real: bytes) -> Path:
    """A -wal that SQLite would read although the header says rollback mode."""
    other = folder / "elsewhere"
    other.mkdir()
    path = _copy(other, real, "w.journey")
    in_wal_mode(path, "CREATE VIEW everything AS SELECT * FROM station")
    target = _copy(folder, real, "stray-wal.journey")
    (folder / "stray-wal.journey-wal").write_bytes(Path(f"{path}-wal").read_bytes())
    for name in os.listdir(other):
        (other / name).unlink()
    other.rmdir()
    return target


def _hot_journal_in_bad_file(folder: Path, real: bytes) -> Path:
    path = _trigger(folder, real)
    crash_mid_change(path, *BIG_CHANGE)
    return path


def _journal_makes_it_bad(folder: Path, real: bytes) -> Path:
    """A genuine file whose leftover journal would roll it back into a hostile one."""
    path = _copy(folder, real, "bad-journal.journey")
    hostile = _trigger(folder, real)
    crash_mid_change(hostile, "DROP TRIGGER wipe", *BIG_CHANGE)
    # the journal of the hostile file (holding its trigger) beside the genuine one
    Path(f"{path}-journal").write_bytes(Path(f"{hostile}-journal").read_bytes())
    Path(f"{hostile}-journal").unlink()
    hostile.unlink()
    return path


def _fifo(folder: Path, real: bytes) -> Path:
    path = folder / "pipe.journey"
    os.mkfifo(path)
    return path


def _device(folder: Path, real: bytes) -> Path:
    path = folder / "zero.journey"
    path.symlink_to("/dev/zero")
    return path


def _fifo_journal(folder: Path, real: bytes) -> Path:
    path = _copy(folder, real, "fifo-journal.journey")
    os.mkfifo(f"{path}-journal")
    return path


CHANGED = "was changed outside Journeyline"
CORPUS: dict[str, Case] = {
    # 1. foreign SQL and a schema that is not ours
    "trigger": Case(_trigger, "holds a trigger “wipe” that Journeyline does not make"),
    "view": Case(_view, "holds a view “everything”"),
    "extra index": Case(_index, "holds an index “ix_station_title”"),
    "missing index": Case(_missing_index, "its index “ix_station_owner_id” is missing"),
    "extra table": Case(_extra_table, "holds a table “secrets”"),
    "sqliteXhidden table": Case(_hidden_table, "holds a table “sqliteXhidden”"),
    "a table without its CHECKs": Case(_no_checks, "its table “station” is not the one"),
    # 2. values outside the rules
    "emotion 99": Case(
        _emotion_99,
        "the emotion of station 1 is 99. The emotion must be a whole number from -2 to 2 or empty.",
    ),
    "emotion as text": Case(_emotion_text, "emotion of station 1 is “very”. The emotion must be"),
    "needs not JSON": Case(_needs_not_json, "is “[not json”, which is not a list"),
    "bad date": Case(
        _bad_date, "due date of action 1 is “2026-02-31”. The due date must be a date"
    ),
    "hostile colour": Case(_hostile_colour, 'colour of line 1 is “#336699"/><script>'),
    "moment of truth 7": Case(_moment_7, "is 7. The moment"),
    "empty title": Case(
        _empty_title, "the station title of station 1 is “”. The station title must be 1 to"
    ),
    "workshop row with id 2": Case(_workshop_id, "it has no workshop record"),
    "dangling reference": Case(_dangling, "refers to a phase that is not in the file"),
    "phase of another journey": Case(_other_journey, "of another journey"),
    # 3. side files
    "WAL with a trigger in its -wal": Case(_wal_with_trigger, "holds a trigger “wipe”"),
    "stray -wal beside a rollback file": Case(_wal_beside_rollback_file, "holds a view"),
    "hot journal in a hostile file": Case(_hot_journal_in_bad_file, "holds a trigger “wipe”"),
    "journal that brings a trigger": Case(_journal_makes_it_bad, "holds a trigger “wipe”"),
    "a FIFO as the journal": Case(_fifo_journal, "is not a regular file"),
    # 4. special files
    "FIFO": Case(_fifo, "is not a regular file"),
    "device": Case(_device, "is not a regular file"),
}
