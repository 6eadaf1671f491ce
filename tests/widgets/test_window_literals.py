"""No English text reaches the window without translation: a scan of widgets/ (and app/'s Qt
side) for string literals handed to Qt's text setters, text-bearing widgets, message boxes,
menus, tooltips and painters, and for module-level tables of labels, that do not go through
``tr()`` / ``translate()`` / ``QT_TRANSLATE_NOOP`` / ``plural()`` / ``EditName``.

Reading code finds what the pseudo-localisation test cannot reach (a rarely shown message, a
tooltip); the pseudo-localisation test finds what this scan cannot see (text built far from
where it is shown). A new English literal in a setter fails here with its file and line.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("widgets",)
GENERATED = {"widgets/field_texts.py"}

# Calls whose string arguments are translated or are not text for people.
TRANSLATED = {
    "tr",
    "translate",
    "QT_TRANSLATE_NOOP",
    "QT_TR_NOOP",
    "plural",
    "EditName",
    "Refusal",
    "FileProblem",
    "Rule",
}
NOT_TEXT = {
    "setObjectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "QKeySequence",
    "QIcon",
    "icon",
    "resource",
    "QColor",
    "getattr",
    "setattr",
    "hasattr",
    "fromString",
    "value",
    "setValue",
    "setData",
    "data",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "replace",
    "strip",
    "rstrip",
    "lstrip",
    "removeprefix",
    "removesuffix",
    "get",
    "pop",
    "setdefault",
    "setShortcut",
    "Signal",
    "Slot",
    "QUrl",
    "fromLocalFile",
    "setFormat",
    "setDisplayFormat",
    "QDate",
    "QDateTime",
    "fromisoformat",
    "strftime",
    "compile",
    "match",
    "fullmatch",
    "search",
    "sub",
    "findChild",
    "findChildren",
    "hasFormat",
    "setDefaultSuffix",
    "isinstance",
    "Path",
    "mimeData",
    "QFont",
    "setFamily",
    "escape",
}
# Text setters and text-bearing constructors: their string arguments are shown to people.
SETTERS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "addItem",
    "addItems",
    "insertItem",
    "insertItems",
    "setItemText",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "showMessage",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "addAction",
    "addMenu",
    "addSection",
    "setAccessibleName",
    "setAccessibleDescription",
    "addRow",
    "insertRow",
    "drawText",
    "setHtml",
    "setPlainText",
    "setIconText",
    "setButtonText",
    "setNameFilter",
    "setNameFilters",
    "addButton",
    "setWindowIconText",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getText",
    "getItem",
    "getInt",
    "getDouble",
    "getMultiLineText",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "getColor",
    "setCheckBox",
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QMenu",
    "QDockWidget",
    "QMessageBox",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
    "QGraphicsSimpleTextItem",
    "QGraphicsTextItem",
    "QCommandLinkButton",
    "QWidgetAction",
}
# Module- and class-level names whose strings are not for people (keys, styles, formats).
NOT_TEXT_NAMES = re.compile(r"__all__|.*(_MIME|_KEY|_KEYS|_ROLE|_CSS|_STYLE|_FORMAT|_PATTERN)")

WORD = re.compile(r"[A-Za-z]{2,}")
# Not words for people: markup, placeholders, key sequences, Qt's names.
NOISE = re.compile(
    r"<[^>]*>|&[a-z]+;|\{[^}]*\}|%\d|%n|(Ctrl|Shift|Alt|Meta|Del|Ins|Return|Enter|Esc|F\d+)"
    r"(\+\w+)*\b|\d*px\b|\d*pt\b|\bQ[A-Z]\w*|\bqt_\w+"
    # style sheets
    r"|\b(color|background|border(-radius)?|font-size|padding|margin|solid|palette|"
    r"highlight|mid)\b|\S+://\S+|\byyyy-MM-dd\b"
)

# Truly not user text, each with its reason (keep this short).
ALLOWED = {
    # Proper names: the bundled software and its licences, as their authors name them.
    "widgets/about_dialog.py": {
        "Qt, Qt for Python (PySide6, Shiboken)",
        "GNU Lesser General Public License v3 (LGPLv3)",
        "SQLAlchemy",
        "ReportLab Toolkit",
        "MIT License",
        "BSD License",
        "MIT-CMU License",
        "Python Software Foundation License",
        "Pillow",
        "Python",
        "DejaVu-LICENSE.txt",
        "NotoEmoji-LICENSE.txt",
    },
    # The first-run sample's file: its content is the English sample workshop.
    "widgets/gui.py": {"Sample workshop.journey"},
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


IDENTIFIER = re.compile(
    r"#[0-9A-Fa-f]{3,8}|@?[a-z0-9_.,:/*+-]*|[A-Z][A-Z0-9_]+|([A-Z][a-z0-9]+){2,}|Journeyline"
)  # a key, a file name, a kind: "open_library"


def _english(value: str) -> bool:
    """Words for people: a capitalised word or words with spaces, not an identifier."""
    if re.fullmatch(r"#[0-9A-Fa-f]{3,8}", value):  # a colour
        return False
    text = NOISE.sub(" ", value)
    if IDENTIFIER.fullmatch(text.strip()) and not re.search(r"[A-Za-z] | [A-Za-z]", text):
        return False
    return bool(WORD.search(text))


def _literals(node: ast.AST) -> Iterator[ast.Constant]:
    """String constants in an expression, except inside translations, keys and non-text calls."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATED | NOT_TEXT:
        return
    if isinstance(node, ast.Subscript):
        yield from _literals(node.value)
        return
    if isinstance(node, ast.Compare):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
        return
    if isinstance(node, ast.Dict):
        for value in node.values:
            yield from _literals(value)
        return
    if isinstance(node, ast.keyword) and node.arg in ("objectName", "key", "kind", "name"):
        return
    for child in ast.iter_child_nodes(node):
        yield from _literals(child)


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            found.add(id(first.value))
    return found


def untranslated(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    seen: set[int] = set()

    def report(node: ast.AST) -> Iterator[tuple[int, str]]:
        for constant in _literals(node):
            if id(constant) in seen or id(constant) in docs:
                continue
            seen.add(id(constant))
            if _english(constant.value):
                yield constant.lineno, constant.value

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in SETTERS:
            for arg in [*node.args, *node.keywords]:
                yield from report(arg)
    # Text made anywhere else: returned, assigned, glued (a raise is for developers).
    for node in ast.walk(tree):
        names = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        if isinstance(node, ast.Raise | ast.Assert) or any(
            NOT_TEXT_NAMES.fullmatch(n) for n in names
        ):
            seen.update(id(c) for c in ast.walk(node))
    for node in ast.walk(tree):
        statement = isinstance(
            node, ast.Return | ast.Assign | ast.AnnAssign | ast.AugAssign | ast.Expr
        )
        if isinstance(node, ast.Call) or (statement and getattr(node, "value", None)):
            yield from report(node)
    # Tables of labels at module or class level: {"kind": "Label"}, ("Label", …).
    scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]
    for scope in scopes:
        for stmt in scope.body:
            if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if names and not any(NOT_TEXT_NAMES.fullmatch(n) for n in names):
                    yield from report(stmt.value)


def _found() -> list[str]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in GENERATED:
                continue
            allowed = ALLOWED.get(relative, set())
            for line, text in untranslated(path):
                if text not in allowed:
                    found.append(f"{relative}:{line}: {text!r}")
    return found


def test_no_english_literal_reaches_the_window_untranslated():
    found = _found()
    assert found == [], f"{len(found)} untranslated texts:\n" + "\n".join(found)


def test_the_scan_finds_an_untranslated_literal(tmp_path):
    """The scan itself: a literal in a setter or a label table is found, a translated one not."""
    source = tmp_path / "sample.py"
    source.write_text(
        "LABELS = {'a': 'Quick wins', 'b': QT_TRANSLATE_NOOP('X', 'Big bets')}\n"
        "def f(w, n):\n"
        "    w.setToolTip(f'Overdue since {n}')\n"
        "    w.setText(self.tr('Fine'))\n"
        "    QMessageBox.warning(w, 'Delete ' + n, translate('X', 'Sure?'))\n"
        "    w.setObjectName('not text')\n",
        encoding="utf-8",
    )
    assert [text for _, text in untranslated(source)] == ["Overdue since ", "Delete ", "Quick wins"]
