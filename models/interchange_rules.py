"""The rules of the interchange format as a refused document's problem list says them: each a
whole translatable predicate (:class:`~models.rule_text.Rule`) that follows the value's path,
``journeys[0].stations[3].emotion: must be an integer from -2 to 2``.

The English of every rule is the format's contract (docs/interchange.md, the command line);
the window shows the same rules in its language. A rule that names a kind of object ("a
station", "an owner") is one whole rule per kind, never a noun glued into a sentence; numbers
are values (``{max}``), written the reader's way ("1,000" in English, "1.000" in German).

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from typing import Final

from models.rule_text import Rule
from models.rules import (
    ACTION_STATUSES,
    EVIDENCE_KINDS,
    JOURNEY_STATES,
    LINE_KINDS,
    QUOTE_SOURCES,
)

# --- the whole document -----------------------------------------------------------------------
DOCUMENT_PATH: Final = "document"  # the place of a problem of the document as a whole
EMPTY_DOCUMENT: Final = Rule("is empty")
NOT_UTF8: Final = Rule(
    "is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8"
)
# Not JSON: one whole rule for each of the JSON reader's own descriptions (Python's json
# module; its English stays as the command line has always printed it), and for any other
# description, that description as {reason}.
NOT_JSON: Final = Rule("is not valid JSON at line {line}, column {column}: {reason}")
JSON_SYNTAX: Final[dict[str, Rule]] = {
    "Expecting value": Rule("is not valid JSON at line {line}, column {column}: Expecting value"),
    "Expecting property name enclosed in double quotes": Rule(
        "is not valid JSON at line {line}, column {column}: "
        "Expecting property name enclosed in double quotes"
    ),
    "Expecting ':' delimiter": Rule(
        "is not valid JSON at line {line}, column {column}: Expecting ':' delimiter"
    ),
    "Expecting ',' delimiter": Rule(
        "is not valid JSON at line {line}, column {column}: Expecting ',' delimiter"
    ),
    "Unterminated string starting at": Rule(
        "is not valid JSON at line {line}, column {column}: Unterminated string starting at"
    ),
    "Invalid control character at": Rule(
        "is not valid JSON at line {line}, column {column}: Invalid control character at"
    ),
    "Invalid \\escape": Rule("is not valid JSON at line {line}, column {column}: Invalid \\escape"),
    "Invalid \\uXXXX escape": Rule(
        "is not valid JSON at line {line}, column {column}: Invalid \\uXXXX escape"
    ),
    "Extra data": Rule("is not valid JSON at line {line}, column {column}: Extra data"),
}
TOO_DEEP: Final = Rule("is nested too deeply to read")
TOO_MANY_DIGITS: Final = Rule("contains a number with too many digits to read")
NOT_AN_OBJECT_AT_THE_TOP: Final = Rule("must be a JSON object, { ... }, at the top level")
NEWER_VERSION: Final = Rule(
    "this document is format version {version}, but this Journeyline reads format versions "
    "1 to {newest} only"
)
FORMAT: Final = Rule('must be "{name}"')
VERSION_NOT_INTEGER: Final = Rule("must be an integer")
VERSION_UNREADABLE: Final = Rule("must be a format version this Journeyline reads, 1 to {newest}")

# --- any key ----------------------------------------------------------------------------------
DUPLICATE_KEY: Final = Rule("appears more than once in the same object; keep only one")
NEWER_KEY: Final = Rule(
    "is a key of format version {since}; this document says it is version {version}, so "
    "change its version to {since}"
)
REQUIRED: Final = Rule("is required")

# --- text -------------------------------------------------------------------------------------
BROKEN_CHARACTER: Final = Rule("contains a broken character (an unpaired surrogate)")
NOT_TEXT: Final = Rule("must be text")
EMPTY: Final = Rule("must not be empty")
TOO_LONG: Final = Rule("must be at most {max} characters long (it has {length})")
NOT_TEXT_LIST: Final = Rule("must be a list of text, [ ... ]")
TOO_MANY_ITEMS: Final = Rule("must have at most {max} items (it has {count})")
NOT_QUOTE_LIST: Final = Rule("must be a list of quotes, [ ... ]")
TOO_MANY_QUOTES: Final = Rule("must have at most {max} quotes (it has {count})")
NOT_AN_ID: Final = Rule("must be text of 1 to {max} characters")

# --- numbers, choices and formats ---------------------------------------------------------------
INTEGER: Final = Rule("must be an integer")
INTEGER_AT_LEAST: Final = Rule("must be an integer of {low} or more")
INTEGER_BETWEEN: Final = Rule("must be an integer from {low} to {high}")
NUMBER_AT_LEAST: Final = Rule("must be a number of {low} or more")
NUMBER_BETWEEN: Final = Rule("must be a number from {low} to {high}")
NOT_FINITE: Final = Rule("must be a finite number, not NaN or Infinity")
OUT_OF_STORAGE: Final = Rule("is too large a number for a workshop file to store")
BOOLEAN: Final = Rule("must be true or false")
# A choice's values are JSON literals, the same in every language: one whole rule per set of
# choices (models.rules), its values written as the document writes them (a test keeps each
# rule's values those of its set).
CHOICES: Final[dict[tuple[str, ...], Rule]] = {
    JOURNEY_STATES: Rule('must be "current" or "future"'),
    LINE_KINDS: Rule('must be "frontstage" or "backstage"'),
    EVIDENCE_KINDS: Rule('must be "observed", "reported" or "assumed"'),
    ACTION_STATUSES: Rule('must be "idea", "planned", "doing", "done" or "dropped"'),
    QUOTE_SOURCES: Rule(
        'must be "interview", "survey", "review", "support", "observation" or "other"'
    ),
}
COLOR: Final = Rule('must be a colour written as "#RRGGBB", e.g. "{example}"')
DATE: Final = Rule('must be a date written as "YYYY-MM-DD", e.g. "2025-03-31"')
NO_SUCH_DATE: Final = Rule("must be a real calendar date; there is no {value}")
LANGUAGE: Final = Rule('must be a BCP 47 language tag, e.g. "en", "nb-NO" or "pt-BR"')

# --- ids --------------------------------------------------------------------------------------
ID_TAKEN: Final = Rule(
    "{value} is already used as the id at {place}; ids must be unique across the whole document"
)


# --- one rule per kind of object ----------------------------------------------------------------
# What a value that should describe one object (by the spec's name) must be.
NOT_AN_OBJECT: Final[dict[str, Rule]] = {
    "document": Rule("must be a JSON object, { ... }, describing the document"),
    "workshop": Rule("must be a JSON object, { ... }, describing the workshop"),
    "owner": Rule("must be a JSON object, { ... }, describing an owner"),
    "persona": Rule("must be a JSON object, { ... }, describing a persona"),
    "journey": Rule("must be a JSON object, { ... }, describing a journey"),
    "phase": Rule("must be a JSON object, { ... }, describing a phase"),
    "line": Rule("must be a JSON object, { ... }, describing a line"),
    "station": Rule("must be a JSON object, { ... }, describing a station"),
    "action": Rule("must be a JSON object, { ... }, describing an action"),
    "quote": Rule("must be a JSON object, { ... }, describing a quote"),
}
UNKNOWN_KEY: Final[dict[str, Rule]] = {
    "document": Rule("is not a known key of the document; check the spelling"),
    "workshop": Rule("is not a known key of the workshop; check the spelling"),
    "owner": Rule("is not a known key of an owner; check the spelling"),
    "persona": Rule("is not a known key of a persona; check the spelling"),
    "journey": Rule("is not a known key of a journey; check the spelling"),
    "phase": Rule("is not a known key of a phase; check the spelling"),
    "line": Rule("is not a known key of a line; check the spelling"),
    "station": Rule("is not a known key of a station; check the spelling"),
    "action": Rule("is not a known key of an action; check the spelling"),
    "quote": Rule("is not a known key of a quote; check the spelling"),
}
# The lists of objects a document holds.
NOT_A_LIST: Final[dict[str, Rule]] = {
    "owner": Rule("must be a list of owners, [ ... ]"),
    "persona": Rule("must be a list of personas, [ ... ]"),
    "journey": Rule("must be a list of journeys, [ ... ]"),
    "phase": Rule("must be a list of phases, [ ... ]"),
    "line": Rule("must be a list of lines, [ ... ]"),
    "station": Rule("must be a list of stations, [ ... ]"),
    "action": Rule("must be a list of actions, [ ... ]"),
}
AT_LEAST_ONE: Final[dict[str, Rule]] = {
    "journey": Rule("must have at least one journey"),
    "phase": Rule("must have at least one phase"),
    "line": Rule("must have at least one line"),
}
# A reference (by the kind of object it names) that is not text.
NOT_A_REFERENCE: Final[dict[str, Rule]] = {
    "owner": Rule("must be the id of an owner"),
    "persona": Rule("must be the id of a persona"),
    "phase": Rule("must be the id of a phase"),
    "line": Rule("must be the id of a line"),
    "station": Rule("must be the id of a station"),
}
# A reference to an id nobody declared: {value} is the id as written.
NOT_DECLARED: Final[dict[str, Rule]] = {
    "owner": Rule("{value} is not the id of an owner in this document"),
    "persona": Rule("{value} is not the id of a persona in this document"),
    "phase": Rule("{value} is not the id of a phase of this journey"),
    "line": Rule("{value} is not the id of a line of this journey"),
    "station": Rule("{value} is not the id of a station of this journey"),
}
# A reference to a phase, line or station of another journey (they must be of the same one).
OF_ANOTHER_JOURNEY: Final[dict[str, Rule]] = {
    "phase": Rule("{value} is a phase of another journey; use a phase of this journey"),
    "line": Rule("{value} is a line of another journey; use a line of this journey"),
    "station": Rule("{value} is a station of another journey; use a station of this journey"),
}
