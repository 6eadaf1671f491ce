"""An export started in the editor: a snapshot of the open workshop, exported off the GUI thread.

The editor's document holds the workshop file's exclusive SQLite lock, so no second connection
can read the file while it is open. An export therefore begins with a :class:`Snapshot`: SQLite's
backup API (``WorkshopFile.save_copy``, fast, on the GUI thread) copies the workshop into a
private temporary folder. The worker thread opens that copy read-only, exports from it, and the
copy is deleted afterwards.

The export is written to a hidden staging file beside the target (the same folder, so the last
rename never crosses file systems). Only when the user has not cancelled does :func:`commit`
move it over the target; :func:`discard` removes it otherwise. So Cancel leaves nothing behind,
and a file that was already at the target stays as it was.

Plain Python, no Qt: ``widgets/export_worker.py`` runs :func:`execute` in a thread pool. The
exporters are imported when an export runs, so that starting the editor stays light.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from exporters import formats
from exporters.errors import ExportError
from exporters.export_notice import ExportNotice
from exporters.formats import DPI, FORMATS, PAPER, ExportFormat, ExportRequest
from exporters.targets import check_export_target
from models import atomic
from models.atomic import OTHER
from models.document import Document
from models.file_problem import FileProblem
from models.paths import safe_stem
from models.workshop_file import WorkshopFile, WorkshopFileError, os_reason

__all__ = [
    "FORMATS",
    "ExportChoices",
    "ExportFormat",
    "ExportOutcome",
    "ExportRequest",
    "Snapshot",
    "commit",
    "discard",
    "execute",
    "finish",
    "staging_path",
    "suggested_name",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportChoices:
    """What the export dialog remembers between uses (see app.settings)."""

    format: str = "pdf"
    all_journeys: bool = True
    paper: str = PAPER.default or "A1"
    tile: str | None = None
    dpi: int = DPI.default
    folder: str = ""


@dataclass
class ExportOutcome:
    """How an export ended: ``done`` (with warnings), ``cancelled`` or ``failed`` (``message``,
    a sentence naming the target, said in the window's language)."""

    request: ExportRequest
    state: str = "done"
    warnings: list[ExportNotice] = field(default_factory=list)  # said in the window's language
    message: FileProblem | None = None

    @property
    def sentence(self) -> str:
        """The failure's English sentence ("" unless failed), for logs and the tests."""
        return "" if self.message is None else self.message.english()


def suggested_name(
    title: str,
    spec: ExportFormat,
    journey_name: str | None = None,
    untitled: str = formats.UNTITLED,
) -> str:
    """A file name from the workshop's title (and the journey's name), safe on every system;
    ``untitled`` (the window gives it in its language) when they leave nothing."""
    stem = title.strip()
    if journey_name:
        stem = f"{stem} - {journey_name.strip()}" if stem else journey_name.strip()
    return f"{safe_stem(stem) or untitled}{spec.suffix}"


# -- the snapshot -------------------------------------------------------------------------------
class Snapshot:
    """A private copy of the open workshop, for a worker thread to open read-only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "workshop.journey"

    @classmethod
    def take(cls, file: WorkshopFile) -> Snapshot:
        """Copy the workshop with SQLite's backup API; raises WorkshopFileError (one sentence)."""
        try:
            folder = Path(tempfile.mkdtemp(prefix="journeyline-export-"))
        except OSError as e:
            raise WorkshopFileError(
                FileProblem(
                    "The workshop could not be prepared for export: {reason}.",
                    reason=os_reason(e),
                )
            ) from None
        snapshot = cls(folder)
        try:
            file.save_copy(snapshot.path)
        except BaseException:
            snapshot.discard()
            raise
        return snapshot

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


# -- staging ------------------------------------------------------------------------------------
# The export is written to a staging file beside the target (models.atomic) and put in place
# on the GUI thread, once the user can no longer cancel it.
staging_path = atomic.stage
discard = atomic.discard


def commit(staging: Path, target: Path) -> None:
    """Move a finished export over the target, checked again: it may have changed meanwhile."""
    try:
        check_export_target(target)
    except ExportError:
        discard(staging)
        raise
    atomic.commit(staging, target)


def _failed(target: Path, reason: str) -> FileProblem:
    """The sentence for a failure without a sentence of its own (another program's error)."""
    reason = reason.strip().rstrip(".") or "an unexpected error occurred"
    return ExportError(target, OTHER.but(reason=reason[:1].lower() + reason[1:])).message


def execute(
    snapshot: Path,
    request: ExportRequest,
    staging: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportOutcome:
    """Export the snapshot into ``staging`` (worker thread); never raises.

    The outcome is ``cancelled`` when ``cancel`` was set, ``failed`` with one sentence naming
    the target when anything went wrong (the staging file is then gone), ``done`` otherwise.
    """
    from exporters.poster_pdf import ExportCancelled

    target = request.target
    cancelled = cancel.is_set if cancel is not None else None
    try:
        check_export_target(target)  # never onto a workshop; a name within the limit
        request = formats.settle(request)
        with Document.open(snapshot, readonly=True) as document:
            warnings = request.spec.write(document, staging, request, progress, cancelled)
    except ExportCancelled:
        discard(staging)
        return ExportOutcome(request, "cancelled")
    except ExportError as e:
        discard(staging)
        # An exporter names the file it writes (the staging file): the user's target instead.
        return ExportOutcome(request, "failed", message=ExportError(target, e.message).message)
    except (WorkshopFileError, ValueError) as e:
        discard(staging)
        return ExportOutcome(request, "failed", message=_failed(target, str(e)))
    except Exception as e:  # the window must survive any exporter
        log.exception("export to %s failed", target)
        discard(staging)
        reason = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        return ExportOutcome(request, "failed", message=_failed(target, reason))
    if cancel is not None and cancel.is_set():
        discard(staging)
        return ExportOutcome(request, "cancelled")
    return ExportOutcome(request, "done", warnings=list(warnings))


def finish(outcome: ExportOutcome, staging: Path, *, cancelled: bool) -> ExportOutcome:
    """On the GUI thread: put a finished export in place, or drop it if the user cancelled."""
    if outcome.state != "done" or cancelled:
        discard(staging)
        if cancelled and outcome.state == "done":
            return ExportOutcome(outcome.request, "cancelled")
        return outcome
    try:
        commit(staging, outcome.request.target)
    except ExportError as e:
        return ExportOutcome(outcome.request, "failed", message=e.message)
    return outcome
