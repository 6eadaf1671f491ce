"""An action list's bytes, looked at before openpyxl opens them: files arrive by email, so a
folder, an empty file, a password-protected or old-format workbook, a zip that is no workbook
or one that unpacks to gigabytes is refused in one sentence naming the file
(:class:`~exporters.action_list_said.ActionListError`), and nothing is changed."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Final

from exporters.action_list_said import ActionListError
from models.file_problem import FileProblem, reading_problem
from models.workshop_file import describe

__all__ = ["CFB_MAGIC", "ZIP_MAGIC", "check_bytes", "damaged"]

CFB_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file (.xls, encrypted)
ZIP_MAGIC: Final = b"PK\x03\x04"
# An encrypted Office file is a compound file with these streams (MS-OFFCRYPTO).
_ENCRYPTED_STREAMS: Final = tuple(n.encode("utf-16-le") for n in ("EncryptedPackage",))
_UNPACKED_MAX: Final = 512 * 1024 * 1024  # a larger workbook is no action list (zip bomb)
_CFB_SCAN_MAX: Final = 64 * 1024 * 1024

_FOLDER: Final = FileProblem("{file} is a folder, not an Excel workbook.")
_DAMAGED: Final = {
    "parts": FileProblem(
        "{file} is damaged: Excel's parts inside it cannot be read; nothing was changed."
    ),
    "sheet": FileProblem(
        "{file} is damaged: a sheet inside it cannot be read; nothing was changed."
    ),
    "zip": FileProblem(
        "{file} is damaged: it is not a complete Excel workbook; nothing was changed."
    ),
}


def damaged(path: Path, what: str) -> ActionListError:
    """A workbook whose ``what`` ("parts", "sheet", "zip") cannot be read."""
    return ActionListError(_DAMAGED[what].but(file=describe(path)))


def check_bytes(path: Path) -> None:
    """ActionListError unless ``path`` is a file that may be an Excel workbook (.xlsx)."""
    name = describe(path)
    try:
        with path.open("rb") as f:
            head = f.read(8)
            body = head + f.read(_CFB_SCAN_MAX) if head.startswith(CFB_MAGIC) else b""
    except OSError as e:
        raise ActionListError(reading_problem(e, name, folder=_FOLDER)) from None
    if not head:
        raise ActionListError(
            FileProblem("{file} is empty, so it is not an Excel action list.", file=name)
        )
    if head.startswith(CFB_MAGIC):
        if any(stream in body for stream in _ENCRYPTED_STREAMS):
            raise ActionListError(
                FileProblem(
                    "{file} is protected with a password: open it in Excel, remove the "
                    "password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing "
                    "was changed.",
                    file=name,
                )
            )
        raise ActionListError(
            FileProblem(
                "{file} is an old-format Excel (.xls) or other Office file, not a Journeyline "
                "action list (.xlsx); nothing was changed.",
                file=name,
            )
        )
    if not head.startswith(ZIP_MAGIC):
        raise ActionListError(
            FileProblem(
                "{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action "
                "list; nothing was changed.",
                file=name,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise damaged(path, "zip") from None
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        raise ActionListError(
            FileProblem(
                "{file} is a zip archive but not an Excel workbook, so it is not a Journeyline "
                "action list; nothing was changed.",
                file=name,
            )
        )
    if unpacked > _UNPACKED_MAX:
        raise ActionListError(
            FileProblem(
                "{file} unpacks to more than {limit} MB, far more than any action list; it was "
                "not read and nothing was changed.",
                file=name,
                limit=_UNPACKED_MAX // 2**20,
            )
        )
