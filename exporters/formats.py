"""The export formats, declared once: extension, label, options and their limits, and writer.

The command line (``journeyline export``: its arguments, their help and their checks), the
background export job (``app.export_job``), the export dialog (``widgets.export_dialog``: its
radio buttons, combo boxes and spin box) and the saved export choices (``app.settings``) all
read this registry; none of them lists a format, a paper or a limit of its own. A new format is
one more :class:`ExportFormat` in :data:`FORMATS`.

Each option is declared with its limits (:class:`ChoiceOption`: paper sizes, tiling;
:class:`RangeOption`: the PNG's resolution), and :func:`settle` is the one check of a request:
an option another format owns, a value out of range or not among the choices is refused with
one :class:`~exporters.errors.ExportError` sentence that names the file, the same sentence for
the command line and the editor.

Plain Python, no Qt. The exporter modules are imported inside the writers, so that reading the
registry (the command line's ``--help``, the editor's start) stays light.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Final

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LETTER, TABLOID

from exporters.errors import ExportError
from exporters.export_notice import ExportNotice
from exporters.export_options import (
    W_,
    Choice,
    ChoiceOption,
    Kind,
    KindsOption,
    Option,
    RangeOption,
)
from models import i18n
from models.atomic import OTHER
from models.document import Document
from models.edit_name import quote
from models.file_problem import FileProblem
from models.view_options import MapToggles

__all__ = [
    "DPI",
    "FORMATS",
    "LANGUAGE",
    "OPTIONS",
    "PAPER",
    "SHOW",
    "TILE",
    "UNTITLED",
    "Choice",
    "ChoiceOption",
    "ExportFormat",
    "ExportRequest",
    "KindsOption",
    "Option",
    "RangeOption",
    "for_suffix",
    "owners",
    "settle",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# -- the options --------------------------------------------------------------------------------

PAPER: Final = ChoiceOption(
    key="paper",
    label=W_("&Paper:"),
    noun="the paper",
    help="the poster's paper (default A1)",
    choices=(
        Choice("A0", W_("A0 · 841 × 1189 mm"), A0),
        Choice("A1", W_("A1 · 594 × 841 mm"), A1),
        Choice("A2", W_("A2 · 420 × 594 mm"), A2),
        Choice("A3", W_("A3 · 297 × 420 mm"), A3),
        Choice("A4", W_("A4 · 210 × 297 mm"), A4),
        Choice("letter", W_("Letter · 8.5 × 11 in"), LETTER),
        Choice("tabloid", W_("Tabloid · 11 × 17 in"), TABLOID),
    ),
    default="A1",
)
TILE: Final = ChoiceOption(
    key="tile",
    label=W_("Print &on:"),
    noun="the sheets to tile on",
    help="print the poster across A4 or letter sheets, with crop marks and an assembly map",
    choices=(
        Choice("A4", W_("A4 sheets, to tape together"), A4),
        Choice("letter", W_("Letter sheets, to tape together"), LETTER),
    ),
    default=None,
    none_label=W_("One sheet of that size"),
)
DPI: Final = RangeOption(
    key="dpi",
    label=W_("&Resolution:"),
    noun="the resolution",
    help="the PNG's resolution (default 150)",
    unit=W_("dpi"),
    minimum=36,
    maximum=1200,
    default=150,
    step=50,
    hint=W_("150 dpi suits slides; 300 dpi suits print"),
)
LANGUAGE: Final = ChoiceOption(
    key="language",
    label=W_("&Language:"),
    noun="the language",
    help="the language of the export's headings, labels, dates and numbers for this export "
    "only (default: the workshop's language)",
    choices=tuple(Choice(code, i18n.language_name(code)) for code in i18n.LANGUAGES),
    default=None,
    none_label=W_("The workshop's language"),
)
# What the map (and the station details) show: the canvas's View toggles. The window hands
# its toggles over (the dialog's check boxes start from them); the command line starts from
# a new canvas's.
SHOW: Final = KindsOption(
    key="toggles",
    label=W_("S&how:"),
    noun="what the map shows",
    show_help="show these on the map (and in a PDF's station details) too: KINDS is one or "
    "more of {kinds} or all, separated by commas (by default the map shows needs, pain points, "
    "ideas and owners, as a new canvas does, and the station details show everything)",
    hide_help="leave these out of the map (and of a PDF's station details): the same KINDS "
    "(--hide all --show needs shows only the needs)",
    hint=W_("As View ▸ Show… has it; a change here is for this export only"),
    kinds=(
        Kind("needs", "needs", W_("Ne&eds")),
        Kind("pain-points", "pain_points", W_("Pain po&ints")),
        Kind("ideas", "ideas", W_("I&deas")),
        Kind("quotes", "quotes", W_("&Quotes")),
        Kind("owners", "owners", W_("O&wners")),
        Kind("figures", "figures", W_("&Figures")),
    ),
)
OPTIONS: Final[tuple[Option, ...]] = (PAPER, TILE, DPI, LANGUAGE, SHOW)
# The name an export is offered when the workshop has no title that makes a file name.
UNTITLED: Final = W_("Journeyline export")


# -- the request --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportRequest:
    """One export: the format, the file, the journey (None: all, or an image's first) and the
    values of the options (one field per option of :data:`OPTIONS`, named by its key)."""

    format: str
    target: Path
    journey_id: int | None = None
    paper: str = PAPER.default or "A1"
    tile: str | None = TILE.default
    dpi: int = DPI.default
    language: str | None = LANGUAGE.default  # None: the workshop's own language
    # What the map shows (needs, pain points, ideas…), the option SHOW: the editor's View
    # toggles for this workshop; None: the defaults (the command line), or the window's when
    # it starts it.
    toggles: MapToggles | None = SHOW.default

    @property
    def spec(self) -> ExportFormat:
        return FORMATS[self.format]


Notices = list[ExportNotice]  # for the user of the window, never written into the file


Writer = Callable[[Document, Path, ExportRequest, Progress | None, Cancelled | None], Notices]


@dataclass(frozen=True)
class ExportFormat:
    """One export format. ``write(document, path, request, progress, cancelled)`` writes the
    file atomically and returns notices for the user (empty when all is well)."""

    key: str
    label: str  # "PDF poster"
    suffix: str  # ".pdf"
    description: str  # one line for the dialog and the command line's help
    file_filter: str  # for the file dialog
    write: Writer
    options: tuple[Option, ...] = ()
    one_journey: bool = False  # an image shows one journey's map
    reports_progress: bool = False  # progress and cancel while it runs (the poster)
    option_keys: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "option_keys", frozenset(o.key for o in self.options))


def settle(request: ExportRequest) -> ExportRequest:
    """The request with its options checked and in canonical form (``a1`` → ``A1``).

    Raises :class:`ExportError` naming the target for an unknown format, an option out of its
    limits, or a journey choice the format does not allow.
    """
    spec = FORMATS.get(request.format)
    if spec is None:
        raise ExportError(
            request.target,
            FileProblem(
                "{file} could not be written: there is no export format {format}; nothing was "
                "written.",
                format=quote(request.format),
            ),
        )
    values: dict[str, object] = {}
    for option in spec.options:
        try:
            values[option.key] = option.check(getattr(request, option.key))
        except ValueError as e:
            raise ExportError(request.target, OTHER.but(reason=str(e))) from None
    return replace(request, **values)  # type: ignore[arg-type]


def for_suffix(suffix: str) -> ExportFormat | None:
    """The format that writes files ending in ``suffix`` (any case), if any."""
    return next((f for f in FORMATS.values() if f.suffix == suffix.lower()), None)


def owners(option: Option) -> Iterator[ExportFormat]:
    """The formats that take ``option``."""
    return (f for f in FORMATS.values() if option in f.options)


# -- the writers --------------------------------------------------------------------------------
def _write_pdf(
    document: Document,
    path: Path,
    request: ExportRequest,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Notices:
    from exporters.poster_pdf import export_poster

    return export_poster(
        document,
        path,
        journey_id=request.journey_id,
        paper=request.paper,
        tile=request.tile,
        language=request.language,
        toggles=request.toggles,
        progress=progress,
        cancelled=cancelled,
    )


def _write_xlsx(document: Document, path: Path, request: ExportRequest, *_: object) -> Notices:
    from exporters.action_list_xlsx import export_action_list

    export_action_list(document, path, journey_id=request.journey_id, language=request.language)
    return []


def _write_png(document: Document, path: Path, request: ExportRequest, *_: object) -> Notices:
    from exporters.image import export_png

    return export_png(
        document,
        path,
        journey_id=request.journey_id,
        dpi=request.dpi,
        language=request.language,
        toggles=request.toggles,
    )


def _write_svg(document: Document, path: Path, request: ExportRequest, *_: object) -> Notices:
    from exporters.image import export_svg

    return export_svg(
        document,
        path,
        journey_id=request.journey_id,
        language=request.language,
        toggles=request.toggles,
    )


def _write_json(document: Document, path: Path, request: ExportRequest, *_: object) -> Notices:
    from models import interchange
    from models.atomic import atomic_write
    from models.interchange import InterchangeError
    from models.transfer import export_document

    doc = export_document(document)
    if request.journey_id is not None:
        journey = document.journey(request.journey_id)
        if journey is None:
            raise ValueError(f"There is no journey with id {request.journey_id}.")
        doc["journeys"] = [j for j in doc["journeys"] if j["id"] == journey.ident]
    try:
        data = interchange.dumps(doc).encode("utf-8")
    except InterchangeError as e:
        place, rule = e.rules[0]  # the first problem: its place, and its rule (translatable)
        raise ExportError(
            request.target,
            FileProblem(
                "{file} could not be written: the workshop holds data the interchange format "
                "does not allow ({place}: {rule}); nothing was written.",
                place=place,
                rule=rule,
            ),
        ) from None

    def write(f: BinaryIO) -> None:
        f.write(data)

    atomic_write(path, write)
    return []


FORMATS: Final[dict[str, ExportFormat]] = {
    f.key: f
    for f in (
        ExportFormat(
            "pdf",
            W_("PDF poster"),
            ".pdf",
            W_("The map, the action list and the station details, ready to print."),
            W_("PDF posters (*.pdf)"),
            _write_pdf,
            options=(PAPER, TILE, LANGUAGE, SHOW),
            reports_progress=True,
        ),
        ExportFormat(
            "xlsx",
            W_("Excel action list"),
            ".xlsx",
            W_("Actions, stations and owners as sheets, to plan the follow-up."),
            W_("Excel workbooks (*.xlsx)"),
            _write_xlsx,
            options=(LANGUAGE,),
        ),
        ExportFormat(
            "png",
            W_("PNG image"),
            ".png",
            W_("One journey's map as a picture, for slides and documents."),
            W_("PNG images (*.png)"),
            _write_png,
            options=(DPI, LANGUAGE, SHOW),
            one_journey=True,
        ),
        ExportFormat(
            "svg",
            W_("SVG image"),
            ".svg",
            W_("One journey's map as a drawing that stays sharp at any size."),
            W_("SVG images (*.svg)"),
            _write_svg,
            options=(LANGUAGE, SHOW),
            one_journey=True,
        ),
        ExportFormat(
            "json",
            W_("JSON document"),
            ".json",
            W_("The whole workshop as an interchange document, to import elsewhere."),
            W_("JSON documents (*.json)"),
            _write_json,
        ),
    )
}
