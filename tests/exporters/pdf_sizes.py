"""The size of every text as printed on a PDF page, forms included (read with pypdf).

pypdf's text visitor does not apply a form's placement (the ``cm`` before ``Do`` and the form's
``/Matrix``), and a tiled poster places the map in a form inside the poster's form inside each
sheet; this walks the content streams itself: the graphics state's matrix through ``q``/``Q``,
``cm`` and forms, the text matrix through ``Tm``/``Td``/``TD``, the font size of ``Tf``, the fill
colour (white text is a badge's label on its dark mark), and for each text shown the size it
prints at, with the names of the forms it is drawn in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SHOW = {b"Tj", b"TJ", b"'", b'"'}
FILL = {b"rg": 3, b"g": 1, b"k": 4, b"sc": -1, b"scn": -1}


def mult(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention: m × n)."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


@dataclass(frozen=True)
class PrintedText:
    size: float  # points, as printed on the page
    forms: tuple[str, ...]  # the forms it is drawn in, outermost first
    white: bool  # drawn in white (a badge's label)


def text_sizes(reader: PdfReader, index: int) -> list[PrintedText]:
    page = reader.pages[index]
    out: list[PrintedText] = []
    _walk(reader, page.get_contents(), page["/Resources"], IDENTITY, (), out)
    return out


def _walk(
    reader: PdfReader,
    stream: Any,
    resources: Any,
    ctm: Matrix,
    forms: tuple[str, ...],
    out: list[PrintedText],
) -> None:
    if stream is None:
        return
    content = stream if isinstance(stream, ContentStream) else ContentStream(stream, reader)
    stack: list[tuple[Matrix, float, bool]] = []
    size, white = 0.0, False
    tm = tlm = IDENTITY
    for operands, op in content.operations:
        if op == b"q":
            stack.append((ctm, size, white))
        elif op == b"Q" and stack:
            ctm, size, white = stack.pop()
        elif op == b"cm":
            ctm = mult(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == b"BT":
            tm = tlm = IDENTITY
        elif op == b"Tf":
            size = float(operands[1])
        elif op == b"Tm":
            tm = tlm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif op in (b"Td", b"TD"):
            tm = tlm = mult((1, 0, 0, 1, float(operands[0]), float(operands[1])), tlm)
        elif op in FILL:
            values = [float(v) for v in operands if not hasattr(v, "startswith")]
            white = bool(values) and all(v >= 0.999 for v in values) and op != b"k"
        elif op in SHOW:
            m = mult(tm, ctm)
            out.append(PrintedText(size * (m[2] ** 2 + m[3] ** 2) ** 0.5, forms, white))
        elif op == b"Do":
            name = operands[0]
            xobject = resources["/XObject"][name].get_object()
            if xobject.get("/Subtype") != "/Form":
                continue
            matrix = tuple(float(v) for v in xobject.get("/Matrix", IDENTITY))
            inner = xobject.get("/Resources", resources)
            _walk(reader, xobject, inner, mult(matrix, ctm), (*forms, str(name)), out)  # type: ignore[arg-type]


def map_text_sizes(reader: PdfReader, index: int) -> list[float]:
    """The sizes of the map's texts as printed on a page (drawn in the map's form), badges'
    labels left out (marks, not text to read)."""
    return [
        t.size
        for t in text_sizes(reader, index)
        if any("jl-map" in f for f in t.forms) and not t.white
    ]
