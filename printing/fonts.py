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

from printing.errors import FontNotFound

__all__ = [
    "FontNotFound",
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

# reportlab only embeds TrueType outlines; .otf/.otc files are CFF and would only cost a failed parse.
_TRUETYPE_SUFFIXES = {".ttf", ".ttc"}

# A few characters every document draws: a font lacking the Chinese ones is a Latin font configured by mistake;
# one lacking digits or Latin letters (Droid Sans Fallback, which ghostscript brings along) would print receipts
# without their numbers.
_PROBE_CHARS = "户籍告知单领取0123456789ABCDEFXabcdefx-:/"

_INSTALL_HINT = (
    "找不到可嵌入的中文 TrueType 字体，无法生成打印文件。"
    "Windows：系统自带的微软雅黑（msyh.ttc）或宋体（simsun.ttc）即可使用；"
    "Debian/Ubuntu：请安装 fonts-wqy-microhei（sudo apt-get install fonts-wqy-microhei）；"
    "或在“设置 → 打印”中指定一个 .ttf/.ttc 字体文件的路径。"
)


@dataclass(frozen=True)
class _Registered:
    name: str
    path: Path
    requested: Path | None


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
    """Parse one candidate; raises on anything reportlab cannot embed or that has no Chinese glyphs."""
    if not path.is_file():
        raise FileNotFoundError(f"文件不存在：{path}")
    font = TTFont(_font_name(path), str(path), subfontIndex=0)
    missing = [ch for ch in _PROBE_CHARS if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise ValueError(f"字体不含中文字形：{path}")
    return font


def find_cjk_font(
    configured: Path | None = None,
    *,
    windows_fonts: Sequence[Path] = WINDOWS_FONTS,
    fontconfig: Callable[[], Iterable[Path]] = fontconfig_candidates,
    linux_fonts: Sequence[Path] = LINUX_FONTS,
) -> tuple[TTFont, Path]:
    """Return the first usable font and its path, searching configured → Windows → fontconfig → Linux paths.

    The search lists are parameters so that tests can simulate a machine without fonts.  Raises
    ``FontNotFound`` with installation advice when nothing usable is found.
    """
    if configured is not None:
        configured = Path(configured)
    problems: list[str] = []

    def candidates() -> Iterable[Path]:
        if configured is not None:
            yield configured
        yield from windows_fonts
        # fontconfig is only asked when the cheaper fixed paths failed (it spawns a process).
        yield from fontconfig()
        yield from linux_fonts

    seen: set[Path] = set()
    for path in candidates():
        if path in seen:
            continue
        seen.add(path)
        if path.suffix.lower() not in _TRUETYPE_SUFFIXES and path != configured:
            continue
        try:
            return _load(path), path
        except Exception as exc:  # reportlab raises plain Exception/TTFError/struct.error alike
            if path == configured:
                problems.append(f"设置中指定的字体不可用（{path}：{exc}）")
                log.warning("configured font %s unusable: %s", path, exc)
            else:
                log.debug("font candidate %s skipped: %s", path, exc)
    message = _INSTALL_HINT if not problems else _INSTALL_HINT + " " + "；".join(problems) + "。"
    raise FontNotFound(message)


def register_cjk_font(configured: Path | None = None) -> str:
    """Register the Chinese font with reportlab (once) and return its reportlab font name.

    Parsing a CJK font costs about 90 ms, so the result is cached; a later call with a different configured
    path (the setting changed) searches again.
    """
    global _active
    with _lock:
        if _active is not None and _active.requested == configured:
            return _active.name
        font, path = find_cjk_font(configured)
        pdfmetrics.registerFont(font)
        _active = _Registered(name=font.fontName, path=path, requested=configured)
        log.info("printing font: %s (%s)", path, font.fontName)
        return font.fontName


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
