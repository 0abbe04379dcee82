"""The one translator of pydantic's errors: every kind the settings meet reads in Chinese, with its limits."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel, Field, ValidationError, field_validator

from counter_app.domain.validation import first_problem, problem_text


class Sample(BaseModel):
    name: str = Field(default="x", min_length=1, max_length=4)
    code: str = Field(default="001", pattern=r"^\d{3}$")
    size: int = Field(default=12, ge=9, le=20)
    language: Literal["zh_CN", "en"] = "zh_CN"
    on: bool = True
    items: list[str] = []
    note: str = ""

    @field_validator("note")
    @classmethod
    def _no_tabs(cls, value: str) -> str:
        if "\t" in value:
            raise ValueError("不能含制表符")
        return value


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": ""}, "name", "不能为空"),
        ({"name": "五个字太长"}, "name", "不能超过 4 个字"),
        ({"code": "12"}, "code", "格式不正确"),
        ({"size": 8}, "size", "不能小于 9"),
        ({"size": 21}, "size", "不能大于 20"),
        ({"size": "big"}, "size", "应为整数"),
        ({"language": "fr"}, "language", "只能是 'zh_CN' 或 'en'"),
        ({"on": "maybe"}, "on", "应为是或否"),
        ({"items": "a"}, "items", "应为列表"),
        ({"note": "a\tb"}, "note", "不能含制表符"),  # our own validator's words are kept
    ],
)
def test_first_problem_in_chinese(values: dict, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Sample.model_validate(values)
    problem = first_problem(caught.value)
    assert (problem.field, problem.message) == (field, message)


def test_a_pattern_hint_names_the_format() -> None:
    with pytest.raises(ValidationError) as caught:
        Sample.model_validate({"code": "12"})
    assert first_problem(caught.value, {"code": "应为 3 位数字"}).message == "应为 3 位数字"


def test_an_unknown_kind_falls_back_to_pydantics_text() -> None:
    assert problem_text({"type": "something_new", "msg": "Something new"}) == "Something new"
