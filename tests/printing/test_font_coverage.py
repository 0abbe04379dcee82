"""Every drawn string comes out of the PDF, whichever fonts the discovery meets on a Debian counter PC.

WenQuanYi has everything; Droid Sans Fallback (pulled in by ghostscript) has Chinese but no digits or Latin
letters, so a Latin font lends those; a Latin-only font configured by mistake is passed over; and a character
no font has stops the document with a message instead of printing a blank.
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from printing import (
    build_notice_pdf,
    build_pickup_notice_pdf,
    build_receipt_pdf,
    build_shelf_list_pdf,
    build_test_page_pdf,
    fonts,
)
from printing.documents import Station
from printing.errors import MissingGlyphs
from tests.printing.printing_samples import sample_notice, sample_pickup_notice, sample_receipt, sample_shelf, squash

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")

pytestmark = [
    pytest.mark.skipif(not all(p.is_file() for p in (WQY, DROID, DEJAVU, LIBERATION)),
                       reason="needs fonts-wqy-microhei, -droid-fallback, -dejavu-core, -liberation (.ci/run)"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]


def _machine(configured: Path | None, linux: tuple[Path, ...], fontconfig: list[Path], latin: tuple[Path, ...]):
    def search(_configured: Path | None) -> fonts.FontChoice:
        return fonts.find_fonts(configured, windows_fonts=(), linux_fonts=linux, fontconfig=lambda: fontconfig,
                                latin_fonts=latin)
    return search


MACHINES: dict[str, Callable[[Path | None], fonts.FontChoice]] = {
    "wenquanyi": _machine(None, (WQY,), [DROID, WQY], (LIBERATION,)),
    "droid_only": _machine(None, (), [DROID], (LIBERATION, DEJAVU)),
    "latin_configured_by_mistake": _machine(DEJAVU, (), [DROID, WQY], (LIBERATION,)),
}


@functools.cache
def _choice(machine: str) -> fonts.FontChoice:
    """Each machine's search, once per process: parsing the candidate fonts is most of these tests' time
    (≈ 0.3 s a font), and a parsed font serves any number of documents, as in the program."""
    return MACHINES[machine](None)


@pytest.fixture
def on_machine() -> Iterator[Callable[[str], fonts.FontChoice]]:
    def use(name: str) -> fonts.FontChoice:
        fonts.register_cjk_font(None, search=lambda _configured: _choice(name))
        return _choice(name)

    yield use
    fonts.forget_fonts()  # the next test searches the real machine again


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(source), "-"], check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def drawn_strings(document: object, contact: bool = True) -> Iterator[str]:
    """Every text field of a document's data, nested ones included: each is printed exactly as given."""
    if isinstance(document, Station):  # the office name stands for the station's name when both are set
        yield document.display_office
        if contact:  # lists kept at the station print no address or hours
            yield from (document.address, document.phone, document.hours)
        return
    values = [getattr(document, f.name) for f in dataclasses.fields(document)]  # type: ignore[arg-type]
    for value in values:
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, str) and item.strip():
                yield item
            elif dataclasses.is_dataclass(item):
                yield from drawn_strings(item, contact)


DOCUMENTS = {
    "notice": (sample_notice, build_notice_pdf),
    "receipt": (sample_receipt, build_receipt_pdf),
    "pickup_notice": (sample_pickup_notice, build_pickup_notice_pdf),
    "shelf_list": (sample_shelf, build_shelf_list_pdf),
}


@pytest.mark.parametrize("machine", sorted(MACHINES))
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_every_drawn_string_comes_out(kind: str, machine: str, on_machine, tmp_path: Path) -> None:
    choice = on_machine(machine)
    assert choice.primary_path in (WQY, DROID)
    sample, build = DOCUMENTS[kind]
    document = sample()
    text = squash(pdftotext(build(document), tmp_path))
    lost = [s for s in drawn_strings(document, contact=kind != "shelf_list") if squash(s) not in text]
    assert not lost, f"{kind} on {machine}: not in the PDF text: {lost}"


@pytest.mark.parametrize("machine", sorted(MACHINES))
def test_test_page_numbers_come_out(machine: str, on_machine, tmp_path: Path) -> None:
    on_machine(machine)
    text = pdftotext(build_test_page_pdf("a4"), tmp_path)
    assert "第1页/共1页" in squash(text) and "打印" in text


def test_droid_has_no_digits_so_a_latin_font_draws_them(on_machine) -> None:
    choice = on_machine("droid_only")
    assert (choice.primary_path, choice.fallback_path) == (DROID, LIBERATION)
    assert {name for name, _ in fonts.font_runs("受理号1101")} == {choice.primary.fontName, choice.fallback.fontName}


def test_droid_alone_refuses_instead_of_printing_blank_numbers(on_machine) -> None:
    fonts.register_cjk_font(None, search=_machine(None, (), [DROID], ()))
    with pytest.raises(MissingGlyphs, match="0") as caught:
        build_receipt_pdf(sample_receipt())
    assert "设置" in str(caught.value)


def test_a_character_no_font_has_is_refused_by_name(on_machine) -> None:
    on_machine("wenquanyi")
    with pytest.raises(MissingGlyphs, match="\U00020bb7"):
        build_notice_pdf(sample_notice(applicant_name="\U00020bb7一"))  # 𠮷, a real surname beyond the BMP
