"""Readable ids: the ``ident`` of a row, which is its ``id`` in the interchange document.

A document's own ids (``own-ingrid``, ``s-signup``) are kept when it is imported and come back
when it is exported, so a map kept in version control does not change on every round trip. A
row made in Journeyline gets a readable id from its title or name, with a short prefix for its
kind (``s-signs-up-online``), unique in the whole workshop (``s-signs-up-online-2``).

Pure Python over the raw sqlite3 connection of an edit: no Qt.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Final

from models import rules

PREFIXES: Final[dict[str, str]] = {
    "owner": "own",
    "persona": "per",
    "journey": "j",
    "phase": "ph",
    "line": "l",
    "station": "s",
    "action": "a",
}
_SLUG_MAX: Final = 40  # room for the prefix and a "-123" suffix within rules.ID_MAX


def slug(text: str) -> str:
    """ "Signs up online!" -> "signs-up-online"; letters of any script are kept, lower-cased."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in folded if not unicodedata.combining(c))
    words = re.findall(r"\w+", kept.replace("_", " "))
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > _SLUG_MAX:
            break
        result = candidate
    return result or (words[0][:_SLUG_MAX] if words else "")


def readable_id(db: sqlite3.Connection, entity: str, text: str) -> str:
    """A new id for a row of ``entity`` named ``text``, used by no row of the workshop."""
    base = PREFIXES[entity] + ("-" + slug(text) if slug(text) else "")
    pattern = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%"
    union = " UNION ALL ".join(
        f"SELECT ident FROM \"{table}\" WHERE ident = ?1 OR ident LIKE ?2 ESCAPE '\\'"
        for table in PREFIXES
    )
    taken = {row[0] for row in db.execute(union, (base, pattern))}
    if base not in taken and base != PREFIXES[entity]:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    candidate = f"{base}-{n}"
    assert len(candidate) <= rules.ID_MAX
    return candidate
