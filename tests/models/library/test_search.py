"""Search across every published map, on SQLite FTS5 and PostgreSQL full-text search."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from models.document import Document
from models.interchange import DocumentDict
from models.library import search, working_copy
from models.library.store import Library
from models.transfer import import_document


def _client(doc: DocumentDict, client: str, pain: str, title: str) -> DocumentDict:
    doc = copy.deepcopy(doc)
    doc["workshop"]["organisation"] = client
    doc["workshop"]["title"] = title
    doc["journeys"][0]["stations"][2]["pain_points"] = [pain]
    return doc


def test_which_clients_had_a_pain_point_about_the_first_bill(
    library_url: str, sample_doc: DocumentDict
) -> None:
    with Library.open(library_url) as library:
        library.publish(
            _client(sample_doc, "Fjord Kraft", "Shocked by the first bill after moving", "Move"),
            message="",
            author="A",
        )
        library.publish(
            _client(sample_doc, "Vann & Varme", "Nobody explains the meter", "Water"),
            message="",
            author="B",
        )
        hits = search.search(library, "first bill shocked")
        assert hits, "the pain point is found"
        top = hits[0]
        assert (top.client, top.kind) == ("Fjord Kraft", "pain_point")
        assert top.text == "Shocked by the first bill after moving"
        assert top.station_title == sample_doc["journeys"][0]["stations"][2]["title"]
        assert (top.journey_index, top.station_index) == (0, 2)
        assert top.journey_name == sample_doc["journeys"][0]["name"]
        assert "Vann & Varme" not in {h.client for h in hits}


def test_hits_are_ranked_and_only_latest_versions_count(
    library_url: str, sample_doc: DocumentDict
) -> None:
    with Library.open(library_url) as library:
        v1 = library.publish(
            _client(sample_doc, "Old AS", "Invoice arrives late", "T"), message="", author="A"
        )
        library.publish(
            _client(sample_doc, "Old AS", "Nothing about that any more", "T"),
            message="",
            author="A",
            onto=(v1.map_id, 1),
        )
        assert [
            h for h in search.search(library, "invoice arrives late") if h.kind == "pain_point"
        ] == []
        library.publish(
            _client(sample_doc, "Rank AS", "Invoice late, invoice wrong, invoice unclear", "R"),
            message="",
            author="A",
        )
        library.publish(
            _client(sample_doc, "Other AS", "The invoice came", "O"), message="", author="A"
        )
        hits = [h for h in search.search(library, "invoice") if h.kind == "pain_point"]
        assert [h.client for h in hits[:2]] == ["Rank AS", "Other AS"]
        ranks = [h.rank for h in search.search(library, "invoice")]
        assert ranks == sorted(ranks, reverse=library.dialect == "postgresql")


@pytest.mark.parametrize(
    "typed",
    ['"unbalanced', "AND OR NOT", "col:thing*", "'; DROP TABLE search_entry; --", "<b>&amp;", ""],
)
def test_any_text_is_a_safe_query(library_url: str, sample_doc: DocumentDict, typed: str) -> None:
    with Library.open(library_url) as library:
        library.publish(sample_doc, message="", author="A")
        search.search(library, typed)  # no error, whatever it finds
        assert search.search(library, "bill"), "the library is intact afterwards"


def test_text_is_text_in_every_script(library_url: str, sample_doc: DocumentDict) -> None:
    with Library.open(library_url) as library:
        library.publish(
            _client(sample_doc, "Ærøy Energi", "Счёт пришёл поздно 😡 =SUM(A1)", "Å"),
            message="første",
            author="Åse",
        )
        [hit] = [h for h in search.search(library, "счёт поздно") if h.kind == "pain_point"]
        assert hit.text == "Счёт пришёл поздно 😡 =SUM(A1)"
        assert hit.client == "Ærøy Energi"


def test_each_workshop_is_searched_in_its_own_language(
    pg_url: str, sample_doc: DocumentDict
) -> None:
    """PostgreSQL stems an English workshop in English ('confused bill' finds 'Confusing
    electricity bills') and a Norwegian one in Norwegian ('fakturaen' finds 'fakturaer'); a
    workshop of another language is searched word for word ('simple')."""
    english = _client(sample_doc, "Stem Ltd", "Confusing electricity bills", "S")
    english["workshop"]["language"] = "en"
    norwegian = _client(sample_doc, "Strøm AS", "Uventede fakturaer etter flytting", "N")
    norwegian["workshop"]["language"] = "nb"
    other = _client(sample_doc, "Word AS", "Confusing invoices", "W")
    other["workshop"]["language"] = "xx"
    with Library.open(pg_url) as library:
        for doc in (english, norwegian, other):
            library.publish(doc, message="", author="A")
        [hit] = [h for h in search.search(library, "confused bill") if h.kind == "pain_point"]
        assert hit.client == "Stem Ltd"
        [hit] = [h for h in search.search(library, "fakturaen") if h.kind == "pain_point"]
        assert hit.client == "Strøm AS"
        found = search.search(library, "invoice")
        assert not [h for h in found if h.client == "Word AS" and h.kind == "pain_point"]
        assert [h.client for h in search.search(library, "invoices") if h.kind == "pain_point"] == [
            "Word AS"
        ]


def test_a_hit_opens_its_map_at_its_station(
    library_url: str, sample_doc: DocumentDict, tmp_path: Path
) -> None:
    with Library.open(library_url) as library:
        source = tmp_path / "source.journey"
        import_document(sample_doc, source)
        working_copy.publish_file(library, source, message="", author="A")
        hit = next(h for h in search.search(library, "first bill") if h.station_index is not None)
        target = tmp_path / "copy.journey"
        working_copy.get_working_copy(library, hit.map_id, target, number=hit.version)
        with Document.open(target, readonly=True) as document:
            journey_id, station_id = working_copy.station_at(
                document, hit.journey_index, hit.station_index
            )
            assert station_id is not None
            station = document.station(station_id)
            assert station is not None and station.title == hit.station_title
            journey = document.journey(journey_id)
            assert journey is not None and journey.name == hit.journey_name


def test_templates_are_not_search_hits(library_url: str, sample_doc: DocumentDict) -> None:
    with Library.open(library_url) as library:
        working_copy.publish_template(library, sample_doc, 0, message="", author="A")
        assert search.search(library, "bill") == []
