"""Turning a dispatch list (到证清单) into checked rows: which column is which, cleaned values, problems.

Only file-level trouble (unreadable file, no header, missing columns) raises :class:`ManifestError`.
Anything wrong with a single row is reported in that row's ``problems`` — in Chinese, naming the field and
the value — so the clerk sees the whole list and can fix the few bad rows at the source.

This module finds the header and maps the columns; each cell is checked by :mod:`counter_app.domain.manifest_cells`,
which never guesses digits Excel has mangled.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from counter_app.domain.manifest_cells import (
    FIELD_LABELS,
    REQUIRED_FIELDS,
    checked_acceptance_no,
    checked_id_number,
    checked_name,
    clean_cell,
    clean_text,
    id_number_problem,
    invisible_notes,
    normalize_name,
)
from counter_app.domain.manifest_read import (
    Cell,
    ManifestError,
    RawTable,
    SheetChoiceNeeded,
    read_tables,
    sheet_names,
)
from counter_app.domain.typed_numbers import (
    FLOAT_MESSAGE,
    INVISIBLE_TABLE,
    SCIENTIFIC_MESSAGE,
)

__all__ = [
    "ALIASES", "FIELD_LABELS", "FLOAT_MESSAGE", "REQUIRED_FIELDS", "SCIENTIFIC_MESSAGE", "Manifest",
    "ManifestError", "ManifestRow", "SheetChoiceNeeded", "clean_text", "header_key", "id_number_problem",
    "normalize_name", "parse_manifest",
    "parse_table",
]

#: Header names accepted for each field, as written; matching goes through :func:`header_key`.
ALIASES: dict[str, tuple[str, ...]] = {
    "acceptance_no": ("受理编号", "受理号", "受理号码", "申请编号", "acceptance_no", "acceptance number",
                      "acceptance no", "application no", "application number"),
    "id_number": ("公民身份号码", "身份证号", "身份证号码", "证件号码", "身份号码", "id_number", "id number",
                  "id no", "id"),
    "name": ("姓名", "名字", "name"),
    "batch": ("批次", "批次号", "batch", "batch no"),
    "card_no": ("卡号", "证件卡号", "card_no", "card no"),
    "issued_on": ("签发日期", "issue date", "issued_on", "issued on"),
    "valid_until": ("有效期限", "有效期至", "valid_until", "valid until"),
}
# A bare "ID" column is often a serial number; a more specific ID-number header in the same file wins.
WEAK_ALIASES = frozenset({"id"})
HEADER_SEARCH_ROWS = 10

_HEADER_NOISE = re.compile(r"\(.*?\)|\[.*?\]|【.*?】|[\s_\-.*:#]")  # "身份证号(18位)*" -> "身份证号"

_ALIAS_TO_FIELD: dict[str, str] = {}


def header_key(text: str) -> str:
    """Matching form of a header: NFKC, lower case, no spaces/underscores/punctuation or bracketed notes."""
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", text).translate(INVISIBLE_TABLE).lower())


for _field, _names in ALIASES.items():
    for _name in _names:
        _ALIAS_TO_FIELD[header_key(_name)] = _field


@dataclass(frozen=True)
class ManifestRow:
    """One data row. Values are only trustworthy when ``problems`` is empty.

    ``acceptance_no``/``id_number`` are None when the cell is empty or Excel destroyed the number.
    ``extra`` holds the optional fields under their field names (``batch``, ``card_no`` ...) and any other
    column under its header text.
    """

    line: int  # 1-based row number as Excel shows it
    acceptance_no: str | None
    id_number: str | None
    name: str
    extra: dict[str, str] = field(default_factory=dict, hash=False)
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # harmless things cleaned up (invisible characters), told but not refused

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Manifest:
    """A parsed dispatch list. ``columns`` maps each recognised field to its header text in the file."""

    encoding: str
    rows: tuple[ManifestRow, ...]
    columns: dict[str, str] = field(hash=False)
    header_line: int = 1
    sheet: str | None = None  # the worksheet read, for workbooks


def parse_manifest(data: bytes, filename: str, sheet: str | None = None) -> Manifest:
    """Read and check a dispatch list file. Raises :class:`ManifestError` only for file-level problems.

    In a workbook every sheet is searched for the header; when several sheets hold a list, ``sheet`` must name
    one (otherwise :class:`SheetChoiceNeeded` lists them).
    """
    tables = read_tables(data, filename)
    names = tuple(t.sheet for t in tables if t.sheet is not None)
    if sheet is not None:
        if not names:
            raise ManifestError(f"该文件不是 Excel 工作簿，没有工作表「{sheet}」，请不要指定工作表")
        chosen = [t for t in tables if t.sheet == sheet]
        if not chosen:
            raise ManifestError(f"Excel 文件中没有名为「{sheet}」的非空工作表（现有：{sheet_names(names)}）")
        return _parse_sheet(chosen[0], names)
    if len(tables) == 1:
        return _parse_sheet(tables[0], names)
    found: list[Manifest] = []
    failures: list[str] = []
    for table in tables:
        try:
            found.append(parse_table(table))
        except ManifestError as exc:
            failures.append(f"「{table.sheet}」：{exc.message}")
    if len(found) > 1:
        raise SheetChoiceNeeded(tuple(m.sheet or "" for m in found))
    if found:
        return found[0]
    raise ManifestError(f"没有一个工作表是到证清单（已查看工作表：{sheet_names(names)}）。\n" + "\n".join(failures))


def _parse_sheet(table: RawTable, names: tuple[str, ...]) -> Manifest:
    """One table; a workbook's errors say which sheets were looked at."""
    try:
        return parse_table(table)
    except ManifestError as exc:
        if not names:
            raise
        raise ManifestError(f"{exc.message}（工作表「{table.sheet}」；已查看工作表：{sheet_names(names)}）") from exc


def parse_table(table: RawTable) -> Manifest:
    """Map columns and check every data row of an already-read table."""
    header_line, header = _find_header(table.rows)
    columns, field_index, extra_index = _map_columns(header, header_line)
    required_cols = [field_index[f] for f in REQUIRED_FIELDS]
    first_seen: dict[tuple[str, str], int] = {}
    rows: list[ManifestRow] = []
    for line in range(header_line + 1, len(table.rows) + 1):
        raw = table.rows[line - 1]
        cells = [clean_cell(c) for c in raw]
        if not any(cells):  # LossyNumber is truthy, so a row with only a mangled number is kept
            continue
        acc_cell, id_cell, name_cell = (cells[i] if i < len(cells) else "" for i in required_cols)
        if isinstance(acc_cell, str) and _ALIAS_TO_FIELD.get(header_key(acc_cell)) == "acceptance_no":
            continue  # the header repeated (lists glued together, or printed with a header on every page)
        problems: list[str] = []
        acceptance_no = checked_acceptance_no(acc_cell, problems)
        id_number = checked_id_number(id_cell, problems)
        name = checked_name(str(name_cell), problems)
        for key, value in (("acceptance_no", acceptance_no), ("id_number", id_number)):
            if value is None:
                continue
            first = first_seen.setdefault((key, value), line)
            if first != line:
                problems.append(f"{FIELD_LABELS[key]}「{value}」与第{first}行重复")
        extra = {key: str(cells[i]) if i < len(cells) else "" for key, i in extra_index}
        for i in range(len(header), len(cells)):  # data sticking out right of the header
            if cells[i]:
                extra[f"第{i + 1}列"] = str(cells[i])
        notes = tuple(invisible_notes(raw, required_cols[:2]))
        rows.append(ManifestRow(line, acceptance_no, id_number, name, extra, tuple(problems), notes))
    if not rows:
        raise ManifestError(f"表头（第{header_line}行）下面没有数据行")
    return Manifest(encoding=table.encoding, rows=tuple(rows), columns=columns, header_line=header_line,
                    sheet=table.sheet)


# ------------------------------------------------------------------------------------------ columns


def _find_header(rows: tuple[tuple[Cell, ...], ...]) -> tuple[int, list[str]]:
    """Return (1-based line, cleaned cells) of the row naming the most known fields among the first
    non-blank rows; title rows above the header name none."""
    best: tuple[int, int, list[str]] | None = None
    first_texts: list[str] = []
    looked_at = 0
    for index, row in enumerate(rows):
        texts = [str(clean_cell(c)) for c in row]
        if not any(texts):
            continue
        first_texts = first_texts or texts
        score = len({_ALIAS_TO_FIELD[k] for k in map(header_key, texts) if k in _ALIAS_TO_FIELD})
        if score and (best is None or score > best[0]):
            best = (score, index + 1, texts)
        looked_at += 1
        if looked_at == HEADER_SEARCH_ROWS:
            break
    if best is None:
        shown = "、".join([t if len(t) <= 24 else t[:23] + "…" for t in first_texts if t][:6])
        raise ManifestError(
            f"未找到表头：前{HEADER_SEARCH_ROWS}行中没有可识别的列名（第一行内容：{shown}）。"
            f"表头需包含以下列：{_accepted_names(REQUIRED_FIELDS)}"
        )
    return best[1], best[2]


def _accepted_names(fields: tuple[str, ...] | list[str]) -> str:
    return "；".join(f"{FIELD_LABELS[f]}（可用列名：{'、'.join(ALIASES[f])}）" for f in fields)


def _map_columns(
    header: list[str], header_line: int
) -> tuple[dict[str, str], dict[str, int], list[tuple[str, int]]]:
    """Return (field → header text, field → column index, [(extra key, column index)])."""
    found: dict[str, list[int]] = {}
    extra_index: list[tuple[str, int]] = []
    for i, text in enumerate(header):
        known = _ALIAS_TO_FIELD.get(header_key(text))
        if known:
            found.setdefault(known, []).append(i)
        elif text:
            extra_index.append((text, i))
    for known, indexes in found.items():
        strong = [i for i in indexes if header_key(header[i]) not in WEAK_ALIASES]
        if strong and len(strong) < len(indexes):
            found[known] = strong
            extra_index += [(header[i], i) for i in indexes if i not in strong]
    for known in REQUIRED_FIELDS:
        if len(found.get(known, ())) > 1:
            names = "".join(f"「{header[i]}」" for i in found[known])
            raise ManifestError(
                f"第{header_line}行有多列都表示{FIELD_LABELS[known]}：{names}，无法确定使用哪一列，"
                "请删除或改名多余的列"
            )
    missing = [f for f in REQUIRED_FIELDS if f not in found]
    if missing:
        present = "、".join(t for t in header if t) or "（无）"
        raise ManifestError(
            f"缺少必需的列：{_accepted_names(missing)}。第{header_line}行识别到的列：{present}"
        )
    field_index = {f: indexes[0] for f, indexes in found.items()}
    # A repeated optional column is not worth refusing the file: the first wins, the others stay visible.
    extra_index += [(header[i], i) for f, indexes in found.items() if f not in REQUIRED_FIELDS
                    for i in indexes[1:]]
    extra_index += [(f, i) for f, i in field_index.items() if f not in REQUIRED_FIELDS]
    used: set[str] = set()
    for n, (key, i) in enumerate(extra_index):  # two columns with the same header must not overwrite
        if key in used:
            extra_index[n] = (f"{key}（第{i + 1}列）", i)
        used.add(extra_index[n][0])
    columns = {f: header[i] for f, i in field_index.items()}
    return columns, field_index, extra_index


