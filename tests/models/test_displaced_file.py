"""An open workshop whose file another program moves, deletes or replaces: the next edit is
refused with one sentence instead of going into a file that no longer has that name, and the
workshop as it is can still be saved as a copy."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from models import edits
from models.document import Document
from models.workshop_file import WorkshopFileError
from tests.corpus import folder_state


def _delete(path: Path) -> None:
    path.unlink()


def _move(path: Path) -> None:
    path.rename(path.with_name("moved.journey"))


def _replace(path: Path) -> None:
    other = path.with_name("other.journey")
    shutil.copy2(path, other)
    os.replace(other, path)  # another program saved a new file over it


SENTENCE = (
    "“sample.journey” was moved, deleted or replaced by another program, so changes can no "
    "longer be saved into it; use Save a copy… to keep the workshop."
)


@pytest.mark.parametrize(
    "displace", [_delete, _move, _replace], ids=["deleted", "moved", "replaced"]
)
def test_the_next_edit_is_refused_and_a_copy_can_be_saved(
    document: Document, tmp_path: Path, displace: Callable[[Path], None]
):
    path = document.path
    document.apply(edits.update_workshop(title="Before"))
    assert document.displaced() is None
    displace(path)
    assert str(document.displaced()) == SENTENCE
    before = folder_state(tmp_path)
    with pytest.raises(WorkshopFileError) as refused:
        document.apply(edits.update_workshop(title="Into the void"))
    assert str(refused.value) == SENTENCE
    assert folder_state(tmp_path) == before  # nothing written, whatever is at the path now
    assert document.workshop().title == "Before"

    copy = tmp_path / "rescued.journey"
    document.file.save_copy(copy)
    with Document.open(copy, readonly=True) as rescued:
        assert rescued.workshop().title == "Before"


def test_undo_is_refused_too(document: Document):
    edit = edits.update_workshop(title="Changed")
    document.apply(edit)
    _delete(document.path)
    with pytest.raises(WorkshopFileError, match="was moved, deleted or replaced"):
        document.revert(edit)


def test_a_file_left_in_place_keeps_taking_edits(document: Document):
    for title in ("One", "Two"):
        document.apply(edits.update_workshop(title=title))
    assert document.displaced() is None
    document.close()
    with Document.open(document.path, readonly=True) as reopened:
        assert reopened.workshop().title == "Two"


def test_a_read_only_document_never_complains(workshop_path: Path):
    with Document.open(workshop_path, readonly=True) as document:
        workshop_path.unlink()
        assert document.displaced() is None
