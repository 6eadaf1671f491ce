"""The German and Finnish window, as QA walked it: no heading left in English, no text cut
with "…", nothing drawn over another widget (the shortcuts dialog, Preferences' restart note,
the customer quotes' entry)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from app import translations
from widgets.preferences_dialog import PreferencesDialog


@pytest.fixture(params=["de", "fi"])
def language(qapp, request):
    translations.install(request.param)
    yield request.param
    translations.install("en")


def test_every_shortcut_heading_is_in_the_windows_language_and_no_key_is_cut(
    language, make_window, workshop_path, qtbot
):
    window = make_window(workshop_path)
    window.resize(1366, 768)
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    english = {"FILE", "EDIT", "VIEW", "HELP", "PRESENTATION", "OTHER"}
    assert not english & set(headings), headings
    presentation = translations.translate("PresentationController", "Presentation").upper()
    assert presentation != "PRESENTATION" and presentation in headings
    viewport = tree.viewport().rect()
    assert not tree.horizontalScrollBar().isVisible()
    checked = 0
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            for column in (0, 1):
                rect = tree.visualItemRect(item)
                left = tree.header().sectionViewportPosition(column)
                cell = QRect(left, rect.top(), tree.header().sectionSize(column), rect.height())
                assert cell.right() <= viewport.right() + 1, item.text(column)
                room = cell.adjusted(4, 0, -4, 0)  # the delegate's text margins
                needed = QFontMetrics(item.font(column)).boundingRect(
                    QRect(0, 0, room.width(), 10_000),
                    int(Qt.TextFlag.TextWordWrap),
                    item.text(column),
                )
                assert needed.width() <= room.width(), item.text(column)
                assert needed.height() <= cell.height(), item.text(column)
                checked += 1
    assert checked > 40
    dialog.close()


def _overlaps(widget: QWidget, others: list[QWidget]) -> list[str]:
    mine = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    found = []
    for other in others:
        theirs = QRect(other.mapTo(other.window(), other.rect().topLeft()), other.size())
        if other.isVisible() and mine.intersects(theirs):
            found.append(type(other).__name__)
    return found


def test_the_restart_note_has_room_in_two_languages(language, settings, qtbot):
    """Choosing another language shows the note in the window's language and in the chosen
    one: the dialog grows so that both lines have their height, clear of the combo and the
    buttons."""
    dialog = PreferencesDialog(settings, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for code in ("fi", "de", "nb", "en"):
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        QApplication.processEvents()
        note = dialog.note
        if code == language:
            assert not note.isVisible()
            continue
        assert note.isVisible()
        assert "\n" in note.text()
        dialog.resize(dialog.minimumSize())  # as small as the user can make it
        QApplication.processEvents()
        needed = note.heightForWidth(note.width())
        assert needed <= note.height(), (code, needed, note.height())
        buttons = [dialog.language, *dialog.findChildren(QWidget, "qt_dialog_buttons")]
        from PySide6.QtWidgets import QDialogButtonBox

        buttons += dialog.findChildren(QDialogButtonBox)
        assert _overlaps(note, buttons) == [], code
        assert dialog.rect().contains(QRect(note.pos(), note.size()))


@pytest.mark.parametrize("code", list(translations.LANGUAGES))
def test_the_quote_entrys_hint_is_whole_in_every_language(
    code, qapp, make_window, workshop_path, qtbot
):
    """The station's customer quotes: the entry's hint fits the entry at the properties
    panel's width on a 1366x768 laptop, in every language."""
    translations.install(code)
    try:
        window = make_window(workshop_path)
        window.resize(1366, 768)
        window.resizeDocks([window.properties_dock], [340], Qt.Orientation.Horizontal)
        editor = window.editor
        window.view.select("station", [editor.document.stations(editor.journey_id)[0].id])
        qtbot.wait(20)
        from widgets.properties_panel.quotes_editor import QuotesEditor

        quotes = window.properties.findChild(QuotesEditor)
        assert quotes is not None
        entry = quotes.entry
        hint = entry.placeholderText()
        assert hint.endswith("…")  # the hint's own ellipsis: it asks for text
        margins = entry.textMargins()
        room = entry.width() - margins.left() - margins.right() - 12  # frame and padding
        assert entry.fontMetrics().horizontalAdvance(hint) <= room, (code, hint, room)
    finally:
        translations.install("en")


def test_the_start_page_after_closing_a_workshop_says_nothing_saved(
    language, make_window, workshop_path
):
    """File ▸ Close workshop: no workshop is open, so the status bar no longer says that all
    changes are saved (nor shows its tick)."""
    window = make_window(workshop_path)
    saved = translations.translate("SaveStatus", "All changes saved")
    assert window.status_label.text() == saved != "All changes saved"
    window.action("close").trigger()
    assert window.stack.currentWidget() is window.start_page
    assert window.status_label.text() == ""
    assert window.status.icon.pixmap().isNull()
    window.open_path(workshop_path)
    assert window.status_label.text() == saved


def test_no_sentence_ends_with_an_ellipsis_and_a_full_stop():
    """A menu item's "…" at the end of a sentence is not followed by a full stop ("…
    valitsemalla Tallenna kopio…." in Finnish): the sentence is turned so it ends in a word."""
    import xml.etree.ElementTree as ET

    found = []
    for code in translations.TRANSLATED:
        root = ET.parse(translations.catalogue(code, ".ts")).getroot()
        for message in root.iter("message"):
            texts = [message.findtext("source") or ""]
            texts += [t.text or "" for t in message.iter("translation")]
            texts += [t.text or "" for t in message.iter("numerusform")]
            found += [f"{code}: {t}" for t in texts if "…." in t or "... ." in t]
    assert found == []


@pytest.mark.parametrize("code", list(translations.LANGUAGES))
def test_the_templates_need_no_sideways_scrolling_in_any_language(code, qapp, qtbot):
    """File ▸ New from template: each template's description wraps within the list (Finnish's
    first one filled the width and brought a horizontal scroll bar)."""
    from widgets.dialogs import TemplateDialog

    translations.install(code)
    try:
        dialog = TemplateDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        listed = dialog.list
        assert listed.horizontalScrollBar().maximum() == 0
        assert not listed.horizontalScrollBar().isVisible()
        viewport = listed.viewport().rect()
        for i in range(listed.count()):
            rect = listed.visualItemRect(listed.item(i))
            assert rect.right() <= viewport.right(), (code, listed.item(i).text())
    finally:
        translations.install("en")


def test_colours_are_named_not_coded(language, make_window, workshop_path, qtbot):
    """A line's colour button names the palette's colour ("Blau", "Sininen") or says it is a
    custom colour, its code only in the tip; every swatch's tip is a name; the persona dialog
    names its colour beside the code field."""
    from models import style
    from widgets.properties_panel.pickers import ColorButton

    window = make_window(workshop_path)
    editor = window.editor
    line = editor.document.lines(editor.journey_id)[0]
    window.view.select("line", [line.id])
    qtbot.wait(20)
    (button,) = [b for b in window.properties.findChildren(ColorButton) if b.isVisible()]
    custom = translations.translate("ColorNames", "Custom colour")
    button.set_value("#1F7A8C")
    assert button.text() == custom != "Custom colour"
    assert "#1F7A8C" in button.toolTip() and custom in button.toolTip()
    blue = button.swatch_buttons["#0072B2"]
    blue.click()
    qtbot.waitUntil(lambda: editor.document.line(line.id).color == "#0072B2")
    window.view.select("line", [line.id])
    (button,) = [b for b in window.properties.findChildren(ColorButton) if b.isVisible()]
    assert button.text() == translations.translate("Fields", "Blue") != "Blue"
    for color, swatch in button.swatch_buttons.items():
        tip = swatch.toolTip()
        assert "#" not in tip and tip == translations.translate("Fields", style.COLOR_NAMES[color])
    dialog = window.panels.personas.new_persona()
    qtbot.waitExposed(dialog)
    assert dialog.color_name.text() == translations.translate("Fields", "Steel blue")
    dialog.color_edit.setText("#123456")
    assert dialog.color_name.text() == custom
    dialog.close()


def test_every_colour_the_window_offers_has_a_name():
    from models import rules, style
    from widgets.properties_panel import LINE_SWATCHES, PHASE_SWATCHES

    offered = {*LINE_SWATCHES, *PHASE_SWATCHES, rules.DEFAULT_PERSONA_COLOR}
    assert offered <= set(style.COLOR_NAMES)
    assert len(set(style.COLOR_NAMES.values())) == len(style.COLOR_NAMES)  # told apart


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_projector_matrix_keeps_every_value_word_at_its_size(
    language, make_window, workshop_path, qtbot, monkeypatch, size
):
    """View ▸ Prioritise on projector (F6): each value level's word ("kohtalainen") is drawn at
    the labels' size, the upright caption placed where no word is too wide beside it."""
    from PySide6.QtGui import QImage, QPainter

    from widgets.priority_matrix import items

    drawn: list[tuple[str, float]] = []
    original = items.draw_text

    def record(painter, x, baseline, text, size, bold=False):  # type: ignore[no-untyped-def]
        drawn.append((text, size))
        original(painter, x, baseline, text, size, bold)

    monkeypatch.setattr(items, "draw_text", record)
    window = make_window(workshop_path)
    window.resize(*size)
    matrix = window.panels.show_panel("matrix").widget()
    from widgets.priority_matrix import PriorityMatrix

    if not isinstance(matrix, PriorityMatrix):
        matrix = window.panels.matrix
    matrix.set_projected(True)
    QApplication.processEvents()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    matrix.scene.render(painter)
    painter.end()
    words = [items.rating_word(items.VALUE_LABELS, v) for v in range(1, 6)]
    pieces = {w for word in words for w in (word, *word.split(" ", 1))}
    sizes = {text: s for text, s in drawn if text in pieces}
    assert any(w in sizes for w in words), drawn
    assert all(s == matrix.typeface.label for s in sizes.values()), sizes
    matrix.set_projected(False)
