"""``journeyline library …`` end to end, on the local library and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.main import main
from models.document import Document
from models.library import config, roles
from models.resources import resource
from tests.postgres import Server

SAMPLE = str(resource("samples", "sample.json"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "Acme.journey"
    assert main(["import", SAMPLE, "-o", str(path)]) == 0
    return path


def _with(url: str | None) -> list[str]:
    return [] if url is None else ["--library", url]


@pytest.mark.parametrize("where", ["local", "postgresql"])
def test_publish_get_conflict_list_search(
    where: str, request: pytest.FixtureRequest, capsys, workshop: Path, tmp_path: Path
) -> None:
    url = None if where == "local" else str(request.getfixturevalue("pg_url"))
    lib = _with(url)
    capsys.readouterr()
    status, out, _ = _run(
        capsys, "library", "publish", str(workshop), "-m", "after workshop 2", *lib
    )
    assert status == 0, out
    assert "version 1" in out
    copy = tmp_path / "Colleague.journey"
    status, out, _ = _run(capsys, "library", "get", "1", "-o", str(copy), *lib)
    assert status == 0 and copy.is_file()
    with Document.open(copy, readonly=True) as document:
        assert document.workshop().title == "Customer onboarding workshop"

    assert _run(capsys, "library", "publish", str(copy), "-m", "colleague's", *lib)[0] == 0
    status, _, err = _run(capsys, "library", "publish", str(workshop), "-m", "mine", *lib)
    assert status == 2
    first, *offers = err.strip().splitlines()
    assert "published version 2 (“colleague's”)" in first
    assert any("--as-new" in line for line in offers)
    assert any("library get 1" in line for line in offers)

    status, out, _ = _run(
        capsys, "library", "publish", str(workshop), "-m", "mine", "--as-new", *lib
    )
    assert status == 0 and "(map 2) version 1" in out

    status, out, _ = _run(capsys, "library", "list", *lib)
    assert status == 0
    header, *rows = out.strip().splitlines()
    assert header.split()[:4] == ["Id", "Client", "Segment", "Title"]
    assert len(rows) == 2 and "colleague's" in out and "mine" in out

    status, out, _ = _run(capsys, "library", "list", "1", *lib)
    assert "after workshop 2" in out and "colleague's" in out

    status, out, _ = _run(capsys, "library", "search", "first bill", *lib)
    assert status == 0
    header, *hits = out.strip().splitlines()
    assert header.split()[:4] == ["Map", "Version", "Client", "Journey"]
    assert any("Receives first bill" in h for h in hits)

    status, out, _ = _run(capsys, "library", "search", "zzzqqq nothing", *lib)
    assert status == 0 and "Nothing in" in out


def test_templates_from_the_command_line(capsys, workshop: Path, tmp_path: Path) -> None:
    status, out, err = _run(
        capsys,
        "library",
        "publish",
        str(workshop),
        "-m",
        "house standard",
        "--template",
        "Onboarding tomorrow",
    )
    assert status == 0, err
    assert "(template 1) version 1" in out
    status, out, _ = _run(capsys, "library", "list", "--templates")
    assert "Onboarding tomorrow" in out and "house standard" in out
    status, out, _ = _run(capsys, "library", "list")
    assert "has no published maps yet" in out


def test_use_chooses_the_library_for_later_commands(capsys, tmp_path: Path) -> None:
    other = f"sqlite:///{(tmp_path / 'team.sqlite').as_posix()}"
    status, out, _ = _run(capsys, "library", "use", other)
    assert status == 0 and "team.sqlite" in out
    assert config.library_url() == other
    assert _run(capsys, "library", "setup")[0] == 0
    assert (tmp_path / "team.sqlite").is_file()
    status, out, _ = _run(capsys, "library", "use", "--local")
    assert "the local library" in out
    status, _, err = _run(capsys, "library", "use", "mysql://x/y")
    assert status == 2 and "PostgreSQL" in err


def test_setup_prints_the_grants_for_postgresql(
    capsys, pg_server: Server, pg_database: str
) -> None:
    status, out, _ = _run(capsys, "library", "setup", "--library", pg_server.url(pg_database))
    assert status == 0
    assert roles.grants_sql(pg_database) in out and roles.ROLES_SQL in out


def test_an_unreachable_library_is_one_sentence(capsys, workshop: Path) -> None:
    url = "postgresql+psycopg://kari:hunter2@127.0.0.1:9/journeyline"
    capsys.readouterr()
    for argv in (["publish", str(workshop), "-m", "x"], ["search", "bill"], ["list"]):
        status, out, err = _run(capsys, "library", *argv, "--library", url)
        assert status == 2 and out == ""
        assert err.count("\n") == 1 and "cannot be reached" in err and "hunter2" not in err


def test_get_refuses_to_overwrite(capsys, workshop: Path) -> None:
    assert _run(capsys, "library", "publish", str(workshop), "-m", "x")[0] == 0
    before = workshop.read_bytes()
    status, _, err = _run(capsys, "library", "get", "1", "-o", str(workshop))
    assert status == 2 and "already exists" in err
    assert workshop.read_bytes() == before


def test_the_editor_takes_a_library_for_its_session(monkeypatch, capsys) -> None:
    from app import main as main_module
    from widgets import gui

    monkeypatch.setenv(config.ENV_LIBRARY, "")  # restored after the test, whatever it sets
    started: list[str] = []
    monkeypatch.setattr(gui, "run_editor", lambda path: started.append(config.library_url()) or 0)
    url = "postgresql+psycopg://kari@db.example.com/journeyline"
    assert main_module.main(["--library", url]) == 0
    assert started == [url]
    assert config.chosen_url() is None  # the remembered choice is not changed
    monkeypatch.setenv(config.ENV_LIBRARY, "")
    assert main_module.main(["--library", "mysql://x/y"]) == 2
    assert "--library" in capsys.readouterr().err
