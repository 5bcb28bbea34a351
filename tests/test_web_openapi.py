"""The OpenAPI document against the responses: schemathesis generates requests for every operation (bounded:
a few examples each) and checks each answer against the documented status codes and response schemas."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from veille.web import create_app
from web_fixtures import stored

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")

#: generated requests per operation: enough to hit every parameter's bounds, small enough for seconds
EXAMPLES = 12


def api_app():
    """The application over a small store of hand-built records (made once, at collection)."""
    db = stored(Path(tempfile.mkdtemp(prefix="veille-api-")) / "api.db", fillers=8)
    return create_app(str(db))


schema = schemathesis.openapi.from_asgi("/openapi.json", api_app())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_web_openapi_responses_match_the_document(case):
    case.call_and_validate()
