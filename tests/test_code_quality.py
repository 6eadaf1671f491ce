"""Lint, format, type and architecture checks are part of the test suite, so one command runs
them all."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "widgets", "models", "exporters")
MAX_LINES = 500
# Modules still over MAX_LINES, each with its owner's reason; remove a line when it is split.
KNOWN_LONG: dict[str, str] = {}
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    "command",
    [
        ("-m", "ruff", "check", "."),
        ("-m", "ruff", "format", "--check", "."),
        ("-m", "mypy"),
        ("-c", LINT_IMPORTS),
    ],
    ids=["ruff-check", "ruff-format", "mypy", "import-contracts"],
)
def test_tool_is_clean(command: tuple[str, ...]) -> None:
    result = _run(*command)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}"


def _contracts() -> str:
    """The [tool.importlinter] sections of pyproject.toml, as written."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    start = text.index("[tool.importlinter]")
    rest = text[start:]
    other = re.search(r"^\[(?!\[?tool\.importlinter)", rest[1:], re.MULTILINE)
    return rest[: other.start() + 1] if other else rest


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        ("models/shape.py", "import widgets.view\n", "Layers"),
        ("exporters/sheet.py", "from app import cli\n", "Layers"),
        ("app/cli.py", "import PySide6.QtCore\n", "never load Qt"),
    ],
)
def test_the_contracts_catch_a_wrong_import(tmp_path: Path, module: str, source: str, broken: str):
    """The same contracts on a small tree with one wrong import: lint-imports says which."""
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "widgets" / "view.py").write_text("import PySide6.QtWidgets\nimport app.cli\n")
    (tmp_path / "app" / "cli.py").write_text("import exporters.sheet\n")
    (tmp_path / "exporters" / "sheet.py").write_text("import models.shape\n")
    (tmp_path / "models" / "shape.py").write_text("")
    (tmp_path / "app" / "main.py").write_text("def main():\n    import widgets.gui\n")
    (tmp_path / "widgets" / "gui.py").write_text("import widgets.view\n")
    (tmp_path / "pyproject.toml").write_text(_contracts())
    assert _run("-c", LINT_IMPORTS, cwd=tmp_path).returncode == 0  # the tree is right
    path = tmp_path / module
    path.write_text(path.read_text() + source)
    result = _run("-c", LINT_IMPORTS, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(rf"{re.escape(broken)}.*BROKEN", result.stdout), result.stdout


def _lines(path: Path) -> int:
    with path.open(encoding="utf-8") as f:
        return sum(1 for _ in f)


def test_no_module_is_over_500_lines():
    """A module past ~500 lines holds two ideas: split it along them."""
    long = {
        str(path.relative_to(ROOT)): _lines(path)
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if _lines(path) > MAX_LINES
    }
    unexpected = {name: n for name, n in long.items() if name not in KNOWN_LONG}
    assert unexpected == {}, f"over {MAX_LINES} lines: {unexpected}"
    split_already = sorted(set(KNOWN_LONG) - set(long))
    assert split_already == [], f"no longer over {MAX_LINES} lines, drop from KNOWN_LONG"
