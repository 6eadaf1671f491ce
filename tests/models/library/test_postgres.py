"""What only a team library on PostgreSQL has: the two roles, a server that goes away, and
a server that cannot be reached."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from models.interchange import DocumentDict
from models.library import index, roles, search
from models.library.errors import (
    LibraryPermissionError,
    LibrarySchemaError,
    LibraryUnavailable,
)
from models.library.schema import published_map, published_version, search_entry
from models.library.store import Library
from tests.postgres import Server

README = Path(__file__).resolve().parents[3] / "README.md"


@pytest.fixture
def team(pg_server: Server, pg_database: str) -> dict[str, str]:
    """A library set up by its owner, with the README's grants and two people signed in."""
    Library.open(pg_server.url(pg_database)).close()  # the owner (superuser) sets it up
    pg_server.execute(roles.grants_sql(pg_database), pg_database)
    for person, role in (("kari", roles.PUBLISHER), ("ola", roles.READER)):
        pg_server.execute(
            f"DO $$ BEGIN CREATE ROLE {person} LOGIN IN ROLE {role}; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
    return {
        "publisher": pg_server.url(pg_database, user="kari"),
        "reader": pg_server.url(pg_database, user="ola"),
    }


def _counts(url: str) -> tuple[int, int, int]:
    with Library.open(url) as library, library.engine.connect() as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (published_map, published_version, search_entry)
        )


def test_the_readme_shows_the_sql_of_the_two_roles() -> None:
    readme = README.read_text(encoding="utf-8")
    assert roles.ROLES_SQL in readme
    assert roles.grants_sql("journeyline") in readme


def test_a_publisher_publishes_and_a_reader_only_reads(
    team: dict[str, str], sample_doc: DocumentDict
) -> None:
    with Library.open(team["publisher"]) as library:
        info = library.publish(sample_doc, message="by kari", author="Kari Nordmann")
        with library.engine.connect() as conn:
            role = conn.execute(select(published_version.c.db_role)).scalar_one()
        assert role == "kari"  # set by the server, not by the laptop
    with Library.open(team["reader"]) as library:
        assert [m.map_id for m in library.maps()] == [info.map_id]
        assert library.fetch(info.map_id)[1] == sample_doc
        assert search.search(library, "bill")
        with pytest.raises(LibraryPermissionError) as refused:
            library.publish(sample_doc, message="by ola", author="Ola")
        assert "nothing was changed" in str(refused.value)
        with pytest.raises(LibraryPermissionError):
            library.publish(sample_doc, message="by ola", author="Ola", onto=(info.map_id, 1))
    assert _counts(team["publisher"]) == _counts(team["reader"])
    assert _counts(team["reader"])[1] == 1


def test_a_publisher_cannot_change_or_delete_a_published_version(
    team: dict[str, str], sample_doc: DocumentDict
) -> None:
    with Library.open(team["publisher"]) as library:
        library.publish(sample_doc, message="v1", author="Kari")
        for sql in (
            "UPDATE published_version SET message = 'rewritten'",
            "DELETE FROM search_entry",
            "DELETE FROM published_version",
            "INSERT INTO published_version (map_id, number, author, title, document, db_role) "
            "SELECT map_id, 2, 'x', 'x', '{}', 'someone_else' FROM published_version",
        ):
            with (
                pytest.raises(Exception, match="permission denied"),
                library.engine.begin() as conn,
            ):
                conn.execute(text(sql))
        assert library.versions(1)[0].message == "v1"


def test_a_reader_cannot_set_up_an_empty_library(pg_server: Server, pg_database: str) -> None:
    pg_server.execute(
        f"GRANT CONNECT ON DATABASE {pg_database} TO {roles.READER}; "
        "DO $$ BEGIN CREATE ROLE ola LOGIN IN ROLE journeyline_reader; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    )
    pg_server.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC", pg_database)
    with pytest.raises(LibrarySchemaError, match="journeyline library setup"):
        Library.open(pg_server.url(pg_database, user="ola"))


def test_a_server_stopped_in_the_middle_of_a_publish(
    pg_server: Server, pg_url: str, sample_doc: DocumentDict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server stops after the map and version rows went out, before the search entries:
    one sentence, and nothing of the publish is in the library when it is back."""
    library = Library.open(pg_url)
    library.publish(sample_doc, message="before", author="A")
    sent: list[str] = []

    @event.listens_for(library.engine, "before_cursor_execute")
    def watch(conn, cursor, statement, parameters, context, executemany):
        sent.append(statement.split("(")[0].strip())

    real_entries = index.entries

    def entries_then_the_server_stops(doc: DocumentDict):
        pg_server.stop("immediate")
        yield from real_entries(doc)

    monkeypatch.setattr(index, "entries", entries_then_the_server_stops)
    try:
        with pytest.raises(LibraryUnavailable) as gone:
            library.publish(sample_doc, message="during", author="A")
    finally:
        pg_server.start()
    assert "INSERT INTO published_map" in sent and "INSERT INTO published_version" in sent
    sentence = str(gone.value)
    assert "nothing was changed" in sentence and "\n" not in sentence
    library.close()
    assert _counts(pg_url)[:2] == (1, 1)
    with Library.open(pg_url) as back:
        assert [v.message for v in back.versions(1)] == ["before"]
        assert back.maps()[0].latest.number == 1


def test_an_unreachable_server_is_said_in_one_sentence() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the socket is closed
    with pytest.raises(LibraryUnavailable) as unreachable:
        Library.open(f"postgresql+psycopg://someone:secret@127.0.0.1:{port}/journeyline")
    sentence = str(unreachable.value)
    assert "cannot be reached" in sentence
    assert "secret" not in sentence and "\n" not in sentence


def test_a_server_that_went_away_before_a_search(
    pg_server: Server, pg_url: str, sample_doc: DocumentDict
) -> None:
    with Library.open(pg_url) as library:
        library.publish(sample_doc, message="v1", author="A")
        assert search.search(library, "bill")
        pg_server.stop("immediate")
        try:
            with pytest.raises(LibraryUnavailable) as gone:
                search.search(library, "bill")
            with pytest.raises(LibraryUnavailable):
                library.maps()
        finally:
            pg_server.start()
        assert "cannot be reached" in str(gone.value) or "was lost" in str(gone.value)
        assert "\n" not in str(gone.value)
        assert search.search(library, "bill"), "works again once the server is back"
