"""The opening and closing checklists (开窗/闭窗检查) as a station configures them: two lists of items.

Stored as the station-wide setting ``routine`` (declared in :mod:`counter_app.domain.settings_registry`); the
ticks of a day are kept by :mod:`counter_app.operations.day.routine`.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PHASES: tuple[str, ...] = ("open", "close")
PHASE_LABELS: dict[str, str] = {"open": "开窗准备", "close": "闭窗整理"}
ITEMS_MAX = 30
TEXT_MAX = 100
_ID = re.compile(r"[a-z0-9_]{1,60}")


class RoutineItem(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)

    # The id is stored in every tick row (routine_tick.item, 60 characters), so it stays plain and stable.
    id: str
    text: str

    @field_validator("id")
    @classmethod
    def _plain_id(cls, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError(f"「{value}」只能由小写英文字母、数字和下划线组成，1–60 个字符")
        return value

    @field_validator("text")
    @classmethod
    def _text_on_one_line(cls, value: str) -> str:
        text = " ".join(value.split())
        if not text:
            raise ValueError("不能为空")
        if len(text) > TEXT_MAX:
            raise ValueError(f"不能超过 {TEXT_MAX} 个字")
        return text


def _defaults(pairs: list[tuple[str, str]]) -> list[RoutineItem]:
    return [RoutineItem(id=item_id, text=text) for item_id, text in pairs]


DEFAULT_OPEN = [
    ("print_appointments", "打印今日预约名单"),
    ("check_receipt_paper", "检查凭条打印机纸卷"),
    ("review_overdue_follow_ups", "查看逾期待办"),
    ("prepare_convenience_items", "准备便民物品（老花镜、笔、复印）"),
    ("start_queue_and_rating", "开启叫号机与评价器"),
]
DEFAULT_CLOSE = [
    ("check_day_cases", "核对当日办结情况"),
    ("tidy_card_cabinet", "整理证件柜"),
    ("backup_and_shutdown", "备份数据，关闭设备"),
    ("write_daily_report", "填写工作日报"),
]


class RoutineItems(BaseModel):
    """The two checklists; ids must be unique within a list (a tick is keyed by day, phase and id)."""

    model_config = ConfigDict(extra="ignore", defer_build=True)

    open: list[RoutineItem] = Field(default_factory=lambda: _defaults(DEFAULT_OPEN))
    close: list[RoutineItem] = Field(default_factory=lambda: _defaults(DEFAULT_CLOSE))

    @model_validator(mode="after")
    def _unique_ids(self) -> RoutineItems:
        for phase in PHASES:
            if len(getattr(self, phase)) > ITEMS_MAX:
                raise ValueError(f"{PHASE_LABELS[phase]}最多 {ITEMS_MAX} 项")
            seen: set[str] = set()
            for item in getattr(self, phase):
                if item.id in seen:
                    raise ValueError(f"{PHASE_LABELS[phase]}中的编号「{item.id}」重复")
                seen.add(item.id)
        return self

    def items(self, phase: str) -> list[RoutineItem]:
        if phase not in PHASES:
            raise ValueError(f"unknown routine phase {phase!r}")  # the operations check a phase before asking
        return list(getattr(self, phase))

