"""Every text a client reads comes from the exports' catalogue: no English literal in the
modules that write the poster, the images and the action list.

The modules are read as code (ast): a string literal with a word in it must be marked for
translation (``_()``, ``N_()``, ``ngettext()``), or be one of the few kinds of literal that no
client reads (a docstring, an error or warning sentence for the consultant, a key, a style or
format name the file format defines); each other literal is listed in :data:`NOT_TEXT` with
why. A new literal that reaches a page or a cell (``p.text(x, y, "+2 more")``,
``title + " (continued)"``) fails here until it goes through the catalogue."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The modules that make what the client receives (the poster, its report pages, the images and
# the action list); the action list's read-back and the registry speak to the consultant.
CLIENT_FACING = sorted(
    path
    for path in (ROOT / "exporters").glob("*.py")
    if path.stem
    not in {
        "__init__",
        "action_list_file",
        "action_list_plan",
        "action_list_read",
        "action_list_said",
        "action_list_update",
        "errors",
        "export_notice",
        "export_options",
        "fonts",
        "formats",
        "safe_text",
        "targets",
    }
)
MARKS = {"_", "N_", "gettext", "ngettext"}
# Calls whose text is for the consultant (the window's catalogue and the command line's English:
# an error, a notice of an export), or that take names and codes rather than text.
NOT_FOR_CLIENTS = {
    "ExportError",
    "ExportNotice",
    "ValueError",
    "KeyError",
    "TypeError",
    "RuntimeError",
}
WORD = re.compile(r"[A-Za-z]{3,}")
# Text for a reader: words with a space between or around them (" more", "Page {n}"), a
# capitalised word ("Actions") or a heading in capitals ("NEEDS"). Not text: a lower-case key
# or code ("title", "center", "utf-8") and markup (SVG's attributes, hex colours).
READER_TEXT = re.compile(r"[A-Za-z]{3,}\W*\s|\s\W*[A-Za-z]{3,}|^[A-Z][a-z]|^[A-Z]{3,}$")
MARKUP = re.compile(r'[<>="#]|^[0-9A-F]{6}$')

# Literals with words that no client reads as text, each with why (module stem, literal).
NOT_TEXT: dict[tuple[str, str], str] = {
    ("action_list_cells", "TRUE"): "Excel's own name of a true cell, as it reads back",
    ("action_list_cells", "FALSE"): "Excel's own name of a false cell, as it reads back",
    ("action_list_xlsx", "Journeyline"): "the product's name: the hidden sheet, the creator",
    ("action_list_xlsx", "Journeyline action key"): "the hidden key column the read-back finds",
    ("action_list_xlsx", "Journeyline action key (as exported)"): "on the hidden sheet",
    ("action_list_xlsx", "Journeyline action list"): "a custom property: the list's version",
    ("action_list_xlsx", "Journeyline journeys"): "a custom property: the journeys' ids",
    ("action_list_xlsx", "Journeyline workshop"): "a custom property: the workshop's title",
    ("action_list_xlsx", "Actions"): "an Excel table's name, an identifier in formulas",
    ("action_list_xlsx", "Stations"): "an Excel table's name, an identifier in formulas",
    ("action_list_xlsx", "Owners"): "an Excel table's name, an identifier in formulas",
    ("action_list_xlsx", "Status"): "finds the column by its source title (column_ref)",
    ("action_list_xlsx", "Emotion"): "finds the column by its source title (column_ref)",
    ("action_list_xlsx", "Average emotion"): "finds the column by its source title",
    ("image", "PNG"): "Pillow's name of the file format",
    ("image", "RGB"): "Pillow's name of the colour mode",
    ("painter_svg", "'DejaVu Sans', 'Verdana', 'Noto Sans', sans-serif"): "font families",
    ("poster_pdf", "Journeyline"): "the product's name, as the PDF's creator",
    ("poster_pdf", "Fit"): "the PDF's bookmark fit mode",
    ("xlsx_sheet", "TableStyleLight1"): "Excel's built-in table style",
    ("xlsx_sheet", "General"): "Excel's number format",
    ("xlsx_sheet", "Journeyline "): "the product's name before a named style's (translated)",
    ("xlsx_sheet", "Calibri"): "the font",
}


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _docstrings(tree: ast.AST) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(first.value)
    return found


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _warning(call: ast.Call) -> bool:
    """``warnings.append(…)``: a sentence for the consultant who exports (in English)."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and "warning" in func.value.id
    )


def _exempt(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """A literal inside a mark, an error or a warning, a key, a comparison or ``__all__``."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.Call):
            name = _call_name(parent)
            if name in MARKS or name in NOT_FOR_CLIENTS or _warning(parent):
                return True
        if isinstance(parent, ast.Raise | ast.Compare | ast.Subscript):
            return True
        if isinstance(parent, ast.Dict) and child in parent.keys:
            return True
        if isinstance(parent, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in parent.targets
        ):
            return True
        child, parent = parent, parents.get(parent)
    return False


def literals(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each string literal with a word that is not exempt."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents, docstrings = _parents(tree), _docstrings(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if node in docstrings or not READER_TEXT.search(text) or MARKUP.search(text):
            continue
        if _exempt(node, parents):
            continue
        yield node.lineno, node.value


@pytest.mark.parametrize("path", CLIENT_FACING, ids=lambda p: p.stem)
def test_no_english_literal_reaches_a_client(path: Path) -> None:
    found = [
        f"{path.name}:{line}: {text!r}"
        for line, text in literals(path)
        if (path.stem, text) not in NOT_TEXT
    ]
    assert found == [], "\n".join(found)


def test_the_check_finds_a_glued_fragment(tmp_path: Path) -> None:
    code = tmp_path / "painter_x.py"
    code.write_text(
        "from models.i18n import gettext as _\n"
        "def paint(p, title, n):\n"
        '    """A docstring is no text for a client."""\n'
        '    p.text(0, 0, _("Action list"), align="center")\n'
        '    p.text(0, 9, title + " (continued)")\n'
        '    p.text(0, 9, f"+{n} more")\n'
        '    raise ValueError("the paper must be A1")\n',
        encoding="utf-8",
    )
    assert [text for _line, text in literals(code)] == [" (continued)", " more"]


def test_every_exception_is_still_in_its_module() -> None:
    present = {(p.stem, text) for p in CLIENT_FACING for _line, text in literals(p)}
    assert set(NOT_TEXT) <= present, set(NOT_TEXT) - present
