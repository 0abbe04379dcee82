"""Phone numbers as they are stored and searched: the digits only, whatever separators the clerk typed."""

from __future__ import annotations


def phone_digits(phone: str | None) -> str | None:
    """"138-1234 5678" → "13812345678"; None when nothing is left."""
    if not phone:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits or None
