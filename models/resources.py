"""Where the bundled resources (fonts, templates, samples, icons) live.

In a source checkout they sit beside the packages; in a PyInstaller build they are unpacked
under ``sys._MEIPASS``. Every module asks here instead of building paths of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
