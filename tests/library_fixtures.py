"""Fixtures of the team library's tests (a plugin of tests/conftest.py): a PostgreSQL server
for the session, one database per test, and ``library_url`` running a test against both the
local SQLite library and PostgreSQL.

Without a PostgreSQL server here the PostgreSQL cases skip, saying why; CI sets
``JOURNEYLINE_REQUIRE_POSTGRES=1`` (``.ci/run``), which turns that skip into a failure.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.library import roles
from tests.postgres import Server, Unavailable, start_server

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    try:
        server = start_server()
    except Unavailable as e:
        if os.environ.get("JOURNEYLINE_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but cannot run: {e}")
        pytest.skip(f"no PostgreSQL server for the team-library tests: {e}")
    try:
        server.execute(roles.ROLES_SQL)
        yield server
    finally:
        server.remove()


@pytest.fixture
def pg_database(pg_server: Server) -> str:
    """A new, empty database on the session's server; its name."""
    name = f"library_{next(_databases)}"
    pg_server.execute(f"CREATE DATABASE {name}")
    return name


@pytest.fixture
def pg_url(pg_server: Server, pg_database: str) -> str:
    return pg_server.url(pg_database)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'library.sqlite').as_posix()}"


@pytest.fixture(params=["sqlite", "postgresql"])
def library_url(request: pytest.FixtureRequest) -> str:
    """The same test on a local SQLite library and on a PostgreSQL library."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))
