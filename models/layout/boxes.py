"""The boxes of one station, a phase label and the journey title, from the data they show.

Pure functions of their inputs, with the text measured once and remembered: a relayout after
an edit measures only the text that changed.
"""

from __future__ import annotations

from functools import lru_cache

from models import i18n, style
from models.document import JourneySnapshot
from models.layout.geometry import (
    CONTINUED,
    MARKER_R,
    NEED_GAP,
    NEED_PAD,
    NEED_W,
    NEEDS_SHOWN,
    OWNER_SIZE,
    PHASE_PAD,
    ROW_BOTTOM,
    ROW_TOP,
    SLOT_W,
    TITLE_GAP,
    TITLE_LEADING,
    LayoutOptions,
    NeedCard,
    PhaseBand,
    Rect,
    StationBox,
    TextBlock,
)
from models.schema import Station
from models.text_metrics import shorten, wrap


@lru_cache(maxsize=32768)
def wrapped(
    text: str, width: float, size: float, max_lines: int, bold: bool = False
) -> tuple[str, ...]:
    """``wrap``, remembered: a relayout after one edit measures only the text that changed
    (and each station's title and needs are measured once, not twice, per layout)."""
    return tuple(wrap(text, width, size, max_lines, bold))


@lru_cache(maxsize=8192)
def shortened(text: str, width: float, size: float, bold: bool = False) -> str:
    return shorten(text, width, size, bold)


def fitted(
    text: str, width: float, size: float, max_lines: int, bold: bool, mark_cut: bool
) -> tuple[str, ...]:
    """``text`` wrapped into at most ``max_lines`` lines: the last shortened with an ellipsis,
    or with ``mark_cut`` the lines that fit and then :data:`CONTINUED` (never a silent cut)."""
    if not mark_cut:
        return wrapped(text, width, size, max_lines, bold)
    lines = wrapped(text, width, size, 1000, bold)
    if len(lines) <= max_lines:
        return lines
    more = i18n.gettext(CONTINUED)  # in the export's language (English on the canvas)
    return (*lines[: max(max_lines - 1, 1)], *wrapped(more, width, size, 2, bold))


def _title_lines(station: Station, options: LayoutOptions) -> tuple[str, ...]:
    size = style.STATION_TITLE_SIZE * options.text_scale
    width = SLOT_W - 2 * PHASE_PAD
    return fitted(station.title, width, size, options.title_lines, True, options.mark_cut)


def _need_lines(need: str, options: LayoutOptions) -> tuple[str, ...]:
    size = style.NEED_SIZE * options.text_scale
    inner = NEED_W - 2 * NEED_PAD
    return fitted(need, inner, size, options.need_lines, False, options.mark_cut)


def _owner_lines(name: str, options: LayoutOptions) -> tuple[str, ...]:
    """The owner's name: one line, shortened on the canvas; on a poster (``mark_cut``)
    wrapped over two lines at most."""
    size = OWNER_SIZE * options.text_scale
    width = SLOT_W - 2 * PHASE_PAD
    if options.mark_cut:
        return wrapped(name, width, size, 2)
    return (shortened(name, width, size),)


def _title_block(station: Station, cx: float, top: float, options: LayoutOptions) -> TextBlock:
    width = SLOT_W - 2 * PHASE_PAD
    size = style.STATION_TITLE_SIZE * options.text_scale
    lines = _title_lines(station, options)
    height = len(lines) * size * TITLE_LEADING
    return TextBlock(Rect(cx - width / 2, top, width, height), tuple(lines), size, True)


def _need_cards(
    needs: list[str], cx: float, top: float, options: LayoutOptions
) -> tuple[tuple[NeedCard, ...], float]:
    cards = []
    y = top
    inner = NEED_W - 2 * NEED_PAD
    size = style.NEED_SIZE * options.text_scale
    for need in needs[:NEEDS_SHOWN]:
        lines = _need_lines(need, options)
        text_h = len(lines) * size * TITLE_LEADING
        rect = Rect(cx - NEED_W / 2, y, NEED_W, text_h + 2 * NEED_PAD)
        text = TextBlock(
            Rect(rect.x + NEED_PAD, y + NEED_PAD, inner, text_h),
            tuple(lines),
            size,
            align="left",
        )
        cards.append(NeedCard(rect, text))
        y = rect.bottom + NEED_GAP
    return tuple(cards), y


def block_height(station: Station, owner_name: str | None, options: LayoutOptions) -> float:
    """The height a station's block needs below the row's top (same rules as placement)."""
    k = options.text_scale
    lines = _title_lines(station, options)
    h = ROW_TOP + 2 * MARKER_R + TITLE_GAP
    h += len(lines) * style.STATION_TITLE_SIZE * k * TITLE_LEADING
    if options.show_owners and owner_name:
        h += len(_owner_lines(owner_name, options)) * OWNER_SIZE * k * TITLE_LEADING + 2
    if options.show_needs and station.needs:
        h += 6
        for need in station.needs[:NEEDS_SHOWN]:
            n = len(_need_lines(need, options))
            h += n * style.NEED_SIZE * k * TITLE_LEADING + 2 * NEED_PAD + NEED_GAP
        if len(station.needs) > NEEDS_SHOWN:
            h += style.NEED_SIZE * k * TITLE_LEADING
    return h + ROW_BOTTOM


def centre_label(p: PhaseBand) -> PhaseBand:
    n = len(p.label.lines)
    h = n * p.label.leading
    y = p.header.y + (p.header.h - h) / 2
    label = TextBlock(
        Rect(p.label.rect.x, y, p.label.rect.w, h), p.label.lines, p.label.size, bold=True
    )
    return PhaseBand(p.id, p.index, p.name, p.header, p.body, label, p.tint, p.header_color)


def station_box(
    s: Station,
    index: int,
    cx: float,
    row_y: float,
    row_h: float,
    cy: float,
    color: str,
    owner_name: str | None,
    options: LayoutOptions,
    action_count: int,
) -> StationBox:
    title = _title_block(s, cx, cy + MARKER_R + TITLE_GAP, options)
    y = title.rect.bottom
    owner_block = None
    if options.show_owners and owner_name:
        owner_size = OWNER_SIZE * options.text_scale
        owner_lines = _owner_lines(owner_name, options)
        owner_block = TextBlock(
            Rect(
                cx - (SLOT_W - 2 * PHASE_PAD) / 2,
                y + 2,
                SLOT_W - 2 * PHASE_PAD,
                owner_size * TITLE_LEADING * len(owner_lines),
            ),
            owner_lines,
            owner_size,
            color=style.MUTED,
        )
        y = owner_block.rect.bottom
    cards: tuple[NeedCard, ...] = ()
    more = 0
    if options.show_needs and s.needs:
        cards, _ = _need_cards(s.needs, cx, y + 6, options)
        more = max(0, len(s.needs) - NEEDS_SHOWN)
    r = MARKER_R
    return StationBox(
        id=s.id,
        phase_id=s.phase_id,
        line_id=s.line_id,
        index=index,
        slot=Rect(cx - SLOT_W / 2, row_y, SLOT_W, row_h),
        center=(cx, cy),
        radius=r,
        color=color,
        emotion=s.emotion,
        moment_of_truth=s.moment_of_truth,
        title=title,
        owner=owner_block,
        owner_initials=style.initials(owner_name) if owner_name else None,
        owner_name=owner_name,
        badge_center=(cx + r * 0.95, cy - r * 0.95),
        pain_count=len(s.pain_points),
        pain_center=(cx - r * 1.05, cy - r * 0.95),
        needs=cards,
        more_needs=more,
        action_count=action_count,
    )


def journey_title(snapshot: JourneySnapshot, width: float) -> tuple[TextBlock, TextBlock]:
    j = snapshot.journey
    state = "Future journey" if j.state == "future" else "Today's journey"
    parts = [state]
    if snapshot.persona is not None:
        parts.append(f"Persona: {snapshot.persona.name}")
    usable = max(width - 40, 300)
    title = TextBlock(
        Rect(26, 14, usable, 28),
        (shorten(j.name, usable, 24, bold=True),),
        24,
        bold=True,
        align="left",
    )
    subtitle = TextBlock(
        Rect(26, 46, usable, 18),
        (shorten("  ·  ".join(parts), usable, 13),),
        13,
        align="left",
        color=style.MUTED,
    )
    return title, subtitle
