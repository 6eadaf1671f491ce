"""The window's languages: complete, current catalogues; the system's language or the user's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app import translations


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards."""

    def use(code: str) -> str:
        return translations.install(code)

    yield use
    translations.install(translations.SOURCE_LANGUAGE)


def test_every_catalogue_is_complete_and_current():
    """No unfinished, obsolete or missing entry; .qm built from the .ts as it is now; the
    registry's texts listed for lupdate (`python -m app.translations update|build` fix it)."""
    assert translations.problems() == []


def test_every_language_has_its_catalogue_and_qts_own():
    for code in translations.LANGUAGES:
        assert translations.catalogue(code).is_file(), code
        assert translations.catalogue(code, ".ts").is_file(), code


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("sv_SE", "sv"),
        ("da_DK", "da"),
        ("nb_NO", "nb"),
        ("nn_NO", "nb"),
        ("fi_FI", "fi"),
        ("nl_BE", "nl"),
        ("de_AT", "de"),
        ("es_MX", "es"),
        ("fr_CA", "fr"),
        ("en_GB", "en"),
        ("ja_JP", "en"),
    ],
)
def test_the_language_follows_the_system(system, expected):
    assert translations.choose("", QLocale(system)) == expected


def test_the_preference_wins_over_the_system_unless_unknown():
    assert translations.choose("de", QLocale("sv_SE")) == "de"
    assert translations.choose("xx", QLocale("sv_SE")) == "sv"


@pytest.mark.parametrize("code", translations.TRANSLATED)
def test_each_language_translates_the_window_and_qts_standard_texts(language, code):
    assert language(code) == code
    file_menu = QCoreApplication.translate("Actions", "&File")
    assert file_menu != "&File"
    # Qt's own catalogue: the standard buttons and the line edit's context menu.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert QCoreApplication.translate("QLineEdit", "&Undo") != "&Undo"


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("en", "1 change", "2 changes"),
        ("sv", "1 ändring", "2 ändringar"),
        ("da", "1 ændring", "2 ændringer"),
        ("nb", "1 endring", "2 endringer"),
        ("fi", "1 muutos", "2 muutosta"),
        ("nl", "1 wijziging", "2 wijzigingen"),
        ("de", "1 Änderung", "2 Änderungen"),
        ("es", "1 cambio", "2 cambios"),
        ("fr", "1 modification", "2 modifications"),
    ],
)
def test_plural_forms_follow_the_number(language, code, one, two):
    language(code)
    say = QCoreApplication.translate
    assert say("ActionUpdateDialog", "%n change(s)", "", 1) == one
    assert say("ActionUpdateDialog", "%n change(s)", "", 2) == two


def test_field_labels_from_the_registry_are_translated(language):
    from models import fields
    from widgets.field_texts import field_text

    language("de")
    assert field_text(fields.field("station", "emotion").label) == "Emotion"
    assert field_text(fields.field("workshop", "business_goal").label) == "Geschäftsziel"
    language("sv")
    assert field_text(fields.field("workshop", "business_goal").label) == "Affärsmål"


def test_every_count_is_a_plural_form():
    """A "%n" text must be extracted with its count (tr(text, "", n)) or it gets one form only."""
    import xml.etree.ElementTree as ET

    for code in translations.LANGUAGES:
        tree = ET.parse(translations.catalogue(code, ".ts"))
        for message in tree.getroot().iter("message"):
            if "%n" in (message.findtext("source") or ""):
                assert message.get("numerus") == "yes", (code, message.findtext("source"))


def test_selection_counts_in_swedish(language):
    language("sv")
    say = QCoreApplication.translate
    assert say("PropertiesPanel", "%n stations selected", "", 1) == "1 station markerad"
    assert say("PropertiesPanel", "%n stations selected", "", 3) == "3 stationer markerade"
    assert say("MapScene", "%n pain point(s)", "", 2) == "2 smärtpunkter"


def test_the_map_speaks_the_windows_language_and_exports_keep_their_own(language):
    """The shared layout's words (the canvas draws them) follow the window's language on the
    GUI thread; an export names its language with ``using``, and another thread starts in
    English."""
    import threading

    from models import i18n

    language("de")
    assert i18n.gettext("Today’s journey") == "Heutige Journey"
    with i18n.using("da"):
        assert i18n.gettext("Today’s journey") != "Heutige Journey"
    assert i18n.gettext("Today’s journey") == "Heutige Journey"
    seen: list[str] = []
    worker = threading.Thread(target=lambda: seen.append(i18n.gettext("Today’s journey")))
    worker.start()
    worker.join()
    assert seen == ["Today’s journey"]
    language("en")
    assert i18n.gettext("Today’s journey") == "Today’s journey"
