"""Workbooks with several sheets, and files refused before they are read (size, devices, folders)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import openpyxl
import pytest

from counter_app.domain import manifest_read
from counter_app.domain.manifest import parse_manifest
from counter_app.domain.manifest_read import ManifestError, SheetChoiceNeeded, read_manifest_file

ID1 = "110105194912310038"
ACC1 = "4101052026110300000001"
LIST = [["受理编号", "公民身份号码", "姓名"], [ACC1, ID1, "张三"]]


def workbook(**sheets: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_cover_sheet_before_the_list_is_skipped() -> None:
    data = workbook(封面=[["XX市居民身份证到证清单"], ["制表：张警官"]], 清单=[[], ["第12批"], *LIST])
    manifest = parse_manifest(data, "到证.xlsx")
    assert manifest.sheet == "清单" and manifest.header_line == 3
    assert [(r.line, r.acceptance_no, r.ok) for r in manifest.rows] == [(4, ACC1, True)]


def test_several_lists_need_a_choice_and_the_choice_is_honoured() -> None:
    other = [LIST[0], ["4101052026110300000002", "440301198510153316", "李四"]]
    data = workbook(说明=[["见下表"]], 上午=LIST, 下午=other)
    with pytest.raises(SheetChoiceNeeded) as caught:
        parse_manifest(data, "到证.xlsx")
    assert caught.value.sheets == ("上午", "下午")
    assert "「上午」「下午」" in caught.value.message and "--sheet" in caught.value.message
    assert parse_manifest(data, "到证.xlsx", sheet="下午").rows[0].name == "李四"
    with pytest.raises(ManifestError, match="没有名为「晚上」的非空工作表.*「说明」「上午」「下午」"):
        parse_manifest(data, "到证.xlsx", sheet="晚上")


def test_no_sheet_with_a_header_names_every_sheet_looked_at() -> None:
    data = workbook(封面=[["说明"]], 数据=[["序号", "备注"], ["1", "x"]], 空白=[])
    with pytest.raises(ManifestError) as caught:
        parse_manifest(data, "到证.xlsx")
    message = caught.value.message
    assert "已查看工作表：「封面」「数据」" in message and "未找到表头" in message
    assert not isinstance(caught.value, SheetChoiceNeeded)


def test_one_sheet_errors_name_the_sheet() -> None:
    with pytest.raises(ManifestError, match="缺少必需的列.*工作表「名单」"):
        parse_manifest(workbook(名单=[["受理编号", "姓名"], [ACC1, "张三"]]), "到证.xlsx")


def test_a_sheet_name_for_a_csv_is_refused() -> None:
    data = "".join(",".join(r) + "\n" for r in LIST).encode()
    with pytest.raises(ManifestError, match="不是 Excel 工作簿"):
        parse_manifest(data, "到证.csv", sheet="Sheet1")


def test_files_are_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(manifest_read.MAX_BYTES + 1)
    with pytest.raises(ManifestError, match="文件过大（50 MB，上限 50 MB）"):
        read_manifest_file(big)
    with pytest.raises(ManifestError, match="不是普通文件"):
        read_manifest_file(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(ManifestError, match="不是普通文件"):
            read_manifest_file("/dev/zero")
    with pytest.raises(FileNotFoundError):
        read_manifest_file(tmp_path / "missing.csv")
    small = tmp_path / "ok.csv"
    small.write_bytes(b"a,b\n")
    assert read_manifest_file(small) == b"a,b\n"


def test_a_file_growing_after_the_size_check_is_still_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "growing.csv"
    path.write_bytes(b"x" * 100)
    real = os.stat(path)
    # The check sees a small file; the read finds it bigger (another program was still writing it).
    looks_small = os.stat_result((real.st_mode, real.st_ino, real.st_dev, real.st_nlink, real.st_uid, real.st_gid,
                                  10, int(real.st_atime), int(real.st_mtime), int(real.st_ctime)))
    monkeypatch.setattr(manifest_read.os, "stat", lambda _path: looks_small)
    monkeypatch.setattr(manifest_read, "MAX_BYTES", 50)
    with pytest.raises(ManifestError, match="文件过大"):
        read_manifest_file(path)
