"""When a library version was published, in the window's language: the window's own date and
time format (:mod:`widgets.dates`: "05.12.2026 14:02" in German, "5.12.2026 14.02" in Finnish),
in the user's local time; the command line keeps :attr:`models.library.errors.VersionInfo.when`."""

from __future__ import annotations

from models.edit_name import EditName
from models.library.errors import PublishConflict, VersionInfo
from widgets.dates import shown_moment


def published(info: VersionInfo) -> str:
    """``info``'s time of publishing, the window's way."""
    return shown_moment(info.published_at)


def conflict_sentence(conflict: PublishConflict) -> EditName:
    """The conflict's sentence with its date written the window's way."""
    return conflict.message.but(when=published(conflict.latest))
