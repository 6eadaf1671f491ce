"""The export formats beyond JSON: the poster (PDF), the action list (Excel), images.

Each exporter module is imported inside its ``write`` so that ``journeyline info`` and the
other commands stay light, and Qt is never loaded (exporters/ imports no Qt).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from app.cli import ExportRequest

PAPERS = ("A0", "A1", "A2", "A3", "A4", "letter", "tabloid")
TILES = ("A4", "letter")
DEFAULT_DPI: Final = 150
MIN_DPI: Final = 36
MAX_DPI: Final = 1200


def _choice(options: Sequence[str]) -> Callable[[str], str]:
    """An argparse type that matches one of ``options`` in any case ("a1", "Letter")."""

    def parse(text: str) -> str:
        for option in options:
            if option.casefold() == text.casefold():
                return option
        raise argparse.ArgumentTypeError(f"choose one of {', '.join(options)}")

    return parse


def _warn(warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(f"journeyline: warning: {warning}", file=sys.stderr)


def _journey_id(request: ExportRequest) -> int | None:
    return request.journey.id if request.journey is not None else None


def add_poster_options(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--paper", type=_choice(PAPERS), default=None, help=f"{', '.join(PAPERS)} (default A1)"
    )
    group.add_argument(
        "--tile",
        type=_choice(TILES),
        default=None,
        help="print the poster across A4 or letter sheets, with crop marks and an assembly map",
    )


def write_poster(request: ExportRequest) -> None:
    from exporters.poster_pdf import export_poster

    options = request.options
    _warn(
        export_poster(
            request.document,
            request.target,
            journey_id=_journey_id(request),
            paper=options.paper or "A1",
            tile=options.tile,
        )
    )


def write_action_list(request: ExportRequest) -> None:
    from exporters.action_list_xlsx import export_action_list

    export_action_list(request.document, request.target, journey_id=_journey_id(request))


def parse_dpi(text: str) -> int:
    """``--dpi``: a whole number of dots per inch within what a PNG export can draw."""
    try:
        dpi = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"choose a whole number of dots per inch from {MIN_DPI} to {MAX_DPI}"
        ) from None
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise argparse.ArgumentTypeError(
            f"{dpi} dots per inch cannot be drawn; choose a resolution from {MIN_DPI} to {MAX_DPI}"
        )
    return dpi


def add_image_options(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--dpi",
        type=parse_dpi,
        default=None,
        metavar="N",
        help=f"resolution of the PNG, {MIN_DPI} to {MAX_DPI} (default {DEFAULT_DPI})",
    )


def write_png(request: ExportRequest) -> None:
    from exporters.image import export_png

    dpi = DEFAULT_DPI if request.options.dpi is None else request.options.dpi
    _warn(export_png(request.document, request.target, journey_id=_journey_id(request), dpi=dpi))


def write_svg(request: ExportRequest) -> None:
    from exporters.image import export_svg

    _warn(export_svg(request.document, request.target, journey_id=_journey_id(request)))
