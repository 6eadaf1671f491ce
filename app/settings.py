"""What the editor remembers between runs, read and written through one typed wrapper.

Every key is named once, here. The settings live where Qt keeps them for the organisation
"Journeyline"; when the environment variable ``JOURNEYLINE_SETTINGS_DIR`` is set (the tests set
it to a temporary folder), they live in an INI file in that folder instead, so a test never
touches the user's real settings.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QSettings

from app.export_job import ExportChoices
from exporters.formats import DPI, FORMATS, PAPER, TILE
from models.layout import LayoutOptions
from models.paths import identity
from models.view_options import MapToggles

ENV_DIR: Final = "JOURNEYLINE_SETTINGS_DIR"
ORGANISATION: Final = "Journeyline"
APPLICATION: Final = "Journeyline"
MAX_RECENT: Final = 10

_GEOMETRY: Final = "window/geometry"
_STATE: Final = "window/state"
_RECENT: Final = "files/recent"
_LAST: Final = "files/last_workshop"
_SHOW_NEEDS: Final = "view/show_needs"
_SHOW_OWNERS: Final = "view/show_owners"
_SHOW_CURVE: Final = "view/show_curve"
_SHOW_TITLE: Final = "view/show_title"
# A workshop's View toggles (needs, pain points, ideas…), kept per workshop file, as JSON,
# under a key made from the file's full path, with the file's identity on its disk (device
# and inode) and that path beside them: a workshop moved or renamed since (the old path gone,
# the same file at the new one) is found by its identity and keeps its toggles.
_WORKSHOPS: Final = "workshops"
_MAP_TOGGLES: Final = "workshops/{key}/map_toggles"
_FILE_ID: Final = "workshops/{key}/file"
_FILE_PATH: Final = "workshops/{key}/path"
_WELCOME_DISMISSED: Final = "welcome/dismissed"
_LANGUAGE: Final = "ui/language"
_EXPORT_FORMAT: Final = "export/format"
_EXPORT_ALL_JOURNEYS: Final = "export/all_journeys"
_EXPORT_PAPER: Final = "export/paper"
_EXPORT_TILE: Final = "export/tile"
_EXPORT_DPI: Final = "export/dpi"
_EXPORT_FOLDER: Final = "export/folder"


def _open() -> QSettings:
    folder = os.environ.get(ENV_DIR)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "journeyline.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def _same(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class Settings:
    """Typed access to the editor's settings; each setter writes through at once."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else _open()

    @property
    def location(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()

    # -- window -----------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    def set_window_state(self, value: QByteArray) -> None:
        self._store.setValue(_STATE, value)

    # -- files ------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        """Recently opened workshops, newest first; only those that still exist."""
        return [p for p in self._strings(_RECENT) if Path(p).is_file()][:MAX_RECENT]

    def add_recent_file(self, path: str | os.PathLike[str]) -> None:
        text = str(Path(path).resolve())
        kept = [p for p in self.recent_files() if not _same(p, text)]
        self._store.setValue(_RECENT, [text, *kept][:MAX_RECENT])
        self._store.sync()

    def remove_recent_file(self, path: str | os.PathLike[str]) -> None:
        kept = [p for p in self._strings(_RECENT) if not _same(p, str(path))]
        self._store.setValue(_RECENT, kept)
        self._store.sync()

    def clear_recent_files(self) -> None:
        self._store.remove(_RECENT)
        self._store.sync()

    def last_workshop(self) -> str | None:
        """The workshop open when the editor last closed, if it still exists."""
        value = self._store.value(_LAST, "")
        text = str(value) if value else ""
        return text if text and Path(text).is_file() else None

    def set_last_workshop(self, path: str | os.PathLike[str] | None) -> None:
        if path is None:
            self._store.remove(_LAST)
        else:
            self._store.setValue(_LAST, str(Path(path).resolve()))
        self._store.sync()

    # -- view -------------------------------------------------------------------------------
    def layout_options(self) -> LayoutOptions:
        return LayoutOptions(
            show_needs=self._bool(_SHOW_NEEDS, True),
            show_owners=self._bool(_SHOW_OWNERS, True),
            show_curve=self._bool(_SHOW_CURVE, True),
            show_title=self._bool(_SHOW_TITLE, True),
        )

    def set_layout_options(self, options: LayoutOptions) -> None:
        self._store.setValue(_SHOW_NEEDS, options.show_needs)
        self._store.setValue(_SHOW_OWNERS, options.show_owners)
        self._store.setValue(_SHOW_CURVE, options.show_curve)
        self._store.setValue(_SHOW_TITLE, options.show_title)

    # -- the window's language ------------------------------------------------------------
    def language(self) -> str:
        """The window's language chosen in Preferences ("sv", "de"…); "" follows the system."""
        return self._text(_LANGUAGE)

    def set_language(self, code: str) -> None:
        self._store.setValue(_LANGUAGE, code)
        self._store.sync()

    # -- a workshop's view toggles -----------------------------------------------------------
    @staticmethod
    def _workshop_key(path: str | os.PathLike[str]) -> str:
        text = os.path.normcase(str(Path(path).resolve()))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]

    @staticmethod
    def _file_id(path: str | os.PathLike[str]) -> str:
        found = identity(Path(path))
        return f"{found.device}:{found.inode}" if found is not None else ""

    def _moved_here(self, path: str | os.PathLike[str]) -> str | None:
        """The key of the entry of this very file under another path that no longer holds
        it (the workshop was moved or renamed), if there is one."""
        file_id = self._file_id(path)
        if not file_id:
            return None
        self._store.beginGroup(_WORKSHOPS)
        keys = self._store.childGroups()
        self._store.endGroup()
        for key in keys:
            if self._store.value(_FILE_ID.format(key=key), "") != file_id:
                continue
            old = str(self._store.value(_FILE_PATH.format(key=key), "") or "")
            if old and self._file_id(old) != file_id:
                return key
        return None

    def map_toggles(self, path: str | os.PathLike[str]) -> MapToggles:
        """What the map of this workshop showed last, also under its old name or folder (the
        defaults for a workshop not seen before, and for an entry that is not readable)."""
        key = self._workshop_key(path)
        raw = self._store.value(_MAP_TOGGLES.format(key=key), "")
        if not raw:
            moved = self._moved_here(path)
            if moved is not None:
                raw = self._store.value(_MAP_TOGGLES.format(key=moved), "")
                self._store.remove(f"{_WORKSHOPS}/{moved}")  # it lives at its new path now
                if raw:
                    self._store.setValue(_MAP_TOGGLES.format(key=key), raw)
                    self._remember_file(key, path)
                self._store.sync()
        try:
            data = json.loads(str(raw)) if raw else None
        except ValueError:
            data = None
        return MapToggles.from_dict(data if isinstance(data, dict) else None)

    def set_map_toggles(self, path: str | os.PathLike[str], toggles: MapToggles) -> None:
        key = self._workshop_key(path)
        self._store.setValue(
            _MAP_TOGGLES.format(key=key), json.dumps(toggles.as_dict(), sort_keys=True)
        )
        self._remember_file(key, path)
        self._store.sync()

    def _remember_file(self, key: str, path: str | os.PathLike[str]) -> None:
        self._store.setValue(_FILE_ID.format(key=key), self._file_id(path))
        self._store.setValue(_FILE_PATH.format(key=key), str(Path(path).resolve()))

    # -- the first-run welcome ------------------------------------------------------------
    def welcome_dismissed(self) -> bool:
        """True once the welcome card was shown (it shows on the first run only)."""
        return self._bool(_WELCOME_DISMISSED, False)

    def set_welcome_dismissed(self, dismissed: bool) -> None:
        self._store.setValue(_WELCOME_DISMISSED, dismissed)
        self._store.sync()

    # -- exports ----------------------------------------------------------------------------
    def export_choices(self) -> ExportChoices:
        """The choices of the last export (format, journeys, paper, tiles, DPI, folder)."""
        default = ExportChoices()
        fmt = self._text(_EXPORT_FORMAT)
        paper = self._text(_EXPORT_PAPER)
        tile = self._text(_EXPORT_TILE)
        dpi = self._store.value(_EXPORT_DPI, default.dpi)
        try:
            dpi_value = DPI.clamp(int(str(dpi)))
        except ValueError:
            dpi_value = default.dpi
        return ExportChoices(
            format=fmt if fmt in FORMATS else default.format,
            all_journeys=self._bool(_EXPORT_ALL_JOURNEYS, default.all_journeys),
            paper=paper if paper in PAPER.keys else default.paper,
            tile=tile if tile in TILE.keys else None,
            dpi=dpi_value,
            folder=self._text(_EXPORT_FOLDER),
        )

    def set_export_choices(self, choices: ExportChoices) -> None:
        self._store.setValue(_EXPORT_FORMAT, choices.format)
        self._store.setValue(_EXPORT_ALL_JOURNEYS, choices.all_journeys)
        self._store.setValue(_EXPORT_PAPER, choices.paper)
        self._store.setValue(_EXPORT_TILE, choices.tile or "")
        self._store.setValue(_EXPORT_DPI, choices.dpi)
        self._store.setValue(_EXPORT_FOLDER, choices.folder)
        self._store.sync()

    # -- typed reads ------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    def _text(self, key: str) -> str:
        value = self._store.value(key, "")
        return value if isinstance(value, str) else ""

    def _strings(self, key: str) -> list[str]:
        value = self._store.value(key, [])
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value if v]
        return []
