"""The sentences of a tiled poster (its sheets' notes and its assembly map), whole and in the
export's language (``models.i18n``): each sentence is one catalogue entry, never glued."""

from __future__ import annotations

from models.i18n import gettext as _

__all__ = [
    "assembly_steps",
    "continues_from",
    "continues_on",
    "sheet_instruction",
    "sheets_text",
]


def sheet_instruction(left: str | None, above: str | None) -> str:
    """What to do with one sheet, given the names of the sheets it lies over."""
    if left and above:
        text = _("trim at the crop marks and lay over {left} on the left and {above} above")
        return text.format(left=left, above=above)
    if left:
        return _("trim at the crop marks and lay over {left} on the left").format(left=left)
    if above:
        return _("trim at the crop marks and lay over {above} above").format(above=above)
    return _("the top-left sheet: lay the others over it")


def sheets_text(paper: str, count: int, tile: str | None, rows: int, columns: int) -> str:
    """ "The A1 poster on 12 A4 sheets (3 rows × 4 columns)"."""
    text = _("The {paper} poster on {count} {tile} sheets ({rows} rows × {columns} columns)")
    return text.format(paper=paper, count=count, tile=tile, rows=rows, columns=columns)


def assembly_steps(overlap_mm: float) -> list[str]:
    """The numbered steps beside the assembly map."""
    return [
        _("Print every sheet at 100 % (“actual size”; switch off “fit to page”)."),
        _("Check the scale: the bar below must measure 10 cm."),
        _(
            "Trim each sheet at its crop marks on the left and top edges, except the sheets "
            "of column 1 (left) and row A (top)."
        ),
        _(
            "Lay each sheet over its left and upper neighbours so that the map runs on "
            "across the {overlap} mm overlap, then tape it from the back."
        ).format(overlap=f"{overlap_mm:.0f}"),
    ]


def continues_from(phase: str, sheet: str) -> str:
    """What a sheet's left edge says of a phase it cuts."""
    return _("◂ {phase} continues from sheet {sheet}").format(phase=phase, sheet=sheet)


def continues_on(phase: str, sheet: str) -> str:
    """What a sheet's right edge says of a phase it cuts."""
    return _("{phase} continues on sheet {sheet} ▸").format(phase=phase, sheet=sheet)
