"""The exports' catalogue: text, dates and numbers in the workshop's language (no Qt).

Everything a client receives — the poster, its report pages, the Excel action list, the
templates' names — is written in the *workshop's* language, which is independent of the
window's language (the window uses Qt's ``tr()`` and the .ts catalogues of
``resources/translations/``). This module is the one home of the exports' translations:

- the catalogues are gettext ``.po`` files managed with Babel, one per language, in
  ``resources/translations/exports/<lang>/LC_MESSAGES/journeyline.po``; they are read and
  compiled in memory on first use (no ``.mo`` to keep current);
- ``resources/translations/exports/update_catalogues.py`` extracts the marked strings
  (``_("…")``, ``N_("…")``, ``ngettext``) from ``models/`` and ``exporters/`` and the names of
  the bundled templates, and merges them into every catalogue;
- ``tests/models/test_i18n.py`` fails when a catalogue has an untranslated, fuzzy or obsolete
  entry, or is out of step with the sources.

How an exporter uses it::

    from models import i18n
    from models.i18n import gettext as _

    with i18n.using(workshop.language):   # or the ``--language`` override
        heading = _("Action list")        # "Handlingsplan" in Danish
        when = i18n.format_date(date.today())

``using`` sets the language for the current thread (a context variable), so a background
export and the window never see each other's language. Strings defined at import time (column
titles, constants) are marked with :func:`N_` and translated where they are used:
``_(column.title)``.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_format_date
from babel.lists import format_list as _babel_format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal as _babel_format_decimal
from babel.numbers import format_percent as _babel_format_percent
from babel.support import NullTranslations, Translations

from models.resources import resource

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "N_",
    "Catalogue",
    "catalogue",
    "current",
    "format_date",
    "format_decimal",
    "format_percent",
    "gettext",
    "language_name",
    "ngettext",
    "quote",
    "quoted",
    "speak",
    "supported",
    "using",
]

# The languages Journeyline's exports speak, in the order a language list shows them.
LANGUAGES: Final = ("en", "sv", "da", "nb", "fi", "nl", "de", "es", "fr")
DEFAULT: Final = "en"
DOMAIN: Final = "journeyline"

# Tags whose first subtag is not ours but means one of ours: Norwegian is written in Bokmål.
_ALIASES: Final = {"no": "nb", "nn": "nb"}


def N_(text: str) -> str:
    """Mark ``text`` for extraction without translating it (translate where it is used)."""
    return text


def supported(tag: str | None) -> str:
    """The catalogue language for a BCP 47 tag: "da-DK" -> "da", "no" -> "nb", "pt" -> "en"."""
    if not tag:
        return DEFAULT
    code = tag.strip().replace("_", "-").split("-")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else DEFAULT


def language_name(code: str) -> str:
    """The language's own name, as its speakers write it: "dansk", "Deutsch", "norsk bokmål"."""
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name() or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:] if code in ("en", "de") else name


# How each language quotes a name (a file's, a phase's, a sheet's): CLDR's delimiters
# (quotationStart/End; Babel does not carry them, and Qt's QLocale.quoteString differs from CLDR
# for Spanish). French sets its guillemets off with a no-break space. The window's sentences
# (app.translations.reader) and the exports quote from here, and the catalogues' translations
# quote a name the same way where a sentence's own text quotes it.
QUOTES: Final[dict[str, tuple[str, str]]] = {
    "en": ("\u201c", "\u201d"),  # “…”
    "sv": ("\u201d", "\u201d"),  # ”…”
    "da": ("\u201c", "\u201d"),  # “…”
    "nb": ("\u00ab", "\u00bb"),  # «…»
    "fi": ("\u201d", "\u201d"),  # ”…”
    "nl": ("\u2018", "\u2019"),  # ‘…’
    "de": ("\u201e", "\u201c"),  # „…“
    "es": ("\u00ab", "\u00bb"),  # «…»
    "fr": ("\u00ab\u00a0", "\u00a0\u00bb"),  # « … »
}


def quoted(text: str, language: str = DEFAULT) -> str:
    """``text`` in the quotation marks of ``language`` (English's for one we do not know)."""
    start, end = QUOTES.get(language, QUOTES[DEFAULT])
    return f"{start}{text}{end}"


@dataclass(frozen=True)
class Catalogue:
    """The translations, dates and numbers of one language."""

    language: str
    translations: NullTranslations

    @property
    def locale(self) -> Locale:
        return Locale.parse(self.language)

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def format_date(self, date: dt.date, format: str = "medium") -> str:
        return _date_text(self.language, date, format)

    def format_decimal(self, number: float, format: str | None = None) -> str:
        return _decimal_text(self.language, number, format)

    def format_percent(self, number: float, format: str | None = None) -> str:
        return _percent_text(self.language, number, format)

    def alternatives(self, items: Sequence[str]) -> str:
        """A choice between ``items`` as the language writes it: "a, b, or c" in English,
        "a, b oder c" in German, "a, b tai c" in Finnish."""
        return _babel_format_list(list(items), style="or", locale=self.language)

    def quoted(self, text: str) -> str:
        """A name in the language's quotation marks: “a” in English, „a“ in German."""
        return quoted(text, self.language)


# Babel parses the locale and the pattern on every call (about 40 µs a number): a long
# report formats the same few hundred figures and dates thousands of times, so each text is
# made once per language. ``typed``: 1 and 1.0 are different keys (Babel may write them
# differently without a pattern).
@lru_cache(maxsize=4096, typed=True)
def _decimal_text(language: str, number: float, format: str | None) -> str:
    return _babel_format_decimal(number, format=format, locale=language)


@lru_cache(maxsize=1024, typed=True)
def _percent_text(language: str, number: float, format: str | None) -> str:
    return _babel_format_percent(number, format=format, locale=language)


@lru_cache(maxsize=1024)
def _date_text(language: str, date: dt.date, format: str) -> str:
    return _babel_format_date(date, format=format, locale=language)


def catalogue_path(language: str) -> str:
    """The .po file of ``language`` (as a string: the path a translator opens)."""
    return str(resource("translations", "exports", language, "LC_MESSAGES", f"{DOMAIN}.po"))


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(language: str) -> Catalogue:
    """The catalogue for a language tag (unknown languages and English: the source text).

    The .po file is compiled in memory; fuzzy entries are left out (they show the English
    source until a translator confirms them), so a half-done catalogue never shows a guess.
    """
    code = supported(language)
    translations: NullTranslations = NullTranslations()
    if code != DEFAULT:
        try:
            with open(catalogue_path(code), "rb") as f:
                po = read_po(f, locale=code, domain=DOMAIN)
        except OSError:
            po = None
        if po is not None:
            mo = io.BytesIO()
            write_mo(mo, po, use_fuzzy=False)
            mo.seek(0)
            translations = Translations(mo, domain=DOMAIN)
    return Catalogue(code, translations)


_current: contextvars.ContextVar[Catalogue | None] = contextvars.ContextVar(
    "journeyline_export_language", default=None
)


def current() -> Catalogue:
    """The catalogue of the export running in this thread (English outside ``using``)."""
    return _current.get() or catalogue(DEFAULT)


@contextmanager
def using(language: str | None) -> Iterator[Catalogue]:
    """Translate, and format dates and numbers, in ``language`` inside the ``with`` block."""
    token = _current.set(catalogue(language or DEFAULT))
    try:
        yield current()
    finally:
        _current.reset(token)


def speak(language: str | Catalogue | None) -> None:
    """The language of this thread outside any ``using`` block: the window's language on the
    GUI thread (so the map the window draws from the shared layout speaks it); every export
    still chooses its own with ``using``, and other threads start in English."""
    _current.set(language if isinstance(language, Catalogue) else catalogue(language or DEFAULT))


def gettext(message: str) -> str:
    """``message`` in the current export language."""
    return current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current export language."""
    return current().ngettext(singular, plural, n)


def format_date(date: dt.date, format: str = "medium") -> str:
    """A date as the current export language writes it: "5. dec. 2026", "5 dic 2026"."""
    return current().format_date(date, format)


def format_decimal(number: float, format: str | None = None) -> str:
    """A number in the current export language: "1.200,5" in Danish, "1,200.5" in English."""
    return current().format_decimal(number, format)


def quote(text: str) -> str:
    """``text`` in the quotation marks of the language being spoken (an export's): “…” in
    English, „…“ in German, «…» in Spanish."""
    return current().quoted(text)


def format_percent(number: float, format: str | None = None) -> str:
    """A share (0.25) as a percentage in the current export language: "25 %", "25%"."""
    return current().format_percent(number, format)
