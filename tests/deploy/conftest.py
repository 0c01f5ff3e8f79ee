"""The deployment tests need nginx, PgBouncer and PostgreSQL: with CI=true a missing one fails."""
from __future__ import annotations

import os

import pytest

from tests.deploy.cluster import missing_parts, running


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    missing = missing_parts()
    if missing:
        message = f"the deployment tests need {', '.join(missing)} (.ci/test.sh installs them as root)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with running(tmp_path_factory.mktemp("cluster")) as c:
        yield c
