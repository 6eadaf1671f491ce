"""The library on the local SQLite library and on a real PostgreSQL server: migrations,
publishing (one transaction, immutable versions), optimistic concurrency, templates."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from models import interchange
from models.document import Document
from models.interchange import DocumentDict
from models.library import config, index, migrate, working_copy
from models.library.errors import LibraryError, LibrarySchemaError, PublishConflict
from models.library.schema import published_version, search_entry
from models.library.store import Library
from models.transfer import export_document, import_document


def _count(library: Library, table: object) -> int:
    with library.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_an_empty_database_is_migrated_to_the_newest_schema(library_url: str) -> None:
    with Library.open(library_url) as library:
        with library.engine.connect() as conn:
            assert migrate.current(conn) == migrate.head()
            tables = set(inspect(conn).get_table_names())
        assert {"published_map", "published_version", "search_entry", "alembic_version"} <= tables
        assert library.maps() == []
    with Library.open(library_url) as again:  # already up to date: nothing to do
        assert again.maps() == []


def test_the_local_library_needs_no_set_up() -> None:
    with Library.open() as library:
        assert library.dialect == "sqlite"
        assert library.label == "the local library"
    assert (config.data_folder() / config.LOCAL_LIBRARY_FILE).is_file()


def test_a_library_of_a_newer_journeyline_is_refused(library_url: str) -> None:
    Library.open(library_url).close()
    with Library.open(library_url) as library, library.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(LibrarySchemaError, match="newer Journeyline"):
        Library.open(library_url)


def test_publish_keeps_the_document_and_who_when_why(
    library_url: str, sample_doc: DocumentDict
) -> None:
    with Library.open(library_url) as library:
        info = library.publish(sample_doc, message="after workshop 2", author="Kari Nordmann")
        assert (info.number, info.kind, info.author) == (1, "map", "Kari Nordmann")
        assert info.message == "after workshop 2"
        assert info.title == sample_doc["workshop"]["title"]
        assert info.client == sample_doc["workshop"]["organisation"]
        assert info.published_at.tzinfo is not None
        fetched, doc = library.fetch(info.map_id)
        assert fetched == info
        assert doc == sample_doc
        stations = sum(len(j["stations"]) for j in sample_doc["journeys"])
        assert _count(library, search_entry) >= stations
        [summary] = library.maps()
        assert summary.latest == info


def test_a_new_version_on_top_of_the_latest(library_url: str, sample_doc: DocumentDict) -> None:
    with Library.open(library_url) as library:
        first = library.publish(sample_doc, message="one", author="A")
        changed = copy.deepcopy(sample_doc)
        changed["workshop"]["title"] = "Onboarding, second round"
        second = library.publish(changed, message="two", author="B", onto=(first.map_id, 1))
        assert (second.map_id, second.number) == (first.map_id, 2)
        assert [v.number for v in library.versions(first.map_id)] == [2, 1]
        assert library.maps()[0].title == "Onboarding, second round"
        # Versions are immutable: the first is still there as it was.
        old_info, old_doc = library.fetch(first.map_id, 1)
        assert old_info == first and old_doc == sample_doc


def test_publishing_on_a_superseded_version_is_refused_and_writes_nothing(
    library_url: str, sample_doc: DocumentDict
) -> None:
    with Library.open(library_url) as library:
        base = library.publish(sample_doc, message="v1", author="A")
        library.publish(
            sample_doc, message="after workshop 3", author="Kari Nordmann", onto=(base.map_id, 1)
        )
        versions, entries = _count(library, published_version), _count(library, search_entry)
        with pytest.raises(PublishConflict) as refused:
            library.publish(sample_doc, message="mine", author="Ola", onto=(base.map_id, 1))
        sentence = str(refused.value)
        assert "Kari Nordmann published version 2" in sentence
        assert "“after workshop 3”" in sentence
        assert "your version 1" in sentence
        assert "new map" in sentence and "latest version" in sentence
        assert refused.value.latest.when in sentence
        assert (_count(library, published_version), _count(library, search_entry)) == (
            versions,
            entries,
        )


def test_a_failure_during_publish_leaves_nothing_half_published(
    library_url: str, sample_doc: DocumentDict, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_entries = index.entries
    with Library.open(library_url) as library:

        def broken_entries(doc: DocumentDict):
            yield from list(real_entries(doc))[:3]
            # The database refuses the last entry (text NOT NULL), after the map and version rows.
            yield {**next(real_entries(doc)), "text": None}

        monkeypatch.setattr(index, "entries", broken_entries)
        with pytest.raises(LibraryError):
            library.publish(sample_doc, message="x", author="A")
        assert library.maps() == []
        assert _count(library, published_version) == 0
        assert _count(library, search_entry) == 0


def test_working_copies_remember_their_version(
    library_url: str, sample_doc: DocumentDict, tmp_path: Path
) -> None:
    """Two consultants open version 1; the first to publish wins, the second is told."""
    mine, theirs = tmp_path / "mine.journey", tmp_path / "theirs.journey"
    with Library.open(library_url) as library:
        original = tmp_path / "original.journey"
        import_document(sample_doc, original)
        v1 = working_copy.publish_file(library, original, message="first", author="A")
        working_copy.get_working_copy(library, v1.map_id, mine)
        working_copy.get_working_copy(library, v1.map_id, theirs)
        with Document.open(theirs, readonly=True) as document:
            assert export_document(document) == library.fetch(v1.map_id)[1]

        v2 = working_copy.publish_file(library, theirs, message="theirs", author="Kari")
        assert v2.number == 2
        with pytest.raises(PublishConflict, match="Kari published version 2"):
            working_copy.publish_file(library, mine, message="mine", author="Ola")
        # Offered way out 1: publish as a new map.
        new = working_copy.publish_file(library, mine, message="mine", author="Ola", as_new=True)
        assert new.map_id != v1.map_id and new.number == 1
        # ... and the working copy now follows that new map.
        again = working_copy.publish_file(library, mine, message="mine again", author="Ola")
        assert (again.map_id, again.number) == (new.map_id, 2)
        # Offered way out 2: open the latest version beside yours.
        latest = tmp_path / "latest.journey"
        info = working_copy.get_working_copy(library, v1.map_id, latest)
        assert info.number == 2
        assert (
            working_copy.publish_file(library, latest, message="on top", author="Ola").number == 3
        )


def test_house_templates(library_url: str, sample_doc: DocumentDict, tmp_path: Path) -> None:
    with Library.open(library_url) as library:
        journey = sample_doc["journeys"][1]
        info = working_copy.publish_template(library, sample_doc, 1, message="house", author="A")
        assert (info.kind, info.title, info.client) == ("template", journey["name"], "")
        assert library.maps() == []  # templates are not maps
        [template] = library.maps("template")
        _, doc = library.fetch(template.map_id)
        assert [j["name"] for j in doc["journeys"]] == [journey["name"]]
        assert doc["workshop"]["organisation"] == ""
        interchange.validate(doc)
        # The same name again: a new version of that template.
        again = working_copy.publish_template(library, sample_doc, 1, message="v2", author="B")
        assert (again.map_id, again.number) == (info.map_id, 2)
        # A workshop made from a template is a new map: it has no link to the template.
        target = tmp_path / "new.journey"
        working_copy.get_working_copy(library, info.map_id, target)
        first = working_copy.publish_file(library, target, message="from template", author="C")
        assert first.kind == "map" and first.number == 1


def test_the_text_search_configuration_follows_the_workshop_language(
    sample_doc: DocumentDict,
) -> None:
    assert index.text_search_config(sample_doc) == "english"  # the sample says "en"
    for language, config_name in (("nb", "norwegian"), ("en-GB", "english"), ("xx", "simple")):
        doc = copy.deepcopy(sample_doc)
        doc["workshop"]["language"] = language
        assert index.text_search_config(doc) == config_name


def test_what_is_searchable(sample_doc: DocumentDict) -> None:
    entries = list(index.entries(sample_doc))
    kinds = {e["kind"] for e in entries}
    assert {"station", "need", "pain_point", "action", "quote"} <= kinds
    station = sample_doc["journeys"][0]["stations"][0]
    pains = [e for e in entries if e["kind"] == "pain_point" and e["journey_index"] == 0]
    assert all(e["station_index"] is not None for e in pains)
    first = next(e for e in entries if e["kind"] == "station")
    assert first["station_title"] == station["title"] and first["station_index"] == 0


def test_customer_quotes_of_a_station_are_searchable(sample_doc: DocumentDict) -> None:
    """Stations' quotes (interchange v2: a list of {"text", "source"}) are entries too."""
    doc = copy.deepcopy(sample_doc)
    station: dict = doc["journeys"][0]["stations"][4]  # type: ignore[assignment]
    station["quotes"] = [{"text": "I never got the welcome letter", "source": "interview"}]
    quotes = [e for e in index.entries(doc) if e["kind"] == "quote" and e["station_index"] == 4]
    assert [q["text"] for q in quotes] == ["I never got the welcome letter"]
    assert quotes[0]["station_title"] == station["title"]
