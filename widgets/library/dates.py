"""When a library version was published, in the window's language: "4 Dec 2026 14:02" as
:attr:`models.library.errors.VersionInfo.when` writes it for the command line, with the month
named the window's way ("4 Dez. 2026 14:02"), in the user's local time."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

from models.edit_name import EditName
from models.library.errors import PublishConflict, VersionInfo

# QLocale's pattern (the month's name comes from the window's locale): VersionInfo.when's layout.
_PUBLISHED_FORMAT = "d MMM yyyy HH:mm"


def published(info: VersionInfo) -> str:
    """``info``'s time of publishing, the window's way."""
    moment = QDateTime.fromSecsSinceEpoch(int(info.published_at.timestamp()))
    return QLocale().toString(moment, _PUBLISHED_FORMAT)


def conflict_sentence(conflict: PublishConflict) -> EditName:
    """The conflict's sentence with its date written the window's way."""
    return conflict.message.but(when=published(conflict.latest))
