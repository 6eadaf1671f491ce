"""The QApplication: identity, the bundled font, the Fusion style with a calm palette, icons.

Everything about how the editor looks is decided here, once: the palette follows the system's
light or dark setting (``QStyleHints.colorScheme``) and changes with it; widgets pick sizes
from the type scale below and ask :func:`icon` for the bundled SVG icons, drawn in the
palette's text colour so they read in both schemes and stay sharp at any device pixel ratio.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

from app import translations
from models.resources import resource
from models.text_metrics import BOLD, EMOJI, REGULAR

ORGANISATION: Final = "Journeyline"
APPLICATION: Final = "Journeyline"
FONT_FAMILY: Final = "DejaVu Sans"

# The type scale, in points: every widget takes its size from here.
CAPTION: Final = 8.0  # section headers (upper case), hints
SMALL: Final = 8.75  # secondary text, status bar
BODY: Final = 9.5  # the default
HEADING: Final = 11.5  # panel titles
TITLE: Final = 14.0  # the selected item's title, the start page

# Spacing, in pixels (multiples of 4).
SPACE: Final = 8
SPACE_SMALL: Final = 4
SPACE_LARGE: Final = 16

# The accent, and the colour of a failed save.
ACCENT_LIGHT: Final = "#2563C9"
ACCENT_DARK: Final = "#5B9BF5"
DANGER_LIGHT: Final = "#B3261E"
DANGER_DARK: Final = "#F2827A"
SUCCESS_LIGHT: Final = "#1E7B4F"
SUCCESS_DARK: Final = "#6BCB95"


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, made once and configured (identity, font, style, palette)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        configure(existing)
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(sys.argv if argv is None else argv))
    configure(app)
    return app


def configure(app: QApplication) -> None:
    """Identity, font and theme; calling it again only re-applies the theme."""
    if app.property("journeyline_configured"):
        apply_theme(app)
        return
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName(APPLICATION)
    QGuiApplication.setDesktopFileName("journeyline")
    ensure_fonts()  # the bundled DejaVu Sans, registered once for the window and the map
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setWindowIcon(QIcon(str(resource("icons", "journeyline.svg"))))
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    app.setProperty("journeyline_configured", True)
    translations.install(translations.current())  # at least English's plural forms
    apply_theme(app)


_font_family: str | None = None


def ensure_fonts() -> str:
    """Register the bundled fonts with Qt once (a QGuiApplication must exist); the text's
    family. The bundled Noto Emoji becomes the application's emoji font, before the system's:
    emoji a user types show on every machine, and as the exports draw them (monochrome, the
    advance widths the layout measured, ``models.text_metrics``)."""
    global _font_family
    if _font_family is None:
        family = FONT_FAMILY
        for name in (REGULAR, BOLD):
            families = _add_font(name)
            if families:
                family = families[0]
        for emoji in _add_font(EMOJI):
            if emoji not in QFontDatabase.applicationEmojiFontFamilies():
                QFontDatabase.addApplicationEmojiFontFamily(emoji)
        _font_family = family
    return _font_family


def _add_font(name: str) -> list[str]:
    """A bundled font file registered with Qt; its families (none if Qt cannot load it)."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    return QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []


# -- theme --------------------------------------------------------------------------------------
def is_dark(app: QGuiApplication | None = None) -> bool:
    """The system's colour scheme; ``JOURNEYLINE_THEME=dark|light`` overrides it."""
    forced = os.environ.get("JOURNEYLINE_THEME", "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    target = app or QGuiApplication.instance()
    if not isinstance(target, QGuiApplication):
        return False
    return target.styleHints().colorScheme() == Qt.ColorScheme.Dark


def accent() -> QColor:
    return QColor(ACCENT_DARK if is_dark() else ACCENT_LIGHT)


def danger() -> QColor:
    return QColor(DANGER_DARK if is_dark() else DANGER_LIGHT)


def success() -> QColor:
    return QColor(SUCCESS_DARK if is_dark() else SUCCESS_LIGHT)


def make_palette(dark: bool) -> QPalette:
    """A calm palette: near-white (or near-black) surfaces, one blue accent, soft borders."""
    if dark:
        colors = {
            "window": "#1D2025",
            "base": "#16181C",
            "alt": "#22262C",
            "text": "#E6E9ED",
            "muted": "#9AA3AD",
            "button": "#2A2E35",
            "light": "#3A3F47",
            "midlight": "#31353C",
            "mid": "#3E434B",
            "dark": "#0F1114",
            "shadow": "#000000",
            "highlight": ACCENT_DARK,
            "on_highlight": "#0B1220",
            "tooltip": "#E6E9ED",
            "on_tooltip": "#16181C",
            "link": ACCENT_DARK,
        }
    else:
        colors = {
            "window": "#F4F5F7",
            "base": "#FFFFFF",
            "alt": "#F6F7F9",
            "text": "#1F2933",
            "muted": "#5B6770",
            "button": "#FFFFFF",
            "light": "#FFFFFF",
            "midlight": "#E9ECF0",
            "mid": "#CDD3DA",
            "dark": "#9AA3AD",
            "shadow": "#7B8794",
            "highlight": ACCENT_LIGHT,
            "on_highlight": "#FFFFFF",
            "tooltip": "#1F2933",
            "on_tooltip": "#FFFFFF",
            "link": ACCENT_LIGHT,
        }
    R = QPalette.ColorRole
    roles = {
        R.Window: "window",
        R.WindowText: "text",
        R.Base: "base",
        R.AlternateBase: "alt",
        R.Text: "text",
        R.Button: "button",
        R.ButtonText: "text",
        R.BrightText: "base",
        R.Light: "light",
        R.Midlight: "midlight",
        R.Mid: "mid",
        R.Dark: "dark",
        R.Shadow: "shadow",
        R.Highlight: "highlight",
        R.HighlightedText: "on_highlight",
        R.ToolTipBase: "tooltip",
        R.ToolTipText: "on_tooltip",
        R.Link: "link",
        R.LinkVisited: "link",
        R.PlaceholderText: "muted",
        R.Accent: "highlight",
    }
    palette = QPalette()
    for role, key in roles.items():
        palette.setColor(role, QColor(colors[key]))
    disabled = QColor(colors["muted"])
    disabled.setAlpha(150)
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, R.Highlight, QColor(colors["mid"]))
    palette.setColor(QPalette.ColorGroup.Disabled, R.Button, QColor(colors["window"]))
    return palette


def muted(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def apply_theme(app: QApplication) -> None:
    dark = is_dark(app)
    palette = make_palette(dark)
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(palette, dark))
    _ICONS.clear()


def style_sheet(palette: QPalette, dark: bool) -> str:
    """The few rules Fusion does not get right by itself: flat bars, quiet separators."""
    c = {
        "window": palette.color(QPalette.ColorRole.Window).name(),
        "base": palette.color(QPalette.ColorRole.Base).name(),
        "text": palette.color(QPalette.ColorRole.Text).name(),
        "muted": muted(palette).name(),
        "mid": palette.color(QPalette.ColorRole.Mid).name(),
        "midlight": palette.color(QPalette.ColorRole.Midlight).name(),
        "accent": palette.color(QPalette.ColorRole.Highlight).name(),
        "hover": "#2C3138" if dark else "#E7EBF0",
        "pressed": "#353B43" if dark else "#DCE2EA",
        "checked": "#24364F" if dark else "#DCE8FA",
        "chevron": resource("icons", "chevron-down.svg").as_posix(),
    }
    return f"""
QMainWindow::separator {{ background: {c["mid"]}; width: 1px; height: 1px; }}
QToolBar {{ background: {c["base"]}; border: none; border-bottom: 1px solid {c["mid"]};
    padding: 4px 8px; spacing: 2px; }}
QToolBar::separator {{ background: {c["mid"]}; width: 1px; margin: 6px 8px; }}
QToolBar QToolButton {{ border: 1px solid transparent; border-radius: 6px; padding: 4px 6px; }}
QToolBar QToolButton:hover {{ background: {c["hover"]}; }}
QToolBar QToolButton:pressed {{ background: {c["pressed"]}; }}
QToolBar QToolButton:checked {{ background: {c["checked"]}; }}
QStatusBar {{ background: {c["base"]}; border-top: 1px solid {c["mid"]};
    color: {c["muted"]}; }}
QStatusBar::item {{ border: none; }}
QStatusBar QLabel {{ padding: 2px 8px; }}
QDockWidget {{ titlebar-close-icon: none; font-weight: bold; }}
QDockWidget::title {{ background: {c["window"]}; padding: 10px 12px 4px 14px; text-align: left; }}
QScrollArea#properties-scroll, QWidget#properties-page {{ background: {c["window"]}; }}
QLabel[role="section"] {{ color: {c["muted"]}; font-size: {CAPTION}pt; font-weight: bold;
    letter-spacing: 1px; padding-top: 8px; }}
QLabel[role="caption"] {{ color: {c["muted"]}; font-size: {SMALL}pt; }}
QLabel[role="hint"] {{ color: {c["muted"]}; font-size: {SMALL}pt; }}
QLabel[role="kind"] {{ color: {c["accent"]}; font-size: {CAPTION}pt; font-weight: bold;
    letter-spacing: 1px; }}
QFrame[role="rule"] {{ background: {c["mid"]}; max-height: 1px; min-height: 1px; border: none; }}
QToolButton[role="segment"] {{ border: 1px solid {c["mid"]}; border-radius: 6px;
    background: {c["base"]}; min-width: 26px; min-height: 26px; padding: 0 2px; }}
QToolButton[role="segment"]:hover {{ background: {c["hover"]}; }}
QToolButton[role="segment"]:checked {{ background: {c["checked"]}; border-color: {c["accent"]};
    color: {c["accent"]}; font-weight: bold; }}
QToolButton[role="face"] {{ border: 2px solid transparent; border-radius: 19px;
    background: transparent; padding: 0px; }}
QToolButton[role="face"]:hover {{ background: {c["hover"]}; }}
QToolButton[role="face"]:checked {{ border-color: {c["accent"]}; background: {c["checked"]}; }}
QToolButton[role="small"] {{ border: 1px solid transparent; border-radius: 5px; padding: 2px; }}
QToolButton[role="small"]:hover {{ background: {c["hover"]}; border-color: {c["mid"]}; }}
QFrame[role="tile"] {{ background: {c["base"]}; border: 1px solid {c["mid"]};
    border-radius: 8px; }}
QFrame[role="tile"]:hover {{ border-color: {c["accent"]}; background: {c["checked"]}; }}
QListWidget[role="items"] {{ border: 1px solid {c["mid"]}; border-radius: 6px;
    background: {c["base"]}; padding: 2px; }}
QListWidget[role="items"]::item {{ padding: 4px 6px; border-radius: 4px; }}
QListWidget[role="items"]::item:selected {{ background: {c["checked"]}; color: {c["text"]}; }}
QLineEdit, QPlainTextEdit, QComboBox {{ border: 1px solid {c["mid"]}; border-radius: 6px;
    padding: 4px 6px; background: {c["base"]}; selection-background-color: {c["accent"]}; }}
QComboBox::drop-down {{ border: none; width: 22px; }}
QComboBox::down-arrow {{ image: url("{c["chevron"]}"); width: 14px; height: 14px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border-color: {c["accent"]}; }}
QLineEdit#title-edit {{ font-size: {HEADING}pt; font-weight: bold; }}
QToolBar QComboBox {{ padding: 4px 10px; min-height: 22px; }}
"""


# -- icons --------------------------------------------------------------------------------------
_ICONS: dict[tuple[str, str], QIcon] = {}
_SIZES: Final = (16, 20, 24, 32, 40, 48, 64, 96)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """A bundled SVG icon (resources/icons/NAME.svg), drawn in ``color`` (default: text).

    The SVGs use ``currentColor``; it is replaced here and the icon is rendered at several
    sizes, for the normal and the disabled mode, so it is sharp on HiDPI screens.
    """
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    ink = color or palette.color(QPalette.ColorRole.Text)
    key = (name, ink.name(QColor.NameFormat.HexArgb))
    cached = _ICONS.get(key)
    if cached is not None:
        return cached
    path = resource("icons", f"{name}.svg")
    result = QIcon()
    if path.is_file():
        svg = path.read_text(encoding="utf-8").replace("currentColor", ink.name())
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        for mode, opacity in ((QIcon.Mode.Normal, 1.0), (QIcon.Mode.Disabled, 0.35)):
            for size in _SIZES:
                result.addPixmap(_render(renderer, size, opacity), mode)
    _ICONS[key] = result
    return result


def _render(renderer: QSvgRenderer, size: int, opacity: float) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap
