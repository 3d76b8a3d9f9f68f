"""Schemathesis against the live OpenAPI schema of a real uvicorn on 127.0.0.1: no 5xx, and
every response matches the schema. Bounded: a few examples per operation and a time cap."""

from __future__ import annotations

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.reliability.conftest import Workspace
from tests.support.live import LiveServer

EXAMPLES_PER_OPERATION = 40
TIME_CAP_S = 60.0
#: The write endpoints are fuzzed without a key: every answer must be a well-formed 401.
CHECKS = [not_a_server_error, response_schema_conformance]


@pytest.mark.server
def test_the_live_api_matches_its_schema_and_never_answers_5xx(
    template_workspace: Workspace, report_figures
):
    started = time.monotonic()
    cases = 0
    per_operation: dict[str, int] = {}
    with LiveServer(template_workspace.index, template_workspace.corpus) as server:
        schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 10, [op.label for op in operations]
        for operation in operations:

            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy())
            def check(case: schemathesis.Case) -> None:
                nonlocal cases
                if time.monotonic() - started > TIME_CAP_S:
                    return  # over the time cap: the remaining examples are not sent
                cases += 1
                label = case.operation.label
                per_operation[label] = per_operation.get(label, 0) + 1
                case.call_and_validate(base_url=server.url, checks=CHECKS, timeout=10)

            check()
    report_figures(
        cases=cases, operations=len(operations), seconds=round(time.monotonic() - started, 1)
    )
    assert cases >= len(operations)  # every operation was tried at least once
