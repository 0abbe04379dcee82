"""Bytes → table: encodings, delimiters, Excel workbooks and unreadable files."""

from __future__ import annotations

import codecs
import datetime as dt
import io

import openpyxl
import pytest
from stdnum.cn import ric

from counter_app.domain import manifest_read
from counter_app.domain.manifest import parse_manifest
from counter_app.domain.manifest_read import (
    LossyNumber,
    ManifestError,
    decode_text,
    read_tables,
    sniff_delimiter,
)

ID1 = "110105194912310038"
ID2 = "440301198510153316"
ACC1 = "4101052026110300000001"
ACC2 = "4101052026110300000002"
TABLE = [["受理编号", "公民身份号码", "姓名"], [ACC1, ID1, "张三"], [ACC2, ID2, "阿依古丽·买买提"]]


def test_sample_ids_are_valid() -> None:
    assert all(ric.is_valid(i) for i in (ID1, ID2))


def as_text(rows: list[list[str]], delimiter: str = ",") -> str:
    return "".join(delimiter.join(r) + "\r\n" for r in rows)


def as_xlsx(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


ENCODED = {
    "utf-8": as_text(TABLE).encode("utf-8"),
    "utf-8-sig": as_text(TABLE).encode("utf-8-sig"),
    "gb18030": as_text(TABLE).encode("gb18030"),
    "utf-16-le": as_text(TABLE, "\t").encode("utf-16"),  # Excel "Unicode text": BOM + LE + tabs
    "utf-16-be": codecs.BOM_UTF16_BE + as_text(TABLE, "\t").encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", ENCODED)
def test_every_encoding_gives_the_same_rows(encoding: str) -> None:
    manifest = parse_manifest(ENCODED[encoding], "清单.csv")
    assert manifest.encoding == encoding
    reference = parse_manifest(ENCODED["utf-8"], "清单.csv")
    assert manifest.rows == reference.rows
    assert [(r.acceptance_no, r.id_number, r.name) for r in manifest.rows] == [tuple(r) for r in TABLE[1:]]


def test_gbk_is_read_as_gb18030() -> None:
    assert decode_text("受理编号,姓名".encode("gbk")) == ("受理编号,姓名", "gb18030")


def test_charset_normalizer_is_the_last_resort() -> None:
    text, encoding = decode_text("Nom;Prénom;Ville\r\nDupont;José;Besançon\r\n".encode("cp1252"))
    assert "José" in text
    assert encoding not in ("utf-8", "gb18030")


def test_utf16_without_bom_is_recognised() -> None:
    text, encoding = decode_text(as_text(TABLE, "\t").encode("utf-16-le"))
    assert encoding == "utf-16-le"
    assert text.startswith("受理编号\t")


def test_a_lying_bom_is_an_error() -> None:
    with pytest.raises(ManifestError, match="utf-16-le"):
        read_tables(codecs.BOM_UTF16_LE + b"\x00\xd8", "x.txt")  # lone surrogate


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed_despite_a_title_row(delimiter: str) -> None:
    text = "XX市公安局居民身份证到证清单 2026年11月\r\n" + as_text(TABLE, delimiter)
    assert sniff_delimiter(text) == delimiter
    (table,) = read_tables(text.encode(), "x.csv")
    assert table.delimiter == delimiter
    assert table.rows[1] == tuple(TABLE[0])


def test_csv_line_numbers_count_records_like_excel() -> None:
    text = 'a,b\r\n"two\r\nlines",x\r\n\r\nc,d\r\n'
    rows = read_tables(text.encode(), "x.csv")[0].rows
    assert rows[1] == ("two\r\nlines", "x")
    assert rows[2] == ()
    assert rows[3] == ("c", "d")


def test_content_decides_the_format_not_the_name() -> None:
    (table,) = read_tables(ENCODED["gb18030"], "导出.xlsx")
    assert table.encoding == "gb18030"


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "x.csv", "文件为空"),
        (b"  \r\n\r\n,,,\r\n", "x.csv", "文件为空"),
        (bytes(range(256)) * 8, "x.csv", "无法识别的文件编码"),
        (b"\xff\xfe\x00" * 7 + bytes(range(200)), "x.xlsx", "不是有效的 Excel 文件"),
        (bytes(range(1, 256)) * 4, "x.xlsx", "不是有效的 Excel 文件"),
        (b"PK\x03\x04" + bytes(100), "x.xlsx", "不是有效的 Excel 文件"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "x.xls", "旧版 Excel"),
        ("<html><table><tr><td>姓名</td></tr></table>".encode(), "x.xls", "网页"),
    ],
)
def test_unreadable_files(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message) as caught:
        read_tables(data, name)
    assert caught.value.message == str(caught.value)


def test_a_huge_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(manifest_read, "MAX_BYTES", 10)
    with pytest.raises(ManifestError, match="文件过大"):
        read_tables(ENCODED["utf-8"], "x.csv")


def test_truncated_xlsx() -> None:
    data = as_xlsx(TABLE)
    for cut in (10, len(data) // 3, len(data) - 30):
        with pytest.raises(ManifestError, match="不是有效的 Excel 文件"):
            read_tables(data[:cut], "x.xlsx")


def test_xlsx_cells_are_rendered_as_the_clerk_sees_them() -> None:
    data = as_xlsx([
        ["XX市公安局居民身份证到证清单"],
        [],
        ["受理编号", "公民身份号码", "姓名", "签发日期", "批次", "比例", "ok"],
        [ACC1, float(ID1), "张三", dt.datetime(2026, 11, 3), 3, 0.5, True],
        [float(ACC2), ID2, None, dt.date(2026, 11, 4), 3.0, None, None],
    ])
    (table,) = read_tables(data, "x.xlsx")
    assert table.encoding == "xlsx" and table.delimiter is None
    assert table.rows[0] == ("XX市公安局居民身份证到证清单",)
    assert table.rows[1] == ()  # the empty row keeps its place: line numbers match Excel
    assert table.rows[3] == (ACC1, LossyNumber("1.10105E+17"), "张三", "2026-11-03", "3", "0.5", "TRUE")
    assert table.rows[4] == (LossyNumber("4.10105E+21"), ID2, "", "2026-11-04", "3")
