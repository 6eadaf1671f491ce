"""Multi-line text fields wrap at their own width and never scroll sideways.

Qt's QPlainTextEdit, wrapping at the widget's width, still offers a horizontal scroll bar
whenever a laid-out line measures wider than the viewport, and at some widths a wrapped line
does (by a pixel or two: the space where it breaks). In a field of fixed height that starts a
loop that never ends: the horizontal bar takes height, so the last line no longer fits and the
vertical bar appears; that takes width, the text rewraps narrower and fits, so the horizontal
bar goes; the height comes back, the vertical bar goes, the width comes back, and the
horizontal bar is there again. Each turn is a queued call, so the field repaints and keeps a
CPU core busy for as long as it is shown (QA met it with a sample station's description in a
Finnish window, whose panel is a little wider than a German one).

A field that wraps has nothing to show sideways, so it has no horizontal scroll bar, and a word
longer than the line (an address, a long Finnish compound) breaks where it must rather than
hiding past the edge. With only the vertical bar left the layout cannot oscillate: showing it
makes the text narrower, so it needs more lines, never fewer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit


def wrap_at_width(edit: QPlainTextEdit) -> QPlainTextEdit:
    """Make ``edit`` wrap at its width, breaking long words, with no horizontal scroll bar."""
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return edit
