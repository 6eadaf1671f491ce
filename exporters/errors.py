"""The one error an exporter raises when its file cannot be written.

Exports are written through :func:`models.atomic.atomic_write`, the one helper for every file
Journeyline writes, so an export's failure is that helper's :class:`~models.atomic.WriteError`:
one sentence that names the file ("“poster.pdf” could not be written: the disk is full;
nothing was written.").
"""

from __future__ import annotations

from models.atomic import WriteError, reason_for

__all__ = ["ExportError", "reason_for"]

ExportError = WriteError
