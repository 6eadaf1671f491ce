"""What the map shows besides its stations: the view toggles, one set for canvas and poster.

The editor's View menu, the export dialog and the PDF poster read the same
:class:`MapToggles`, so the poster shows what the room saw on the canvas. The set is chosen per
workshop (the editor remembers it for each workshop file, also once moved or renamed) and
handed to the layout as :class:`~models.layout.LayoutOptions` by
:meth:`MapToggles.layout_options`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Final

from models.layout.geometry import LayoutOptions


@dataclass(frozen=True)
class MapToggles:
    """Which of a station's details the map shows (canvas and poster alike)."""

    needs: bool = True
    pain_points: bool = True
    ideas: bool = True  # the mark with the count of actions linked to the station
    quotes: bool = False
    owners: bool = True
    figures: bool = False  # day, customers, duration, drop-off

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def with_(self, name: str, on: bool) -> MapToggles:
        if name not in self.names():
            raise KeyError(name)
        return replace(self, **{name: on})

    def as_dict(self) -> dict[str, bool]:
        return {name: bool(getattr(self, name)) for name in self.names()}

    @classmethod
    def from_dict(cls, data: Mapping[str, object] | None) -> MapToggles:
        """Toggles read back from storage: unknown keys and values that are not booleans are
        left out (the default stands), so a damaged entry never stops the map opening."""
        if not isinstance(data, Mapping):
            return cls()
        known = {
            name: value
            for name, value in data.items()
            if name in cls.names() and isinstance(value, bool)
        }
        return replace(cls(), **known)

    def layout_options(self, *, show_curve: bool = True, show_title: bool = True) -> LayoutOptions:
        return LayoutOptions(
            show_needs=self.needs,
            show_owners=self.owners,
            show_curve=show_curve,
            show_title=show_title,
            show_pain_points=self.pain_points,
            show_ideas=self.ideas,
            show_quotes=self.quotes,
            show_figures=self.figures,
        )


DEFAULT_TOGGLES: Final = MapToggles()
