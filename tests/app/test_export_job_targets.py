"""The window's export job (app/export_job.py) goes through the same target check as the command
line: never onto the open workshop or any other, names within the limit, one sentence.

The job runs off a snapshot of the open workshop, as the window does, and is driven through its
public steps (execute on the worker, finish on the GUI thread) without a window.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import export_job
from app.export_job import ExportOutcome, ExportRequest, Snapshot
from models.document import Document
from tests.corpus import folder_state


@pytest.fixture
def open_document(workshop_path: Path) -> Iterator[Document]:
    """The sample open for editing: the editor's exclusive lock is held meanwhile."""
    with Document.open(workshop_path) as document:
        yield document


def export(document: Document, request: ExportRequest) -> ExportOutcome:
    snapshot = Snapshot.take(document.file)
    staging = export_job.staging_path(request.target)
    try:
        outcome = export_job.execute(snapshot.path, request, staging)
    finally:
        snapshot.discard()
    return export_job.finish(outcome, staging, cancelled=False)


@pytest.mark.parametrize("format", ["pdf", "json", "svg"])
def test_an_export_onto_the_open_workshop_is_refused(open_document: Document, format: str):
    path = open_document.path
    before = folder_state(path.parent)
    outcome = export(open_document, ExportRequest(format, path))
    assert outcome.state == "failed"
    assert outcome.sentence == (
        "“sample.journey” could not be written: it is a Journeyline workshop file, and an "
        "export never replaces a workshop; nothing was written."
    )
    assert folder_state(path.parent) == before
    assert open_document.workshop().title  # still open and readable


def test_an_export_onto_a_link_to_the_open_workshop_is_refused(open_document: Document):
    link = open_document.path.with_name("map.png")
    link.symlink_to(open_document.path)
    before = folder_state(link.parent)
    outcome = export(open_document, ExportRequest("png", link))
    assert outcome.state == "failed" and "it is a Journeyline workshop file" in outcome.sentence
    assert folder_state(link.parent) == before


def test_a_workshop_that_appears_at_the_target_meanwhile_is_not_replaced(
    open_document: Document, tmp_path: Path
):
    """Checked again just before the finished export is moved over the target."""
    out = tmp_path / "out"
    out.mkdir()
    target = out / "map.json"
    snapshot = Snapshot.take(open_document.file)
    staging = export_job.staging_path(target)
    try:
        outcome = export_job.execute(snapshot.path, ExportRequest("json", target), staging)
    finally:
        snapshot.discard()
    assert outcome.state == "done" and staging.exists()
    shutil.copy2(open_document.path, target)  # another program put a workshop there
    before = folder_state(out)
    final = export_job.finish(outcome, staging, cancelled=False)
    assert final.state == "failed" and "it is a Journeyline workshop file" in final.sentence
    assert folder_state(out) == {
        name: state for name, state in before.items() if name != staging.name
    }


@pytest.mark.parametrize("size", [250, 255])
def test_a_long_valid_name_is_exported(open_document: Document, tmp_path: Path, size: int):
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("m" * (size - 4) + ".pdf")
    staging = export_job.staging_path(target)
    assert len(os.fsencode(staging.name)) <= 255
    outcome = export(open_document, ExportRequest("pdf", target))
    assert outcome.state == "done", outcome.sentence
    assert [p.name for p in out.iterdir()] == [target.name]
    assert target.read_bytes().startswith(b"%PDF")


def test_a_name_past_the_limit_is_one_sentence(open_document: Document, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    outcome = export(open_document, ExportRequest("xlsx", out / ("m" * 256 + ".xlsx")))
    assert outcome.state == "failed"
    assert outcome.sentence.endswith(
        "could not be written: its name is 261 bytes long, and the folder allows at most 255; "
        "nothing was written."
    )
    assert list(out.iterdir()) == []


def test_an_image_of_a_workshop_without_journeys(workshop_path: Path, tmp_path: Path):
    db = sqlite3.connect(workshop_path)
    with db:
        for table in ("action", "station", "phase", "line", "journey"):
            db.execute(f'DELETE FROM "{table}"')
    db.close()
    out = tmp_path / "out"
    out.mkdir()
    with Document.open(workshop_path) as document:
        outcome = export(document, ExportRequest("svg", out / "map.svg"))
    assert outcome.state == "failed"
    assert outcome.sentence == (
        "“map.svg” could not be written: the workshop has no journeys, so there is no map to "
        "draw; nothing was written."
    )
    assert list(out.iterdir()) == []
