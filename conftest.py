"""pytest configuration for the whole suite (addons/*/tests and tests/).

pytest-odoo loads the registry of the database given by --odoo-database. Here we
add what Odoo's own test runner would give: an HTTP server in this process for
the browser tours (HttpCase), and a rule that a skipped test fails the run, so a
tour that cannot start (no Chromium, no websocket-client) is an error, not a
silent skip.
"""

import os

import pytest

import odoo

_skipped = []


@pytest.fixture(scope="session", autouse=True)
def odoo_http_server(load_registry):
    server = odoo.service.server.server
    if server is None:
        server = odoo.service.server.ThreadedServer(odoo.http.root)
        odoo.service.server.server = server
    if server.httpd is None:
        server.http_spawn()
    yield server
    server.httpd.shutdown()
    server.httpd = None


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(f"{report.nodeid}: {report.longrepr}")


def pytest_sessionfinish(session, exitstatus):
    if _skipped and not os.environ.get("POSTPARTUM_ALLOW_SKIP"):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    if _skipped and not os.environ.get("POSTPARTUM_ALLOW_SKIP"):
        terminalreporter.section("SKIPPED TESTS FAIL THIS RUN", red=True)
        for line in _skipped:
            terminalreporter.write_line(line, red=True)
        terminalreporter.write_line(
            "A skipped test (a browser tour that could not start, say) counts as a failure.",
            red=True,
        )
