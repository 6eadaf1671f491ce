"""The boxes of one station, a phase label and the journey title, from the data they show.

Pure functions of their inputs, with the text measured once and remembered: a relayout after
an edit measures only the text that changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from models import fields, i18n, style
from models.document import JourneySnapshot
from models.layout.geometry import (
    CONTINUED,
    NEED_GAP,
    NEED_PAD,
    NEED_W,
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
    Point,
    Rect,
    StationBox,
    TextBlock,
)
from models.schema import Station
from models.text_metrics import shorten, wrap

TEXT_W: Final = SLOT_W - 2 * PHASE_PAD  # the column of a station's texts


# -- where things go across: every x of a station's box, from its centre x -----------------------
# The only places a box's x are computed: station_box makes a box with them and moved_box moves
# one with them, so a station that only steps aside in its lane is moved (nothing measured)
# and equals the box made afresh there.
# ``c`` is the poster's column scale (LayoutOptions.column_scale: 1 on the canvas); a box
# carries it as its slot's width over SLOT_W.
def text_width(c: float) -> float:
    """The width of a station's title, owner, quote and figures."""
    return SLOT_W * c - 2 * PHASE_PAD


def _column(cx: float, y: float, h: float, c: float) -> Rect:
    """A text in the station's column (title, owner, quote, figures)."""
    w = TEXT_W if c == 1.0 else text_width(c)
    return Rect(cx - w / 2, y, w, h)


def _card_rects(
    cx: float, y: float, h: float, text_y: float, text_h: float, c: float
) -> tuple[Rect, Rect]:
    """A note card and its text."""
    w = NEED_W * c
    rect = Rect(cx - w / 2, y, w, h)
    return rect, Rect(rect.x + NEED_PAD, text_y, w - 2 * NEED_PAD, text_h)


def _slot(cx: float, y: float, h: float, c: float) -> Rect:
    return Rect(cx - SLOT_W * c / 2, y, SLOT_W * c, h)


def marks(
    cx: float, cy: float, r: float, ideas: bool, moment: bool = False
) -> tuple[Point, Point, Point | None]:
    """The centres of the owner badge, the pain mark and the ideas mark (None: not shown).
    The ideas mark is bottom right of the marker; bottom left on a moment of truth, whose
    star badge is bottom right (``exporters.marks.paint_marker``)."""
    idea = (cx + (-r if moment else r) * 0.95, cy + r * 0.95) if ideas else None
    return (cx + r * 0.95, cy - r * 0.95), (cx - r * 1.05, cy - r * 0.95), idea


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
    more = i18n.gettext(CONTINUED)  # in the export's language (the window's on the canvas)
    return (*lines[: max(max_lines - 1, 1)], *wrapped(more, width, size, 2, bold))


def _title_lines(station: Station, options: LayoutOptions) -> tuple[str, ...]:
    size = style.STATION_TITLE_SIZE * options.text_scale
    width = text_width(options.column_scale)
    return fitted(station.title, width, size, options.title_lines, True, options.mark_cut)


def _need_lines(need: str, options: LayoutOptions) -> tuple[str, ...]:
    size = style.NEED_SIZE * options.text_scale
    inner = NEED_W * options.column_scale - 2 * NEED_PAD
    return fitted(need, inner, size, options.need_lines, False, options.mark_cut)


def _owner_lines(name: str, options: LayoutOptions) -> tuple[str, ...]:
    """The owner's name: one line, shortened on the canvas; on a poster (``mark_cut``)
    wrapped over two lines at most."""
    size = OWNER_SIZE * options.text_scale
    width = text_width(options.column_scale)
    if options.mark_cut:
        return wrapped(name, width, size, 2)
    return (shortened(name, width, size),)


def _title_block(station: Station, cx: float, top: float, options: LayoutOptions) -> TextBlock:
    size = style.STATION_TITLE_SIZE * options.text_scale
    lines = _title_lines(station, options)
    height = len(lines) * size * TITLE_LEADING
    return TextBlock(_column(cx, top, height, options.column_scale), tuple(lines), size, True)


def _need_cards(
    needs: list[str], cx: float, top: float, options: LayoutOptions
) -> tuple[tuple[NeedCard, ...], float]:
    cards = []
    y = top
    size = style.NEED_SIZE * options.text_scale
    for need in needs[: options.notes_shown]:
        lines = _need_lines(need, options)
        text_h = len(lines) * size * TITLE_LEADING
        rect, text_rect = _card_rects(
            cx, y, text_h + 2 * NEED_PAD, y + NEED_PAD, text_h, options.column_scale
        )
        text = TextBlock(text_rect, tuple(lines), size, align="left")
        cards.append(NeedCard(rect, text))
        y = rect.bottom + NEED_GAP
    return tuple(cards), y


FIGURES: Final = ("day", "customers", "duration_minutes", "drop_off_percent")
EXTRA_SIZE: Final = 10.5  # the first quote and the figures under the notes
EXTRA_LINES: Final = 2


def figures_text(station: Station) -> str:
    """A station's figures on one line, each with its label from the field registry."""
    parts = []
    for name in FIGURES:
        f = fields.field("station", name)
        value = f.display(getattr(station, name))
        if value:
            parts.append(f"{i18n.gettext(f.label)}: {value}")
    return "  ·  ".join(parts)


def _extras(
    station: Station, cx: float, top: float, options: LayoutOptions
) -> tuple[TextBlock, ...]:
    """The first quote and the figures, where their toggles show them."""
    texts = []
    if options.show_quotes and station.quotes:
        texts.append(fields.quote_text(station.quotes[0]))
    if options.show_figures:
        text = figures_text(station)
        if text:
            texts.append(text)
    blocks = []
    size = EXTRA_SIZE * options.text_scale
    y = top
    for text in texts:
        width = text_width(options.column_scale)
        lines = fitted(text, width, size, EXTRA_LINES, False, options.mark_cut)
        h = len(lines) * size * TITLE_LEADING
        column = _column(cx, y, h, options.column_scale)
        blocks.append(TextBlock(column, lines, size, color=style.MUTED))
        y += h + NEED_GAP
    return tuple(blocks)


@dataclass(frozen=True)
class _Below:
    """What goes under a station's title: owner, needs, pain points, quote and figures."""

    owner: TextBlock | None
    needs: tuple[NeedCard, ...]
    pains: tuple[NeedCard, ...]
    more: int
    extras: tuple[TextBlock, ...]
    bottom: float


def _below(
    s: Station, owner_name: str | None, options: LayoutOptions, cx: float, y: float
) -> _Below:
    """One home for the places under the title: the box and the block's height both come
    from here. Pain points are notes like needs, under them."""
    owner_block = None
    if options.show_owners and owner_name:
        owner_size = OWNER_SIZE * options.text_scale
        owner_lines = _owner_lines(owner_name, options)
        owner_block = TextBlock(
            _column(cx, y + 2, owner_size * TITLE_LEADING * len(owner_lines), options.column_scale),
            owner_lines,
            owner_size,
            color=style.MUTED,
        )
        y = owner_block.rect.bottom
    needs: tuple[NeedCard, ...] = ()
    pains: tuple[NeedCard, ...] = ()
    more = 0
    notes_top = y + 6
    if options.show_needs and s.needs:
        needs, y = _need_cards(s.needs, cx, notes_top, options)
        more += max(0, len(s.needs) - options.notes_shown)
    if options.show_pain_points and s.pain_points:
        pains, y = _need_cards(s.pain_points, cx, y if needs else notes_top, options)
        more += max(0, len(s.pain_points) - options.notes_shown)
    if more:
        y += style.NEED_SIZE * options.text_scale * TITLE_LEADING
    extras = _extras(s, cx, y + (2 if (needs or pains) else 4), options)
    if extras:
        y = extras[-1].rect.bottom
    return _Below(owner_block, needs, pains, more, extras, y)


def block_height(station: Station, owner_name: str | None, options: LayoutOptions) -> float:
    """The height a station's block needs below the row's top (the same places as the box)."""
    size = style.STATION_TITLE_SIZE * options.text_scale
    title_bottom = ROW_TOP + 2 * options.marker_r + TITLE_GAP
    title_bottom += len(_title_lines(station, options)) * size * TITLE_LEADING
    return _below(station, owner_name, options, 0.0, title_bottom).bottom + ROW_BOTTOM


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
    title = _title_block(s, cx, cy + options.marker_r + TITLE_GAP, options)
    below = _below(s, owner_name, options, cx, title.rect.bottom)
    r = options.marker_r
    badge, pain, idea = marks(cx, cy, r, options.show_ideas and action_count > 0, s.moment_of_truth)
    return StationBox(
        id=s.id,
        phase_id=s.phase_id,
        line_id=s.line_id,
        index=index,
        slot=_slot(cx, row_y, row_h, options.column_scale),
        center=(cx, cy),
        radius=r,
        color=color,
        emotion=s.emotion,
        moment_of_truth=s.moment_of_truth,
        title=title,
        owner=below.owner,
        owner_initials=style.initials(owner_name) if owner_name else None,
        owner_name=owner_name,
        badge_center=badge,
        pain_count=0,  # the pain points are notes (or hidden with their toggle)
        pain_center=pain,
        needs=below.needs,
        more_needs=below.more,
        action_count=action_count,
        pains=below.pains,
        idea_center=idea,
        extras=below.extras,
    )


def moved_box(box: StationBox, index: int, cx: float) -> StationBox:
    """``box`` at another place in its lane (``index``, centre ``cx``), everything else as it
    was: equal to the box :func:`station_box` makes there, without measuring any text.

    Built field by field (dataclasses.replace costs several times as much: a lane of 200
    stations steps aside on every move into it).
    """
    cy, r = box.center[1], box.radius
    badge, pain, idea = marks(cx, cy, r, box.idea_center is not None, box.moment_of_truth)
    c = box.slot.w / SLOT_W  # the column scale the box was made with

    def column(b: TextBlock) -> TextBlock:
        rect = _column(cx, b.rect.y, b.rect.h, c)
        return TextBlock(rect, b.lines, b.size, b.bold, b.align, b.color)

    def cards(notes: tuple[NeedCard, ...]) -> tuple[NeedCard, ...]:
        out = []
        for n in notes:
            t = n.text
            rect, text = _card_rects(cx, n.rect.y, n.rect.h, t.rect.y, t.rect.h, c)
            out.append(NeedCard(rect, TextBlock(text, t.lines, t.size, t.bold, t.align, t.color)))
        return tuple(out)

    return StationBox(
        id=box.id,
        phase_id=box.phase_id,
        line_id=box.line_id,
        index=index,
        slot=_slot(cx, box.slot.y, box.slot.h, c),
        center=(cx, cy),
        radius=r,
        color=box.color,
        emotion=box.emotion,
        moment_of_truth=box.moment_of_truth,
        title=column(box.title),
        owner=None if box.owner is None else column(box.owner),
        owner_initials=box.owner_initials,
        owner_name=box.owner_name,
        badge_center=badge,
        pain_count=box.pain_count,
        pain_center=pain,
        needs=cards(box.needs),
        more_needs=box.more_needs,
        action_count=box.action_count,
        pains=cards(box.pains),
        idea_center=idea,
        extras=tuple(column(t) for t in box.extras),
    )


def journey_title(snapshot: JourneySnapshot, width: float) -> tuple[TextBlock, TextBlock]:
    j = snapshot.journey
    _ = i18n.gettext  # in the export's language (the window's on the canvas)
    state = _("Future journey") if j.state == "future" else _("Today’s journey")
    parts = [state]
    if snapshot.persona is not None:
        parts.append(_("Persona: {name}").format(name=snapshot.persona.name))
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
