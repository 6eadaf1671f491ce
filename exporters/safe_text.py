"""User text into Excel cells as plain text, always.

The spec says text is content, never markup or formulas, in every export. openpyxl guesses a
cell's type from its value: a string starting with "=" becomes a formula, "#N/A" an error
value, and a control character makes it refuse the whole workbook. :func:`set_text` is the
one door for user text into a cell:

- the cell is a string cell (``data_type = "s"``), whatever the text looks like;
- text starting with "=", "+", "-" or "@" also gets Excel's quote prefix, so that editing the
  cell in Excel and pressing Enter keeps it text instead of turning it into a formula;
- characters XML 1.0 cannot carry (control characters other than tab and line break, unpaired
  surrogates, U+FFFE/U+FFFF) become a visible "�" (U+FFFD) instead of vanishing;
- line breaks become "\\n" (Excel's line break in a cell; a bare "\\r" would not survive the
  file format);
- text over Excel's limit of 32,767 characters per cell (counted in UTF-16 units, as Excel
  counts) is cut with a visible marker, "… [cut: 1,234 more characters]", the whole staying
  within the limit.

No hyperlink is ever set: an address or an email address stays text.
"""

from __future__ import annotations

import re
from typing import Any, Final

from openpyxl.cell.cell import Cell

__all__ = [
    "CELL_TEXT_MAX",
    "FORMULA_PREFIXES",
    "REPLACEMENT",
    "clean_text",
    "cut_marker",
    "set_text",
    "text_cell",
]

CELL_TEXT_MAX: Final = 32_767  # Excel's limit per cell, in UTF-16 code units
REPLACEMENT: Final = "\ufffd"  # "�", shown where a character cannot be stored
FORMULA_PREFIXES: Final = ("=", "+", "-", "@")

# openpyxl's ILLEGAL_CHARACTERS_RE (C0 controls except tab, LF, CR), plus what XML 1.0 or
# UTF-8 cannot carry at all: unpaired surrogates and the non-characters U+FFFE and U+FFFF.
_UNSTORABLE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK: Final = re.compile("\r\n?")
_SHORT: Final = CELL_TEXT_MAX // 2  # shorter text is within the limit however it is counted


def cut_marker(removed: int) -> str:
    """The visible end of a cut text: " … [cut: 1,234 more characters]"."""
    noun = "character" if removed == 1 else "characters"
    return f" … [cut: {removed:,} more {noun}]"


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _prefix_within(text: str, units: int) -> str:
    """The longest prefix of ``text`` that is at most ``units`` UTF-16 code units long."""
    encoded = text.encode("utf-16-le")[: 2 * max(units, 0)]
    return encoded.decode("utf-16-le", "ignore")  # drops half a surrogate pair at the end


def _cut(text: str, limit: int) -> str:
    if _utf16_len(text) <= limit:
        return text
    # More removed means a longer marker, hence less kept: iterate to the fixed point, which
    # is reached in a step or two (the marker only grows when the count gains a digit).
    removed = 1
    while True:
        marker = cut_marker(removed)
        kept = _prefix_within(text, limit - len(marker))  # the marker is all BMP
        if len(text) - len(kept) == removed:
            return kept + marker
        removed = len(text) - len(kept)


def clean_text(text: str, limit: int = CELL_TEXT_MAX) -> str:
    """``text`` as it can be stored in a cell: line breaks unified, unstorable characters
    shown as "�", and cut with a visible marker when longer than ``limit`` UTF-16 units."""
    if "\r" in text:
        text = _LINE_BREAK.sub("\n", text)
    if _UNSTORABLE.search(text) is not None:  # a search is much cheaper than a sub
        text = _UNSTORABLE.sub(REPLACEMENT, text)
    # Each character is at most two UTF-16 units: only long text needs counting.
    return text if len(text) <= limit // 2 else _cut(text, limit)


def set_text(cell: Cell, text: str | None) -> Cell:
    """Put user text into ``cell`` as text (see the module's notes); empty text leaves the
    cell empty. Apply the cell's style before: it carries the quote prefix."""
    if not text:
        cell.value = None
        return cell
    # Most text is short and clean: skip the call then (this runs for every text cell).
    clean = (
        clean_text(text)
        if len(text) > _SHORT or "\r" in text or _UNSTORABLE.search(text) is not None
        else text
    )
    # Stored directly: the ``value`` setter would scan the text again for what clean_text has
    # already made safe (control characters, length) and then guess a formula or an error
    # value from its first character, which is exactly what must not happen here. Writing
    # ``_value`` and ``data_type`` together is what openpyxl's own reader does.
    cell._value = clean
    cell.data_type = "s"  # never "f" (formula) or "e" (error value)
    if clean.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    return cell


def text_cell(worksheet: Any, text: str | None, style: Any = None) -> Cell:
    """A new cell of ``worksheet`` holding ``text`` as text, for ``worksheet.append``.

    ``style`` is the style array of a named style (``NamedStyle.as_tuple()``); passing it here
    is much cheaper than assigning fonts, fills and alignments cell by cell.
    """
    return set_text(Cell(worksheet, style_array=style), text)
