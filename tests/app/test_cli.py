"""The ``journeyline`` command line, as a user or a script sees it.

Exit statuses, stderr and "no traceback" are checked in a subprocess, the way a shell sees
them; everything else calls ``main([...])`` in-process, for speed.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.main import main
from exporters.export_notice import ExportNotice
from exporters.formats import DPI, FORMATS, ExportFormat, ExportRequest, Notices
from models import interchange
from models.resources import resource
from models.schema import SCHEMA_VERSION
from tests.read_only import read_only_folder

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = resource("samples", "sample.json")
TEMPLATES = ("lifecycle", "onboarding", "blank")
REFERENCE_KEYS = frozenset({"persona", "phase", "line", "station", "owner"})


# --- helpers -----------------------------------------------------------------------------------


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``journeyline ARGS`` in a fresh interpreter, as a shell would run it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def canonical_ids(doc: Any) -> Any:
    """The document with every id renamed ``id-1``, ``id-2``… by order of appearance.

    References are renamed with their targets, so two documents that differ only in their
    choice of ids become equal.
    """
    names: dict[str, str] = {}

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                names.setdefault(node["id"], f"id-{len(names) + 1}")
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    def rename(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: names[value]
                if (key == "id" or key in REFERENCE_KEYS) and isinstance(value, str)
                else rename(value)
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [rename(value) for value in node]
        return node

    collect(doc)
    return rename(doc)


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def export_json(source: Path, target: Path, *extra: str) -> dict[str, Any]:
    assert main(["export", str(source), "-o", str(target), *extra]) == 0
    return dict(interchange.parse(target.read_bytes()))


def journey_rows(stdout: str) -> dict[str, list[str]]:
    """The rows of info's journey table, by id, split into columns."""
    rows = {}
    for line in stdout.splitlines():
        if line.startswith("j-"):
            cells = [cell for cell in line.split("  ") if cell.strip()]
            rows[cells[0]] = [cell.strip() for cell in cells]
    return rows


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample imported once, for the tests that only read it."""
    path = tmp_path_factory.mktemp("sample") / "sample.journey"
    assert main(["import", str(SAMPLE), "-o", str(path)]) == 0
    return path


@pytest.fixture
def sample_doc() -> dict[str, Any]:
    return load(SAMPLE)


# --- new ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_new_from_each_template(tmp_path: Path, template: str, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "w.journey"
    assert main(["new", "-o", str(target), "--template", template]) == 0
    exported = export_json(target, tmp_path / "w.json")
    expected = interchange.parse(resource("templates", f"{template}.json").read_bytes())
    for journey in expected["journeys"]:  # a template's description is guidance, not content
        journey["description"] = ""
    assert canonical_ids(exported) == canonical_ids(expected)


def test_new_defaults_to_the_lifecycle_template(tmp_path: Path):
    target = tmp_path / "w.journey"
    assert main(["new", "-o", str(target)]) == 0
    (journey,) = export_json(target, tmp_path / "w.json")["journeys"]
    assert [p["name"] for p in journey["phases"]][:3] == ["Discovers", "Considers", "Buys"]


def test_new_sets_the_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "w.journey"
    assert main(["new", "-o", str(target), "--title", "  Churn workshop  "]) == 0
    assert export_json(target, tmp_path / "w.json")["workshop"]["title"] == "Churn workshop"
    capsys.readouterr()
    assert main(["info", str(target)]) == 0
    assert "Churn workshop" in capsys.readouterr().out


def test_new_refuses_an_empty_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "w.journey"
    assert main(["new", "-o", str(target), "--title", "   "]) == 2
    assert "  --title: must not be empty" in capsys.readouterr().err.splitlines()
    assert listing(tmp_path) == []


def test_new_wants_a_journey_file_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["new", "-o", str(tmp_path / "w.json")]) == 2
    assert ".journey" in capsys.readouterr().err
    assert listing(tmp_path) == []


def test_new_refuses_to_overwrite_without_force(tmp_path: Path):
    target = tmp_path / "w.journey"
    assert main(["new", "-o", str(target), "--title", "First"]) == 0
    before = target.read_bytes()

    refused = run_cli("new", "-o", target, "--title", "Second", cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.startswith("journeyline: “w.journey” already exists")
    assert "--force" in refused.stderr
    assert target.read_bytes() == before

    forced = run_cli("new", "-o", target, "--title", "Second", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert export_json(target, tmp_path / "w.json")["workshop"]["title"] == "Second"
    assert listing(tmp_path) == ["w.journey", "w.json"]


# --- import and info ---------------------------------------------------------------------------


def test_import_then_info_shows_the_counts(
    sample_file: Path, sample_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
):
    assert main(["info", str(sample_file)]) == 0
    out = capsys.readouterr().out
    assert sample_doc["workshop"]["title"] in out
    assert sample_doc["workshop"]["organisation"] in out
    assert f"File version:  {SCHEMA_VERSION}" in out
    personas = {p["id"]: p["name"] for p in sample_doc["personas"]}
    rows = journey_rows(out)
    assert len(rows) == len(sample_doc["journeys"])
    for journey in sample_doc["journeys"]:
        counts = [str(len(journey[k])) for k in ("phases", "lines", "stations", "actions")]
        assert rows[journey["id"]] == [  # the document's own ids, kept
            journey["id"],
            journey["name"],
            journey["state"],  # the JSON's word for it
            personas[journey["persona"]],
            *counts,
        ]


def test_info_table_is_aligned(sample_file: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["info", str(sample_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(line for line in lines if line.startswith("Id "))
    rows = [line for line in lines if line.startswith("j-")]
    for column in ("Journey", "State", "Persona"):
        start = header.index(column)
        assert all(row[start - 2 : start] == "  " and row[start] != " " for row in rows)
    assert all(len(row) == len(header) for row in rows)  # counts right-aligned under "Actions"


def test_sample_round_trips_up_to_ids(sample_file: Path, tmp_path: Path):
    out = tmp_path / "sample.json"
    exported = export_json(sample_file, out)
    original = interchange.parse(SAMPLE.read_bytes())
    assert canonical_ids(interchange.validate(json.loads(out.read_text("utf-8")))) == (
        canonical_ids(original)
    )
    assert canonical_ids(exported) == canonical_ids(original)


def test_export_is_readable_by_others(sample_file: Path, tmp_path: Path):
    out = tmp_path / "sample.json"
    export_json(sample_file, out)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_import_of_invalid_json_is_refused(tmp_path: Path):
    source = tmp_path / "doc.json"
    source.write_text('{"format": "journeyline", "version": 1,', encoding="utf-8")
    result = run_cli("import", source, "-o", tmp_path / "w.journey", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == "journeyline: “doc.json” was not imported: 1 problem; nothing was written."
    assert lines[1].startswith("  document: is not valid JSON at line 1")
    assert "Traceback" not in result.stderr
    assert listing(tmp_path) == ["doc.json"]


def _broken(sample_doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(sample_doc)
    doc["workshop"]["facilitator"] = "Ola"
    doc["owners"][0]["email"] = 42
    doc["journeys"][0]["stations"][3]["emotion"] = 7
    doc["journeys"][0]["stations"][5]["phase"] = "no-such-phase"
    doc["journeys"][1]["state"] = "someday"
    return doc


def test_import_lists_every_problem_with_its_path(tmp_path: Path, sample_doc: dict[str, Any]):
    doc = _broken(sample_doc)
    with pytest.raises(interchange.InterchangeError) as refused:
        interchange.validate(doc)
    assert len(refused.value.problems) == 5
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(doc), encoding="utf-8")

    result = run_cli("import", source, "-o", tmp_path / "w.journey", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == "journeyline: “doc.json” was not imported: 5 problems; nothing was written."
    assert lines[1:] == [f"  {problem}" for problem in refused.value.problems]
    assert "  journeys[0].stations[3].emotion: must be an integer from -2 to 2" in lines
    assert any(line.startswith("  workshop.facilitator: ") for line in lines)
    assert listing(tmp_path) == ["doc.json"]


def test_refused_import_leaves_the_target_untouched_even_with_force(
    tmp_path: Path, sample_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "w.journey"
    assert main(["new", "-o", str(target)]) == 0
    before = target.read_bytes()
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(_broken(sample_doc)), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(source), "-o", str(target), "--force"]) == 2
    assert "journeys[0].stations[3].emotion" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert listing(tmp_path) == ["doc.json", "w.journey"]


def test_import_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "w.journey"
    assert main(["new", "-o", str(target)]) == 0
    before = target.read_bytes()
    assert main(["import", str(SAMPLE), "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert main(["import", str(SAMPLE), "-o", str(target), "--force"]) == 0
    assert target.read_bytes() != before


def test_import_of_a_missing_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["import", str(tmp_path / "gone.json"), "-o", str(tmp_path / "w.journey")]) == 2
    assert capsys.readouterr().err == "journeyline: “gone.json” does not exist.\n"
    assert listing(tmp_path) == []


def test_import_of_a_workshop_file_says_what_it_is(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["import", str(sample_file), "-o", str(tmp_path / "w.journey")]) == 2
    assert "is a workshop file, not an interchange JSON document" in capsys.readouterr().err
    assert listing(tmp_path) == []


def test_names_cannot_drive_the_terminal(
    tmp_path: Path, sample_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
):
    """A name that another program wrote into the file (control characters are refused at
    every door of Journeyline's own): the file is refused, and the message shows the name
    escaped, never sent to the terminal raw."""
    sample_doc["journeys"][0]["name"] = "Evil name"
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(sample_doc), encoding="utf-8")
    target = tmp_path / "w.journey"
    assert main(["import", str(source), "-o", str(target)]) == 0
    db = sqlite3.connect(target)
    with db:
        db.execute(
            "UPDATE journey SET name = ? WHERE name = ?", ("Evil\x1b[2J\x9b31m name", "Evil name")
        )
    db.close()
    capsys.readouterr()
    assert main(["info", str(target)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "\x1b" not in err and "\x9b" not in err
    assert "“Evil\\x1b[2J\\x9b31m name”" in err
    assert "control character U+001B" in err


# --- info on files that are not workshop files ---------------------------------------------------


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("map.json", "{}")


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_bytes(os.urandom(4096)), "is not a Journeyline workshop file."),
        (lambda p: p.write_bytes(b""), "is empty"),
        (_zip, "is a zip archive"),
        (lambda p: None, "does not exist."),
    ],
    ids=["random-bytes", "empty", "zip", "missing"],
)
def test_info_on_a_file_that_is_not_a_workshop(tmp_path: Path, make: Any, says: str):
    path = tmp_path / "map.journey"
    make(path)
    result = run_cli("info", path, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1  # one sentence on one line, no traceback
    assert result.stderr.startswith("journeyline: “map.journey” ")
    assert says in result.stderr


def test_info_on_a_json_document_suggests_import(capsys: pytest.CaptureFixture[str]):
    assert main(["info", str(SAMPLE)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("journeyline: “sample.json” is not a Journeyline workshop file.")
    assert "journeyline import" in err


def test_debug_shows_the_traceback(tmp_path: Path):
    path = tmp_path / "map.journey"
    path.write_bytes(b"")
    result = run_cli("--debug", "info", path, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.endswith(
        "journeyline: “map.journey” is empty, so it is not a Journeyline workshop file.\n"
    )


# --- export ------------------------------------------------------------------------------------


def test_export_to_an_unknown_extension(sample_file: Path, tmp_path: Path):
    result = run_cli("export", sample_file, "-o", tmp_path / "map.docx", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "cannot export to .docx files" in result.stderr
    assert all(f.suffix in result.stderr for f in FORMATS.values())
    assert listing(tmp_path) == []


@pytest.mark.parametrize("wanted", ["onboarding TOMORROW", "j-future", "J-Future"])
def test_export_one_journey(
    sample_file: Path, tmp_path: Path, sample_doc: dict[str, Any], wanted: str
):
    exported = export_json(sample_file, tmp_path / "one.json", "--journey", wanted)
    (journey,) = exported["journeys"]
    assert journey["name"] == "Onboarding tomorrow"
    assert len(exported["owners"]) == len(sample_doc["owners"])
    assert len(exported["personas"]) == len(sample_doc["personas"])
    original = dict(interchange.validate(sample_doc))
    original["journeys"] = [original["journeys"][1]]
    assert canonical_ids(exported) == canonical_ids(original)


def test_export_an_unknown_journey(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "one.json"
    assert main(["export", str(sample_file), "-o", str(out), "--journey", "Onboarding"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("journeyline: --journey: “sample.journey” has no journey")
    assert lines[1:] == ["  j-today  Onboarding today", "  j-future  Onboarding tomorrow"]
    assert listing(tmp_path) == []


def test_a_new_format_is_one_registry_entry(
    sample_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    """A format added to the export registry is on the command line, with no command change."""
    written: list[tuple[str, int | None, int]] = []

    def write(document: Any, path: Path, request: ExportRequest, *_: object) -> Notices:
        written.append((path.name, request.journey_id, request.dpi))
        return [ExportNotice("Shouted quietly at {dpi} dpi.", dpi=request.dpi * 10)]

    shouting = ExportFormat(
        "txt", "Shouted text", ".txt", "Shouted.", "Text (*.txt)", write, options=(DPI,)
    )
    monkeypatch.setitem(FORMATS, "txt", shouting)
    assert main(["export", "--help"]) == 0
    assert ".txt Shouted text" in capsys.readouterr().out
    args = ["export", str(sample_file), "--journey", "j-today"]
    assert main([*args, "-o", str(tmp_path / "a.TXT"), "--dpi", "300"]) == 0
    assert written == [("a.TXT", 1, 300)]
    # The notice in English, its number written the English way.
    assert capsys.readouterr().err == "journeyline: warning: Shouted quietly at 3,000 dpi.\n"
    assert main([*args, "-o", str(tmp_path / "a.json"), "--dpi", "300"]) == 2
    assert capsys.readouterr().err == "journeyline: --dpi applies to .png, .txt export only.\n"
    assert listing(tmp_path) == []


def test_export_into_a_read_only_folder(sample_file: Path, tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder):
        result = run_cli("export", sample_file, "-o", folder / "map.json", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr == (
            "journeyline: “map.json” could not be written: the folder is read-only; "
            "nothing was written.\n"
        )
        assert listing(folder) == []


@pytest.mark.parametrize(
    ("failing", "code", "says"),
    [
        ("open", errno.EROFS, "the disk is read-only"),
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.ENOSPC, "the disk is full"),
    ],
)
def test_a_failed_export_leaves_no_partial_file(
    sample_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    failing: str,
    code: int,
    says: str,
):
    """Whatever fails while writing, the old file stays as it was and no temporary is left."""
    out = tmp_path / "map.json"
    out.write_text("the previous export\n", encoding="utf-8")
    real = getattr(os, failing)

    def fail(*args: Any, **kwargs: Any) -> Any:
        if failing == "open" and not str(args[0]).endswith(".tmp"):
            return real(*args, **kwargs)  # the workshop file itself must still open
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patch:
        patch.setattr(os, failing, fail)
        assert main(["export", str(sample_file), "-o", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"journeyline: “map.json” could not be written: {says}; nothing was written.\n"
    )
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert listing(tmp_path) == ["map.json"]


def test_export_into_a_missing_folder(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "nowhere" / "map.json"
    assert main(["export", str(sample_file), "-o", str(out)]) == 2
    assert "the folder does not exist" in capsys.readouterr().err
    assert listing(tmp_path) == []


# --- errors, help, version, the editor stand-in -------------------------------------------------


def test_an_unexpected_error_is_one_line(
    sample_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    def boom(*args: object) -> None:
        raise RuntimeError("boom\nmore detail")

    monkeypatch.setattr("models.transfer.export_document", boom)
    out = str(tmp_path / "map.json")
    assert main(["export", str(sample_file), "-o", out]) == 1
    assert capsys.readouterr().err == (
        "journeyline: internal error: RuntimeError: boom; run with --debug for details\n"
    )
    assert main(["export", "--debug", str(sample_file), "-o", out]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert err.endswith("journeyline: internal error: RuntimeError: boom\n")
    assert listing(tmp_path) == []


def test_help_shows_the_usage_of_every_command(capsys: pytest.CaptureFixture[str]):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "journeyline [-h] [--version] [--debug] [FILE]" in out
    for command in cli.COMMANDS:
        assert f"journeyline {command} [-h]" in out
        assert main([command, "--help"]) == 0
        assert f"usage: journeyline {command}" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"journeyline {cli.version()}\n"
    assert cli.version() != "unknown"


def test_bad_arguments_exit_2(tmp_path: Path):
    result = run_cli("export", "--journey", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: journeyline export")
    assert "journeyline: " in result.stderr


def test_a_mistyped_command_names_the_commands(capsys: pytest.CaptureFixture[str]):
    assert main(["exprot", "map.journey"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'exprot'" in err
    assert all(command in err for command in cli.COMMANDS)


@pytest.fixture
def opened_in_editor(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """What the editor window was asked to open (the window itself is tested in widgets/)."""
    opened: list[str | None] = []

    def run_editor(path: str | None) -> int:
        opened.append(path)
        return 0

    monkeypatch.setattr("widgets.gui.run_editor", run_editor)
    return opened


def test_a_workshop_file_without_a_command_opens_in_the_editor(
    sample_file: Path, opened_in_editor: list[str | None]
):
    assert main(["--debug", str(sample_file)]) == 0
    assert opened_in_editor == [str(sample_file)]


def test_without_a_file_the_editor_chooses_the_workshop(opened_in_editor: list[str | None]):
    assert main([]) == 0
    assert opened_in_editor == [None]


@pytest.mark.parametrize("content", ["good", "broken"])
def test_a_json_document_goes_to_the_editor_which_imports_it(
    tmp_path: Path,
    sample_doc: dict[str, Any],
    opened_in_editor: list[str | None],
    capsys: pytest.CaptureFixture[str],
    content: str,
):
    """``journeyline map.json`` (a double-click on the desktop) hands the document to the
    window, which asks where to save the workshop and says any problem in its own language
    (tests/widgets/test_import_document.py); nothing is written here, nothing printed."""
    doc = tmp_path / "map.json"
    text = interchange.dumps(sample_doc) if content == "good" else '{"format": "journeyline"}'
    doc.write_text(text, encoding="utf-8")
    assert main([str(doc)]) == 0
    assert opened_in_editor == [str(doc)]
    assert listing(tmp_path) == ["map.json"]
    assert capsys.readouterr().err == ""


def test_debug_may_come_before_or_after_the_command(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["--debug", "info", str(sample_file)]) == 0
    assert main(["info", "--debug", str(sample_file)]) == 0
