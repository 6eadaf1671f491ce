"""Between the library and local ``.journey`` working copies: publish one, get one.

The editor never works on the library directly: opening a version makes a local working copy
(a lost connection never loses an edit), and publishing sends a snapshot of the working copy.
"""

from __future__ import annotations

import copy
from pathlib import Path

from models.document import Document
from models.interchange import DocumentDict
from models.library import links
from models.library.errors import LibraryError, VersionInfo
from models.library.store import Library
from models.refusal import Refusal
from models.transfer import export_document, import_document


def publish_workshop(
    library: Library,
    path: Path,
    doc: DocumentDict,
    *,
    message: str,
    as_new: bool = False,
    author: str | None = None,
) -> VersionInfo:
    """Publish the working copy at ``path`` (its document ``doc``) and remember the version.

    On top of the version the working copy came from, if it came from this library and
    ``as_new`` is not set; as a new map otherwise. A conflict raises PublishConflict.
    """
    link = None if as_new else links.link_of(path, library.url)
    onto = None if link is None else (link.map_id, link.version)
    info = library.publish(doc, message=message, author=author, onto=onto)
    links.remember(path, library.url, info.map_id, info.number)
    return info


def publish_file(
    library: Library, path: Path, *, message: str, as_new: bool = False, author: str | None = None
) -> VersionInfo:
    """Publish a workshop file that is not open elsewhere (the command line's way)."""
    with Document.open(path, readonly=True) as document:
        doc = export_document(document)
    return publish_workshop(library, path, doc, message=message, as_new=as_new, author=author)


def template_of(doc: DocumentDict, journey_index: int) -> DocumentDict:
    """A house template made of one journey of ``doc``: the journey with its persona and the
    owners it names, and a workshop block without the client's details."""
    journey = copy.deepcopy(doc["journeys"][journey_index])
    owners = {s["owner"] for s in journey["stations"]} | {a["owner"] for a in journey["actions"]}
    template = copy.deepcopy(doc)
    template["workshop"] = {
        **template["workshop"],
        "title": journey["name"],
        "organisation": "",
        "segment": "",
        "business_goal": "",
        "notes": "",
    }
    template["owners"] = [o for o in template["owners"] if o["id"] in owners]
    template["personas"] = [p for p in template["personas"] if p["id"] == journey["persona"]]
    template["journeys"] = [journey]
    return template


def publish_template(
    library: Library,
    doc: DocumentDict,
    journey_index: int,
    *,
    message: str,
    author: str | None = None,
) -> VersionInfo:
    """Publish one journey as a house template: a new version of the template of that name if
    the library has one, else a new template."""
    template = template_of(doc, journey_index)
    existing = library.template_named(template["journeys"][0]["name"])
    onto = None if existing is None else (existing.map_id, existing.latest.number)
    return library.publish(template, message=message, author=author, onto=onto, kind="template")


def get_working_copy(
    library: Library,
    map_id: int,
    target: Path,
    *,
    number: int | None = None,
    overwrite: bool = False,
) -> VersionInfo:
    """Write a version (the latest without ``number``) as a new local workshop file.

    A map's working copy remembers its version (for publishing on top of it later); a
    template's does not: a workshop made from a template is a new map.
    """
    info, doc = library.fetch(map_id, number)
    import_document(doc, target, overwrite=overwrite)
    if info.kind == "map":
        links.remember(target, library.url, info.map_id, info.number)
    return info


def station_at(
    document: Document, journey_index: int, station_index: int | None
) -> tuple[int, int | None]:
    """The (journey id, station id) in a working copy of the places a search hit names."""
    journeys = document.journeys()
    if not 0 <= journey_index < len(journeys):
        raise LibraryError(Refusal("The journey of this search hit is not in the working copy."))
    journey = journeys[journey_index]
    if station_index is None:
        return journey.id, None
    # The document's station order (as the interchange document has them), not map order.
    stations = sorted(document.stations(journey.id), key=lambda s: (s.position, s.id))
    if not 0 <= station_index < len(stations):
        return journey.id, None
    return journey.id, stations[station_index].id
