"""The architecture's boundaries, checked at run time: the headless parts never load Qt, and
only models/ speaks SQL. (The import contracts in pyproject.toml check the same statically,
with the layers: tests/test_code_quality.py runs them.)

Run in fresh interpreters, because this test process may have loaded Qt already (pytest-qt).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import main
from models.resources import resource

ROOT = Path(__file__).resolve().parents[1]
QT_LOADED = "any(m == 'PySide6' or m.startswith('PySide6.') for m in sys.modules)"


def _python(code: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


HEADLESS = ("models", "exporters")
# Run by alembic only, inside its migration context (it reads alembic.context.config).
ALEMBIC_SCRIPTS = {"models.library.migrations.env"}


def _headless_modules() -> list[str]:
    """Every module of models/ and exporters/ (found on disk), and the command line."""
    names = []
    for package in HEADLESS:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    names = [n for n in names if n not in ALEMBIC_SCRIPTS]
    return [*names, "app.cli", "app.main"]


def test_every_headless_module_imports_without_qt():
    modules = _headless_modules()
    assert len(modules) > 30  # all of them, not an empty package's __init__
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"    assert not {QT_LOADED}, name + ' loaded Qt'\n"
        "print(len(sys.modules))\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr


def _run_main_without_qt(
    argv: list[str], cwd: Path, preload: str = ""
) -> subprocess.CompletedProcess[str]:
    """``main(argv)`` in a fresh interpreter that fails if PySide6 got imported."""
    code = (
        f"import sys{preload}\n"
        "from app.main import main\n"
        f"rc = main({argv!r})\n"
        f"assert not {QT_LOADED}, 'Qt loaded'\n"
        "sys.exit(rc)\n"
    )
    return _python(code, cwd)


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("boundary") / "sample.journey"
    assert main(["import", str(resource("samples", "sample.json")), "-o", str(path)]) == 0
    return path


@pytest.mark.parametrize("command", ["new", "import", "export", "info"])
def test_commands_run_without_qt(command: str, workshop: Path, tmp_path: Path):
    argv = {
        "new": ["new", "-o", str(tmp_path / "new.journey")],
        "import": [
            "import",
            str(resource("samples", "sample.json")),
            "-o",
            str(tmp_path / "i.journey"),
        ],
        "export": ["export", str(workshop), "-o", str(tmp_path / "out.json")],
        "info": ["info", str(workshop)],
    }[command]
    result = _run_main_without_qt(argv, tmp_path)
    assert "Qt loaded" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_the_qt_check_would_notice(tmp_path: Path, workshop: Path):
    pytest.importorskip("PySide6.QtCore")
    result = _run_main_without_qt(
        ["info", str(workshop)], tmp_path, preload="; import PySide6.QtCore"
    )
    assert result.returncode != 0
    assert "Qt loaded" in result.stderr


def _imports(path: Path) -> set[str]:
    """Top-level package names a module imports, anywhere in it (also inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        elif (  # importlib.import_module("PySide6…") / __import__("PySide6…")
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            found.add(node.args[0].value.split(".")[0])
    return found


def _modules(package: str) -> list[Path]:
    modules = sorted((ROOT / package).rglob("*.py"))
    assert modules, f"no modules under {package}/"
    return modules


def test_widgets_never_speak_sql():
    """Only models/ speaks SQL (the import contracts in pyproject.toml keep Qt out of the
    headless parts; this keeps SQL out of the widgets)."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & {"sqlite3", "sqlalchemy"})
        for path in _modules("widgets")
        if _imports(path) & {"sqlite3", "sqlalchemy"}
    }
    assert offenders == {}


def test_the_entry_point_loads_qt_only_for_the_window():
    # app/main.py may load Qt inside the editor's function only, never at module level.
    module = ast.parse((ROOT / "app" / "main.py").read_text(encoding="utf-8"))
    for node in module.body:
        if isinstance(node, ast.Import):
            assert not any(a.name.split(".")[0] in ("PySide6", "widgets") for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] not in ("PySide6", "widgets")
