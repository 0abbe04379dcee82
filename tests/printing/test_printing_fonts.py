"""Font discovery: search order, rejection of unusable files, the advice given when nothing is found."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from printing import fonts
from printing.errors import FontNotFound

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

needs_wqy = pytest.mark.skipif(not WQY.is_file(), reason="fonts-wqy-microhei is not installed")


def no_fallbacks(configured: Path | None) -> tuple[object, Path]:
    return fonts.find_cjk_font(configured, windows_fonts=(), fontconfig=lambda: [], linux_fonts=())


def test_bogus_configured_path_and_no_fallbacks_explains_what_to_install() -> None:
    bogus = Path("/nonexistent/fonts/simsun.ttc")
    with pytest.raises(FontNotFound) as caught:
        no_fallbacks(bogus)
    message = str(caught.value)
    assert "apt-get install fonts-wqy-microhei" in message
    assert "微软雅黑" in message and "宋体" in message
    assert "设置" in message
    assert str(bogus) in message, "the message should say which configured file failed"


def test_no_font_at_all_still_gives_the_advice() -> None:
    with pytest.raises(FontNotFound, match="fonts-wqy-microhei"):
        no_fallbacks(None)


@needs_wqy
def test_configured_font_wins_over_the_search_lists(tmp_path: Path) -> None:
    decoy = tmp_path / "decoy.ttf"
    decoy.write_bytes(b"not a font")
    _, path = fonts.find_cjk_font(WQY, windows_fonts=(decoy,), fontconfig=lambda: [], linux_fonts=())
    assert path == WQY


@needs_wqy
def test_unusable_candidates_are_skipped(tmp_path: Path) -> None:
    corrupt = tmp_path / "broken.ttc"
    corrupt.write_bytes(b"\0" * 64)
    cff = tmp_path / "NotoSansCJK-Regular.otf"
    cff.write_bytes(b"OTTO")
    latin = [DEJAVU] if DEJAVU.is_file() else []
    font, path = fonts.find_cjk_font(
        tmp_path / "missing.ttf",
        windows_fonts=(corrupt, *latin),
        fontconfig=lambda: [cff],
        linux_fonts=(WQY,),
    )
    assert path == WQY
    assert ord("户") in font.face.charToGlyph


@needs_wqy
def test_a_latin_only_configured_font_is_rejected() -> None:
    if not DEJAVU.is_file():
        pytest.skip("DejaVu fonts are not installed")
    with pytest.raises(FontNotFound, match="不含中文字形"):
        no_fallbacks(DEJAVU)


def test_fontconfig_output_is_parsed_and_filtered(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = "/a/wqy-microhei.ttc: \n/b/NotoSansCJK.ttc: \n/c/SourceHanSans.otf: \n/a/wqy-microhei.ttc: \n"

    def fake_run(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 0, stdout=listing, stderr="")

    monkeypatch.setattr(fonts.subprocess, "run", fake_run)
    assert fonts.fontconfig_candidates() == [Path("/a/wqy-microhei.ttc"), Path("/b/NotoSansCJK.ttc")]


def test_missing_fontconfig_means_no_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fc_list(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError("fc-list")

    monkeypatch.setattr(fonts.subprocess, "run", no_fc_list)
    assert fonts.fontconfig_candidates() == []


@needs_wqy
def test_registration_is_cached() -> None:
    name = fonts.register_cjk_font()
    started = time.perf_counter()
    again = fonts.register_cjk_font()
    assert again == name
    assert time.perf_counter() - started < 0.005, "a second registration must not parse the font again"
    assert fonts.active_font_name() == name
    in_use = fonts.font_path_in_use()
    assert in_use is not None and in_use.is_file()
