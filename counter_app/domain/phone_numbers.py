"""Phone numbers as they are stored and searched: the digits only, whatever separators the clerk typed."""

from __future__ import annotations

from counter_app.domain.typed_numbers import ascii_digits, fold_number


def phone_digits(phone: str | None) -> str | None:
    """"138-1234 5678" → "13812345678"; None when nothing is left."""
    if not phone:
        return None
    # Folded first: full-width digits become ASCII instead of being stored as they were typed.
    return ascii_digits(fold_number(phone).text) or None
