"""Edit ▸ Preferences…: the window's language (used from the next start)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import translations
from app.settings import Settings
from app.translations import QT_TRANSLATE_NOOP

RESTART_NOTE = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "The window will use the new language the next time you start Journeyline.",
)


def in_language(code: str, context: str, source: str) -> str:
    """``source`` in the window language ``code`` (its own catalogue; English: as it is)."""
    translator = QTranslator()
    if code == translations.SOURCE_LANGUAGE or not translator.load(
        str(translations.catalogue(code))
    ):
        return source
    return translator.translate(context, source) or source


class PreferencesDialog(QDialog):
    """The window's language: the system's, or one of :data:`app.translations.LANGUAGES`.

    Each language is named in its own language, so that anyone can find theirs in a window
    set to a language they do not read. The choice is saved on OK and used from the next start;
    the dialog says so as soon as the choice differs from the language in use.
    """

    def __init__(self, settings: Settings, in_use: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._in_use = in_use
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        system = translations.system_language()
        self.language.addItem(
            self.tr("The system's language (%1)").replace("%1", translations.LANGUAGES[system]),
            "",
        )
        for code, name in translations.LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(settings.language())
        self.language.setCurrentIndex(max(index, 0))
        self.note = QLabel(self)
        self.note.setObjectName("restart-note")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._update_note)
        self.setMinimumWidth(420)
        self._update_note()

    def chosen(self) -> str:
        """The language the window would use with the current choice."""
        return translations.choose(str(self.language.currentData() or ""))

    def _update_note(self) -> None:
        """When it applies, said in the language in use and in the one chosen (whoever picks
        a language may not read the window's present one)."""
        chosen = self.chosen()
        said = [self.tr(RESTART_NOTE)]
        if chosen != self._in_use:
            said.append(in_language(chosen, "PreferencesDialog", RESTART_NOTE))
        self.note.setText("\n".join(dict.fromkeys(said)))
        self.note.setVisible(chosen != self._in_use)
        self._fit()

    def _fit(self) -> None:
        """Room for every line of the note at the dialog's width: the dialog grows and cannot
        be made so small that the note runs under the language combo or the buttons (a window's
        layout does not count the lines a word-wrapped label needs by itself)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        least = layout.totalMinimumSize().height()  # without a visible note: no -1 "no need"
        self.setMinimumHeight(max(least, layout.totalHeightForWidth(self.minimumWidth())))
        width = max(self.width(), self.minimumWidth())
        needed = max(least, layout.totalHeightForWidth(width))
        if self.height() < needed:
            self.resize(width, needed)

    def accept(self) -> None:
        self._settings.set_language(str(self.language.currentData() or ""))
        super().accept()
