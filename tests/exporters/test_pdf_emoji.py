"""Emoji print as typed: the PDF embeds the bundled Noto Emoji for them (title, phase, station,
need), maps each back to its character (copy, search, read back) and warns of nothing."""

from __future__ import annotations

import re
import subprocess
import sys
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from exporters import fonts as fonts_module
from exporters.fonts import FontSet
from exporters.poster_pdf import export_poster
from models.document import Document
from models.interchange import DocumentDict
from models.text_metrics import emoji_widths
from models.transfer import import_document

ROOT = Path(__file__).resolve().parents[2]
TITLE, PHASE, STATION, NEED = "🚀", "🔍", "📺", "💡"
EMOJI = (TITLE, PHASE, STATION, NEED)


@pytest.fixture
def emoji_file(tmp_path: Path, sample_doc: DocumentDict) -> Path:
    sample_doc["workshop"]["title"] = f"Onboarding {TITLE} workshop"
    journey: Any = sample_doc["journeys"][0]
    journey["phases"][0]["name"] = f"Discovers {PHASE}"
    station = next(s for s in journey["stations"] if s["phase"] == journey["phases"][0]["id"])
    station["title"] = f"Sees the ad {STATION}"
    station["needs"] = [f"Clear price {NEED} please", *station["needs"]]
    path = tmp_path / "emoji.journey"
    import_document(sample_doc, path)
    return path


def _emoji_font(reader: PdfReader) -> tuple[dict[str, int], Any]:
    """The embedded Noto Emoji of the first page: {character: code}, and its font dict."""
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        if "NotoEmoji" in str(font["/BaseFont"]):
            cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
            codes = {}
            for code, utf16 in re.findall(r"<([0-9A-F]{2})> <((?:[0-9A-F]{4})+)>", cmap):
                codes[bytes.fromhex(utf16).decode("utf-16-be")] = int(code, 16)
            return codes, font
    raise AssertionError("no Noto Emoji embedded")


def test_emoji_are_embedded_with_their_own_glyphs(emoji_file: Path, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    with Document.open(emoji_file, readonly=True) as doc:
        warnings = export_poster(doc, out, journey_id=doc.journeys()[0].id)
    assert warnings == []  # no "character(s) are in no installed font"
    reader = PdfReader(out)
    codes, font = _emoji_font(reader)
    data = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
    subset = TTFontFile(BytesIO(data))
    widths = font["/Widths"]
    for char in EMOJI:
        code = codes[char]  # the PDF maps the glyph back to its character
        assert subset.charToGlyph.get(code, 0) != 0, f"{char} is drawn as .notdef"
        assert float(widths[code - font["/FirstChar"]]) == pytest.approx(emoji_widths()[ord(char)])
    # Read back where it was typed: the map page has the title, phase, station and need.
    first = "".join(reader.pages[0].extract_text().split())
    for text in (f"Onboarding{TITLE}workshop", f"Discovers{PHASE}", f"Seesthead{STATION}"):
        assert text in first, text
    assert f"Clearprice{NEED}please" in "".join(
        "".join(page.extract_text().split()) for page in reader.pages
    )


def test_the_bundled_emoji_font_needs_no_font_of_the_system(monkeypatch: pytest.MonkeyPatch):
    """A machine with no font of its own that has emoji (Windows without Segoe, a bare Linux)."""
    monkeypatch.setattr(fonts_module, "_CANDIDATES", ())
    monkeypatch.setattr(fonts_module, "_fc_match", lambda char: [])
    for search in (True, False):
        fonts = FontSet.for_texts([f"A {TITLE} and {NEED}"], search=search)
        assert fonts.missing == set() and fonts.warnings() == []
        runs = fonts.runs(f"Sees the ad {STATION} now")
        assert [r.text for r in runs] == ["Sees the ad ", STATION, " now"]
        assert runs[1].face.path.name == "NotoEmoji-Regular.ttf"
        # Spaces are the text font's, as the layout measured them (the emoji font's are wide).
        assert runs[2].face is fonts.regular


def test_the_command_line_exports_emoji_without_a_warning(emoji_file: Path, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "app", "export", "-o", str(out), str(emoji_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "no installed font" not in run.stderr and "warning" not in run.stderr
    assert out.stat().st_size > 0
