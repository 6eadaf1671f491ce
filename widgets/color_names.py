"""A colour as the window names it: one of the palette's colours by its name
(:data:`models.style.COLOR_NAMES`, in the window's language), any other as a custom colour,
its code only as a detail."""

from __future__ import annotations

from app.translations import QT_TRANSLATE_NOOP, translate
from models import style
from widgets.field_texts import field_text

CUSTOM = QT_TRANSLATE_NOOP("ColorNames", "Custom colour")
CUSTOM_WITH_CODE = QT_TRANSLATE_NOOP("ColorNames", "Custom colour ({code})")


def color_label(color: str) -> str:
    """ "Blue" for a palette colour, "Custom colour" for any other."""
    name = style.color_name(color)
    return field_text(name) if name else translate("ColorNames", CUSTOM)


def color_tip(color: str) -> str:
    """A tooltip: the palette's name, or "Custom colour (#1F7A8C)"."""
    name = style.color_name(color)
    if name:
        return field_text(name)
    return translate("ColorNames", CUSTOM_WITH_CODE).format(code=color.upper())
