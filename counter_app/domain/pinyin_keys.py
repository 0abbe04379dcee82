"""Pinyin search keys for people's names and service names (via pypinyin).

A clerk finds "曾小明" by typing "zengxiaoming", "zxm", or the reading most people would guess
("cengxiaoming"). pypinyin 0.55 has no surname mode (its default for 曾 is "ceng"), so the first
character(s) of a name are looked up in a small table of surname readings; that reading comes first and
the ordinary readings follow, because the clerk may type either. Every other character contributes all
its readings (``heteronym=True``), the context-aware one (pypinyin's phrase dictionary) first.

Readings multiply, so combinations are produced best-first (fewest deviations from the preferred reading
of each character) and capped. Latin letters and digits pass through lowercased; separators such as "·"
in minority names, punctuation and characters without a known reading are ignored, so keys hold only
``[a-z0-9]``.
"""

from __future__ import annotations

import heapq
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache


def _pinyin(text: str, heteronym: bool) -> list[list[str]]:
    # Imported on the first search, not at start-up: pypinyin's phrase dictionaries take ~170 ms to load.
    from pypinyin import Style, pinyin

    return pinyin(text, style=Style.NORMAL, heteronym=heteronym, errors="ignore")


# Surname readings that differ from (or are not the first of) pypinyin's ordinary readings.
_SURNAME_READINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    "曾": (("zeng",),), "单": (("shan",),), "解": (("xie",),), "仇": (("qiu",),), "朴": (("piao",),),
    "区": (("ou",),), "查": (("zha",),), "长": (("chang",),), "盖": (("ge",), ("gai",)), "覃": (("qin",),),
    "乐": (("yue",),), "翟": (("zhai",),), "缪": (("miao",),), "秘": (("bi",),), "召": (("shao",),),
    "种": (("chong",),), "员": (("yun",),), "句": (("gou",),), "折": (("she",),), "繁": (("po",),),
    "黑": (("he",),), "祭": (("zhai",),), "尉": (("wei",),), "宓": (("fu",),), "谌": (("chen",),),
    "都": (("du",),), "蕃": (("pi",),), "隗": (("wei",),), "能": (("nai",),), "藏": (("zang",),),
    "燕": (("yan",),), "纪": (("ji",),), "柏": (("bai",),), "薄": (("bo",),), "洗": (("xian",),),
    "厍": (("she",),), "阚": (("kan",),), "眭": (("sui",),), "过": (("guo",),), "相": (("xiang",),),
}

# Compound surnames whose characters read differently together (单于 chanyu, 万俟 moqi, 尉迟 yuchi …) or
# that must not be split into a surname character plus a given-name character.
_COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ou", "yang"), "司马": ("si", "ma"), "诸葛": ("zhu", "ge"), "上官": ("shang", "guan"),
    "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"), "单于": ("chan", "yu"), "令狐": ("ling", "hu"),
    "澹台": ("tan", "tai"), "长孙": ("zhang", "sun"), "皇甫": ("huang", "fu"), "公孙": ("gong", "sun"),
    "宇文": ("yu", "wen"), "慕容": ("mu", "rong"), "司徒": ("si", "tu"), "夏侯": ("xia", "hou"),
    "东方": ("dong", "fang"), "西门": ("xi", "men"), "南宫": ("nan", "gong"), "轩辕": ("xuan", "yuan"),
    "呼延": ("hu", "yan"), "端木": ("duan", "mu"), "百里": ("bai", "li"), "闻人": ("wen", "ren"),
    "公羊": ("gong", "yang"), "赫连": ("he", "lian"), "拓跋": ("tuo", "ba"), "钟离": ("zhong", "li"),
    "独孤": ("du", "gu"), "太史": ("tai", "shi"), "申屠": ("shen", "tu"), "濮阳": ("pu", "yang"),
    "淳于": ("chun", "yu"), "司空": ("si", "kong"), "乐正": ("yue", "zheng"), "鲜于": ("xian", "yu"),
    "第五": ("di", "wu"), "公冶": ("gong", "ye"), "宗政": ("zong", "zheng"), "子车": ("zi", "ju"),
}

# A reading of one slot (a character, a compound surname or a Latin character): what it adds to the full key
# and what it adds to the initials key.
_Option = tuple[str, str]


@dataclass(frozen=True)
class NameKeys:
    """Search keys, preferred reading first; each tuple is deduplicated, so they need not be parallel."""

    full: tuple[str, ...]
    initials: tuple[str, ...]

    def matches(self, query: str) -> bool:
        """True when the (normalised) query occurs in any full or initials key."""
        q = _normalize_query(query)
        return any(q in key for key in self.full + self.initials)


def _ascii_fold(text: str) -> str:
    # pypinyin's "normal" style still yields "ê" for 欸; keys must stay plain ASCII for typing.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


def _normalize_query(query: str) -> str:
    return "".join(unicodedata.normalize("NFKC", query).lower().split())


@lru_cache(maxsize=8192)
def _char_readings(char: str) -> tuple[str, ...]:
    """All readings of one Han character, pypinyin's most common first; () when it has none."""
    if char.isascii():
        return ()
    found = _pinyin(char, heteronym=True)
    readings = (_ascii_fold(r) for r in (found[0] if found else ()))
    return tuple(dict.fromkeys(r for r in readings if r))


def _reading_option(syllables: Sequence[str]) -> _Option:
    return "".join(syllables), "".join(s[0] for s in syllables)


def _contextual_readings(run: str) -> list[str | None]:
    """pypinyin's phrase-aware reading of each character of a run of Han characters (None if unusable)."""
    result = _pinyin(run, heteronym=False)
    if len(result) != len(run):
        return [None] * len(run)
    return [_ascii_fold(item[0]) or None for item in result]


def _contextual_by_run(text: str) -> list[str | None]:
    """Phrase-aware readings per run of readable characters; pypinyin would merge "·" or Latin runs."""
    result: list[str | None] = []
    run = ""
    for char in text:
        if _char_readings(char):
            run += char
            continue
        result += _contextual_readings(run) if run else []
        result.append(None)
        run = ""
    return result + (_contextual_readings(run) if run else [])


def _slots(text: str, *, surname: bool) -> list[tuple[_Option, ...]]:
    """Split text into slots, each with its reading options in order of preference."""
    text = unicodedata.normalize("NFKC", text)
    slots: list[tuple[_Option, ...]] = []
    start = 0
    if surname:
        head = text[:2]
        if len(text) >= 3 and head in _COMPOUND_SURNAMES:
            compound = [_reading_option(_COMPOUND_SURNAMES[head])]
            ordinary = _contextual_readings(head)
            if all(ordinary):
                compound.append(_reading_option([r for r in ordinary if r]))
            slots.append(tuple(dict.fromkeys(compound)))
            start = 2
        elif text[:1] in _SURNAME_READINGS and _char_readings(text[0]):
            options = [_reading_option(r) for r in _SURNAME_READINGS[text[0]]]
            options += [(r, r[0]) for r in _char_readings(text[0])]
            slots.append(tuple(dict.fromkeys(options)))
            start = 1

    rest = text[start:]
    for char, preferred in zip(rest, _contextual_by_run(rest), strict=True):
        readings = _char_readings(char)
        if readings:
            ordered = dict.fromkeys([preferred, *readings] if preferred in readings else readings)
            slots.append(tuple((r, r[0]) for r in ordered if r))
            continue
        literal = _ascii_fold(char)
        if literal:
            slots.append(((literal, literal),))
    return slots


def _best_first(slots: Sequence[tuple[_Option, ...]], limit: int) -> Iterator[tuple[int, ...]]:
    """Index combinations in order of fewest deviations, earlier slots (the surname) deviating first."""
    if not slots:
        return
    start = (0,) * len(slots)
    heap: list[tuple[int, tuple[int, ...], tuple[int, ...]]] = [(0, start, start)]
    seen = {start}
    produced = 0
    while heap and produced < limit:
        _, _, combo = heapq.heappop(heap)
        yield combo
        produced += 1
        for i, index in enumerate(combo):
            if index + 1 < len(slots[i]):
                nxt = combo[:i] + (index + 1,) + combo[i + 1:]
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (sum(nxt), tuple(-x for x in nxt), nxt))


def _keys(text: str, *, surname: bool, max_readings: int) -> NameKeys:
    if max_readings < 1:
        raise ValueError(f"max_readings must be at least 1, got {max_readings}")
    slots = _slots(text, surname=surname)
    full: dict[str, None] = {}
    initials: dict[str, None] = {}
    for combo in _best_first(slots, max_readings):
        options = [slots[i][index] for i, index in enumerate(combo)]
        full["".join(o[0] for o in options)] = None
        initials["".join(o[1] for o in options)] = None
    return NameKeys(full=tuple(full), initials=tuple(initials))


@lru_cache(maxsize=4096)
def name_keys(name: str, max_readings: int = 8) -> NameKeys:
    """Keys for a person's name: the first character(s) read as a surname (曾 → zeng, then ceng)."""
    return _keys(name, surname=True, max_readings=max_readings)


@lru_cache(maxsize=4096)
def text_keys(text: str, max_readings: int = 8) -> NameKeys:
    """Keys for ordinary text such as a service name (出生登记 → chushengdengji, csdj)."""
    return _keys(text, surname=False, max_readings=max_readings)


def matches_pinyin(query: str, text: str) -> bool:
    """Catalog search: the query occurs in the text itself, or in its full pinyin or initials.

    An empty query matches everything, so a cleared search box shows the whole list.
    """
    q = _normalize_query(query)
    if not q or q in text.lower():
        return True
    return text_keys(text).matches(q)
