"""Dates and times as the window writes them: the window locale's own short format (set by
:func:`app.translations.install` as QLocale's default), with a four-digit year, so a due date
reads "31.03.2027" in German, "31.3.2027" in Finnish and "3/31/2027" in English. The one home
for a date the window shows; the workshop stores ISO dates ("2027-03-31") and the command line
keeps them."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with the year written in full ("dd.MM.yyyy")."""
    pattern = str((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_format(locale: QLocale | None = None) -> str:
    """The locale's short time pattern ("HH:mm", Finnish "H.mm")."""
    return str((locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat))


def shown_date(iso: str | None) -> str:
    """A stored "YYYY-MM-DD" date the window's way; "" for none, the text itself if it is not
    a date (never a blank for something the file holds)."""
    if not iso:
        return ""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return str(QLocale().toString(date, date_format())) if date.isValid() else iso


def shown_moment(moment: datetime.datetime) -> str:
    """A moment (aware, or naive local time as Python reads it) in the user's local time, the
    window's way."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return str(QLocale().toString(local, f"{date_format()} {time_format()}"))
