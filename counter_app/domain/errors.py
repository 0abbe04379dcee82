"""The base of errors a clerk can act on: a machine-readable reason and a message shown as is."""

from __future__ import annotations


class DomainError(ValueError):
    """An input or rule problem; ``message`` is in the UI language and safe to show at the counter."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return self.message
