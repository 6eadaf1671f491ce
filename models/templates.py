"""The bundled templates: interchange documents in resources/templates/.

Everything about templates goes through here — which there are, what they hold, and making a
new workshop file from one — so the command line, the window and the journeys panel agree.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from models import i18n, interchange
from models.document import EditError
from models.interchange import DocumentDict, JourneyDict
from models.refusal import Refusal
from models.resources import resource
from models.transfer import import_document

BLANK_TEMPLATE = "blank"


def template_names() -> list[str]:
    """The bundled templates by file name (without ".json"), the blank one first."""
    names = sorted(p.stem for p in resource("templates").glob("*.json"))
    return sorted(names, key=lambda n: (n != BLANK_TEMPLATE, n))


@lru_cache(maxsize=16)
def _parsed(template_name: str) -> DocumentDict:
    if template_name not in template_names():
        raise EditError(Refusal("There is no template called “{name}”.", name=template_name))
    path = resource("templates", f"{template_name}.json")
    try:
        return interchange.parse(path.read_bytes())
    except (OSError, interchange.InterchangeError) as e:
        # a file of the installation, tested to be readable: the details are for a developer
        # (the cause, in a log), the sentence for the user
        raise EditError(
            Refusal(
                "The template “{name}” that came with Journeyline cannot be read; installing "
                "Journeyline again should mend it.",
                name=template_name,
            )
        ) from e


def template_document(template_name: str, language: str | None = None) -> DocumentDict:
    """A fresh copy of a template's document (callers may change it), in ``language``.

    The templates are written in English; their titles, names and descriptions are entries of
    the exports' catalogues (``models.i18n``), so a template in Danish is the same map with
    Danish names, and its workshop's language is Danish. ``None`` keeps the English original.
    """
    doc = copy.deepcopy(_parsed(template_name))
    # A template journey's description is guidance for whoever fills it in ("Add stations on
    # the customer line…"): a placeholder in the editor (journey_guidance), never the
    # journey's description, so it never reaches the client's exports.
    for journey in doc["journeys"]:
        journey["description"] = ""
    if language is None:
        return doc
    code = i18n.supported(language)
    translate = i18n.catalogue(code).gettext
    workshop = doc["workshop"]
    workshop["title"] = translate(workshop["title"])
    workshop["language"] = code
    for journey in doc["journeys"]:
        journey["name"] = translate(journey["name"])
        for phase in journey["phases"]:
            phase["name"] = translate(phase["name"])
            phase["description"] = translate(phase["description"])
        for line in journey["lines"]:
            line["name"] = translate(line["name"])
        for station in journey["stations"]:
            station["title"] = translate(station["title"])
            station["description"] = translate(station["description"])
    return doc


def journey_guidance(template_name: str, language: str | None = None) -> str:
    """The guidance of a template's first journey, to show as placeholder text."""
    text = str(_parsed(template_name)["journeys"][0].get("description") or "")
    return text if language is None or not text else i18n.catalogue(language).gettext(text)


@lru_cache(maxsize=16)
def _phase_names(template_name: str) -> tuple[frozenset[str], ...]:
    """A template's phase names in each language of the catalogues, case-folded."""
    names = [p["name"] for p in _parsed(template_name)["journeys"][0]["phases"]]
    return tuple(
        frozenset(i18n.catalogue(code).gettext(n).strip().casefold() for n in names)
        for code in i18n.LANGUAGES
    )


def template_of(phase_names: Iterable[str]) -> str | None:
    """The bundled template a journey was made from, recognised by its phases, or None.

    Nothing stores which template a journey came from: a journey is taken to follow the
    template that has the most of its phase names in any of the catalogues' languages (the
    template's names in the language it was made in), at least half of the template's.
    Renaming most phases, or a journey built otherwise, gives None.
    """
    names = {n.strip().casefold() for n in phase_names}
    best, best_share = None, 0.0
    for template in template_names():
        for phases in _phase_names(template):
            share = len(names & phases) / len(phases) if phases else 0.0
            if share > best_share:
                best, best_share = template, share
    return best if best_share >= 0.5 else None


def template_journey(template_name: str, language: str | None = None) -> JourneyDict:
    """The first journey of a bundled template (in ``language``, see template_document)."""
    return template_document(template_name, language)["journeys"][0]


def template_title(template_name: str, language: str | None = None) -> str:
    """What a user reads for a template: its journey's name ("Customer lifecycle",
    "Kundens livscyklus" in Danish)."""
    name = _parsed(template_name)["journeys"][0]["name"]
    return name if language is None else i18n.catalogue(language).gettext(name)


def create_workshop(
    path: str | os.PathLike[str],
    template_name: str,
    *,
    title: str | None = None,
    overwrite: bool = False,
    language: str | None = None,
) -> None:
    """A new workshop file from a template, with ``title`` as the workshop's title if given,
    and in ``language`` if given (the template's names in it, and the workshop's language).

    A title that breaks the rules raises InterchangeError (path ``workshop.title``); nothing
    is written then.
    """
    doc = template_document(template_name, language)
    if title is not None:
        doc["workshop"]["title"] = title
        doc = interchange.validate(doc)
    import_document(doc, Path(path), overwrite=overwrite)
