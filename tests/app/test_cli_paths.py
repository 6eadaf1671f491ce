"""Paths a hurried user or an attacker gives the command line: exports onto their input or onto
another workshop, ``--force`` over a workshop open in the editor, names at and past the
file system's limit, a workshop without journeys, impossible resolutions.

Each case checks the one sentence on stderr, the exit status, and that every file in the folder
kept its bytes (sha256) and mtime, and that no new file appeared.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.main import main
from models import edits
from models.document import Document
from models.resources import resource
from tests.app.test_cli import ROOT, run_cli
from tests.corpus import folder_state

SAMPLE = resource("samples", "sample.json")
EXPORT_SUFFIXES = (".json", ".pdf", ".xlsx", ".png", ".svg")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with the sample as ``w.journey``."""
    assert main(["import", str(SAMPLE), "-o", str(tmp_path / "w.journey")]) == 0
    return tmp_path


def refused(args: list[str], folder: Path, capsys: pytest.CaptureFixture[str], *, says: str) -> str:
    """Run ``journeyline ARGS``: exit 2, one line on stderr containing ``says``, nothing changed."""
    before = folder_state(folder)
    capsys.readouterr()
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert says in lines[0]
    assert "Traceback" not in err and "internal error" not in err
    assert folder_state(folder) == before
    return lines[0]


# --- an export never writes onto its input, nor onto any workshop --------------------------


@pytest.mark.parametrize("suffix", EXPORT_SUFFIXES)
def test_a_workshop_named_like_its_export_is_not_replaced(
    folder: Path, suffix: str, capsys: pytest.CaptureFixture[str]
):
    same = folder / f"same{suffix}"
    shutil.copy2(folder / "w.journey", same)
    line = refused(["export", str(same), "-o", str(same)], folder, capsys, says=f"“same{suffix}”")
    assert line == (
        f"journeyline: “same{suffix}” could not be written: it is the workshop file being "
        "exported; nothing was written."
    )


def test_a_hard_link_to_the_input_is_not_replaced(folder: Path, capsys: pytest.CaptureFixture[str]):
    os.link(folder / "w.journey", folder / "linked.pdf")
    refused(
        ["export", str(folder / "w.journey"), "-o", str(folder / "linked.pdf")],
        folder,
        capsys,
        says="it is the workshop file being exported",
    )


def test_a_symbolic_link_to_the_input_is_not_replaced(
    folder: Path, capsys: pytest.CaptureFixture[str]
):
    (folder / "sub").mkdir()
    (folder / "sub" / "map.xlsx").symlink_to(folder / "w.journey")
    refused(
        ["export", str(folder / "w.journey"), "-o", str(folder / "sub" / "map.xlsx")],
        folder / "sub",
        capsys,
        says="it is the workshop file being exported",
    )
    assert Document.open(folder / "w.journey", readonly=True).journeys()


def test_the_input_reached_through_a_symbolic_link_is_not_replaced(
    folder: Path, capsys: pytest.CaptureFixture[str]
):
    shutil.copy2(folder / "w.journey", folder / "same.json")
    (folder / "alias.journey").symlink_to(folder / "same.json")
    refused(
        ["export", str(folder / "alias.journey"), "-o", str(folder / "same.json")],
        folder,
        capsys,
        says="it is the workshop file being exported",
    )


@pytest.mark.parametrize("suffix", [".pdf", ".json"])
def test_another_workshop_is_never_replaced_by_an_export(
    folder: Path, suffix: str, capsys: pytest.CaptureFixture[str]
):
    assert main(["new", "-o", str(folder / "other.journey")]) == 0
    os.replace(folder / "other.journey", folder / f"other{suffix}")
    line = refused(
        ["export", str(folder / "w.journey"), "-o", str(folder / f"other{suffix}")],
        folder,
        capsys,
        says=f"“other{suffix}” could not be written",
    )
    assert "it is a Journeyline workshop file, and an export never replaces a workshop" in line


def test_an_ordinary_file_is_still_replaced(folder: Path):
    (folder / "old.json").write_text("{}", encoding="utf-8")
    assert main(["export", str(folder / "w.journey"), "-o", str(folder / "old.json")]) == 0
    assert '"format": "journeyline"' in (folder / "old.json").read_text(encoding="utf-8")


def test_import_refuses_its_own_document_as_the_workshop(
    folder: Path, capsys: pytest.CaptureFixture[str]
):
    shutil.copy2(SAMPLE, folder / "doc.json")
    os.link(folder / "doc.json", folder / "doc.journey")
    refused(
        ["import", str(folder / "doc.json"), "-o", str(folder / "doc.journey"), "--force"],
        folder,
        capsys,
        says="“doc.journey” is the document being imported",
    )


# --- --force never replaces a workshop that is open elsewhere ---------------------------------


@pytest.fixture
def held(folder: Path) -> Iterator[Path]:
    """``w.journey`` open in this process, as the editor holds it (SQLite's exclusive lock)."""
    document = Document.open(folder / "w.journey")
    try:
        yield folder / "w.journey"
    finally:
        document.close()


@pytest.mark.parametrize("command", ["new", "import"])
def test_force_over_a_workshop_open_in_the_editor_is_refused(
    held: Path, command: str, capsys: pytest.CaptureFixture[str]
):
    args = ["new"] if command == "new" else ["import", str(SAMPLE)]
    line = refused(
        [*args, "-o", str(held), "--force"], held.parent, capsys, says="“w.journey” is open"
    )
    assert line == (
        "journeyline: “w.journey” is open in Journeyline or another program, so it was not "
        "replaced; close it there first. Nothing was written."
    )


def test_force_over_a_workshop_held_by_another_process(folder: Path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from models.document import Document; "
            "d = Document.open(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
            str(folder / "w.journey"),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = folder_state(folder)
        result = run_cli("new", "-o", "w.journey", "--force", cwd=folder)
        assert result.returncode == 2
        assert result.stderr.strip() == (
            "journeyline: “w.journey” is open in Journeyline or another program, so it was not "
            "replaced; close it there first. Nothing was written."
        )
        assert folder_state(folder) == before
    finally:
        holder.communicate("", timeout=30)
    # Closed there, the same command replaces it.
    assert run_cli("new", "-o", "w.journey", "--force", cwd=folder).returncode == 0


def test_force_over_a_closed_workshop_replaces_it(folder: Path):
    assert main(["new", "-o", str(folder / "w.journey"), "--force", "--template", "blank"]) == 0
    with Document.open(folder / "w.journey", readonly=True) as document:
        assert not document.stations(document.journeys()[0].id)


# --- names at and past the limit ---------------------------------------------------------------


def _name(size: int, suffix: str) -> str:
    return "n" * (size - len(suffix)) + suffix


@pytest.mark.parametrize("size", [250, 255])
@pytest.mark.parametrize("suffix", [".json", ".png"])
def test_export_to_a_long_valid_name(folder: Path, size: int, suffix: str):
    target = folder / _name(size, suffix)
    assert main(["export", str(folder / "w.journey"), "-o", str(target)]) == 0
    assert target.stat().st_size > 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(["w.journey", target.name])


def test_import_to_the_longest_workshop_name_that_can_be_edited(tmp_path: Path):
    """247 bytes: SQLite's journal beside it (``-journal``, 8 more) must fit in 255 too."""
    target = tmp_path / _name(247, ".journey")
    assert main(["import", str(SAMPLE), "-o", str(target)]) == 0
    with Document.open(target) as document:
        document.apply(edits.update_workshop(title="Edited"))
    with Document.open(target, readonly=True) as document:
        assert document.workshop().title == "Edited"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("suffix", [".json", ".pdf", ".svg"])
def test_export_to_a_name_past_the_limit(
    folder: Path, suffix: str, capsys: pytest.CaptureFixture[str]
):
    name = _name(256, suffix)
    line = refused(
        ["export", str(folder / "w.journey"), "-o", str(folder / name)],
        folder,
        capsys,
        says="could not be written",
    )
    assert line.endswith(
        "its name is 256 bytes long, and the folder allows at most 255; nothing was written."
    )


@pytest.mark.parametrize("size", [248, 256])
@pytest.mark.parametrize("command", ["new", "import"])
def test_a_workshop_name_past_the_limit(
    folder: Path, command: str, size: int, capsys: pytest.CaptureFixture[str]
):
    args = ["new"] if command == "new" else ["import", str(SAMPLE)]
    name = _name(size, ".journey")
    line = refused(
        [*args, "-o", str(folder / name)],
        folder,
        capsys,
        says=f"cannot be used: its name is {size}",
    )
    assert line.endswith(
        "a workshop file's name can be at most 247 in this folder (its journal file adds "
        "“-journal”); nothing was written."
    )


def test_a_multibyte_name_counts_bytes(folder: Path, capsys: pytest.CaptureFixture[str]):
    ok = folder / ("å" * 125 + ".json")  # 250 + 5 bytes
    assert main(["export", str(folder / "w.journey"), "-o", str(ok)]) == 0
    refused(
        ["export", str(folder / "w.journey"), "-o", str(folder / ("å" * 126 + ".json"))],
        folder,
        capsys,
        says="its name is 257 bytes long",
    )


# --- a workshop without journeys; impossible resolutions ---------------------------------------


@pytest.fixture
def empty_workshop(folder: Path) -> Path:
    """A workshop whose journeys another program deleted (the editor keeps at least one)."""
    path = folder / "w.journey"
    db = sqlite3.connect(path)
    with db:
        for table in ("action", "station", "phase", "line", "journey"):
            db.execute(f'DELETE FROM "{table}"')
    db.close()
    with Document.open(path, readonly=True) as document:
        assert document.journeys() == []
    return path


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_an_image_of_a_workshop_without_journeys(
    empty_workshop: Path, suffix: str, capsys: pytest.CaptureFixture[str]
):
    line = refused(
        ["export", str(empty_workshop), "-o", str(empty_workshop.with_suffix(suffix))],
        empty_workshop.parent,
        capsys,
        says="could not be written",
    )
    assert line == (
        f"journeyline: “w{suffix}” could not be written: the workshop has no journeys, so "
        "there is no map to draw; nothing was written."
    )


@pytest.mark.parametrize("dpi", ["0", "-3", "35", "1201", "abc", "150.5"])
def test_an_impossible_resolution_is_refused(
    folder: Path, dpi: str, capsys: pytest.CaptureFixture[str]
):
    before = folder_state(folder)
    capsys.readouterr()
    assert (
        main(["export", str(folder / "w.journey"), "-o", str(folder / "m.png"), "--dpi", dpi]) == 2
    )
    err = capsys.readouterr().err
    message = err.strip().splitlines()[-1]
    if dpi.lstrip("-").isdigit():  # a number out of range: the export registry's sentence
        assert message == (
            f"journeyline: “m.png” could not be written: the resolution must be from 36 to "
            f"1200 dpi, not {int(dpi)}; nothing was written."
        )
    else:  # not a whole number: argparse's error, in the registry's words
        assert message.startswith("journeyline: argument --dpi: ")
        assert "whole number from 36 to 1200" in message
    assert folder_state(folder) == before


def test_the_exit_status_of_a_refused_export_as_a_shell_sees_it(folder: Path):
    before = folder_state(folder)
    result = run_cli("export", "w.journey", "-o", _name(300, ".pdf"), cwd=folder)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "its name is 300 bytes long" in result.stderr
    assert folder_state(folder) == before
