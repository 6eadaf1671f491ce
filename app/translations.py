"""The window's languages: which exist, which one is used, and the translator's tools.

The window's strings live in Qt Linguist catalogues, ``resources/translations/journeyline_XX.ts``
(one per language, the home of every translation; English's holds only the plural forms of
``tr("%n station(s)", "", n)``: "1 station", "2 stations"), compiled to ``journeyline_XX.qm``
beside them (committed; a test fails when a ``.qm`` is stale, a ``.ts`` is out of step with the
sources or a translation is unfinished). The exporters' strings are not here: they are gettext
catalogues under ``resources/translations/exports/`` (Babel), because exporters never load Qt.

The field registry's labels (``models/fields.py``, marked with ``_()``) are shown in the window
too; ``pyside6-lupdate`` cannot see them, so ``update`` writes :mod:`widgets.field_texts` (a
list of ``QT_TRANSLATE_NOOP("Fields", …)`` generated from the registry) before extracting, and
the window translates them in the ``Fields`` context (:func:`widgets.field_texts.field_text`).

The translator's commands::

    python -m app.translations update   # registry texts, then pyside6-lupdate: the .ts files
    python -m app.translations build    # pyside6-lrelease: the .qm files
    python -m app.translations check    # exit 1 if a .ts or .qm is stale or unfinished

The language follows the system (``QLocale``) unless Preferences names one; it is applied when
the editor starts (:func:`install`), together with Qt's own ``qtbase_XX`` catalogue so that
standard dialogs, buttons and context menus speak the same language.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models import edit_name, i18n, refusal
from models.edit_name import EditName, Reader
from models.file_problem import FileProblem
from models.interchange import InterchangeError
from models.resources import resource
from models.rule_text import Rule

# The window's languages, each named in its own language (as a language menu shows them).
LANGUAGES: Final[dict[str, str]] = {
    "en": "English",
    "sv": "Svenska",
    "da": "Dansk",
    "nb": "Norsk bokmål",
    "fi": "Suomi",
    "nl": "Nederlands",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}
SOURCE_LANGUAGE: Final = "en"
TRANSLATED: Final = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
# Norwegian as the system may name it: Bokmål is what we have.
_ALIASES: Final = {"no": "nb", "nn": "nb"}
# Qt's own catalogue for each language, in order of preference: Qt ships no Bokmål catalogue,
# so Norwegian windows get Qt's Nynorsk one (its buttons and menus read the same, "Avbryt").
QT_CATALOGUES: Final = {code: (f"qtbase_{code}",) for code in TRANSLATED} | {
    "nb": ("qtbase_nb", "qtbase_no", "qtbase_nn"),
    SOURCE_LANGUAGE: (),
}
PREFIX: Final = "journeyline_"

ROOT: Final = Path(__file__).resolve().parent.parent
SOURCE_PACKAGES: Final = ("app", "widgets")
FIELD_TEXTS: Final = ROOT / "widgets" / "field_texts.py"
FIELDS_CONTEXT: Final = "Fields"
# The declared sentences of these contexts are listed in generated modules of their own (one
# list each), so that no generated module grows past the size of a module.
OWN_MODULES: Final = {
    FileProblem.context: ROOT / "widgets" / "file_problem_texts.py",
    Rule.context: ROOT / "widgets" / "rule_texts.py",
}
EDITS_CONTEXT: Final = edit_name.CONTEXT
REFUSALS_CONTEXT: Final = refusal.CONTEXT
# The sentences lupdate cannot see, by the class that declares them: the context of each.
_DECLARED: Final = {
    cls.__name__: cls.context for cls in (EditName, refusal.Refusal, FileProblem, Rule)
}

_installed: list[QTranslator] = []


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the window's language: ``QCoreApplication.translate`` (lupdate extracts
    ``translate("Context", "…")`` calls), for code outside a QObject's methods."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction in ``context``; translated where it is shown with
    ``QCoreApplication.translate(context, source)``. (Qt's own marker is typed ``object``.)"""
    return source


_current = SOURCE_LANGUAGE


def current() -> str:
    """The language the window speaks now (set by :func:`install`)."""
    return _current


def folder() -> Path:
    return resource("translations")


def catalogue(language: str, suffix: str = ".qm") -> Path:
    return folder() / f"{PREFIX}{language}{suffix}"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that the window speaks; English otherwise."""
    loc = locale if locale is not None else QLocale.system()
    for tag in [*loc.uiLanguages(), loc.name()]:
        code = tag.replace("_", "-").split("-")[0].lower()
        code = _ALIASES.get(code, code)
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose(preference: str, locale: QLocale | None = None) -> str:
    """The language to use: Preferences' choice if it is one we have, else the system's."""
    return preference if preference in LANGUAGES else system_language(locale)


def install(language: str) -> str:
    """Load the window's and Qt's catalogues for ``language`` into the running application
    (replacing any loaded before); the language now in use."""
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    i18n.speak(language)  # the layout's words on the canvas (the exports' catalogue)
    _current = language
    if app is None:
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES[language]:
        if _load(name, qt_folder):
            break
    _load(f"{PREFIX}{language}", str(folder()))
    return language


def _load(name: str, where: str) -> bool:
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(name, where):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def install_file(path: Path) -> bool:
    """Load one extra compiled catalogue (the tests' pseudo-language) on top of the others."""
    return _load(path.name, str(path.parent))


# -- the translator's tools ---------------------------------------------------------------------
def registry_texts() -> list[str]:
    """Every text of the registries the window may show: each ``_("…")`` and ``N_("…")`` in
    models/fields.py, models/style.py (emotion names), models/edits.py (the edit names'
    "details") and models/priority.py (the priorities' names), each field's label, noun and
    heading (some derived), and each ``W_("…")`` of
    the export registry (exporters/formats.py and exporters/export_options.py: the export
    dialog's formats, options and choices)."""
    from exporters import export_options, formats
    from models import edits, fields, priority, style

    models_marks = ("_", "N_")
    marks = {
        fields: models_marks,
        style: models_marks,
        edits: models_marks,
        priority: models_marks,
        formats: ("W_",),
        export_options: ("W_",),
    }
    found: list[str] = []
    for module, names in marks.items():
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in names
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(node.args[0].value)
    for f in fields.all_fields():
        found += [f.label, f.noun, f.heading]
    return sorted(set(found))


def hidden_texts(root: Path = ROOT) -> list[tuple[str, str]]:
    """(context, source) of the texts lupdate cannot see by itself: every ``EditName("…")``
    in the sources (the undo stack's names, context ``Edits``), every ``Refusal("…")`` (why
    an edit was refused, context ``Refusals``), every ``FileProblem("…")`` (a file's trouble,
    ``FileProblems``), every ``Rule("…")`` (a rule an imported value broke, ``Rules``) and
    every ``plural("Context", "…", n)`` (lupdate takes ``translate(…, n)`` with a variable
    count for a single form)."""
    found: set[tuple[str, str]] = set()
    for package in ("models", "exporters", "app", "widgets"):
        for path in (root / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant)]
                if node.func.id in _DECLARED and texts and isinstance(texts[0], str):
                    found.add((_DECLARED[node.func.id], texts[0]))
                elif node.func.id == "plural" and len(texts) == 2:
                    found.add((str(texts[0]), str(texts[1])))
    return sorted(found)


def plural(context: str, source: str, n: int) -> str:
    """``source`` ("%n station(s)") in the window's language with ``n``'s plural form, for
    code outside a QObject; ``update`` lists each ``plural("Context", "…", n)`` for lupdate."""
    return QCoreApplication.translate(context, source, None, n)


def edit_text(name: EditName) -> str:
    """An edit's name ("Move 2 stations", "Flytta 2 stationer") or a refusal (a
    :class:`~models.refusal.Refusal`, "A journey keeps at least one phase.") in the window's
    language."""
    n = name.n
    text = QCoreApplication.translate(name.context, name.source, None, n)
    if n >= 0 and text == name.source.replace("%n", str(n)):  # no catalogue: English forms
        return name.english()
    return name.fill(text, reader())


def reader() -> Reader:
    """How the window writes a sentence's values: registry texts (a field's noun, a choice's
    label) in its language, numbers grouped and with its decimal sign ("10.000", "2,5"),
    choices joined as its language offers them ("Idee, Geplant oder Erledigt")."""
    locale = QLocale()
    return Reader(
        text=lambda source: QCoreApplication.translate(FIELDS_CONTEXT, source),
        integer=locale.toString,
        decimal=lambda value: locale.toString(
            value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        ),
        alternatives=i18n.catalogue(_current).alternatives,
    )


def said(error: BaseException) -> str:
    """What went wrong, in the window's language: the sentence an error carries as its
    ``message`` (a :class:`~models.refusal.Refusal`, a :class:`~models.file_problem.FileProblem`)
    translated, an interchange document's problems (:func:`problems_said`), or the error's own
    text where it carries none.

    A sentence raised while an :class:`~models.interchange.InterchangeError` was handled (the
    library's "cannot be read: {problem}") gets the document's problem in the window's language
    too: ``{problem}`` is the English of one of its problems, or of all of them."""
    if isinstance(error, InterchangeError):
        return problems_said(error)
    message = getattr(error, "message", None)
    if not isinstance(message, EditName):
        return str(error)
    origin = error.__cause__ or error.__context__
    problem = dict(message.values).get("problem")
    if isinstance(origin, InterchangeError) and isinstance(problem, str):
        message = message.but(problem=_problem_said(origin, problem))
    return edit_text(message)


def problems_said(error: InterchangeError) -> str:
    """A refused document's problems in the window's language, one a line: the value's path as
    the document writes it, then its rule translated ("journeys[0].stations[3].emotion: muss
    eine ganze Zahl von -2 bis 2 sein"); at most PROBLEMS_SHOWN, then how many more."""
    return "\n".join(
        f"{path}: {edit_text(rule)}" if path else edit_text(rule) for path, rule in error.listed()
    )


def _problem_said(error: InterchangeError, english: str) -> str:
    """``english`` (one of ``error``'s problems, or all of them) in the window's language."""
    if english == str(error):
        return problems_said(error)
    for path, rule in error.rules:
        if english == f"{path}: {rule.english()}":
            return f"{path}: {edit_text(rule)}"
    return english


def sentences_source(context: str, calls: Sequence[str]) -> str:
    """A generated module listing declared sentences of one context for lupdate."""
    lines = [
        f'"""The {context} sentences, for Qt Linguist: GENERATED by ``python -m app.translations',
        "update`` from their declarations in the sources (do not edit by hand).",
        "",
        "pyside6-lupdate cannot see sentences declared in models/ and exporters/ (they never",
        "import Qt), so this file lists them; the window shows one through",
        ':func:`app.translations.said`."""',
        "",
    ]
    if calls:  # none yet: the docstring alone
        lines += ["from app.translations import translate", "", "", "def _texts() -> None:"]
        lines += ['    """For lupdate only."""', *calls, ""]
    return "\n".join(lines)


def generated(root: Path = ROOT) -> dict[Path, str]:
    """Every generated module of texts for lupdate, and what it must hold."""
    hidden = hidden_texts(root)
    files = {
        FIELD_TEXTS: field_texts_source(
            registry_texts(), [(c, t) for c, t in hidden if c not in OWN_MODULES]
        )
    }
    for context, path in OWN_MODULES.items():
        calls = [_translate_call(context, t) for c, t in hidden if c == context]
        parts: list[list[str]] = [[]]
        for call in calls:  # a module of at most _PART_LINES lines of calls, then the next
            if sum(c.count("\n") + 1 for c in parts[-1]) + call.count("\n") + 1 > _PART_LINES:
                parts.append([])
            parts[-1].append(call)
        for number, part in enumerate(parts, start=1):
            name = path if number == 1 else path.with_name(f"{path.stem}_{number}.py")
            files[name] = sentences_source(context, part)
    return files


_PART_LINES: Final = 400


def stale_parts(files: Iterable[Path]) -> list[Path]:
    """Parts of the generated lists the sources no longer need (``file_problem_texts_3.py``)."""
    wanted = set(files)
    return sorted(
        found
        for path in OWN_MODULES.values()
        for found in path.parent.glob(f"{path.stem}_*.py")
        if found not in wanted
    )


def field_texts_source(texts: Iterable[str], hidden: Iterable[tuple[str, str]] = ()) -> str:
    lines = [
        '"""The registry texts, for Qt Linguist: GENERATED by ``python -m app.translations',
        "update`` from models/fields.py, models/style.py, models/edits.py and the export",
        "registry (exporters/formats.py) (do not edit by hand).",
        "",
        "pyside6-lupdate cannot see the registry marks ``_()`` and ``W_()`` (models/ and",
        "exporters/ never import Qt), so this file lists them as ``QT_TRANSLATE_NOOP`` entries of",
        'the Fields context; the window shows a registry text through :func:`field_text`."""',
        "",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "from app.translations import QT_TRANSLATE_NOOP, translate",
        "",
        "TEXTS = (",
        *(_noop(text) for text in texts),
        ")",
        "",
        "",
        "def field_text(text: str) -> str:",
        '    """A registry label or noun in the language of the window."""',
        f"    return QCoreApplication.translate({_q(FIELDS_CONTEXT)}, text)",
        "",
        "",
        "def _hidden_texts() -> None:",
        '    """For lupdate only: the undo stack\'s names (``EditName("…")``, shown through',
        '    :func:`app.translations.edit_text`) and the counts of ``plural()`` calls."""',
        *(_translate_call(context, text) for context, text in hidden),
        "",
    ]
    return "\n".join(lines)


def _noop(text: str) -> str:
    """One ``QT_TRANSLATE_NOOP`` entry, laid out as ruff format lays it out (100 columns)."""
    args = f"{_q(FIELDS_CONTEXT)}, {_q(text)}"
    if len(line := f"    QT_TRANSLATE_NOOP({args}),") <= 100:
        return line
    if len(f"        {args}") <= 100:
        return f"    QT_TRANSLATE_NOOP(\n        {args}\n    ),"
    return f"    QT_TRANSLATE_NOOP(\n        {_q(FIELDS_CONTEXT)},\n        {_q(text)},\n    ),"


def _translate_call(context: str, text: str) -> str:
    """One ``translate`` line of the lupdate list, laid out as ruff format lays it out."""
    args = [_q(context), _q(text), *(["None", "1"] if "%n" in text else [])]
    if len(line := f"    translate({', '.join(args)})") <= 100:
        return line
    if len(f"        {', '.join(args)}") <= 100:
        return f"    translate(\n        {', '.join(args)}\n    )"
    rows = [f"        {arg}," + ("  # noqa: E501" if len(arg) > 91 else "") for arg in args]
    return "\n".join(["    translate(", *rows, "    )"])


def _q(text: str) -> str:
    """``text`` as a Python string literal, quoted as ruff format quotes it (single quotes
    around a text with double quotes and none of its own)."""
    quoted = json.dumps(text, ensure_ascii=False)
    if '"' in text and "'" not in text and "\\" not in text:
        return "'" + quoted[1:-1].replace('\\"', '"') + "'"
    return quoted


def sources(root: Path = ROOT) -> list[str]:
    return sorted(
        str(path.relative_to(root))
        for package in SOURCE_PACKAGES
        for path in (root / package).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 (pip install -e '.[test]').")
    return found


def lupdate(ts_files: Sequence[Path], root: Path = ROOT) -> None:
    for ts in ts_files:
        language = ts.stem.removeprefix(PREFIX)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(root),
                "-locations",
                "none",
                "-no-obsolete",
                *(["-pluralonly"] if language == SOURCE_LANGUAGE else []),
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-silent",
                "-ts",
                str(ts),
            ],
            cwd=root,
            check=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    files = generated()
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    for path in stale_parts(files):
        path.unlink()
    lupdate([catalogue(code, ".ts") for code in LANGUAGES])


def build() -> None:
    for code in LANGUAGES:
        lrelease(catalogue(code, ".ts"), catalogue(code))


def problems() -> list[str]:
    """What is stale or unfinished, one sentence each; empty when every catalogue is current."""
    found: list[str] = []
    files = generated()
    for path, text in files.items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            found.append(f"{path.name} is not the texts of the sources: run update.")
    found += [f"{path.name} is no longer needed: run update." for path in stale_parts(files)]
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            ts = catalogue(code, ".ts")
            text = ts.read_text(encoding="utf-8")
            for mark in ('type="unfinished"', 'type="obsolete"', 'type="vanished"'):
                if mark in text:
                    found.append(f"{ts.name} has entries of {mark}: translate them.")
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate([copy])
            if copy.read_text(encoding="utf-8") != text:
                found.append(f"{ts.name} is out of step with the sources: run update.")
            qm = Path(tmp) / f"{PREFIX}{code}.qm"
            lrelease(ts, qm)
            if not catalogue(code).is_file() or catalogue(code).read_bytes() != qm.read_bytes():
                found.append(f"{catalogue(code).name} is stale: run build.")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        trouble = problems()
        print("\n".join(trouble) or "Every catalogue is complete and current.")
        return 1 if trouble else 0
    else:
        print("usage: python -m app.translations update|build|check", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
