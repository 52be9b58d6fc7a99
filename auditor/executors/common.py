"""What the executors share."""

from __future__ import annotations


class EngineUnavailable(RuntimeError):
    """The engine asked for is not installed."""
