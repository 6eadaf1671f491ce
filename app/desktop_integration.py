"""``journeyline --install-desktop`` / ``--uninstall-desktop``: the Linux desktop knows Journeyline.

For the current user only, under ``$XDG_DATA_HOME`` (default ``~/.local/share``):

- ``applications/journeyline.desktop``: the launcher (menu entry, "Open with"), whose ``Exec``
  is the running program: the frozen executable of a build, or this Python with ``-m app``;
- ``mime/packages/journeyline.xml``: the type ``application/x-journeyline`` for ``*.journey``
  (a subclass of SQLite, also recognised by its SQLite application id);
- ``icons/hicolor/…/apps/journeyline.{svg,png}`` and ``…/mimetypes/application-x-journeyline.*``.

Then ``update-mime-database``, ``update-desktop-database`` and ``xdg-mime default`` run when they
are installed (and are skipped quietly when not), so that a double-click on a ``.journey`` file
from an email opens Journeyline. Uninstalling removes exactly these files and the default.

macOS and Windows need none of this: the app bundle's ``Info.plist`` and the Windows installer
register the file type (see ``build.spec``).

Qt is loaded only to draw the PNG icons (QtSvg), and not at all when it is missing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from models.atomic import WriteError, atomic_write
from models.resources import resource
from models.schema import APPLICATION_ID

DESKTOP_ID = "journeyline.desktop"  # also QGuiApplication.setDesktopFileName("journeyline")
MIME_TYPE = "application/x-journeyline"
MIME_PACKAGE = "journeyline.xml"
APP_ICON = "journeyline"
MIME_ICON = MIME_TYPE.replace("/", "-")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_FLAG = "--install-desktop"
UNINSTALL_FLAG = "--uninstall-desktop"
FLAGS = (INSTALL_FLAG, UNINSTALL_FLAG)
_TOOL_TIMEOUT_S = 60
# Characters that make the Desktop Entry spec quote an Exec argument.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


# --- Where, and what -------------------------------------------------------------------------


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset or not absolute (as the spec says)."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or str(Path.home())
    return Path(home) / ".local" / "share"


def config_home(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    value = env.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or str(Path.home())
    return Path(home) / ".config"


def launch_command() -> list[str]:
    """The command that starts this Journeyline, without the file argument."""
    appimage = os.environ.get("APPIMAGE")
    if appimage and os.path.isabs(appimage):
        return [appimage]  # the AppImage, not its temporary mount point
    if getattr(sys, "frozen", False):
        return [sys.executable]
    command = [os.path.abspath(sys.executable), "-m", "app"]
    source = Path(__file__).resolve().parent.parent
    if not _importable_without_cwd(source):
        # A source checkout used without 'pip install': python finds 'app' only from here.
        command = ["env", f"PYTHONPATH={source}", *command]
    return command


def _importable_without_cwd(source: Path) -> bool:
    """Whether this interpreter, started from elsewhere, imports this very ``app`` package.

    True after ``pip install`` (editable or not); False for a bare source checkout, or when
    another package called ``app`` would be found first.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = "import app, sys; sys.stdout.write(app.__file__ or '')"
    try:
        result = subprocess.run(
            [sys.executable, "-P", "-c", probe],
            cwd=tempfile.gettempdir(),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=_TOOL_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    found = result.stdout.strip()
    return result.returncode == 0 and bool(found) and Path(found).resolve().parent == source / "app"


def exec_line(command: Sequence[str]) -> str:
    """``command`` plus ``%f`` as the value of a desktop file's ``Exec`` key.

    Arguments are quoted by the Desktop Entry rules, then the value is escaped as a string:
    a backslash in a path becomes four in the file, a percent sign two.
    """
    return _escape_value(" ".join([*(_quote_exec_arg(arg) for arg in command), "%f"]))


def _quote_exec_arg(arg: str) -> str:
    if "\n" in arg or "\r" in arg or "\0" in arg:
        raise ValueError(f"a launcher cannot run a path with a line break: {arg!r}")
    arg = arg.replace("%", "%%")
    if not arg or any(ch in _EXEC_RESERVED for ch in arg):
        escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        return f'"{escaped}"'
    return arg


def _escape_value(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t")


def desktop_entry(command: Sequence[str]) -> str:
    """The text of ``journeyline.desktop`` for a launcher running ``command``."""
    try_exec = command[0] if command[0] != "env" else command[command.index("-m") - 1]
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Journeyline",
        "GenericName=Journey map editor",
        "Comment=Customer-journey maps, drawn as subway maps, for workshops",
        f"Exec={exec_line(command)}",
        f"TryExec={_escape_value(try_exec)}",
        f"Icon={APP_ICON}",
        "Terminal=false",
        "StartupNotify=true",
        "Categories=Office;",
        f"MimeType={MIME_TYPE};",
        "Keywords=customer;journey;map;workshop;service design;",
    ]
    return "\n".join(lines) + "\n"


def mime_package() -> str:
    """The shared-mime-info package for ``.journey`` workshop files."""
    app_id = f"0x{APPLICATION_ID:08x}"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Journeyline workshop</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <generic-icon name="x-office-document"/>
    <glob pattern="*.journey"/>
    <magic priority="60">
      <match type="string" offset="0" value="SQLite format 3\\0">
        <match type="big32" offset="68" value="{app_id}"/>
      </match>
    </magic>
  </mime-type>
</mime-info>
"""


def installed_files(home: Path) -> list[Path]:
    """Every file an installation writes under ``home`` (``$XDG_DATA_HOME``)."""
    hicolor = home / "icons" / "hicolor"
    files = [
        home / "applications" / DESKTOP_ID,
        home / "mime" / "packages" / MIME_PACKAGE,
        hicolor / "scalable" / "apps" / f"{APP_ICON}.svg",
        hicolor / "scalable" / "mimetypes" / f"{MIME_ICON}.svg",
    ]
    for size in PNG_SIZES:
        folder = hicolor / f"{size}x{size}"
        files += [folder / "apps" / f"{APP_ICON}.png", folder / "mimetypes" / f"{MIME_ICON}.png"]
    return files


# --- Install and uninstall ------------------------------------------------------------------


def install(home: Path | None = None, *, run_tools: bool = True) -> list[Path]:
    """Install the launcher, the file type and the icons; return the files written."""
    home = data_home() if home is None else home
    hicolor = home / "icons" / "hicolor"
    written = [
        _write(home / "applications" / DESKTOP_ID, desktop_entry(launch_command()).encode()),
        _write(home / "mime" / "packages" / MIME_PACKAGE, mime_package().encode()),
    ]
    svg = resource("icons", f"{APP_ICON}.svg").read_bytes()
    for kind, name in (("apps", APP_ICON), ("mimetypes", MIME_ICON)):
        written.append(_write(hicolor / "scalable" / kind / f"{name}.svg", svg))
    for size, png in _pngs(resource("icons", f"{APP_ICON}.svg")).items():
        folder = hicolor / f"{size}x{size}"
        for kind, name in (("apps", APP_ICON), ("mimetypes", MIME_ICON)):
            written.append(_write(folder / kind / f"{name}.png", png))
    with contextlib.suppress(OSError):
        os.utime(hicolor)  # icon caches compare this folder's time with their own
    if run_tools:
        _run_tool("update-mime-database", str(home / "mime"))
        _run_tool("update-desktop-database", "-q", str(home / "applications"))
        _run_tool("xdg-mime", "default", DESKTOP_ID, MIME_TYPE)
    return written


def uninstall(home: Path | None = None, *, run_tools: bool = True) -> list[Path]:
    """Remove what :func:`install` wrote and the default it set; return the files removed."""
    home = data_home() if home is None else home
    removed = []
    for path in installed_files(home):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    with contextlib.suppress(OSError):
        os.utime(home / "icons" / "hicolor")
    for mimeapps in (config_home() / "mimeapps.list", home / "applications" / "mimeapps.list"):
        _forget_default(mimeapps)
    if run_tools:
        if (home / "mime").is_dir():
            _run_tool("update-mime-database", str(home / "mime"))
        if (home / "applications").is_dir():
            _run_tool("update-desktop-database", "-q", str(home / "applications"))
    return removed


def _pngs(svg: Path) -> dict[int, bytes]:
    """The icon drawn at each size, as PNG; nothing when QtSvg cannot be loaded."""
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
        from PySide6.QtGui import QImage, QImageWriter, QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        return {}
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        return {}
    pngs = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def _write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (never half a file), readable by everyone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda f: f.write(data), mode=0o644)
    return path


def _run_tool(*command: str) -> bool:
    """Run a desktop database tool if it is installed; its failure is not ours to report."""
    program = shutil.which(command[0])
    if program is None:
        return False
    try:
        result = subprocess.run(
            [program, *command[1:]],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=_TOOL_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def _forget_default(mimeapps: Path) -> None:
    """Take ``journeyline.desktop`` out of the ``.journey`` entries of a ``mimeapps.list``."""
    try:
        text = mimeapps.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return
    lines = []
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == MIME_TYPE:
            ids = [i for i in value.strip().split(";") if i and i != DESKTOP_ID]
            if not ids:
                continue
            line = f"{key}={';'.join(ids)};"
        lines.append(line)
    new = "\n".join(lines) + "\n"
    if new != text:
        _write(mimeapps, new.encode("utf-8"))


# --- The command line ------------------------------------------------------------------------


def main(argv: Sequence[str]) -> int:
    """``journeyline --install-desktop | --uninstall-desktop``; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="journeyline",
        description="Make the Linux desktop open .journey files in Journeyline "
        "(for the current user), or undo that.",
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(INSTALL_FLAG, action="store_true", help="add the launcher and file type")
    group.add_argument(UNINSTALL_FLAG, action="store_true", help="remove them again")
    try:
        ns = parser.parse_args(list(argv))
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 2
    if not sys.platform.startswith("linux"):
        print(
            "journeyline: the desktop integration is for Linux; on macOS and Windows the "
            "application bundle or the installer registers .journey files.",
            file=sys.stderr,
        )
        return 2
    home = data_home()
    try:
        if ns.install_desktop:
            install(home)
            print(
                f"Journeyline is in the applications menu ({home / 'applications' / DESKTOP_ID});"
            )
            print(".journey files now open in Journeyline.")
        else:
            removed = uninstall(home)
            print(f"Removed Journeyline's launcher, file type and icons ({len(removed)} files).")
    except WriteError as e:
        print(f"journeyline: the desktop integration failed: {e}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as e:
        print(f"journeyline: the desktop integration failed: {e}", file=sys.stderr)
        return 1
    return 0
