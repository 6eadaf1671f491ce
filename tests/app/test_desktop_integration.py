"""``journeyline --install-desktop``: a Linux desktop then opens ``.journey`` files in Journeyline.

Everything happens in a temporary HOME, XDG_DATA_HOME and XDG_CONFIG_HOME; the desktop tools
(update-mime-database, update-desktop-database, xdg-mime, desktop-file-validate) are used
where they are installed, and their checks skipped where not.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import desktop_integration as di
from models.resources import resource

ROOT = Path(__file__).resolve().parents[2]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the desktop integration is for Linux"
)


def make_session(root: Path) -> dict[str, str]:
    """The environment of a desktop session whose home is a temporary folder."""
    home = root / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CONFIG_HOME=str(root / "config"),
        PYTHONIOENCODING="utf-8",
    )
    return env


def journeyline(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``python -m app ARGS`` from the source checkout, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def data(env: dict[str, str]) -> Path:
    return Path(env["XDG_DATA_HOME"])


def read_desktop_file(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def exec_argv(value: str) -> list[str]:
    """An Exec value split as the desktop does: string escapes first, then the quoting rules."""
    escapes = {"\\": "\\", "s": " ", "n": "\n", "t": "\t", "r": "\r"}
    text, i = "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += escapes.get(value[i + 1], "\\" + value[i + 1])
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            current, i = current or "", i + 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current += text[i]
                i += 1
            i += 1
        elif ch == " ":
            if current is not None:
                args.append(current)
            current, i = None, i + 1
        else:
            current, i = (current or "") + ch, i + 1
    if current is not None:
        args.append(current)
    return args


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def run_tool(*command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


def install(env: dict[str, str]) -> dict[str, str]:
    result = journeyline("--install-desktop", env=env)
    assert result.returncode == 0, result.stderr
    assert "Journeyline" in result.stdout
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One installation, looked at by the tests that only read it."""
    return install(make_session(tmp_path_factory.mktemp("desktop")))


def test_the_launcher_opens_files_with_this_journeyline(installed, tmp_path):
    desktop = data(installed) / "applications" / "journeyline.desktop"
    entry = read_desktop_file(desktop)

    assert entry["Type"] == "Application"
    assert entry["Name"] == "Journeyline"
    assert entry["Icon"] == "journeyline"
    assert entry["Categories"] == "Office;"
    assert "application/x-journeyline" in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"
    argv = exec_argv(entry["Exec"])
    assert argv[-1] == "%f"
    assert argv[argv.index("-m") - 1 : argv.index("-m") + 2] == [sys.executable, "-m", "app"]
    assert Path(entry["TryExec"]).is_file()

    # The command really starts this Journeyline, from any folder, in the session's environment.
    version = subprocess.run(
        [*argv[:-1], "--version"],
        cwd=tmp_path,
        env=installed,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("journeyline ")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_launcher_is_a_valid_desktop_entry(installed):
    desktop = data(installed) / "applications" / "journeyline.desktop"
    result = run_tool("desktop-file-validate", str(desktop), env=installed)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_mime_package_names_journey_files(installed):
    package = data(installed) / "mime" / "packages" / "journeyline.xml"
    root = ET.parse(package).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == "application/x-journeyline"
    globs = [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")]
    assert globs == ["*.journey"]
    assert mime_type.findtext(f"{MIME_NS}comment") == "Journeyline workshop"


def test_the_icons_are_in_the_hicolor_theme(installed):
    hicolor = data(installed) / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / "journeyline.svg"
    assert svg.read_bytes() == resource("icons", "journeyline.svg").read_bytes()
    assert (hicolor / "scalable" / "mimetypes" / "application-x-journeyline.svg").is_file()
    for size in (16, 48, 256):
        assert png_size(hicolor / f"{size}x{size}" / "apps" / "journeyline.png") == (size, size)
        mime_png = hicolor / f"{size}x{size}" / "mimetypes" / "application-x-journeyline.png"
        assert png_size(mime_png) == (size, size)


def test_qt_finds_the_file_type_in_the_users_mime_data(installed):
    probe = (
        "from PySide6.QtCore import QMimeDatabase as D; "
        "print(D().mimeTypeForFile('Workshop.journey', D.MatchMode.MatchExtension).name())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], env=installed, capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "application/x-journeyline", result.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="no shared-mime-info")
def test_the_mime_database_knows_journey_files(installed):
    globs = (data(installed) / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-journeyline:*.journey" in globs


@pytest.mark.skipif(shutil.which("xdg-mime") is None, reason="no xdg-utils")
def test_xdg_mime_opens_journey_files_with_journeyline(installed, workshop_path):
    default = run_tool("xdg-mime", "query", "default", "application/x-journeyline", env=installed)
    assert default.stdout.strip() == "journeyline.desktop"
    filetype = run_tool("xdg-mime", "query", "filetype", str(workshop_path), env=installed)
    if filetype.returncode != 0 or filetype.stdout.strip() in ("", "application/octet-stream"):
        pytest.skip(f"xdg-mime cannot sniff file types here: {filetype.stderr.strip()}")
    assert filetype.stdout.strip() == "application/x-journeyline"


def test_uninstall_removes_everything_it_installed(tmp_path):
    installed = install(make_session(tmp_path))
    home = data(installed)
    assert all(path.is_file() for path in di.installed_files(home))

    result = journeyline("--uninstall-desktop", env=installed)

    assert result.returncode == 0, result.stderr
    assert not [path for path in di.installed_files(home) if path.exists()]
    globs = home / "mime" / "globs2"
    if globs.exists():
        assert "journey" not in globs.read_text(encoding="utf-8")
    mimeapps = Path(installed["XDG_CONFIG_HOME"]) / "mimeapps.list"
    if mimeapps.exists():
        assert "journeyline.desktop" not in mimeapps.read_text(encoding="utf-8")


def test_uninstall_keeps_other_defaults(tmp_path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    (config / "mimeapps.list").write_text(
        "[Default Applications]\n"
        "application/x-journeyline=journeyline.desktop\n"
        "text/plain=org.gnome.TextEditor.desktop\n"
        "[Added Associations]\n"
        "application/x-journeyline=other.desktop;journeyline.desktop;\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    di.uninstall(tmp_path / "data", run_tools=False)
    assert (config / "mimeapps.list").read_text(encoding="utf-8") == (
        "[Default Applications]\n"
        "text/plain=org.gnome.TextEditor.desktop\n"
        "[Added Associations]\n"
        "application/x-journeyline=other.desktop;\n"
    )


@pytest.mark.parametrize(
    "program",
    [
        "/opt/Journeyline/journeyline",
        "/home/ann/My Apps/journeyline",
        '/home/ann/"quoted" $HOME `x`/journeyline',
        "/home/ann/100% sure/journeyline",
        "/home/ann/back\\slash/journeyline",
    ],
)
def test_exec_survives_any_folder_name(program):
    line = di.exec_line([program, "-m", "app"])
    argv = exec_argv(line)
    assert [arg.replace("%%", "%") for arg in argv] == [program, "-m", "app", "%f"]


def test_a_frozen_build_launches_its_own_executable(monkeypatch, tmp_path):
    executable = tmp_path / "journeyline"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delenv("APPIMAGE", raising=False)
    assert di.launch_command() == [str(executable)]
    entry = di.desktop_entry(di.launch_command())
    assert f"Exec={executable} %f" in entry.splitlines()
    assert f"TryExec={executable}" in entry.splitlines()
