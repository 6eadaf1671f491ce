"""Deterministic generator of the large benchmark document (interchange format, version 1).

The default document is a big but realistic workshop: 3 journeys of 800 stations each over
8 phases and 6 lines (2 of them backstage), stations spread unevenly like on a real map,
200 actions per journey, 30 owners and 4 personas. Every optional field is sometimes set and
sometimes left at its default, and every key the spec lists is written.

Usage::

    python bench/generate.py [path]    # default: bench/out/big.json
    python bench/generate.py --journeys 1 --stations 8000 out.json   # one 8,000-station journey

The scale is an option: ``--stations`` per journey (default 800), ``--journeys`` (default 3)
and ``--actions`` per journey (default 200; a quarter of the stations when ``--stations`` is
given without it), so the canvas and poster benchmarks can measure how costs grow with a map.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "big.json"

PHASES: list[tuple[str, str]] = [
    ("Discovers", "Becomes aware of a need and of us."),
    ("Considers", "Compares options and looks for proof."),
    ("Buys", "Decides, orders and pays."),
    ("Starts using", "Delivery, set-up and the first experience."),
    ("Uses", "Everyday use of the product or service."),
    ("Gets support", "Asks for help, reports a problem or complains."),
    ("Buys again", "Renews, upgrades or buys more."),
    ("Leaves", "Cancels, switches or simply stops using."),
]
# Typical day ranges per phase (days since sign-up), used when a station has a day.
PHASE_DAYS: list[tuple[int, int]] = [
    (-60, -21),
    (-20, -1),
    (0, 0),
    (1, 14),
    (15, 180),
    (5, 300),
    (300, 365),
    (330, 400),
]
LINES: list[tuple[str, str, str]] = [
    ("Web", "frontstage", "#1F7A8C"),
    ("App", "frontstage", "#3A86FF"),
    ("Shop", "frontstage", "#E09F3E"),
    ("Phone & chat", "frontstage", "#9E2A2B"),
    ("Logistics", "backstage", "#6C757D"),
    ("Billing & IT", "backstage", "#495057"),
]
LINE_WEIGHTS: list[float] = [3.0, 2.5, 1.2, 2.0, 0.8, 0.6]

VERBS: list[str] = [
    "Compares",
    "Checks",
    "Reads",
    "Searches for",
    "Asks about",
    "Fills in",
    "Receives",
    "Pays",
    "Downloads",
    "Installs",
    "Reports",
    "Cancels",
    "Changes",
    "Books",
    "Waits for",
    "Updates",
    "Reviews",
    "Sends",
    "Confirms",
    "Tracks",
    "Returns",
    "Renews",
]
OBJECTS: list[str] = [
    "prices",
    "the offer",
    "customer reviews",
    "the order form",
    "delivery status",
    "the first invoice",
    "payment options",
    "the welcome email",
    "the mobile app",
    "opening hours",
    "a missing parcel",
    "the contract terms",
    "the loyalty programme",
    "a service visit",
    "the user guide",
    "contact details",
    "the monthly statement",
    "a price change",
    "the complaint",
    "a replacement part",
    "the cancellation form",
    "a refund",
]
QUALIFIERS: list[str] = [
    "online",
    "in the app",
    "by phone",
    "in the shop",
    "by email",
    "with a friend",
    "on the website",
    "after a reminder",
    "before deciding",
    "for the second time",
]
TOUCHPOINTS: list[str] = [
    "Website",
    "Mobile app",
    "Shop",
    "Call centre",
    "Chat",
    "Email",
    "Letter",
    "SMS",
    "Invoice",
    "Comparison site",
    "Social media",
    "Service technician",
    "CRM",
    "ERP",
    "Warehouse system",
]
NEEDS: list[str] = [
    "Know the total price up front",
    "Finish in one go",
    "Understand what happens next",
    "Get an answer without calling",
    "Feel that my data is safe",
    "Talk to a person when stuck",
    "See the status at any time",
    "Plain language, no jargon",
    "Pay the way I prefer",
    "Be recognised as a returning customer",
    "Change my mind without penalty",
    "Get help outside office hours",
    "A bill that matches the offer",
    "Reminders before deadlines",
    "Compare options side by side",
    "Trust the delivery date",
]
PAIN_POINTS: list[str] = [
    "Long queue on the phone",
    "Form resets after an error",
    "Asks for a number the customer does not have",
    "No confirmation for days",
    "Terms in small print",
    "Two systems show different prices",
    "Agent cannot see the order",
    "Login expires too often",
    "Letter arrives after the email",
    "Case handed over between departments",
    "Unexpected fee on the bill",
    "Help pages do not answer the question",
    "Delivery window of a whole day",
    "App crashes on older phones",
]
DESCRIPTIONS: list[str] = [
    "Seen in most interviews; customers describe it in almost the same words.",
    "Call logs show a peak in the first week of every month.",
    "Mostly done on the phone in the evening.",
    "Older customers prefer paper here; younger ones expect the app.",
    "The team disagreed on how often this happens; needs data.",
    "Happens in parallel with the backstage work below.",
    "A step many customers skip, and regret later.",
]
ACTION_VERBS: list[str] = [
    "Simplify",
    "Automate",
    "Redesign",
    "Remove",
    "Explain",
    "Personalise",
    "Speed up",
    "Measure",
    "Pilot",
    "Replace",
]
KPIS: list[str] = [
    "Calls per 100 customers down 20%",
    "Conversion up from 3% to 5%",
    "Drop-off below 10%",
    "Customer satisfaction above 4.2",
    "Complaints down 30%",
    "Churn in first 90 days below 8%",
    "Handling time under 5 minutes",
    "NPS up 10 points",
]
FIRST_NAMES: list[str] = [
    "Åsa",
    "Björn",
    "Sigrid",
    "Lars",
    "Ingrid",
    "Mats",
    "Kari",
    "Jonas",
    "Märta",
    "Øystein",
    "Liv",
    "Henrik",
    "Frida",
    "Anders",
    "Solveig",
    "Nils",
]
LAST_NAMES: list[str] = [
    "Solberg",
    "Åkerlund",
    "Bjørnstad",
    "Häggström",
    "Lindqvist",
    "Nørgaard",
    "Berg",
    "Johansson",
    "Dahl",
    "Sæther",
    "Ekström",
    "Halvorsen",
]
ROLES: list[str] = [
    "Product owner",
    "Team lead",
    "Service designer",
    "Operations manager",
    "Head of sales",
    "IT architect",
    "Billing specialist",
    "Marketing manager",
]
DEPARTMENTS: list[str] = [
    "Customer Service",
    "Marketing & Sales",
    "Billing",
    "Logistics",
    "IT",
    "Legal",
    "Field Service",
    "Data & Analytics",
]
PERSONAS: list[tuple[str, str]] = [
    ("Kari, the busy parent", "#D1495B"),
    ("Erik, the careful senior", "#2E86AB"),
    ("Maja, the digital native", "#66A182"),
    ("Ola, the small-business owner", "#EDAE49"),
]
JOURNEY_NAMES: list[str] = [
    "Onboarding",
    "Everyday use",
    "Renewal",
    "Moving house",
    "Complaint handling",
    "Upgrade",
]
STATUSES: list[str] = ["idea", "planned", "doing", "done", "dropped"]
STATUS_WEIGHTS: list[float] = [5, 3, 2, 1.5, 1]
EVIDENCE: list[str] = ["observed", "reported", "assumed"]


def _maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def _decimal(rng: random.Random, low: float, high: float) -> float | int:
    """A number with one decimal; integral values as ``int``, the way an exporter writes them."""
    value = round(rng.uniform(low, high), 1)
    return int(value) if value.is_integer() else value


def _title(rng: random.Random, verbs: list[str], qualify: float) -> str:
    """A 2–6 word title: verb, object and sometimes a qualifier that still fits."""
    title = f"{rng.choice(verbs)} {rng.choice(OBJECTS)}"
    if _maybe(rng, qualify):
        room = 6 - len(title.split())
        fitting = [q for q in QUALIFIERS if len(q.split()) <= room]
        if fitting:
            title += f" {rng.choice(fitting)}"
    return title


def _owners(rng: random.Random, count: int) -> list[dict[str, Any]]:
    owners: list[dict[str, Any]] = []
    for i in range(count):
        if i < len(DEPARTMENTS):
            name = DEPARTMENTS[i]
            role = "Department"
            email = name.lower().replace(" & ", "-").replace(" ", "-") + "@example.com"
        else:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            name = f"{first} {last}"
            role = rng.choice(ROLES) if _maybe(rng, 0.9) else ""
            email = f"{first}.{last}.{i}@example.com".lower() if _maybe(rng, 0.8) else ""
        owners.append({"id": f"owner-{i + 1:02d}", "name": name, "role": role, "email": email})
    return owners


def _personas(rng: random.Random) -> list[dict[str, Any]]:
    personas: list[dict[str, Any]] = []
    for i, (name, color) in enumerate(PERSONAS):
        personas.append(
            {
                "id": f"persona-{i + 1}",
                "name": name,
                "description": f"{name.split(',')[0]} is one of the four core segments.",
                "goals": rng.sample(NEEDS, 2),
                "needs": rng.sample(NEEDS, 3),
                "frustrations": rng.sample(PAIN_POINTS, 2),
                "quote": "Just make it work, and tell me when something changes.",
                "color": color,
            }
        )
    return personas


def _station(
    rng: random.Random,
    sid: str,
    phase_index: int,
    phase_id: str,
    line_id: str,
    owner_ids: list[str],
) -> dict[str, Any]:
    performance = rng.randint(1, 5) if _maybe(rng, 0.5) else None
    target = (
        rng.randint(performance or 1, 5) if performance is not None and _maybe(rng, 0.8) else None
    )
    low, high = PHASE_DAYS[phase_index % len(PHASE_DAYS)]
    duration: float | int | None = None
    if _maybe(rng, 0.5):
        duration = _decimal(rng, 0.5, 90) if _maybe(rng, 0.3) else rng.randint(1, 60)
    return {
        "id": sid,
        "phase": phase_id,
        "line": line_id,
        "title": _title(rng, VERBS, 0.45),
        "description": rng.choice(DESCRIPTIONS) if _maybe(rng, 0.35) else "",
        "touchpoint": rng.choice(TOUCHPOINTS) if _maybe(rng, 0.8) else "",
        "needs": rng.sample(NEEDS, rng.randint(1, 4)),
        "pain_points": rng.sample(PAIN_POINTS, rng.randint(0, 3)),
        "quotes": _quotes(sid),
        "owner": rng.choice(owner_ids) if owner_ids and _maybe(rng, 0.85) else None,
        "emotion": rng.randint(-2, 2) if _maybe(rng, 0.85) else None,
        "evidence": rng.choice(EVIDENCE) if _maybe(rng, 0.7) else None,
        "moment_of_truth": _maybe(rng, 0.08),
        "impact": rng.randint(1, 5) if _maybe(rng, 0.55) else None,
        "performance": performance,
        "target": target,
        "day": rng.randint(low, high) if _maybe(rng, 0.75) else None,
        "customers": rng.randint(0, 50_000) if _maybe(rng, 0.6) else None,
        "duration_minutes": duration,
        "drop_off_percent": _decimal(rng, 0, 60) if _maybe(rng, 0.3) else None,
    }


QUOTES = (
    "I just want to know what I will pay.",
    "Nobody told me the meter reading was due.",
    "The app made it easy, honestly.",
    "Forty minutes on hold for a simple question.",
    "Why is the first bill so high?",
)
QUOTE_SOURCES = ("interview", "survey", "review", "support", "observation", "other")


def _quotes(sid: str) -> list[dict[str, str]]:
    """A fifth of the stations hold customer quotes; their own generator, seeded by the id,
    keeps every other field of the document as it was before quotes existed."""
    rng = random.Random(sid)
    if rng.random() >= 0.2:
        return []
    return [
        {"text": rng.choice(QUOTES), "source": rng.choice(QUOTE_SOURCES)}
        for _ in range(rng.randint(1, 3))
    ]


def _action(
    rng: random.Random,
    aid: str,
    station_ids: list[str],
    owner_ids: list[str],
) -> dict[str, Any]:
    due: str | None = None
    if _maybe(rng, 0.5):
        start = dt.date(2026, 9, 1).toordinal()
        due = dt.date.fromordinal(start + rng.randint(0, 660)).isoformat()
    return {
        "id": aid,
        "title": _title(rng, ACTION_VERBS, 0.3),
        "description": rng.choice(DESCRIPTIONS) if _maybe(rng, 0.6) else "",
        "station": rng.choice(station_ids) if station_ids and _maybe(rng, 0.9) else None,
        "owner": rng.choice(owner_ids) if owner_ids and _maybe(rng, 0.85) else None,
        "effort": rng.randint(1, 5) if _maybe(rng, 0.9) else None,
        "value": rng.randint(1, 5) if _maybe(rng, 0.9) else None,
        "status": rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0],
        "due": due,
        "kpi": rng.choice(KPIS) if _maybe(rng, 0.6) else "",
    }


def _journey(
    rng: random.Random,
    index: int,
    stations: int,
    actions: int,
    owner_ids: list[str],
    persona_ids: list[str],
) -> dict[str, Any]:
    prefix = f"j{index + 1}"
    phases = [
        {
            "id": f"{prefix}-ph{i + 1}",
            "name": name,
            "description": description if _maybe(rng, 0.7) else "",
            "color": None,
        }
        for i, (name, description) in enumerate(PHASES)
    ]
    lines = [
        {
            "id": f"{prefix}-ln{i + 1}",
            "name": name,
            "kind": kind,
            "color": color if _maybe(rng, 0.7) else None,
        }
        for i, (name, kind, color) in enumerate(LINES)
    ]
    # Uneven spread: some phases are crowded (buying, using), others sparse.
    phase_weights = [rng.uniform(0.3, 2.5) for _ in phases]
    placed: list[tuple[int, dict[str, Any]]] = []
    for n in range(stations):
        p = rng.choices(range(len(phases)), weights=phase_weights)[0]
        line = rng.choices(lines, weights=LINE_WEIGHTS)[0]
        sid = f"{prefix}-st{n + 1:04d}"
        placed.append((p, _station(rng, sid, p, phases[p]["id"], line["id"], owner_ids)))
    placed.sort(key=lambda item: item[0])  # stable: array order kept within a phase
    station_list = [s for _, s in placed]
    station_ids = [s["id"] for s in station_list]
    action_list = [
        _action(rng, f"{prefix}-ac{n + 1:04d}", station_ids, owner_ids) for n in range(actions)
    ]
    state = "current" if index % 2 == 0 else "future"
    base = JOURNEY_NAMES[(index // 2) % len(JOURNEY_NAMES)]
    suffix = "today" if state == "current" else "tomorrow"
    round_no = index // (2 * len(JOURNEY_NAMES))
    name = f"{base} {suffix}" + (f" ({round_no + 1})" if round_no else "")
    return {
        "id": prefix,
        "name": name,
        "persona": persona_ids[index % len(persona_ids)] if persona_ids else None,
        "state": state,
        "description": f"Generated benchmark journey {index + 1}.",
        "storyline": "" if index % 3 else "A long map used to measure load, draw and export times.",
        "phases": phases,
        "lines": lines,
        "stations": station_list,
        "actions": action_list,
    }


def generate_document(
    journeys: int = 3,
    stations_per_journey: int = 800,
    actions_per_journey: int = 200,
    seed: int = 7,
) -> dict[str, Any]:
    """Build the benchmark document; the same arguments always give the same document."""
    if journeys < 1:
        raise ValueError("a document needs at least one journey")
    if stations_per_journey < 0 or actions_per_journey < 0:
        raise ValueError("counts must not be negative")
    rng = random.Random(seed)
    owners = _owners(rng, 30)
    personas = _personas(rng)
    owner_ids = [o["id"] for o in owners]
    persona_ids = [p["id"] for p in personas]
    return {
        "format": "journeyline",
        "version": 2,
        "workshop": {
            "title": "Benchmark workshop",
            "organisation": "Fjällvik Group",
            "segment": "All private customers",
            "business_goal": "Lower customer departures",
            "notes": (
                f"Generated by bench/generate.py (seed {seed}): {journeys} journeys × "
                f"{stations_per_journey} stations, {actions_per_journey} actions each."
            ),
            "language": "en",
        },
        "owners": owners,
        "personas": personas,
        "journeys": [
            _journey(rng, j, stations_per_journey, actions_per_journey, owner_ids, persona_ids)
            for j in range(journeys)
        ],
    }


def scale(stations: int | None, actions: int | None) -> tuple[int, int]:
    """(stations, actions) per journey: the defaults, or actions a quarter of the stations."""
    if stations is None:
        return 800, 200 if actions is None else actions
    return stations, stations // 4 if actions is None else actions


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the large benchmark document.")
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--journeys", type=int, default=3, help="journeys (default 3)")
    parser.add_argument("--stations", type=int, default=None, help="stations per journey (800)")
    parser.add_argument("--actions", type=int, default=None, help="actions per journey (200)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    path: Path = args.path
    path.parent.mkdir(parents=True, exist_ok=True)
    document = generate_document(args.journeys, *scale(args.stations, args.actions), args.seed)
    with path.open("w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
