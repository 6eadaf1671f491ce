"""What of a published document is searchable, and in which language it is searched.

Each entry is one text that a search can find — a station (its title, description and
touchpoint), each of its needs, pain points and quotes, each action, each persona's quote —
with the journey and station it belongs to, so a hit opens its map at its station. Journeys and
stations are named by their place in the document (``journey_index``, ``station_index``),
which a working copy made from the document keeps (:func:`models.library.working_copy.station_at`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from models.interchange import DocumentDict

# The workshop's language (ISO 639-1) -> PostgreSQL's text search configuration for it.
# Anything else is searched with 'simple' (words as written, no stemming).
TEXT_SEARCH_CONFIGS: Final = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nb": "norwegian",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}
FALLBACK_CONFIG: Final = "simple"


def text_search_config(doc: DocumentDict) -> str:
    """The text search configuration for the workshop's language ('simple' if it has none)."""
    workshop: dict[str, Any] = dict(doc["workshop"])
    language = workshop.get("language")
    if not isinstance(language, str):
        return FALLBACK_CONFIG
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return TEXT_SEARCH_CONFIGS.get(code, FALLBACK_CONFIG)


def _joined(*parts: object) -> str:
    return "\n".join(p for p in parts if isinstance(p, str) and p.strip())


def _texts(value: object) -> list[str]:
    """The texts of a text, a list of texts, or a list of quotes ({"text": …, "source": …},
    the interchange format's customer quotes)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if not isinstance(value, list):
        return []
    texts = []
    for item in value:
        if isinstance(item, dict):
            item = item.get("text")
        if isinstance(item, str) and item.strip():
            texts.append(item)
    return texts


def _entry(
    kind: str, ji: int, journey: str, si: int | None, station: str, text: str
) -> dict[str, Any]:
    return {
        "kind": kind,
        "journey_index": ji,
        "journey_name": journey,
        "station_index": si,
        "station_title": station,
        "text": text,
    }


def entries(doc: DocumentDict) -> Iterator[dict[str, Any]]:
    """The searchable entries of a document, as rows for ``search_entry`` (without version)."""
    personas_quoted: set[str] = set()
    for ji, journey in enumerate(doc["journeys"]):
        name = journey["name"]
        station_index: dict[str, int] = {}
        station_title: dict[str, str] = {}
        for si, station in enumerate(journey["stations"]):
            data: dict[str, Any] = dict(station)
            title = station["title"]
            station_index[station["id"]] = si
            station_title[station["id"]] = title
            texts = [("station", _joined(title, data["description"], data["touchpoint"]))]
            texts += [("need", t) for t in _texts(data.get("needs"))]
            texts += [("pain_point", t) for t in _texts(data.get("pain_points"))]
            texts += [("quote", t) for t in _texts(data.get("quotes")) + _texts(data.get("quote"))]
            for kind, text in texts:
                yield _entry(kind, ji, name, si, title, text)
        for action in journey["actions"]:
            ref = action["station"]
            yield _entry(
                "action",
                ji,
                name,
                station_index.get(ref) if ref else None,
                station_title.get(ref, "") if ref else "",
                _joined(action["title"], action["description"]),
            )
        persona_ref = journey["persona"]
        if persona_ref is not None and persona_ref not in personas_quoted:
            personas_quoted.add(persona_ref)
            for persona in doc["personas"]:
                if persona["id"] == persona_ref and persona["quote"].strip():
                    yield _entry("quote", ji, name, None, "", persona["quote"])
