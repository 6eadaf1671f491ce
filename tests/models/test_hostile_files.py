"""Hostile and damaged workshop files (tests/hostile_files.py) through the model's doors.

Every case is refused with one sentence naming the file, and the file, its side files and its
folder keep every byte and modification time; nothing appears beside them. Genuine workshops
that arrive in WAL mode or with a hot journal open, and say so where something was recovered.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from models import edits
from models.document import Document
from models.transfer import export_document
from models.workshop_file import WorkshopFile, WorkshopFileError
from tests.hostile_files import (
    BIG_CHANGE,
    CORPUS,
    age,
    crash_mid_change,
    fingerprint,
    in_wal_mode,
    one_sentence_naming,
)


@pytest.fixture
def real_bytes(workshop_path: Path) -> bytes:
    return workshop_path.read_bytes()


def _built(tmp_path: Path, real: bytes, case: str) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = CORPUS[case].make(folder, real)
    age(folder)
    return path


@pytest.mark.parametrize("readonly", [False, True], ids=["edit", "read-only"])
@pytest.mark.parametrize("case", list(CORPUS))
def test_a_hostile_file_is_refused_untouched(
    tmp_path: Path, real_bytes: bytes, case: str, readonly: bool
) -> None:
    path = _built(tmp_path, real_bytes, case)
    before = fingerprint(path.parent)
    started = time.monotonic()

    with pytest.raises(WorkshopFileError) as refused:
        Document.open(path, readonly=readonly)

    assert time.monotonic() - started < 30, "opening hung"  # a FIFO must not block
    message = str(refused.value)
    one_sentence_naming(message, path)
    assert CORPUS[case].says in message, message
    assert fingerprint(path.parent) == before, "the file, its side files or its folder changed"


def test_a_trigger_never_runs(tmp_path: Path, real_bytes: bytes) -> None:
    """The attack of the issue: an ordinary edit would have fired the file's own trigger."""
    path = _built(tmp_path, real_bytes, "trigger")
    with pytest.raises(WorkshopFileError, match="trigger “wipe”"):
        doc = Document.open(path)
        doc.apply(edits.update_workshop(notes="an ordinary edit"))  # pragma: no cover


def test_the_expected_schema_is_the_one_a_new_file_gets(workshop_path: Path) -> None:
    """Derived from the code that makes files: a fresh workshop passes, byte for byte."""
    import sqlite3

    from models.file_check import current_schema, schema_rows

    db = sqlite3.connect(f"{workshop_path.as_uri()}?mode=ro", uri=True)
    try:
        assert schema_rows(db) == current_schema()
    finally:
        db.close()
    kinds = {kind for kind, *_ in current_schema()}
    assert kinds == {"table", "index"}, "Journeyline makes no trigger or view"


# -- genuine files with side files ----------------------------------------------------------------
def _titles(doc: Document) -> list[str]:
    return [s.title for j in doc.journeys() for s in doc.stations(j.id)]


def test_a_wal_file_reads_with_its_wal_and_stays_untouched(
    tmp_path: Path, workshop_path: Path
) -> None:
    in_wal_mode(workshop_path, "UPDATE station SET title = 'only in the wal' WHERE id = 1")
    (tmp_path / "sample.journey-shm").unlink(missing_ok=True)
    age(tmp_path)
    before = fingerprint(tmp_path)

    with Document.open(workshop_path, readonly=True) as doc:
        assert "only in the wal" in _titles(doc)
        assert doc.file.notices == ()

    assert fingerprint(tmp_path) == before, "reading a WAL file changed it or left a -shm"


def test_the_editor_converts_a_wal_file_and_edits_land_in_the_journey(
    tmp_path: Path, workshop_path: Path
) -> None:
    in_wal_mode(workshop_path, "UPDATE station SET title = 'only in the wal' WHERE id = 1")
    with Document.open(workshop_path) as doc:
        assert "only in the wal" in _titles(doc)
        assert not Path(f"{workshop_path}-wal").exists()
        doc.apply(edits.update_workshop(notes="edited after the conversion"))
        # What a user emails: the .journey alone, while the editor still has it open.
        emailed = tmp_path / "emailed"
        emailed.mkdir()
        shutil.copyfile(workshop_path, emailed / "copy.journey")
    assert workshop_path.read_bytes()[18:20] == b"\x01\x01", "still WAL in the header"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["emailed", "sample.journey"]
    with Document.open(emailed / "copy.journey") as copy:
        assert copy.workshop().notes == "edited after the conversion"
        assert "only in the wal" in _titles(copy)


def test_a_crashed_workshop_is_recovered_with_a_notice(tmp_path: Path, workshop_path: Path) -> None:
    with Document.open(workshop_path) as doc:
        expected = export_document(doc)
    crash_mid_change(workshop_path, *BIG_CHANGE)
    age(tmp_path)
    before = fingerprint(tmp_path)

    # Read-only: the last whole state, said so, and the file left as it is.
    with Document.open(workshop_path, readonly=True) as doc:
        assert export_document(doc) == expected
        (notice,) = map(str, doc.file.notices)
    one_sentence_naming(notice, workshop_path)
    assert "was not closed properly" in notice and "left as it is" in notice
    assert fingerprint(tmp_path) == before

    # For editing: recovered for real, the journal gone, said so.
    with Document.open(workshop_path) as doc:
        assert export_document(doc) == expected
        (notice,) = map(str, doc.file.notices)
        assert "recovered it" in notice
        one_sentence_naming(notice, workshop_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.journey"]
    with WorkshopFile.open(workshop_path) as again:
        assert again.notices == ()


def test_an_older_file_in_wal_mode_is_refused_read_only_and_upgraded_for_editing(
    tmp_path: Path,
) -> None:
    """A file of release 1 that arrives with a -wal: read-only use says it must be upgraded
    (never serves the old layout), the editor converts and upgrades it."""
    data = Path(__file__).resolve().parent.parent / "data" / "sample-v1.journey"
    path = tmp_path / "old.journey"
    shutil.copyfile(data, path)
    in_wal_mode(path, "UPDATE workshop SET title = 'Changed in WAL mode'")
    age(tmp_path)
    before = fingerprint(tmp_path)

    with pytest.raises(WorkshopFileError) as refused:
        Document.open(path, readonly=True)
    one_sentence_naming(str(refused.value), path)
    assert "older Journeyline" in str(refused.value)
    assert fingerprint(tmp_path) == before

    with Document.open(path) as doc:
        assert doc.workshop().title == "Changed in WAL mode"
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert not Path(f"{path}-wal").exists()
