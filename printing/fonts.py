"""Finding and registering an embeddable Chinese TrueType font for reportlab.

Every printed document embeds a subset of a real TrueType font so that the PDF prints the same on any
machine and its Chinese text can be copied out.  reportlab's built-in CID fonts (``STSong-Light``) embed
nothing and depend on the viewer having the font, so they are never used here.  OpenType/CFF fonts such as
Noto CJK are rejected by reportlab ("postscript outlines are not supported"); candidates are therefore tried
and skipped on failure rather than trusted by name.
"""

from __future__ import annotations

import logging
import subprocess
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from printing.errors import FontNotFound, MissingGlyphs

__all__ = [
    "BASE_CHARS",
    "FontChoice",
    "FontNotFound",
    "LATIN_FONTS",
    "MissingGlyphs",
    "find_fonts",
    "font_for",
    "font_runs",
    "primary_font_covers",
    "forget_fonts",
    "LINUX_FONTS",
    "active_font_name",
    "WINDOWS_FONTS",
    "find_cjk_font",
    "font_path_in_use",
    "fontconfig_candidates",
    "register_cjk_font",
]

log = logging.getLogger(__name__)

# 微软雅黑 first: it is on every Windows machine since Vista and reads well at small sizes on receipts.
WINDOWS_FONTS: tuple[Path, ...] = (
    Path("C:/Windows/Fonts/msyh.ttc"),
    Path("C:/Windows/Fonts/msyh.ttf"),
    Path("C:/Windows/Fonts/simsun.ttc"),
)

LINUX_FONTS: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)

# Latin fonts that can lend digits and letters to a Chinese font without them (DroidSansFallbackFull.ttf, which
# ghostscript pulls in on Debian, has Chinese but no digits or Latin letters).
# Arial's metrics first (Liberation Sans shares them): its digits are as wide as the Chinese fonts', so numbers
# laid out for those still fit their cells; DejaVu's are 15 % wider.
LATIN_FONTS: tuple[Path, ...] = (
    Path("C:/Windows/Fonts/arial.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
)

# reportlab only embeds TrueType outlines; .otf/.otc files are CFF and would only cost a failed parse.
_TRUETYPE_SUFFIXES = {".ttf", ".ttc"}

# A few common characters from our documents: a font that lacks them is a Latin font configured by mistake.
_PROBE_CHARS = "户籍告知单领取"
# What every document draws besides Chinese: numbers, dates, ID numbers (X), acceptance numbers (letters).  A
# Chinese font lacking them (Droid Sans Fallback, which ghostscript brings along) would print receipts without
# their numbers: it is used only with a second font that has them.
BASE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-:/.()%"

_INSTALL_HINT = (
    "找不到可嵌入的中文 TrueType 字体，无法生成打印文件。"
    "Windows：系统自带的微软雅黑（msyh.ttc）或宋体（simsun.ttc）即可使用；"
    "Debian/Ubuntu：请安装 fonts-wqy-microhei（sudo apt-get install fonts-wqy-microhei）；"
    "或在“设置 → 打印”中指定一个 .ttf/.ttc 字体文件的路径。"
)


@dataclass(frozen=True)
class FontChoice:
    """The font documents are set in and, per character, the second font for what the first one lacks."""

    primary: TTFont
    primary_path: Path
    fallback: TTFont | None = None
    fallback_path: Path | None = None


@dataclass(frozen=True)
class _Registered:
    name: str
    path: Path
    requested: Path | None
    glyphs: frozenset[int]
    fallback_name: str | None
    fallback_path: Path | None
    fallback_glyphs: frozenset[int]


_lock = threading.Lock()
_active: _Registered | None = None


def fontconfig_candidates(timeout: float = 5.0) -> list[Path]:
    """TrueType files fontconfig lists for Chinese (``fc-list :lang=zh file``); empty when unavailable."""
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "file"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        # No fontconfig (Windows) or it hung: the other search lists still apply.
        return []
    paths = []
    for line in out.splitlines():
        # fc-list prints "path: " for the "file" element.
        text = line.strip().removesuffix(":").strip()
        if text and Path(text).suffix.lower() in _TRUETYPE_SUFFIXES:
            paths.append(Path(text))
    # fc-list's order is arbitrary; sorting makes the choice stable from one run to the next.
    return sorted(set(paths))


def _font_name(path: Path) -> str:
    # A name per file lets two configured fonts coexist in reportlab's global registry without clashing.
    return "CJK-" + "".join(ch if ch.isalnum() else "_" for ch in path.stem)


def _load(path: Path) -> TTFont:
    """Parse one candidate; raises on anything reportlab cannot embed."""
    if not path.is_file():
        raise FileNotFoundError(f"文件不存在：{path}")
    return TTFont(_font_name(path), str(path), subfontIndex=0)


def _covers(font: TTFont, chars: str) -> bool:
    return all(ord(ch) in font.face.charToGlyph for ch in chars)


def find_fonts(
    configured: Path | None = None,
    *,
    windows_fonts: Sequence[Path] = WINDOWS_FONTS,
    fontconfig: Callable[[], Iterable[Path]] = fontconfig_candidates,
    linux_fonts: Sequence[Path] = LINUX_FONTS,
    latin_fonts: Sequence[Path] = LATIN_FONTS,
) -> FontChoice:
    """Choose the documents' font by what it covers, and a second font for the characters it lacks.

    Candidates come configured → Windows → the known good Linux fonts → whatever else fontconfig lists for
    Chinese.  A configured Chinese font is the primary; otherwise the first Chinese font that also has digits
    and Latin letters.  The second font lends what the primary lacks: rare characters from the next Chinese
    font, or digits and letters (Droid Sans Fallback has none) from a complete Chinese font or a Latin one.
    The search lists are parameters so that tests can simulate other machines.  Raises ``FontNotFound`` with
    installation advice.
    """
    if configured is not None:
        configured = Path(configured)
    problems: list[str] = []
    chinese: list[tuple[TTFont, Path]] = []

    def candidates() -> Iterable[Path]:
        if configured is not None:
            yield configured
        yield from windows_fonts
        yield from linux_fonts
        # fontconfig is only asked when the fixed paths gave no complete pair (it spawns a process).
        yield from fontconfig()

    def complete() -> bool:
        return len(chinese) >= 2 and any(_covers(font, BASE_CHARS) for font, _ in chinese)

    seen: set[Path] = set()
    for path in candidates():
        if path in seen:
            continue
        seen.add(path)
        if path.suffix.lower() not in _TRUETYPE_SUFFIXES and path != configured:
            continue
        try:
            font = _load(path)
            if not _covers(font, _PROBE_CHARS):
                raise ValueError(f"字体不含中文字形：{path}")
        except Exception as exc:  # reportlab raises plain Exception/TTFError/struct.error alike
            if path == configured:
                problems.append(f"设置中指定的字体不可用（{path}：{exc}）")
                log.warning("configured font %s unusable: %s", path, exc)
            else:
                log.debug("font candidate %s skipped: %s", path, exc)
            continue
        chinese.append((font, path))
        if complete():
            break
    if not chinese:
        message = _INSTALL_HINT if not problems else _INSTALL_HINT + " " + "；".join(problems) + "。"
        raise FontNotFound(message)
    full = [pair for pair in chinese if _covers(pair[0], BASE_CHARS)]
    # The clerk's choice stands; what it lacks comes from the second font.
    primary = chinese[0] if chinese[0][1] == configured or not full else full[0]
    if _covers(primary[0], BASE_CHARS):
        second = next((pair for pair in chinese if pair is not primary), None)
    else:
        second = next((pair for pair in full if pair is not primary), None) or _latin_font(latin_fonts)
    if second is None:
        return FontChoice(*primary)
    return FontChoice(primary[0], primary[1], second[0], second[1])


def _latin_font(latin_fonts: Sequence[Path]) -> tuple[TTFont, Path] | None:
    for path in latin_fonts:
        try:
            font = _load(path)
        except Exception as exc:  # as above: any parse failure means "not this one"
            log.debug("latin font candidate %s skipped: %s", path, exc)
            continue
        if _covers(font, BASE_CHARS):
            return font, path
    return None


def find_cjk_font(
    configured: Path | None = None,
    *,
    windows_fonts: Sequence[Path] = WINDOWS_FONTS,
    fontconfig: Callable[[], Iterable[Path]] = fontconfig_candidates,
    linux_fonts: Sequence[Path] = LINUX_FONTS,
) -> tuple[TTFont, Path]:
    """The primary font of :func:`find_fonts` and its path."""
    choice = find_fonts(configured, windows_fonts=windows_fonts, fontconfig=fontconfig, linux_fonts=linux_fonts,
                        latin_fonts=())
    return choice.primary, choice.primary_path


def register_cjk_font(configured: Path | None = None, *, search: Callable[..., FontChoice] | None = None) -> str:
    """Register the documents' fonts with reportlab (once) and return the primary font's reportlab name.

    Parsing a CJK font costs about 90 ms, so the result is cached; a later call with a different configured
    path (the setting changed) searches again.  ``search`` replaces :func:`find_fonts` (tests: other machines).
    """
    global _active
    with _lock:
        if search is None and _active is not None and _active.requested == configured:
            return _active.name
        choice = (search or find_fonts)(configured)
        pdfmetrics.registerFont(choice.primary)
        if choice.fallback is not None:
            pdfmetrics.registerFont(choice.fallback)
        _active = _Registered(
            name=choice.primary.fontName,
            path=choice.primary_path,
            requested=configured,
            glyphs=frozenset(choice.primary.face.charToGlyph),
            fallback_name=choice.fallback.fontName if choice.fallback else None,
            fallback_path=choice.fallback_path,
            fallback_glyphs=frozenset(choice.fallback.face.charToGlyph) if choice.fallback else frozenset(),
        )
        log.info("printing font: %s, fallback %s", choice.primary_path, choice.fallback_path)
        return choice.primary.fontName


def forget_fonts() -> None:
    """Drop the registered choice: the next document searches again (tests that simulate another machine)."""
    global _active
    with _lock:
        _active = None


def _registered() -> _Registered:
    active_font_name()
    with _lock:
        assert _active is not None
        return _active


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into runs of (reportlab font name, characters): the primary font where it has the glyph,
    the fallback where only that one has it.

    Raises ``MissingGlyphs`` naming the characters neither font can draw: printing them would leave blanks
    where a name, a number or a date should be.
    """
    reg = _registered()
    runs: list[tuple[str, str]] = []
    missing: list[str] = []
    for ch in text:
        code = ord(ch)
        if code in reg.glyphs or ch.isspace() or not ch.isprintable():
            name = reg.name
        elif reg.fallback_name is not None and code in reg.fallback_glyphs:
            name = reg.fallback_name
        else:
            missing.append(ch)
            continue
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    if missing:
        fonts = reg.path.name + (f"、{reg.fallback_path.name}" if reg.fallback_path else "")
        chars = "".join(dict.fromkeys(missing))
        raise MissingGlyphs(
            f"打印字体（{fonts}）中没有这些字符的字形：{chars}。为免打印出空白，本文件未生成。"
            "请在“设置 → 打印”中指定含这些字符的 .ttf/.ttc 字体（如微软雅黑、文泉驿微米黑）。"
        )
    return runs


def primary_font_covers(text: str) -> bool:
    """Whether the documents' font has a glyph for every character of ``text`` (no fallback run needed)."""
    return _registered().glyphs.issuperset(map(ord, text))


def font_for(text: str) -> str:
    """One font that draws all of ``text`` (chart labels cannot switch fonts mid-string): primary or fallback."""
    runs = font_runs(text)
    names = {name for name, _ in runs}
    reg = _registered()
    return reg.fallback_name if names == {reg.fallback_name} else reg.name


def active_font_name() -> str:
    """The font documents should use: the one registered last, or the default search's result.

    Builders call this instead of ``register_cjk_font()`` so that a font path the application configured at
    start-up is not replaced by the default search on the next document.
    """
    with _lock:
        if _active is not None:
            return _active.name
    return register_cjk_font(None)


def font_path_in_use() -> Path | None:
    """The file of the registered Chinese font, or ``None`` before the first document was built."""
    with _lock:
        return _active.path if _active is not None else None
