"""Table → rows: header mapping, cell normalisation and row-level problems."""

from __future__ import annotations

import io

import openpyxl
import pytest
from stdnum.cn import ric

from counter_app.domain.manifest import (
    FLOAT_MESSAGE,
    SCIENTIFIC_MESSAGE,
    ManifestError,
    clean_text,
    header_key,
    id_number_problem,
    parse_manifest,
)

ID1 = "110105194912310038"
ID2 = "440301198510153316"
ID_X = "32010220010301005X"
ACC = [f"41010520261103{n:08d}" for n in range(1, 10)]
HEADER = "受理编号,公民身份号码,姓名"


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return "\r\n".join(lines).encode(encoding)


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def one_row(line: str, header: str = HEADER):
    manifest = parse_manifest(csv_bytes(header, line), "x.csv")
    assert len(manifest.rows) == 1
    return manifest.rows[0]


def test_sample_ids_are_valid() -> None:
    assert all(ric.is_valid(i) for i in (ID1, ID2, ID_X))


# ------------------------------------------------------------------------------------------- header


@pytest.mark.parametrize(
    "header",
    [
        "受理编号,公民身份号码,姓名",
        "受理号,身份证号,名字",
        "受理号码,身份证号码,姓名",
        "申请编号,证件号码,姓名",
        "受理编号,身份号码,姓名",
        "acceptance_no,id_number,name",
        "Acceptance Number,ID No,Name",
        "APPLICATION NO,ID,NAME",
        " 受理 编号 ,\u3000身份证号\u3000,姓　名",  # stray and full-width spaces
        "ＡＣＣＥＰＴＡＮＣＥ＿ＮＯ,ＩＤ　Ｎｏ,Ｎａｍｅ",  # full-width letters
        "受理编号*,身份证号（18位）,姓名：",  # required-marker and bracketed notes
    ],
)
def test_header_aliases(header: str) -> None:
    row = one_row(f"{ACC[0]},{ID1},张三", header)
    assert (row.acceptance_no, row.id_number, row.name, row.problems) == (ACC[0], ID1, "张三", ())


def test_header_key() -> None:
    assert header_key("ID_Number") == header_key("id number") == "idnumber"
    assert header_key("ＩＤ　ＮＵＭＢＥＲ") == "idnumber"


def test_column_order_and_optional_columns() -> None:
    manifest = parse_manifest(
        csv_bytes("批次号,姓名,卡号,备注,证件卡号,身份证号,签发日期,受理编号,有效期至",
                  f"7,张三,C001,加急,C002,{ID1},2026-11-03,{ACC[0]},2046-11-03,超出表头"),
        "x.csv",
    )
    assert manifest.columns == {"batch": "批次号", "name": "姓名", "card_no": "卡号", "id_number": "身份证号",
                                "issued_on": "签发日期", "acceptance_no": "受理编号",
                                "valid_until": "有效期至"}
    row = manifest.rows[0]
    assert row.extra == {"batch": "7", "card_no": "C001", "备注": "加急", "证件卡号": "C002",
                         "issued_on": "2026-11-03", "valid_until": "2046-11-03", "第10列": "超出表头"}
    assert row.problems == ()


def test_title_rows_above_the_header() -> None:
    title = "XX市公安局居民身份证到证清单 2026年11月,,"
    lines = [title, "制表单位：XX派出所,,", ",,", HEADER, f"{ACC[0]},{ID1},张三"]
    manifest = parse_manifest(csv_bytes(*lines), "x.csv")
    assert manifest.header_line == 4
    assert manifest.rows[0].line == 5


def test_header_is_only_searched_in_the_first_ten_rows() -> None:
    lines = [f"说明第{n}行" for n in range(10)] + [HEADER, f"{ACC[0]},{ID1},张三"]
    with pytest.raises(ManifestError, match="未找到表头"):
        parse_manifest(csv_bytes(*lines), "x.csv")


def test_missing_id_column_lists_found_and_accepted_names() -> None:
    with pytest.raises(ManifestError) as caught:
        parse_manifest(csv_bytes("受理编号,姓名,性别", f"{ACC[0]},张三,男"), "x.csv")
    message = caught.value.message
    assert "缺少必需的列：公民身份号码" in message
    assert "身份证号" in message and "id_number" in message
    assert "识别到的列：受理编号、姓名、性别" in message


def test_two_columns_for_one_required_field_is_refused() -> None:
    with pytest.raises(ManifestError, match="「身份证号」「证件号码」"):
        parse_manifest(csv_bytes("受理编号,身份证号,证件号码,姓名", f"{ACC[0]},{ID1},{ID1},张三"), "x.csv")


def test_a_bare_id_column_yields_to_a_real_id_number_column() -> None:
    manifest = parse_manifest(csv_bytes("ID,受理编号,身份证号,姓名", f"17,{ACC[0]},{ID1},张三"), "x.csv")
    assert manifest.columns["id_number"] == "身份证号"
    assert manifest.rows[0].extra == {"ID": "17"} and manifest.rows[0].ok


def test_header_only_is_refused() -> None:
    with pytest.raises(ManifestError, match="没有数据行"):
        parse_manifest(csv_bytes(HEADER, ",,", ""), "x.csv")


# ------------------------------------------------------------------------------------ normalisation


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  ４１０１  ", "4101"),
        ("\u00a0张三\u3000", "张三"),
        ("'0123", "0123"),
        ('="0123"', "0123"),
        ("= \"0123\" ", "0123"),
        ("\ufeff\u200b410\u200d", "410"),
        ("=SUM(A1)", "=SUM(A1)"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_full_width_digits_lowercase_x_and_stray_spaces() -> None:
    acc = "".join(chr(ord(c) + 0xFEE0) for c in ACC[0])  # full-width digits
    row = one_row(f" {acc} ,\u3000{ID_X.lower()[:6]} {ID_X.lower()[6:]}\u00a0, 张　三 ")
    assert (row.acceptance_no, row.id_number, row.name, row.problems) == (ACC[0], ID_X, "张三", ())


def test_excel_text_markers_are_removed() -> None:
    row = one_row(f'="{ACC[0]}",\'{ID1},\'李四')
    assert (row.acceptance_no, row.id_number, row.name, row.problems) == (ACC[0], ID1, "李四", ())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("阿依古丽 · 买买提", "阿依古丽·买买提"), ("阿依古丽•买买提", "阿依古丽·买买提"),
     ("阿依古丽.买买提", "阿依古丽·买买提"), ("JOHN   SMITH", "JOHN SMITH")],
)
def test_names(raw: str, expected: str) -> None:
    assert one_row(f"{ACC[0]},{ID1},{raw}").name == expected


# ----------------------------------------------------------------------------------------- problems


@pytest.mark.parametrize("raw", ["4.10105E+17", "4.10105e17", "4.10105E17", "4,10105E+17", "-4.1E+17"])
def test_scientific_notation_in_the_id_column_is_flagged_never_guessed(raw: str) -> None:
    row = one_row(f'{ACC[0]},"{raw}",张三')  # "4,10105E+17": decimal comma of a European-locale Excel
    assert row.id_number is None
    assert row.problems == (f"公民身份号码「{raw}」：{SCIENTIFIC_MESSAGE}",)


def test_scientific_notation_in_the_acceptance_column() -> None:
    row = one_row(f"4.10105E+21,{ID1},张三")
    assert row.acceptance_no is None
    assert row.problems == (f"受理编号「4.10105E+21」：{SCIENTIFIC_MESSAGE}",)


def test_trailing_point_zero_is_dropped_only_where_no_digit_was_lost() -> None:
    row = one_row(f"12345.0,{ID1},张三")
    assert row.acceptance_no == "12345"
    assert row.problems == ("受理编号「12345」应为22位数字（实际5位）",)
    row = one_row(f"{ACC[0]}.0,{ID1}.00,张三")
    assert (row.acceptance_no, row.id_number) == (None, None)
    assert row.problems == (
        f"受理编号「{ACC[0]}.0」：{FLOAT_MESSAGE}",
        f"公民身份号码「{ID1}.00」：{FLOAT_MESSAGE}",
    )


@pytest.mark.parametrize(
    ("acceptance", "problem"),
    [
        ("", "受理编号为空"),
        ("41010520261103", "受理编号「41010520261103」应为22位数字（实际14位）"),
        (ACC[0] + "1", f"受理编号「{ACC[0]}1」应为22位数字（实际23位）"),
        ("41010520261103000000A1", "受理编号「41010520261103000000A1」应为22位数字，含非数字字符"),
        ("4101052026110300000000",
         "受理编号「4101052026110300000000」末7位全为0，疑似被 Excel 当作数字导出而丢失，请核对"),
    ],
)
def test_acceptance_number_problems(acceptance: str, problem: str) -> None:
    assert one_row(f"{acceptance},{ID1},张三").problems == (problem,)


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (ID1, None),
        (ID_X, None),
        (ID1[:-1], "长度应为18位（实际17位）"),
        ("11010519491231", "长度应为18位（实际14位）"),
        ("11010519491231A038", "前17位应全为数字"),
        ("11010519491231003Y", "末位应为数字或 X"),
        ("110105194912310030", "校验码不符：按前17位计算末位应为 8，实际为 0，可能有数字录错"),
        ("320102200103010050", "校验码不符：按前17位计算末位应为 X，实际为 0，可能有数字录错"),
        ("110105194912311000", "末3位为000，可能是 Excel 当作数字导出时丢失了精度"),
        ("110105199902310010", "出生日期 19990231 不是有效日期"),
        ("110105209912310010", "出生日期 20991231 晚于今天"),
    ],
)
def test_id_number_problem(number: str, reason: str | None) -> None:
    got = id_number_problem(number)
    if reason is None:
        assert got is None
    else:
        assert got is not None and reason in got


def test_id_number_problem_in_a_row_names_field_and_value() -> None:
    assert one_row(f"{ACC[0]},110105194912310030,张三").problems == (
        "公民身份号码「110105194912310030」校验码不符：按前17位计算末位应为 8，实际为 0，可能有数字录错",
    )
    assert one_row(f"{ACC[0]},,张三").problems == ("公民身份号码为空",)


def test_empty_name_and_name_with_digits() -> None:
    assert one_row(f"{ACC[0]},{ID1},").problems == ("姓名为空",)
    assert one_row(f"{ACC[0]},{ID1},张3").problems == ("姓名「张3」含数字，可能是列错位",)


def test_duplicates_name_the_first_line() -> None:
    manifest = parse_manifest(
        csv_bytes("标题", HEADER, f"{ACC[0]},{ID1},张三", "", f"{ACC[0]},{ID1},张三", f"{ACC[1]},{ID1},张三",
                  f"{ACC[0]},{ID2},李四"),
        "x.csv",
    )
    assert [(r.line, r.problems) for r in manifest.rows] == [
        (3, ()),
        (5, (f"受理编号「{ACC[0]}」与第3行重复", f"公民身份号码「{ID1}」与第3行重复")),
        (6, (f"公民身份号码「{ID1}」与第3行重复",)),
        (7, (f"受理编号「{ACC[0]}」与第3行重复",)),
    ]
    assert [r.line for r in manifest.rows if r.problems] == [5, 6, 7]


def test_blank_rows_and_repeated_headers_are_skipped() -> None:
    lines = [HEADER, f"{ACC[0]},{ID1},张三", ",,", " , \u3000 ,", "", HEADER, f"{ACC[1]},{ID2},李四"]
    manifest = parse_manifest(csv_bytes(*lines), "x.csv")
    assert [(r.line, r.ok) for r in manifest.rows] == [(2, True), (7, True)]


def test_short_rows_do_not_break_parsing() -> None:
    row = one_row(f"{ACC[0]}")
    assert row.problems == ("公民身份号码为空", "姓名为空")


# --------------------------------------------------------------------------------------------- xlsx


def test_xlsx_with_numeric_cells_and_title_row() -> None:
    data = xlsx_bytes([
        ["XX市公安局居民身份证到证清单 2026年11月"],
        [],
        ["受理号", "身份证号", "姓名", "批次"],
        [ACC[0], float(ID1), "张三", 3],  # Excel turned the ID into a float
        [ACC[1], ID2, "李四", 3.0],
        [float(ACC[2]), ID_X, "王五", None],
    ])
    manifest = parse_manifest(data, "到证清单.xlsx")
    assert manifest.encoding == "xlsx" and manifest.header_line == 3
    first, second, third = manifest.rows
    assert (first.line, first.id_number) == (4, None)
    assert first.problems == (f"公民身份号码「1.10105E+17」：{SCIENTIFIC_MESSAGE}",)
    assert (second.line, second.id_number, second.extra, second.problems) == (5, ID2, {"batch": "3"}, ())
    assert third.acceptance_no is None
    assert third.problems == (f"受理编号「4.10105E+21」：{SCIENTIFIC_MESSAGE}",)


def test_xlsx_english_headers() -> None:
    manifest = parse_manifest(xlsx_bytes([["Acceptance No", "ID Number", "Name"], [ACC[0], ID1, "张三"]]),
                              "list.xlsx")
    assert manifest.rows[0].ok and manifest.rows[0].line == 2
