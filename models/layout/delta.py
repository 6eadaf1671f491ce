"""What a relayout changed: the items a view has to update, and no others."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LayoutDelta:
    """What a relayout changed, for a view to follow: only these items need an update."""

    stations: set[int] = field(default_factory=set)  # ids with a new or changed box
    moved: set[int] = field(default_factory=set)  # ids whose box only moved sideways
    removed: set[int] = field(default_factory=set)  # ids no longer on the map
    phases: bool = False  # a phase band changed
    rows: bool = False  # a line row or track changed
    curve: bool = False
    frame: bool = False  # the map's size, title or line of visibility
    full: bool = False  # anything may have changed (a rebuild): follow everything

    @classmethod
    def everything(cls) -> LayoutDelta:
        return cls(phases=True, rows=True, curve=True, frame=True, full=True)
