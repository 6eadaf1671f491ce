"""The name of an edit, as the undo stack shows it: a translatable sentence, not glued text.

An edit's name is declared once, where the edit is made: ``EditName("Move %n station(s)",
count)``, ``EditName("Add phase {name}", name=quoted)``. The source text is English and is
also the key of the window's catalogues (context ``Edits``): ``python -m app.translations
update`` finds every ``EditName("…")`` in the sources and lists it for Qt Linguist, and the
window shows the name in its language (:func:`app.translations.edit_text`). Without Qt (the
command line, the tests) :meth:`EditName.english` writes the English sentence.

``%n`` is the count (a plural form in every language: "Move station", "Move 2 stations");
``{field}`` is a field's noun from the registry (models/fields.py), translated with the
registry's texts; every other ``{placeholder}`` is the user's own text (a name), shown as is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Self

from models import rules

CONTEXT = "Edits"
_PLURAL = re.compile(r"\((s|es)\)")


def _english_number(value: int) -> str:
    return f"{value:,}"


@dataclass(frozen=True, init=False)
class EditName:
    context: ClassVar[str] = CONTEXT  # the catalogues' context of these sentences
    source: str
    n: int
    field: str
    values: tuple[tuple[str, str | int], ...]  # a number is written in the reader's way

    def __init__(self, source: str, n: int = -1, *, field: str = "", **values: str | int) -> None:
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "n", n)
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "values", tuple(values.items()))

    def but(self, *, field: str | None = None, **values: str | int) -> Self:
        """This name with the field's noun or more placeholders' values filled in."""
        return type(self)(
            self.source,
            self.n,
            field=self.field if field is None else field,
            **{**dict(self.values), **values},
        )

    def arguments(
        self, field_text: str | None = None, number: Callable[[int], str] = _english_number
    ) -> dict[str, str]:
        """The placeholders' values; ``field_text`` is the field's noun in the window's language,
        ``number`` writes a number in it ("20,000" in English, "20.000" in German)."""
        found = {k: number(v) if isinstance(v, int) else v for k, v in self.values}
        if self.field:
            found["field"] = self.field if field_text is None else field_text
        return found

    def fill(
        self,
        text: str,
        field_text: str | None = None,
        number: Callable[[int], str] = _english_number,
    ) -> str:
        """``text`` (the source or its translation) with its placeholders filled in."""
        if self.n >= 0:
            text = text.replace("%n", str(self.n))
        values = self.arguments(field_text, number)
        return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)

    def english(self) -> str:
        """The English name: "Move station", "Move 2 stations" (one needs no number)."""
        text = self.source
        if self.n >= 0:
            text = _PLURAL.sub(lambda m: "" if self.n == 1 else m.group(1), text)
            text = text.replace("%n ", "") if self.n == 1 else text
        return self.fill(text)

    def __str__(self) -> str:
        return self.english()


def quote(text: str, limit: int = 40) -> str:
    """A user's name as an edit's name shows it: quoted, shortened, controls made visible."""
    return f"“{rules.shown(text if len(text) <= limit else text[: limit - 1] + '…')}”"
