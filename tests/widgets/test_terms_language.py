"""One concept, one word, in one window: a German window names the station's drop-off and
touchpoint the same in the properties panel's captions, the refusal, the undo item, the map's
tooltip and the workshop's exports (the poster and Excel speak the .po catalogue, the window
its .ts catalogue; the panel's captions are the window's own, never the export's)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app import translations
from models import fields, i18n
from tests.widgets.test_properties_panel import type_into
from widgets.canvas.tooltips import station_tooltip


def _captions(page) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def test_a_german_window_names_the_drop_off_one_way(german, make_window, workshop_path, qtbot):
    window = make_window(workshop_path)
    editor = window.editor
    first = editor.document.stations(editor.journey_id)[0]
    window.view.select("station", [first.id])
    page = window.properties.station_page
    captions = _captions(page)
    assert "Abbruchrate (%)" in captions
    assert "Kontaktpunkt" in captions
    assert not any("Absprung" in c or "Berührungspunkt" in c for c in captions)

    type_into(qtbot, page.drop_off, "150")  # over 100 %: refused, named by its noun
    assert window.status_label.text().startswith("Das Feld „Abbruchrate“ muss")
    type_into(qtbot, page.drop_off, "12")
    assert editor.document.station(first.id).drop_off_percent == 12
    assert window.commands["undo"].text() == "Rückgängig: Abbruchrate bearbeiten"

    station = editor.document.station(first.id)
    station.touchpoint = "Filiale"
    assert "Kontaktpunkt: Filiale" in station_tooltip(station, None, [])

    with i18n.using("de"):  # the poster's and Excel's words for the same fields
        assert fields.field("station", "drop_off_percent").heading == "Abbruchrate (%)"
        assert fields.field("station", "touchpoint").heading == "Kontaktpunkt"


def test_a_finnish_window_names_effort_and_value_one_way(qapp):
    translations.install("fi")
    try:
        from PySide6.QtCore import QCoreApplication

        def window(context: str, text: str) -> str:
            return QCoreApplication.translate(context, text)

        assert window("Fields", "Effort") == window("ActionTable", "Effort") == "Työmäärä"
        assert window("Fields", "Value") == window("ActionTable", "Value") == "Hyöty"
        assert window("IdeaDialog", "&Effort:") == "&Työmäärä:"
        assert window("WindowPanels", "Effort/value matrix") == "Työmäärä–hyöty-matriisi"
        assert window("Fields", "Touchpoint") == window("MapTooltips", "Touchpoint: {text}")[:-8]
        with i18n.using("fi"):
            assert i18n.gettext("Effort") == "Työmäärä"
            assert i18n.gettext("Touchpoint") == "Kohtaamispiste"
    finally:
        translations.install("en")
