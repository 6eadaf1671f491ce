"""File ▸ Export…: the Show check boxes (needs, pain points, ideas, quotes, owners, figures)
start as the canvas's View toggles, decide what the exported map shows, and change only that
export."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from exporters.formats import FORMATS, SHOW
from models.view_options import MapToggles
from tests.app.test_cli_show_hide import pdf_text, squash

WAIT_MS = 60_000


def a_full_station(window):
    editor = window.editor
    snap = editor.document.snapshot(editor.journey_id)
    return next(s for s in snap.stations if s.needs and s.pain_points and s.quotes)


def test_the_boxes_start_as_the_view_toggles_and_change_one_export(window, qtbot, tmp_path):
    window.action("show_quotes").trigger()  # View ▸ Show quotes: on
    window.action("show_owners").trigger()  # View ▸ Show owners: off
    view = MapToggles(quotes=True, owners=False)
    assert window.map_toggles() == view

    window.action("export").trigger()
    dialog = window.exporting.dialog
    dialog.set_format("pdf")
    assert dialog.toggles() == view
    boxes = {kind.key: dialog.findChild(type(dialog.show_boxes["needs"]), f"show-{kind.key}")
             for kind in SHOW.kinds}  # fmt: skip
    assert all(box is not None and box.isVisible() for box in boxes.values())
    assert [box.isChecked() for box in boxes.values()] == [
        getattr(view, kind.field) for kind in SHOW.kinds
    ]
    qtbot.mouseClick(boxes["needs"], Qt.MouseButton.LeftButton)  # this export: no needs
    assert not boxes["needs"].isChecked()

    station = a_full_station(window)
    target = tmp_path / "poster.pdf"
    dialog.one_journey.setChecked(True)
    dialog.set_target(target)
    with qtbot.waitSignal(window.exporting.runner.started) as started:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    run = started.args[0]
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=WAIT_MS)
    assert run.outcome.state == "done", run.outcome.sentence
    assert run.request.toggles == MapToggles(needs=False, quotes=True, owners=False)

    text = pdf_text(target)
    assert squash(station.quotes[0]["text"]) in text, "quotes: on in the View, so shown"
    assert squash(station.pain_points[0]) in text
    assert squash(station.needs[0]) not in text, "needs: unticked in the dialog"
    map_page = squash(PdfReader(target).pages[0].extract_text() or "")
    first_words = squash(" ".join(station.quotes[0]["text"].split()[:3]))
    assert first_words in map_page, "the map shows the quote too (its start, at least)"
    if run.message is not None:
        run.message.close()

    assert window.map_toggles() == view, "the canvas keeps its own toggles"
    window.action("export").trigger()  # the next export starts from the View again
    again = window.exporting.dialog
    assert again.toggles() == view
    again.reject()


def test_the_show_row_is_there_for_the_formats_with_a_map(window, qtbot):
    window.action("export").trigger()
    dialog = window.exporting.dialog
    row = dialog.option_fields[SHOW.key]
    for key, spec in FORMATS.items():
        dialog.set_format(key)
        assert row.isVisibleTo(dialog) == (SHOW in spec.options), key
    assert {k for k, spec in FORMATS.items() if SHOW in spec.options} == {"pdf", "png", "svg"}
    dialog.reject()
