"""The kinds of option an export format takes, each with its limits and its one check.

:class:`ChoiceOption` (one of a few values: the paper, the tiling, the language),
:class:`RangeOption` (a whole number within limits: the PNG's resolution) and
:class:`KindsOption` (which kinds of a station's details the map shows: the canvas's toggles).
The options themselves are declared in :mod:`exporters.formats`, the export registry that the
command line, the export dialog and the export job read.

Their labels, hints and choice names are what the export dialog shows: they are marked with
:func:`W_` (a text of the *window*, translated by its Qt catalogues: ``python -m
app.translations update`` extracts them; the command line shows them in English). The
sentences a check raises are the command line's and the export job's, in English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Final

from models.view_options import MapToggles

__all__ = ["W_", "Choice", "ChoiceOption", "Kind", "KindsOption", "Option", "RangeOption"]


def W_(text: str) -> str:
    """Mark ``text`` as one the export dialog shows, to translate in the window's language
    (``widgets.field_texts.field_text``); the command line uses it as it is (English)."""
    return text


@dataclass(frozen=True)
class Choice:
    """One value of a :class:`ChoiceOption`: its key (as typed on the command line), its label
    in the dialog, and for a paper its portrait size in points."""

    key: str
    label: str
    size: tuple[float, float] = (0.0, 0.0)


class _OneFlag:
    """An option the command line takes as one flag named after its key (``dpi``: ``--dpi``)."""

    key: str

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    @property
    def flags(self) -> tuple[str]:
        return (self.flag,)


@dataclass(frozen=True)
class ChoiceOption(_OneFlag):
    """An option that takes one of a few values (matched in any case: ``a1``, ``Letter``).

    ``none_label`` names the choice of no value (tiling: one sheet), when there is one.
    ``label`` is the dialog's (``&`` marks its keyboard shortcut).
    """

    key: str
    label: str
    noun: str  # "the paper", in sentences
    help: str
    choices: tuple[Choice, ...]
    default: str | None
    none_label: str | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.choices)

    def choice(self, key: str) -> Choice:
        return next(c for c in self.choices if c.key == key)

    def check(self, value: object) -> str | None:
        """The canonical key for ``value``; raises ValueError (the reason) otherwise."""
        if value is None and self.none_label is not None:
            return None
        for key in self.keys:
            if isinstance(value, str) and key.casefold() == value.strip().casefold():
                return key
        raise ValueError(f"{self.noun} must be one of {', '.join(self.keys)}, not “{value}”")


@dataclass(frozen=True)
class RangeOption(_OneFlag):
    """A whole number from ``minimum`` to ``maximum`` (in ``unit``)."""

    key: str
    label: str
    noun: str  # "the resolution"
    help: str
    unit: str
    minimum: int
    maximum: int
    default: int
    step: int = 1
    hint: str = ""

    def parse(self, text: str) -> int:
        """The whole number typed (``--dpi 300``); raises ValueError (the reason) otherwise.

        Its limits are :meth:`check`'s, so that a number out of range is refused with the
        same sentence wherever the request comes from.
        """
        try:
            return int(text.strip())
        except ValueError:
            raise ValueError(self._not_a_number(text)) from None

    def check(self, value: object) -> int:
        """``value`` when it is within the limits; raises ValueError (the reason) otherwise."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(self._not_a_number(value))
        if not self.minimum <= value <= self.maximum:
            raise ValueError(
                f"{self.noun} must be from {self.minimum} to {self.maximum} {self.unit}, "
                f"not {value}"
            )
        return value

    def _not_a_number(self, value: object) -> str:
        return (
            f"{self.noun} must be a whole number from {self.minimum} to {self.maximum} "
            f"{self.unit}, not “{value}”"
        )

    def clamp(self, value: int) -> int:
        return max(self.minimum, min(self.maximum, value))


@dataclass(frozen=True)
class Kind:
    """One kind of a station's details that the map may show: its name on the command line
    (``pain-points``), its :class:`~models.view_options.MapToggles` field and its check box."""

    key: str
    field: str
    label: str


ALL: Final = "all"


@dataclass(frozen=True)
class KindsOption:
    """Which kinds of a station's details the map shows (the canvas's View toggles).

    The value is a :class:`~models.view_options.MapToggles` (None: the defaults on the map,
    and everything in the station details). The command line says it with two flags, each
    taking kinds separated by commas: ``--show quotes,figures`` adds to what a new canvas
    shows, ``--hide needs`` leaves out, and ``all`` names every kind (``--hide all --show
    needs``: only the needs). The dialog shows a check box for each kind.
    """

    key: str
    label: str
    noun: str
    show_help: str
    hide_help: str
    hint: str
    kinds: tuple[Kind, ...]
    default: MapToggles | None = None

    def __post_init__(self) -> None:
        assert sorted(k.field for k in self.kinds) == sorted(f.name for f in fields(MapToggles))

    @property
    def flags(self) -> tuple[str, str]:
        return ("--show", "--hide")

    @property
    def flag(self) -> str:
        return "/".join(self.flags)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k.key for k in self.kinds)

    def parse(self, text: str) -> tuple[str, ...]:
        """The kinds typed (``needs,pain-points`` or ``all``), as their keys; raises
        ValueError (the reason) for a kind there is not."""
        found: list[str] = []
        for word in text.split(","):
            key = word.strip().casefold().replace("_", "-")
            if not key:
                continue
            if key != ALL and key not in self.keys:
                raise ValueError(
                    f"{self.noun} can be {', '.join(self.keys)} or {ALL}, not “{word.strip()}”"
                )
            found.append(key)
        if not found:
            raise ValueError(f"name at least one of {', '.join(self.keys)} or {ALL}")
        return tuple(dict.fromkeys(found))

    def combine(
        self, show: Iterable[str], hide: Iterable[str], start: MapToggles | None = None
    ) -> MapToggles:
        """The toggles from ``start`` (a new canvas's) with the kinds of ``show`` turned on and
        those of ``hide`` off (``all`` first, then the kinds named); raises ValueError when a
        kind is both shown and hidden."""
        show, hide = set(show), set(hide)
        both = sorted(show & hide)
        if both:
            raise ValueError(f"{', '.join(both)} cannot be both shown and hidden")
        toggles = start or MapToggles()
        for everything, on in ((ALL in show, True), (ALL in hide, False)):
            if everything:
                for kind in self.kinds:
                    toggles = toggles.with_(kind.field, on)
        for kind in self.kinds:
            if kind.key in show:
                toggles = toggles.with_(kind.field, True)
            if kind.key in hide:
                toggles = toggles.with_(kind.field, False)
        return toggles

    def check(self, value: object) -> MapToggles | None:
        if value is None or isinstance(value, MapToggles):
            return value
        raise ValueError(f"{self.noun} must be a set of view toggles, not “{value}”")

    def shown(self, toggles: MapToggles) -> tuple[str, ...]:
        """The keys of the kinds ``toggles`` show."""
        return tuple(k.key for k in self.kinds if getattr(toggles, k.field))


Option = ChoiceOption | RangeOption | KindsOption
