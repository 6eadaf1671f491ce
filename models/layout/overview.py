"""The room's overview: the whole journey at phase level, laid out for the screen.

The first stop of a presentation (and Home) shows what the room can read from the back: the
journey's name, a column per phase with its name, how many pain points, ideas (actions linked
to its stations) and moments of truth it holds, and the emotion curve under the columns, large.
The map's own layout is for editing; at a room's distance its station names are unreadable.

Like the phase stops (``models.layout.room``), it is a :class:`MapLayout` in screen pixels
(shown at 100 %), so the canvas draws it with its usual items: the phase bands, the emotion
curve and the captions. The sentences are the window's (it passes them, translated, as
``words``); the defaults here are English. Pure Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models import style
from models.document import JourneySnapshot
from models.layout.boxes import wrapped
from models.layout.curve import Fragment, join_runs, phase_points, smooth
from models.layout.geometry import (
    TITLE_LEADING,
    CurvePoint,
    EmotionCurve,
    MapLayout,
    PhaseBand,
    Rect,
    TextBlock,
)
from models.layout.room import room_type
from models.schema import Station


def _english(pains: int, ideas: int, moments: int) -> tuple[str, ...]:
    return (
        f"{pains} pain point" if pains == 1 else f"{pains} pain points",
        f"{ideas} idea" if ideas == 1 else f"{ideas} ideas",
        f"{moments} moment of truth" if moments == 1 else f"{moments} moments of truth",
    )


@dataclass(frozen=True)
class OverviewWords:
    """The overview's sentences: a phase's facts from its counts, and the curve's label."""

    facts: Callable[[int, int, int], tuple[str, ...]] = _english
    emotion: str = "Emotion"


def overview_layout(
    snapshot: JourneySnapshot,
    counts: dict[int, int],
    width: float,
    height: float,
    words: OverviewWords | None = None,
) -> MapLayout:
    """The journey at phase level for a screen ``width`` x ``height`` pixels."""
    words = words or OverviewWords()
    kind = room_type(height)
    m = round(height * 0.03)
    pad = kind.pad
    label_w = kind.line * 6 + m + 24  # the curve's label and faces at the left
    title_size = kind.phase * 1.1
    title = TextBlock(
        Rect(m, m, width - 2 * m, title_size * TITLE_LEADING),
        wrapped(snapshot.journey.name, width - 2 * m, title_size, 1, bold=True),
        title_size,
        bold=True,
        align="left",
    )
    top = title.rect.bottom + pad * 2
    phases = snapshot.phases
    n = max(1, len(phases))
    col_w = (width - label_w - m) / n
    # The phase names: as large as the narrowest column lets them be on up to three lines.
    name_size = kind.title
    header_lines = [wrapped(p.name, col_w - 2 * pad, name_size, 3, bold=True) for p in phases]
    header_h = max((len(lines) for lines in header_lines), default=1) * name_size * TITLE_LEADING
    header_h += 2 * pad
    fact_size = kind.note
    front = {ln.id for ln in snapshot.lines if ln.kind != "backstage"}
    bands: list[PhaseBand] = []
    captions: list[TextBlock] = []
    members_of: list[list[Station]] = []
    facts_h = 0.0
    for i, phase in enumerate(phases):
        x = label_w + i * col_w
        stations = [s for s in snapshot.stations if s.phase_id == phase.id]
        pains = sum(len(s.pain_points) for s in stations)
        ideas = sum(counts.get(s.id, 0) for s in stations)
        moments = sum(1 for s in stations if s.moment_of_truth)
        lines: list[str] = []
        for fact in words.facts(pains, ideas, moments):
            lines.extend(wrapped(fact, col_w - 2 * pad, fact_size, 2))
        block = TextBlock(
            Rect(x + pad, top + header_h + pad, col_w - 2 * pad, len(lines) * fact_size * 1.25),
            tuple(lines),
            fact_size,
            align="left",
        )
        captions.append(block)
        facts_h = max(facts_h, block.rect.h + 2 * pad)
        members_of.append(
            sorted((s for s in stations if s.line_id in front), key=lambda s: (s.position, s.id))
        )
        label = TextBlock(
            Rect(x + pad, top + pad, col_w - 2 * pad, header_h - 2 * pad),
            header_lines[i],
            name_size,
            bold=True,
            align="left",
        )
        bands.append(
            PhaseBand(
                id=phase.id,
                index=i,
                name=phase.name,
                header=Rect(x, top, col_w, header_h),
                body=Rect(x, top + header_h, col_w, 0.0),  # its height: below
                label=label,
                tint=style.ROOM_PHASE_TINTS[i % 2],
                header_color=style.ROOM_PHASE_HEADER[i % 2],
            )
        )
    body_h = facts_h
    bands = [
        PhaseBand(
            b.id,
            b.index,
            b.name,
            b.header,
            Rect(b.body.x, b.body.y, b.body.w, body_h),
            b.label,
            b.tint,
            b.header_color,
        )
        for b in bands
    ]
    curve_top = top + header_h + body_h + pad * 2
    curve_h = max(height - m - curve_top, kind.title * 6)
    rect = Rect(label_w, curve_top, width - label_w - m, curve_h)
    curve_pad = kind.marker
    step = (curve_h - 2 * curve_pad) / 4
    zero_y = curve_top + curve_h / 2
    points: list[CurvePoint] = []
    fragments: list[tuple[Fragment, ...]] = []
    for band, members in zip(bands, members_of, strict=True):
        pts, frags = phase_points(members, band.header.x, band.header.w, zero_y, step)
        points.extend(pts)
        fragments.append(frags)
    runs = tuple(smooth(run) for run in join_runs(fragments))
    curve = EmotionCurve(
        rect,
        zero_y,
        step,
        tuple(points),
        runs,
        TextBlock(
            Rect(m, curve_top + pad, label_w - m - 24, kind.line * TITLE_LEADING),
            wrapped(words.emotion, label_w - m - 24, kind.line, 1, bold=True),
            kind.line,
            bold=True,
            align="left",
        ),
    )
    bottom = rect.bottom
    return MapLayout(
        width=width,
        height=max(height, bottom + m / 2),
        title=title,
        subtitle=None,
        phases=tuple(bands),
        rows=(),
        stations=(),
        tracks=(),
        curve=curve,
        visibility_y=None,
        rows_rect=Rect(label_w, top + header_h, width - label_w - m, body_h),
        captions=tuple(captions),
    )
