"""View ▸ Show pain points / ideas / quotes / figures…: the canvas and the poster follow the
same toggles, remembered per workshop; ideas show as a mark with their titles on hover."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPointF

from app.export_job import ExportRequest
from models.view_options import MapToggles
from tests.widgets.conftest import close_window
from widgets.canvas.tooltips import tooltip_at

WAIT_MS = 60_000


def squash(text: str) -> str:
    return "".join(text.split())


def a_station_with_pains(window):
    editor = window.editor
    return next(s for s in editor.document.stations(editor.journey_id) if s.pain_points)


def grab(window):
    view = window.view
    for item in view.map_scene.station_items():
        item.update()
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def export_pdf(window, qtbot, target: Path) -> str:
    """The map page's text of a PDF poster exported from the window as File ▸ Export does."""
    with qtbot.waitSignal(window.exporting.runner.started) as started:
        window.exporting.start(ExportRequest("pdf", target, journey_id=window.editor.journey_id))
    run = started.args[0]
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=WAIT_MS)
    return squash(PdfReader(target).pages[0].extract_text() or "")


def test_the_pain_points_toggle_changes_the_canvas_and_the_poster(window, qtbot, tmp_path):
    station = a_station_with_pains(window)
    toggle = window.action("show_pain_points")
    assert toggle.isCheckable() and toggle.isChecked()
    assert toggle in window.menus[2].actions(), "in the View menu"
    item = window.view.map_scene.item_of("station", station.id)
    assert item is not None and item.box.pains
    note = item.box.pains[0].rect
    window.view.centerOn(note.x + note.w / 2, note.y)
    shown = grab(window)
    pain = squash(station.pain_points[0])
    assert pain in export_pdf(window, qtbot, tmp_path / "on.pdf")

    toggle.trigger()  # off, as a click in the menu does
    assert not toggle.isChecked()
    item = window.view.map_scene.item_of("station", station.id)
    assert item is not None and item.box.pains == ()
    window.view.centerOn(note.x + note.w / 2, note.y)
    assert grab(window) != shown, "the notes are gone from the canvas"
    assert window.map_toggles().pain_points is False
    assert pain not in export_pdf(window, qtbot, tmp_path / "off.pdf")


def test_the_toggles_are_remembered_per_workshop(make_window, workshop_path, tmp_path):
    other = tmp_path / "other.journey"
    shutil.copy(workshop_path, other)
    window = make_window(workshop_path)
    window.action("show_pain_points").trigger()
    window.action("show_figures").trigger()
    assert window.map_toggles() == MapToggles(pain_points=False, figures=True)
    assert window.open_path(other)
    assert window.map_toggles() == MapToggles(), "another workshop: its own (the defaults)"
    assert window.open_path(workshop_path)
    assert window.map_toggles() == MapToggles(pain_points=False, figures=True)
    close_window(window)
    again = make_window(workshop_path)  # the next start of the editor
    assert again.map_toggles() == MapToggles(pain_points=False, figures=True)
    box = next(iter(again.view.map_scene.station_items())).box
    assert box.pains == ()


def test_a_workshop_moved_or_renamed_keeps_its_toggles(make_window, workshop_path, tmp_path):
    """The toggles follow the workshop, not its name: renamed and moved to a client's folder
    (the same file on the disk), it opens as it was left; a copy beside it starts afresh."""
    window = make_window(workshop_path)
    window.action("show_quotes").trigger()
    window.action("show_needs").trigger()
    left = MapToggles(quotes=True, needs=False)
    assert window.map_toggles() == left
    close_window(window)
    moved = tmp_path / "Clients" / "Acme" / "Acme onboarding, day 2.journey"
    moved.parent.mkdir(parents=True)
    workshop_path.rename(moved)
    copy = tmp_path / "Acme copy.journey"
    shutil.copy(moved, copy)

    again = make_window(moved)
    assert again.map_toggles() == left
    box = next(iter(again.view.map_scene.station_items())).box
    assert box.needs == ()
    assert again.open_path(copy)
    assert again.map_toggles() == MapToggles(), "a copy is another workshop"
    close_window(again)
    from app.settings import Settings

    settings = Settings()
    assert settings.map_toggles(moved) == left, "now under its new name"
    assert settings.map_toggles(workshop_path) == MapToggles(), "the old name is forgotten"


def test_ideas_show_as_a_mark_with_their_titles_on_hover(window):
    editor = window.editor
    snap = editor.document.snapshot(editor.journey_id)
    action = next(a for a in snap.actions if a.station_id is not None)
    item = window.view.map_scene.item_of("station", action.station_id)
    assert item is not None and item.box.idea_center is not None
    x, y = item.box.center
    tip = tooltip_at(window.view.map_scene, QPointF(x, y))
    assert "Improvement ideas" in tip
    titles = [a.title for a in snap.actions if a.station_id == action.station_id]
    from html import escape

    for title in titles:
        assert escape(title) in tip
    window.action("show_ideas").trigger()
    item = window.view.map_scene.item_of("station", action.station_id)
    assert item is not None and item.box.idea_center is None
