"""The rules of the data, as the interchange spec states them, in one place.

The JSON validator, the SQL CHECK constraints and the edits all read these constants, so a
range is written once and every door into the workshop file enforces the same thing.
"""

from __future__ import annotations

from typing import Final

FORMAT_NAME: Final = "journeyline"
FORMAT_VERSION: Final = 1

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

DEFAULT_PERSONA_COLOR: Final = "#4C72B0"
COLOR_PATTERN: Final = r"^#[0-9A-Fa-f]{6}$"
DATE_PATTERN: Final = r"^\d{4}-\d{2}-\d{2}$"
