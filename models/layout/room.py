"""The room layout: one phase of a journey laid out for the screen of a meeting room.

Presenting, each stop shows one whole phase (all its lines) on the projector. The map's own
layout is made for editing (small type, a column per phase); the room layout lays the phase
out again *for the screen*, in screen pixels (the view shows it at 100 %):

- the phases of the journey as a strip of tabs across the top, the current one marked
  (white on dark) and its neighbours quieter, so the room always knows where it is;
- the line names in a column at the left, every line of the journey, empty ones too;
- the phase's stations lane by lane, with room type sizes (station titles at least 28 px on a
  1080-line screen, needs and pain points at least 20 px; 22 and 16 px on a 768-line one),
  needs and pain points side by side under a station's title when the screen is wide enough.
  A lane with more stations than fit across the screen flows onto more rows of the same line
  instead of cutting the phase into parts. Every note is shown, wrapped whole, as long as the
  phase fits the screen (the free rows under a station take them). When the phase is too tall
  for the screen, the type goes down to its minimum, then a long note keeps its first lines and
  says that the rest is in the spotlight (``RoomWords.continued``), then fewer notes are shown
  under each station ("+2 more in the spotlight"), then the owners' names are left to their
  badges, in that order; a phase taller still is shown whole, smaller.

It returns a :class:`~models.layout.geometry.MapLayout`, so the canvas draws it with the
same items and marks as the map (no curve and no title: the overview stop has those).
Pure Python: no Qt.
"""

from __future__ import annotations

from typing import Final

from models import rules, style
from models.document import JourneySnapshot
from models.layout.boxes import marks, wrapped
from models.layout.geometry import (
    TITLE_LEADING,
    LineRow,
    MapLayout,
    NeedCard,
    PhaseBand,
    Rect,
    StationBox,
    TextBlock,
    Track,
)
from models.layout.room_type import RoomStop, RoomType, RoomWords, room_type
from models.schema import Station

NOTES_SHOWN: Final = (3, 2, 1)  # needs and pain points per station, when not all fit
ALL_NOTES: Final = rules.LIST_MAX_ITEMS  # every note of a station
WHOLE: Final = rules.LIST_ITEM_MAX  # lines enough for any note or title: wrapped whole
NOTE_LINES: Final = (6, 3, 2)  # a long note's lines in a crowded phase (with the marker)
GROWTH: Final = (0.5, 0.35, 0.2, 0.1)  # how much larger the type may grow in a roomy phase


def _lh(size: float, lines: int) -> float:
    return lines * size * TITLE_LEADING


class _Phase:
    """The room layout of one phase, for one choice of type and notes per station."""

    def __init__(
        self,
        snapshot: JourneySnapshot,
        owners: dict[int, str],
        counts: dict[int, int],
        stop: RoomStop,
        kind: RoomType,
        notes: int = ALL_NOTES,
        owners_shown: bool = True,
        note_lines: int = WHOLE,
        words: RoomWords | None = None,
    ) -> None:
        self.snapshot, self.owners, self.counts = snapshot, owners, counts
        self.stop, self.kind, self.notes = stop, kind, notes
        self.owners_shown = owners_shown
        self.note_lines = note_lines
        self.words = words or RoomWords()
        self.margin = round(stop.height * 0.015)
        self.label_w = min(stop.width * 0.16, kind.line * 11)
        self.body_x = self.label_w
        self.body_w = stop.width - self.label_w - self.margin
        self.lines = [ln for ln in snapshot.lines if ln.kind != "backstage"] + [
            ln for ln in snapshot.lines if ln.kind == "backstage"
        ]
        phase = snapshot.phases[stop.phase_index]
        self.phase = phase
        lanes: dict[int, list[Station]] = {ln.id: [] for ln in self.lines}
        for s in snapshot.stations:
            if s.phase_id == phase.id and s.line_id in lanes:
                lanes[s.line_id].append(s)
        for lane in lanes.values():
            lane.sort(key=lambda s: (s.position, s.id))
        self.lanes = lanes
        least_slot = kind.title * 8.5  # about 14 characters of a title on a line
        # The most stations side by side; a lane with more flows onto more rows of its line.
        self.max_columns = max(1, int(self.body_w // least_slot))
        self.strip_h = 0.0
        self.bands: tuple[PhaseBand, ...] = ()

    # -- pieces ------------------------------------------------------------------------------
    def _note_lines(self, text: str, width: float) -> tuple[str, ...]:
        """A note wrapped whole; in a crowded phase its first lines and then the marker that
        the rest is in the spotlight (never a silent cut)."""
        size = self.kind.note
        lines = wrapped(text, width, size, WHOLE)
        if len(lines) <= self.note_lines:
            return lines
        marker = wrapped(self.words.continued, width, size, 2)
        return (*lines[: max(1, self.note_lines - len(marker))], *marker)

    def _notes(
        self, texts: list[str], x: float, width: float, top: float, pain: bool = False
    ) -> tuple[tuple[NeedCard, ...], float]:
        """Notes from ``top`` down in a column at ``x``; returns them and the bottom. A pain
        point's text starts further in: its note has a bar down the left edge, and the text
        keeps clear of it (``exporters.marks.paint_pain_note``)."""
        k = self.kind
        cards = []
        y = top
        inset = k.pad * (1.6 if pain else 1.0)
        inner = width - inset - k.pad
        for text in texts[: self.notes]:
            lines = self._note_lines(text, inner)
            h = _lh(k.note, len(lines))
            rect = Rect(x, y, width, h + 2 * k.pad * 0.8)
            block = TextBlock(
                Rect(rect.x + inset, y + k.pad * 0.8, inner, h), tuple(lines), k.note, align="left"
            )
            cards.append(NeedCard(rect, block))
            y = rect.bottom + k.pad * 0.6
        return tuple(cards), y

    def station(
        self, s: Station, index: int, cx: float, spacing: float, row_y: float, row_h: float
    ) -> StationBox:
        """A station's box in a slot ``spacing`` wide centred on ``cx``.

        In a wide slot (a lane of few stations on a wide screen) the station reads across:
        the marker, title and owner at the left, the notes beside them; otherwise the notes
        come under the title, needs and pain points side by side when there is room.
        """
        k = self.kind
        r = k.marker
        slot_left = cx - spacing / 2
        has_notes = bool(s.needs or s.pain_points)
        wide = has_notes and spacing >= k.title * 28
        if wide:
            text_w = min(spacing * 0.36, k.title * 14)
            cx = slot_left + k.pad + text_w / 2
        else:
            text_w = min(spacing - 2 * k.pad, k.title * 40)
        cy = row_y + k.pad + r + 4
        lines = wrapped(s.title, text_w, k.title, WHOLE, bold=True)
        top = cy + r + k.pad * 0.6
        title = TextBlock(
            Rect(cx - text_w / 2, top, text_w, _lh(k.title, len(lines))),
            tuple(lines),
            k.title,
            bold=True,
        )
        y = title.rect.bottom
        owner_name = self.owners.get(s.owner_id) if s.owner_id is not None else None
        owner = None
        if owner_name and self.owners_shown:
            owner_lines = wrapped(owner_name, text_w, k.owner, 2)
            owner = TextBlock(
                Rect(cx - text_w / 2, y + 2, text_w, _lh(k.owner, len(owner_lines))),
                tuple(owner_lines),
                k.owner,
                color=style.MUTED,
            )
            y = owner.rect.bottom
        if wide:
            left = slot_left + 2 * k.pad + text_w
            notes_w = min(spacing - text_w - 3 * k.pad, k.title * 40)
            notes_top = top
        else:
            left = cx - text_w / 2
            notes_w = text_w
            notes_top = y + k.pad
        # Needs and pain points side by side when each column keeps ~13 characters a line.
        if notes_w >= k.note * 2 * 13 + k.pad and s.needs and s.pain_points:
            half = (notes_w - k.pad) / 2
            needs, y1 = self._notes(list(s.needs), left, half, notes_top)
            pains, y2 = self._notes(
                list(s.pain_points), left + half + k.pad, half, notes_top, pain=True
            )
            bottom = max(y1, y2)
        else:
            needs, bottom = self._notes(list(s.needs), left, notes_w, notes_top)
            gap = -k.pad * 0.2 if needs else 0.0
            pains, bottom = self._notes(list(s.pain_points), left, notes_w, bottom + gap, pain=True)
        y = max(y, bottom) if (needs or pains) else y
        hidden = max(0, len(s.needs) - self.notes) + max(0, len(s.pain_points) - self.notes)
        extras: tuple[TextBlock, ...] = ()
        if hidden:  # under the notes, across them: how many more the spotlight has (Enter)
            more = wrapped(self.words.more(hidden), notes_w, k.note, 2)
            extras = (
                TextBlock(
                    Rect(left, y - k.pad * 0.4, notes_w, _lh(k.note, len(more))),
                    more,
                    k.note,
                    color=style.MUTED,
                ),
            )
        count = self.counts.get(s.id, 0)
        badge, pain, idea = marks(cx, cy, r, count > 0, s.moment_of_truth)  # as on the map
        return StationBox(
            id=s.id,
            phase_id=s.phase_id,
            line_id=s.line_id,
            index=index,
            slot=Rect(slot_left, row_y, spacing, row_h),
            center=(cx, cy),
            radius=r,
            color=self.color_of(s.line_id),
            emotion=s.emotion,
            moment_of_truth=s.moment_of_truth,
            title=title,
            owner=owner,
            owner_initials=style.initials(owner_name) if owner_name else None,
            owner_name=owner_name,
            badge_center=badge,
            pain_count=0,  # the pain points are shown in full, as notes
            pain_center=pain,
            needs=needs,
            more_needs=0,  # said in the window's language, in ``extras``
            action_count=count,
            pains=pains,
            idea_center=idea,
            extras=extras,
        )

    def color_of(self, line_id: int) -> str:
        line = next(ln for ln in self.snapshot.lines if ln.id == line_id)
        return style.line_color(self.snapshot.line_index(line_id), line.kind, line.color)

    def strip(self) -> float:
        """The phases as tabs across the top; returns the strip's height."""
        k, stop, m = self.kind, self.stop, self.margin
        phases = self.snapshot.phases
        current = self.stop.phase_index
        width = stop.width - 2 * m
        others = len(phases) - 1
        cur_w = width if not others else max(width * 0.3, width / len(phases))
        other_w = (width - cur_w) / others if others else 0.0
        labels = []
        for i, p in enumerate(phases):
            if i == current:
                lines = wrapped(p.name, cur_w - 2 * k.pad, k.phase, 2, bold=True)
                labels.append((tuple(lines), k.phase))
            else:
                lines = wrapped(p.name, other_w - 2 * k.pad * 0.5, k.other_phase, 3)
                labels.append((tuple(lines), k.other_phase))
        h = max(_lh(size, len(lines)) for lines, size in labels) + 1.4 * k.pad
        self.strip_h = h
        bands = []
        x = float(m)
        for i, p in enumerate(phases):
            w = cur_w if i == current else other_w
            lines, size = labels[i]
            text_h = _lh(size, len(lines))
            is_current = i == current
            label = TextBlock(
                Rect(x + k.pad * 0.5, m + (h - text_h) / 2, w - k.pad, text_h),
                lines,
                size,
                bold=is_current,
                color=style.ROOM_ON_CURRENT if is_current else style.MUTED,
            )
            body = (
                Rect(self.body_x, m + h, self.body_w, 0.0) if is_current else Rect(x, m + h, w, 0)
            )
            bands.append(
                PhaseBand(
                    id=p.id,
                    index=i,
                    name=p.name,
                    header=Rect(x, m, w, h),
                    body=body,
                    label=label,
                    tint=style.ROOM_PHASE_TINTS[i % 2],
                    header_color=style.ROOM_CURRENT
                    if is_current
                    else style.ROOM_PHASE_HEADER[abs(i - current) % 2],
                )
            )
            x += w
        self.bands = tuple(bands)
        return h

    # -- the whole ---------------------------------------------------------------------------
    def lay_out(self) -> MapLayout:
        k, stop, m = self.kind, self.stop, self.margin
        top = m + self.strip() + k.pad * 0.6
        rows: list[LineRow] = []
        tracks: list[Track] = []
        boxes: list[StationBox] = []
        y = top
        for i, line in enumerate(self.lines):
            lane = self.lanes[line.id]
            label_lines = wrapped(line.name, self.label_w - 2.5 * k.pad - 16, k.line, 3, bold=True)
            label_h = _lh(k.line, len(label_lines))
            row_y = y
            columns = max(1, min(len(lane), self.max_columns))
            spacing = self.body_w / columns
            sub_rows = [lane[j : j + columns] for j in range(0, len(lane), columns)]
            first_track = None
            row_boxes: list[StationBox] = []
            for sub in sub_rows or [[]]:
                made = [
                    self.station(s, n, self.body_x + (n % columns + 0.5) * spacing, spacing, y, 0)
                    for n, s in enumerate(sub, start=len(row_boxes))
                ]
                bottom = max((_bottom(b) for b in made), default=y + 2 * k.marker + 2 * k.pad)
                h = max(bottom - y + k.pad, label_h + 2 * k.pad)
                made = [
                    self.station(s, b.index, b.slot.center[0], spacing, y, h)
                    for s, b in zip(sub, made, strict=True)
                ]
                if first_track is None:
                    first_track = y + k.pad + k.marker + 4
                    xs = tuple(b.center[0] for b in made)
                row_boxes.extend(made)
                y += h
            assert first_track is not None
            rows.append(
                LineRow(
                    id=line.id,
                    index=i,
                    name=line.name,
                    kind=line.kind,
                    color=self.color_of(line.id),
                    rect=Rect(0, row_y, stop.width, y - row_y),
                    label=TextBlock(
                        Rect(
                            26 + k.pad,
                            first_track - min(label_h / 2, k.line * 0.75),
                            self.label_w - 2.5 * k.pad - 16,
                            label_h,
                        ),
                        tuple(label_lines),
                        k.line,
                        bold=True,
                        align="left",
                    ),
                    track_y=first_track,
                )
            )
            tracks.append(
                Track(line.id, self.color_of(line.id), first_track, self.label_w, stop.width, xs)
            )
            boxes.extend(row_boxes)
        bottom = y
        current = self.bands[stop.phase_index]
        body = Rect(self.body_x, top - k.pad, self.body_w, bottom - top + k.pad)
        bands = list(self.bands)
        bands[stop.phase_index] = PhaseBand(
            current.id,
            current.index,
            current.name,
            current.header,
            body,
            current.label,
            current.tint,
            current.header_color,
        )
        return MapLayout(
            width=stop.width,
            height=max(stop.height, bottom + k.pad * 0.5),
            title=None,
            subtitle=None,
            phases=tuple(bands),
            rows=tuple(rows),
            stations=tuple(boxes),
            tracks=tuple(tracks),
            curve=None,
            visibility_y=None,
            rows_rect=Rect(self.body_x, top, self.body_w, bottom - top),
        )


def _bottom(box: StationBox) -> float:
    bottom = box.title.rect.bottom
    if box.owner is not None:
        bottom = box.owner.rect.bottom
    for card in (*box.needs, *box.pains):
        bottom = max(bottom, card.rect.bottom)
    for block in box.extras:
        bottom = max(bottom, block.rect.bottom)
    return bottom


def room_layout(
    snapshot: JourneySnapshot,
    owners: dict[int, str],
    stop: RoomStop,
    counts: dict[int, int] | None = None,
    words: RoomWords | None = None,
) -> MapLayout:
    """Phase ``stop.phase_index`` of the journey, laid out for a screen of the stop's size.

    Tries larger type first (a phase that holds little fills the screen), then the
    comfortable type, then smaller type down to the room's minimum, all with every note
    whole; then long notes cut short with the spotlight's marker, then fewer notes per
    station; the first that fits the screen's height is the layout (the last one tried when
    none does: the view then shows it smaller).
    """
    counts = counts or {}
    if not 0 <= stop.phase_index < len(snapshot.phases):
        raise ValueError(f"no phase {stop.phase_index} in this journey")
    layout = None
    # (crowded, notes per kind, lines per note, owners' names shown)
    # A phase that holds little grows its type to use the screen (never half of it white).
    tries = [(-grow, ALL_NOTES, WHOLE, True) for grow in GROWTH]
    tries += [(crowded, ALL_NOTES, WHOLE, True) for crowded in (0.0, 0.5, 1.0)]
    tries += [(1.0, ALL_NOTES, lines, True) for lines in NOTE_LINES[:2]]
    tries += [(1.0, notes, NOTE_LINES[1], True) for notes in NOTES_SHOWN]
    tries += [(1.0, NOTES_SHOWN[-1], lines, False) for lines in NOTE_LINES[1:]]  # no names
    for crowded, notes, lines, owners_shown in tries:
        kind = room_type(stop.height, max(0.0, crowded))
        if crowded < 0:
            kind = RoomType(kind.title * (1 - crowded), kind.note * (1 - crowded))
        phase = _Phase(snapshot, owners, counts, stop, kind, notes, owners_shown, lines, words)
        layout = phase.lay_out()
        if layout.height <= stop.height + 0.5:
            return layout
    assert layout is not None
    return layout


def fits(layout: MapLayout, width: float, height: float) -> bool:
    return layout.width <= width + 0.5 and layout.height <= height + 0.5


def scale_to_fit(layout: MapLayout, width: float, height: float) -> float:
    """The zoom at which a room layout fills a screen (1 when it was made to fit)."""
    return min(1.0, width / layout.width, height / layout.height) if layout.width else 1.0


__all__ = [
    "RoomStop",
    "RoomType",
    "RoomWords",
    "fits",
    "room_layout",
    "room_type",
    "scale_to_fit",
]
