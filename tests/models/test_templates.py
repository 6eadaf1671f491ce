"""Which template a journey follows, recognised without a stored field."""

from __future__ import annotations

from models import templates


def test_a_journey_is_recognised_by_its_template_phases_in_any_language():
    """Which template a journey follows is not stored: it is recognised by its phases (for
    the description's placeholder), whatever language the template was made in."""
    for name in ("lifecycle", "onboarding"):
        for language in ("en", "da", "fi", "fr"):
            phases = [p["name"] for p in templates.template_journey(name, language)["phases"]]
            assert templates.template_of(phases) == name
            assert templates.template_of([*phases[: len(phases) // 2 + 1], "Our own"]) == name
            assert templates.template_of(phases[:1] + ["Renamed"] * 7) is None
    assert templates.template_of(["Awareness", "Purchase"]) is None
    assert templates.template_of([]) is None
