"""The properties panel: the details of the selected station, phase or line, bound both ways.

``panel`` wires the selection and the editor to the pages; ``station_page`` and
``band_pages`` (phases and lines) lay out the fields of each kind of item; ``text_fields``
and ``pickers`` are the field widgets, each committing once per gesture; ``form`` is the
layout the pages share.
"""

from widgets.properties_panel.band_pages import LINE_SWATCHES, PHASE_SWATCHES, LinePage, PhasePage
from widgets.properties_panel.panel import PropertiesPanel, set_owner_to_new
from widgets.properties_panel.pickers import (
    NO_OWNER,
    ColorButton,
    EmotionPicker,
    OwnerField,
    RatingPicker,
    face_icon,
    signed_emotion,
    swatch_icon,
)
from widgets.properties_panel.station_page import StationPage, evidence_choices
from widgets.properties_panel.text_fields import (
    CommitLineEdit,
    CommitTextEdit,
    ListEditor,
    NumberField,
)

__all__ = [
    "LINE_SWATCHES",
    "NO_OWNER",
    "PHASE_SWATCHES",
    "ColorButton",
    "CommitLineEdit",
    "CommitTextEdit",
    "EmotionPicker",
    "LinePage",
    "ListEditor",
    "NumberField",
    "OwnerField",
    "PhasePage",
    "PropertiesPanel",
    "RatingPicker",
    "StationPage",
    "evidence_choices",
    "face_icon",
    "set_owner_to_new",
    "signed_emotion",
    "swatch_icon",
]
