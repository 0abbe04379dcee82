"""The rules that keep the PyInstaller bundle lean (installer/bundle_filter.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "installer"))

from bundle_filter import (  # noqa: E402 - installer/ is not a package
    drop_dangling_symlinks,
    keep_binary,
    keep_data,
    prune_unreachable,
    version_resource_text,
    version_tuple,
)


def test_platform_and_image_plugins_kept_only_where_a_counter_needs_them() -> None:
    assert keep_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep_binary("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep_binary(r"PySide6\plugins\platforms\qwindows.dll")
    assert not keep_binary("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert not keep_binary("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert keep_binary(r"PySide6\plugins\imageformats\qico.dll")
    assert not keep_binary("PySide6/Qt/plugins/imageformats/libqwebp.so")
    assert not keep_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep_binary("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so")
    assert keep_binary("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")


def test_unused_qt_libraries_and_software_opengl_dropped() -> None:
    assert keep_binary("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert keep_binary(r"PySide6\Qt6Pdf.dll")
    assert not keep_binary(r"PySide6\Qt6PdfWidgets.dll")
    assert not keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not keep_binary(r"PySide6\Qt6Qml.dll")
    assert not keep_binary(r"PySide6\opengl32sw.dll")


def test_only_chinese_qt_translations_kept() -> None:
    assert keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert keep_data("counter_app/resources/translations/counter_app_zh_CN.qm")


def test_libraries_left_behind_by_dropped_plugins_are_pruned() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libxcb.so.1", "/src/libxcb.so.1", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),  # only the dropped GTK theme plugin wanted it
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    imports = {  # not transitive, as on Windows: the closure must be followed
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Core.so.6", "libc.so.6"],
        "/src/libqxcb.so": ["libxcb.so.1"],
    }
    kept = prune_unreachable(binaries, lambda source: imports.get(source, []))
    assert [dest for dest, _source, _code in kept] == [
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libQt6Widgets.so.6",
        "libQt6Core.so.6",
        "libxcb.so.1",
        "libQt6Core.so.6",
    ]


def test_links_to_dropped_libraries_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    links = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
        ("counter_app/forms/id_card_first.yaml", "/src/forms/id_card_first.yaml", "DATA"),
    ]
    assert [dest for dest, _s, _c in drop_dangling_symlinks(links, binaries)] == [
        "libQt6Core.so.6",
        "counter_app/forms/id_card_first.yaml",
    ]


@given(st.lists(st.integers(min_value=0, max_value=65535), min_size=1, max_size=6), st.sampled_from(["", "rc1", "+g1"]))
def test_windows_version_always_has_four_numbers(numbers: list[int], tag: str) -> None:
    version = ".".join(str(n) for n in numbers) + tag
    result = version_tuple(version)
    assert len(result) == 4
    assert list(result[: min(4, len(numbers))]) == numbers[:4]
    assert str(result) in version_resource_text(version)
    assert version_tuple("1.2.3rc1+g5") == (1, 2, 3, 0)  # the pre-release number is not a fourth field


def test_version_resource_names_the_product_in_chinese() -> None:
    text = version_resource_text("0.1.0")
    assert "filevers=(0, 1, 0, 0)" in text
    assert "户籍窗口助手" in text
    assert "'080404B0'" in text
