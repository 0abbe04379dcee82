"""Valid synthetic ID numbers for tests, with the check character from python-stdnum (never recomputed here)."""

from __future__ import annotations

from stdnum.cn import ric


def make_id(seq: int) -> str:
    """The seq-th person born 1980-01-01 in 110105 (Beijing Chaoyang); odd seq = male."""
    body = f"11010519800101{seq:03d}"
    return body + ric.calc_check_digit(body + "0")
