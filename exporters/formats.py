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
from models import i18n
from models.document import Document
from models.view_options import MapToggles

__all__ = [
    "DPI",
    "FORMATS",
    "LANGUAGE",
    "OPTIONS",
    "PAPER",
    "TILE",
    "Choice",
    "ChoiceOption",
    "ExportFormat",
    "ExportRequest",
    "Option",
    "RangeOption",
    "for_suffix",
    "owners",
    "settle",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# -- options ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    """One value of a :class:`ChoiceOption`: its key (as typed on the command line), its label
    in the dialog, and for a paper its portrait size in points."""

    key: str
    label: str
    size: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class ChoiceOption:
    """An option that takes one of a few values (matched in any case: ``a1``, ``Letter``).

    ``none_label`` names the choice of no value (tiling: one sheet), when there is one.
    ``label`` is the dialog's (``&`` marks its keyboard shortcut).
    """

    key: str
    label: str
    noun: str  # "the paper", in sentences
    help: str
    choices: tuple[Choice, ...]
    default: str | None
    none_label: str | None = None

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.choices)

    def choice(self, key: str) -> Choice:
        return next(c for c in self.choices if c.key == key)

    def check(self, value: object) -> str | None:
        """The canonical key for ``value``; raises ValueError (the reason) otherwise."""
        if value is None and self.none_label is not None:
            return None
        for key in self.keys:
            if isinstance(value, str) and key.casefold() == value.strip().casefold():
                return key
        raise ValueError(f"{self.noun} must be one of {', '.join(self.keys)}, not “{value}”")


@dataclass(frozen=True)
class RangeOption:
    """A whole number from ``minimum`` to ``maximum`` (in ``unit``)."""

    key: str
    label: str
    noun: str  # "the resolution"
    help: str
    unit: str
    minimum: int
    maximum: int
    default: int
    step: int = 1
    hint: str = ""

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    def parse(self, text: str) -> int:
        """The whole number typed (``--dpi 300``); raises ValueError (the reason) otherwise.

        Its limits are :meth:`check`'s, so that a number out of range is refused with the
        same sentence wherever the request comes from.
        """
        try:
            return int(text.strip())
        except ValueError:
            raise ValueError(self._not_a_number(text)) from None

    def check(self, value: object) -> int:
        """``value`` when it is within the limits; raises ValueError (the reason) otherwise."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(self._not_a_number(value))
        if not self.minimum <= value <= self.maximum:
            raise ValueError(
                f"{self.noun} must be from {self.minimum} to {self.maximum} {self.unit}, "
                f"not {value}"
            )
        return value

    def _not_a_number(self, value: object) -> str:
        return (
            f"{self.noun} must be a whole number from {self.minimum} to {self.maximum} "
            f"{self.unit}, not “{value}”"
        )

    def clamp(self, value: int) -> int:
        return max(self.minimum, min(self.maximum, value))


Option = ChoiceOption | RangeOption

PAPER: Final = ChoiceOption(
    key="paper",
    label="&Paper:",
    noun="the paper",
    help="the poster's paper (default A1)",
    choices=(
        Choice("A0", "A0 · 841 × 1189 mm", A0),
        Choice("A1", "A1 · 594 × 841 mm", A1),
        Choice("A2", "A2 · 420 × 594 mm", A2),
        Choice("A3", "A3 · 297 × 420 mm", A3),
        Choice("A4", "A4 · 210 × 297 mm", A4),
        Choice("letter", "Letter · 8.5 × 11 in", LETTER),
        Choice("tabloid", "Tabloid · 11 × 17 in", TABLOID),
    ),
    default="A1",
)
TILE: Final = ChoiceOption(
    key="tile",
    label="Print &on:",
    noun="the sheets to tile on",
    help="print the poster across A4 or letter sheets, with crop marks and an assembly map",
    choices=(
        Choice("A4", "A4 sheets, to tape together", A4),
        Choice("letter", "Letter sheets, to tape together", LETTER),
    ),
    default=None,
    none_label="One sheet of that size",
)
DPI: Final = RangeOption(
    key="dpi",
    label="&Resolution:",
    noun="the resolution",
    help="the PNG's resolution (default 150)",
    unit="dpi",
    minimum=36,
    maximum=1200,
    default=150,
    step=50,
    hint="150 dpi suits slides; 300 dpi suits print",
)
LANGUAGE: Final = ChoiceOption(
    key="language",
    label="&Language:",
    noun="the language",
    help="the language of the export's headings, labels, dates and numbers for this export "
    "only (default: the workshop's language)",
    choices=tuple(Choice(code, i18n.language_name(code)) for code in i18n.LANGUAGES),
    default=None,
    none_label="The workshop's language",
)
OPTIONS: Final[tuple[Option, ...]] = (PAPER, TILE, DPI, LANGUAGE)


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
    # What the map shows (needs, pain points, ideas…): the editor's View toggles for this
    # workshop; None: the defaults (the command line), or the window's when it starts it.
    toggles: MapToggles | None = None

    @property
    def spec(self) -> ExportFormat:
        return FORMATS[self.format]


Writer = Callable[[Document, Path, ExportRequest, Progress | None, Cancelled | None], list[str]]


@dataclass(frozen=True)
class ExportFormat:
    """One export format. ``write(document, path, request, progress, cancelled)`` writes the
    file atomically and returns warnings for the user (empty when all is well)."""

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
        raise ExportError(request.target, f"there is no export format “{request.format}”")
    values: dict[str, object] = {}
    for option in spec.options:
        try:
            values[option.key] = option.check(getattr(request, option.key))
        except ValueError as e:
            raise ExportError(request.target, str(e)) from None
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
) -> list[str]:
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


def _write_xlsx(document: Document, path: Path, request: ExportRequest, *_: object) -> list[str]:
    from exporters.action_list_xlsx import export_action_list

    export_action_list(document, path, journey_id=request.journey_id, language=request.language)
    return []


def _write_png(document: Document, path: Path, request: ExportRequest, *_: object) -> list[str]:
    from exporters.image import export_png

    return export_png(
        document, path, journey_id=request.journey_id, dpi=request.dpi, language=request.language
    )


def _write_svg(document: Document, path: Path, request: ExportRequest, *_: object) -> list[str]:
    from exporters.image import export_svg

    return export_svg(document, path, journey_id=request.journey_id, language=request.language)


def _write_json(document: Document, path: Path, request: ExportRequest, *_: object) -> list[str]:
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
        first = e.problems[0] if e.problems else str(e)
        reason = f"the workshop holds data the interchange format does not allow ({first})"
        raise ExportError(request.target, reason) from None

    def write(f: BinaryIO) -> None:
        f.write(data)

    atomic_write(path, write)
    return []


FORMATS: Final[dict[str, ExportFormat]] = {
    f.key: f
    for f in (
        ExportFormat(
            "pdf",
            "PDF poster",
            ".pdf",
            "The map, the action list and the station details, ready to print.",
            "PDF posters (*.pdf)",
            _write_pdf,
            options=(PAPER, TILE, LANGUAGE),
            reports_progress=True,
        ),
        ExportFormat(
            "xlsx",
            "Excel action list",
            ".xlsx",
            "Actions, stations and owners as sheets, to plan the follow-up.",
            "Excel workbooks (*.xlsx)",
            _write_xlsx,
            options=(LANGUAGE,),
        ),
        ExportFormat(
            "png",
            "PNG image",
            ".png",
            "One journey's map as a picture, for slides and documents.",
            "PNG images (*.png)",
            _write_png,
            options=(DPI, LANGUAGE),
            one_journey=True,
        ),
        ExportFormat(
            "svg",
            "SVG image",
            ".svg",
            "One journey's map as a drawing that stays sharp at any size.",
            "SVG images (*.svg)",
            _write_svg,
            options=(LANGUAGE,),
            one_journey=True,
        ),
        ExportFormat(
            "json",
            "JSON document",
            ".json",
            "The whole workshop as an interchange document, to import elsewhere.",
            "JSON documents (*.json)",
            _write_json,
        ),
    )
}
