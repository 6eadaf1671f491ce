"""Hostile and damaged workshop files (tests/hostile_files.py) through ``info`` and ``export``.

Each is refused with exit status 2 and one line on stderr naming the file; the file, its side
files and its folder keep every byte and time, and no export appears.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import main
from models import interchange
from models.resources import resource
from tests.hostile_files import (
    BIG_CHANGE,
    CORPUS,
    ROOT,
    age,
    crash_mid_change,
    fingerprint,
    in_wal_mode,
    one_sentence_naming,
)

SAMPLE = resource("samples", "sample.json")


@pytest.fixture(scope="module")
def real_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("sample") / "sample.journey"
    assert main(["import", str(SAMPLE), "-o", str(path)]) == 0
    return path.read_bytes()


COMMANDS = {
    "info": lambda path, out: ["info", str(path)],
    "export svg": lambda path, out: ["export", str(path), "-o", str(out / "map.svg")],
    "export json": lambda path, out: ["export", str(path), "-o", str(out / "map.json")],
    "export pdf": lambda path, out: ["export", str(path), "-o", str(out / "map.pdf")],
    "export xlsx": lambda path, out: ["export", str(path), "-o", str(out / "actions.xlsx")],
    "export png": lambda path, out: ["export", str(path), "-o", str(out / "map.png")],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", list(CORPUS))
def test_a_hostile_file_is_refused_untouched(
    tmp_path: Path,
    real_bytes: bytes,
    case: str,
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, out = tmp_path / "inbox", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    path = CORPUS[case].make(folder, real_bytes)
    age(folder)
    before = fingerprint(folder)

    status = main(COMMANDS[command](path, out))

    captured = capsys.readouterr()
    assert status == 2, captured.err
    assert captured.out == ""
    assert captured.err.startswith("journeyline: ") and captured.err.count("\n") == 1
    sentence = captured.err.removeprefix("journeyline: ").rstrip("\n")
    one_sentence_naming(sentence, path)
    assert CORPUS[case].says in sentence
    assert fingerprint(folder) == before, "the file, its side files or its folder changed"
    assert os.listdir(out) == [], "something was exported"


def test_a_fifo_does_not_hang_the_command_line(tmp_path: Path) -> None:
    """In a fresh process, the way a shell runs it: refused at once, never blocked."""
    path = tmp_path / "pipe.journey"
    os.mkfifo(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    for args in (["info", str(path)], ["export", str(path), "-o", str(tmp_path / "m.json")]):
        done = subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert done.returncode == 2
        assert done.stderr == (
            "journeyline: “pipe.journey” is not a regular file (a pipe or a device, say), "
            "so it is not a workshop file.\n"
        )
    json_pipe = tmp_path / "pipe.json"
    os.mkfifo(json_pipe)
    done = subprocess.run(
        [sys.executable, "-m", "app", "import", str(json_pipe), "-o", str(tmp_path / "n.journey")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "journeyline: “pipe.json” is not a regular file (a pipe or a device, say).\n"
    )
    assert sorted(os.listdir(tmp_path)) == ["pipe.journey", "pipe.json"]


def test_a_wal_file_exports_with_its_wal_and_stays_untouched(
    tmp_path: Path, real_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = tmp_path / "inbox", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    path = folder / "wal.journey"
    path.write_bytes(real_bytes)
    in_wal_mode(path, "UPDATE workshop SET title = 'Only in the WAL'")
    age(folder)
    before = fingerprint(folder)

    assert main(["export", str(path), "-o", str(out / "map.json")]) == 0
    assert interchange.parse((out / "map.json").read_bytes())["workshop"]["title"] == (
        "Only in the WAL"
    )
    assert main(["info", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Only in the WAL" in captured.out and captured.err == ""
    assert fingerprint(folder) == before


def test_a_crashed_workshop_is_read_with_a_notice(
    tmp_path: Path, real_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = folder / "crashed.journey"
    path.write_bytes(real_bytes)
    crash_mid_change(path, "UPDATE workshop SET title = 'never committed'", *BIG_CHANGE)
    age(folder)
    before = fingerprint(folder)

    assert main(["info", str(path)]) == 0
    captured = capsys.readouterr()
    assert "never committed" not in captured.out
    assert captured.err == (
        "journeyline: “crashed.journey” was not closed properly (a change to it was cut short, "
        "by a crash perhaps); it is read as it was before that change, and the file is left as "
        "it is until the editor opens it.\n"
    )
    assert fingerprint(folder) == before
