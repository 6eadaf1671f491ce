"""The menus in every language: within one menu no two items share a mnemonic (Alt+V then C
must reach the one item it names), and a checkable item shows its state as a check mark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from app import translations

# A single "&" before a character marks it; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def clashes(actions: list[QAction]) -> dict[str, list[str]]:
    """Mnemonics that more than one visible item of the same menu uses, with their texts."""
    seen: dict[str, list[str]] = {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key is not None:
            seen.setdefault(key, []).append(action.text())
    return {k: v for k, v in seen.items() if len(v) > 1}


def walk(menu: QMenu, path: str) -> list[tuple[str, QMenu]]:
    menus = [(path, menu)]
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            menus += walk(sub, f"{path} ▸ {action.text()}")
    return menus


def menus_of(bar: QMenuBar) -> list[tuple[str, QMenu]]:
    found = []
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled on opening (recent files) fill now
            found += walk(menu, action.text())
    return found


@pytest.fixture
def language(request, qapp):
    translations.install(request.param)
    yield request.param
    translations.install("en")


@pytest.mark.parametrize("language", list(translations.LANGUAGES), indirect=True)
def test_no_menu_has_two_items_with_one_mnemonic(language, make_window, workshop_path: Path):
    window = make_window(workshop_path)
    bar = window.menuBar()
    problems = []
    top = clashes(bar.actions())
    if top:
        problems.append(f"menu bar: {top}")
    menus = menus_of(bar)
    assert len(menus) >= 5  # File, Edit, View (with Panels), Help
    for path, menu in menus:
        found = clashes(menu.actions())
        if found:
            problems.append(f"{path}: {found}")
    assert not problems, f"{language}: " + "; ".join(problems)


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_alt_v_then_c_names_compare(language, make_window, workshop_path: Path):
    """The review's case: in the View menu the letter of "Compare today and future…" leads
    to it alone (it led to "Show the emotion curve" in English and German)."""
    window = make_window(workshop_path)
    view_menu = window.findChild(QMenu, "view-menu")
    compare = window.action("compare")
    key = mnemonic(compare.text())
    assert key is not None
    same = [a.text() for a in view_menu.actions() if mnemonic(a.text()) == key]
    assert same == [compare.text()]


def test_checkable_items_show_a_check_mark_in_menus(make_window, workshop_path: Path):
    """An item that can be checked shows a check box in its menu, not its icon (Qt then
    shows the state only as a faint frame around the icon); the toolbar keeps the icon."""
    window = make_window(workshop_path)
    checkable = [
        action
        for _, menu in menus_of(window.menuBar())
        for action in menu.actions()
        if action.isCheckable() and not action.isSeparator()
    ]
    assert len(checkable) >= 8  # the View toggles and the panels
    with_icons = [a for a in checkable if not a.icon().isNull()]
    assert with_icons  # the emotion curve, the needs, focus: they have icons
    for action in checkable:
        assert action.icon().isNull() or not action.isIconVisibleInMenu(), action.text()
    for action in with_icons:
        assert not action.icon().isNull()  # still there for the toolbar and the shortcuts list
