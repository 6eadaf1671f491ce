"""Mime types the canvas accepts and offers (the palette and the clipboard use the same)."""

from __future__ import annotations

from typing import Final

NEW_STATION_MIME: Final = "application/x-journeyline-new-station"
NEW_PHASE_MIME: Final = "application/x-journeyline-new-phase"
NEW_LINE_MIME: Final = "application/x-journeyline-new-line"
# Copied stations: a whole interchange document (models.interchange), also put on the
# clipboard as text/plain so that it can be pasted into a text editor or between workshops.
JOURNEYLINE_JSON_MIME: Final = "application/x-journeyline+json"

PALETTE_MIMES: Final = (NEW_STATION_MIME, NEW_PHASE_MIME, NEW_LINE_MIME)
