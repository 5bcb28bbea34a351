"""Shared test helpers."""

import io

import pytest


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
