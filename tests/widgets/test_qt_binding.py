"""The installed Qt binding keeps Python's reference counts straight.

PySide6-Essentials 6.12.0 on Python 3.11 takes a reference away from None on every call of a
method returning void, and the interpreter aborts after a few thousand paints. pyproject.toml
keeps that release out; this test catches any later release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLineEdit


def test_void_calls_do_not_leak_references_to_none(qapp: QApplication) -> None:
    edit = QLineEdit()
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            edit.setText("x")
        after = sys.getrefcount(None)
    finally:
        edit.deleteLater()
    assert after - before > -100, f"None lost {before - after} references in 2,000 void calls"
