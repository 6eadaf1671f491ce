"""The map view while presenting: no scroll bars, each phase centred and readable, no title."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from models import style
from widgets.canvas.navigation import FOCUS_MARGIN, PRESENT_TITLE_PX
from widgets.canvas.view import MapView

PX = 0.5  # rounding of the scroll position, in viewport pixels


def present(view: MapView, width: int, height: int) -> None:
    view.resize(width, height)
    view.set_presenting(True)
    QApplication.processEvents()
    assert view.viewport().size().width() == width  # no scroll bars take room


def visible(view: MapView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def title_px(view: MapView) -> float:
    """How high a station title is drawn now, in screen pixels."""
    return style.STATION_TITLE_SIZE * view.transform().m11()


def column(view: MapView, index: int) -> QRectF:
    layout = view.map_scene.layout
    band = layout.phases[index]
    return QRectF(
        band.header.x, band.header.y, band.header.w, layout.curve.rect.bottom - band.header.y
    )


def test_presenting_hides_the_scroll_bars_and_gives_them_back(view: MapView):
    present(view, 1100, 720)
    view.zoom_by(3)
    QApplication.processEvents()
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()
    view.set_presenting(False)
    QApplication.processEvents()
    assert view.horizontalScrollBar().isVisible()
    assert view.sceneRect() == view.map_scene.sceneRect()  # the scene's own rect again
    assert not view.projector_theme()


def test_a_phase_that_fits_readably_is_its_column_from_header_to_curve(view: MapView):
    present(view, 1920, 1700)  # tall enough for the whole column at 18 px
    m = FOCUS_MARGIN
    for index in range(view.phase_count()):
        (stop,) = view.phase_stops(index)
        assert stop.part == column(view, index).adjusted(-m, -m, m, m)
        view.focus_phase(index)
        shown = visible(view)
        assert shown.contains(column(view, index))
        # Fitted: the column with its margin fills the height (these columns are narrow).
        assert shown.height() == pytest.approx(column(view, index).height() + 2 * m, rel=0.01)
        assert view.spotlight() is None


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1920, 1700)])
def test_every_phase_is_centred_the_first_and_last_too(view: MapView, size: tuple[int, int]):
    present(view, *size)
    center = QPointF(view.viewport().rect().center()) + QPointF(0.5, 0.5)
    for index in (0, view.phase_count() - 1, 3):
        for part, stop in enumerate(view.phase_stops(index)):
            view.focus_phase(index, part)
            on_screen = view.mapFromScene(stop.view.center())
            assert abs(on_screen.x() - center.x()) <= 1 + PX
            assert abs(on_screen.y() - center.y()) <= 1 + PX
            assert visible(view).contains(stop.part)
            band = view.map_scene.layout.phases[index]
            header_x = view.mapFromScene(QPointF(band.header.center[0], 0)).x()
            assert abs(header_x - center.x()) <= 1 + PX  # the phase in the middle


def test_station_titles_are_at_least_18_px_on_1920_by_1080(view: MapView):
    """Each phase, the widest too, is shown with titles of 18 px or more; a column too tall
    for that at once (the sample's: 1,166 map units, 12.5 px if fitted whole) comes in parts
    that together cover it from the header to the bottom of the emotion curve."""
    present(view, 1920, 1080)
    layout = view.map_scene.layout
    widest = max(range(view.phase_count()), key=lambda i: layout.phases[i].header.w)
    assert layout.phases[widest].name == "App & smart meter"
    for index in range(view.phase_count()):
        stops = view.phase_stops(index)
        whole = column(view, index)
        assert stops[0].part.top() == pytest.approx(whole.top() - FOCUS_MARGIN)
        assert stops[-1].part.bottom() == pytest.approx(whole.bottom() + FOCUS_MARGIN)
        for before, after in itertools.pairwise(stops):  # parts meet between rows
            assert after.part.top() == pytest.approx(before.part.bottom() - 2 * FOCUS_MARGIN)
        scales = set()
        for part, stop in enumerate(stops):
            view.focus_phase(index, part)
            assert title_px(view) >= PRESENT_TITLE_PX, (layout.phases[index].name, part)
            assert visible(view).contains(stop.part)
            scales.add(round(view.zoom_factor(), 6))
        assert len(scales) == 1  # one zoom for all parts of a phase: like scrolling down it


def test_a_tall_phase_dims_the_rows_of_its_other_parts(view: MapView):
    present(view, 1920, 1080)
    stops = view.phase_stops(0)
    assert len(stops) > 1
    view.focus_phase(0, 0)
    assert view.spotlight() == stops[0].part
    layout = view.map_scene.layout
    # A station just below the first part: drawn faint behind the veil.
    below = next(s for s in layout.stations if s.center[1] > stops[0].part.bottom())
    view.centerOn(QPointF(below.center[0], stops[0].part.bottom()))
    spot = view.mapFromScene(QPointF(*below.center))
    veiled = view.grab().toImage().pixelColor(spot)
    view.show_whole_map()
    assert view.spotlight() is None
    view.focus_phase(0, len(stops) - 1)  # the station is in this part, not veiled
    clear = view.grab().toImage().pixelColor(view.mapFromScene(QPointF(*below.center)))
    assert veiled.lightness() > clear.lightness() + 40


def test_the_title_is_left_out_of_a_phase_and_shown_with_the_whole_map(view: MapView):
    present(view, 1920, 1080)
    title = view.map_scene.title_item()
    assert title is not None and title.isVisible()
    view.focus_phase(0)
    assert not title.isVisible()
    view.show_whole_map()
    assert title.isVisible()
    shown = visible(view)
    assert shown.contains(view.map_scene.map_rect())
    # Centred: as much room left as right, above as below.
    scene = view.map_scene.sceneRect()
    assert abs((scene.left() - shown.left()) - (shown.right() - scene.right())) <= 2
    assert abs((scene.top() - shown.top()) - (shown.bottom() - scene.bottom())) <= 2
    view.focus_phase(2)
    view.set_presenting(False)
    assert title.isVisible()


def test_the_title_stays_when_not_presenting(view: MapView):
    view.focus_phase(1)
    assert view.map_scene.title_item().isVisible()


def test_without_the_curve_a_phase_ends_with_its_rows(view: MapView):
    from models.layout import LayoutOptions

    view.set_layout_options(LayoutOptions(show_curve=False))
    present(view, 1920, 1700)
    band = view.map_scene.layout.phases[1]
    (stop,) = view.phase_stops(1)
    assert stop.part.bottom() == pytest.approx(band.body.bottom + FOCUS_MARGIN)


def test_a_phase_too_wide_to_be_readable_fills_the_width(view: MapView, editor):
    """Width cannot be cut into parts: a very wide phase is shown as large as its width
    allows (below 18 px), in parts only where its height needs them at that zoom."""
    from models import edits

    layout = view.map_scene.layout
    phase, line = layout.phases[3], layout.rows[0]
    for k in range(9):
        editor.push(edits.add_station(phase.id, line.id, f"Extra step {k}"))
    present(view, 1920, 1080)
    band = view.map_scene.layout.phases[3]
    width = band.header.w + 2 * FOCUS_MARGIN
    assert width * PRESENT_TITLE_PX / style.STATION_TITLE_SIZE > 1920
    for part, stop in enumerate(view.phase_stops(3)):
        view.focus_phase(3, part)
        assert visible(view).contains(stop.part)
        assert view.zoom_factor() == pytest.approx(1920 / width, rel=0.01)


def test_the_veil_follows_the_rows_when_they_change(view: MapView, editor):
    from models import edits

    present(view, 1920, 1080)
    view.focus_phase(0, 0)
    before = view.spotlight()
    row = view.map_scene.layout.rows[0]
    station = next(s for s in view.map_scene.layout.stations if s.line_id == row.id)
    editor.push(edits.update_station(station.id, needs=["One more need", "And another", "Third"]))
    after = view.phase_stops(0)[0].part
    assert after != before and view.spotlight() == after
