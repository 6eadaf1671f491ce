"""One helper writes every file (models/atomic.py); no other module renames files of its own."""

from __future__ import annotations

import ast
import errno
import os
from pathlib import Path
from typing import Any

import pytest

from app import desktop_integration
from exporters.action_list_xlsx import export_action_list
from models import atomic
from models.atomic import WriteError, atomic_write
from models.document import Document
from models.templates import create_workshop
from models.workshop_file import WorkshopFileError

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "models", "exporters", "widgets")
HELPER = ROOT / "models" / "atomic.py"

# Calls that move a finished temporary file into place, or make one.
_MODULE_CALLS = {
    ("os", "replace"),
    ("os", "rename"),
    ("os", "renames"),
    ("shutil", "move"),
    ("tempfile", "mkstemp"),
    ("tempfile", "NamedTemporaryFile"),
}


def _own_renames(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        if (owner, func.attr) in _MODULE_CALLS:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {owner}.{func.attr}")
        elif func.attr == "rename" or (func.attr == "replace" and len(node.args) == 1):
            # Path.rename(target) / Path.replace(target); str.replace takes two arguments.
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{func.attr}()")
    return found


def test_no_module_but_the_helper_moves_files_into_place():
    sources = [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]
    assert HELPER in sources
    found = [hit for path in sources if path != HELPER for hit in _own_renames(path)]
    assert found == [], "write files through models.atomic instead"
    assert _own_renames(HELPER), "the scan must see the helper's own rename"


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_a_long_name_gets_a_short_temporary_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A target name near the file system's limit (255 bytes) is still written atomically."""
    name = "å" * 120 + ".xlsx"  # 245 bytes in UTF-8
    target = tmp_path / name
    temps: list[str] = []
    real_open = os.open

    def spy(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(atomic.TEMP_SUFFIX):
            temps.append(Path(path).name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    atomic_write(target, lambda f: f.write(b"whole"))
    monkeypatch.undo()
    assert target.read_bytes() == b"whole"
    assert _listing(tmp_path) == [name]
    assert temps, "the content went through a temporary file"
    assert all(len(os.fsencode(t)) <= 120 for t in temps)
    assert all(t.startswith(".ååå") for t in temps), "the temporary name shows whose it is"


def test_a_long_name_for_a_workshop_copy(tmp_path: Path):
    source = tmp_path / "w.journey"
    create_workshop(source, "lifecycle", title="Long names")
    target = tmp_path / ("Ø" * 118 + ".journey")  # 244 bytes
    with Document.open(source) as document:
        document.file.save_copy(target)
    with Document.open(target, readonly=True) as copy:
        assert copy.workshop().title == "Long names"
    assert _listing(tmp_path) == sorted([source.name, target.name])


@pytest.mark.parametrize(
    ("code", "says"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the disk is read-only")],
)
def test_every_writer_says_one_sentence_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, says: str
):
    """Export, new workshop, workshop copy and desktop file fail alike on a full disk."""
    source = tmp_path / "source.journey"
    create_workshop(source, "blank", title="Disk")
    before = source.read_bytes()
    out = tmp_path / "out"
    out.mkdir()

    def fail(*args: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", fail)
    sentences = []
    with Document.open(source, readonly=True) as document:
        with pytest.raises(WriteError) as export:
            export_action_list(document, out / "actions.xlsx")
        sentences.append(str(export.value))
    with pytest.raises(WorkshopFileError) as new:
        create_workshop(out / "new.journey", "blank")
    sentences.append(str(new.value))
    with Document.open(source) as document, pytest.raises(WorkshopFileError) as copy:
        document.file.save_copy(out / "copy.journey")
    sentences.append(str(copy.value))
    with pytest.raises(WriteError) as desktop:
        desktop_integration.install(out / "share", run_tools=False)
    sentences.append(str(desktop.value))
    monkeypatch.undo()

    names = ["actions.xlsx", "new.journey", "copy.journey", "journeyline.desktop"]
    assert sentences == [f"“{n}” could not be written: {says}; nothing was written." for n in names]
    left = [p for p in out.rglob("*") if p.is_file()]
    assert left == [], "no temporary or partial file stays behind"
    assert source.read_bytes() == before


def test_replacing_keeps_the_old_file_when_the_writer_fails(tmp_path: Path):
    target = tmp_path / "kept.bin"
    target.write_bytes(b"old")
    with pytest.raises(ZeroDivisionError), atomic.replacing(target) as temp:
        temp.write_bytes(b"new, half")
        _ = 1 / 0
    assert target.read_bytes() == b"old"
    assert _listing(tmp_path) == ["kept.bin"]


def test_a_folder_at_the_target_is_refused_before_writing(tmp_path: Path):
    (tmp_path / "map.json").mkdir()
    with pytest.raises(WriteError) as refused:
        atomic_write(tmp_path / "map.json", lambda f: f.write(b"{}"))
    assert str(refused.value) == (
        "“map.json” could not be written: a folder has that name; nothing was written."
    )
    assert _listing(tmp_path) == ["map.json"]
