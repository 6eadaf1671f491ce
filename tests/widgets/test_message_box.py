"""Every message box says its text as it is: a file's name or a cell's value that looks like
markup is shown as typed, never drawn as markup (QMessageBox would guess rich text from it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from widgets import message_box

MARKUP = "<b>big<i> &amp; <img src=x>"  # no slash: a file name holds it whole


def _labels(box: QMessageBox) -> dict[str, QLabel]:
    return {label.objectName(): label for label in box.findChildren(QLabel)}


def test_a_missing_file_named_like_markup_is_said_as_typed(window, tmp_path: Path, qtbot):
    missing = tmp_path / f"{MARKUP}.journey"
    seen: list[tuple[object, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        label = _labels(box)["qt_msgbox_label"]
        seen.append((label.textFormat(), label.text()))
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert not window.workshop.open_path(missing)  # the real box, modal, closed by the timer
    assert seen, "no message box was shown"
    text_format, text = seen[0]
    assert text_format == Qt.TextFormat.PlainText
    assert MARKUP in text and "does not exist" in text
    assert not missing.exists()


def test_a_problem_list_is_plain_and_bulleted(qtbot):
    problems = [f"row {n}: {MARKUP} & =SUM(A1)" for n in range(15)]
    box = message_box.plain_box(QMessageBox.Icon.Warning, "Title", f"{MARKUP}.xlsx", None)
    qtbot.addWidget(box)
    message_box.list_problems(box, problems)
    labels = _labels(box)
    assert labels["qt_msgbox_informativelabel"].textFormat() == Qt.TextFormat.PlainText
    shown = box.informativeText().splitlines()
    assert shown[:12] == [f"• {p}" for p in problems[:12]]
    assert shown[12] == "… and 3 more (see Show Details)."
    assert box.detailedText().splitlines() == [f"• {p}" for p in problems]
