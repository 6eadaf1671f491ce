"""A pseudo-language made from the catalogues: every text a third longer, with accents.

"Save a copy…" becomes "[Šàvé à ċöþý…~~~~]": still readable, visibly not English, and as
long as the longest real translations, so a text that escapes translation (plain English
in the window) or is cut (its widget too small) shows at once.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.support import NullTranslations

from app import translations
from models import i18n

ACCENTS = str.maketrans("aceinosuyzACEINOSUYZ", "àċéîñöšûýžÀĊÉÎÑÖŠÛÝŽ")
# Placeholders and markup a translation must keep as they are: %n, %1, {name}, &.
_KEEP = re.compile(r"(%n|%\d|\{[^}]*\}|&&|&)")
MARK_OPEN, MARK_CLOSE = "[", "]"
PSEUDO_CHARS = set("àċéîñöšûýžÀĊÉÎÑÖŠÛÝŽ~")


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    pad = "~" * max(1, round(len(text) / 3))
    return f"{MARK_OPEN}{body}{pad}{MARK_CLOSE}"


def build(target: Path) -> Path:
    """The pseudo catalogue (.qm) from the Swedish .ts (every context and plural form)."""
    tree = ET.parse(translations.catalogue("sv", ".ts"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = target.with_suffix(".ts")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = translations._tool("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(target)], check=True)
    return target


def is_pseudo(text: str) -> bool:
    return MARK_OPEN in text and any(c in PSEUDO_CHARS for c in text)


class _PseudoExports(NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


def exports_catalogue() -> i18n.Catalogue:
    """The exports' catalogue in the pseudo-language (English dates and numbers)."""
    return i18n.Catalogue("en", _PseudoExports())
