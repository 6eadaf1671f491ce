"""One export registry (exporters/formats.py): the command line and the editor's export job
reach every format through it and refuse a bad option with the same sentence."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import export_job
from app.export_job import ExportRequest, Snapshot
from app.main import main
from exporters import formats
from exporters.formats import DPI, FORMATS, PAPER, TILE
from models.document import Document


def _is(fmt: str, path: Path) -> bool:
    """The file is really of that format (read back, not just named so)."""
    data = path.read_bytes()
    if fmt == "pdf":
        return len(PdfReader(path).pages) >= 1
    if fmt == "xlsx":
        return "xl/workbook.xml" in zipfile.ZipFile(path).namelist()
    if fmt == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if fmt == "svg":
        return b"<svg" in data[:400]
    if fmt == "json":
        return bool(json.loads(data)["journeys"])
    raise AssertionError(f"no check for {fmt}")


def _job(workshop: Path, request: ExportRequest) -> export_job.ExportOutcome:
    """The editor's export job, as the window runs it (snapshot, staging, commit)."""
    with Document.open(workshop) as document:
        snapshot = Snapshot.take(document.file)
    try:
        staging = export_job.staging_path(request.target)
        outcome = export_job.execute(snapshot.path, request, staging)
        return export_job.finish(outcome, staging, cancelled=False)
    finally:
        snapshot.discard()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_from_the_command_line_and_the_export_job(
    fmt: str, workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    spec = FORMATS[fmt]
    by_cli = tmp_path / f"cli{spec.suffix.upper()}"  # the extension in any case
    assert main(["export", str(workshop_path), "-o", str(by_cli)]) == 0, capsys.readouterr()
    assert _is(fmt, by_cli)
    by_job = tmp_path / f"job{spec.suffix}"
    outcome = _job(workshop_path, ExportRequest(fmt, by_job, dpi=72))
    assert outcome.state == "done", outcome.sentence
    assert _is(fmt, by_job)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [by_cli.name, by_job.name, workshop_path.name]
    )


@pytest.mark.parametrize(
    ("fmt", "args", "field", "says"),
    [
        ("png", ["--dpi", "5"], {"dpi": 5}, "the resolution must be from 36 to 1200 dpi, not 5"),
        ("png", ["--dpi", "0"], {"dpi": 0}, "the resolution must be from 36 to 1200 dpi, not 0"),
        (
            "png",
            ["--dpi", "1201"],
            {"dpi": 1201},
            "the resolution must be from 36 to 1200 dpi, not 1201",
        ),
        (
            "pdf",
            ["--paper", "B5"],
            {"paper": "B5"},
            "the paper must be one of A0, A1, A2, A3, A4, letter, tabloid, not “B5”",
        ),
        (
            "pdf",
            ["--tile", "A3"],
            {"tile": "A3"},
            "the sheets to tile on must be one of A4, letter, not “A3”",
        ),
    ],
)
def test_a_bad_option_is_refused_alike_by_both(
    fmt: str,
    args: list[str],
    field: dict[str, object],
    says: str,
    workshop_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    target = tmp_path / f"map.{fmt}"
    sentence = f"“map.{fmt}” could not be written: {says}; nothing was written."
    assert main(["export", str(workshop_path), "-o", str(target), *args]) == 2
    assert capsys.readouterr().err == f"journeyline: {sentence}\n"
    outcome = _job(workshop_path, ExportRequest(fmt, target, **field))  # type: ignore[arg-type]
    assert (outcome.state, outcome.sentence) == ("failed", sentence)
    assert sorted(p.name for p in tmp_path.iterdir()) == [workshop_path.name]


def test_choices_match_in_any_case_on_the_command_line(workshop_path: Path, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(workshop_path), "-o", str(out), "--paper", "a4"]) == 0
    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox.upper_right)
    a4 = PAPER.choice("A4").size
    assert sorted((round(width), round(height))) == sorted(round(v) for v in a4)


def test_the_limits_and_the_help_come_from_the_registry(capsys: pytest.CaptureFixture[str]):
    assert main(["export", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    for spec in FORMATS.values():
        assert spec.suffix in help_text and spec.label in help_text
    for option in formats.OPTIONS:
        assert all(flag in help_text for flag in option.flags)
    assert f"{DPI.minimum} to {DPI.maximum}" in help_text
    assert all(key in help_text for key in (*PAPER.keys, *TILE.keys))


def test_settle_fills_in_and_normalises(tmp_path: Path):
    request = formats.settle(ExportRequest("pdf", tmp_path / "p.pdf", paper=" letter ", tile="a4"))
    assert (request.paper, request.tile) == ("letter", "A4")
    assert formats.settle(ExportRequest("png", tmp_path / "p.png")).dpi == DPI.default
