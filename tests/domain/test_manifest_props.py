"""Property tests: valid lists round-trip; no input makes the parser raise anything but ManifestError."""

from __future__ import annotations

import codecs
import datetime as dt
import io

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from counter_app.domain.manifest import ManifestError, parse_manifest

# The aliases as the brief lists them, kept here on purpose rather than imported from the module.
ALIASES = {
    "acceptance_no": ["受理编号", "受理号", "受理号码", "申请编号", "acceptance_no", "acceptance number",
                      "application no"],
    "id_number": ["公民身份号码", "身份证号", "身份证号码", "证件号码", "身份号码", "id_number", "id no",
                  "id"],
    "name": ["姓名", "名字", "name"],
}
NAMES = ["张三", "李四", "王小明", "陈", "欧阳娜娜", "司马相如", "诸葛亮", "阿依古丽·买买提", "赵钱孙",
         "周杰", "吴用", "郑成功", "尼玛次仁", "爱新觉罗·溥仪", "黄蓉", "龚自珍", "褚遂良"]
REGIONS = ["110105", "310115", "440301", "410105", "650102", "540102", "320102"]
PADDING = ["", " ", "  ", "\u3000", "\u00a0", " \u3000"]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16"]


def _is_invalid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def test_name_pool_cannot_pass_for_utf8_in_gb18030() -> None:
    # Otherwise a GB18030 file made only of such names would legitimately be read as UTF-8 mojibake.
    assert all(_is_invalid_utf8(n.encode("gb18030")) for n in NAMES)


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2024, 12, 31)))
    body = f"{draw(st.sampled_from(REGIONS))}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return body + ric.calc_check_digit(body + "0")


acceptance_numbers = st.from_regex(r"[0-9]{22}", fullmatch=True).filter(lambda s: not s.endswith("0000000"))
people = st.tuples(acceptance_numbers, id_numbers(), st.sampled_from(NAMES))


def _header_variant(draw: st.DrawFn, field: str) -> str:
    alias = draw(st.sampled_from(ALIASES[field]))
    if alias.isascii():
        alias = draw(st.sampled_from([alias, alias.upper(), alias.title()]))
    return draw(st.sampled_from(PADDING)) + alias + draw(st.sampled_from(PADDING))


@st.composite
def manifests(draw: st.DrawFn) -> tuple[bytes, str, list[tuple[str, str, str]], int]:
    """(file bytes, encoding, rows, line number of the first data row)."""
    rows = draw(st.lists(people, min_size=1, max_size=15, unique_by=(lambda p: p[0], lambda p: p[1])))
    encoding = draw(st.sampled_from(ENCODINGS))
    delimiter = "\t" if encoding == "utf-16" else draw(st.sampled_from([",", ";", "\t", "|"]))
    order = draw(st.permutations([0, 1, 2]))
    fields = ["acceptance_no", "id_number", "name"]
    header = [_header_variant(draw, fields[i]) for i in order]
    lines = [header]
    if draw(st.booleans()):
        lines.insert(0, ["XX市公安局居民身份证到证清单 2026年11月"])
    for person in rows:
        cells = [person[i] for i in order]
        if draw(st.booleans()):  # people type the check character in lower case
            cells = [c.lower() if c[-1:] == "X" else c for c in cells]
        lines.append([draw(st.sampled_from(PADDING)) + c + draw(st.sampled_from(PADDING)) for c in cells])
    newline = draw(st.sampled_from(["\r\n", "\n"]))
    text = newline.join(delimiter.join(cells) for cells in lines) + newline
    return text.encode(encoding), encoding, rows, len(lines) - len(rows) + 1


@settings(max_examples=150, deadline=None)
@given(manifests())
def test_valid_rows_round_trip(case: tuple[bytes, str, list[tuple[str, str, str]], int]) -> None:
    data, _encoding, rows, first_line = case
    manifest = parse_manifest(data, "清单.csv")
    assert [(r.acceptance_no, r.id_number, r.name) for r in manifest.rows] == rows
    assert [r.line for r in manifest.rows] == list(range(first_line, first_line + len(rows)))
    assert all(r.problems == () and r.extra == {} for r in manifest.rows)


FILENAMES = st.sampled_from(["清单.csv", "清单.xlsx", "清单.txt", "清单.xls", "清单", "LIST.XLSX"])


def _parse_or_refuse(data: bytes, filename: str) -> None:
    try:
        parse_manifest(data, filename)
    except ManifestError as exc:
        assert exc.message  # every refusal carries a message for the clerk


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000), FILENAMES)
def test_random_bytes_never_raise_anything_else(data: bytes, filename: str) -> None:
    _parse_or_refuse(data, filename)


PREFIXES = [b"", b"PK\x03\x04", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "受理编号,身份证号,姓名\r\n".encode()]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PREFIXES), st.binary(max_size=2000), FILENAMES)
def test_random_bytes_behind_a_plausible_start(prefix: bytes, data: bytes, filename: str) -> None:
    _parse_or_refuse(prefix + data, filename)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500), st.sampled_from(ENCODINGS), FILENAMES)
def test_random_text_in_any_encoding(text: str, encoding: str, filename: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # lone surrogates
        return
    _parse_or_refuse(data, filename)


def _sample_files() -> list[bytes]:
    rows = [["受理编号", "身份证号", "姓名"], ["4101052026110300000001", "110105194912310038", "张三"]]
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    text = "".join("\t".join(r) + "\r\n" for r in rows)
    return [buffer.getvalue(), text.encode("utf-16"), text.encode("gb18030")]


SAMPLES = _sample_files()


@pytest.mark.parametrize("sample", range(len(SAMPLES)))
def test_samples_are_valid(sample: int) -> None:
    assert parse_manifest(SAMPLES[sample], "x.xlsx").rows[0].ok


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_files_never_raise_anything_else(data: st.DataObject) -> None:
    raw = bytearray(data.draw(st.sampled_from(SAMPLES)))
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    _parse_or_refuse(bytes(raw), data.draw(FILENAMES))
