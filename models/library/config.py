"""Where the library is and who publishes: read the same way by the window and the command line.

The choice of library lives in ``library.json`` in the user's data folder (not in Qt's
settings, so the command line, which never loads Qt, reads the same choice as the window's
Preferences). Without a choice the library is the local one, ``library.sqlite`` in that folder.
``JOURNEYLINE_DATA_DIR`` moves the data folder (the tests point it at a temporary folder).

A URL may carry a password, but it is never shown: :func:`describe_url` hides it. A team
should rather leave it out of the URL and use PostgreSQL's own ``~/.pgpass`` or ``PGPASSWORD``.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Final

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from models.atomic import WriteError, atomic_write
from models.file_problem import FileProblem
from models.library.errors import LibraryError
from models.refusal import Refusal

ENV_DATA_DIR: Final = "JOURNEYLINE_DATA_DIR"
ENV_LIBRARY: Final = "JOURNEYLINE_LIBRARY"  # this session's library (journeyline --library URL)
APP_FOLDER: Final = "Journeyline"
LOCAL_LIBRARY_FILE: Final = "library.sqlite"
CHOICE_FILE: Final = "library.json"
SUPPORTED_SCHEMES: Final = ("sqlite", "postgresql")


def data_folder() -> Path:
    """The user's data folder for Journeyline (created on first use by the callers)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_FOLDER


def local_url() -> str:
    """The local library: an SQLite file in the data folder."""
    return f"sqlite:///{(data_folder() / LOCAL_LIBRARY_FILE).as_posix()}"


def chosen_url() -> str | None:
    """The library chosen in Preferences, or None for the local library."""
    path = data_folder() / CHOICE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url.strip() else None


def choose_url(url: str | None) -> None:
    """Remember ``url`` as the library (None: back to the local one). Written atomically."""
    if url is not None:
        check_url(url)
    os.environ.pop(ENV_LIBRARY, None)  # a choice made now replaces this session's --library
    folder = data_folder()
    path = folder / CHOICE_FILE
    data = json.dumps({"url": url}).encode("utf-8")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda f: f.write(data))
    except WriteError as e:  # its own sentence names the file and the reason, translated
        raise LibraryError(
            FileProblem("The choice of library could not be saved. {problem}", problem=e.message)
        ) from None
    except OSError as e:
        reason = str(e.strerror or e)
        raise LibraryError(
            FileProblem(
                "The choice of library could not be saved in {folder}: {reason}.",
                folder=str(folder),
                reason=reason,
            )
        ) from None


def use_for_this_session(url: str) -> None:
    """``journeyline --library URL``: the editor uses ``url`` until it quits (or until another
    library is chosen in it), without changing the remembered choice."""
    check_url(url)
    os.environ[ENV_LIBRARY] = url


def library_url(override: str | None = None) -> str:
    """The URL to use: ``--library URL`` if given, else the chosen one, else the local one."""
    url = override or os.environ.get(ENV_LIBRARY) or chosen_url() or local_url()
    check_url(url)
    return url


def check_url(url: str) -> None:
    """Refuse, in one sentence, a URL that is not an SQLite or PostgreSQL database URL."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise LibraryError(
            Refusal(
                "“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE "
                "or sqlite:///PATH as the address.",
                address=url,
            )
        ) from None
    if parsed.get_backend_name() not in SUPPORTED_SCHEMES:
        raise LibraryError(
            Refusal(
                "“{address}” is not a library Journeyline can use: the library is PostgreSQL "
                "(postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).",
                address=address(url),
            )
        )


def is_local(url: str) -> bool:
    return url == local_url()


def _shown(url: str) -> str:
    """The URL without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def address(url: str) -> str:
    """The library as its problems name it, the same in every language: its SQLite file or its
    server's URL (never with the password); a sentence quotes it in its own language's way."""
    if is_local(url):
        return str(data_folder() / LOCAL_LIBRARY_FILE)
    return _shown(url)


def describe_url(url: str) -> str:
    """The library as a sentence names it: "the local library" or "the library at URL" (never
    with the password)."""
    if is_local(url):
        return "the local library"
    return f"the library at {_shown(url)}"


def capital(text: str) -> str:
    """``text`` starting a sentence."""
    return text[:1].upper() + text[1:]


def link_key(url: str) -> str:
    """What identifies a library in the links of working copies (no password in it)."""
    if is_local(url):
        return "local"
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    return parsed.set(drivername=parsed.get_backend_name(), password=None).render_as_string(
        hide_password=False
    )


def author_name() -> str:
    """Who is publishing: the full name of the user's account, else the login name."""
    override = os.environ.get("JOURNEYLINE_AUTHOR")
    if override and override.strip():
        return override.strip()
    with contextlib.suppress(ImportError, KeyError, OSError):
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if full:
            return full
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "unknown"
