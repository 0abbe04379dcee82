"""The real ctypes adapter against a stand-in sdtapi library with the vendors' entry points and buffer layout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from counter_app.devices.id_reader import ReaderError, SdtApiReader, find_library, library_candidates
from counter_app.domain.id_card import build_base_message
from tests.devices.standin import LI, ZHANG


def _reader(standin, port: int = 0) -> SdtApiReader:
    return SdtApiReader(str(standin.path), port, today=lambda: date(2026, 12, 2))


def test_reads_a_card_found_on_the_usb_port(standin) -> None:
    reader = _reader(standin)
    assert reader.read() is None  # the reader is there, no card on it
    assert reader.port == 1001 and standin.open_port == 1001
    standin.put(ZHANG)
    card = reader.read()
    assert card == ZHANG
    assert (card.sex, card.nation, card.validity_text()) == ("女", "汉", "2016.05.01-长期")
    assert not card.expired(date(2026, 12, 2))
    reader.close()
    assert standin.open_port == 0


def test_finds_a_serial_reader_and_reads_an_expired_card(standin) -> None:
    standin.reset(port=3)
    standin.put(LI)
    reader = _reader(standin)
    card = reader.read()
    assert reader.port == 3 and card == LI
    assert (card.sex, card.nation) == ("女", "回") and card.expired(date(2026, 12, 2))
    assert card.as_dict()["id_number"] != LI.id_number and card.as_dict(full=True)["id_number"] == LI.id_number


def test_no_reader_connected(standin) -> None:
    standin.unplug()
    with pytest.raises(ReaderError) as caught:
        _reader(standin).read()
    assert caught.value.reason == "no_reader" and "1001–1016" in caught.value.message
    with pytest.raises(ReaderError) as caught:
        _reader(standin, port=1005).read()  # a configured port is the only one tried
    assert caught.value.reason == "no_reader" and "1005" in caught.value.message


def test_a_reader_unplugged_after_opening_is_found_again(standin) -> None:
    reader = _reader(standin)
    assert reader.read() is None
    standin.unplug()
    with pytest.raises(ReaderError) as caught:
        reader.read()
    assert caught.value.reason == "no_reader" and reader.port is None
    standin.reset(port=1002)
    standin.put(ZHANG)
    assert reader.read() == ZHANG and reader.port == 1002


def test_a_failed_read(standin) -> None:
    standin.put(ZHANG)
    standin.fail_reads()
    with pytest.raises(ReaderError) as caught:
        _reader(standin).read()
    assert caught.value.reason == "read_failed" and "0x41" in caught.value.message.lower()


@pytest.mark.parametrize("raw", [
    bytes(range(256)),  # garbage: not UTF-16 text of a card
    b"\xff\xfe" * 128,
    build_base_message(ZHANG).replace("11010519491231002X".encode("utf-16-le"),
                                      "11010519491231002Y".encode("utf-16-le")),  # a number that is no ID number
], ids=["bytes", "noncharacters", "bad-id"])
def test_garbage_bytes_are_a_failed_read_not_a_card(standin, raw: bytes) -> None:
    standin.put(raw)
    with pytest.raises(ReaderError) as caught:
        _reader(standin).read()
    assert caught.value.reason == "read_failed"


def test_a_short_message_is_a_failed_read(standin) -> None:
    standin.put(build_base_message(ZHANG)[:120])
    with pytest.raises(ReaderError) as caught:
        _reader(standin).read()
    assert caught.value.reason == "read_failed" and "不完整" in caught.value.message


def test_no_library(tmp_path: Path) -> None:
    with pytest.raises(ReaderError) as caught:
        SdtApiReader(str(tmp_path / "sdtapi.dll")).read()
    assert caught.value.reason == "no_library"
    (tmp_path / "libc-not-a-reader.so").write_bytes(b"\x7fELF not really")
    with pytest.raises(ReaderError) as caught:
        SdtApiReader(str(tmp_path / "libc-not-a-reader.so")).read()
    assert caught.value.reason == "no_library"


def test_the_default_library_is_looked_for_beside_the_program_then_on_path(tmp_path: Path, monkeypatch) -> None:
    from counter_app.devices.id_reader import DEFAULT_LIBRARY

    program, on_path = tmp_path / "program", tmp_path / "bin"
    program.mkdir()
    on_path.mkdir()
    monkeypatch.setenv("PATH", str(on_path))
    assert library_candidates("", program) == [program / DEFAULT_LIBRARY, on_path / DEFAULT_LIBRARY]
    assert find_library("", program) is None
    (on_path / DEFAULT_LIBRARY).write_bytes(b"")
    assert find_library("", program) == on_path / DEFAULT_LIBRARY
    (program / DEFAULT_LIBRARY).write_bytes(b"")
    assert find_library("", program) == program / DEFAULT_LIBRARY
    assert library_candidates("D:/reader/sdtapi.dll") == [Path("D:/reader/sdtapi.dll")]
