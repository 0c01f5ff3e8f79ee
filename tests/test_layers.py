"""Imports point one way: web -> learning/reports/authoring -> store/content/l10n -> auth and the shared modules.

One table says which package may import which; a new import against it fails here with the file
and line, before it becomes a cycle. The packages below web also never import Panel or Bokeh, so
they stay usable (and type-checked) without a browser stack.
"""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "course"

# Top-level modules of course/ anyone may use: they import no other course package.
SHARED = {"paths", "problems", "internals", "mastery"}
ALLOWED = {
    "auth": set(),
    "l10n": set(),
    "content": {"l10n"},
    "store": {"auth"},
    "learning": {"content", "l10n", "store"},
    "reports": {"content", "l10n", "store"},
    "interop": {"content", "l10n", "store"},
    "authoring": {"content", "l10n"},
    "web": {"auth", "content", "l10n", "learning", "reports", "store", "authoring", "interop"},
}
NO_PANEL = ("auth", "content", "l10n", "learning", "reports", "store", "interop")


def imports(path: Path):
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:  # `from course import store`
                yield node.lineno, f"{node.module}.{alias.name}"


def package_files(package: str):
    return sorted((COURSE / package).rglob("*.py"))


def test_each_package_imports_only_the_layers_below_it():
    wrong = []
    for package, allowed in ALLOWED.items():
        for path in package_files(package):
            for line, name in imports(path):
                parts = name.split(".")
                if parts[0] != "course" or len(parts) < 2:
                    continue
                target = parts[1]
                if target in (package, *SHARED) or target in allowed or not (COURSE / target).is_dir():
                    continue
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {package} imports {name}")
    assert wrong == []


def test_the_shared_modules_import_no_course_package():
    for name in SHARED:
        for line, imported in imports(COURSE / f"{name}.py"):
            assert not imported.startswith("course."), f"course/{name}.py:{line} imports {imported}"


def test_packages_below_the_web_never_import_panel_or_bokeh():
    wrong = [f"{path.relative_to(ROOT)}:{line}: {name}"
             for package in NO_PANEL for path in package_files(package)
             for line, name in imports(path) if name.split(".")[0] in ("panel", "bokeh", "param", "tornado")]
    assert wrong == []


ASYNCIO_RUN = re.compile(r"\basyncio\.run\([^)]")  # a call, not a mention of asyncio.run()


def test_tests_run_coroutines_through_run_async():
    """In the full suite Playwright leaves a running event loop in the main thread, where
    asyncio.run() refuses to start: tests use tests.conftest.run_async (its own thread)."""
    calls = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "tests").rglob("*.py"))
             if path.name != "conftest.py" or path.parent.name != "tests"
             for line, text in enumerate(path.read_text("utf-8").splitlines(), 1) if ASYNCIO_RUN.search(text)]
    assert calls == []
