"""Pseudo-localisation: every text the window shows is translated, and none is cut.

The window runs in a pseudo-language (tests/widgets/pseudo_language.py); the test opens every
window, dock, dialog, menu and context menu it can reach and reads every visible text: a text
that is still plain English escaped translation; a one-line text wider than its widget is cut.
Texts that come from the workshop itself (names, titles, notes) and the language names of
Preferences are not the window's and are left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QWidget,
)

from app import translations
from models import i18n
from models.resources import resource
from tests.widgets import pseudo_language
from widgets.canvas import menus
from widgets.canvas.scene import Hit

WORDS = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def pseudo(qapp, tmp_path):
    translations.install("en")
    assert translations.install_file(pseudo_language.build(tmp_path / "pseudo.qm"))
    yield
    translations.install("en")


def _document_texts() -> set[str]:
    """Every string of the sample workshop (the user's content, not the window's)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(json.loads(resource("samples", "sample.json").read_text(encoding="utf-8")))
    return found


# Not the window's texts: the workshop's content, the product's name, languages named in their
# own language (Preferences, the export language).
CONTENT = (
    _document_texts()
    | set(translations.LANGUAGES.values())
    | {i18n.language_name(code) for code in i18n.LANGUAGES}
    | {"Journeyline"}
)


def _english(text: str) -> bool:
    """Plain English: words of the window left untranslated (content and names excepted)."""
    plain = text.replace("&", "").strip()
    if not plain or pseudo_language.is_pseudo(plain) or plain in CONTENT:
        return False
    parts = [p.strip().removeprefix("•").strip() for p in re.split(r" [—·] |\n", plain)]
    if all(p in CONTENT for p in parts if p) or any(p in CONTENT for p in parts[:1]):
        return False
    named = re.fullmatch(r"(.+) \([a-z]{2,3}(-[A-Za-z]{2,4})?\)", plain)
    if named and named.group(1) in CONTENT:  # a language with its tag: "suomi (fi)"
        return False
    if plain.endswith(".journey"):  # the workshop file's path
        return False
    return bool(WORDS.search(plain))


def _qts_own(widget: QWidget) -> bool:
    """A standard button of a dialog: Qt's own catalogue (qtbase_XX) translates it."""
    box = widget.parent()
    return (
        isinstance(widget, QPushButton)
        and isinstance(box, QDialogButtonBox)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


def _texts(widget: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    if isinstance(widget, QLabel) and not widget.pixmap().isNull():
        return
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text(), widget
    if isinstance(widget, QGroupBox):
        yield "title", widget.title(), widget
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText(), widget
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i), widget
    if widget.toolTip():
        yield "tooltip", widget.toolTip(), widget


def _clipped(widget: QWidget, text: str) -> bool:
    """A one-line label or button whose text is wider than the room it has."""
    if "\n" in text or not text or not widget.isVisible() or text.endswith(".journey"):
        return False
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return False
        room = widget.contentsRect().width() - 2 * widget.margin()
    elif isinstance(widget, QAbstractButton):
        room = widget.width() - (
            widget.sizeHint().width()
            - widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
        )
    else:
        return False
    return widget.fontMetrics().horizontalAdvance(text.replace("&", "")) > room + 1


def _problems(where: str, top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        if _qts_own(widget):
            continue
        for what, text, w in _texts(widget):
            if _english(text):
                found.append(f"{where}: English {what} {text!r} ({type(w).__name__})")
            elif what == "text" and text not in CONTENT and _clipped(w, text):
                found.append(
                    f"{where}: cut {text!r} ({type(w).__name__} {w.width()} px, "
                    f"needs {w.fontMetrics().horizontalAdvance(text.replace('&', ''))})"
                )
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if _english(widget.itemText(i)):
                    found.append(f"{where}: English item {widget.itemText(i)!r}")
    return found


def _menu_problems(where: str, menu: QMenu) -> list[str]:
    found = []
    if _english(menu.title()):
        found.append(f"{where}: English menu {menu.title()!r}")
    for action in menu.actions():
        if action.isSeparator():
            continue
        for what, text in (("action", action.text()), ("tip", action.toolTip())):
            if _english(text.split(" (")[0]):
                found.append(f"{where}: English {what} {text!r}")
        if action.menu() is not None:
            found += _menu_problems(f"{where} ▸ {action.text()}", action.menu())
    return found


def test_the_window_in_a_pseudo_language_has_no_english_and_no_cut_text(
    pseudo, make_window, workshop_path, qtbot
):
    window = make_window(workshop_path)
    window.resize(1366, 768)
    qtbot.wait(50)
    found = _problems("window", window)
    for menu in window.menus:
        found += _menu_problems(menu.title(), menu)
    for dock in window.findChildren(QDockWidget):
        found += [f"dock title {dock.windowTitle()!r}"] if _english(dock.windowTitle()) else []
    # Context menus of the map: empty canvas, a station, a phase header, a line label.
    view = window.view
    snapshot = view.map_scene.snapshot
    hits = [None, Hit("station", snapshot.stations[0].id)]
    document = window.editor.document
    hits.append(Hit("phase", document.phases(window.editor.journey_id)[0].id))
    hits.append(Hit("line", document.lines(window.editor.journey_id)[0].id))
    for hit in hits:
        menu = menus.build_menu(view, hit)
        found += _menu_problems(f"context menu {hit}", menu)
        menu.deleteLater()
    # Dialogs the window opens.
    for opener in (
        window.show_preferences,
        window.show_about,
        window.show_shortcuts,
        window.edit_workshop_details,
        window.exporting.open_dialog,
    ):
        dialog = opener()
        assert isinstance(dialog, QDialog)
        qtbot.waitExposed(dialog)
        found += _problems(type(dialog).__name__, dialog)
        for key, button in getattr(dialog, "format_buttons", {}).items():
            button.click()  # the export dialog: every format's options (the registry's texts)
            found += _problems(f"{type(dialog).__name__} ({key})", dialog)
        dialog.close()
    QApplication.processEvents()
    assert found == [], "\n".join(found)
