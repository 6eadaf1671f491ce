"""Tooltips for the map: the station's details with the owner's full name, a phase's
description, a line's kind. Everything the user typed is escaped (tooltips read HTML)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from app.translations import plural, translate
from models import style
from models.schema import Line, Phase, Station
from widgets.field_texts import field_text

if TYPE_CHECKING:
    from widgets.canvas.scene import MapScene


def tooltip_at(scene: MapScene, pos: QPointF) -> str:
    """The tooltip for the station, phase header or line label at ``pos`` ("" for none)."""
    hit = scene.hit(pos)
    snapshot, layout = scene.snapshot, scene.layout
    if hit is None or snapshot is None or layout is None:
        return ""
    if hit.kind == "station":
        station = next((s for s in snapshot.stations if s.id == hit.id), None)
        box = layout.station(hit.id)
        if station is None or box is None:
            return ""
        owner = scene.owner_names().get(station.owner_id) if station.owner_id else None
        ideas = [a.title for a in snapshot.actions if a.station_id == station.id]
        return station_tooltip(station, owner, ideas)
    if hit.kind == "phase":
        phase = next((p for p in snapshot.phases if p.id == hit.id), None)
        return phase_tooltip(phase) if phase else ""
    line = next((ln for ln in snapshot.lines if ln.id == hit.id), None)
    return line_tooltip(line) if line else ""


def _para(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _list(title: str, items: list[str], limit: int = 6) -> str:
    shown = "".join(f"<li>{escape(i)}</li>" for i in items[:limit])
    more = (
        f"<li>{escape(plural('MapTooltips', '… %n more', len(items) - limit))}</li>"
        if len(items) > limit
        else ""
    )
    return f"<p style='margin:4px 0 0 0'><b>{title}</b></p><ul style='margin:0'>{shown}{more}</ul>"


def station_tooltip(station: Station, owner: str | None, ideas: list[str]) -> str:
    """The station's details; ``ideas`` are the titles of the actions linked to it."""
    parts = [f"<p style='margin:0'><b>{_para(station.title)}</b></p>"]
    facts = []
    if station.emotion is None:
        facts.append(translate("MapTooltips", "Emotion: not assessed"))
    else:
        facts.append(
            translate("MapTooltips", "Emotion: {label} ({value})").format(
                label=field_text(style.EMOTION_LABELS[station.emotion]),
                value=f"{station.emotion:+d}",
            )
        )
    if station.moment_of_truth:
        facts.append(translate("MapTooltips", "★ Moment of truth"))
    if owner:
        facts.append(translate("MapTooltips", "Owner: {name}").format(name=escape(owner)))
    if station.touchpoint:
        facts.append(
            translate("MapTooltips", "Touchpoint: {text}").format(text=escape(station.touchpoint))
        )
    parts.append("<p style='margin:2px 0 0 0'>" + "<br>".join(facts) + "</p>")
    if station.description:
        desc = station.description
        desc = desc if len(desc) <= 400 else desc[:399] + "…"
        parts.append(f"<p style='margin:4px 0 0 0'>{_para(desc)}</p>")
    if station.needs:
        parts.append(_list(translate("MapTooltips", "Needs"), station.needs))
    if station.pain_points:
        parts.append(_list(translate("MapTooltips", "Pain points"), station.pain_points))
    if ideas:
        parts.append(_list(translate("MapTooltips", "Improvement ideas"), ideas))
    return "<div style='max-width:340px'>" + "".join(parts) + "</div>"


def phase_tooltip(phase: Phase) -> str:
    text = f"<b>{_para(phase.name)}</b>"
    if phase.description:
        text += f"<br>{_para(phase.description)}"
    return f"<div style='max-width:320px'>{text}</div>"


def line_tooltip(line: Line) -> str:
    kind = (
        translate("MapTooltips", "Backstage line")
        if line.kind == "backstage"
        else translate("MapTooltips", "Frontstage line")
    )
    return f"<b>{_para(line.name)}</b><br>{escape(kind)}"
