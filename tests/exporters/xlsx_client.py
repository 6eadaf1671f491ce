"""A client editing an exported action list, as Excel would leave it (done with openpyxl).

Rows and columns are found by the hidden action key and by header, as a person finds them by
looking, never by the export's positions: the tests move things around first.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

KEY = "Journeyline action key"
# A real password-protected workbook: the sample's action list as Journeyline exported it,
# encrypted as Excel does (ECMA-376 agile encryption) by msoffcrypto-tool, once, with the
# password "workshop2026" (how it was made: tests/data/README.md).
LOCKED = Path(__file__).resolve().parents[1] / "data" / "locked-action-list.xlsx"


def edit(path: Path, change: Callable[[Worksheet], None], target: Path | None = None) -> Path:
    """Open the list, let ``change`` edit the action sheet (found by its key column), save."""
    workbook = load_workbook(path)
    change(action_sheet(workbook))
    out = target or path
    workbook.save(out)
    workbook.close()
    return out


def action_sheet(workbook: Any) -> Worksheet:
    for ws in workbook.worksheets:
        if KEY in [c.value for c in ws[1]]:
            return ws
    raise AssertionError("no action sheet")


def column(ws: Worksheet, header: str) -> int:
    """1-based index of the column with this header."""
    return [c.value for c in ws[1]].index(header) + 1


def row_of(ws: Worksheet, action_id: int) -> int:
    key = column(ws, KEY)
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, key).value == f"action-{action_id}":
            return r
    raise AssertionError(f"no row for action {action_id}")


def set_cell(ws: Worksheet, action_id: int, header: str, value: Any) -> None:
    ws.cell(row_of(ws, action_id), column(ws, header)).value = value


def set_text(ws: Worksheet, action_id: int, header: str, text: str) -> None:
    """Text typed with Excel's leading apostrophe: a string cell, whatever it looks like."""
    cell = ws.cell(row_of(ws, action_id), column(ws, header))
    cell._value = text
    cell.data_type = "s"
    cell.quotePrefix = True


def add_row(ws: Worksheet, **by_header: Any) -> int:
    """A row typed under the last one; returns its number."""
    r = ws.max_row + 1
    for header, value in by_header.items():
        ws.cell(r, column(ws, header)).value = value
    return r


def delete_action(ws: Worksheet, action_id: int) -> None:
    ws.delete_rows(row_of(ws, action_id))


def resort(ws: Worksheet, header: str, *, reverse: bool = False) -> None:
    """Sort the data rows by one column, as Excel's sort does (whole rows move)."""
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    index = column(ws, header) - 1
    rows.sort(key=lambda r: str(r[index] or ""), reverse=reverse)
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            ws.cell(r, c).value = value


def insert_column(ws: Worksheet, before: str, header: str, fill: Any) -> None:
    """A column of the client's own, inserted before ``before`` (with a value on every row)."""
    at = column(ws, before)
    ws.insert_cols(at)
    ws.cell(1, at).value = header
    for r in range(2, ws.max_row + 1):
        ws.cell(r, at).value = fill(r)


def filter_rows(ws: Worksheet, header: str, keep: Callable[[Any], bool]) -> None:
    """An AutoFilter view: rows not kept are hidden (still in the file)."""
    index = column(ws, header)
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{ws.max_row}"
    for r in range(2, ws.max_row + 1):
        ws.row_dimensions[r].hidden = not keep(ws.cell(r, index).value)


# -- files that are not what they claim ----------------------------------------------------------
def patch_part(path: Path, part: str, change: Callable[[str], str]) -> None:
    """Rewrite one XML part inside the workbook's zip."""
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            out.writestr(info, data)


def cache_formula_values(path: Path, part: str, value: str) -> None:
    """Give every formula of a sheet the value Excel would have saved beside it."""
    patch_part(
        path,
        part,
        lambda xml: re.sub(r"(<f>[^<]*</f>)(<v\s*/>|<v></v>)?", rf"\1<v>{value}</v>", xml),
    )


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (the container of .xls and of encrypted Office files).

    Version 3, 512-byte sectors: a FAT sector, a directory sector, then each stream padded to
    at least 4,096 bytes so that it lives in regular sectors (no mini stream).
    """
    end, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    sector = 512
    data = [(name, body.ljust(4096, b"\0")) for name, body in streams.items()]
    fat = [fat_sector, end]
    starts = []
    for _, body in data:
        count = len(body) // sector + (len(body) % sector > 0)
        start = len(fat)
        starts.append(start)
        fat += [*range(start + 1, start + count), end]
    fat += [free] * (sector // 4 - len(fat))
    assert len(fat) == sector // 4, "one FAT sector is enough here"

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", no_stream, right, child)
            + b"\0" * 16
            + b"\0" * 4
            + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )

    entries = [entry("Root Entry", 5, 1, no_stream, end, 0)]
    for i, ((name, body), start) in enumerate(zip(data, starts, strict=True)):
        right = i + 2 if i + 1 < len(data) else no_stream
        entries.append(entry(name, 2, no_stream, right, start, len(body)))
    directory = b"".join(entries).ljust(sector, b"\0")
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", free) * 108
    )
    assert len(header) == sector
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + directory + b"".join(body for _, body in data)
