"""The private parts of Panel, Bokeh and fluent.runtime we rely on are pinned and checked in one place."""
import re
from importlib import metadata
from pathlib import Path

import pytest

from course import internals

ROOT = Path(__file__).resolve().parents[1]


def test_the_installed_versions_are_the_ones_internals_was_written_for():
    internals.check_versions()


def test_an_upgrade_fails_loudly_and_names_what_to_recheck():
    versions = {"panel": "1.9.4", "bokeh": "3.10.0", "fluent.runtime": "0.4.0"}
    with pytest.raises(internals.VersionMismatch, match=r"bokeh 3\.10\.0 \(written for 3\.9\.2\).*internals\.py"):
        internals.check_versions(versions.__getitem__)


def test_a_missing_library_is_reported_too():
    def installed(dist):
        raise metadata.PackageNotFoundError(dist)

    with pytest.raises(internals.VersionMismatch, match="panel not installed"):
        internals.check_versions(installed)


def test_pyproject_pins_the_same_versions():
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    for dist, version in internals.PINNED.items():
        assert re.search(rf'"{re.escape(dist)}=={re.escape(version)}"', text), f"{dist} is not pinned to {version}"


PRIVATE = re.compile(r"\b(_build_layout|_render_variables|per_app_patterns|WSHandler|_babel_locale|"
                     r"ResolverEnvironment|CurrentEnvironment|param\.watchers|ComponentResourceHandler|_init|_apply_options|"
                     r"_priority_changes|_debounce|_discard_session|DocHandler|AutoloadJsHandler|_RequestProxy|\._request)\b")


def test_no_other_module_reaches_into_those_private_parts():
    offenders = []
    for path in sorted((ROOT / "course").rglob("*.py")):
        if path.name == "internals.py":
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if PRIVATE.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
