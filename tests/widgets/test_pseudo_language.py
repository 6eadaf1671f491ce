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
from PySide6.QtCore import Qt
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
    """The window in the pseudo-language: its catalogues, and the exports' catalogue for the
    words of the shared layout that the map shows (journey title, "more" notes)."""
    translations.install("en")
    assert translations.install_file(pseudo_language.build(tmp_path / "pseudo.qm"))
    i18n.speak(pseudo_language.exports_catalogue())
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


# The content as one text: a painted line or a shortened cell is a piece of it.
CONTENT_TEXT = "\n".join(sorted(CONTENT))


def _content(text: str) -> bool:
    """A piece of the workshop's own text (a wrapped line, a name shortened with "…")."""
    piece = text.strip().removesuffix("…").strip()
    return len(piece) >= 2 and piece in CONTENT_TEXT


def _english(text: str) -> bool:
    """Plain English: words of the window left untranslated (content and names excepted)."""
    plain = text.replace("&", "").strip()
    if not plain or pseudo_language.is_pseudo(plain) or plain in CONTENT or _content(text):
        return False
    parts = [p.strip().removeprefix("•").strip() for p in re.split(r" [—·›] |\n", text.strip())]

    def known(part: str) -> bool:  # the workshop's own text (a name may hold "&")
        return part in CONTENT or part.replace("&", "") in CONTENT

    # Each piece is the workshop's own text or the window's, translated ("Kari · [Töðàý~~]").
    parts = [p for p in parts if p and not known(p) and not pseudo_language.is_pseudo(p)]
    if not parts:
        return False
    plain = " ".join(parts).replace("&", "")
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


def _painted(monkeypatch) -> list[str]:
    """Every text the window paints itself (the map, the matrix, the comparison chart): each
    module of widgets/ that draws with ``painting.draw_text`` records what it draws."""
    import sys

    from widgets.canvas import painting

    drawn: list[str] = []
    original = painting.draw_text

    def record(painter, x, baseline, text, size, bold=False):  # type: ignore[no-untyped-def]
        drawn.append(text)
        original(painter, x, baseline, text, size, bold)

    for name, module in list(sys.modules.items()):
        if name.startswith("widgets.") and getattr(module, "draw_text", None) is original:
            monkeypatch.setattr(module, "draw_text", record)
    return drawn


def _item_problems(where: str, scene) -> list[str]:
    """Tooltips of a scene's items (cards, chips, stations)."""
    found = []
    for item in scene.items():
        tip = item.toolTip()
        for line in tip.splitlines():
            if _english(line):
                found.append(f"{where}: English item tooltip {line!r}")
    return found


def test_every_panel_dialog_and_painted_text_speaks_the_pseudo_language(
    pseudo, make_window, workshop_path, qtbot, monkeypatch
):
    """Beyond the window as it opens: each dock brought to the front, the properties of a
    station, a phase and a line, the panels' dialogs (persona, owner, merge, new journey,
    improvement idea, journey texts, new workshop from a template), the comparison window,
    presentation mode and the spotlight; and every text painted on the map, the matrix and the
    comparison chart, and the tooltips of the matrix's cards."""
    drawn = _painted(monkeypatch)
    window = make_window(workshop_path)
    window.resize(1366, 768)
    qtbot.wait(50)
    panels = window.panels
    found: list[str] = []
    for key in ("journeys", "personas", "owners", "actions", "matrix"):
        dock = panels.show_panel(key)
        qtbot.wait(20)
        found += _problems(f"dock {key}", dock)
    matrix = panels.matrix
    assert matrix is not None
    found += _item_problems("matrix", matrix.view.scene())
    # The properties of a station, a phase and a line.
    window.properties_dock.raise_()
    # The width the panel has in the real window at 1366x768 (seen on screen); the offscreen
    # window, with every dock shown in turn, leaves it narrower than a user ever sees it.
    window.resize(1366, 768)
    qtbot.wait(20)
    window.resizeDocks([window.properties_dock], [340], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    view, editor = window.view, window.editor
    jid = editor.journey_id
    for kind, ids in (
        ("station", [editor.document.stations(jid)[0].id]),
        ("phase", [editor.document.phases(jid)[0].id]),
        ("line", [editor.document.lines(jid)[0].id]),
    ):
        view.select(kind, ids)
        qtbot.wait(20)
        found += _problems(f"properties of a {kind}", window.properties)
    # The panels' dialogs.
    owner_id = editor.document.owners()[0].id
    openers = [
        panels.personas.new_persona,
        lambda: panels.personas.edit_persona(editor.document.personas()[0].id),
        panels.owners.add_owner,
        lambda: panels.owners.edit_owner(owner_id),
        lambda: panels.owners.open_merge(owner_id),
        panels.journeys.new_journey,
        panels.journeys.edit_texts,
        panels.board.add_idea,
    ]
    for opener in openers:
        dialog = opener()
        assert isinstance(dialog, QDialog), opener
        qtbot.waitExposed(dialog)
        found += _problems(type(dialog).__name__, dialog)
        dialog.close()
    from widgets.dialogs import TemplateDialog

    templates = TemplateDialog(window)
    templates.show()
    qtbot.waitExposed(templates)
    found += _problems("TemplateDialog", templates)
    templates.close()
    templates.deleteLater()
    # The comparison window (today's and the future journey).
    comparison = panels.journeys.open_comparison()
    qtbot.waitExposed(comparison)
    comparison.grab()
    found += _problems("comparison", comparison)
    comparison.close()
    # Presentation mode and the spotlight of a station.
    window.presentation.enter()
    qtbot.wait(50)
    found += _problems("presentation", window)
    assert window.presentation.active
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the first phase
    station = next(s for s in editor.document.stations(jid) if s.needs and s.pain_points)
    view.select("station", [station.id])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.wait(50)
    spotlight = window.presentation.spotlight
    assert spotlight is not None and spotlight.isVisible()
    found += _problems("spotlight", spotlight)
    window.presentation.leave()
    # Everything painted so far: map, matrix, comparison chart.
    window.grab()
    matrix.grab()
    painted = sorted({t for t in drawn if _english(t)})
    found += [f"painted {t!r}" for t in painted]
    QApplication.processEvents()
    assert found == [], "\n".join(found)
