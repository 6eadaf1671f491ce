"""An export speaks the window's language around the file: a German user who exports a PNG too
large for 1200 dpi, with characters no font has, reads the finished dialog's notes in German (the
numbers written the German way), the progress dialog names the format in German, and a workshop
without a usable title is offered a German file name. The command line keeps the English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog

from app import translations
from app.export_job import suggested_name
from exporters import fonts as fonts_module
from exporters import image as image_module
from exporters.formats import FORMATS
from models import edits
from tests.exporters.test_poster_fill import _generated
from tests.widgets.test_export_dialog import close_message, export_with_dialog


@pytest.fixture
def no_system_fonts(monkeypatch):
    """Only the bundled fonts: CJK characters are in none of them."""
    monkeypatch.setattr(fonts_module, "_CANDIDATES", ())
    monkeypatch.setattr(fonts_module, "_fc_match", lambda char: [])


def _progress_labels(window) -> list[str]:
    """The progress dialog's text of each export, read as the export starts."""
    labels: list[str] = []
    window.exporting.runner.started.connect(lambda run: labels.append(run.progress.labelText()))
    return labels


def test_a_png_too_large_for_1200_dpi_is_said_in_german(
    german, make_window, workshop_path, qtbot, tmp_path, monkeypatch, no_system_fonts
):
    monkeypatch.setattr(image_module, "MAX_PIXELS", 400_000)  # too large already, cheaply
    window = make_window(workshop_path)
    document = window.editor.document
    journey = document.journey(window.editor.journey_id)
    station = document.stations(journey.id)[0]
    document.apply(edits.update_station(station.id, title="Ankunft 日本"))
    labels = _progress_labels(window)
    target = tmp_path / "karte.png"

    run = export_with_dialog(window, qtbot, "png", target, dpi=1200)

    assert run.outcome.state == "done", run.outcome.sentence
    assert labels == ["PNG-Bild „karte.png“ wird exportiert…"]
    _fonts, dpi_notice = run.outcome.warnings
    drawn = dict(dpi_notice.values)["dpi"]
    assert isinstance(drawn, int) and drawn < 1200
    with Image.open(target) as png:
        assert round(png.info["dpi"][0]) == drawn  # the notice says what was written
    notes = run.message.informativeText().split("\n\n", 1)[1]
    assert notes == (
        "Bitte 2 Hinweise prüfen:\n"
        "• Keine installierte Schrift enthält diese 2 Zeichen, daher erscheinen sie als leere "
        "Kästchen: 日 本. Installieren Sie eine Schrift, die sie enthält (z. B. Noto Sans CJK "
        "oder Droid Sans Fallback als TrueType), und exportieren Sie erneut.\n"
        f"• Die Karte „{journey.name}“ ist für die gewählte Auflösung zu groß; sie wurde "
        f"stattdessen mit {drawn} dpi gezeichnet. Verwenden Sie das PDF oder SVG für eine "
        "schärfere Kopie."
    )
    # The command line's English is what the notices say without a window.
    assert str(dpi_notice).startswith(f"The map of “{journey.name}” is too large")
    close_message(run)


def test_the_progress_names_the_format_in_finnish(
    qapp, make_window, workshop_path, qtbot, tmp_path
):
    translations.install("fi")
    try:
        window = make_window(workshop_path)
        labels = _progress_labels(window)
        run = export_with_dialog(window, qtbot, "xlsx", tmp_path / "toimet.xlsx")
        assert run.outcome.state == "done", run.outcome.sentence
        assert labels == ["Viedään: Excel-toimenpidelista ”toimet.xlsx”…"]
        close_message(run)
    finally:
        translations.install("en")


def test_a_workshop_without_a_usable_title_is_offered_a_german_name(
    german, make_window, workshop_path, monkeypatch
):
    window = make_window(workshop_path)
    window.editor.document.apply(edits.update_workshop(title="???"))
    dialog = window.exporting.open_dialog("pdf")
    assert dialog is not None
    assert Path(dialog.path_edit.text()).name == "Journeyline-Export.pdf"
    dialog.reject()
    offered: list[str] = []

    def save_as(_parent, _caption, suggestion, *_args, **_kwargs):
        offered.append(Path(suggestion).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    assert window.exporting.quick_export("pdf") is None  # File ▸ Export PDF poster…, cancelled
    assert offered == ["Journeyline-Export.pdf"]


def test_the_command_line_and_the_english_window_keep_the_english_name():
    assert suggested_name("???", FORMATS["pdf"]) == "Journeyline export.pdf"
    assert suggested_name(" ./ ", FORMATS["xlsx"]) == "Journeyline export.xlsx"


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journey of 60 stations: too crowded for an A2 poster's smallest readable text."""
    return _generated(tmp_path_factory.mktemp("sixty-de"), 60)


def test_a_poster_too_small_for_its_map_is_said_in_german(
    german, make_window, sixty, qtbot, tmp_path
):
    window = make_window(sixty)
    journey = window.editor.document.journey(window.editor.journey_id)
    run = export_with_dialog(window, qtbot, "pdf", tmp_path / "plakat.pdf", paper="A2")
    assert run.outcome.state == "done", run.outcome.sentence
    (notice,) = run.outcome.warnings
    values = dict(notice.values)
    percent, size = values["percent"], values["size"]
    assert isinstance(percent, int) and isinstance(size, float)
    german_size = f"{size:g}".replace(".", ",")  # the German decimal sign
    notes = run.message.informativeText().split("\n\n", 1)[1]
    assert notes == (
        "Bitte 1 Hinweis prüfen:\n"
        f"• Die Karte „{journey.name}“ wird mit {percent} % auf A2 · 420 × 594 mm gedruckt; "
        f"ihr kleinster Text misst {german_size} pt. Wählen Sie für den Druck ein größeres "
        "Papier; am Bildschirm lässt sie sich zoomen."
    )
    close_message(run)
