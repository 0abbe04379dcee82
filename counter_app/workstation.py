"""Settings of this one workstation, kept in a JSON file beside (not in) the database.

Which database to open, which printers to use and how the window looks differ per computer and must be
known before any database is reachable, so they live in ``paths.config_file()``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from counter_app import paths
from counter_app.domain.errors import DomainError
from counter_app.domain.validation import first_problem

log = logging.getLogger(__name__)

# Chinese names of the fields, used in validation messages shown to the clerk.
FIELD_LABELS = {
    "database_url": "数据库地址",
    "counter_name": "本窗口名称",
    "a4_printer": "A4 打印机",
    "receipt_printer": "回执打印机",
    "receipt_paper": "回执纸张",
    "a4_paper": "文书纸张",
    "language": "界面语言",
    "font_size": "字号",
    "idle_lock_minutes": "空闲锁屏分钟数",
    "window_geometry": "窗口位置",
    "first_run_done": "首次设置已完成",
    "reader_library": "读卡器驱动库",
    "reader_port": "读卡器端口",
    "applicant_screen": "群众显示屏",
}


class WorkstationError(DomainError):
    """A workstation setting that cannot be accepted; ``reason`` is the field name."""


class WorkstationSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)

    database_url: str | None = None  # None: the local SQLite file in the data folder
    counter_name: str = Field(default="", max_length=30)  # "窗口2": in messages and the audit; "" = computer name
    a4_printer: str = ""  # "" = the system default printer
    receipt_printer: str = ""
    receipt_paper: Literal["roll80", "a5"] = "roll80"
    a4_paper: Literal["A4", "A5"] = "A4"
    language: Literal["zh_CN", "en"] = "zh_CN"
    font_size: int = Field(default=11, ge=9, le=20)
    idle_lock_minutes: int = Field(default=5, ge=0, le=120)  # 0 = never lock
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    first_run_done: bool = False
    reader_library: str = ""  # "" = sdtapi.dll beside the program or on PATH (libsdtapi.so on Linux)
    reader_port: int = Field(default=0, ge=0, le=1016)  # 0 = find it (USB 1001–1016, then serial 1–16)
    applicant_screen: str = ""  # "" = the second screen when one is attached; "off"; or a screen's name

    @field_validator("reader_port")
    @classmethod
    def _reader_port(cls, port: int) -> int:
        if port and not (1 <= port <= 16 or 1001 <= port <= 1016):
            raise ValueError("读卡器端口应为 0（自动查找）、1–16（串口）或 1001–1016（USB）")
        return port


# pydantic's wording, replaced by plain Chinese for the kinds of mistakes a settings page can make.
def validate_workstation(values: dict[str, Any]) -> WorkstationSettings:
    """Check a dict of settings; the first bad value is refused with its field named in Chinese."""
    try:
        return WorkstationSettings.model_validate(values)
    except ValidationError as exc:
        problem = first_problem(exc)
        field = str(problem.loc[0]) if problem.loc else "workstation"
        label = FIELD_LABELS.get(field, field)
        raise WorkstationError(field, f"本机设置「{label}」无效：{problem.message}") from exc


def load_workstation(path: Path | None = None) -> WorkstationSettings:
    """This workstation's settings; a missing file gives defaults, a broken one defaults and a warning in the log."""
    target = path or paths.config_file()
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return WorkstationSettings()
    except OSError as exc:
        log.warning("cannot read workstation settings %s (%s); using defaults", target, exc)
        return WorkstationSettings()
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return WorkstationSettings.model_validate(data)
    except (ValueError, ValidationError) as exc:
        # A half-edited or truncated file must not stop the counter from opening.
        log.warning("workstation settings %s are broken (%s); using defaults", target, exc)
        return WorkstationSettings()


def save_workstation(settings: WorkstationSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (temp file + os.replace) so a crash never leaves half a file."""
    checked = validate_workstation(settings.model_dump())
    target = path or paths.config_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".workstation-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(checked.model_dump(), handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target


def update_workstation(**changes: Any) -> WorkstationSettings:
    """Load, change some fields (validated, Chinese message naming the field) and save."""
    current = load_workstation().model_dump()
    settings = validate_workstation({**current, **changes})
    save_workstation(settings)
    return settings
