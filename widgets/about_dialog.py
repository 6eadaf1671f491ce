"""Help ▸ About Journeyline: the version, and the licences of what Journeyline ships with.

The licence texts are shown as plain text (never interpreted as HTML), in a read-only box the
user can select and copy from.
"""

from __future__ import annotations

import importlib.metadata
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.translations import QT_TRANSLATE_NOOP, translate
from models.resources import resource
from widgets.wrapped_text import wrap_at_width

# (library, licence, a note for the reader, where its licence text and source are). Names of
# software and licences are proper names (not translated); the notes are translated.
LIBRARIES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Qt, Qt for Python (PySide6, Shiboken)",
        "GNU Lesser General Public License v3 (LGPLv3)",
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Journeyline uses Qt unmodified, as shared libraries that can be replaced with "
            "another build of the same version.",
        ),
        "https://www.qt.io/licensing/ — https://code.qt.io/",
    ),
    ("SQLAlchemy", "MIT License", "", "https://www.sqlalchemy.org/"),
    ("ReportLab Toolkit", "BSD License", "", "https://www.reportlab.com/opensource/"),
    ("openpyxl", "MIT License", "", "https://foss.heptapod.net/openpyxl/openpyxl"),
    (
        "Pillow",
        "MIT-CMU License",
        QT_TRANSLATE_NOOP("AboutDialog", "Used by ReportLab."),
        "https://python-pillow.org/",
    ),
    ("Python", "Python Software Foundation License", "", "https://www.python.org/"),
)
# The bundled fonts (resources/fonts): heading, licence file, and what to say (with where the
# licence is published) should the file be missing.
FONT_LICENCES: tuple[tuple[str, str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("AboutDialog", "The DejaVu Sans font (resources/fonts):"),
        "DejaVu-LICENSE.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "DejaVu fonts licence: {url}"),
        "https://dejavu-fonts.github.io/License.html",
    ),
    (
        QT_TRANSLATE_NOOP("AboutDialog", "The Noto Emoji font (resources/fonts):"),
        "NotoEmoji-LICENSE.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "Noto Emoji font licence: {url}"),
        "https://openfontlicense.org/",
    ),
)


def app_version() -> str:
    """The installed version of Journeyline, or "development" in a source checkout."""
    try:
        return importlib.metadata.version("journeyline")
    except importlib.metadata.PackageNotFoundError:
        return "development"


def licences_text() -> str:
    """Every licence notice, as plain text."""
    parts = [translate("AboutDialog", "Journeyline bundles the following software."), ""]
    for heading, licence, missing, url in FONT_LICENCES:
        parts.append(translate("AboutDialog", heading))
        try:
            font_text = resource("fonts", licence).read_text(encoding="utf-8")
        except OSError:
            font_text = translate("AboutDialog", missing).format(url=url)
        parts += ["", font_text.rstrip(), ""]
    parts += [translate("AboutDialog", "Libraries:"), ""]
    for name, licence, note, where in LIBRARIES:
        parts += [name, f"    {licence}"]
        parts += [f"    {translate('AboutDialog', note)}"] if note else []
        parts += [f"    {where}", ""]
    return "\n".join(parts).rstrip() + "\n"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Journeyline"))
        self.resize(620, 520)

        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource("icons", "journeyline.svg"))).pixmap(64, 64))
        title = QLabel(translate("AboutDialog", "Journeyline"), self)
        font = title.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(
            translate("AboutDialog", "Version {version}").format(version=app_version()), self
        )
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(
            translate("AboutDialog", "Customer-journey maps, drawn as subway maps, for workshops."),
            self,
        )
        runtime = QLabel(
            translate("AboutDialog", "Qt {qt} · PySide6 {pyside} · Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            ),
            self,
        )
        for label in (title, self.version_label, blurb, runtime):
            label.setTextFormat(Qt.TextFormat.PlainText)

        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addWidget(blurb)
        heading.addWidget(runtime)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        wrap_at_width(self.licences)
        self.licences.setPlainText(licences_text())
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(translate("AboutDialog", "Licences"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
