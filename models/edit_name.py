"""The name of an edit, as the undo stack shows it: a translatable sentence, not glued text.

An edit's name is declared once, where the edit is made: ``EditName("Move %n station(s)",
count)``, ``EditName("Add phase {name}", name=quoted)``. The source text is English and is
also the key of the window's catalogues (context ``Edits``): ``python -m app.translations
update`` finds every ``EditName("…")`` in the sources and lists it for Qt Linguist, and the
window shows the name in its language (:func:`app.translations.edit_text`). Without Qt (the
command line, the tests) :meth:`EditName.english` writes the English sentence.

``%n`` is the count (a plural form in every language: "Move station", "Move 2 stations");
``{field}`` is a field's noun from the registry (models/fields.py), translated with the
registry's texts. Every other ``{placeholder}`` is a value, written the way the reader's
language writes it (:class:`Reader`): a number (``int`` or ``float``: "10,000" and "2.5" in
English, "10.000" and "2,5" in German), a field's :class:`Choices` (the registry's labels,
translated like ``{field}`` and joined as a choice: "Idea, Planned, or Done", "Idee, Geplant
oder Erledigt"), a user's name as :class:`Quoted` (in the reader's quotation marks: “Buys” in
English, „Buys“ in German, « Buys » in French; a translation never adds its own marks around
it), another declared sentence (an :class:`EditName`, written by the same reader: translated in
the window, English on the command line), or the user's own text, shown as is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Self, TypeAlias

from models import i18n

CONTEXT = "Edits"
_PLURAL = re.compile(r"\((s|es)\)")


@dataclass(frozen=True)
class Choices:
    """The values a field may take, as a sentence names them: "Idea, Planned, or Done".

    ``names`` are the registry's labels (English, the sources of the window's ``Fields``
    context: models/fields.py), each translated in the reader's language like ``{field}``;
    with ``shown`` they are the names exactly as the user meets them elsewhere (an action
    list's drop-down, already in the list's language) and are not translated again. Either
    way they are joined as the reader's language offers a choice ("a, b oder c")."""

    names: tuple[str, ...]
    shown: bool = False


@dataclass(frozen=True)
class Quoted:
    """A user's name (a file's, a phase's, a library's) as a sentence quotes it: in the
    reader's quotation marks (models.i18n.QUOTES), never marks baked into the text or added by a
    translation. ``str()`` is the English form, “name”, for the command line's own lines."""

    text: str

    def __str__(self) -> str:
        return i18n.quoted(self.text)


Value: TypeAlias = "str | int | float | Choices | Quoted | EditName"


def _same(text: str) -> str:
    return text


def _english_integer(value: int) -> str:
    return f"{value:,}"


def _english_decimal(value: float) -> str:
    """2.5 -> "2.5", 100.0 -> "100", 10000.0 -> "10,000" (the shortest form, grouped)."""
    return f"{int(value):,}" if value.is_integer() else f"{value:,}"


@dataclass(frozen=True)
class Reader:
    """How a sentence's values are written for its reader; English by default (the command
    line, ``str(error)``); the window gives its language's (:func:`app.translations.edit_text`)."""

    text: Callable[[str], str] = _same  # a registry text (a noun, a choice's label)
    integer: Callable[[int], str] = _english_integer
    decimal: Callable[[float], str] = _english_decimal
    alternatives: Callable[[Sequence[str]], str] = i18n.catalogue(i18n.DEFAULT).alternatives
    quoted: Callable[[str], str] = i18n.quoted  # a name in the language's quotation marks
    sentence: Callable[[EditName], str] = lambda name: name.english()  # a nested sentence

    def value(self, value: Value) -> str:
        if isinstance(value, EditName):
            return self.sentence(value)
        if isinstance(value, Quoted):
            return self.quoted(value.text)
        if isinstance(value, Choices):
            names = value.names if value.shown else [self.text(n) for n in value.names]
            return self.alternatives(names)
        if isinstance(value, int):
            return self.integer(value)
        if isinstance(value, float):
            return self.decimal(value)
        return value


ENGLISH = Reader()


@dataclass(frozen=True, init=False)
class EditName:
    context: ClassVar[str] = CONTEXT  # the catalogues' context of these sentences
    source: str
    n: int
    field: str
    values: tuple[tuple[str, Value], ...]  # written the reader's way (Reader.value)

    def __init__(self, source: str, n: int = -1, *, field: str = "", **values: Value) -> None:
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "n", n)
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "values", tuple(values.items()))

    def but(self, *, field: str | None = None, **values: Value) -> Self:
        """This name with the field's noun or more placeholders' values filled in."""
        return type(self)(
            self.source,
            self.n,
            field=self.field if field is None else field,
            **{**dict(self.values), **values},
        )

    def arguments(self, reader: Reader = ENGLISH) -> dict[str, str]:
        """The placeholders' values as ``reader`` writes them ("20,000" in English, "20.000"
        in German; the field's noun and the choices' labels in the reader's language)."""
        found = {k: reader.value(v) for k, v in self.values}
        if self.field:
            found["field"] = reader.text(self.field)
        return found

    def fill(self, text: str, reader: Reader = ENGLISH) -> str:
        """``text`` (the source or its translation) with its placeholders filled in."""
        if self.n >= 0:
            text = text.replace("%n", str(self.n))
        values = self.arguments(reader)
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


def quote(text: str, limit: int = 40) -> Quoted:
    """A user's name as a sentence shows it: quoted the reader's way, shortened, controls made
    visible."""
    from models import rules  # here: models.rules declares its own sentences with this module

    return Quoted(rules.shown(text if len(text) <= limit else text[: limit - 1] + "…"))
