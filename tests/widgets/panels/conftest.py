"""Fixtures for the side panels: the sample workshop in an editor, widgets that are closed and
deleted after each test, real mouse events, and a look at the file on disk."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.editor import Editor
from models import interchange
from models.document import Document
from models.resources import resource
from models.transfer import import_document

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def journey_path(tmp_path: Path) -> Path:
    """The bundled sample imported into a fresh workshop file."""
    path = tmp_path / "panels.journey"
    import_document(interchange.parse(resource("samples", "sample.json").read_bytes()), path)
    return path


@pytest.fixture
def editor(journey_path: Path) -> Iterator[Editor]:
    ed = Editor(Document.open(journey_path))
    try:
        yield ed
    finally:
        ed.close()


def _flush() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture
def make(qtbot: Any, editor: Editor) -> Iterator[Callable[..., Any]]:
    """make(PanelClass, size=(w, h), **kwargs): a shown panel on the editor, deleted after."""
    made: list[QWidget] = []

    def build(cls: type[W], *args: Any, size: tuple[int, int] = (1000, 800), **kwargs: Any) -> W:
        widget = cls(editor, *args, **kwargs)
        made.append(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()  # shortcuts answer in the active window only
        qtbot.waitActive(widget)
        return widget

    yield build
    for widget in made:
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    _flush()


class Answers:
    """A confirm callable for the panels: records each question, answers as told."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def __call__(self, title: str, question: str) -> bool:
        self.asked.append((title, question))
        return self.answer


@pytest.fixture
def answers() -> Answers:
    return Answers()


def send_mouse(
    target: QWidget,
    kind: QEvent.Type,
    pos: QPointF | QPoint,
    *,
    button: Qt.MouseButton = Qt.MouseButton.NoButton,
    buttons: Qt.MouseButton = Qt.MouseButton.NoButton,
) -> None:
    """A real mouse event, delivered like the window system's (buttons held included)."""
    local = QPointF(pos)
    event = QMouseEvent(
        kind,
        local,
        QPointF(target.mapToGlobal(local)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def drag(
    target: QWidget, start: QPointF, end: QPointF, steps: int = 8, release: bool = True
) -> None:
    """Press at ``start``, move to ``end`` with the left button held, release there."""
    left = Qt.MouseButton.LeftButton
    send_mouse(target, QEvent.Type.MouseButtonPress, start, button=left, buttons=left)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        send_mouse(target, QEvent.Type.MouseMove, point, buttons=left)
    if release:
        send_mouse(target, QEvent.Type.MouseButtonRelease, end, button=left)


def on_disk(editor: Editor, tmp_path: Path) -> Document:
    """The workshop as the file on disk holds it now: a byte copy, opened on its own."""
    copy = tmp_path / f"on-disk-{len(list(tmp_path.glob('on-disk-*')))}.journey"
    shutil.copyfile(editor.document.path, copy)
    return Document.open(copy, readonly=True)
