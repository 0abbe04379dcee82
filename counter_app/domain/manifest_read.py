"""Reading a dispatch list (到证清单) file into a plain table of cells: bytes in, rows of cells out.

This layer knows about file formats and encodings only; what the columns mean is decided in
:mod:`counter_app.domain.manifest`. Everything a clerk can pick in a file dialog must end either in a
:class:`RawTable` or in a :class:`ManifestError` with a message the clerk can act on — never in another
exception, because the import dialog shows ``ManifestError.message`` and nothing else.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import os
import stat
import warnings
from collections import Counter
from dataclasses import dataclass

# A dispatch list is a few hundred rows; anything this big is the wrong file and would only freeze the UI.
# The one place this limit lives: the file is checked against it before reading, and bytes handed in after.
MAX_BYTES = 50 * 1024 * 1024
_MB = 1024 * 1024

#: Delimiters offices actually produce: Excel (comma; semicolon in some locales), "Unicode text" (tab),
#: exports from police back-office systems (vertical bar).
DELIMITERS = (",", "\t", ";", "|")

_ZIP_MAGIC = b"PK\x03\x04"
# OLE2 compound file: legacy .xls, WPS .et, and also any password-protected .xlsx.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_EXCEL_NAMES = (".xlsx", ".xlsm")
# Excel keeps 15 significant digits; a stored float at or above this has lost digits of an ID number.
_EXACT_FLOAT_LIMIT = 1e15
_UNKNOWN_ENCODING = "无法识别的文件编码（文件可能不是文本表格）"
_NOT_A_FILE = "所选的不是普通文件（可能是文件夹、设备或管道），请选择导出的到证清单文件"
_NOT_EXCEL = "不是有效的 Excel 文件（文件可能已损坏或未完整复制），请重新导出或改用 CSV"


class ManifestError(Exception):
    """The file as a whole cannot be used; ``message`` is Chinese and meant for the clerk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SheetChoiceNeeded(ManifestError):
    """More than one sheet of a workbook holds a dispatch list: the clerk must say which (``sheets``)."""

    def __init__(self, sheets: tuple[str, ...]) -> None:
        super().__init__(f"该 Excel 文件有多个工作表都像到证清单：{sheet_names(sheets)}，请选择要导入的工作表"
                         "（命令行：--sheet 工作表名称）")
        self.sheets = sheets


@dataclass(frozen=True, slots=True)
class LossyNumber:
    """A spreadsheet cell stored as a floating-point number too large to keep every digit.

    Excel does this to an ID or acceptance number typed into a "General" cell. ``text`` is what Excel
    shows (e.g. ``4.10105E+17``); the real digits are gone, so callers must flag it, never use it.
    """

    text: str

    def __str__(self) -> str:
        return self.text


Cell = str | LossyNumber


@dataclass(frozen=True)
class RawTable:
    """Cells exactly as read, before any cleaning. ``rows[i]`` is row ``i + 1`` as Excel would number it."""

    rows: tuple[tuple[Cell, ...], ...]
    encoding: str  # codec used for text files ("utf-8", "gb18030", ...); "xlsx" for Excel workbooks
    delimiter: str | None = None  # None for Excel workbooks
    sheet: str | None = None  # the worksheet's name; None for text files


def _too_big(size: int) -> ManifestError:
    return ManifestError(f"文件过大（{size // _MB} MB，上限 {MAX_BYTES // _MB} MB），不像到证清单，请确认选择的文件")


def read_manifest_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a dispatch-list file, refused before reading if it is not a regular file or is too big.

    A device (``/dev/zero``), a pipe or a folder never ends or never starts; a huge file is the wrong one. Both are
    told apart by ``stat`` alone, and the read itself is bounded, so a file that grows meanwhile cannot push memory
    past the limit. ``OSError`` (missing file, no permission) is left to the caller, who names the path.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise ManifestError(_NOT_A_FILE)
    if info.st_size > MAX_BYTES:
        raise _too_big(info.st_size)
    # O_NONBLOCK: should the path be swapped for a pipe after the check, opening it must not wait for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb", buffering=0) as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ManifestError(_NOT_A_FILE)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = handle.read(min(_MB, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if size > MAX_BYTES:
        raise _too_big(size)
    return b"".join(chunks)


def read_tables(data: bytes, filename: str) -> tuple[RawTable, ...]:
    """Read a delimited text file (one table) or every non-empty sheet of an XLSX workbook.

    The content decides the format, not the name: back-office systems often export text or HTML under an
    ``.xls`` name. Raises :class:`ManifestError` for anything that is not a readable, non-empty table.
    """
    if not data:
        raise ManifestError("文件为空")
    if len(data) > MAX_BYTES:
        raise _too_big(len(data))
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(data)
    if data.startswith(_OLE_MAGIC):
        raise ManifestError(
            "这是旧版 Excel（.xls/.et）或设置了密码的 Excel 文件，无法直接读取；"
            "请在 Excel 中另存为 .xlsx（不设密码）或 CSV 后再导入"
        )
    try:
        text, encoding = decode_text(data)
    except ManifestError as exc:
        # A ".xlsx" that is neither a zip nor text was damaged; say so rather than talk about encodings.
        if filename.lower().endswith(_EXCEL_NAMES):
            raise ManifestError(_NOT_EXCEL) from exc
        raise
    table = _read_text(text, encoding)
    if all(is_blank_row(row) for row in table.rows):
        raise ManifestError("文件为空（没有任何内容）")
    return (table,)


def is_blank_row(row: tuple[Cell, ...]) -> bool:
    """True when no cell holds anything but whitespace (a rough test; cleaning may blank more cells)."""
    return not any(isinstance(c, LossyNumber) or c.strip() for c in row)


# --------------------------------------------------------------------------------------------- Excel


def _read_xlsx(data: bytes) -> tuple[RawTable, ...]:
    """Every sheet with content: a centre's workbook may open with a cover or notes sheet."""
    import openpyxl  # ≈ 0.15 s of imports: loaded when a workbook is read, not when the window starts

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles/extensions it ignores; irrelevant to us and noisy in logs.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises a zoo of types (BadZipFile, KeyError, XML errors ...)
        raise ManifestError(_NOT_EXCEL) from exc
    tables: list[RawTable] = []
    try:
        if not workbook.worksheets:
            raise ManifestError("Excel 文件中没有工作表")
        names = [sheet.title for sheet in workbook.worksheets]
        for sheet in workbook.worksheets:
            # The stored dimension is often wrong in files written by other tools; trust the actual rows instead.
            sheet.reset_dimensions()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rows = tuple(
                    _trim(tuple(_excel_cell(v) for v in row))
                    for row in sheet.iter_rows(min_row=1, values_only=True)
                )
            if not all(is_blank_row(row) for row in rows):
                tables.append(RawTable(rows=rows, encoding="xlsx", sheet=sheet.title))
    except ManifestError:
        raise
    except Exception as exc:  # a damaged sheet XML surfaces only while iterating
        raise ManifestError(_NOT_EXCEL) from exc
    finally:
        workbook.close()
    if not tables:
        raise ManifestError(f"Excel 文件的工作表都是空的（已查看工作表：{sheet_names(names)}）")
    return tuple(tables)


def sheet_names(names: list[str] | tuple[str, ...]) -> str:
    """「封面」「清单」: how sheets are named in messages."""
    return "".join(f"「{name}」" for name in names)


def _excel_cell(value: object) -> Cell:
    """Render a cell value as the clerk sees it in Excel, keeping integers' digits intact."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):  # before int: bool is an int subclass
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if abs(value) >= _EXACT_FLOAT_LIMIT:
            return LossyNumber(f"{value:.6G}")
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _trim(row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    end = len(row)
    while end and row[end - 1] == "":
        end -= 1
    return row[:end]


# ---------------------------------------------------------------------------------------------- text


def _read_text(text: str, encoding: str) -> RawTable:
    head = text[:4096].lstrip().lower()
    if head.startswith("<") and ("<table" in head or "<html" in head or "<workbook" in head):
        raise ManifestError("该文件实际是网页（HTML/XML）格式，请用 Excel 打开后另存为 .xlsx 或 CSV 再导入")
    delimiter = sniff_delimiter(text)
    try:
        rows = tuple(tuple(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:  # e.g. a "field" longer than the csv module's limit: not a table
        raise ManifestError("文件内容不是有效的表格（CSV）格式") from exc
    return RawTable(rows=rows, encoding=encoding, delimiter=delimiter)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file; return ``(text, codec name)``.

    Order matters: a BOM is authoritative; strict UTF-8 almost never accepts GBK Chinese by accident,
    while GB18030 accepts nearly any byte soup, so it comes after; charset-normalizer is a last guess.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom) :].decode(codec)), name
            except UnicodeDecodeError as exc:
                raise ManifestError(f"文件开头标明为 {name} 编码，但内容无法按此编码读取") from exc
    if b"\x00" in data[:4096]:
        return _decode_utf16_without_bom(data)
    for codec in ("utf-8", "gb18030"):
        try:
            return _check_text(data.decode(codec)), codec
        except UnicodeDecodeError:
            continue
    import charset_normalizer  # the last guess, rarely reached: loaded then, not at start-up

    try:
        best = charset_normalizer.from_bytes(data).best()
        text = None if best is None else str(best)
    except Exception as exc:  # a heuristic library fed hostile bytes: any failure means "unknown"
        raise ManifestError(_UNKNOWN_ENCODING) from exc
    if best is None or text is None:
        raise ManifestError(_UNKNOWN_ENCODING)
    return _check_text(text), best.encoding


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """Some tools write UTF-16 without a BOM; ASCII-heavy text then has a NUL in every other byte."""
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    codec = "utf-16-le" if odd_nuls > half * 0.3 > even_nuls else None
    if codec is None and even_nuls > half * 0.3 > odd_nuls:
        codec = "utf-16-be"
    if codec is None or len(data) % 2:
        raise ManifestError(_UNKNOWN_ENCODING)
    try:
        return _check_text(data.decode(codec)), codec
    except UnicodeDecodeError as exc:
        raise ManifestError(_UNKNOWN_ENCODING) from exc


def _check_text(text: str) -> str:
    """Reject "text" that is really binary: decoders happily turn random bytes into control characters."""
    controls = sum(1 for ch in text[:65536] if ch < " " and ch not in "\t\r\n")
    if "\x00" in text or controls > max(2, len(text[:65536]) // 200):
        raise ManifestError(_UNKNOWN_ENCODING)
    return text


def sniff_delimiter(text: str) -> str:
    """Pick the delimiter giving the most rows with the same (>1) number of fields.

    ``csv.Sniffer`` is thrown off by title rows and Chinese text; counting consistent field counts over
    the first lines is simpler and has proven enough for these lists. Falls back to comma.
    """
    lines = text[:65536].splitlines()[:50]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(f.strip() for f in r)]
        except csv.Error:
            continue
        common = Counter(c for c in counts if c > 1).most_common(1)
        if common:
            width, frequency = common[0]
            if (frequency, width) > best_score:
                best, best_score = delimiter, (frequency, width)
    return best
