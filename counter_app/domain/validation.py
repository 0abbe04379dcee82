"""One translator of pydantic validation errors into the clerk's Chinese.

Every settings model, the forms, the templates and the workstation file are validated by pydantic, whose messages
are English ("Input should be a valid integer"). Each caller names the field its own way (本机设置「字号」, 开窗准备第
3 项, 办公时间设置项 …); what is wrong with the value is said here, once, for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

_PLAIN: dict[str, str] = {
    "missing": "缺少此项",
    "string_type": "应为文字",
    "string_too_short": "不能为空",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "bool_type": "应为是或否",
    "bool_parsing": "应为是或否",
    "list_type": "应为列表",
    "tuple_type": "应为列表",
    "dict_type": "格式不正确",
    "model_type": "格式不正确",
    "model_attributes_type": "格式不正确",
    "string_pattern_mismatch": "格式不正确",
    "extra_forbidden": "不是可用的设置项",
    "date_from_datetime_parsing": "应为日期（如 2026-11-23）",
    "date_parsing": "应为日期（如 2026-11-23）",
    "time_parsing": "应为时间（如 08:30）",
}


def problem_text(error: Any, pattern_hint: str | None = None) -> str:
    """What is wrong with one value, in Chinese (``error`` is one item of ``ValidationError.errors()``);
    ``pattern_hint`` replaces the generic "格式不正确" for a value that must match a pattern."""
    kind = error["type"]
    limits = error.get("ctx") or {}
    if kind == "string_too_long":
        return f"不能超过 {limits.get('max_length')} 个字"
    if kind == "string_too_short" and limits.get("min_length", 1) > 1:
        return f"至少 {limits['min_length']} 个字"
    if kind in ("greater_than_equal", "greater_than"):
        return f"不能小于 {limits.get('ge', limits.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"不能大于 {limits.get('le', limits.get('lt'))}"
    if kind == "literal_error":
        return f"只能是 {str(limits.get('expected')).replace(' or ', ' 或 ')}"
    if kind == "enum":
        return f"只能是 {str(limits.get('expected')).replace(' or ', ' 或 ')}"
    if kind == "string_pattern_mismatch" and pattern_hint:
        return pattern_hint
    if kind == "value_error" and limits.get("error") is not None:
        return str(limits["error"])  # a validator of ours: its message is already Chinese
    return _PLAIN.get(kind) or str(error["msg"])


@dataclass(frozen=True)
class Problem:
    """The first problem of a failed validation: where (``loc`` as given, ``field`` dotted) and what."""

    loc: tuple[str | int, ...]
    field: str
    message: str
    error: dict[str, Any]


def first_problem(exc: ValidationError, pattern_hints: dict[str, str] | None = None) -> Problem:
    error = dict(exc.errors()[0])
    loc = tuple(error["loc"])
    top = str(loc[0]) if loc else ""
    return Problem(loc, ".".join(map(str, loc)), problem_text(error, (pattern_hints or {}).get(top)), error)
