"""Whole-journey operations: the future journey and journeys from templates (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import edits, fields
from models.document import Document, EditError
from models.journey_ops import (
    ActionRecord,
    action_records,
    add_journey_from_template,
    comparison_pair,
    design_future_journey,
    future_name,
    station_refs,
)
from models.schema import row_values
from models.templates import template_journey, template_names, template_title
from models.transfer import export_document

# Every station field but where it is (the copy gets its own phase and line).
STATION_FIELDS = (*fields.copied("station"), "owner_id")


def today_id(doc: Document) -> int:
    return next(j.id for j in doc.journeys() if j.name == "Onboarding today")


def test_future_journey_copies_the_map_but_not_the_actions(document: Document) -> None:
    source_id = today_id(document)
    before = document.snapshot(source_id)
    assert before.actions, "the sample's today journey has actions"
    edit = design_future_journey(source_id)
    document.apply(edit)
    new_id = edit.result

    copy = document.snapshot(new_id)
    journey = copy.journey
    assert journey.name == "Onboarding today (future)"
    assert journey.state == "future"
    assert journey.persona_id == before.journey.persona_id is not None
    assert journey.description == before.journey.description
    assert journey.storyline == before.journey.storyline
    # Right after its source in the journey list.
    order = [j.id for j in document.journeys()]
    assert order[order.index(source_id) + 1] == new_id

    assert [(p.name, p.description, p.color) for p in copy.phases] == [
        (p.name, p.description, p.color) for p in before.phases
    ]
    assert [(ln.name, ln.kind, ln.color) for ln in copy.lines] == [
        (ln.name, ln.kind, ln.color) for ln in before.lines
    ]
    assert {p.id for p in copy.phases}.isdisjoint(p.id for p in before.phases)
    # Stations: every field, in order, in the phase and line of the same index.
    assert len(copy.stations) == len(before.stations) > 0
    for old, new in zip(before.stations, copy.stations, strict=True):
        assert new.id != old.id
        assert new.journey_id == new_id
        for name in STATION_FIELDS:
            assert getattr(new, name) == getattr(old, name), name
        assert before.phase_index(old.phase_id) == copy.phase_index(new.phase_id)
        assert before.line_index(old.line_id) == copy.line_index(new.line_id)
    assert any(s.needs for s in copy.stations) and any(s.owner_id for s in copy.stations)
    # Actions stay with today's journey.
    assert copy.actions == []
    assert [row_values(a) for a in document.actions(source_id)] == [
        row_values(a) for a in before.actions
    ]


def test_future_journey_is_one_undo_step(document: Document) -> None:
    original = export_document(document)
    edit = design_future_journey(today_id(document))
    document.apply(edit)
    assert len(document.journeys()) == len(original["journeys"]) + 1
    document.revert(edit)
    assert export_document(document) == original
    document.apply(edit)  # redo gives the same ids back
    assert document.journey(edit.result) is not None
    assert len(document.stations(edit.result)) == len(document.stations(today_id(document)))


def test_future_journey_survives_reopening(document: Document, workshop_path: Path) -> None:
    edit = design_future_journey(today_id(document))
    document.apply(edit)
    expected = export_document(document)
    document.close()
    with Document.open(workshop_path) as again:
        assert export_document(again) == expected


def test_future_of_a_missing_journey_is_refused(document: Document) -> None:
    original = export_document(document)
    with pytest.raises(EditError, match="no longer exists"):
        document.apply(design_future_journey(9999))
    assert export_document(document) == original


def test_future_name_stays_within_the_limit() -> None:
    assert future_name("Onboarding") == "Onboarding (future)"
    long = future_name("x" * 200)
    assert len(long) == 200 and long.endswith("… (future)")


def test_templates_are_listed_blank_first() -> None:
    names = template_names()
    assert names[0] == "blank"
    assert {"lifecycle", "onboarding"} <= set(names)
    assert template_title("lifecycle") == "Customer lifecycle"


@pytest.mark.parametrize("name", ["blank", "lifecycle", "onboarding"])
def test_journey_from_template(document: Document, name: str) -> None:
    template = template_journey(name)
    original = export_document(document)
    persona = document.personas()[0]
    edit = add_journey_from_template(name, "  Moving house  ", persona_id=persona.id)
    document.apply(edit)
    snap = document.snapshot(edit.result)
    assert snap.journey.name == "Moving house"
    assert snap.journey.state == "current"
    assert snap.journey.persona_id == persona.id
    assert snap.journey.description == template["description"]
    assert document.journeys()[-1].id == edit.result
    assert [p.name for p in snap.phases] == [p["name"] for p in template["phases"]]
    assert [(ln.name, ln.kind) for ln in snap.lines] == [
        (ln["name"], ln["kind"]) for ln in template["lines"]
    ]
    assert [s.title for s in snap.stations] == [s["title"] for s in template["stations"]]
    assert all(s.owner_id is None for s in snap.stations)
    assert snap.actions == []
    document.revert(edit)
    assert export_document(document) == original


def test_template_rules(document: Document) -> None:
    with pytest.raises(EditError, match="no template"):
        add_journey_from_template("../samples/sample", "X")
    with pytest.raises(EditError, match="name"):
        add_journey_from_template("blank", "   ")
    with pytest.raises(EditError, match="persona"):
        document.apply(add_journey_from_template("blank", "X", persona_id=9999))


def test_station_refs_name_every_station(document: Document) -> None:
    refs = station_refs(document)
    total = sum(len(document.stations(j.id)) for j in document.journeys())
    assert len(refs) == total
    jid = today_id(document)
    mine = {r.id: r for r in station_refs(document, jid)}
    for s in document.stations(jid):
        ref = mine[s.id]
        assert (ref.title, ref.phase_id, ref.journey_id, ref.owner_id) == (
            s.title,
            s.phase_id,
            s.journey_id,
            s.owner_id,
        )


def test_comparison_pairs(document: Document) -> None:
    journeys = document.journeys()
    today = today_id(document)
    tomorrow = next(j.id for j in journeys if j.state == "future")
    # The sample's future journey has another name but the same persona.
    assert comparison_pair(journeys, today) == (today, tomorrow)
    assert comparison_pair(journeys, tomorrow) == (today, tomorrow)
    # A designed future journey is found by its name first.
    edit = design_future_journey(today)
    document.apply(edit)
    journeys = document.journeys()
    assert comparison_pair(journeys, today) == (today, edit.result)
    assert comparison_pair(journeys, edit.result) == (today, edit.result)
    assert comparison_pair(journeys, 9999) == (None, None)
    # A lone journey has no partner.
    lone = edits.add_journey("Lone", ["A"], [("Web", "frontstage")])
    document.apply(lone)
    alone = [j for j in document.journeys() if j.id == lone.result]
    assert comparison_pair(alone, lone.result) == (lone.result, None)


def test_action_records_match_the_actions(document: Document) -> None:
    actions = document.actions()
    records = action_records(document)
    assert [r.id for r in records] == [a.id for a in actions]  # document order
    for record, action in zip(records, actions, strict=True):
        assert record._asdict() == {k: getattr(action, k) for k in ActionRecord._fields}
    jid = today_id(document)
    assert [r.id for r in action_records(document, journey_id=jid)] == [
        a.id for a in document.actions(jid)
    ]
    some = [actions[3].id, actions[0].id]
    assert {r.id for r in action_records(document, ids=some)} == set(some)
    assert action_records(document, ids=[]) == []
