"""The confirmation code (预约确认码) of a booking: what a resident shows at the counter or types to cancel.

Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from ``secrets``: 31⁸ ≈ 8.5 × 10¹¹
codes, so guessing one is hopeless at the web page's rate limit, and the code says nothing about the booking.
Shown as ``ABCD-EFGH``; read back in any case, with or without the dash or spaces.
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 8


def new_code() -> str:
    """A fresh random code, stored without the dash."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def parse_code(text: str) -> str | None:
    """The stored form of a typed code, or None when it cannot be one (so no lookup is made for it)."""
    cleaned = "".join(unicodedata.normalize("NFKC", text or "").upper().replace("-", "").split())
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def display_code(code: str) -> str:
    """``ABCDEFGH`` → ``ABCD-EFGH`` (two groups read out more easily on the phone)."""
    return f"{code[:4]}-{code[4:]}" if len(code) == LENGTH else code
