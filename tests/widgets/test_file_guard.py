"""The editor has a workshop open and another process deletes or replaces its file: the window
says so at once (not at the next edit), the next edit is refused instead of going into a file
without that name, and Save a copy… keeps the workshop as it is in the window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from models import edits
from tests.corpus import folder_state

SENTENCE = (
    "“sample.journey” was moved, deleted or replaced by another program, so changes can no "
    "longer be saved into it; use Save a copy… to keep the workshop."
)


def _other_process(*code_and_args: str) -> None:
    subprocess.run([sys.executable, "-c", *code_and_args], check=True, timeout=60)


def _message(window) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "file-displaced")
    return box if box is not None and box.isVisible() else None


@pytest.mark.parametrize("how", ["replaced", "deleted"])
def test_the_window_says_at_once_and_the_next_edit_is_refused(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
):
    editor = window.workshop.editor
    path = editor.document.path
    assert editor.push(edits.update_workshop(title="Before the file went")).applied
    if how == "replaced":  # another program saves its own file over it
        other = tmp_path / "elsewhere" / "other.journey"
        other.parent.mkdir()
        shutil.copy2(path, other)
        _other_process(
            "import os, sys; os.replace(sys.argv[1], sys.argv[2])", str(other), str(path)
        )
    else:
        _other_process("import os, sys; os.unlink(sys.argv[1])", str(path))

    qtbot.waitUntil(lambda: _message(window) is not None, timeout=10_000)
    box = _message(window)
    assert box is not None and box.text() == SENTENCE
    assert window.status_label.text() == SENTENCE  # the status bar says it too

    before = folder_state(path.parent)
    outcome = editor.push(edits.update_workshop(title="Into the void"))
    assert not outcome.applied and outcome.message == SENTENCE
    assert folder_state(path.parent) == before  # nothing written, whatever is there now
    assert editor.document.workshop().title == "Before the file went"

    rescued = tmp_path / "rescued.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(rescued), ""))
    save = next(
        b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == "Save a copy…"
    )
    save.click()
    qtbot.waitUntil(rescued.exists, timeout=5_000)
    from models.document import Document

    with Document.open(rescued, readonly=True) as copy:
        assert copy.workshop().title == "Before the file went"


def test_a_copy_can_be_saved_where_the_deleted_file_was(window, qtbot, monkeypatch):
    """The path of a deleted workshop is not "the workshop itself" any more: the copy is made."""
    editor = window.workshop.editor
    path = editor.document.path
    assert editor.push(edits.update_workshop(title="Keep me")).applied
    _other_process("import os, sys; os.unlink(sys.argv[1])", str(path))
    qtbot.waitUntil(lambda: _message(window) is not None, timeout=10_000)
    assert window.workshop.save_copy(path)
    assert path.exists()
    from models.document import Document

    with Document.open(path, readonly=True) as copy:
        assert copy.workshop().title == "Keep me"


def test_an_untouched_file_says_nothing(window, qtbot):
    editor = window.workshop.editor
    for title in ("One", "Two"):
        assert editor.push(edits.update_workshop(title=title)).applied
    qtbot.wait(200)
    assert _message(window) is None
