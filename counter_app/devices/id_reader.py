"""The second-generation ID-card reader (二代证读卡器) through the vendors' common sdtapi library.

The readers sold for counters (华视, 神思, 新中新, …) ship ``sdtapi.dll`` (``libsdtapi.so`` for Linux) with the
same entry points, checked against the vendors' published headers and SDK manuals (see README "Devices"):

    int SDT_OpenPort(int port)                              0x90 opened
    int SDT_ClosePort(int port)                             0x90 closed
    int SDT_StartFindIDCard(int port, uchar iin[4], int ifOpen)   0x9f card found, 0x80 none
    int SDT_SelectIDCard(int port, uchar sn[8], int ifOpen)       0x90 selected, 0x81 failed
    int SDT_ReadBaseMsg(int port, uchar text[256], uint *textLen, uchar photo[1024], uint *photoLen, int ifOpen)
                                                             0x90 read

Ports 1001–1016 are USB readers, 1–16 serial ones. On Windows the functions are stdcall (``WinDLL``); the Linux
library uses the C convention (``CDLL``). Every call here is blocking and talks to a device: call ``read`` from a
worker thread, never from the GUI thread.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Protocol

from counter_app.domain.errors import DomainError
from counter_app.domain.id_card import IdCardData, IdCardDataError, parse_base_message

log = logging.getLogger(__name__)

OK = 0x90
CARD_FOUND = 0x9F
NO_CARD = (0x80, 0x81)  # "find failed" / "select failed": nothing on the reader
USB_PORTS = tuple(range(1001, 1017))
SERIAL_PORTS = tuple(range(1, 17))
TEXT_BYTES = 256
PHOTO_BYTES = 1024
# Some vendors' libraries write past the documented sizes; the buffers leave room so that cannot corrupt memory.
_SLACK = 1024
DEFAULT_LIBRARY = "sdtapi.dll" if sys.platform == "win32" else "libsdtapi.so"


class ReaderError(DomainError):
    """The reader cannot give a card now; ``reason`` is no_library, no_reader or read_failed."""


class IdReader(Protocol):
    def read(self) -> IdCardData | None:
        """The card on the reader, or None when there is none; ReaderError when the reader cannot be used."""

    def close(self) -> None: ...


def library_candidates(setting: str, program_dir: Path | None = None) -> list[Path]:
    """Where to look for the library: the configured path, else the default name beside the program or on PATH."""
    if setting:
        return [Path(setting)]
    here = program_dir or Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0] or ".").resolve().parent
    folders = [here, *(Path(p) for p in os.environ.get("PATH", "").split(os.pathsep) if p)]
    return [folder / DEFAULT_LIBRARY for folder in folders]


def find_library(setting: str, program_dir: Path | None = None) -> Path | None:
    """The first existing candidate, or None (no reader software installed on this computer)."""
    return next((path for path in library_candidates(setting, program_dir) if path.is_file()), None)


def _load(path: Path) -> ctypes.CDLL:
    loader: Callable[[str], ctypes.CDLL] = getattr(ctypes, "WinDLL", ctypes.CDLL) if sys.platform == "win32" \
        else ctypes.CDLL
    library = loader(str(path))
    c_int, c_buffer, c_uint_p = ctypes.c_int, ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint)
    signatures: dict[str, list[type]] = {
        "SDT_OpenPort": [c_int],
        "SDT_ClosePort": [c_int],
        "SDT_StartFindIDCard": [c_int, c_buffer, c_int],
        "SDT_SelectIDCard": [c_int, c_buffer, c_int],
        "SDT_ReadBaseMsg": [c_int, c_buffer, c_uint_p, c_buffer, c_uint_p, c_int],
    }
    for name, argtypes in signatures.items():
        function = getattr(library, name)  # AttributeError: not a reader library
        function.argtypes = argtypes
        function.restype = c_int
    return library


class SdtApiReader:
    """A reader behind the sdtapi library; the port is found on first use (USB first) and kept open."""

    def __init__(self, library: str = "", port: int = 0, *, today: Callable[[], date] = date.today,
                 program_dir: Path | None = None) -> None:
        self.library_setting = library
        self.port_setting = port  # 0: find it
        self.today = today
        self.program_dir = program_dir
        self._library: ctypes.CDLL | None = None
        self.port: int | None = None

    def _lib(self) -> ctypes.CDLL:
        if self._library is None:
            path = find_library(self.library_setting, self.program_dir)
            where = self.library_setting or f"{DEFAULT_LIBRARY}（程序目录或 PATH 中）"
            if path is None:
                raise ReaderError("no_library", f"找不到读卡器驱动库 {where}，请在“设置”中指定读卡器驱动库的位置")
            try:
                self._library = _load(path)
            except (OSError, AttributeError) as exc:
                log.warning("cannot load reader library %s: %s", path, exc)
                raise ReaderError("no_library", f"读卡器驱动库 {path} 无法加载：{exc}") from None
        return self._library

    def ports(self) -> Iterable[int]:
        return (self.port_setting,) if self.port_setting else USB_PORTS + SERIAL_PORTS

    def open(self) -> int:
        """Open the configured port, or the first port a reader answers on; ReaderError("no_reader") if none."""
        if self.port is not None:
            return self.port
        lib = self._lib()
        for port in self.ports():
            if lib.SDT_OpenPort(port) == OK:
                self.port = port
                log.info("ID-card reader found on port %d", port)
                return port
        where = f"端口 {self.port_setting}" if self.port_setting else "USB 端口 1001–1016 和串口 1–16"
        raise ReaderError("no_reader", f"未找到身份证读卡器（已查找{where}），请检查读卡器连接")

    def read(self) -> IdCardData | None:
        lib = self._lib()
        port = self.open()
        iin = ctypes.create_string_buffer(4 + _SLACK)
        found = lib.SDT_StartFindIDCard(port, iin, 0)
        if found in NO_CARD:
            return None
        if found != CARD_FOUND:
            # Anything else is the port failing (reader unplugged): find it again next time.
            self.close()
            raise ReaderError("no_reader", f"身份证读卡器没有响应（返回 0x{found & 0xFF:02X}），请检查读卡器连接")
        serial = ctypes.create_string_buffer(8 + _SLACK)
        if lib.SDT_SelectIDCard(port, serial, 0) != OK:
            raise ReaderError("read_failed", "读卡失败：证件没有放稳，请将证件平放在读卡器上")
        text = ctypes.create_string_buffer(TEXT_BYTES + _SLACK)
        photo = ctypes.create_string_buffer(PHOTO_BYTES + _SLACK)
        text_len, photo_len = ctypes.c_uint(0), ctypes.c_uint(0)
        status = lib.SDT_ReadBaseMsg(port, text, ctypes.byref(text_len), photo, ctypes.byref(photo_len), 0)
        if status != OK:
            raise ReaderError("read_failed", f"读卡失败（读卡器返回 0x{status & 0xFF:02X}），请将证件重新放在读卡器上")
        length = min(text_len.value, TEXT_BYTES)
        try:
            return parse_base_message(text.raw[:length], today=self.today())
        except IdCardDataError as exc:
            raise ReaderError("read_failed", f"读卡失败：{exc.message}") from None

    def close(self) -> None:
        if self.port is not None and self._library is not None:
            self._library.SDT_ClosePort(self.port)
        self.port = None
