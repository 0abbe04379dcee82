"""The stand-in sdtapi library (sdtapi_standin.c), built with the system C compiler into a temporary folder."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from counter_app.domain.id_card import IdCardData, build_base_message

SOURCE = Path(__file__).with_name("sdtapi_standin.c")

ZHANG = IdCardData(name="张晓红", sex_code="2", nation_code="01", birth_date=date(1949, 12, 31),
                   address="北京市朝阳区建国路1号院2号楼301", id_number="11010519491231002X",
                   issuer="北京市公安局朝阳分局",
                   valid_from=date(2016, 5, 1), valid_until=None)
LI = IdCardData(name="李四", sex_code="2", nation_code="03", birth_date=date(1990, 3, 7),
                address="北京市海淀区中关村大街27号", id_number="110108199003070024", issuer="北京市公安局海淀分局",
                valid_from=date(2012, 1, 1), valid_until=date(2022, 1, 1))


def build(folder: Path) -> Path:
    """Compile the stand-in into ``folder``; skipped without a compiler here, an error in CI."""
    compiler = shutil.which(os.environ.get("CC", "cc"))
    if compiler is None:
        if os.environ.get("CI"):
            raise RuntimeError("a C compiler is required in CI (.ci/run installs gcc)")
        pytest.skip("no C compiler")
    target = folder / "libsdtapi.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-O1", "-o", str(target), str(SOURCE)], check=True,
                   capture_output=True)
    return target


class StandIn:
    """The controls of the loaded stand-in (the adapter loads the same file, so they act on what it sees)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lib = ctypes.CDLL(str(path))

    def reset(self, port: int = 1001) -> None:
        self.lib.Standin_SetReader(port)
        self.lib.Standin_RemoveCard()
        self.lib.Standin_FailReads(0)

    def put(self, card: IdCardData | bytes) -> None:
        data = card if isinstance(card, bytes) else build_base_message(card)
        self.lib.Standin_SetCard(data, len(data))

    def remove(self) -> None:
        self.lib.Standin_RemoveCard()

    def unplug(self) -> None:
        self.lib.Standin_SetReader(0)

    def fail_reads(self, on: bool = True) -> None:
        self.lib.Standin_FailReads(int(on))

    @property
    def open_port(self) -> int:
        return self.lib.Standin_OpenPort()

    @property
    def closed(self) -> int:
        return self.lib.Standin_ClosedCount()
