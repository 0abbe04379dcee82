"""The search keys of a card holder's name (检索键): what a clerk may type to find the card, as exact keys.

Each key is matched by equality, so that the key index hands out a key's cards newest first and a lookup reads
only the rows it shows, however common the name (张, 王, "zw"):

- ``n:<part>`` — every contiguous part of the name (张三丰 → ``n:张``, ``n:张三``, ``n:三丰``, ``n:丰`` …);
- ``i:<initials prefix>`` — every prefix of every initials reading (``i:z``, ``i:zs``, ``i:zsf``);
- ``p:<pinyin>`` — every full-pinyin reading (``p:zhangsanfeng``); a partly typed reading is found by a prefix
  range on these keys (see ``operations.cards.lookup``).
Keys are lowercase and at most 60 characters (the column's width).
"""

from __future__ import annotations

from counter_app.domain.pinyin_keys import name_keys

KEY_WIDTH = 60
# A name longer than this (some transliterated names) contributes its parts up to this length only: nobody
# types 13 characters of a name to find it, and the parts of a 30-character name would be 465 keys.
MAX_PART = 12


def name_part_key(text: str) -> str:
    return f"n:{text.lower()}"[:KEY_WIDTH]


def initials_key(text: str) -> str:
    return f"i:{text.lower()}"[:KEY_WIDTH]


def pinyin_key(text: str) -> str:
    return f"p:{text.lower()}"[:KEY_WIDTH]


def search_keys(name: str) -> set[str]:
    """Every key under which the card of ``name`` is found."""
    folded = name.strip().lower()
    keys = {
        name_part_key(folded[start:end])
        for start in range(len(folded))
        for end in range(start + 1, min(len(folded), start + MAX_PART) + 1)
    }
    readings = name_keys(name.strip())
    keys.update(pinyin_key(full) for full in readings.full if full)
    keys.update(initials_key(initials[:end]) for initials in readings.initials for end in range(1, len(initials) + 1))
    return keys
