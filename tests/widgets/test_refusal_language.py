"""An edit's refusal speaks the window's language: the sentence a model raises (a ``Refusal``
declared where it is raised) reaches the German window's status bar in German, values and the
field's noun filled in; the command line and ``str(error)`` keep the English sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import translations
from models import edits
from models.refusal import Refusal
from tests.widgets.test_properties_panel import type_into


def test_deleting_every_phase_is_refused_in_german(german, make_window, workshop_path, qtbot):
    window = make_window(workshop_path)
    editor, view = window.editor, window.view
    jid = editor.journey_id
    phases = [p.id for p in editor.document.phases(jid)]
    assert len(phases) > 1
    view.select("phase", phases)
    view.confirm = lambda title, question: True  # the user answers Yes to deleting their stations
    steps = editor.undo_stack.count()
    window.commands["delete"].trigger()
    assert window.status_label.text() == "Eine Journey behält mindestens eine Phase."
    assert [p.id for p in editor.document.phases(jid)] == phases  # nothing deleted
    assert editor.undo_stack.count() == steps


def test_a_blank_station_title_is_refused_in_german(german, make_window, workshop_path, qtbot):
    window = make_window(workshop_path)
    first = window.editor.document.stations(window.editor.journey_id)[0]
    window.view.select("station", [first.id])
    type_into(qtbot, window.properties.station_page.title, "   ")
    assert window.status_label.text() == (
        "Das Feld „Titel der Station“ muss 1 bis 200 Zeichen lang sein."
    )
    assert window.editor.document.station(first.id).title == first.title


def test_a_control_character_in_a_title_names_it_in_swedish(qapp, make_window, workshop_path):
    """The value (the character's code) is filled into the translated sentence."""
    translations.install("sv")
    try:
        window = make_window(workshop_path)
        first = window.editor.document.stations(window.editor.journey_id)[0]
        outcome = window.editor.attempt(lambda: edits.update_station(first.id, title="A\x07B"))
        assert not outcome.applied
        assert window.status_label.text().startswith(
            "Fältet ”stationens titel” innehåller styrtecknet U+0007;"
        )
    finally:
        translations.install("en")


def test_a_number_in_a_refusal_is_written_the_readers_way(german):
    """A limit is a number, not text: "10,000" on the command line, "10.000" in German."""
    refusal = Refusal(
        "The {field} can be at most {max} characters long.", field="station title", max=10_000
    )
    assert refusal.english() == "The station title can be at most 10,000 characters long."
    assert translations.edit_text(refusal) == (
        "Das Feld „Titel der Station“ darf höchstens 10.000 Zeichen lang sein."
    )


def test_the_last_journey_is_kept_in_german(german, make_window, workshop_path, qtbot):
    """The journeys panel says the model's own sentence (one home) before it would ask."""
    from widgets.journeys_panel import JourneysPanel

    window = make_window(workshop_path)
    editor = window.editor
    first, second = (j.id for j in editor.document.journeys())
    assert editor.push(edits.delete_journey(first)).applied
    panel = JourneysPanel(editor)
    qtbot.addWidget(panel)
    assert not panel.delete_journey()  # the Delete key on the last journey
    assert window.status_label.text() == "Ein Workshop behält mindestens eine Journey."
    assert [j.id for j in editor.document.journeys()] == [second]


# -- the values in a refusal: choices as the window offers them, numbers the reader's way ----
def test_a_status_the_table_does_not_offer_is_refused_with_the_offered_names_in_german(
    german, make_window, workshop_path
):
    """A status pasted into the action table's Status cell: the sentence names the statuses as
    the cell's drop-down offers them, joined the German way ("…, Erledigt oder Verworfen")."""
    from widgets.action_board import COL_STATUS

    window = make_window(workshop_path)
    board = window.panels.board
    action = window.editor.document.actions()[0]
    row = board.model.row_of(action.id)
    assert row is not None
    cell = board.model.index(row, COL_STATUS)
    offered = [text for text, _value in board.model.choices(cell)]
    assert offered == ["Idee", "Geplant", "In Arbeit", "Erledigt", "Verworfen"]
    assert not board.model.setData(cell, "halfway")
    assert window.status_label.text() == (
        "Das Feld „Status“ muss einer dieser Werte sein: "
        "Idee, Geplant, In Arbeit, Erledigt oder Verworfen."
    )
    assert window.editor.document.action(action.id).status == action.status


def test_a_quote_source_is_named_as_the_quotes_editor_offers_it_in_finnish(
    qapp, make_window, workshop_path
):
    translations.install("fi")
    try:
        window = make_window(workshop_path)
        first = window.editor.document.stations(window.editor.journey_id)[0]
        window.view.select("station", [first.id])
        combo = window.properties.station_page.quotes.source
        offered = [combo.itemText(i) for i in range(combo.count())]
        outcome = window.editor.attempt(
            lambda: edits.update_station(first.id, quotes=[{"text": "Hei", "source": "gossip"}])
        )
        assert not outcome.applied
        shown = window.status_label.text()
        assert shown == (
            "Asiakassitaatin lähteen on oltava jokin näistä: Haastattelu, Kysely, Arvostelu, "
            "Tukipyyntö, Havainnointi tai Muu."
        )
        assert all(name in shown for name in offered)
    finally:
        translations.install("en")


def test_a_description_too_long_names_its_limit_grouped_in_german(
    german, make_window, workshop_path, qtbot
):
    """10,001 characters pasted into a station's description: "höchstens 10.000 Zeichen"."""
    window = make_window(workshop_path)
    first = window.editor.document.stations(window.editor.journey_id)[0]
    window.view.select("station", [first.id])
    description = window.properties.station_page.description
    description.setFocus()
    description.selectAll()
    description.insertPlainText("x" * 10_001)  # as a paste does
    qtbot.keyClick(description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.status_label.text() == (
        "Das Feld „Beschreibung“ darf höchstens 10.000 Zeichen lang sein."
    )
    assert window.editor.document.station(first.id).description == first.description


def test_decimal_limits_have_the_readers_decimal_sign_and_grouping(german):
    """A number field's limits are passed as numbers: "0,5 bis 12.500,25" in German, "0.5 to
    12,500.25" on the command line (through the registry's own check)."""
    import dataclasses

    from models import fields
    from models.document import EditError
    from models.field_checks import check_for

    drop_off = fields.field("station", "drop_off_percent")
    check = check_for(dataclasses.replace(drop_off, low=0.5, high=12_500.25))
    with pytest.raises(EditError) as refused:
        check(drop_off.noun, 0.25)
    assert str(refused.value) == "The drop-off must be a number from 0.5 to 12,500.25."
    assert translations.said(refused.value) == (
        "Das Feld „Abbruchrate“ muss eine Zahl von 0,5 bis 12.500,25 sein."
    )


def test_the_panel_shows_numbers_whole_with_the_windows_decimal_sign(
    german, make_window, workshop_path, qtbot
):
    """1,234,567 customers read "1234567" (not "1.23457e+06"), 12.5 minutes "12,5" in German;
    typed back unchanged, they are the same numbers."""
    window = make_window(workshop_path)
    first = window.editor.document.stations(window.editor.journey_id)[0]
    outcome = window.editor.attempt(
        lambda: edits.update_station(first.id, customers=1_234_567, duration_minutes=12.5)
    )
    assert outcome.applied
    window.view.select("station", [first.id])
    page = window.properties.station_page
    assert (page.customers.text(), page.duration.text()) == ("1234567", "12,5")
    type_into(qtbot, page.duration, page.duration.text())
    type_into(qtbot, page.customers, page.customers.text() + "0")
    found = window.editor.document.station(first.id)
    assert (found.customers, found.duration_minutes) == (12_345_670, 12.5)


def test_a_danish_lists_status_is_refused_by_its_own_names_joined_the_german_way(
    german, document, tmp_path
):
    """Read back in a German window, a Danish list's unknown status names the statuses as the
    list's drop-down offers them (Danish, as the user typed them), joined as German does."""
    from exporters.action_list_update import read_update
    from exporters.action_list_xlsx import export_action_list
    from tests.exporters import xlsx_client as client
    from widgets.action_update_dialog import said_line

    path = tmp_path / "handlinger.xlsx"
    export_action_list(document, path, language="da")
    action = document.actions()[0]
    client.edit(path, lambda ws: client.set_cell(ws, action.id, "Status", "Venter"))
    plan = read_update(document, path)
    (line,) = [said_line(p) for p in plan.problems]
    assert line.endswith(
        "Das Feld „Status“ muss einer dieser Werte sein: "
        "Idé, Planlagt, I gang, Færdig oder Droppet."
    ), line
