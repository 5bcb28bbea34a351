"""Which URLs may be fetched: http(s) only, and no address inside the fetching machine's network (the SSRF guard).

A feed, a page or a redirect chooses what the fetcher asks for; without this guard a hostile feed could make
``--fetch`` read a local file (``file:///etc/passwd``), an internal service (``http://127.0.0.1:8080/admin``) or a
cloud metadata endpoint (``http://169.254.169.254/``). :func:`check_url` refuses every scheme but http and https, and
every host that resolves to a loopback, private, link-local, multicast, reserved or unspecified address, unless the
run allows private addresses (``--allow-private``, for a newsroom's own intranet or a test server).

The host is resolved here and again by the HTTP client when it connects: a name that resolves to a public address
now and a private one a moment later (DNS rebinding) is not caught; the redirects, checked hop by hop, are.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from ..errors import UnsafeURL

#: The schemes a page, a feed item or a redirect may point to.
SCHEMES = ("http", "https")


def unsafe_address(address: str) -> bool:
    """Whether an IP address lies inside the machine's own networks (or is not a unicast internet address)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def check_url(url: str, *, allow_private: bool = False, source: str | None = None) -> None:
    """Raise :class:`UnsafeURL` (E111) when ``url`` may not be fetched (see the module docstring)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise UnsafeURL(f"refusing to fetch {url[:100]!r}: only http and https URLs are fetched", source=source)
    host = parts.hostname
    if not host:
        raise UnsafeURL(f"refusing to fetch {url[:100]!r}: no host", source=source)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError, ValueError):
        return  # not resolved: the client fails with a clear network error
    for *_, sockaddr in infos:
        if unsafe_address(str(sockaddr[0])):
            raise UnsafeURL(
                f"refusing to fetch {url[:100]!r}: {host} resolves to {sockaddr[0]}, a private or local address "
                "(--allow-private allows it)",
                source=source,
            )


__all__ = ["check_url", "unsafe_address", "SCHEMES"]
