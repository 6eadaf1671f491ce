"""Interchange version 2: ids kept, customer quotes, the workshop's language, and the first
migration of the workshop file, proved on files made by the previous release."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from models import edits, interchange, journey_ops
from models.document import Document, EditError
from models.migrations import backup_path
from models.resources import resource
from models.schema import SCHEMA_VERSION
from models.transfer import export_document, import_document
from models.workshop_file import WorkshopFileError

DATA = Path(__file__).resolve().parent.parent / "data"


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        version = db.execute("PRAGMA user_version").fetchone()
        return [str(version), *db.iterdump()]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- ids are kept ---------------------------------------------------------------------------------
def test_the_sample_comes_back_byte_for_byte(tmp_path: Path) -> None:
    """A document's own ids (own-ingrid, now-st-signup-form …) survive import and export, so a
    map kept in version control does not change on a round trip."""
    text = resource("samples", "sample.json").read_text(encoding="utf-8")
    import_document(interchange.parse(text), tmp_path / "s.journey")
    with Document.open(tmp_path / "s.journey") as document:
        assert interchange.dumps(export_document(document)) == text


def test_new_objects_get_readable_unique_ids(document: Document) -> None:
    today = document.journeys()[0]
    phase, line = document.phases(today.id)[0], document.lines(today.id)[0]
    first = document.apply(edits.add_station(phase.id, line.id, "Signs up!"))
    second = document.apply(edits.add_station(phase.id, line.id, "  signs UP  "))
    ids = [
        s.ident for s in document.stations(today.id) if s.title.casefold().strip("! ") == "signs up"
    ]
    assert ids == ["s-signs-up", "s-signs-up-2"]
    assert first and second
    owner = document.apply(edits.add_owner("Åsa Ødegård"))
    assert owner
    assert document.owners()[-1].ident == "own-asa-ødegard"
    document.apply(edits.add_station(phase.id, line.id, "Привет 🙂"))
    assert document.stations(today.id)[-1].ident in {s.ident for s in document.stations(today.id)}
    future = document.apply(journey_ops.design_future_journey(today.id))
    assert future
    copies = document.stations(document.journeys()[1].id)
    every = [
        *(o.ident for o in document.owners()),
        *(p.ident for p in document.personas()),
        *(j.ident for j in document.journeys()),
        *(x.ident for j in document.journeys() for x in document.phases(j.id)),
        *(x.ident for j in document.journeys() for x in document.lines(j.id)),
        *(x.ident for j in document.journeys() for x in document.stations(j.id)),
        *(x.ident for x in document.actions()),
    ]
    assert len(every) == len(set(every)), "an id is used twice"
    assert all(0 < len(i) <= 64 for i in every)
    assert copies and all(c.ident.startswith("s-") for c in copies)
    interchange.dumps(export_document(document))  # the whole workshop still exports


def test_an_undone_and_redone_add_keeps_its_id(document: Document) -> None:
    today = document.journeys()[0]
    phase, line = document.phases(today.id)[0], document.lines(today.id)[0]
    edit = edits.add_station(phase.id, line.id, "Reads the letter")
    document.apply(edit)
    made = document.station(edit.result)
    assert made is not None and made.ident == "s-reads-the-letter"
    document.revert(edit)
    assert document.station(edit.result) is None
    document.apply(edit)
    again = document.station(edit.result)
    assert again is not None and again.ident == "s-reads-the-letter"


# -- quotes and language ----------------------------------------------------------------------
def test_quotes_are_edited_undone_and_exported(document: Document) -> None:
    station = document.stations(document.journeys()[0].id)[0]
    said = [
        {"text": "  I never know what I will pay.  ", "source": "interview"},
        {"text": "=SUM(A1) <b>&</b>", "source": "review"},
    ]
    edit = edits.update_station(station.id, quotes=said)
    assert edit.label == "Edit station customer quotes"
    document.apply(edit)
    stored = document.station(station.id)
    assert stored is not None
    assert stored.quotes == [
        {"text": "I never know what I will pay.", "source": "interview"},
        {"text": "=SUM(A1) <b>&</b>", "source": "review"},
    ]
    exported = export_document(document)
    assert exported["journeys"][0]["stations"][0]["quotes"] == stored.quotes
    document.revert(edit)
    assert document.station(station.id).quotes == station.quotes  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("quotes", "sentence"),
    [
        ([{"text": "", "source": "interview"}], "Each customer quote must be 1 to 2,000"),
        ([{"text": "Hi", "source": "gossip"}], "The source of a customer quote must be one of"),
        ("Hi", "The customer quotes can hold at most 100 quotes."),
        ([{"text": "Hi"}] * 101, "The customer quotes can hold at most 100 quotes."),
    ],
)
def test_bad_quotes_are_refused_in_one_sentence(
    document: Document, quotes: object, sentence: str
) -> None:
    station = document.stations(document.journeys()[0].id)[0]
    with pytest.raises(EditError, match=sentence):
        edits.update_station(station.id, quotes=quotes)


def test_the_workshop_language_is_a_bcp_47_tag(document: Document) -> None:
    assert document.workshop().language == "en"
    document.apply(edits.update_workshop(language="nb-NO"))
    assert document.workshop().language == "nb-NO"
    assert export_document(document)["workshop"]["language"] == "nb-NO"
    for bad in ("norsk", "nb_NO", "", None, "x" * 36):
        with pytest.raises(EditError, match="language tag like en, nb-NO or pt-BR"):
            edits.update_workshop(language=bad)


# -- the first migration, on files made by the previous release ----------------------------------
@pytest.fixture
def old_sample(tmp_path: Path) -> Path:
    path = tmp_path / "Workshop.journey"
    shutil.copy2(DATA / "sample-v1.journey", path)
    return path


def test_a_version_1_file_opens_migrated_with_a_backup_and_its_data_intact(
    old_sample: Path, tmp_path: Path
) -> None:
    original = _dump(old_sample)
    with Document.open(old_sample) as document:
        exported = export_document(document)
    backup = backup_path(old_sample, 1)
    assert backup.name == "Workshop (before upgrade from v1).journey"
    assert _dump(backup) == original  # the untouched file's every table, row and version
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([old_sample.name, backup.name])

    before = json.loads((DATA / "sample-v1-export.json").read_text(encoding="utf-8"))
    expected = interchange.validate(before)  # read as version 2: language "en", no quotes
    assert exported == expected
    assert exported["version"] == 2 and exported["workshop"]["language"] == "en"
    # the ids the old release exported are kept: "station-1", "own-…" nothing renumbered
    assert [s["id"] for s in exported["journeys"][0]["stations"]] == [
        s["id"] for s in before["journeys"][0]["stations"]
    ]
    with sqlite3.connect(old_sample) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_a_migrated_file_has_exactly_the_schema_of_a_new_file(
    old_sample: Path, tmp_path: Path
) -> None:
    Document.open(old_sample).close()
    fresh = tmp_path / "fresh.journey"
    import_document(
        interchange.validate(json.loads((DATA / "sample-v1-export.json").read_text())), fresh
    )
    query = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"
    with sqlite3.connect(old_sample) as a, sqlite3.connect(fresh) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_a_migrated_file_is_edited_and_opens_again_without_a_second_upgrade(
    old_sample: Path, tmp_path: Path
) -> None:
    with Document.open(old_sample) as document:
        today = document.journeys()[0]
        phase, line = document.phases(today.id)[0], document.lines(today.id)[0]
        document.apply(edits.add_station(phase.id, line.id, "New after the upgrade"))
        count = len(document.stations(today.id))
    backup = backup_path(old_sample, 1)
    stamp = _sha(backup), backup.stat().st_mtime_ns
    with Document.open(old_sample) as document:
        assert len(document.stations(document.journeys()[0].id)) == count
        (made,) = [s for s in document.stations(today.id) if s.title == "New after the upgrade"]
        assert made.ident == "s-new-after-the-upgrade"
    assert (_sha(backup), backup.stat().st_mtime_ns) == stamp
    assert len(list(tmp_path.iterdir())) == 2


def test_the_lifecycle_file_of_the_previous_release_migrates(tmp_path: Path) -> None:
    path = tmp_path / "lifecycle.journey"
    shutil.copy2(DATA / "lifecycle-v1.journey", path)
    with Document.open(path) as document:
        assert document.workshop().title == "Lifecycle, made by release 1"
        journey = document.journeys()[0]
        assert journey.ident == "journey-1"
        assert len(document.phases(journey.id)) == 8


def test_an_old_file_opened_read_only_is_refused_untouched(old_sample: Path) -> None:
    stamp = _sha(old_sample), old_sample.stat().st_mtime_ns
    with pytest.raises(WorkshopFileError, match="older Journeyline"):
        Document.open(old_sample, readonly=True)
    assert (_sha(old_sample), old_sample.stat().st_mtime_ns) == stamp
    assert not backup_path(old_sample, 1).exists()


def test_a_version_1_file_with_foreign_tables_is_refused_without_a_backup(
    old_sample: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(old_sample) as db:
        db.execute("ALTER TABLE station ADD COLUMN secret TEXT")
    stamp = _sha(old_sample), old_sample.stat().st_mtime_ns
    with pytest.raises(WorkshopFileError, match="table “station” is not the one Journeyline makes"):
        Document.open(old_sample)
    assert (_sha(old_sample), old_sample.stat().st_mtime_ns) == stamp
    assert [p.name for p in tmp_path.iterdir()] == [old_sample.name]
