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
the window translates them in the ``Fields`` context (:func:`widgets.field_texts.field_text`);
:mod:`app.translation_sources` finds those texts and the declared sentences and writes the lists.

The translator's commands::

    python -m app.translations update   # registry texts, then pyside6-lupdate: the .ts files
    python -m app.translations build    # pyside6-lrelease: the .qm files
    python -m app.translations check    # exit 1 if a .ts or .qm is stale or unfinished

The language follows the system (``QLocale``) unless Preferences names one; it is applied when
the editor starts (:func:`install`), together with Qt's own ``qtbase_XX`` catalogue so that
standard dialogs, buttons and context menus speak the same language.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.translation_sources import FIELDS_CONTEXT, generated, stale_parts
from app.translation_sources import hidden_texts as hidden_texts
from app.translation_sources import registry_texts as registry_texts
from models import edit_name, i18n, refusal
from models.edit_name import EditName, Reader, Value
from models.interchange import InterchangeError
from models.resources import resource

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
EDITS_CONTEXT: Final = edit_name.CONTEXT
REFUSALS_CONTEXT: Final = refusal.CONTEXT

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
    choices joined as its language offers them ("Idee, Geplant oder Erledigt"), names in its
    quotation marks, and a sentence given as a value (an EditName) in its language too."""
    locale = QLocale()
    return Reader(
        text=lambda source: QCoreApplication.translate(FIELDS_CONTEXT, source),
        integer=locale.toString,
        decimal=lambda value: locale.toString(
            value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        ),
        alternatives=i18n.catalogue(_current).alternatives,
        quoted=i18n.catalogue(_current).quoted,  # „…“ in German, ”…” in Finnish, « … » in French
        sentence=edit_text,  # a sentence inside a sentence, translated too
    )


def written(value: Value) -> str:
    """One value as the window writes it: a :class:`~models.edit_name.Quoted` name in its
    language's quotation marks, a number its way, a nested sentence translated."""
    return reader().value(value)


def said(error: BaseException) -> str:
    """What went wrong, in the window's language: the sentence an error carries as its
    ``message`` (a :class:`~models.refusal.Refusal`, a :class:`~models.file_problem.FileProblem`)
    translated, an interchange document's problems (:func:`problems_said`), or the error's own
    text where it carries none."""
    if isinstance(error, InterchangeError):
        return problems_said(error)
    message = getattr(error, "message", None)
    if not isinstance(message, EditName):
        return str(error)
    return edit_text(message)


def problems_said(error: InterchangeError) -> str:
    """A refused document's problems in the window's language, one a line: the value's path as
    the document writes it, then its rule translated ("journeys[0].stations[3].emotion: muss
    eine ganze Zahl von -2 bis 2 sein"); at most PROBLEMS_SHOWN, then how many more."""
    return "\n".join(
        f"{path}: {edit_text(rule)}" if path else edit_text(rule) for path, rule in error.listed()
    )


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
