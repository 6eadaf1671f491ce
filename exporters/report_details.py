"""The station details pages: every station of a journey in full, with its needs, pain points,
quotes, owner, figures and ideas, flowed into columns by :func:`exporters.painter_report.flow`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from exporters.fonts import FontSet
from exporters.marks import Painter, paint_marker
from exporters.painter_report import (
    EVERYTHING,
    Block,
    Draw,
    Row,
    Section,
    column_width,
    due_text,
    heading,
    spacer,
    status_label,
    text_rows,
)
from models import fields, style
from models.document import JourneySnapshot
from models.i18n import gettext as _
from models.i18n import ngettext
from models.i18n import quote as in_quotes
from models.priority import action_sort_key, priority
from models.schema import Action, Station, Workshop
from models.view_options import MapToggles

__all__ = ["details_section", "station_facts"]


def _emotion_text(emotion: int | None) -> str:
    if emotion is None:
        return _("Emotion not assessed")
    return f"{_(style.EMOTION_LABELS[emotion])} ({_signed(emotion)})"


def _signed(n: int) -> str:
    """+2, 0, −2 (with a true minus sign)."""
    return f"+{n}" if n > 0 else ("0" if n == 0 else f"−{-n}")


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


# The station's data in the DATA line, in this order (labels and formats: models.fields).
_FACTS: Final = (
    "impact",
    "performance",
    "target",
    "day",
    "customers",
    "duration_minutes",
    "drop_off_percent",
    "evidence",
)


def station_facts(s: Station) -> str:
    """The station's data in one readable line ("" when nothing is known):
    "Impact 4 / 5 · Target 4 / 5 (gap +2) · Customers 1,200 · Duration 12 min", in the
    export's language."""
    facts = []
    for name in _FACTS:
        f = fields.field("station", name)
        value = getattr(s, name)
        shown = f.display(value)
        if not shown:
            continue
        if name == "evidence":
            shown = _(fields.EVIDENCE_LABELS.get(value, shown))
        if name == "target" and s.target is not None and s.performance is not None:
            gap = _("gap {value}").format(value=_signed(s.target - s.performance))
            shown += f" ({gap})"
        label = _(f.label)
        facts.append(
            f"{label} {shown}" if f.kind is not fields.Kind.CHOICE else f"{label}: {shown}"
        )
    return " · ".join(facts)


def _label_row(text: str, color: str = style.MUTED, indent: float = 0.0) -> Row:
    def draw(p: Painter, x: float, y: float) -> None:
        p.text(x + indent, y + 9, text, size=6.5, bold=True, color=color)

    return Row(11.5, draw, keep_next=True)


def _station_block(
    fonts: FontSet,
    s: Station,
    where: str,
    ring: str,
    owner: str,
    actions: Sequence[Action],
    width: float,
    show: MapToggles | None = None,
) -> Block:
    show = show or EVERYTHING
    title_size, indent = 9.5, 20.0
    rows: list[Row] = []
    title_lines = fonts.wrap(s.title, width - indent, title_size, True)
    for i, line in enumerate(title_lines):

        def draw(p: Painter, x: float, y: float, line: str = line, first: bool = i == 0) -> None:
            if first:
                paint_marker(
                    p, x + 7, y + 6.5, 6.5, s.emotion, ring, moment_of_truth=s.moment_of_truth
                )
            p.text(
                x + indent,
                y + title_size * 0.98,
                line,
                size=title_size,
                bold=True,
                max_width=width - indent,
            )

        rows.append(Row(title_size * 1.3, draw, keep_next=True))
    meta = [where]
    if owner:
        meta.append(_("Owner: {name}").format(name=owner))
    meta.append(_emotion_text(s.emotion))
    if s.moment_of_truth:
        meta.append(_("Moment of truth"))
    rows += text_rows(fonts, " · ".join(meta), width, size=7, color=style.MUTED, indent=indent)
    if s.touchpoint:
        rows += text_rows(
            fonts,
            _("Touchpoint: {text}").format(text=s.touchpoint),
            width,
            size=7,
            color=style.MUTED,
            indent=indent,
        )
    rows.append(spacer(3))
    if s.description:
        rows += text_rows(fonts, s.description, width, indent=indent)
        rows.append(spacer(3))
    sections: list[tuple[str, list[str], str]] = [
        (_("NEEDS"), s.needs if show.needs else [], style.MUTED),
        (_("PAIN POINTS"), s.pain_points if show.pain_points else [], style.PAIN_INK),
    ]
    for label, items, color in sections:
        if not items:
            continue
        rows.append(_label_row(label, color, indent))
        for item in items:
            rows += text_rows(fonts, item, width, indent=indent + 8, bullet="•", bullet_color=color)
        rows.append(spacer(2))
    if s.quotes and show.quotes:
        said = fields.field("station", "quotes")
        rows.append(_label_row(_(said.label).upper(), indent=indent))
        for quote in s.quotes:
            rows += text_rows(
                fonts, fields.quote_text(quote), width, indent=indent + 8, color=style.MUTED
            )
        rows.append(spacer(2))
    facts = station_facts(s) if show.figures else ""
    if facts:
        rows.append(_label_row(_("DATA"), indent=indent))
        rows += text_rows(fonts, facts, width, indent=indent)
        rows.append(spacer(2))
    if actions:
        rows.append(_label_row(_("ACTIONS"), indent=indent))
        for a in actions:
            prio = priority(a.effort, a.value).label
            due = " · " + _("due {date}").format(date=due_text(a.due)) if a.due else ""
            text = f"{a.title} — {prio} · {status_label(a.status)}{due}"
            rows += text_rows(fonts, text, width, indent=indent + 9, bullet="›")
    more = _("{name} (continued)").format(name=s.title)
    continued = text_rows(fonts, more, width, size=7, bold=True, color=style.MUTED, indent=indent)
    head = Row(sum(r.height for r in continued) + 3, _joined(continued))
    return Block(rows, gap=12, continued=head)


def _joined(rows: Sequence[Row]) -> Draw:
    """One row that draws ``rows`` one under the other."""

    def draw(p: Painter, x: float, y: float) -> None:
        for row in rows:
            row.draw(p, x, y)
            y += row.height

    return draw


def details_section(
    fonts: FontSet,
    snapshot: JourneySnapshot,
    owners: dict[int, str],
    workshop: Workshop | None = None,
    toggles: MapToggles | None = None,
) -> Section:
    """Every station of the journey in map order with all it holds, in two columns, after
    the workshop, the journey and its persona in full (the poster may have had to cut them).
    ``toggles`` (the canvas's) leave out needs, pain points, ideas, quotes, owners or figures;
    None shows everything."""
    show = toggles or EVERYTHING
    width = column_width(2)
    lines = {ln.id: ln for ln in snapshot.lines}
    by_station: dict[int, list[Action]] = {}
    for a in sorted(snapshot.actions, key=action_sort_key):
        if a.station_id is not None:
            by_station.setdefault(a.station_id, []).append(a)
    blocks: list[Block] = []
    j, persona = snapshot.journey, snapshot.persona
    intro: list[Row] = []
    if workshop is not None:
        intro += [_label_row(_("WORKSHOP")), *text_rows(fonts, workshop.title, width, bold=True)]
        for name in ("organisation", "segment", "business_goal"):
            value = getattr(workshop, name)
            if value:
                label = _(fields.field("workshop", name).label)
                intro += text_rows(fonts, f"{label}: {value}", width)
        intro.append(spacer(4))
    state = _("future journey") if j.state == "future" else _("today’s journey")
    # The state on a line of its own: a future journey's name often says "(future)" already.
    intro += [_label_row(_("JOURNEY")), *text_rows(fonts, j.name, width, bold=True)]
    intro += text_rows(fonts, state[:1].upper() + state[1:], width)
    intro.append(spacer(4))
    for label, text in ((_("ABOUT THIS JOURNEY"), j.description), (_("STORYLINE"), j.storyline)):
        if text:
            intro += [_label_row(label), *text_rows(fonts, text, width), spacer(4)]
    if persona is not None:
        intro += [_label_row(_("PERSONA")), *text_rows(fonts, persona.name, width, bold=True)]
        if persona.description:
            intro += text_rows(fonts, persona.description, width)
        for name in ("goals", "needs", "frustrations"):
            items = getattr(persona, name)
            if items:
                label = _(fields.field("persona", name).label)
                intro += text_rows(fonts, f"{label}: " + "; ".join(items), width)
        if persona.quote:
            intro += text_rows(fonts, in_quotes(persona.quote), width, color=style.MUTED)
    if not snapshot.actions:  # no action list pages then: say so here instead
        intro += [
            _label_row(_("ACTIONS")),
            *text_rows(fonts, _("No actions yet for this journey."), width, color=style.MUTED),
            spacer(4),
        ]
    if not snapshot.stations:
        intro += [
            _label_row(_("STATIONS")),
            *text_rows(fonts, _("No stations yet for this journey."), width, color=style.MUTED),
        ]
    if intro:
        blocks.append(Block(intro, gap=14, together=False))
    for phase in snapshot.phases:
        members = [s for s in snapshot.stations if s.phase_id == phase.id]
        head = [
            heading(
                fonts,
                f"{snapshot.phase_index(phase.id) + 1}. {phase.name}",
                style.phase_header(snapshot.phase_index(phase.id), phase.color),
                width,
                ngettext("{n} station", "{n} stations", len(members)).format(n=len(members)),
            )
        ]
        if phase.description:
            head += text_rows(fonts, phase.description, width, color=style.MUTED)
            head[-1].keep_next = True
        head.append(spacer(4))
        head[-1].keep_next = True
        if not members:  # a phase without stations has nothing to detail (the map shows it)
            continue
        for k, s in enumerate(members):
            line = lines[s.line_id]
            kind = " (" + _("backstage") + ")" if line.kind == "backstage" else ""
            owner = owners.get(s.owner_id, "") if s.owner_id is not None else ""
            ring = style.line_color(snapshot.line_index(line.id), line.kind, line.color)
            block = _station_block(
                fonts,
                s,
                f"{line.name}{kind}",
                ring,
                owner if show.owners else "",
                by_station.get(s.id, []) if show.ideas else [],
                width,
                show,
            )
            if k == 0:
                block.rows[:0] = head
            blocks.append(block)
    return Section(_("Stations in detail") + " · " + j.name, 2, blocks)
