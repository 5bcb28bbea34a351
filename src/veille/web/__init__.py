"""The read-only web UI and HTTP API over a store (``veille serve``): :mod:`.server` answers each request
with a page of :mod:`.pages` (HTML, or its JSON twin when the path ends in ``.json``)."""
