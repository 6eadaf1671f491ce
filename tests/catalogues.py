"""What the tests of declared sentences (refusals, file problems, rules, notices) share: a
window catalogue's messages of one context, and what counts as English text built in place."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET

from app import translations


def catalogue_context(code: str, context: str) -> dict[str | None, str | None]:
    """The source → translation of every message of ``context`` in the ``code`` catalogue."""
    tree = ET.parse(translations.catalogue(code, ".ts"))
    return {
        m.findtext("source"): m.findtext("translation")
        for c in tree.getroot().iter("context")
        if c.findtext("name") == context
        for m in c.iter("message")
    }


def is_english_text(arg: ast.expr) -> bool:
    """True for a text built in place (a literal, an f-string, pieces joined or formatted):
    English only, where a declared sentence belongs."""
    return isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp) or (
        isinstance(arg, ast.Call)
        and isinstance(arg.func, ast.Attribute)
        and arg.func.attr in ("format", "join")
    )
