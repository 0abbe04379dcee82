"""Every file in tests/data/manifests/ (made by make_corpus.py) gets the verdict recorded here."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.manifest import ManifestError, parse_manifest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "manifests"

# file -> ("error", part of the message) | ("ok", encoding, data lines, {line: parts of its problems})
# Lines not listed under "ok" must have no problems.
EXPECTED: dict[str, tuple] = {
    "empty.csv": ("error", "文件为空"),
    "blank_lines.csv": ("error", "文件为空"),
    "header_only.csv": ("error", "表头（第1行）下面没有数据行"),
    "garbage.csv": ("error", "无法识别的文件编码"),
    "truncated.xlsx": ("error", "不是有效的 Excel 文件"),
    "not_really.xlsx": ("error", "不是有效的 Excel 文件"),
    "zip_not_excel.xlsx": ("error", "不是有效的 Excel 文件"),
    "legacy.xls": ("error", "旧版 Excel"),
    "html_export.xls": ("error", "网页（HTML/XML）格式"),
    "wrong_columns.csv": ("error", "未找到表头"),
    "missing_id_column.csv": ("error", "缺少必需的列：公民身份号码"),
    "two_id_columns.csv": ("error", "多列都表示公民身份号码"),
    "no_header.csv": ("error", "未找到表头"),
    "empty_sheet.xlsx": ("error", "工作表都是空的（已查看工作表：「Sheet」）"),
    "semicolon.csv": ("ok", "utf-8", [2, 3, 4], {}),
    "pipe_gbk.txt": ("ok", "gb18030", [2, 3, 4], {}),
    "excel_unicode_text.txt": ("ok", "utf-16-le", [2, 3, 4], {}),
    "utf16_no_bom.txt": ("ok", "utf-16-le", [2, 3, 4], {}),
    "utf8_bom_title_row.csv": ("ok", "utf-8-sig", [3, 4, 5], {}),
    "title_row.xlsx": ("ok", "xlsx", [4, 5, 6], {}),
    "english_headers.csv": ("ok", "utf-8", [2, 3, 4], {}),
    "excel_text_markers.csv": ("ok", "gb18030", [2, 3, 4], {}),
    "excel_numbers.xlsx": ("ok", "xlsx", [2, 3, 4, 5], {
        2: ["公民身份号码「1.10105E+17」：Excel 已将号码转为科学计数法"],
        4: ["受理编号「4.10105E+21」：Excel 已将号码转为科学计数法"],
    }),
    "mixed_problems.csv": ("ok", "utf-8", [3, 4, 5, 7, 8, 9, 10, 11, 12], {
        4: ["受理编号「4101052026」应为22位数字（实际10位）"],
        5: ["校验码不符：按前17位计算末位应为 8，实际为 0"],
        7: ["公民身份号码「4.10105E+17」：Excel 已将号码转为科学计数法"],
        8: ["出生日期 19990231 不是有效日期", "姓名为空"],
        9: ["受理编号「4101052026110300000001」与第3行重复"],
        10: ["长度应为18位（实际14位）"],
        11: ["15位以后的数字已丢失", "公民身份号码「440301198510153316」与第4行重复"],
        12: ["末7位全为0"],
    }),
}


def test_corpus_and_table_agree() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".py"}
    assert files == set(EXPECTED), "regenerate with make_corpus.py or update EXPECTED"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(name: str) -> None:
    expected = EXPECTED[name]
    data = (CORPUS / name).read_bytes()
    if expected[0] == "error":
        with pytest.raises(ManifestError) as caught:
            parse_manifest(data, name)
        assert expected[1] in caught.value.message
        return
    _, encoding, lines, problems = expected
    manifest = parse_manifest(data, name)
    assert manifest.encoding == encoding
    assert [r.line for r in manifest.rows] == lines
    for row in manifest.rows:
        wanted = problems.get(row.line, [])
        assert len(row.problems) == len(wanted), row.problems
        for part, got in zip(wanted, row.problems, strict=True):
            assert part in got
