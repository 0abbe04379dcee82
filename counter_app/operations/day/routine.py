"""The counter's opening and closing routine (开窗/闭窗检查): a configurable checklist, ticked and kept per day.

The items are station-wide data (Setting key ``routine``); a tick row records who ticked which item on which day.
Items removed from the configuration keep their old ticks, and :func:`day_routine` still shows them for that day,
so a past day reads as it was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select

from counter_app.domain.errors import DomainError
from counter_app.domain.routine_items import PHASE_LABELS, PHASES, RoutineItems
from counter_app.domain.settings_registry import ROUTINE
from counter_app.operations.context import AppContext
from counter_app.operations.settings import load_setting, save_setting, setting_in
from counter_app.store.models import RoutineTick
from counter_app.store.upserts import dialect_insert


class RoutineError(DomainError):
    """A tick refused for a reason the clerk can act on (the lists themselves are refused as a setting)."""


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


def load_routine(ctx: AppContext) -> RoutineItems:
    return load_setting(ctx, ROUTINE)


def save_routine(ctx: AppContext, items: RoutineItems | dict[str, Any]) -> RoutineItems:
    """Validate and store both lists (the declared permission); ticks of dropped items stay in the record of their
    day."""
    return save_setting(ctx, ROUTINE, items)


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
        configured = {i.id: i for i in setting_in(session, ROUTINE).items(phase)}
        if item not in configured:
            raise RoutineError("item", f"{PHASE_LABELS[phase]}清单中没有编号为「{item}」的检查项")
        table = RoutineTick.__table__
        statement = (
            dialect_insert(session, table)
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
        config = setting_in(session, ROUTINE)
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
