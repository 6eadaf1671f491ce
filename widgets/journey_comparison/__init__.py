"""Today's journey and the future one, in step, with both emotion curves on one chart.

``comparison`` is the window (choosing the journeys, following the document, zoom);
``alignment`` puts the two layouts in step (pure geometry); ``chart`` draws the two curves.
"""

from widgets.journey_comparison.alignment import (
    Columns,
    align,
    average,
    common_columns,
    curve_points,
)
from widgets.journey_comparison.chart import EmotionComparisonItem, smooth_path
from widgets.journey_comparison.comparison import ComparisonView, JourneyComparison

__all__ = [
    "Columns",
    "ComparisonView",
    "EmotionComparisonItem",
    "JourneyComparison",
    "align",
    "average",
    "common_columns",
    "curve_points",
    "smooth_path",
]
