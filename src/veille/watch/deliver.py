"""Where alerts go: ``-`` (standard output, one JSON object a line), a file (JSON Lines, appended and flushed to
disk), or an http(s) webhook (a JSON POST; any 2xx answer is a delivery; the alert's ``id`` is also sent as the
``Idempotency-Key`` header).

A delivery is recorded pending with the article that raised it, then marked delivered once made: a watcher killed
in between delivers it when it starts again, so an alert is never lost. A file is delivered to exactly once: the ids
already in it are read when a watcher first writes to it (a line cut short by a kill is dropped), and an alert
whose id is there is not written again. A webhook can be sent an alert again after a kill at the wrong moment: it
tells a repeat by the ``id`` (alert name and article id), the same each time. Webhooks are addresses the operator
chose, so the SSRF guard that protects fetches does not apply to them.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import httpx

#: Seconds a webhook has to answer (a receiver that takes longer is tried again at the next round).
WEBHOOK_TIMEOUT = 10.0


class DeliveryError(Exception):
    """A delivery that failed (it stays pending and is tried again)."""


def kind_of(target: str) -> str:
    """``stdout``, ``webhook`` or ``file``."""
    if target == "-":
        return "stdout"
    if target.startswith(("http://", "https://")):
        return "webhook"
    return "file"


class Deliverer:
    """Delivers alert payloads to their targets; one HTTP client for all webhooks."""

    def __init__(self, user_agent: str) -> None:
        self.client: httpx.Client | None = None
        self.user_agent = user_agent
        self.in_files: dict[str, set[str]] = {}  # file -> ids of the alerts it holds

    def ids_in(self, path: str) -> set[str]:
        """The ids of the alerts a file holds (read once; a last line cut short by a kill is dropped)."""
        if path not in self.in_files:
            ids: set[str] = set()
            try:
                with open(path, "rb+") as fh:
                    data = fh.read()
                    if data and not data.endswith(b"\n"):
                        fh.truncate(data.rfind(b"\n") + 1)
                        data = data[: data.rfind(b"\n") + 1]
            except FileNotFoundError:
                data = b""
            for line in data.splitlines():
                try:
                    ids.add(str(json.loads(line).get("id")))
                except (ValueError, AttributeError):
                    continue  # a line someone else wrote
            self.in_files[path] = ids
        return self.in_files[path]

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def send(self, target: str, payload: dict[str, Any]) -> None:
        """Deliver one payload (DeliveryError when it could not be)."""
        line = json.dumps(payload, ensure_ascii=False)
        kind = kind_of(target)
        try:
            if kind == "stdout":
                print(line, file=sys.stdout, flush=True)
            elif kind == "file":
                held = self.ids_in(target)
                if str(payload.get("id")) in held:
                    return  # delivered by a watcher killed before it could record it
                with open(target, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
                    fh.flush()
                    os.fsync(fh.fileno())
                held.add(str(payload.get("id")))
            else:
                if self.client is None:
                    self.client = httpx.Client(timeout=WEBHOOK_TIMEOUT, headers={"User-Agent": self.user_agent})
                answer = self.client.post(
                    target,
                    content=line.encode("utf-8"),
                    headers={"Content-Type": "application/json", "Idempotency-Key": str(payload.get("id"))},
                )
                if not 200 <= answer.status_code < 300:
                    raise DeliveryError(f"the webhook answered HTTP {answer.status_code}")
        except (OSError, httpx.HTTPError) as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc


__all__ = ["Deliverer", "DeliveryError", "kind_of", "WEBHOOK_TIMEOUT"]
