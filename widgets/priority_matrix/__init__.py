"""The effort/value matrix: every action as a card on a 5 × 5 grid, to prioritise in the room.

``matrix`` is the widget (scope, cards in cells, paging, the verbs); ``view`` turns mouse and
keys into those verbs; ``drag`` is the card-drag gesture with its drop target; ``items``
paints the background and the cards; ``geometry`` says where cells, the tray and card slots
are.
"""

from widgets.priority_matrix.geometry import LARGE_TYPE, NORMAL_TYPE, UNRATED
from widgets.priority_matrix.items import ActionCard, MoreChip
from widgets.priority_matrix.matrix import ALL_JOURNEYS, ON_MAP, PriorityMatrix
from widgets.priority_matrix.view import MatrixView

__all__ = [
    "ALL_JOURNEYS",
    "LARGE_TYPE",
    "NORMAL_TYPE",
    "ON_MAP",
    "UNRATED",
    "ActionCard",
    "MatrixView",
    "MoreChip",
    "PriorityMatrix",
]
