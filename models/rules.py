"""The rules of the data, as the interchange spec states them, in one place.

The JSON validator, the SQL CHECK constraints and the edits all read these constants, so a
range is written once and every door into the workshop file enforces the same thing.
"""

from __future__ import annotations

from typing import Final

FORMAT_NAME: Final = "journeyline"
FORMAT_VERSION: Final = 2  # the version written; every version from 1 up to it is read

ID_MAX: Final = 64
NAME_MAX: Final = 200  # title and name fields, after stripping
TEXT_MAX: Final = 10_000  # any other text field
LIST_MAX_ITEMS: Final = 100  # needs, pain points, goals, ...
LIST_ITEM_MAX: Final = 500

EMOTION_MIN: Final = -2
EMOTION_MAX: Final = 2
RATING_MIN: Final = 1  # impact, performance, target, effort, value
RATING_MAX: Final = 5
DROP_OFF_MAX: Final = 100.0
# Whole numbers the spec leaves unbounded (day, customers) must still fit the workshop file's
# 64-bit INTEGER columns.
INTEGER_MIN: Final = -(2**63)
INTEGER_MAX: Final = 2**63 - 1

JOURNEY_STATES: Final = ("current", "future")
LINE_KINDS: Final = ("frontstage", "backstage")
EVIDENCE_KINDS: Final = ("observed", "reported", "assumed")
ACTION_STATUSES: Final = ("idea", "planned", "doing", "done", "dropped")

# Customer quotes on a station (interchange version 2): the words a customer said, verbatim,
# and where they were heard.
QUOTES_MAX_ITEMS: Final = LIST_MAX_ITEMS
QUOTE_MAX: Final = 2_000
QUOTE_SOURCES: Final = ("interview", "survey", "review", "support", "observation", "other")

# The workshop's language (interchange version 2): a well-formed BCP 47 tag (RFC 5646), e.g.
# "en", "nb-NO", "zh-Hant-TW", "sr-Latn"; its exports will be in that language.
DEFAULT_LANGUAGE: Final = "en"
LANGUAGE_MAX: Final = 35
LANGUAGE_PATTERN: Final = (
    r"^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}"  # language, extended language subtags
    r"(-[A-Za-z]{4})?"  # script
    r"(-(?:[A-Za-z]{2}|[0-9]{3}))?"  # region
    r"(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"  # variants
    r"(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*"  # extensions
    r"(-[Xx](-[A-Za-z0-9]{1,8})+)?$"  # private use
)

DEFAULT_PERSONA_COLOR: Final = "#4C72B0"
COLOR_PATTERN: Final = r"^#[0-9A-Fa-f]{6}$"
DATE_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"
