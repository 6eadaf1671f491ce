"""One cell of an edited action list, as the client sees it, checked by the edits' own rules.

Excel stores what a client types in its own ways: ratings as floats (3.0), dates as date-time
values, a number typed into a text column as a number, a status in any case. Each cell is
turned into what the client sees, then checked by ``models.edits.clean`` (the rules of the
field registry), so a value out of range is refused with the same sentence an edit gives.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Final

from exporters.safe_text import clean_text
from models import edits, fields, i18n, rules
from models.document import EditError
from models.edit_name import Choices
from models.refusal import Refusal
from models.schema import Action

__all__ = ["NAME_FIELDS", "cell_text", "check_cell", "shown"]

NAME_FIELDS: Final = ("journey_id", "station_id", "owner_id")  # cells hold a name


@lru_cache(maxsize=1)
def _status_names() -> dict[str, str]:
    """Every way a list may show a status -> the stored status: the value itself ("planned")
    and its name in each export language ("Planned", "Planlagt", "Planificada")."""
    names = {s: s for s in rules.ACTION_STATUSES}
    for language in i18n.LANGUAGES:
        translate = i18n.catalogue(language).gettext
        for status in rules.ACTION_STATUSES:
            names.setdefault(translate(fields.ACTION_STATUS_LABELS[status]).casefold(), status)
    return names


def shown(value: Any) -> str:
    """A cell's value as a sentence shows it, on one line and shortened (the sentence quotes
    it the way its language does)."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def cell_text(value: Any) -> str:
    """A cell's value as the text the client sees (a number typed into a text column)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _number(value: Any) -> Any:
    """A rating as the client typed it: 3, 3.0 and "3" are 3; anything else is left to fail."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if re.fullmatch(r"[+-]?\d{1,9}", text):
            return int(text)
    return value


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        text = value.strip()
        return text or None
    return value


def _status_choices(language: str) -> Choices:
    """The statuses as a list in ``language`` shows them in its drop-down: "Idé, Planlagt, …"
    (names the user types there, so the sentence does not translate them again)."""
    from exporters.action_list_xlsx import status_text

    with i18n.using(language):
        return Choices(tuple(status_text(s) for s in rules.ACTION_STATUSES), shown=True)


@lru_cache(maxsize=16)
def _date_format(language: str) -> tuple[str, re.Pattern[str]]:
    """The list's date format as its Due column shows it ("DD.MM.YYYY" in a Danish list),
    and a pattern for a date typed in it as text."""
    from exporters.xlsx_sheet import excel_date_format

    with i18n.using(language):
        shown = excel_date_format().replace("\\", "")
    pattern = re.escape(shown)
    for part, group in (
        ("dd", r"(?P<d>\d{1,2})"),
        ("mm", r"(?P<m>\d{1,2})"),
        ("yyyy", r"(?P<y>\d{4})"),
    ):
        pattern = pattern.replace(part, group)
    return shown.upper(), re.compile(pattern)


def _typed_date(text: str, language: str) -> Any:
    """A due date typed as text: ISO ("2027-03-31") as it is, the list's own format
    ("31.03.2027" in a Danish list) as that date; anything else is refused naming the format
    the list shows."""
    shown, pattern = _date_format(language)
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        pass
    else:
        return text
    match = pattern.fullmatch(text)
    if match is not None:
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            pass
    raise EditError(Refusal("The due date must be a date ({format}).", format=shown))


def check_cell(field_name: str, value: Any, language: str = i18n.DEFAULT) -> Any:
    """The cell's value, converted as Excel shows it and checked by the edits' own rules;
    ``language`` is the list's, whose names of values a sentence about the cell uses."""
    if field_name in NAME_FIELDS:
        return " ".join(cell_text(value).split()) or None
    if field_name in ("effort", "value"):
        value = _number(value)
    elif field_name == "due":
        value = _date(value)
        if value is not None and not isinstance(value, dt.date | str):
            raise EditError(
                Refusal("The due date must be a date ({format}).", format=_date_format(language)[0])
            )
        if isinstance(value, str):
            value = _typed_date(value, language)
    elif field_name == "status":
        text = cell_text(value).strip()
        if not text:
            return None  # not given: a new action's default, an existing action's own
        value = _status_names().get(text.casefold())
        if value is None:
            label = fields.field("action", "status").noun
            raise EditError(
                Refusal(
                    "The {field} must be one of: {choices}.",
                    field=label,
                    choices=_status_choices(language),
                )
            )
    else:
        value = cell_text(value)
    return edits.clean(Action, {field_name: value})[field_name]
