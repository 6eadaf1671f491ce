"""The edit checks: one check per kind of field, given to each field of the registry.

``check_for(field)`` is the check of a field of ``models.fields``: ``(noun, value) -> cleaned
value``, or :class:`~models.document.EditError` with the sentence for the user. ``clean`` checks
the fields an edit sets; the read-time checks of a workshop file (``models.file_check``) use the
same checks, so a value is judged the same way however it arrives.
"""

import datetime
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from models import fields, rules
from models.document import EditError
from models.schema import (
    ENTITIES,
    Base,
)

Check = Callable[[str, Any], Any]  # (field label, value) -> cleaned value, or raise EditError


# -- field rules ---------------------------------------------------------------------------------
# One check per kind of field (models.fields.Kind); which field gets which check, with what
# range, choices and name in sentences, is the field registry's business.
def _name(label: str, value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= rules.NAME_MAX:
        raise EditError(f"The {label} must be 1 to {rules.NAME_MAX} characters long.")
    problem = rules.name_problem(value)
    if problem is not None:
        raise EditError(f"The {label} {problem}.")
    return value.strip()


def _text(label: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > rules.TEXT_MAX:
        raise EditError(f"The {label} can be at most {rules.TEXT_MAX:,} characters long.")
    problem = rules.text_problem(value)
    if problem is not None:
        raise EditError(f"The {label} {problem}.")
    return value


def _text_list(label: str, value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or len(value) > rules.LIST_MAX_ITEMS:
        raise EditError(f"The {label} can hold at most {rules.LIST_MAX_ITEMS} items.")
    for item in value:
        if not isinstance(item, str) or len(item) > rules.LIST_ITEM_MAX:
            raise EditError(f"Each of the {label} can be at most {rules.LIST_ITEM_MAX} characters.")
        problem = rules.text_problem(item)
        if problem is not None:
            raise EditError(f"One of the {label} {problem}.")
    return list(value)


def _int_range(f: fields.Field) -> Check:
    low, high = fields.integer_bounds(f)
    stored = (low, high) == (rules.INTEGER_MIN, rules.INTEGER_MAX)
    if stored:
        span = "a whole number"
    elif high == rules.INTEGER_MAX:
        span = f"a whole number of at least {low}"
    else:
        span = f"a whole number from {low} to {high}"
    rule = f"must be {span}{' or empty' if f.nullable else ''}"

    def check(label: str, value: Any) -> int | None:
        if value is None and f.nullable:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise EditError(f"The {label} {rule}.")
        if not low <= value <= high:
            if value > rules.INTEGER_MAX or value < rules.INTEGER_MIN:
                raise EditError(f"The {label} is too large a number to store.")
            raise EditError(f"The {label} {rule}.")
        return int(value)

    return check


def _number_range(f: fields.Field) -> Check:
    low, high = fields.number_bounds(f)
    bound = f"from {low:g} to {high:g}" if math.isfinite(high) else f"of at least {low:g}"

    def check(label: str, value: Any) -> float | None:
        if value is None and f.nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise EditError(f"The {label} must be a number.")
        try:
            number = float(value)
        except OverflowError:
            raise EditError(f"The {label} is too large a number to store.") from None
        if not math.isfinite(number) or not low <= number <= high:  # NaN and infinity too
            raise EditError(f"The {label} must be a number {bound}.")
        return number

    return check


def _choice(f: fields.Field) -> Check:
    def check(label: str, value: Any) -> str | None:
        if value is None and f.nullable:
            return None
        if value not in f.choices:
            raise EditError(f"The {label} must be one of: {', '.join(f.choices)}.")
        return str(value)

    return check


def _color(f: fields.Field) -> Check:
    def check(label: str, value: Any) -> str | None:
        if value is None and f.nullable:
            return None
        if not isinstance(value, str) or not re.fullmatch(rules.COLOR_PATTERN, value):
            raise EditError(f"The {label} must be a colour like {rules.DEFAULT_PERSONA_COLOR}.")
        return value.upper()

    return check


def _date(label: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        if isinstance(value, str) and re.fullmatch(rules.DATE_PATTERN, value):
            return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise EditError(f"The {label} must be a date (YYYY-MM-DD).")


def _bool(label: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise EditError(f"The {label} must be yes or no.")
    return value


def _quotes(label: str, value: Any) -> list[dict[str, str]]:
    """Customer quotes: [{"text": "…", "source": "interview"}], text stripped and not empty."""
    if not isinstance(value, list | tuple) or len(value) > rules.QUOTES_MAX_ITEMS:
        raise EditError(f"The {label} can hold at most {rules.QUOTES_MAX_ITEMS} quotes.")
    quotes = []
    for item in value:
        text = item.get("text") if isinstance(item, dict) else None
        source = item.get("source", "other") if isinstance(item, dict) else None
        if not isinstance(text, str) or not 1 <= len(text.strip()) <= rules.QUOTE_MAX:
            raise EditError(
                f"Each customer quote must be 1 to {rules.QUOTE_MAX:,} characters long."
            )
        problem = rules.name_problem(text)  # something to read: a visible character, no controls
        if problem is not None:
            raise EditError(f"A customer quote {problem}.")
        if source not in rules.QUOTE_SOURCES or set(item) - {"text", "source"}:
            raise EditError(
                f"The source of a customer quote must be one of: {', '.join(rules.QUOTE_SOURCES)}."
            )
        quotes.append({"text": text.strip(), "source": source})
    return quotes


def _language(label: str, value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(rules.LANGUAGE_PATTERN, value):
        raise EditError(f"The {label} must be a language tag like en, nb-NO or pt-BR.")
    return value


def _any_id(label: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise EditError(f"The {label} is not valid.")
    return value


def check_for(f: fields.Field) -> Check:
    """The edit check of a registry field: (label, value) -> cleaned value, or EditError."""
    kind = fields.Kind
    by_kind: dict[fields.Kind, Callable[[], Check]] = {
        kind.NAME: lambda: _name,
        kind.TEXT: lambda: _text,
        kind.TEXT_LIST: lambda: _text_list,
        kind.INTEGER: lambda: _int_range(f),
        kind.NUMBER: lambda: _number_range(f),
        kind.CHOICE: lambda: _choice(f),
        kind.COLOR: lambda: _color(f),
        kind.DATE: lambda: _date,
        kind.BOOL: lambda: _bool,
        kind.REF: lambda: _any_id,
        kind.QUOTES: lambda: _quotes,
        kind.LANGUAGE: lambda: _language,
    }
    return by_kind[f.kind]()


# {entity: {field name: (the field in a sentence, its check)}}, derived from models.fields.
FIELDS: dict[type[Base], dict[str, tuple[str, Check]]] = {
    entity: {
        name: (f.noun, check_for(f)) for name, f in fields.editable(entity.__tablename__).items()
    }
    for entity in ENTITIES
}


def clean(entity: type[Base], values: Mapping[str, Any]) -> dict[str, Any]:
    """Check user-editable fields of an entity; return them normalised, or raise EditError."""
    spec = FIELDS[entity]
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key not in spec:
            raise EditError(f"{entity.__name__} has no field “{key}”.")
        label, check = spec[key]
        cleaned[key] = check(label, value)
    return cleaned
