"""Action board and priority matrix: the 600 actions of the generated document, offscreen.

Every figure is the median of several runs (after a warm-up), printed beside its floor measured
in the same run, with the ratio:

- board show: ActionTableModel reset (reading every action and the names it shows from the
  workshop file) + the proxy's sort + the table's first paint. Floor: a bare QStandardItemModel
  filled with the same 600 × 12 texts (already in memory) in a QTableView of the same size,
  painted.
- board sort (priority, title, owner, due): QTableView.sortByColumn + paint. Floor: the same
  sort of the bare QStandardItemModel.
- board filter (status, priority, search text): the filter change + paint. Floor: a
  QSortFilterProxyModel over the bare model, filtering the same column by fixed string.
- matrix paint: the effort/value matrix with all 600 actions, a grab of the viewport. Floor: a
  bare QGraphicsScene with 600 QGraphicsRectItem + QGraphicsSimpleTextItem cards in the same
  scene rectangle, view of the same size and render hints.

Budget: each figure ≤ 50 ms. Usage::

    python bench/bench_board.py      # exits 1 when a figure is over budget
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate_document  # noqa: E402
from PySide6.QtCore import QRectF, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QTableView,
)

from app.application import make_application  # noqa: E402
from app.editor import Editor  # noqa: E402
from models import interchange  # noqa: E402
from models.document import Document  # noqa: E402
from models.priority import Priority  # noqa: E402
from models.transfer import import_document  # noqa: E402
from widgets.action_board import (  # noqa: E402
    COL_DUE,
    COL_OWNER,
    COL_PRIORITY,
    COL_STATUS,
    COL_TITLE,
    HEADERS,
    ActionBoard,
)
from widgets.priority_matrix import PriorityMatrix  # noqa: E402

BUDGET_MS = 50.0
RUNS = 7
BOARD_SIZE = (1600, 900)
MATRIX_SIZE = (1400, 1000)


def _time(fn: Callable[[], object]) -> float:
    QApplication.processEvents()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _median(fn: Callable[[], object], setup: Callable[[], object] | None = None) -> float:
    if setup is not None:
        setup()
    fn()  # warm-up
    times = []
    for _ in range(RUNS):
        if setup is not None:
            setup()
        times.append(_time(fn))
    return statistics.median(times)


class Results:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float]] = []

    def add(self, name: str, ms: float, floor_ms: float, note: str = "") -> None:
        self.rows.append((name, ms, floor_ms))
        ratio = ms / floor_ms if floor_ms > 0 else float("inf")
        verdict = "ok" if ms <= BUDGET_MS else "OVER BUDGET"
        extra = f"   ({note})" if note else ""
        print(
            f"{name:<28} {ms:7.1f} ms   floor {floor_ms:6.1f} ms   ratio {ratio:4.1f}x   "
            f"{verdict}{extra}"
        )

    @property
    def passed(self) -> bool:
        return all(ms <= BUDGET_MS for _, ms, _ in self.rows)


def _bare_table(cells: list[list[str]]) -> tuple[QStandardItemModel, QTableView]:
    model = QStandardItemModel(len(cells), len(HEADERS))
    model.setHorizontalHeaderLabels(list(HEADERS))
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.resize(*BOARD_SIZE)
    view.show()
    return model, view


def _fill(model: QStandardItemModel, cells: list[list[str]]) -> None:
    model.setRowCount(0)
    model.setRowCount(len(cells))
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))


def main() -> int:
    app = make_application([])
    results = Results()
    with tempfile.TemporaryDirectory(prefix="bench-board-") as tmp:
        path = Path(tmp) / "big.journey"
        import_document(interchange.validate(generate_document()), path)
        editor = Editor(Document.open(path))
        board = ActionBoard(editor)
        board.resize(*BOARD_SIZE)
        board.show()
        app.processEvents()
        viewport = board.table.viewport()
        model = board.model
        count = model.rowCount()
        cells = [[model.index(r, c).data() for c in range(len(HEADERS))] for r in range(count)]
        print(f"{count} actions × {len(HEADERS)} columns; board {BOARD_SIZE}, matrix {MATRIX_SIZE}")

        # -- the floor for the table ------------------------------------------------------------
        bare, bare_view = _bare_table(cells)
        bare_viewport = bare_view.viewport()
        floor_show = _median(lambda: (_fill(bare, cells), bare_viewport.grab()))
        floor_sort = statistics.median(
            _median(
                lambda c=c: (
                    bare_view.sortByColumn(c, Qt.SortOrder.AscendingOrder),
                    bare_viewport.grab(),
                ),
                setup=lambda: bare_view.sortByColumn(0, Qt.SortOrder.DescendingOrder),
            )
            for c in (COL_PRIORITY, COL_TITLE, COL_OWNER, COL_DUE)
        )
        bare_proxy = QSortFilterProxyModel()
        bare_proxy.setSourceModel(bare)
        bare_view.setModel(bare_proxy)
        bare_viewport = bare_view.viewport()

        def bare_filter(column: int, text: str) -> None:
            bare_proxy.setFilterKeyColumn(column)
            bare_proxy.setFilterFixedString(text)
            bare_viewport.grab()

        floor_filter = _median(
            lambda: bare_filter(COL_STATUS, "Idea"), setup=lambda: bare_filter(COL_STATUS, "")
        )

        # -- the board --------------------------------------------------------------------------
        results.add(
            "board show (reset+paint)",
            _median(lambda: (model.reload(), viewport.grab())),
            floor_show,
        )
        for name, column in (
            ("priority", COL_PRIORITY),
            ("title", COL_TITLE),
            ("owner", COL_OWNER),
            ("due", COL_DUE),
        ):
            ms = _median(
                lambda c=column: (
                    board.table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
                    viewport.grab(),
                ),
                setup=lambda: board.table.sortByColumn(COL_STATUS, Qt.SortOrder.DescendingOrder),
            )
            results.add(f"board sort by {name}", ms, floor_sort)
        board.table.sortByColumn(COL_PRIORITY, Qt.SortOrder.AscendingOrder)
        for name, apply, undo in (
            (
                "status",
                lambda: board.set_status_filter("idea"),
                lambda: board.set_status_filter(None),
            ),
            (
                "priority",
                lambda: board.set_priority_filter(Priority.QUICK_WIN),
                lambda: board.set_priority_filter(None),
            ),
            (
                "search text",
                lambda: board.set_search_text("refund"),
                lambda: board.set_search_text(""),
            ),
        ):
            ms = _median(lambda a=apply: (a(), viewport.grab()), setup=undo)
            apply()
            shown = board.proxy.rowCount()
            undo()
            results.add(f"board filter by {name}", ms, floor_filter, f"{shown} rows shown")
        board.clear_filters()

        # -- the matrix -------------------------------------------------------------------------
        matrix = PriorityMatrix(editor)
        matrix.resize(*MATRIX_SIZE)
        matrix.show()
        app.processEvents()
        matrix_viewport = matrix.view.viewport()
        cards = len(matrix._cards)
        rect = matrix.scene.sceneRect()
        scene = QGraphicsScene()
        scene.setSceneRect(rect)
        columns = 25
        w = rect.width() / columns
        for i in range(count):
            x = rect.x() + (i % columns) * w
            y = rect.y() + (i // columns) * 40
            card = QGraphicsRectItem(QRectF(x + 2, y + 2, w - 4, 36))
            card.setBrush(QColor("#FFFFFF"))
            scene.addItem(card)
            text = QGraphicsSimpleTextItem(cells[i][COL_TITLE])
            text.setPos(x + 6, y + 8)
            scene.addItem(text)
        bare_matrix = QGraphicsView(scene)
        bare_matrix.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        bare_matrix.resize(matrix.view.size())
        bare_matrix.show()
        app.processEvents()
        bare_matrix.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        floor_matrix = _median(lambda: bare_matrix.viewport().grab())
        results.add("matrix paint (grab)", _median(lambda: matrix_viewport.grab()), floor_matrix)
        reload_ms = _median(lambda: (matrix.reload(), matrix_viewport.grab()))
        print(
            f"  (matrix: {cards} cards shown of {count} actions, the rest paged in their cells; "
            f"full reload + paint {reload_ms:.1f} ms, for information)"
        )

        for widget in (board, matrix, bare_view, bare_matrix):
            widget.close()
            widget.deleteLater()
        app.processEvents()
        editor.close()
    verdict = "PASS" if results.passed else "FAIL"
    print(f"budget {BUDGET_MS:.0f} ms per figure: {verdict}")
    return 0 if results.passed else 1


if __name__ == "__main__":
    sys.exit(main())
