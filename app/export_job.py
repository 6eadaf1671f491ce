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
import re
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final

from app.export_formats import DEFAULT_DPI, MAX_DPI, MIN_DPI, PAPERS, TILES
from exporters.errors import ExportError, reason_for
from exporters.targets import check_export_target
from models import atomic
from models.document import Document
from models.workshop_file import WorkshopFile, WorkshopFileError

__all__ = [
    "DEFAULT_DPI",
    "FORMATS",
    "MAX_DPI",
    "MIN_DPI",
    "PAPERS",
    "TILES",
    "ExportChoices",
    "ExportFormat",
    "ExportOutcome",
    "ExportRequest",
    "Snapshot",
    "clamp_dpi",
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
class ExportFormat:
    key: str
    label: str  # "PDF poster"
    suffix: str  # ".pdf"
    description: str  # one line for the dialog
    file_filter: str  # for QFileDialog
    one_journey: bool = False  # an image shows one journey's map
    reports_progress: bool = False  # progress and cancel while it runs (the poster)


FORMATS: Final[dict[str, ExportFormat]] = {
    f.key: f
    for f in (
        ExportFormat(
            "pdf",
            "PDF poster",
            ".pdf",
            "The map, the action list and the station details, ready to print.",
            "PDF posters (*.pdf)",
            reports_progress=True,
        ),
        ExportFormat(
            "xlsx",
            "Excel action list",
            ".xlsx",
            "Actions, stations and owners as sheets, to plan the follow-up.",
            "Excel workbooks (*.xlsx)",
        ),
        ExportFormat(
            "png",
            "PNG image",
            ".png",
            "One journey's map as a picture, for slides and documents.",
            "PNG images (*.png)",
            one_journey=True,
        ),
        ExportFormat(
            "svg",
            "SVG image",
            ".svg",
            "One journey's map as a drawing that stays sharp at any size.",
            "SVG images (*.svg)",
            one_journey=True,
        ),
        ExportFormat(
            "json",
            "JSON document",
            ".json",
            "The whole workshop as an interchange document, to import elsewhere.",
            "JSON documents (*.json)",
        ),
    )
}


def clamp_dpi(dpi: int) -> int:
    return max(MIN_DPI, min(MAX_DPI, dpi))


@dataclass(frozen=True)
class ExportChoices:
    """What the export dialog remembers between uses (see app.settings)."""

    format: str = "pdf"
    all_journeys: bool = True
    paper: str = "A1"
    tile: str | None = None
    dpi: int = DEFAULT_DPI
    folder: str = ""


@dataclass(frozen=True)
class ExportRequest:
    """One export: the format, the file, the journey (None: all) and the format's options."""

    format: str
    target: Path
    journey_id: int | None = None
    paper: str = "A1"
    tile: str | None = None
    dpi: int = DEFAULT_DPI

    @property
    def spec(self) -> ExportFormat:
        return FORMATS[self.format]


@dataclass
class ExportOutcome:
    """How an export ended: ``done`` (with warnings), ``cancelled`` or ``failed`` (a sentence)."""

    request: ExportRequest
    state: str = "done"
    warnings: list[str] = field(default_factory=list)
    sentence: str = ""


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def suggested_name(title: str, spec: ExportFormat, journey_name: str | None = None) -> str:
    """A file name from the workshop's title (and the journey's name), safe on every system."""
    stem = title.strip()
    if journey_name:
        stem = f"{stem} - {journey_name.strip()}" if stem else journey_name.strip()
    stem = " ".join(_UNSAFE.sub(" ", stem).split()).strip(" .")[:120].rstrip(" .")
    return f"{stem or 'Journeyline export'}{spec.suffix}"


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
                f"The workshop could not be prepared for export: {reason_for(e, Path('.'))}."
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


# -- the writers --------------------------------------------------------------------------------
def _write_pdf(
    document: Document,
    staging: Path,
    request: ExportRequest,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list[str]:
    from exporters.poster_pdf import export_poster

    return export_poster(
        document,
        staging,
        journey_id=request.journey_id,
        paper=request.paper,
        tile=request.tile,
        progress=progress,
        cancelled=cancelled,
    )


def _write_xlsx(document: Document, staging: Path, request: ExportRequest, *_: object) -> list[str]:
    from exporters.action_list_xlsx import export_action_list

    export_action_list(document, staging, journey_id=request.journey_id)
    return []


def _write_png(document: Document, staging: Path, request: ExportRequest, *_: object) -> list[str]:
    from exporters.image import export_png

    return export_png(document, staging, journey_id=request.journey_id, dpi=request.dpi)


def _write_svg(document: Document, staging: Path, request: ExportRequest, *_: object) -> list[str]:
    from exporters.image import export_svg

    return export_svg(document, staging, journey_id=request.journey_id)


def _write_json(document: Document, staging: Path, request: ExportRequest, *_: object) -> list[str]:
    from app.cli import journey_ref
    from models import interchange
    from models.atomic import atomic_write
    from models.interchange import InterchangeError
    from models.transfer import export_document

    doc = export_document(document)
    if request.journey_id is not None:
        journey = document.journey(request.journey_id)
        if journey is None:
            raise ValueError(f"There is no journey with id {request.journey_id}.")
        wanted = journey_ref(journey)
        doc["journeys"] = [j for j in doc["journeys"] if j["id"] == wanted]
    try:
        data = interchange.dumps(doc).encode("utf-8")
    except InterchangeError as e:
        first = e.problems[0] if e.problems else str(e)
        reason = f"the workshop holds data the interchange format does not allow ({first})"
        raise ExportError(request.target, reason) from None

    def write(f: BinaryIO) -> None:
        f.write(data)

    atomic_write(staging, write)
    return []


Writer = Callable[[Document, Path, ExportRequest, Progress | None, Cancelled | None], list[str]]
_WRITERS: Final[dict[str, Writer]] = {
    "pdf": _write_pdf,
    "xlsx": _write_xlsx,
    "png": _write_png,
    "svg": _write_svg,
    "json": _write_json,
}


def _sentence(target: Path, reason: str) -> str:
    reason = reason.strip().rstrip(".") or "an unexpected error occurred"
    return str(ExportError(target, reason[:1].lower() + reason[1:]))


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
        with Document.open(snapshot, readonly=True) as document:
            warnings = _WRITERS[request.format](document, staging, request, progress, cancelled)
    except ExportCancelled:
        discard(staging)
        return ExportOutcome(request, "cancelled")
    except ExportError as e:
        discard(staging)
        return ExportOutcome(request, "failed", sentence=_sentence(target, e.reason))
    except (WorkshopFileError, ValueError) as e:
        discard(staging)
        return ExportOutcome(request, "failed", sentence=_sentence(target, str(e)))
    except Exception as e:  # the window must survive any exporter
        log.exception("export to %s failed", target)
        discard(staging)
        reason = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        return ExportOutcome(request, "failed", sentence=_sentence(target, reason))
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
        return ExportOutcome(outcome.request, "failed", sentence=str(e))
    return outcome
