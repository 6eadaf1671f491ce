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
from models.edit_name import Choices
from models.refusal import Refusal
from models.schema import (
    ENTITIES,
    Base,
)

Check = Callable[[str, Any], Any]  # (field label, value) -> cleaned value, or raise EditError


# -- text a field cannot hold -------------------------------------------------------------------
# (control character, no visible character) sentences, by what is refused: whole sentences each.
THE_FIELD = (
    Refusal(
        "The {field} contains the control character {code}; text may hold tabs and line breaks "
        "but no other control characters."
    ),
    Refusal(
        "The {field} must contain at least one visible character, not only spaces or "
        "invisible ones."
    ),
)
ONE_OF_THE_FIELD = (
    Refusal(
        "One of the {field} contains the control character {code}; text may hold tabs and line "
        "breaks but no other control characters."
    ),
    Refusal(
        "One of the {field} must contain at least one visible character, not only spaces or "
        "invisible ones."
    ),
)
A_QUOTE = (
    Refusal(
        "A customer quote contains the control character {code}; text may hold tabs and line "
        "breaks but no other control characters."
    ),
    Refusal(
        "A customer quote must contain at least one visible character, not only spaces or "
        "invisible ones."
    ),
)


def _refuse_unreadable(
    text: str, label: str, sentences: tuple[Refusal, Refusal], *, name: bool = False
) -> None:
    """Refuse a control character (tabs and line breaks aside) or, for a name, no visible one."""
    ch = rules.forbidden_control(text)
    if ch is not None:
        raise EditError(sentences[0].but(field=label, code=f"U+{ord(ch):04X}"))
    if name and text and not rules.has_visible_character(text):
        raise EditError(sentences[1].but(field=label))


# -- field rules ---------------------------------------------------------------------------------
# One check per kind of field (models.fields.Kind); which field gets which check, with what
# range, choices and name in sentences, is the field registry's business.
def _name(label: str, value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= rules.NAME_MAX:
        raise EditError(
            Refusal(
                "The {field} must be 1 to {max} characters long.",
                field=label,
                max=rules.NAME_MAX,
            )
        )
    _refuse_unreadable(value, label, THE_FIELD, name=True)
    return value.strip()


def _text(label: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > rules.TEXT_MAX:
        raise EditError(
            Refusal(
                "The {field} can be at most {max} characters long.",
                field=label,
                max=rules.TEXT_MAX,
            )
        )
    _refuse_unreadable(value, label, THE_FIELD)
    return value


def _text_list(label: str, value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or len(value) > rules.LIST_MAX_ITEMS:
        raise EditError(
            Refusal(
                "The {field} can hold at most {max} items.",
                field=label,
                max=rules.LIST_MAX_ITEMS,
            )
        )
    for item in value:
        if not isinstance(item, str) or len(item) > rules.LIST_ITEM_MAX:
            raise EditError(
                Refusal(
                    "Each of the {field} can be at most {max} characters.",
                    field=label,
                    max=rules.LIST_ITEM_MAX,
                )
            )
        _refuse_unreadable(item, label, ONE_OF_THE_FIELD)
    return list(value)


def _int_range(f: fields.Field) -> Check:
    low, high = fields.integer_bounds(f)
    stored = (low, high) == (rules.INTEGER_MIN, rules.INTEGER_MAX)
    # (not empty, or empty) sentences for each kind of range: whole sentences each
    if stored:
        rules_ = (
            Refusal("The {field} must be a whole number."),
            Refusal("The {field} must be a whole number or empty."),
        )
    elif high == rules.INTEGER_MAX:
        rules_ = (
            Refusal("The {field} must be a whole number of at least {low}."),
            Refusal("The {field} must be a whole number of at least {low} or empty."),
        )
    else:
        rules_ = (
            Refusal("The {field} must be a whole number from {low} to {high}."),
            Refusal("The {field} must be a whole number from {low} to {high} or empty."),
        )
    refusal = rules_[f.nullable].but(low=low, high=high)

    def check(label: str, value: Any) -> int | None:
        if value is None and f.nullable:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise EditError(refusal.but(field=label))
        if not low <= value <= high:
            if value > rules.INTEGER_MAX or value < rules.INTEGER_MIN:
                raise EditError(Refusal("The {field} is too large a number to store.", field=label))
            raise EditError(refusal.but(field=label))
        return int(value)

    return check


def _number_range(f: fields.Field) -> Check:
    low, high = fields.number_bounds(f)
    bounded = math.isfinite(high)
    outside = (
        Refusal("The {field} must be a number from {low} to {high}.")
        if bounded
        else Refusal("The {field} must be a number of at least {low}.")
    ).but(low=low, high=high)

    def check(label: str, value: Any) -> float | None:
        if value is None and f.nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise EditError(Refusal("The {field} must be a number.", field=label))
        try:
            number = float(value)
        except OverflowError:
            raise EditError(
                Refusal("The {field} is too large a number to store.", field=label)
            ) from None
        if not math.isfinite(number) or not low <= number <= high:  # NaN and infinity too
            raise EditError(outside.but(field=label))
        return number

    return check


def _choice(f: fields.Field) -> Check:
    # the choices as the window offers them: the registry's labels, in the reader's language
    refusal = Refusal(
        "The {field} must be one of: {choices}.",
        choices=Choices(tuple(f.labels[c] for c in f.choices)),
    )

    def check(label: str, value: Any) -> str | None:
        if value is None and f.nullable:
            return None
        if value not in f.choices:
            raise EditError(refusal.but(field=label))
        return str(value)

    return check


def _color(f: fields.Field) -> Check:
    def check(label: str, value: Any) -> str | None:
        if value is None and f.nullable:
            return None
        if not isinstance(value, str) or not re.fullmatch(rules.COLOR_PATTERN, value):
            raise EditError(
                Refusal(
                    "The {field} must be a colour like {example}.",
                    field=label,
                    example=rules.DEFAULT_PERSONA_COLOR,
                )
            )
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
    raise EditError(Refusal("The {field} must be a date (YYYY-MM-DD).", field=label))


def _bool(label: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise EditError(Refusal("The {field} must be yes or no.", field=label))
    return value


def _quotes(label: str, value: Any) -> list[dict[str, str]]:
    """Customer quotes: [{"text": "…", "source": "interview"}], text stripped and not empty."""
    if not isinstance(value, list | tuple) or len(value) > rules.QUOTES_MAX_ITEMS:
        raise EditError(
            Refusal(
                "The {field} can hold at most {max} quotes.",
                field=label,
                max=rules.QUOTES_MAX_ITEMS,
            )
        )
    quotes = []
    for item in value:
        text = item.get("text") if isinstance(item, dict) else None
        source = item.get("source", "other") if isinstance(item, dict) else None
        if not isinstance(text, str) or not 1 <= len(text.strip()) <= rules.QUOTE_MAX:
            raise EditError(
                Refusal(
                    "Each customer quote must be 1 to {max} characters long.",
                    max=rules.QUOTE_MAX,
                )
            )
        # something to read: a visible character, no controls
        _refuse_unreadable(text, label, A_QUOTE, name=True)
        if source not in rules.QUOTE_SOURCES or set(item) - {"text", "source"}:
            raise EditError(
                Refusal(
                    "The source of a customer quote must be one of: {choices}.",
                    choices=Choices(
                        tuple(fields.QUOTE_SOURCE_LABELS[s] for s in rules.QUOTE_SOURCES)
                    ),
                )
            )
        quotes.append({"text": text.strip(), "source": source})
    return quotes


def _language(label: str, value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(rules.LANGUAGE_PATTERN, value):
        raise EditError(
            Refusal("The {field} must be a language tag like en, nb-NO or pt-BR.", field=label)
        )
    return value


def _any_id(label: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise EditError(Refusal("The {field} is not valid.", field=label))
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
        if key not in spec:  # the callers name fields from the registry: a programming error
            raise TypeError(f"{entity.__name__} has no editable field {key!r}")
        label, check = spec[key]
        cleaned[key] = check(label, value)
    return cleaned
