"""The workshop file: refusing what is not one, the lock, copies, import/export, durability.

Files arrive by email; a file that is not a workshop must be refused with one sentence naming
it, and must not be touched: same bytes, same modification time, and nothing left beside it.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from models import edits, interchange
from models.document import Document, EditError
from models.interchange import DocumentDict
from models.schema import SCHEMA_VERSION
from models.transfer import export_document, import_document
from models.workshop_file import WorkshopFile, WorkshopFileError, read_header
from tests.hostile_files import in_wal_mode
from tests.read_only import read_only_folder
from tests.strategies import documents

ROOT = Path(__file__).resolve().parents[2]
PAST_NS = 1_000_000_000  # 2001-09-09: any write to a file would move its time away from this


# -- helpers --------------------------------------------------------------------------------------
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def one_sentence_naming(message: str, path: Path) -> None:
    assert f"“{path.name}”" in message, f"the message does not name the file: {message!r}"
    assert "\n" not in message
    assert message.endswith("."), message
    assert len(re.findall(r"[.!?](?:\s|$)", message)) == 1, f"not one sentence: {message!r}"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def integrity(doc: Document) -> list[Any]:
    with doc.file.transaction("be read") as conn:
        return [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]


@pytest.fixture
def real_bytes(workshop_path: Path) -> bytes:
    return workshop_path.read_bytes()


def _raw_sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


# -- files that are not workshops -----------------------------------------------------------------
def _empty(folder: Path, real: bytes) -> Path:
    path = folder / "empty.journey"
    path.write_bytes(b"")
    return path


def _random(folder: Path, real: bytes) -> Path:
    path = folder / "noise.journey"
    path.write_bytes(random.Random(7).randbytes(20_000))
    return path


def _first_page(folder: Path, real: bytes) -> Path:
    path = folder / "cut.journey"
    path.write_bytes(real[:4096])
    return path


def _half(folder: Path, real: bytes) -> Path:
    path = folder / "half.journey"
    path.write_bytes(real[: len(real) // 2])
    return path


def _other_database(folder: Path, real: bytes) -> Path:
    path = folder / "contacts.journey"
    _raw_sql(
        path,
        "CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO contact (name) VALUES ('Kari'), ('Ola')",
    )
    return path


def _zip(folder: Path, real: bytes) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("sample.journey", real)
    path = folder / "zipped.journey"
    path.write_bytes(buffer.getvalue())
    return path


def _json(folder: Path, real: bytes) -> Path:
    path = folder / "renamed.journey"
    path.write_bytes((ROOT / "resources" / "samples" / "sample.json").read_bytes())
    return path


def _newer(folder: Path, real: bytes) -> Path:
    path = folder / "newer.journey"
    path.write_bytes(real)
    _raw_sql(path, f"PRAGMA user_version = {SCHEMA_VERSION + 6}")
    return path


def _no_version(folder: Path, real: bytes) -> Path:
    path = folder / "unversioned.journey"
    path.write_bytes(real)
    _raw_sql(path, "PRAGMA user_version = 0")
    return path


def _extra_table(folder: Path, real: bytes) -> Path:
    path = folder / "extra.journey"
    path.write_bytes(real)
    _raw_sql(path, "CREATE TABLE secrets (x TEXT)")
    return path


def _missing_table(folder: Path, real: bytes) -> Path:
    path = folder / "missing-table.journey"
    path.write_bytes(real)
    _raw_sql(path, "PRAGMA foreign_keys = OFF", "DROP TABLE action")
    return path


def _extra_column(folder: Path, real: bytes) -> Path:
    path = folder / "extra-column.journey"
    path.write_bytes(real)
    _raw_sql(path, "ALTER TABLE station ADD COLUMN colour TEXT")
    return path


BAD_FILES: dict[str, tuple[Callable[[Path, bytes], Path], str]] = {
    "empty": (_empty, "is empty"),
    "random bytes": (_random, "is not a Journeyline workshop file"),
    "first 4096 bytes of a workshop": (_first_page, "damaged"),
    "first half of a workshop": (_half, "damaged"),
    "another program's database": (_other_database, "another program"),
    "zip archive": (_zip, "zip archive"),
    "JSON renamed to .journey": (_json, "is not a Journeyline workshop file"),
    "newer version": (_newer, "newer Journeyline"),
    "no version": (_no_version, "damaged"),
    "extra table": (_extra_table, "holds a table “secrets” that Journeyline does not make"),
    "missing table": (_missing_table, "its table “action” is missing"),
    "extra column": (_extra_column, "its table “station” is not the one Journeyline makes"),
}


@pytest.mark.parametrize("readonly", [False, True], ids=["edit", "read-only"])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_file_that_is_not_a_workshop_is_refused_untouched(
    tmp_path: Path, real_bytes: bytes, case: str, readonly: bool
) -> None:
    make, expected = BAD_FILES[case]
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = make(folder, real_bytes)
    os.utime(path, ns=(PAST_NS, PAST_NS))
    digest, before = sha256(path), listing(folder)

    with pytest.raises(WorkshopFileError) as refused:
        WorkshopFile.open(path, readonly=readonly)

    message = str(refused.value)
    one_sentence_naming(message, path)
    assert expected in message
    assert sha256(path) == digest, "a refused file was changed"
    assert path.stat().st_mtime_ns == PAST_NS, "a refused file was written to"
    assert listing(folder) == before, "a side file was left beside a refused file"


def test_a_newer_file_names_both_versions(tmp_path: Path, real_bytes: bytes) -> None:
    path = _newer(tmp_path, real_bytes)
    with pytest.raises(WorkshopFileError) as refused:
        Document.open(path)
    numbers = set(re.findall(r"\d+", str(refused.value)))
    assert {str(SCHEMA_VERSION + 6), str(SCHEMA_VERSION)} <= numbers, str(refused.value)


def test_a_file_that_does_not_exist_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "gone.journey"
    for readonly in (False, True):
        with pytest.raises(WorkshopFileError) as refused:
            WorkshopFile.open(path, readonly=readonly)
        one_sentence_naming(str(refused.value), path)
        assert "does not exist" in str(refused.value)
    assert listing(tmp_path) == []


def test_a_folder_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "folder.journey"
    path.mkdir()
    os.utime(path, ns=(PAST_NS, PAST_NS))
    for readonly in (False, True):
        with pytest.raises(WorkshopFileError) as refused:
            WorkshopFile.open(path, readonly=readonly)
        one_sentence_naming(str(refused.value), path)
        assert "folder" in str(refused.value)
    assert listing(tmp_path) == ["folder.journey"]
    assert listing(path) == []
    assert path.stat().st_mtime_ns == PAST_NS


# -- one Journeyline at a time --------------------------------------------------------------------
HOLDER = """
import sys
from models.document import Document

doc = Document.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
doc.close()
print("closed", flush=True)
"""


@pytest.fixture
def holder(workshop_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Journeyline (a child process) with the sample open for editing."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workshop_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        ready = proc.stdout.readline()
        assert ready == "ready\n", proc.stderr.read() if proc.stderr else ready
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


def test_a_file_open_in_another_journeyline_is_refused_and_undamaged(
    workshop_path: Path, holder: subprocess.Popen[str]
) -> None:
    original = _export_of(workshop_path)  # what the sample exports
    digest, before = sha256(workshop_path), listing(workshop_path.parent)

    for readonly in (False, True):
        started = time.perf_counter()
        with pytest.raises(WorkshopFileError) as refused:
            WorkshopFile.open(workshop_path, readonly=readonly)
        waited = time.perf_counter() - started
        message = str(refused.value)
        one_sentence_naming(message, workshop_path)
        assert "open in another Journeyline" in message
        assert waited < 3.0, f"the user waited {waited:.1f} s to be told"

    assert sha256(workshop_path) == digest
    assert listing(workshop_path.parent) == before

    # The other Journeyline still has it, and closes it normally; then it opens here, whole.
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline() == "closed\n"
    with Document.open(workshop_path) as doc:
        assert integrity(doc) == ["ok"]
        assert export_document(doc) == original


def _export_of(path: Path) -> DocumentDict:
    """The export of a copy of the file (the original may be locked by another process)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(path.read_bytes())
        with Document.open(copy) as doc:
            return export_document(doc)


# -- save a copy ----------------------------------------------------------------------------------
def _temp_files(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.endswith(".tmp") or n.startswith(".")]


def test_save_copy_writes_an_identical_workshop(document: Document, tmp_path: Path) -> None:
    today = document.journeys()[0].id
    station = document.stations(today)[0]
    document.apply(edits.update_station(station.id, emotion=2, title="Changed before the copy"))
    expected = export_document(document)
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "copy.journey"

    document.file.save_copy(target)

    assert listing(folder) == ["copy.journey"], "temporary files left beside the copy"
    assert _temp_files(tmp_path) == []
    header = target.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01", "the copy is not in rollback-journal mode"
    assert read_header(target)[1] == SCHEMA_VERSION
    with Document.open(target) as copy:
        assert integrity(copy) == ["ok"]
        assert export_document(copy) == expected

    # The open workshop is still the original: later edits go there, not into the copy.
    document.apply(edits.update_station(station.id, emotion=-2))
    assert document.station(station.id).emotion == -2
    with Document.open(target) as copy:
        assert export_document(copy) == expected


def test_save_copy_replaces_an_existing_file_by_rename(document: Document, tmp_path: Path) -> None:
    target = tmp_path / "copy.journey"
    target.write_bytes(b"the previous copy")
    with target.open("rb") as previous:
        inode = os.fstat(previous.fileno()).st_ino
        document.file.save_copy(target)
        # A reader of the previous file still sees it whole: the new copy was renamed over it,
        # never written into it.
        assert previous.read() == b"the previous copy"
    assert target.stat().st_ino != inode
    assert _temp_files(tmp_path) == []
    with Document.open(target) as copy:
        assert export_document(copy) == export_document(document)


def test_save_copy_into_a_missing_folder_fails_cleanly(document: Document, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "copy.journey"
    before = listing(tmp_path)
    with pytest.raises(WorkshopFileError) as refused:
        document.file.save_copy(target)
    one_sentence_naming(str(refused.value), target)
    assert listing(tmp_path) == before


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    with read_only_folder(folder):
        yield folder


def test_save_copy_into_a_read_only_folder_raises(document: Document, locked_folder: Path) -> None:
    target = locked_folder / "copy.journey"
    with pytest.raises(WorkshopFileError) as refused:
        document.file.save_copy(target)
    assert str(refused.value) == (
        "“copy.journey” could not be written: the folder is read-only; nothing was written."
    )
    assert listing(locked_folder) == []


# -- import and export ----------------------------------------------------------------------------
_REFERENCES = ("persona", "phase", "line", "station", "owner")


def canonical_ids(doc: DocumentDict) -> dict[str, Any]:
    """The document with every id renamed by order of appearance, references following."""
    names: dict[str, str] = {}

    def define(ident: str) -> None:
        assert ident not in names, f"id {ident!r} defined twice"
        names[ident] = f"#{len(names)}"

    for owner in doc["owners"]:
        define(owner["id"])
    for persona in doc["personas"]:
        define(persona["id"])
    for journey in doc["journeys"]:
        define(journey["id"])
        for key in ("phases", "lines", "stations", "actions"):
            for item in journey[key]:
                define(item["id"])

    def rename(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: rename(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v) for v in value]
        if key in ("id", *_REFERENCES) and value is not None:
            return names[value]
        return value

    return rename(doc)


def test_canonical_ids_sees_a_broken_reference(sample_doc: DocumentDict) -> None:
    """The helper below must be able to tell documents apart, or the round trip proves nothing."""
    other = interchange.validate(sample_doc)
    stations = other["journeys"][0]["stations"]
    stations[0]["owner"], stations[1]["owner"] = stations[1]["owner"], stations[2]["owner"]
    assert canonical_ids(other) != canonical_ids(sample_doc)
    renamed = interchange.validate(sample_doc)
    for n, owner in enumerate(renamed["owners"]):
        for journey in renamed["journeys"]:
            for item in (*journey["stations"], *journey["actions"]):
                if item["owner"] == owner["id"]:
                    item["owner"] = f"renamed-{n}"
        owner["id"] = f"renamed-{n}"
    assert canonical_ids(renamed) == canonical_ids(sample_doc)


def test_import_export_of_the_sample_round_trips(
    document: Document, sample_doc: DocumentDict
) -> None:
    exported = export_document(document)
    assert canonical_ids(exported) == canonical_ids(sample_doc)
    assert interchange.parse(interchange.dumps(exported)) == exported


def test_names_with_a_nul_character_are_refused_at_both_doors(
    tmp_path: Path, sample_doc: DocumentDict, document: Document
) -> None:
    """NUL cuts strings short in other programs (and SQLite's length()): a control character
    that models.rules refuses in the document and in an edit alike."""
    sample_doc["workshop"]["title"] = "\x00 workshop"
    sample_doc["owners"][0]["name"] = "\x00"
    with pytest.raises(interchange.InterchangeError) as refused:
        interchange.validate(sample_doc)
    assert [p.split(":")[0] for p in refused.value.problems] == ["workshop.title", "owners[0].name"]
    with pytest.raises(EditError, match=r"control character U\+0000"):
        document.apply(edits.update_workshop(title="\x00"))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(doc=documents())
def test_import_then_export_gives_the_document_back(doc: DocumentDict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "drawn.journey"
        import_document(doc, path)
        with Document.open(path) as opened:
            exported = export_document(opened)
    assert canonical_ids(exported) == canonical_ids(doc)
    assert interchange.parse(interchange.dumps(exported)) == exported


# -- durability -----------------------------------------------------------------------------------
BURST = """
import os
import sys
import traceback

from models import edits
from models.document import Document


def burst(path):
    doc = Document.open(path)
    journey = doc.journeys()[0].id
    phases, lines = doc.phases(journey), doc.lines(journey)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if n % 3 == 0:
            edit = edits.update_workshop(notes=f"burst {n}")
        else:
            lane = (phases[n % len(phases)].id, lines[n % len(lines)].id)
            edit = edits.add_station(*lane, f"burst {n}", index=n % 2)
        doc.apply(edit)
        print(n, flush=True)  # only once apply() has returned


# One Python with the model imported forks a fresh child per run (starting Python and
# SQLAlchemy twenty times would take most of the test's time). Each child opens the workshop
# itself, with its standard output on the FIFO the test reads.
for request in sys.stdin:
    path, fifo = request.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        try:
            out = os.open(fifo, os.O_WRONLY)
            os.dup2(out, 1)
            os.close(out)
            burst(path)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(status, flush=True)
"""


@pytest.fixture
def burst_launcher() -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", BURST],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    try:
        yield proc
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("arrival", ["rollback", "wal"])
def test_edits_reported_done_survive_kill_9(
    workshop_path: Path, tmp_path: Path, burst_launcher: subprocess.Popen[str], arrival: str
) -> None:
    """A child applies edits as fast as it can and is killed at a random moment, 20 times.

    Each edit reported done (apply returned) must be in the file when it is opened again,
    the file must pass SQLite's integrity check, and at most the one edit in flight may be
    there beyond the last reported. ``wal``: the workshop arrives in WAL mode, with a change
    that lives only in its -wal; the editor converts it on opening, so the change and every
    edit reported done are in the .journey itself, and no -wal is ever left.
    """
    rng = random.Random(20)
    side_files: dict[str, bytes] = {}
    if arrival == "wal":
        in_wal_mode(workshop_path, "UPDATE workshop SET notes = 'arrived in WAL mode'")
        side_files["-wal"] = Path(f"{workshop_path}-wal").read_bytes()
        Path(f"{workshop_path}-shm").unlink(missing_ok=True)
    template = workshop_path.read_bytes()
    with Document.open(workshop_path, readonly=True) as doc:
        original_notes = doc.workshop().notes
    if arrival == "wal":
        assert original_notes == "arrived in WAL mode"
    launcher_in, launcher_out = burst_launcher.stdin, burst_launcher.stdout
    assert launcher_in is not None and launcher_out is not None
    total = 0
    for run in range(20 if arrival == "rollback" else 12):
        path, fifo = tmp_path / f"burst-{run}.journey", tmp_path / f"burst-{run}.out"
        path.write_bytes(template)
        for suffix, data in side_files.items():
            Path(f"{path}{suffix}").write_bytes(data)
        os.mkfifo(fifo)
        launcher_in.write(f"{path}\t{fifo}\n")
        launcher_in.flush()
        pid = int(launcher_out.readline())
        with open(fifo, "rb") as out:
            assert out.readline() == b"ready\n", f"run {run}: the child did not start"
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(pid, signal.SIGKILL)
            text = out.read().decode()
        status = int(launcher_out.readline())
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
        # only whole lines: a line is printed after its edit's apply() returned
        reported = [int(line) for line in text.split("\n")[:-1]]
        assert reported == list(range(1, len(reported) + 1))
        last = reported[-1] if reported else 0
        total += len(reported)
        assert not Path(f"{path}-wal").exists(), f"run {run}: a -wal was left"
        assert path.read_bytes()[18:20] == b"\x01\x01", f"run {run}: the file is still WAL"

        with Document.open(path) as doc:
            assert integrity(doc) == ["ok"], f"run {run}: damaged after kill -9"
            with doc.file.transaction("be read") as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            titles = {s.title for s in doc.stations(doc.journeys()[0].id)}
            burst = {int(t.split()[1]) for t in titles if t.startswith("burst ")}
            adds = {n for n in reported if n % 3}
            assert adds <= burst, f"run {run}: edits {sorted(adds - burst)} reported done, lost"
            assert burst <= adds | {last + 1}, f"run {run}: edits never done are in the file"
            done_notes = [n for n in reported if n % 3 == 0]
            allowed = {f"burst {done_notes[-1]}" if done_notes else original_notes}
            if (last + 1) % 3 == 0:
                allowed.add(f"burst {last + 1}")
            assert doc.workshop().notes in allowed
    assert total > 20, "the children hardly edited anything before being killed"


def test_every_edit_leaves_a_rollback_journal_never_a_wal(document: Document) -> None:
    path = document.path
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    today = document.journeys()[0].id
    phases, lines = document.phases(today), document.lines(today)

    def journal_mode() -> str:
        with document.file.transaction("be read") as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        assert sync == 2, "synchronous is not FULL"
        return str(mode)

    assert journal_mode() == "delete"
    done = []
    for edit in (
        edits.add_station(phases[0].id, lines[0].id, "New", index=0),
        edits.update_workshop(notes="changed"),
        edits.move_phase(phases[0].id, 3),
        edits.delete_phase(phases[5].id),
        edits.add_owner("Someone"),
    ):
        document.apply(edit)
        done.append(edit)
        assert not wal.exists() and not shm.exists()
        assert journal_mode() == "delete"
    for edit in reversed(done):
        document.revert(edit)
        assert not wal.exists() and not shm.exists()
        assert journal_mode() == "delete"
    document.close()
    assert document.path.read_bytes()[18:20] == b"\x01\x01", "the file says WAL"
    assert listing(path.parent) == [path.name], "files left beside the closed workshop"


# --- a full disk while editing ------------------------------------------------------------------


def test_an_edit_on_a_full_disk_is_one_sentence_and_changes_nothing(document: Document):
    """SQLite's page limit raises the same error (SQLITE_FULL) as a full disk."""
    journey = document.journeys()[0].id
    snap = document.snapshot(journey)
    before = export_document(document)
    db = document.file._dbapi  # the test's way to fill the "disk"
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    db.execute(f"PRAGMA max_page_count = {pages}")
    big = edits.add_station(
        snap.phases[0].id, snap.lines[0].id, "Reads the terms", description="x" * 10_000
    )
    with pytest.raises(WorkshopFileError) as refused:
        document.apply(big)
    assert str(refused.value) == "“sample.journey” could not be saved: the disk is full."
    assert export_document(document) == before
    # Room again: the workshop goes on working, nothing was half-written.
    db.execute(f"PRAGMA max_page_count = {pages * 100}")
    document.apply(edits.add_station(snap.phases[0].id, snap.lines[0].id, "Reads the terms"))
    titles = [s.title for s in document.snapshot(journey).stations]
    assert titles.count("Reads the terms") == 1
