"""Shared test helpers."""

import importlib.util
import io
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def pytest_report_header(config):
    """Whether the run is on the pure sources or on a native build (make native): the line veille --version
    prints."""
    from veille.native import summary

    return f"veille: {summary()}"


@pytest.fixture(scope="session")
def bench_script():
    """Load a script of bench/ by its name ("fuzz") as a module: the bench scripts are no package."""

    def load(name):
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


def _write_warc(path, records):
    """A WARC file (gzipped when the name ends in .gz) with one response record per (url, type, payload)
    and a request record, as a crawler writes them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, ctype, payload in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http)
            )
        writer.write_record(
            writer.create_warc_record("http://x/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        )


@pytest.fixture
def make_warc():
    return _write_warc


@pytest.fixture
def site():
    """The watch tests' news site and internal service (``watch_server.Servers``), closed after the test."""
    from watch_server import Servers

    servers = Servers()
    yield servers
    servers.close()
