"""The map as PNG and SVG, read back: size, content, escaping, atomic writes."""

from __future__ import annotations

import errno
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from exporters import image as image_module
from exporters.errors import ExportError
from exporters.image import export_png, export_svg
from models import style
from models.document import Document
from models.interchange import DocumentDict
from models.layout import LayoutOptions, compute_layout
from models.transfer import import_document
from tests.read_only import read_only_folder

MARKUP = "<b>&amp; =SUM(A1)"
GREEK = "Ελληνικά"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def doc(tmp_path: Path, sample_doc: DocumentDict) -> Any:
    journey: Any = sample_doc["journeys"][0]
    journey["stations"][0]["title"] = MARKUP
    journey["stations"][1]["title"] = GREEK
    path = tmp_path / "image.journey"
    import_document(sample_doc, path)
    with Document.open(path, readonly=True) as document:
        yield document


def map_size(document: Document) -> tuple[float, float]:
    snap = document.snapshot(document.journeys()[0].id)
    owners = {o.id: o.name for o in document.owners()}
    layout = compute_layout(snap, owners, LayoutOptions(show_title=True))
    return layout.width, layout.height


@pytest.mark.parametrize("dpi", [72, 150])
def test_png_size_follows_the_dpi(doc: Document, tmp_path: Path, dpi: int):
    out = tmp_path / "map.png"
    assert export_png(doc, out, dpi=dpi) == []
    w, h = map_size(doc)
    with Image.open(out) as im:
        assert im.format == "PNG"
        assert im.size == (round(w * dpi / 72), round(h * dpi / 72))
        assert round(im.info["dpi"][0]) == dpi


def test_png_is_the_map_not_a_blank(doc: Document, tmp_path: Path):
    out = tmp_path / "map.png"
    export_png(doc, out, dpi=72)
    with Image.open(out) as im:
        rgb = im.convert("RGB")
        colours = rgb.getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 200  # antialiased, many shades
        white = max(colours)[1]
        assert white == (255, 255, 255) or sum(white) > 700  # mostly paper
        present = {c for _, c in colours}

    def near(hex_color: str) -> bool:
        target = tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
        return any(sum(abs(a - b) for a, b in zip(c, target, strict=True)) < 12 for c in present)

    assert near(style.EMOTION_COLORS[-2])  # a very negative face is on the sample's map
    assert near(style.EMOTION_COLORS[2])


def test_png_of_another_journey(doc: Document, tmp_path: Path):
    second = doc.journeys()[1].id
    export_png(doc, tmp_path / "a.png", dpi=40)
    export_png(doc, tmp_path / "b.png", journey_id=second, dpi=40)
    with Image.open(tmp_path / "a.png") as a, Image.open(tmp_path / "b.png") as b:
        assert a.size != b.size


def test_a_huge_png_is_drawn_smaller_with_a_warning(
    doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(image_module, "MAX_PIXELS", 400_000)
    out = tmp_path / "map.png"
    warnings = export_png(doc, out, dpi=300)
    assert len(warnings) == 1
    drawn = dict(warnings[0].values)["dpi"]
    assert isinstance(drawn, int) and drawn < 300  # a number, written the reader's way
    assert str(warnings[0]) == (
        f"The map of “{doc.journeys()[0].name}” is too large for the chosen resolution; it was "
        f"drawn at {drawn} dpi instead. Use the PDF or SVG for a sharper copy."
    )
    with Image.open(out) as im:
        assert im.size[0] * im.size[1] <= 400_000
        assert round(im.info["dpi"][0]) == drawn


def test_png_dpi_out_of_range_is_refused(doc: Document, tmp_path: Path):
    with pytest.raises(ValueError, match="dpi"):
        export_png(doc, tmp_path / "map.png", dpi=5000)
    assert not (tmp_path / "map.png").exists()


def test_svg_parses_and_holds_the_titles_as_text(doc: Document, tmp_path: Path):
    out = tmp_path / "map.svg"
    assert export_svg(doc, out) == []
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    texts = [("".join(t.itertext())) for t in root.iter(f"{SVG}text")]
    joined = "".join("".join(t.split()) for t in texts)
    snap = doc.snapshot(doc.journeys()[0].id)
    for station in snap.stations:
        assert "".join(station.title.split()) in joined, station.title
    assert "".join(MARKUP.split()) in joined  # exactly as typed (wrapped at its space)
    assert GREEK in texts
    raw = out.read_text(encoding="utf-8")
    assert "&lt;b&gt;&amp;amp;" in raw  # escaped, never markup
    assert "<b>" not in raw


def test_svg_size_is_the_map_in_units(doc: Document, tmp_path: Path):
    out = tmp_path / "map.svg"
    export_svg(doc, out)
    root = ET.parse(out).getroot()
    w, h = map_size(doc)
    assert float(root.get("width", "0")) == pytest.approx(w, abs=0.01)
    assert float(root.get("height", "0")) == pytest.approx(h, abs=0.01)


@pytest.mark.parametrize("export", [export_png, export_svg])
def test_a_missing_folder_is_an_export_error(doc: Document, tmp_path: Path, export: Any):
    name = "map.png" if export is export_png else "map.svg"
    with pytest.raises(ExportError, match=name.replace(".", r"\.")):
        export(doc, tmp_path / "nowhere" / name)


@pytest.mark.parametrize("export", [export_png, export_svg])
def test_a_folder_that_refuses_the_file_leaves_nothing(
    doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, export: Any
):
    folder = tmp_path / "out"
    folder.mkdir()

    def refuse(*args: Any, **kwargs: Any) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("models.atomic.os.open", refuse)
    with pytest.raises(ExportError, match="nothing was written"):
        export(doc, folder / "map.out")
    monkeypatch.undo()
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_is_an_export_error(doc: Document, tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder):
        for export, name in ((export_png, "map.png"), (export_svg, "map.svg")):
            with pytest.raises(ExportError, match="read-only"):
                export(doc, folder / name)
        assert list(folder.iterdir()) == []


HOSTILE_COLOR = '#336699"/><script>alert(1)</script><rect onload="x'


def test_a_colour_that_is_not_rrggbb_never_reaches_the_svg(
    doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Defence in depth: files are checked on opening, and the painters check colours too.

    The snapshot is given hostile colours behind the file check's back; the SVG stays well
    formed, with no script and no event attribute, and every colour is "#RRGGBB".
    """
    real_snapshot = Document.snapshot

    def hostile(self: Document, journey_id: int) -> Any:
        snap = real_snapshot(self, journey_id)
        for band in (*snap.phases, *snap.lines):
            band.color = HOSTILE_COLOR
        return snap

    monkeypatch.setattr(Document, "snapshot", hostile)
    out = tmp_path / "map.svg"
    export_svg(doc, out)
    root = ET.parse(out).getroot()  # well-formed XML
    elements = list(root.iter())
    assert not [e for e in elements if e.tag.endswith("script")]
    colours = set()
    for element in elements:
        assert not [a for a in element.attrib if a.lower().startswith("on")], element.attrib
        for key in ("fill", "stroke"):
            if key in element.attrib and element.attrib[key] != "none":
                colours.add(element.attrib[key])
    assert colours and all(re.fullmatch(r"#[0-9A-Fa-f]{6}", c) for c in colours), colours
    assert "script" not in out.read_text(encoding="utf-8")


def test_the_svg_painter_escapes_every_colour_attribute():
    from exporters.fonts import FontSet
    from exporters.painter_svg import SvgPainter

    painter = SvgPainter(FontSet())
    painter.rect(0, 0, 10, 10, fill=HOSTILE_COLOR, stroke=HOSTILE_COLOR)
    painter.circle(5, 5, 2, fill=HOSTILE_COLOR)
    painter.line(0, 0, 5, 5, color=HOSTILE_COLOR)
    painter.polyline([(0, 0), (1, 1)], color=HOSTILE_COLOR)
    painter.text(1, 1, "text", size=10, color=HOSTILE_COLOR)
    root = ET.fromstring(painter.document(20, 20, "t"))  # well-formed: nothing broke out
    colours = {e.attrib.get(key) for e in root.iter() for key in ("fill", "stroke")}
    assert colours - {None, "none"} == {style.INK}
