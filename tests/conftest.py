"""Shared fixtures: the bundled sample, as a document and as a workshop file on disk."""

from __future__ import annotations

import os

# Before anything can import Qt: the GUI tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from models import interchange
from models.document import Document
from models.interchange import DocumentDict
from models.resources import resource
from models.transfer import import_document

SAMPLE_PATH = resource("samples", "sample.json")

# The team library's fixtures: a PostgreSQL server for the session, ``library_url`` on both.
pytest_plugins = ["tests.library_fixtures"]


def pytest_unconfigure(config: pytest.Config) -> None:
    """Destroy the QApplication (if a GUI test made one) before the interpreter exits.

    Left to interpreter exit, Qt's exit handlers free the clipboard's data after Python is
    gone and the process crashes (see widgets/canvas/operations.py, copy_selection).
    """
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return
    app = widgets.QApplication.instance()
    if isinstance(app, widgets.QApplication):
        app.clipboard().clear()  # tests put QMimeData made in Python there
        app.shutdown()


@pytest.fixture(autouse=True)
def isolated_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Journeyline's data folder (the local library, its choice, working-copy links) is a
    temporary one in every test: the user's own is never read or written."""
    monkeypatch.setenv("JOURNEYLINE_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("JOURNEYLINE_LIBRARY", raising=False)


@pytest.fixture
def sample_doc() -> DocumentDict:
    """The bundled sample, parsed and validated (a fresh copy for each test)."""
    return interchange.parse(SAMPLE_PATH.read_bytes())


@pytest.fixture
def workshop_path(tmp_path: Path, sample_doc: DocumentDict) -> Path:
    """The sample imported into a new workshop file in the test's own folder."""
    path = tmp_path / "sample.journey"
    import_document(sample_doc, path)
    return path


@pytest.fixture
def document(workshop_path: Path) -> Iterator[Document]:
    """The sample workshop, open for editing; closed after the test."""
    doc = Document.open(workshop_path)
    try:
        yield doc
    finally:
        doc.close()
