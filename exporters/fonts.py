"""Fonts for the exports: the bundled DejaVu Sans and Noto Emoji, and a system font for the rest.

Every export draws with the bundled DejaVu Sans (regular and bold), the font the layout
measured with, so the pre-wrapped lines fit their boxes. DejaVu covers Latin, Greek and
Cyrillic; for characters it lacks a :class:`FontSet` draws runs with fallbacks: first the
bundled monochrome Noto Emoji (emoji a user types, on every machine, as the canvas shows
them), then a font of the system that has them (CJK, say: a few well-known paths, then
``fc-match`` when fontconfig is there). What no font can show is named in a warning before
anything is drawn: never silent boxes.

Text is cleaned on the way in (:func:`clean`): a tab becomes a space and other control
characters, which no font draws and XML cannot carry, become a visible "�".
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from exporters.export_notice import ExportNotice
from models import text_metrics
from models.resources import resource

__all__ = ["BOLD", "REGULAR", "Face", "FontSet", "Run", "clean"]

REGULAR: Final = "JL-DejaVuSans"
BOLD: Final = "JL-DejaVuSans-Bold"
_FALLBACK_NAME: Final = "JL-Fallback-{}"

# Well-known system fonts with a wide repertoire, tried in order after the bundled emoji font
# (FontSet._add_fallbacks). Fonts with PostScript (CFF)
# outlines, such as the Noto Sans CJK .ttc files, cannot be embedded by reportlab and are
# skipped when they fail to load.
_CANDIDATES: Final = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/arialuni.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
    "C:/Windows/Fonts/malgun.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/seguisym.ttf",
)
_MAX_FALLBACKS: Final = 3
_FC_QUERIES: Final = 4  # fc-match runs per export at most (one per uncovered script, roughly)

_UNSAFE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS: Final = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, with characters beyond the Basic
    Multilingual Plane (emoji: U+1F680) written as UTF-16 (<D83DDE80>), as PDF wants them.

    reportlab 5 writes their code point as it is (<1F680>, an odd number of digits), which
    readers reject: the emoji could not be copied, searched or read back from the PDF. This
    replaces its ``ttfonts.makeToUnicodeCMap`` (called by name when a document is saved).
    """
    pairs = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def clean(text: str) -> str:
    """One line of user text as it can be drawn: breaks and tabs as spaces, controls as "�"."""
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub("\ufffd", _BREAKS.sub(" ", text))


@dataclass(frozen=True, eq=False)
class Face:
    """One font file as the exporters use it: its reportlab name and advance widths."""

    name: str  # registered with reportlab
    path: Path
    index: int  # in a .ttc collection
    widths: dict[int, float] = field(repr=False)  # code point -> advance, 1/1000 em
    default_width: float = field(repr=False)

    def has(self, char: str) -> bool:
        return ord(char) in self.widths

    def width(self, text: str) -> float:
        """Advance of ``text`` at 1 pt."""
        get, default = self.widths.get, self.default_width
        return sum(get(ord(c), default) for c in text) / 1000.0

    def covers(self, text: str) -> bool:
        """Whether this face has every character of ``text``."""
        return self.widths.keys() >= set(map(ord, text))


@dataclass(frozen=True)
class Run:
    face: Face
    text: str
    width: float  # at 1 pt


@lru_cache(maxsize=2)
def _bundled(bold: bool) -> Face:
    name = BOLD if bold else REGULAR
    path = resource("fonts", text_metrics.BOLD if bold else text_metrics.REGULAR)
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    m = text_metrics.metrics(bold)
    return Face(name, path, 0, m.widths, m.default_width)


@lru_cache(maxsize=32)
def _load(path: str, index: int) -> Face | None:
    """A system font registered with reportlab, or None when it cannot be embedded."""
    name = _FALLBACK_NAME.format(hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:10])
    try:
        font = TTFont(name, path, subfontIndex=index)
    except Exception:  # reportlab raises TTFError and others for CFF or broken fonts
        return None
    pdfmetrics.registerFont(font)
    face = font.face
    return Face(name, Path(path), index, dict(face.charWidths), float(face.defaultWidth))


def _fc_match(char: str) -> list[str]:
    """Font files fontconfig proposes for a character, best first (empty without fc-match)."""
    exe = shutil.which("fc-match")
    if exe is None:
        return []
    try:
        out = subprocess.run(
            [exe, "-s", "--format=%{file}\\n", f":charset={ord(char):x}"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line for line in out.splitlines()[:8] if line.lower().endswith((".ttf", ".ttc"))]


@dataclass
class FontSet:
    """The bundled faces plus the system fallbacks one export needs; splits text into runs."""

    regular: Face = field(default_factory=lambda: _bundled(False))
    bold: Face = field(default_factory=lambda: _bundled(True))
    fallbacks: list[Face] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)  # characters no font here can draw
    _cache: dict[tuple[str, bool], tuple[Run, ...]] = field(default_factory=dict, repr=False)
    # Each word's advance at 1 pt, for wrapping: a float per word, not its runs (a long
    # report measures some hundred thousand words, far more than the lines it draws).
    _ems: dict[tuple[str, bool], float] = field(default_factory=dict, repr=False)
    _wrapped: dict[tuple[str, float, float, bool], tuple[str, ...]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def for_texts(cls, texts: Iterable[str], *, search: bool = True) -> FontSet:
        """The fonts to draw ``texts``: fallbacks are looked for only when DejaVu lacks some
        characters, the bundled emoji font first (``search=False`` looks no further, as if the
        system had no other fonts)."""
        fonts = cls()
        lacking: set[str] = set()
        for text in texts:
            if not text.isascii():
                lacking |= {c for c in clean(text) if not c.isspace() and not fonts.covers(c)}
        if lacking:
            fonts._add_fallbacks(lacking, search)
        fonts.missing = {c for c in lacking if not fonts.covers(c)}
        return fonts

    def covers(self, char: str) -> bool:
        return (
            self.regular.has(char)
            or self.bold.has(char)
            or any(f.has(char) for f in self.fallbacks)
        )

    def _add_fallbacks(self, lacking: set[str], search: bool = True) -> None:
        seen: set[tuple[str, int]] = set()

        def candidates() -> Iterable[str]:
            yield str(resource("fonts", text_metrics.EMOJI))  # bundled: the same everywhere
            if not search:
                return
            yield from _CANDIDATES
            for char in sorted(lacking)[:_FC_QUERIES]:
                yield from _fc_match(char)

        todo = set(lacking)
        for path in candidates():
            if not todo or len(self.fallbacks) >= _MAX_FALLBACKS:
                return
            if (path, 0) in seen or not Path(path).is_file():
                continue
            seen.add((path, 0))
            face = _load(path, 0)
            if face is None or not any(face.has(c) for c in todo):
                continue
            self.fallbacks.append(face)
            todo = {c for c in todo if not face.has(c)}

    def warnings(self) -> list[ExportNotice]:
        """One sentence naming the characters no font can draw (none when all can)."""
        if not self.missing:
            return []
        shown = " ".join(sorted(self.missing)[:12]) + (" …" if len(self.missing) > 12 else "")
        if len(self.missing) == 1:
            return [
                ExportNotice(
                    "No installed font has the character {characters}, so it shows as an empty "
                    "box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback "
                    "as TrueType) and export again.",
                    characters=shown,
                )
            ]
        return [
            ExportNotice(
                "No installed font has these {count} characters, so they show as empty boxes: "
                "{characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans "
                "Fallback as TrueType) and export again.",
                count=len(self.missing),
                characters=shown,
            )
        ]

    def face(self, bold: bool) -> Face:
        return self.bold if bold else self.regular

    def runs(self, text: str, bold: bool = False) -> tuple[Run, ...]:
        """``text`` (one line, cleaned) split into runs of one face each."""
        key = (text, bold)
        found = self._cache.get(key)
        if found is not None:
            return found
        primary = self.face(bold)
        if text.isascii() or primary.covers(text):  # one face draws it all (the usual case)
            out: tuple[Run, ...] = (Run(primary, text, primary.width(text)),)
        else:
            out = self._split(text, primary)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = out
        return out

    def _split(self, text: str, primary: Face) -> tuple[Run, ...]:
        order = [primary, self.regular, *self.fallbacks]
        pieces: list[tuple[Face, list[str]]] = []
        for c in text:
            if c.isspace() and primary.has(c):
                face = primary  # as the layout measured it (an emoji font's space is 1.27 em)
            else:
                face = next((f for f in order if f.has(c)), primary)
            if pieces and pieces[-1][0] is face:
                pieces[-1][1].append(c)
            else:
                pieces.append((face, [c]))
        return tuple(Run(f, "".join(cs), f.width("".join(cs))) for f, cs in pieces)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        key = (text, bold)
        em = self._ems.get(key)
        if em is None:
            primary = self.face(bold)
            if text.isascii() or primary.covers(text):
                em = primary.width(text)
            else:
                em = sum(r.width for r in self.runs(text, bold))
            if len(self._ems) > 200_000:
                self._ems.clear()
            self._ems[key] = em
        return em * size

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Every line of ``text`` wrapped to ``width`` (nothing cut); user breaks are kept."""
        key = (text, width, size, bold)
        found = self._wrapped.get(key)
        if found is None:  # a report measures a block, then draws it: wrapped once
            found = tuple(self._wrap(text, width, size, bold))
            if len(self._wrapped) > 50_000:
                self._wrapped.clear()
            self._wrapped[key] = found
        return list(found)

    def _wrap(self, text: str, width: float, size: float, bold: bool) -> list[str]:
        lines: list[str] = []
        space = self.width(" ", size, bold)
        for paragraph in text.splitlines() or [""]:
            current, used = "", 0.0
            for word in clean(paragraph).split():
                w = self.width(word, size, bold)
                if current and used + space + w <= width:
                    current, used = f"{current} {word}", used + space + w
                    continue
                if current:
                    lines.append(current)
                while w > width and len(word) > 1:  # break a word wider than the line
                    cut = self._fit(word, width, size, bold)
                    lines.append(word[:cut])
                    word = word[cut:]
                    w = self.width(word, size, bold)
                current, used = word, w
            lines.append(current)
        return lines

    def _fit(self, word: str, width: float, size: float, bold: bool) -> int:
        used = 0.0
        for i, c in enumerate(word):
            used += self.width(c, size, bold)
            if used > width:
                return max(i, 1)
        return len(word)

    def shorten(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """One line of ``text``, cut with an ellipsis to fit ``width``."""
        text = clean(text)
        if self.width(text, size, bold) <= width:
            return text
        budget = width - self.width("…", size, bold)
        out, used = [], 0.0
        for c in text:
            used += self.width(c, size, bold)
            if used > budget:
                break
            out.append(c)
        return "".join(out).rstrip() + "…"
