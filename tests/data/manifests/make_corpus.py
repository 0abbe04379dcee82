"""Regenerate the corpus of odd and broken dispatch lists used by tests/domain/test_manifest_corpus.py.

Run from the repository root:  .venv/bin/python tests/data/manifests/make_corpus.py
Output is deterministic (fixed random seed, fixed timestamps inside the .xlsx zips), so regenerating
without changes leaves git clean. The expected verdict for each file lives in the test, not here.
"""

from __future__ import annotations

import codecs
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from stdnum.cn import ric

HERE = Path(__file__).resolve().parent
HEADER = ["受理编号", "公民身份号码", "姓名"]
TITLE = "XX市公安局居民身份证到证清单 2026年11月"


def id_number(body17: str) -> str:
    """A valid ID number: the check digit is computed, never typed by hand."""
    return body17 + ric.calc_check_digit(body17 + "0")


ID1 = id_number("11010519491231003")
ID2 = id_number("44030119851015331")
ID3 = id_number("41010520000229004")  # leap day
ID_X = next(i for i in (id_number(f"32010220010301{n:03d}") for n in range(100)) if i.endswith("X"))
ACC = [f"41010520261103{n:08d}" for n in range(1, 10)]
PEOPLE = [(ACC[0], ID1, "张三"), (ACC[1], ID2, "李四"), (ACC[2], ID3, "阿依古丽·买买提")]


def lines(rows: list[list[str]], delimiter: str = ",") -> str:
    return "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"


# openpyxl writes every number through a float; some tools write big integers exactly, so the corpus
# marks such cells with this prefix and the zip rewrite turns them into exact numeric cells.
INT_MARK = "#INT#"
EXACT_INT = re.compile(rb't="inlineStr"><is><t>#INT#(\d+)</t></is>')


def xlsx(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return deterministic_zip(buffer.getvalue())


def deterministic_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry timestamps and a fixed document 'modified' date."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-11-01T00:00:00Z", content)
            if info.filename.startswith("xl/worksheets/"):
                content = EXACT_INT.sub(rb't="n"><v>\1</v>', content)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 0, 0, 0)), content)
    return out.getvalue()


def build() -> dict[str, bytes]:
    """Every corpus file, by name."""
    rnd = random.Random(20261103)
    clean = [HEADER] + [list(p) for p in PEOPLE]
    files: dict[str, bytes] = {}
    files["empty.csv"] = b""
    files["blank_lines.csv"] = b" \r\n\r\n,,,\r\n\t\r\n"
    files["header_only.csv"] = lines([HEADER]).encode("utf-8")
    files["garbage.csv"] = bytes(rnd.randrange(256) for _ in range(3000))
    good_xlsx = xlsx(clean)
    files["truncated.xlsx"] = good_xlsx[: len(good_xlsx) // 2]
    files["not_really.xlsx"] = bytes(rnd.randrange(256) for _ in range(2000))
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr(zipfile.ZipInfo("readme.txt", date_time=(2026, 11, 1, 0, 0, 0)), "not a workbook")
    files["zip_not_excel.xlsx"] = zipped.getvalue()
    files["legacy.xls"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    files["html_export.xls"] = (
        "<html><body><table><tr><td>受理编号</td><td>姓名</td></tr></table></body></html>".encode()
    )
    files["wrong_columns.csv"] = lines([["序号", "单位", "金额"], ["1", "某局", "20"]]).encode("gb18030")
    files["missing_id_column.csv"] = lines([["受理编号", "姓名", "性别"], [ACC[0], "张三", "男"]]).encode()
    files["two_id_columns.csv"] = lines([["受理编号", "身份证号", "证件号码", "姓名"],
                                         [ACC[0], ID1, ID1, "张三"]]).encode()
    files["no_header.csv"] = lines([list(p) for p in PEOPLE]).encode()
    files["empty_sheet.xlsx"] = xlsx([])
    # Readable files, each with an odd trait.
    files["semicolon.csv"] = lines(clean, ";").encode("utf-8")
    files["pipe_gbk.txt"] = lines(clean, "|").encode("gbk")
    files["excel_unicode_text.txt"] = codecs.BOM_UTF16_LE + lines(clean, "\t").encode("utf-16-le")
    files["utf16_no_bom.txt"] = lines(clean, "\t").encode("utf-16-le")
    files["utf8_bom_title_row.csv"] = codecs.BOM_UTF8 + lines([[TITLE, "", ""]] + clean).encode()
    files["title_row.xlsx"] = xlsx([[TITLE], [], ["受理编号", "身份证号码", "姓名", "批次"]]
                                   + [[*p, "2026-11"] for p in PEOPLE])
    files["excel_numbers.xlsx"] = xlsx([
        ["受理号", "身份证号", "姓名"],
        [ACC[0], float(ID1), "张三"],  # Excel stored the ID as a float: digits lost
        [ACC[1], INT_MARK + ID2, "李四"],  # stored as an exact integer: still usable
        [float(ACC[2]), ID3, "王五"],  # acceptance number as float: lost too
        [ACC[3], ID_X, "赵六"],
    ])
    files["english_headers.csv"] = lines([["Acceptance No", "ID Number", "Name", "Batch", "Remark"]]
                                         + [[*p, "7", ""] for p in PEOPLE]).encode()
    files["excel_text_markers.csv"] = lines([
        HEADER,
        [f'="{ACC[0]}"', f'="{ID1}"', "张三"],
        [f"'{ACC[1]}", f"'{ID2}", "'李四"],
        [f"{ACC[2]}", f"{ID_X.lower()}", "　王　五　"],  # lowercase x, full-width padding spaces
    ]).encode("gb18030")
    files["mixed_problems.csv"] = lines([
        [TITLE, "", ""],
        HEADER,
        [ACC[0], ID1, "张三"],  # line 3: fine
        ["4101052026", ID2, "李四"],  # line 4: acceptance number too short
        [ACC[2], ID1[:-1] + ("0" if ID1[-1] != "0" else "1"), "王五"],  # line 5: check digit wrong
        ["", "", ""],  # line 6: blank, skipped
        [ACC[3], "4.10105E+17", "赵六"],  # line 7: scientific notation
        [ACC[4], id_number("11010519990231001"), ""],  # line 8: 31 Feb + empty name
        [ACC[0], ID3, "孙七"],  # line 9: duplicate acceptance number of line 3
        [ACC[5], "11010519491231", "周八"],  # line 10: ID too short
        [ACC[6] + ".0", ID2.replace("4", "４"), "吴九"],  # line 11: full-width digit fine, but ID duplicate
        [f"{ACC[7][:15]}0000000", ID_X, "郑十"],  # line 12: Excel zeroed the tail
    ]).encode("utf-8")
    return files


def main() -> None:
    for name, data in build().items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(build())} files to {HERE}")


if __name__ == "__main__":
    main()
