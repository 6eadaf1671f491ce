"""The View toggles (models.view_options.MapToggles) reach the shared layout: pain points as
notes under the needs, the ideas mark, the first quote and the figures, each only when on."""

from __future__ import annotations

from models import colour_vision, style
from models.document import Document
from models.layout import compute_layout
from models.view_options import MapToggles


def _boxes(document: Document, toggles: MapToggles):
    journey = document.journeys()[0]
    snap = document.snapshot(journey.id)
    owners = {o.id: o.name for o in document.owners()}
    layout = compute_layout(snap, owners, toggles.layout_options())
    return snap, layout


def test_pain_points_are_notes_under_the_needs_only_when_shown(document: Document):
    snap, layout = _boxes(document, MapToggles())
    station = next(s for s in snap.stations if s.pain_points and s.needs)
    box = layout.station(station.id)
    assert box is not None
    shown = [" ".join(card.text.lines) for card in box.pains]
    assert shown and shown[0].replace(" ", "") == station.pain_points[0].replace(" ", "")
    assert box.pains[0].rect.y > box.needs[-1].rect.bottom, "under the needs"
    assert box.slot.bottom >= box.pains[-1].rect.bottom, "the row makes room for them"
    assert box.pain_count == 0, "no triangle beside the notes"

    _snap, off = _boxes(document, MapToggles(pain_points=False, needs=False))
    hidden = off.station(station.id)
    assert hidden is not None and hidden.pains == () and hidden.needs == ()
    assert off.height < layout.height, "the rows close up"


def test_the_ideas_mark_follows_its_toggle(document: Document):
    snap, layout = _boxes(document, MapToggles())
    linked = {a.station_id for a in snap.actions if a.station_id is not None}
    assert linked
    for sid in linked:
        box = layout.station(sid)
        assert box is not None and box.action_count and box.idea_center is not None
    _snap, off = _boxes(document, MapToggles(ideas=False))
    assert all(off.station(sid).idea_center is None for sid in linked)  # type: ignore[union-attr]


def test_quotes_and_figures_show_only_when_asked(document: Document):
    snap, layout = _boxes(document, MapToggles())
    assert all(not b.extras for b in layout.stations)
    _snap, on = _boxes(document, MapToggles(quotes=True, figures=True))
    with_quote = next(s for s in snap.stations if s.quotes)
    box = on.station(with_quote.id)
    assert box is not None
    text = " ".join(" ".join(block.lines) for block in box.extras)
    assert with_quote.quotes[0]["text"].split()[0] in text
    with_figures = next(s for s in snap.stations if s.customers is not None)
    box = on.station(with_figures.id)
    assert box is not None
    assert any("Customers:" in " ".join(b.lines) for b in box.extras)


def test_toggles_read_back_from_storage_never_fail():
    assert MapToggles.from_dict(None) == MapToggles()
    assert MapToggles.from_dict({"needs": "yes", "quotes": True, "drop": 1}) == MapToggles(
        quotes=True
    )
    toggles = MapToggles(pain_points=False, figures=True)
    assert MapToggles.from_dict(toggles.as_dict()) == toggles


def test_pain_notes_read_and_part_from_needs_for_colour_blind_readers():
    for fill in (style.NORMAL.pain_card, style.PROJECTOR.pain_card):
        assert colour_vision.contrast(style.INK, fill) >= 7.0
    assert colour_vision.contrast("#FFFFFF", style.IDEA_BADGE) >= 7.0
    need, pain = style.NORMAL.need_edge, style.NORMAL.pain_edge
    for deficiency in ("protanopia", "deuteranopia", "tritanopia"):
        a = colour_vision.simulate(need, deficiency)
        b = colour_vision.simulate(pain, deficiency)
        assert colour_vision.delta_e(a, b) >= 20, deficiency
