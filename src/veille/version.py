"""The version of Veille (one place; the package, the CLI and the User-Agent read it)."""

__version__ = "0.1.0"
