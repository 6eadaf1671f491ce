"""One Journeyline per user: a file double-clicked while Journeyline runs opens in that window.

How the editor uses it (``widgets.gui.run_editor``)::

    if path is not None and single_instance.hand_over(path):
        return 0                       # the running Journeyline opens it; this process ends
    ...create the QApplication and the main window...
    server = single_instance.InstanceServer(window)   # raises the window on each request
    server.open_requested.connect(window.open_path)

:func:`hand_over` needs no QApplication, so it runs before anything is created and costs a few
milliseconds when no Journeyline runs. :class:`InstanceServer` listens for the next ones.

The protocol is one line per file: the absolute path in UTF-8 and ``\\n``; the server answers
``ok\\n`` before it opens the file, so the second process never waits on a dialog. Anything
else (a line that is not UTF-8, a relative path, an endless line, a silent client) is dropped
with its connection, and the server keeps serving.

Where the socket lives: on Linux in ``$XDG_RUNTIME_DIR`` (private to the user) when it exists,
else a name in the temporary folder (per user on macOS) that carries a hash of the user name;
the socket only admits its own user (``UserAccessOption``), and the client checks that the
socket file belongs to it before it sends a path. On Windows the name is a named pipe.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

NAME_PREFIX = "journeyline-"
ACK = b"ok\n"
CONNECT_TIMEOUT_MS = 300  # a live server accepts at once; nothing there fails at once
ACK_TIMEOUT_MS = 3000  # the running editor answers from its event loop
IDLE_TIMEOUT_MS = 5000  # a client that says nothing is dropped after this
MAX_LINE = 32 * 1024  # no path is longer; anything longer is not a path


def server_name(user: str | None = None) -> str:
    """The server's name for ``user`` (default: the current user), stable across runs."""
    if user is None:
        user = _user_name()
    digest = hashlib.sha256(user.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    name = NAME_PREFIX + digest
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform.startswith("linux") and runtime and Path(runtime).is_dir():
        return str(Path(runtime) / f"{name}.sock")
    return name


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container): the uid is as good
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def hand_over(path: str | os.PathLike[str], *, name: str | None = None) -> bool:
    """Ask a running Journeyline to open ``path``; True if it took it.

    False at once when none runs (or it does not answer within a few seconds, or the path
    cannot travel as one UTF-8 line): then this process opens the file itself.
    """
    name = server_name() if name is None else name
    line = os.path.abspath(os.fspath(path))
    if "\n" in line or "\0" in line:
        return False
    try:
        data = (line + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a name that is not UTF-8 on disk (surrogate escapes)
        return False
    if not _owned_by_me(name):
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    try:
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(data)
        if not socket.waitForBytesWritten(ACK_TIMEOUT_MS):
            return False
        answer = b""
        while not answer.endswith(b"\n") and len(answer) < len(ACK):
            if not socket.bytesAvailable() and not socket.waitForReadyRead(ACK_TIMEOUT_MS):
                return False
            answer += bytes(socket.readAll().data())
        return answer == ACK
    finally:
        socket.abort()


def _owned_by_me(name: str) -> bool:
    """On Unix, a socket file that another user made is not our Journeyline: don't talk to it."""
    if os.name != "posix" or not hasattr(os, "getuid"):
        return True
    path = Path(name) if os.path.isabs(name) else Path(QDir.tempPath()) / name
    try:
        return path.stat().st_uid == os.getuid()
    except OSError:
        return True  # nothing there: connecting fails at once anyway


class InstanceServer(QObject):
    """Listens for :func:`hand_over` from later Journeylines; emits ``open_requested(path)``.

    When its parent is a window, that window is brought to the front (restored if minimised)
    just before each ``open_requested``, so the user sees where the file went.

    ``listening`` is False only when another live Journeyline already holds the name (both
    were started at the same moment): this one then works on alone. A socket file left behind
    by a crash is removed and the name taken over.
    """

    open_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, *, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = server_name() if name is None else name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self.listening = self._listen()

    def close(self) -> None:
        """Stop listening and drop the connections (also done when the object is deleted)."""
        self._server.close()
        for socket in list(self._buffers):
            self._drop(socket)

    def _listen(self) -> bool:
        # Ask first: with UserAccessOption, Qt's listen() would replace a live server's socket.
        if _someone_listens(self.name):
            return False
        if self._server.listen(self.name):
            return True
        # The name is taken but nobody answers: a socket file left by a crash.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            timer = QTimer(socket)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: self._drop(s))
            timer.start(IDLE_TIMEOUT_MS)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        while (end := buffer.find(b"\n")) >= 0:
            raw = bytes(buffer[:end])
            del buffer[: end + 1]
            path = _path_from(raw)
            if path is None:
                self._drop(socket)  # not one of ours: no answer, no more reading
                return
            socket.write(ACK)
            socket.flush()
            parent = self.parent()
            if isinstance(parent, QWidget):
                bring_to_front(parent)
            self.open_requested.emit(path)
            if socket not in self._buffers:  # a slot closed the server meanwhile
                return
        if len(buffer) > MAX_LINE:
            self._drop(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is None:
            return
        with contextlib.suppress(RuntimeError):  # already deleted on the C++ side
            socket.abort()
            socket.deleteLater()


def _path_from(raw: bytes) -> str | None:
    """The path a line carries, or None for anything that is not an absolute path."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text or "\0" in text or not os.path.isabs(text):
        return None
    return text


def _someone_listens(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return alive


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` above the others (restored if minimised), for a file handed over."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
