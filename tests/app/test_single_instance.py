"""A file double-clicked while Journeyline runs opens in the running Journeyline.

The running editor is an InstanceServer in this test process; the second Journeyline is a real
second process calling hand_over(), as a double-click would start it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app.single_instance import MAX_LINE, InstanceServer, hand_over, server_name

ROOT = Path(__file__).resolve().parents[2]
POSIX = os.name == "posix"

SECOND_INSTANCE = """
import sys
from app.single_instance import hand_over
name, paths = sys.argv[1], sys.argv[2:]
results = [hand_over(path, name=name) for path in paths]
print(results)
sys.exit(0 if all(results) else 1)
"""

CRASHING_INSTANCE = """
import sys, time
from PySide6.QtCore import QCoreApplication
from app.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(name=sys.argv[1])
print("listening" if server.listening else "not listening", flush=True)
time.sleep(60)
"""


def python(script: str, *args: str | Path, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


@pytest.fixture
def name() -> Iterator[str]:
    """A server name of the test's own, so that a Journeyline the tester runs is not involved."""
    value = f"journeyline-test-{uuid.uuid4().hex[:12]}"
    yield value
    QLocalServer.removeServer(value)


@pytest.fixture
def server(qapp, name: str) -> Iterator[InstanceServer]:
    instance = InstanceServer(name=name)
    assert instance.listening
    yield instance
    instance.close()
    instance.deleteLater()


def collect(server: InstanceServer) -> list[str]:
    received: list[str] = []
    server.open_requested.connect(received.append)
    return received


def test_a_second_instance_hands_its_files_to_the_running_one(qtbot, server, name, tmp_path):
    received = collect(server)
    first = tmp_path / "Nordlys Energi – onboarding.journey"
    second = tmp_path / "sub" / "Ålesund.journey"

    # Two double-clicks in a row; the second one with a path relative to its folder.
    proc = python(SECOND_INSTANCE, name, first, Path("sub") / second.name, cwd=tmp_path)
    qtbot.waitUntil(lambda: len(received) == 2, timeout=15_000)
    out, err = proc.communicate(timeout=15)

    assert proc.returncode == 0, err
    assert out.strip() == "[True, True]"
    assert received == [str(first), str(second)]


def test_without_a_running_instance_hand_over_is_false_at_once(name, tmp_path):
    start = time.monotonic()
    assert hand_over(tmp_path / "x.journey", name=name) is False
    assert time.monotonic() - start < 1.0


def test_a_second_server_leaves_a_live_one_alone(qtbot, server, name, tmp_path):
    received = collect(server)
    late = InstanceServer(name=name)
    assert not late.listening

    proc = python(SECOND_INSTANCE, name, tmp_path / "a.journey", cwd=tmp_path)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=15_000)
    proc.communicate(timeout=15)
    assert proc.returncode == 0
    late.deleteLater()


@pytest.mark.skipif(not POSIX, reason="only Unix sockets outlive a crashed process")
def test_the_socket_left_by_a_crash_is_taken_over(qtbot, qapp, name, tmp_path):
    crashed = python(CRASHING_INSTANCE, name, cwd=tmp_path)
    try:
        assert crashed.stdout is not None
        assert crashed.stdout.readline().strip() == "listening"
    finally:
        crashed.send_signal(signal.SIGKILL)
        crashed.communicate(timeout=15)
    socket_file = Path(QDir.tempPath()) / name
    assert socket_file.exists(), "a killed server leaves its socket file behind"

    start = time.monotonic()
    assert hand_over(tmp_path / "x.journey", name=name) is False
    assert time.monotonic() - start < 1.0

    server = InstanceServer(name=name)
    try:
        assert server.listening
        received = collect(server)
        proc = python(SECOND_INSTANCE, name, tmp_path / "x.journey", cwd=tmp_path)
        qtbot.waitUntil(lambda: len(received) == 1, timeout=15_000)
        proc.communicate(timeout=15)
        assert proc.returncode == 0
        assert received == [str(tmp_path / "x.journey")]
    finally:
        server.close()
        server.deleteLater()


@pytest.mark.parametrize(
    "garbage",
    [
        b"\xff\xfe\x00\x80 not utf-8\n",
        b"relative/path.journey\n",
        b"\n",
        b"/tmp/a\x00b.journey\n",
        b"x" * (MAX_LINE + 10),
    ],
    ids=["not-utf8", "relative", "empty", "nul", "endless"],
)
def test_garbage_from_a_stranger_is_dropped_and_the_server_goes_on(
    qtbot, server, name, tmp_path, garbage
):
    received = collect(server)
    stranger = QLocalSocket()
    stranger.connectToServer(name)
    assert stranger.waitForConnected(1000)
    stranger.write(garbage)
    stranger.flush()
    qtbot.waitUntil(
        lambda: stranger.state() == QLocalSocket.LocalSocketState.UnconnectedState,
        timeout=5000,
    )
    assert received == []
    assert bytes(stranger.readAll().data()) == b"", "no answer to garbage"

    proc = python(SECOND_INSTANCE, name, tmp_path / "after.journey", cwd=tmp_path)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=15_000)
    proc.communicate(timeout=15)
    assert proc.returncode == 0
    assert received == [str(tmp_path / "after.journey")]


def test_a_path_that_cannot_travel_as_one_line_stays_with_its_process(server, name, tmp_path):
    received = collect(server)
    assert hand_over(tmp_path / "two\nlines.journey", name=name) is False
    assert received == []


def test_the_server_name_is_per_user_and_stable():
    assert server_name("alice") == server_name("alice")
    assert server_name("alice") != server_name("bob")
    assert "alice" not in server_name("alice")
    assert "journeyline-" in server_name()


def test_the_window_comes_to_the_front_for_a_handed_over_file(qtbot, name, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    server = InstanceServer(window, name=name)
    received = collect(server)

    proc = python(SECOND_INSTANCE, name, tmp_path / "a.journey", cwd=tmp_path)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=15_000)
    proc.communicate(timeout=15)

    assert not window.isMinimized()
    assert window.isVisible()
    server.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR is Linux")
def test_on_linux_the_socket_lives_in_the_users_runtime_folder(qtbot, monkeypatch, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = server_name()
    assert Path(name).parent == runtime

    server = InstanceServer()
    try:
        assert server.listening
        assert Path(name).exists()
        received = collect(server)
        proc = python(SECOND_INSTANCE, name, tmp_path / "b.journey", cwd=tmp_path)
        qtbot.waitUntil(lambda: len(received) == 1, timeout=15_000)
        proc.communicate(timeout=15)
        assert proc.returncode == 0
    finally:
        server.close()
        server.deleteLater()
