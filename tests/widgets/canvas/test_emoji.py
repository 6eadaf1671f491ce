"""Emoji a user types show on the canvas as typed, on any machine: Qt draws them with the
bundled Noto Emoji (the application's emoji font), the glyphs the PDF embeds, not as boxes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontDatabase, QImage, QPainter, QTextLayout

from models import edits
from models.text_metrics import EMOJI_FAMILY
from widgets.canvas.painting import draw_text, map_font
from widgets.canvas.view import MapView

TITLE = "Sees the ad 📺 🚀"


def _glyph_fonts(text: str, bold: bool) -> dict[str, list[int]]:
    """The glyphs Qt lays ``text`` out with in the canvas's font: family -> glyph indexes."""
    layout = QTextLayout(text, map_font(14, bold))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    found: dict[str, list[int]] = {}
    for run in layout.glyphRuns():
        found.setdefault(run.rawFont().familyName(), []).extend(run.glyphIndexes())
    return found


def _drawn(text: str) -> QImage:
    image = QImage(80, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(Qt.GlobalColor.black)
    draw_text(painter, 4, 30, text, 24)
    painter.end()
    return image


def _ink(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).value() < 128
    )


def test_the_bundled_emoji_font_is_the_applications_emoji_font(view: MapView):
    assert EMOJI_FAMILY in QFontDatabase.applicationEmojiFontFamilies()


def test_a_station_title_with_emoji_is_laid_out_with_the_emoji_glyphs(view: MapView):
    station = view.map_scene.layout.stations[0]
    view.editor.push(edits.update_station(station.id, title=TITLE))
    box = view.map_scene.layout.station(station.id)
    assert box is not None and " ".join(box.title.lines) == TITLE  # whole, as typed
    for bold in (True, False):  # titles are bold, needs regular
        fonts = _glyph_fonts(TITLE, bold)
        assert EMOJI_FAMILY in fonts, fonts.keys()
        assert len(fonts[EMOJI_FAMILY]) == 2 and 0 not in fonts[EMOJI_FAMILY]  # no .notdef


def test_an_emoji_is_drawn_as_its_glyph_not_as_a_box():
    rocket, nothing = _drawn("🚀"), _drawn("\U0010fffd")  # a character no font has: a box
    assert _ink(rocket) > 30
    assert rocket != nothing
    # Drawn with the emoji font's own glyph: the same pixels as Noto Emoji draws them.
    font = map_font(24)
    font.setFamilies([EMOJI_FAMILY])
    image = QImage(80, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(font)
    painter.drawText(QPointF(4, 30), "🚀")
    painter.end()
    assert rocket == image


def test_the_about_box_carries_the_emoji_fonts_licence():
    from widgets.about_dialog import licences_text

    text = licences_text()
    assert "The Noto Emoji font (resources/fonts):" in text
    assert "SIL Open Font License, Version 1.1" in text
