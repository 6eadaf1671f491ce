"""Multi-line fields settle: once shown, a field at any width stops resizing and repainting.

QA met a station's description in a Finnish window toggling both scroll bars for ever (every
turn a queued call: a CPU core busy while the station stayed selected). These tests show the
fields at many widths and count the events they still receive after they have had time to
settle: layout work (resize, move, layout requests, queued calls) and paints must be none,
and a field that wraps shows no horizontal scroll bar. Event loops here are bounded (a
maximum time per ``processEvents``), so a field that never settles fails instead of hanging.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QPlainTextEdit, QWidget

from app import translations
from tests.conftest import SAMPLE_PATH
from tests.widgets.test_properties_panel import first_station
from widgets.journey_texts import JourneyTextsDialog
from widgets.persona_dialog import PersonaDialog
from widgets.properties_panel.text_fields import CommitTextEdit
from widgets.workshop_dialog import WorkshopDialog

# The station QA met the loop with, and texts that wrap in other ways.
PRICES = (
    "Kari compares five suppliers on a price comparison site, then opens our price page "
    "to check the offer."
)
TEXTS = [
    PRICES,
    "Asiakas vertailee sähkösopimuksia hintavertailusivustolla ja avaa sitten "
    "hintasivumme tarkistaakseen tarjouksen ja sopimusehdot.",
    "See https://nordlys.example/prices/compare?plan=spot&region=north&months=24 first",
    "Short.\n\nTwo paragraphs, the second one long enough to wrap more than once here.",
    "Клиент сравнивает цены 😀 & <b>five</b> suppliers =SUM(A1:A3) åäø " * 2,
]
WIDTHS = range(200, 401)  # pixel by pixel: the narrowest panel to well past the widest

WATCHED = {
    QEvent.Type.Resize,
    QEvent.Type.Move,
    QEvent.Type.LayoutRequest,
    QEvent.Type.MetaCall,
    QEvent.Type.Paint,
    QEvent.Type.UpdateRequest,
}


BRAKE = 2000  # events in one window: far past any settling, the field is going round


class EventCount(QObject):
    """Counts the layout and paint events a widget and its viewport receive.

    Past ``BRAKE`` events it swallows them: a field that posts itself queued calls for ever
    would otherwise keep the event loop from returning, and the test would hang, not fail.
    """

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__()
        self.count = 0
        self.kinds: set[str] = set()
        self.watched = (edit, edit.viewport())
        for watched in self.watched:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED:
            self.count += 1
            self.kinds.add(event.type().name)
            return self.count > BRAKE
        return False

    def remove(self) -> None:
        for watched in self.watched:
            watched.removeEventFilter(self)


def run_events() -> None:
    """Process what is pending, as the window does between a user's gestures."""
    for _ in range(3):
        QApplication.processEvents()


def still_busy(edit: QPlainTextEdit) -> str:
    """After the field has had time to settle: what it still does ("" when it is idle)."""
    settling = EventCount(edit)
    run_events()
    settling.remove()
    counter = EventCount(edit)
    run_events()
    counter.remove()
    if settling.count > BRAKE or counter.count:
        return f"{counter.count} events ({', '.join(sorted(counter.kinds | settling.kinds))})"
    if edit.horizontalScrollBar().isVisible():
        return "a horizontal scroll bar over wrapped text"
    return ""


def unsettled_widths(edit: QPlainTextEdit, text: str, height: int) -> dict[int, str]:
    edit.setPlainText(text)
    busy = {}
    for width in WIDTHS:
        edit.resize(width, height)
        if problem := still_busy(edit):
            busy[width] = problem
    return busy


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_description_field_settles_at_every_width(qtbot, text):
    field = CommitTextEdit(lambda _value: None)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert unsettled_widths(field, text, field.height()) == {}


def test_every_sample_description_settles_across_the_panel_widths(qtbot):
    sample = json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))
    descriptions = {
        s["description"] for j in sample["journeys"] for s in j["stations"] if s["description"]
    }
    assert PRICES in descriptions
    field = CommitTextEdit(lambda _value: None)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    for text in sorted(descriptions):
        field.setPlainText(text)
        for width in range(240, 340, 3):
            field.resize(width, field.height())
            assert still_busy(field) == "", (text, width)


def _dock_of(widget: QWidget) -> QDockWidget:
    parent = widget.parentWidget()
    while not isinstance(parent, QDockWidget):
        assert parent is not None
        parent = parent.parentWidget()
    return parent


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_in_a_finnish_window_the_prices_station_leaves_the_panel_idle_at_any_panel_width(
    make_window, workshop_path, size
):
    """The station QA met the loop with, in the Finnish panel, as the panel is widened."""
    translations.install("fi")
    try:
        window = make_window(workshop_path)
        window.showNormal()
        window.resize(*size)
        window.view.select("station", [first_station(window).id])
        field = window.properties.station_page.description
        assert field.toPlainText() == PRICES
        assert still_busy(field) == ""
        dock = _dock_of(window.properties)
        busy = {}
        for width in range(240, 480, 3):
            window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
            if problem := still_busy(field):
                busy[field.width()] = problem
        assert busy == {}
        # the whole text is there to read: nothing hidden sideways
        assert field.document().size().width() <= field.viewport().width() + 1
    finally:
        translations.install("en")


@pytest.mark.parametrize("make", ["journey texts", "workshop", "persona"])
def test_the_dialogs_multi_line_fields_settle_as_the_dialog_is_widened(
    make_window, workshop_path, make
):
    window = make_window(workshop_path)
    editor = window.editor
    dialog: QWidget
    if make == "journey texts":
        dialog = JourneyTextsDialog(editor, editor.journey_id, window)
    elif make == "workshop":
        dialog = WorkshopDialog(editor, window)
    else:
        dialog = PersonaDialog(None, window)
    try:
        fields = dialog.findChildren(QPlainTextEdit)
        assert fields
        for field in fields:
            field.setPlainText(PRICES)
        dialog.show()
        narrowest = dialog.minimumSizeHint().width()
        busy = {}
        for width in range(narrowest, narrowest + 201):
            dialog.resize(width, dialog.height())
            for field in fields:
                if problem := still_busy(field):
                    busy[width, field.objectName()] = problem
        assert busy == {}
    finally:
        dialog.close()
        dialog.deleteLater()
