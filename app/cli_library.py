"""``journeyline library publish | list | get | search | setup | use``: the team library, headless.

The library is the local one unless ``--library URL`` (or ``journeyline library use URL``, the
same choice as the window's Preferences) names another. Every problem is one sentence (exit
status 2), a publish on top of a superseded version included, with what to do next.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import (
    PROG,
    WORKSHOP_SUFFIX,
    CommandError,
    find_journey,
    open_workshop,
    printable,
    table,
)
from models.library import config, roles, working_copy
from models.library.errors import LibraryError, PublishConflict, VersionInfo
from models.library.search import DEFAULT_LIMIT, search
from models.library.store import Library
from models.transfer import export_document
from models.workshop_file import describe

COMMAND = "library"
_KIND_LABELS = {
    "station": "station",
    "need": "need",
    "pain_point": "pain point",
    "quote": "quote",
    "action": "action",
}


def add_command(commands: Any, debug: argparse.ArgumentParser) -> None:
    """Add ``library`` and its subcommands to the command line's subparsers."""
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument(
        "--library",
        metavar="URL",
        help="the library to use: postgresql+psycopg://HOST/DATABASE or sqlite:///PATH "
        "(default: the one chosen with 'library use', else the local library)",
    )
    parents = [debug, where]
    library = commands.add_parser(
        COMMAND,
        parents=[debug],
        allow_abbrev=False,
        help="publish maps to the team library, find and get them",
        description="The team library: published maps and house templates, shared by a team "
        "(PostgreSQL) or kept on this computer (the local library, the default).",
    )
    sub = library.add_subparsers(title="library commands", metavar="ACTION", required=True)

    publish = sub.add_parser(
        "publish",
        parents=parents,
        allow_abbrev=False,
        help="publish a workshop as a new version of its map",
        description="Publish a workshop file as a new version of the map it was opened from "
        "(or as a new map). Refused if someone published a newer version since.",
    )
    publish.add_argument("file", metavar="FILE.journey")
    publish.add_argument("-m", "--message", required=True, help="what changed, for the others")
    publish.add_argument("--as-new", action="store_true", help="publish as a new map")
    publish.add_argument(
        "--template",
        metavar="JOURNEY",
        help="publish this journey (name or id) as a house template instead",
    )
    publish.set_defaults(run=_cmd_publish)

    listing = sub.add_parser(
        "list",
        parents=parents,
        allow_abbrev=False,
        help="list the maps (or one map's versions)",
        description="List the library's maps by client, segment and title, with the latest "
        "version; with MAP, every version of that map and its message.",
    )
    listing.add_argument("map", nargs="?", type=int, metavar="MAP")
    listing.add_argument("--templates", action="store_true", help="list the house templates")
    listing.set_defaults(run=_cmd_list)

    get = sub.add_parser(
        "get",
        parents=parents,
        allow_abbrev=False,
        help="make a local working copy of a map",
        description="Write a published version (the latest by default) as a local workshop "
        "file; publishing it later adds a version on top of that one.",
    )
    get.add_argument("map", type=int, metavar="MAP")
    get.add_argument("-o", "--output", required=True, metavar="FILE.journey")
    get.add_argument("--version", type=int, metavar="N", help="this version, not the latest")
    get.add_argument("--force", action="store_true", help="replace FILE.journey if it exists")
    get.set_defaults(run=_cmd_get)

    find = sub.add_parser(
        "search",
        parents=parents,
        allow_abbrev=False,
        help="search the stations, needs, pain points, quotes and actions of every map",
        description="Search the latest version of every published map; the best hits first.",
    )
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N")
    find.set_defaults(run=_cmd_search)

    setup = sub.add_parser(
        "setup",
        parents=parents,
        allow_abbrev=False,
        help="make or upgrade the library's tables (its owner, once)",
        description="Make or upgrade the library's tables; for PostgreSQL, print the SQL that "
        "gives the team its two roles.",
    )
    setup.set_defaults(run=_cmd_setup)

    use = sub.add_parser(
        "use",
        parents=[debug],
        allow_abbrev=False,
        help="choose the library (as in Preferences)",
        description="Choose the library that the window and these commands use.",
    )
    use.add_argument("url", nargs="?", metavar="URL")
    use.add_argument("--local", action="store_true", help="back to the local library")
    use.set_defaults(run=_cmd_use)


def _open(ns: argparse.Namespace) -> Library:
    try:
        return Library.open(ns.library)
    except LibraryError as e:
        raise CommandError(str(e)) from None


def _version_line(info: VersionInfo) -> str:
    what = "template" if info.kind == "template" else "map"
    return f"“{info.title}” ({what} {info.map_id}) version {info.number}"


# --- publish ---------------------------------------------------------------------------------


def _cmd_publish(ns: argparse.Namespace) -> None:
    path = Path(ns.file)
    with _open(ns) as library:
        try:
            if ns.template is not None:
                with open_workshop(path) as document:
                    journey = find_journey(document, ns.template)
                    doc = export_document(document)
                    position = [j.id for j in document.journeys()].index(journey.id)
                info = working_copy.publish_template(library, doc, position, message=ns.message)
            else:
                with open_workshop(path) as document:
                    doc = export_document(document)
                info = working_copy.publish_workshop(
                    library, path, doc, message=ns.message, as_new=ns.as_new
                )
        except PublishConflict as e:
            raise CommandError(
                str(e),
                [
                    f"{PROG} library publish {printable(str(path))} -m … --as-new   "
                    "publishes yours as a new map",
                    f"{PROG} library get {e.latest.map_id} -o LATEST{WORKSHOP_SUFFIX}   "
                    "opens the latest version beside yours",
                ],
            ) from None
        except LibraryError as e:
            raise CommandError(str(e)) from None
        print(f"Published {describe(path)} as {printable(_version_line(info))} in {library.label}.")


# --- list and get ----------------------------------------------------------------------------


def _cell(text: str, limit: int = 40) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cmd_list(ns: argparse.Namespace) -> None:
    with _open(ns) as library:
        try:
            if ns.map is not None:
                versions = library.versions(ns.map)
                if not versions:
                    raise CommandError(f"{library.label} has no map {ns.map}.")
                print(_cell(versions[0].title, 200))
                rows = [["Version", "Author", "Published", "Message"]]
                rows += [
                    [str(v.number), _cell(v.author, 30), v.when, _cell(v.message, 60)]
                    for v in versions
                ]
                print("\n".join(table(rows, right={0})))
                return
            maps = library.maps("template" if ns.templates else "map")
        except LibraryError as e:
            raise CommandError(str(e)) from None
    if not maps:
        what = "house templates" if ns.templates else "published maps"
        print(f"{config.capital(library.label)} has no {what} yet.")
        return
    rows = [["Id", "Client", "Segment", "Title", "Version", "Author", "Published", "Message"]]
    for m in maps:
        v = m.latest
        rows.append(
            [
                str(m.map_id),
                _cell(v.client, 24) or "—",
                _cell(v.segment, 24) or "—",
                _cell(v.title),
                str(v.number),
                _cell(v.author, 24),
                v.when,
                _cell(v.message, 40),
            ]
        )
    print("\n".join(table(rows, right={0, 4})))


def _cmd_get(ns: argparse.Namespace) -> None:
    target = Path(ns.output)
    if target.suffix.lower() != WORKSHOP_SUFFIX:
        raise CommandError(
            f"-o: a workshop file's name ends in {WORKSHOP_SUFFIX}; "
            f"{describe(target)} does not, so nothing was written."
        )
    if target.exists() and not ns.force:
        raise CommandError(
            f"{describe(target)} already exists; use --force to replace it. Nothing was written."
        )
    with _open(ns) as library:
        try:
            info = working_copy.get_working_copy(
                library, ns.map, target, number=ns.version, overwrite=ns.force
            )
        except LibraryError as e:
            raise CommandError(str(e)) from None
    print(f"Wrote {printable(_version_line(info))} to {describe(target)}.")


# --- search ----------------------------------------------------------------------------------


def _cmd_search(ns: argparse.Namespace) -> None:
    if ns.limit < 1:
        raise CommandError("--limit: give a number of hits of 1 or more.")
    with _open(ns) as library:
        try:
            hits = search(library, ns.text, limit=ns.limit)
        except LibraryError as e:
            raise CommandError(str(e)) from None
    if not hits:
        print(f"Nothing in {library.label} matches “{printable(ns.text)}”.")
        return
    rows = [["Map", "Version", "Client", "Journey", "Station", "Found in", "Text"]]
    for h in hits:
        rows.append(
            [
                f"{h.map_id} {_cell(h.title, 30)}",
                str(h.version),
                _cell(h.client, 24) or "—",
                _cell(h.journey_name, 30),
                _cell(h.station_title, 30) or "—",
                _KIND_LABELS.get(h.kind, h.kind),
                _cell(h.text, 60),
            ]
        )
    print("\n".join(table(rows, right={1})))


# --- setup and use ---------------------------------------------------------------------------


def _cmd_setup(ns: argparse.Namespace) -> None:
    with _open(ns) as library:
        print(f"{config.capital(library.label)} is set up and up to date.")
        if library.dialect != "postgresql":
            return
        database = library.engine.url.database or "DATABASE"
    print(
        "\nTo let your team read and publish, run as the database's owner (psql):\n\n"
        f"{roles.ROLES_SQL}\n{roles.grants_sql(database)}\n\n"
        "and give each person a login role in one of the two, e.g.:\n\n"
        f"{roles.PERSON_SQL}"
    )


def _cmd_use(ns: argparse.Namespace) -> None:
    if ns.local == (ns.url is not None):
        raise CommandError("give the library's URL, or --local for the local library.")
    try:
        config.choose_url(None if ns.local else ns.url)
    except LibraryError as e:
        raise CommandError(str(e)) from None
    url = config.library_url()
    print(f"Journeyline now uses {config.describe_url(url)}.")
