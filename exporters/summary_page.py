"""The one-page summary: the page a client's director reads after the poster.

Four parts on one landscape office page (report units, :data:`exporters.painter_report.PAGE_W`
wide): the journey with the workshop's goal and persona; the journey at a glance, one column
per phase (how the customer felt there on average, its moments of truth, its pain points); the
top pain points (by the station's impact, then by how well they are known: observed before
reported before assumed); the quick wins and big bets with their owners
(:mod:`models.priority`). Text wraps, never cut; what does not fit the page is counted ("3
more in the action list"), never dropped silently. Everything in full is on the pages after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from exporters.fonts import FontSet
from exporters.marks import Painter, paint_scale_face
from exporters.painter_report import (
    MARGIN,
    PAGE_W,
    PRIORITY_FILLS,
    PRIORITY_RULES,
    ReportPage,
    Row,
    due_text,
)
from models import fields, rules, style
from models.document import JourneySnapshot
from models.i18n import gettext as _
from models.i18n import ngettext
from models.i18n import quote as in_quotes
from models.priority import Priority, action_sort_key, priority
from models.schema import Station, Workshop

__all__ = ["PainPoint", "summary_page", "top_pain_points"]

GAP: Final = 24.0
# The most pain points and actions of each kind the page lists, as far as the page has room.
TOP_PAINS: Final = 8
TOP_ACTIONS: Final = 6
LEAD: Final = 1.3
CARD: Final = style.PHASE_TINTS[0]  # a phase's card at a glance
STRIP: Final = 5.0  # the phase's colour along the card's top


@dataclass(frozen=True)
class PainPoint:
    text: str
    station: Station
    phase: str


def _evidence_rank(evidence: str | None) -> int:
    kinds = rules.EVIDENCE_KINDS  # observed, reported, assumed
    return kinds.index(evidence) if evidence in kinds else len(kinds)


def top_pain_points(snap: JourneySnapshot) -> list[PainPoint]:
    """Every pain point of the journey, the weightiest first: the station's impact (high
    first, unrated last), then its evidence (observed, reported, assumed, unknown), then map
    order."""
    phases = {p.id: p.name for p in snap.phases}
    found = [
        (i, PainPoint(text, s, phases.get(s.phase_id, "")))
        for i, s in enumerate(snap.stations)
        for text in s.pain_points
    ]
    found.sort(
        key=lambda t: (
            -(t[1].station.impact or 0),
            _evidence_rank(t[1].station.evidence),
            t[0],
        )
    )
    return [pp for _, pp in found]


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


class _Text:
    """Wrapped text drawn line by line from a top edge; returns the height used."""

    def __init__(self, p: Painter, fonts: FontSet) -> None:
        self.p, self.f = p, fonts

    def height(self, text: str, width: float, size: float, bold: bool = False) -> float:
        return len(self.f.wrap(text, width, size, bold)) * size * LEAD

    def draw(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        size: float,
        *,
        bold: bool = False,
        color: str = style.INK,
        align: str = "left",
    ) -> float:
        lines = self.f.wrap(text, width, size, bold)
        for i, line in enumerate(lines):
            tx = x + width / 2 if align == "center" else x
            self.p.text(
                tx,
                y + size * 0.95 + i * size * LEAD,
                line,
                size=size,
                bold=bold,
                color=color,
                align=align,
                max_width=width,
            )
        return len(lines) * size * LEAD


def summary_page(
    fonts: FontSet,
    workshop: Workshop,
    snap: JourneySnapshot,
    owners: dict[int, str],
    page_h: float,
    title: str,
) -> ReportPage:
    """The summary of ``snap`` as one report page of height ``page_h`` titled ``title``."""

    def draw(p: Painter, x: float, y: float) -> None:
        _paint(p, fonts, workshop, snap, owners, page_h)

    page = ReportPage(title, continued=False)
    page.placed.append((0.0, 0.0, Row(page_h, draw)))
    return page


def _section_label(p: Painter, x: float, y: float, text: str, color: str = style.MUTED) -> None:
    p.text(x, y, text, size=7, bold=True, color=color)


def _paint(
    p: Painter,
    fonts: FontSet,
    workshop: Workshop,
    snap: JourneySnapshot,
    owners: dict[int, str],
    page_h: float,
) -> None:
    t = _Text(p, fonts)
    width = PAGE_W - 2 * MARGIN
    x0, y = MARGIN, 70.0
    # 1. The journey, the goal and the persona: three columns of what the reader must know.
    j, persona = snap.journey, snap.persona
    col_w = (width - 2 * GAP) / 3
    facts = [
        (
            _("JOURNEY"),
            j.name,
            _("Future journey") if j.state == "future" else _("Today’s journey"),
        ),
        (_("BUSINESS GOAL"), workshop.business_goal or "—", workshop.organisation),
        (
            _("PERSONA"),
            persona.name if persona else "—",
            persona.quote and in_quotes(persona.quote) if persona else "",
        ),
    ]
    tallest = 0.0
    for k, (label, value, note) in enumerate(facts):
        cx = x0 + k * (col_w + GAP)
        _section_label(p, cx, y + 7, label)
        h = 12 + t.draw(cx, y + 12, value, col_w, 11, bold=True)
        if note:
            h += 2 + t.draw(cx, y + h + 2, note, col_w, 7.5, color=style.MUTED)
        tallest = max(tallest, h)
    y += tallest + 14
    p.line(x0, y, x0 + width, y, color=style.RULE, width=0.75)
    y += 16
    # 2. The journey at a glance: one column per phase.
    _section_label(p, x0, y, _("THE JOURNEY AT A GLANCE"))
    y += 8
    phases = snap.phases
    n = max(len(phases), 1)
    pw = (width - (n - 1) * 6) / n
    name_h = max((t.height(ph.name, pw - 12, 8.5, True) for ph in phases), default=0.0)
    card_h = STRIP + 14 + name_h + 8 + 26 + 10 + 3 * 12 + 6
    for i, ph in enumerate(phases):
        px = x0 + i * (pw + 6)
        members = [s for s in snap.stations if s.phase_id == ph.id]
        feel = _mean([s.emotion for s in members if s.emotion is not None])
        level = None if feel is None else max(-2, min(2, round(feel)))
        # A light card for the text (7:1 whatever the phase's colour), the phase's own colour
        # in a strip along its top, as on the map's header.
        p.rect(px, y, pw, card_h, fill=CARD, radius=4)
        p.rect(px, y, pw, STRIP, fill=style.phase_header(i, ph.color), radius=2)
        cy = y + STRIP + 8
        cy += t.draw(px + 6, cy, ph.name, pw - 12, 8.5, bold=True, align="center") + 8
        paint_scale_face(p, px + pw / 2, cy + 13, 13, level)
        cy += 26 + 10
        mood = _("Not assessed") if feel is None else _(style.EMOTION_LABELS[level or 0])
        p.text(px + pw / 2, cy, mood, size=7.5, bold=True, align="center", max_width=pw - 8)
        moments = sum(s.moment_of_truth for s in members)
        pain = sum(len(s.pain_points) for s in members)
        stats = [
            ngettext("{n} station", "{n} stations", len(members)).format(n=len(members)),
            ngettext("{n} moment of truth", "{n} moments of truth", moments).format(n=moments),
            ngettext("{n} pain point", "{n} pain points", pain).format(n=pain),
        ]
        for k, line in enumerate(stats):
            color = style.PAIN_INK if k == 2 and pain else style.MUTED
            p.text(
                px + pw / 2,
                cy + 12 + k * 12,
                line,
                size=7,
                color=color,
                align="center",
                max_width=pw - 8,
            )
    y += card_h + 22
    # 3. and 4.: the top pain points on the left, the quick wins and big bets on the right.
    bottom = page_h - 46
    left_w = (width - GAP) * 0.5
    right_x = x0 + left_w + GAP
    right_w = width - left_w - GAP
    _pains(p, t, fonts, snap, x0, y, left_w, bottom)
    _actions(p, t, snap, owners, right_x, y, right_w, bottom)


def _more_note(t: _Text, x: float, y: float, width: float, n: int, where: str) -> None:
    """ "3 more in the action list": ``where`` names the pages ("details" or "actions")."""
    if n:
        if where == "details":
            text = ngettext("{n} more in the station details", "{n} more in the station details", n)
        else:
            text = ngettext("{n} more in the action list", "{n} more in the action list", n)
        t.draw(x, y + 2, text.format(n=n), width, 7, color=style.MUTED)


def _pains(
    p: Painter,
    t: _Text,
    fonts: FontSet,
    snap: JourneySnapshot,
    x: float,
    y: float,
    width: float,
    bottom: float,
) -> None:
    _section_label(p, x, y, _("TOP PAIN POINTS"), style.PAIN_INK)
    p.text(x + width, y, _("by impact, then evidence"), size=6.5, color=style.MUTED, align="right")
    y += 8
    pains = top_pain_points(snap)
    if not pains:
        t.draw(x, y, _("No pain points recorded."), width, 8, color=style.MUTED)
        return
    shown = 0
    for k, pp in enumerate(pains[:TOP_PAINS]):
        s = pp.station
        meta = [pp.station.title, pp.phase]
        if s.impact is not None:
            meta.append(_("impact {value} / 5").format(value=s.impact))
        if s.evidence:
            meta.append(_(fields.EVIDENCE_LABELS.get(s.evidence, s.evidence)).lower())
        meta_text = " · ".join(m for m in meta if m)
        h = t.height(pp.text, width - 26, 9, True) + t.height(meta_text, width - 26, 7) + 10
        if y + h > bottom - 12:
            break
        p.text(x + 16, y + 13, str(k + 1), size=14, bold=True, color=style.PAIN_INK, align="right")
        y += t.draw(x + 26, y + 2, pp.text, width - 26, 9, bold=True) + 2
        y += t.draw(x + 26, y, meta_text, width - 26, 7, color=style.MUTED) + 8
        shown += 1
    _more_note(t, x + 26, y, width - 26, len(pains) - shown, "details")


def _actions(
    p: Painter,
    t: _Text,
    snap: JourneySnapshot,
    owners: dict[int, str],
    x: float,
    y: float,
    width: float,
    bottom: float,
) -> None:
    actions = sorted(snap.actions, key=action_sort_key)
    stations = {s.id: s for s in snap.stations}
    groups = [
        (Priority.QUICK_WIN, _("QUICK WINS")),
        (Priority.BIG_BET, _("BIG BETS")),
    ]
    for prio, label in groups:
        rule = _(PRIORITY_RULES[prio])
        members = [a for a in actions if priority(a.effort, a.value) is prio]
        p.rect(x, y - 8, width, 13, fill=PRIORITY_FILLS[prio], radius=2)
        p.text(x + 5, y + 1.5, label, size=7, bold=True)
        p.text(x + width - 5, y + 1.5, rule, size=6.5, align="right")  # ink: 7:1 on the tint
        y += 12
        if not members:
            y += t.draw(x + 5, y, _("None yet."), width - 10, 8, color=style.MUTED) + 8
            continue
        shown = 0
        room = bottom - 12 - (40 if prio is Priority.QUICK_WIN else 0)
        for a in members[:TOP_ACTIONS]:
            owner = owners.get(a.owner_id, "") if a.owner_id is not None else ""
            st = stations.get(a.station_id) if a.station_id is not None else None
            meta = " · ".join(
                m
                for m in (
                    _("Owner: {name}").format(name=owner) if owner else _("No owner yet"),
                    st.title if st else "",
                    _("due {date}").format(date=due_text(a.due)) if a.due else "",
                )
                if m
            )
            h = t.height(a.title, width - 10, 8.5, True) + t.height(meta, width - 10, 7) + 7
            if y + h > room:
                break
            y += t.draw(x + 5, y, a.title, width - 10, 8.5, bold=True) + 1
            color = style.INK if owner else style.PAIN_INK
            y += t.draw(x + 5, y, meta, width - 10, 7, color=color) + 6
            shown += 1
        _more_note(t, x + 5, y - 4, width - 10, len(members) - shown, "actions")
        y += 14 if len(members) > shown else 8
