"""Message boxes that say text as it is.

QMessageBox guesses rich text from anything tag-like before the first line break, so a file
named ``<h1>x</h1>.journey`` or a cell holding ``<img src=…>`` would be drawn as markup inside
"„…“ does not exist." Every message box of the window is made here, as plain text; the problem
lists (an import's, an action list's) are shown here too, one bullet per problem.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.translations import plural

PROBLEMS_SHOWN = 12  # problems listed in the message itself; every one of them under Details

Button = QMessageBox.StandardButton


def plain_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    parent: QWidget | None,
    buttons: Button = Button.Ok,
) -> QMessageBox:
    """A message box whose text and informative text are plain text, never markup."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative text follows this format
    return box


def warning(parent: QWidget | None, title: str, text: str) -> None:
    plain_box(QMessageBox.Icon.Warning, title, text, parent).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    plain_box(QMessageBox.Icon.Information, title, text, parent).exec()


def question(
    parent: QWidget | None, title: str, text: str, buttons: Button, default: Button
) -> Button:
    box = plain_box(QMessageBox.Icon.Question, title, text, parent, buttons)
    box.setDefaultButton(default)
    return Button(box.exec())


def list_problems(box: QMessageBox, problems: Sequence[str]) -> None:
    """``problems`` under the box's sentence, one bullet each (a problem that wraps is still
    read as one): the first :data:`PROBLEMS_SHOWN`, then how many more, all under Details."""
    if not problems:
        return
    shown = [f"• {line}" for line in problems[:PROBLEMS_SHOWN]]
    more = len(problems) - len(shown)
    if more:
        shown.append(plural("MessageBox", "… and %n more (see Show Details).", more))
        box.setDetailedText("\n".join(f"• {line}" for line in problems))
    box.setInformativeText("\n".join(shown))
