"""The room's type and words: how large a presentation stop sets its text on a screen, and
what it says about what it leaves to the spotlight.

Shared by the phase stops (``models.layout.room``) and the overview
(``models.layout.overview``). Pure Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

# Type on a 1080-line screen (px) and the least it may become when a phase is crowded; a
# screen of 768 lines gets TYPE_768 / MIN_768, sizes in between are interpolated.
TYPE_1080: Final = (32.0, 23.0)  # (station title, need and pain point)
MIN_1080: Final = (28.0, 20.0)
TYPE_768: Final = (24.0, 17.0)
MIN_768: Final = (22.0, 16.0)


@dataclass(frozen=True)
class RoomType:
    """The sizes of one room layout, in screen pixels."""

    title: float
    note: float

    @property
    def phase(self) -> float:
        return self.title * 1.15

    @property
    def other_phase(self) -> float:
        return self.note

    @property
    def line(self) -> float:
        return self.note * 1.05

    @property
    def owner(self) -> float:
        return self.note * 0.95

    @property
    def marker(self) -> float:  # the marker's radius
        return self.title * 0.72

    @property
    def pad(self) -> float:
        return self.note * 0.5


def room_type(height: float, crowded: float = 0.0) -> RoomType:
    """The type for a screen ``height`` pixels tall; ``crowded`` 0 … 1 goes to the minimum."""
    t = min(1.0, max(0.0, (height - 768) / (1080 - 768)))
    big = [a + (b - a) * t for a, b in zip(TYPE_768, TYPE_1080, strict=True)]
    least = [a + (b - a) * t for a, b in zip(MIN_768, MIN_1080, strict=True)]
    if height > 1080:  # a larger screen: everything grows with it
        big = [x * height / 1080 for x in TYPE_1080]
        least = [x * height / 1080 for x in MIN_1080]
    title, note = (b + (m - b) * crowded for b, m in zip(big, least, strict=True))
    return RoomType(title, note)


def _more_in_spotlight(hidden: int) -> str:
    return f"+{hidden} more in the spotlight"


@dataclass(frozen=True)
class RoomWords:
    """What a phase stop says about what it leaves to the spotlight, in the window's language
    (the window passes them translated; the defaults here are English)."""

    more: Callable[[int], str] = _more_in_spotlight  # notes left out of a crowded station
    continued: str = "▸ more in the spotlight"  # ends a long note cut short in a crowded phase


@dataclass(frozen=True)
class RoomStop:
    """What one presentation stop lays out: phase ``phase_index`` on a screen of this size."""

    phase_index: int
    width: float
    height: float
