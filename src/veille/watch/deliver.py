"""Where alerts go: ``-`` (standard output, one JSON object a line), a file (JSON Lines, appended and flushed to
disk), or an http(s) webhook (a JSON POST; any 2xx answer is a delivery; the alert's ``id`` is also sent as the
``Idempotency-Key`` header).

A delivery is recorded pending with the article that raised it, then marked delivered once made: a watcher killed
in between delivers it when it starts again, so an alert is never lost; the receiver can tell a repeat by its
``id`` (alert name and article id), which is the same each time. Webhooks are addresses the operator chose, so the
SSRF guard that protects fetches does not apply to them.
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
                with open(target, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
                    fh.flush()
                    os.fsync(fh.fileno())
            else:
                if self.client is None:
                    self.client = httpx.Client(timeout=WEBHOOK_TIMEOUT, headers={"User-Agent": self.user_agent})
                answer = self.client.post(
                    target, content=line.encode("utf-8"), headers={
                        "Content-Type": "application/json", "Idempotency-Key": str(payload.get("id"))
                    }
                )
                if not 200 <= answer.status_code < 300:
                    raise DeliveryError(f"the webhook answered HTTP {answer.status_code}")
        except (OSError, httpx.HTTPError) as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc


__all__ = ["Deliverer", "DeliveryError", "kind_of", "WEBHOOK_TIMEOUT"]
