"""What the PyInstaller spec leaves out of the bundle, and the Windows version resource it embeds.

PyInstaller's Qt hooks collect every plugin of each type a used module *might* need; a counter PC needs far fewer.
Kept in a plain module (not in the .spec) so the rules can be read, reused by bench/bench_bundle.py and tested.
Paths are the bundle's destination names, e.g. ``PySide6/Qt/plugins/platforms/libqwayland.so``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Plugin folders nothing in the application loads: Wayland/EGL/touch input (the counter runs X11 or Windows),
# network plugins (QtNetwork comes in only as a library QtPdf links), SVG icon engine, GTK/portal themes
# (the GTK one would drag the build machine's GTK into the bundle), Qt Quick/QML tooling, SQL drivers.
_DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations",
    "generic",
    "iconengines",
    "networkinformation",
    "platformthemes",
    "qmltooling",
    "sqldrivers",
    "tls",
    "vectorimageformats",
    "designer",
}
_DROPPED_PLUGIN_PREFIXES = ("wayland-",)
# Windows (qwindows), X11 (qxcb) and offscreen (CI, --self-test) are the only platforms a counter uses.
_KEPT_PLATFORMS = re.compile(r"^(lib)?q(windows|xcb|offscreen)\.(dll|so)$")
# PNG and BMP are built into QtGui; ICO for the window icon, JPEG/GIF for pasted or scanned images.
_KEPT_IMAGE_FORMATS = re.compile(r"^(lib)?q(ico|jpeg|gif)\.(dll|so)$")
# Qt libraries that only QML/Quick, OpenGL widgets or the designer would load.
_DROPPED_QT_LIBRARIES = re.compile(
    r"^(lib)?Qt6(Quick|Qml|Labs|Designer|Help|OpenGLWidgets|Test|Sql|VirtualKeyboard|Lottie|ShaderTools|"
    r"WaylandClient|WaylandEgl|EglFs|WlShell|Svg|Pdf(Quick|Widgets))",
    re.IGNORECASE,
)
# Windows: the software OpenGL fallback (≈20 MB) is only used by OpenGL/Quick content, which the widgets never draw.
_DROPPED_FILES = {"opengl32sw.dll"}
# Qt's own translations: only the Chinese ones the standard dialogs could use.
_KEPT_QT_TRANSLATIONS = re.compile(r"^qt(base)?_zh_CN\.qm$")


def _plugin_parts(path: PurePosixPath) -> tuple[str, str] | None:
    parts = path.parts
    if "plugins" in parts:
        index = parts.index("plugins")
        if index + 2 < len(parts):  # plugins/<type>/<file>
            return parts[index + 1], parts[-1]
    return None


def keep_binary(dest: str) -> bool:
    """False for a shared library or Qt plugin the application never loads."""
    path = PurePosixPath(dest.replace("\\", "/"))
    name = path.name
    if name.lower() in _DROPPED_FILES:
        return False
    plugin = _plugin_parts(path)
    if plugin is not None:
        kind, name = plugin
        if kind in _DROPPED_PLUGIN_TYPES or kind.startswith(_DROPPED_PLUGIN_PREFIXES):
            return False
        if kind == "platforms":
            return bool(_KEPT_PLATFORMS.match(name))
        if kind == "imageformats":
            return bool(_KEPT_IMAGE_FORMATS.match(name))
        return True
    return not _DROPPED_QT_LIBRARIES.match(name)


def keep_data(dest: str) -> bool:
    """False for Qt translations other than Chinese, and QML files."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if "PySide6" in path.parts and "translations" in path.parts:
        return bool(_KEPT_QT_TRANSLATIONS.match(path.name))
    return "qml" not in path.parts


def _is_root(dest: str, typecode: str) -> bool:
    """Files loaded on purpose: Python extension modules, Qt plugins, the Python library itself."""
    path = PurePosixPath(dest.replace("\\", "/"))
    return typecode == "EXTENSION" or "plugins" in path.parts or path.name.startswith(("libpython", "python3"))


def _base(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).name.lower()


def prune_unreachable(
    binaries: Iterable[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """Drop shared libraries that no kept extension module or plugin links to any more.

    PyInstaller resolves library dependencies before the spec can filter plugins, so dropping e.g. the GTK theme
    plugin leaves GTK, Cairo and Pango behind; this removes them.  ``imports_of(source path)`` returns the names
    of the libraries a file links to; they are followed transitively from the roots.
    """
    entries = list(binaries)
    by_name = {_base(dest): source for dest, source, typecode in entries if typecode != "SYMLINK"}
    pending = [source for dest, source, typecode in entries if _is_root(dest, typecode)]
    seen: set[str] = set()
    reached: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in imports_of(source):
            base = _base(name)
            if base in by_name and base not in reached:
                reached.add(base)
                pending.append(by_name[base])
    # Links are judged by their target afterwards (drop_dangling_symlinks).
    return [
        entry
        for entry in entries
        if entry[2] == "SYMLINK" or _is_root(entry[0], entry[2]) or _base(entry[0]) in reached
    ]


def drop_dangling_symlinks(
    entries: Iterable[tuple[str, str, str]], kept: Iterable[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Drop SYMLINK entries (PyInstaller's top-level links to Qt libraries) whose target was filtered out."""
    targets = {_base(dest) for dest, _source, typecode in kept if typecode != "SYMLINK"}
    return [entry for entry in entries if entry[2] != "SYMLINK" or _base(entry[1]) in targets]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0): the four 16-bit numbers of a Windows file version (pre-release tags dropped)."""
    release = re.match(r"[\d.]*", version).group(0)  # "1.2.3rc1+g5" → "1.2.3"
    numbers = [int(part) for part in release.split(".") if part][:4]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_resource_text(version: str) -> str:
    """The VSVersionInfo source PyInstaller embeds as the .exe's version resource (Explorer → Properties)."""
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": "Counter Assistant",
        "FileDescription": "Counter Assistant (户籍窗口助手)",
        "FileVersion": dotted,
        "InternalName": "counter-app",
        "LegalCopyright": "Counter Assistant contributors",
        "OriginalFilename": "counter-app.exe",
        "ProductName": "户籍窗口助手 Counter Assistant",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    # 0x0804 = Simplified Chinese, 1200 = Unicode: the language the installed application speaks.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '080404B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""
