"""Every text on the summary page keeps 7:1 against what it stands on (the room's standard).

The real export draws the page through a PdfPainter that also notes each filled shape and each
line of text it draws, in page points; a text stands on the last filled shape drawn under its
middle (the white page when there is none), and the contrast of the two colours as drawn is
measured (WCAG). Phases with colours of their own (dark, mid grey, yellow) are included: the
phase's colour must never decide whether its card's text can be read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

from exporters import poster_pdf
from exporters.painter_pdf import PdfPainter
from exporters.poster_pdf import export_poster
from models import i18n, style
from models.colour_vision import contrast
from models.document import Document
from models.interchange import DocumentDict
from models.transfer import import_document

LEAST = style.LEAST_CONTRAST
OWN_COLOURS = ("#202020", "#808080", "#FFD700", "#0072B2", "#C8501E")


@dataclass(frozen=True)
class Drawn:
    page: int
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in page points (y up)
    color: str
    text: str | None = None  # None: a filled shape


class Recording(PdfPainter):
    """The PDF backend, noting what it draws (and drawing it, so the export is the real one)."""

    drawn: ClassVar[list[Drawn]] = []

    def _note(self, box: tuple[float, float, float, float], color: str, text: str | None) -> None:
        x0, y0, x1, y1 = box
        s, ox, oy = self.s, self.ox, self.oy
        page = self.canvas.getPageNumber()
        points = (ox + x0 * s, oy - y1 * s, ox + x1 * s, oy - y0 * s)
        Recording.drawn.append(Drawn(page, points, color, text))

    def rect(self, x: float, y: float, w: float, h: float, **kw: Any) -> None:
        if kw.get("fill"):
            self._note((x, y, x + w, y + h), kw["fill"], None)
        super().rect(x, y, w, h, **kw)

    def circle(self, cx: float, cy: float, r: float, **kw: Any) -> None:
        if kw.get("fill"):
            self._note((cx - r, cy - r, cx + r, cy + r), kw["fill"], None)
        super().circle(cx, cy, r, **kw)

    def text(self, x: float, y: float, text: str, **kw: Any) -> None:
        size, align = kw["size"], kw.get("align", "left")
        width = self.fonts.width(text, size, kw.get("bold", False))
        if kw.get("max_width"):
            width = min(width, kw["max_width"])
        left = {"center": x - width / 2, "right": x - width}.get(align, x)
        self._note((left, y - size * 0.7, left + width, y), kw.get("color", style.INK), text)
        super().text(x, y, text, **kw)


def _under(text: Drawn, shapes: list[Drawn]) -> str:
    """The colour a text stands on: the last shape drawn before it that holds its middle."""
    mx, my = (text.box[0] + text.box[2]) / 2, (text.box[1] + text.box[3]) / 2
    for shape in reversed(shapes):
        x0, y0, x1, y1 = shape.box
        if x0 <= mx <= x1 and y0 <= my <= y1:
            return shape.color
    return style.PAPER


@pytest.fixture
def coloured(tmp_path: Path, sample_doc: DocumentDict) -> Path:
    journey: Any = sample_doc["journeys"][0]
    for phase, colour in zip(journey["phases"], OWN_COLOURS, strict=False):
        phase["color"] = colour
    path = tmp_path / "coloured.journey"
    import_document(sample_doc, path)
    return path


def _export(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(Recording, "drawn", [])
    monkeypatch.setattr(poster_pdf, "PdfPainter", Recording)
    with Document.open(path, readonly=True) as doc:
        journey = doc.journeys()[0].id
        export_poster(doc, tmp_path / "poster.pdf", journey_id=journey, language=language)


def _low_contrast(drawn: list[Drawn]) -> list[str]:
    """Each text of ``drawn`` (one page) below 7:1 against what it stands on."""
    shapes: list[Drawn] = []
    low = []
    for d in drawn:
        if d.text is None:
            shapes.append(d)
            continue
        if not d.text.strip():
            continue
        ground = _under(d, shapes)
        ratio = contrast(d.color, ground)
        if ratio < LEAST:
            low.append(f"{d.text!r}: {d.color} on {ground} = {ratio:.2f}:1")
    return low


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_text_on_the_summary_page_keeps_7_to_1(
    coloured: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
):
    _export(coloured, tmp_path, monkeypatch, language)
    heading = i18n.catalogue(language).gettext("THE JOURNEY AT A GLANCE")
    (page,) = {d.page for d in Recording.drawn if d.text == heading} or {None}
    assert page is not None, "no summary page"
    drawn = [d for d in Recording.drawn if d.page == page]
    texts = [d for d in drawn if d.text is not None and d.text.strip()]
    assert len(texts) > 40  # the whole page: its title, cards, pain points, actions, footer
    assert _low_contrast(drawn) == []
    # The phases' own colours are on the page (as the strip of each card), under no text.
    fills = {d.color.upper() for d in drawn if d.text is None}
    assert {c.upper() for c in OWN_COLOURS[:3]} <= fills


def test_every_text_on_the_pages_after_the_map_keeps_7_to_1(
    coloured: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The action list (priority bands) and the station details (pain points) as well."""
    _export(coloured, tmp_path, monkeypatch, "en")
    pages = sorted({d.page for d in Recording.drawn})
    assert len(pages) >= 5
    low = {page: _low_contrast([d for d in Recording.drawn if d.page == page]) for page in pages}
    assert {page: found for page, found in low.items() if found} == {}
