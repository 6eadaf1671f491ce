"""Reading a JSON document to import (models.transfer.read_document, the one path of the
command line's ``import`` and the window's File ▸ Import JSON document…): every problem is one
English sentence naming the file (a FileProblem, translated by the window), a refused
document's content problems ride along as its InterchangeError, and the file is never
changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from models import interchange
from models.interchange import DocumentDict, DocumentTooLarge, InterchangeError
from models.transfer import DocumentFileError, read_document


def _refused(path: Path) -> DocumentFileError:
    before = (path.read_bytes(), path.stat().st_mtime_ns) if path.is_file() else None
    with pytest.raises(DocumentFileError) as refused:
        read_document(path)
    if before is not None:
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    return refused.value


def test_a_good_document_is_read_and_validated(tmp_path: Path, sample_doc: DocumentDict):
    path = tmp_path / "map.json"
    path.write_text(interchange.dumps(sample_doc), encoding="utf-8")
    assert read_document(path) == sample_doc


def test_a_rule_broken_names_the_file_and_carries_the_problems(
    tmp_path: Path, sample_doc: DocumentDict
):
    doc = json.loads(interchange.dumps(sample_doc))
    doc["journeys"][0]["stations"][0]["emotion"] = 99
    path = tmp_path / "map.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    error = _refused(path)
    assert str(error) == "“map.json” was not imported; nothing was written."
    assert error.message.source == "{file} was not imported; nothing was written."
    assert isinstance(error.problems, InterchangeError)
    assert error.problems.problems == [
        "journeys[0].stations[0].emotion: must be an integer from -2 to 2"
    ]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"format": ', "document: is not valid JSON at line 1, column 12: Expecting value"),
        (b'{"x": "Gr\xfc\xdfe"}', "document: is not UTF-8 text"),
        (b"", "document: is empty"),
    ],
)
def test_bad_json_is_a_problem_of_the_document(tmp_path: Path, content: bytes, problem: str):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    error = _refused(path)
    assert str(error) == "“bad.json” was not imported; nothing was written."
    assert error.problems is not None
    assert error.problems.problems[0].startswith(problem), error.problems.problems


def test_a_document_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: reading it would take a while
    error = _refused(path)
    assert str(error) == "“huge.json” was not imported; nothing was written."
    assert isinstance(error.problems, DocumentTooLarge)


def test_a_workshop_file_is_not_a_document(workshop_path: Path):
    renamed = workshop_path.with_name("map.json")
    workshop_path.rename(renamed)
    error = _refused(renamed)
    assert str(error) == (
        "“map.json” is a workshop file, not an interchange JSON document; nothing was written."
    )
    assert error.problems is None


def test_what_is_not_a_readable_file_is_said(tmp_path: Path):
    assert str(_refused(tmp_path / "gone.json")) == "“gone.json” does not exist."
    (tmp_path / "folder.json").mkdir()
    assert str(_refused(tmp_path / "folder.json")) == "“folder.json” is a folder, not a file."
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert str(_refused(fifo)) == "“pipe.json” is not a regular file (a pipe or a device, say)."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.json", "pipe.json"]
