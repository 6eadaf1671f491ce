"""The rules of the data, as docs/interchange.md states them, in one place.

The JSON validator, the SQL CHECK constraints and the edits all read these constants, so a
range is written once and every door into the workshop file enforces the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from models.rule_text import Rule, more_problems

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


# --- Text: what a text field may hold, and how text is shown in messages ----------------------
#
# Text fields hold what people type: any character that can be written as UTF-8, tabs and line
# breaks included, but no other control character (ESC drives terminals, NUL cuts strings in
# other programs, a lone carriage return overwrites a line). A name or title must also show
# something: at least one visible character, not only spaces or invisible ones. Messages and the
# command line show text with its control, bidi and invisible characters escaped (``\u202e``),
# so that a name cannot reorder, hide or forge what is printed around it.

TEXT_CONTROLS_ALLOWED: Final = frozenset("\t\n")  # and "\r" when it ends a line ("\r\n")
# Letters and symbols that draw nothing (Hangul fillers, the blank Braille pattern).
INVISIBLE_CHARACTERS: Final = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Format characters that are part of ordinary writing: joiners in emoji and in Persian.
FORMAT_CHARACTERS_SHOWN: Final = frozenset("\u200c\u200d")


# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F) other than tab
# and line feed, and a carriage return that does not end a line. One regular expression: every
# value of a workshop file is checked on opening, and a loop over characters cost seconds there.
_FORBIDDEN_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def forbidden_control(text: str) -> str | None:
    """The first control character a text field may not hold, or ``None``."""
    found = _FORBIDDEN_CONTROL.search(text)
    return found.group() if found else None


def is_visible(ch: str) -> bool:
    """True for a character that draws something: a letter, digit, punctuation or symbol."""
    return unicodedata.category(ch)[0] in "LNPS" and ch not in INVISIBLE_CHARACTERS


def has_visible_character(text: str) -> bool:
    return any(is_visible(ch) for ch in text)


# What a text field's value broke, as an import's problem list says it after the value's place.
CONTROL_CHARACTER: Final = Rule(
    "contains the control character {code}; text may hold tabs and line breaks but no other "
    "control characters"
)
NOTHING_VISIBLE: Final = Rule(
    "must contain at least one visible character, not only spaces or invisible ones"
)


def text_problem(text: str) -> Rule | None:
    """Why ``text`` cannot be stored in a text field, as a rule ("contains …"), or ``None``."""
    ch = forbidden_control(text)
    if ch is None:
        return None
    return CONTROL_CHARACTER.but(code=f"U+{ord(ch):04X}")


def name_problem(text: str) -> Rule | None:
    """Why ``text`` cannot be a name or title, as a rule, or ``None`` (length aside)."""
    problem = text_problem(text)
    if problem is None and text and not has_visible_character(text):
        problem = NOTHING_VISIBLE
    return problem


def escaped(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def is_hidden(ch: str) -> bool:
    """True for a character a message shows escaped: controls, bidi and invisible characters."""
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Zl", "Zp"):
        return True
    if category == "Cf":
        return ch not in FORMAT_CHARACTERS_SHOWN
    return ch in INVISIBLE_CHARACTERS


def shown(text: str) -> str:
    r"""``text`` for a message or a terminal: controls, bidi and invisible characters escaped.

    "evil\u202eexe.journey" -> "evil\\u202eexe.journey"; tab -> "\\x09"; ordinary text,
    emoji (with their joiners) and every script stay as they are.
    """
    if text.isprintable() and not any(is_hidden(ch) for ch in text):
        return text
    return "".join(escaped(ch) if is_hidden(ch) else ch for ch in text)


# --- Limits: generous for real workshops, checked before any heavy work -----------------------
#
# A real workshop has tens to a few hundred stations; these limits are a hundred times that, and
# exist so that a hostile or generated document is refused in one sentence, within a couple of
# seconds, instead of taking minutes and gigabytes. The file size is checked before a byte of
# JSON is parsed (and before SQLite opens a workshop file); the counts before any import.

DOCUMENT_BYTES_MAX: Final = 50 * 1024 * 1024  # an interchange JSON document
WORKSHOP_BYTES_MAX: Final = 100 * 1024 * 1024  # a workshop file (what a full document makes)
# What a workshop holds at most, counted over all its journeys.
COUNT_LIMITS: Final[dict[str, int]] = {
    "journeys": 500,
    "phases": 10_000,
    "lines": 10_000,
    "stations": 20_000,
    "actions": 20_000,
    "owners": 5_000,
    "personas": 5_000,
    "quotes": 50_000,  # customer quotes on stations
}
# Every object of a document is one "{"; a document within COUNT_LIMITS has at most 120,502,
# so this many "{" (counted in a tenth of a second, strings included) is refused before the
# JSON is parsed: parsing a million small objects alone takes seconds and hundreds of MB.
DOCUMENT_BRACES_MAX: Final = 250_000
PROBLEMS_SHOWN: Final = 50  # a refused document lists at most this many problems, then a count


# Why a document or workshop is refused before its content is read, after "document: ".
TOO_BIG: Final = Rule("it is {size}, and Journeyline reads files of at most {limit}")
TOO_MANY_BRACES: Final = Rule(
    "it has {count} JSON objects (every “{”), far more than a workshop within the limits has "
    "(at most {max})"
)
TOO_MANY: Final[dict[str, Rule]] = {
    "journeys": Rule("it holds {count} journeys, and a workshop holds at most {max}"),
    "phases": Rule("it holds {count} phases, and a workshop holds at most {max}"),
    "lines": Rule("it holds {count} lines, and a workshop holds at most {max}"),
    "stations": Rule("it holds {count} stations, and a workshop holds at most {max}"),
    "actions": Rule("it holds {count} actions, and a workshop holds at most {max}"),
    "owners": Rule("it holds {count} owners, and a workshop holds at most {max}"),
    "personas": Rule("it holds {count} personas, and a workshop holds at most {max}"),
    "quotes": Rule("it holds {count} quotes, and a workshop holds at most {max}"),
}


def size_rule(size: int, limit: int) -> Rule | None:
    """Why a file of ``size`` bytes is refused (over ``limit``), or ``None``."""
    if size <= limit:
        return None
    return TOO_BIG.but(size=_megabytes(size), limit=_megabytes(limit))


def size_problem(size: int, limit: int) -> str | None:
    """:func:`size_rule` in English, as a phrase."""
    rule = size_rule(size, limit)
    return None if rule is None else rule.english()


def braces_rule(braces: int) -> Rule | None:
    """Why a document with this many "{" is refused before parsing, or ``None``."""
    if braces <= DOCUMENT_BRACES_MAX:
        return None
    return TOO_MANY_BRACES.but(count=braces, max=DOCUMENT_BRACES_MAX)


def braces_problem(braces: int) -> str | None:
    """:func:`braces_rule` in English."""
    rule = braces_rule(braces)
    return None if rule is None else rule.english()


def count_rule(counts: dict[str, int]) -> Rule | None:
    """Why a workshop with these counts is refused (the first count over its limit), or None."""
    for what, limit in COUNT_LIMITS.items():
        count = counts.get(what, 0)
        if count > limit:
            return TOO_MANY[what].but(count=count, max=limit)
    return None


def count_problem(counts: dict[str, int]) -> str | None:
    """:func:`count_rule` in English, as a phrase."""
    rule = count_rule(counts)
    return None if rule is None else rule.english()


def listed(problems: list[str], total: int | None = None) -> list[str]:
    """At most :data:`PROBLEMS_SHOWN` problems, then "and N more problems" for the rest."""
    total = len(problems) if total is None else total
    shown_now = problems[:PROBLEMS_SHOWN]
    rest = total - len(shown_now)
    if rest > 0:
        shown_now.append(more_problems(rest).english())
    return shown_now


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"
