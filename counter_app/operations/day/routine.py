"""The counter's opening and closing routine (开窗/闭窗检查): a configurable checklist, ticked and kept per day.

The items are station-wide data (Setting key ``routine``); a tick row records who ticked which item on which day.
Items removed from the configuration keep their old ticks, and :func:`day_routine` still shows them for that day,
so a past day reads as it was done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import Permission, require
from counter_app.domain.validation import first_problem
from counter_app.operations.context import AppContext
from counter_app.store.models import RoutineTick
from counter_app.store.settings_rows import setting_value, store_setting

SETTINGS_KEY = "routine"
PHASES: tuple[str, ...] = ("open", "close")
PHASE_LABELS: dict[str, str] = {"open": "开窗准备", "close": "闭窗整理"}
ITEMS_MAX = 30
TEXT_MAX = 100
_ID = re.compile(r"[a-z0-9_]{1,60}")


class RoutineError(DomainError):
    """A routine setting or tick refused for a reason the clerk can act on."""


class RoutineItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    # The id is stored in every tick row (routine_tick.item, 60 characters), so it stays plain and stable.
    id: str
    text: str

    @field_validator("id")
    @classmethod
    def _plain_id(cls, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError(f"编号「{value}」只能由小写英文字母、数字和下划线组成，1–60 个字符")
        return value

    @field_validator("text")
    @classmethod
    def _text_on_one_line(cls, value: str) -> str:
        text = " ".join(value.split())
        if not text:
            raise ValueError("内容不能为空")
        if len(text) > TEXT_MAX:
            raise ValueError(f"内容不能超过 {TEXT_MAX} 个字")
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

    model_config = ConfigDict(extra="ignore")

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
        return list(getattr(self, _phase(phase)))


@dataclass(frozen=True)
class RoutineStatus:
    """One item of a day's checklist; ``configured`` is False for a tick of an item since removed."""

    phase: str
    id: str
    text: str
    done: bool
    clerk: str | None
    done_at: datetime | None
    configured: bool = True


@dataclass(frozen=True)
class DayRoutine:
    day: date
    open: list[RoutineStatus]
    close: list[RoutineStatus]

    def remaining(self, phase: str) -> int:
        return sum(1 for s in getattr(self, _phase(phase)) if s.configured and not s.done)


def _phase(phase: str) -> str:
    if phase not in PHASES:
        raise RoutineError("phase", f"阶段应为 open（开窗）或 close（闭窗），当前为「{phase}」")
    return phase


# pydantic's own wording for shape errors, which only a hand-edited setting can produce.
def _first_error(exc: ValidationError) -> RoutineError:
    problem = first_problem(exc)
    loc, message = problem.loc, problem.message
    if len(loc) >= 2 and loc[0] in PHASE_LABELS and isinstance(loc[1], int):
        # ("open", 2, "text") -> 开窗准备第 3 项
        return RoutineError(".".join(map(str, loc)), f"{PHASE_LABELS[str(loc[0])]}第 {loc[1] + 1} 项：{message}")
    return RoutineError(".".join(map(str, loc)) or "routine", f"开闭窗检查项设置无效：{message}")


def _load_in(session: Any) -> RoutineItems:
    return RoutineItems.model_validate(setting_value(session, SETTINGS_KEY))


def load_routine(ctx: AppContext) -> RoutineItems:
    with ctx.db.read() as session:
        return _load_in(session)


def save_routine(ctx: AppContext, items: RoutineItems | dict[str, Any]) -> RoutineItems:
    """Validate and store both lists (supervisor only); ticks of dropped items stay in the record of their day."""
    require(ctx.actor, Permission.EDIT_ROUTINE)
    try:
        checked = RoutineItems.model_validate(items.model_dump() if isinstance(items, RoutineItems) else items)
    except ValidationError as exc:
        raise _first_error(exc) from exc
    with ctx.db.write() as session:
        store_setting(session, SETTINGS_KEY, checked.model_dump())
        ctx.audit(session, "settings.change", SETTINGS_KEY, open=len(checked.open), close=len(checked.close))
    return checked


def _check_day(ctx: AppContext, day: date) -> None:
    # Yesterday's closing round may be ticked the next morning; a day not yet begun may not.
    if isinstance(day, datetime) or not isinstance(day, date):
        raise RoutineError("day", f"日期「{day}」无效")
    if day > ctx.now().date():
        raise RoutineError("day", f"{day.isoformat()} 尚未到来，不能勾选")


def tick(ctx: AppContext, day: date, phase: str, item: str) -> bool:
    """Tick an item for a day; True if newly ticked, False if someone had ticked it already (first tick kept)."""
    _phase(phase)
    _check_day(ctx, day)
    with ctx.db.write() as session:
        configured = {i.id: i for i in _load_in(session).items(phase)}
        if item not in configured:
            raise RoutineError("item", f"{PHASE_LABELS[phase]}清单中没有编号为「{item}」的检查项")
        insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        table = RoutineTick.__table__
        statement = (
            insert(table)
            .values(day=day, phase=phase, item=item, done_at=ctx.now(), clerk=ctx.actor.clerk)
            .on_conflict_do_nothing(index_elements=["day", "phase", "item"])
            .returning(table.c.item)
        )
        added = session.execute(statement).first() is not None
        if added:
            ctx.audit(session, "routine.tick", f"{day.isoformat()}:{phase}:{item}", text=configured[item].text)
        return added


def untick(ctx: AppContext, day: date, phase: str, item: str) -> bool:
    """Remove a tick given by mistake; True if there was one. Works for items since removed, too."""
    _phase(phase)
    _check_day(ctx, day)
    with ctx.db.write() as session:
        result = session.execute(
            delete(RoutineTick).where(RoutineTick.day == day, RoutineTick.phase == phase, RoutineTick.item == item)
        )
        removed = bool(result.rowcount)
        if removed:
            ctx.audit(session, "routine.untick", f"{day.isoformat()}:{phase}:{item}")
        return removed


def day_routine(ctx: AppContext, day: date) -> DayRoutine:
    """Both checklists of a day in their configured order, each with who ticked it and when."""
    with ctx.db.read() as session:
        config = _load_in(session)
        ticks = {(t.phase, t.item): t for t in session.scalars(select(RoutineTick).where(RoutineTick.day == day))}
    lists: dict[str, list[RoutineStatus]] = {}
    for phase in PHASES:
        rows = []
        for item in config.items(phase):
            found = ticks.pop((phase, item.id), None)
            rows.append(
                RoutineStatus(
                    phase=phase,
                    id=item.id,
                    text=item.text,
                    done=found is not None,
                    clerk=found.clerk if found else None,
                    done_at=found.done_at if found else None,
                )
            )
        lists[phase] = rows
    for (phase, item_id), found in sorted(ticks.items()):
        if phase in lists:
            lists[phase].append(
                RoutineStatus(
                    phase=phase,
                    id=item_id,
                    text=item_id,
                    done=True,
                    clerk=found.clerk,
                    done_at=found.done_at,
                    configured=False,
                )
            )
    return DayRoutine(day=day, open=lists["open"], close=lists["close"])
