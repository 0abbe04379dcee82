"""Build the one-folder bundle (PyInstaller) and then the Windows installer (NSIS) of Counter Assistant.

    python installer/build.py [--skip-installer] [--clean]

On Windows this gives ``dist/counter-app/`` and ``dist/counter-assistant-<version>-setup.exe``.  PyInstaller cannot
build a Windows program on Linux, so there the Linux bundle is built and the NSIS script is compiled against it as
a stand-in payload (uncompressed, named ``...-setup-linux-stand-in.exe``): it proves the script is valid, nothing
more.  Sizes are printed at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from bundle_filter import version_tuple

ROOT = Path(__file__).resolve().parent.parent
INSTALLER_DIR = ROOT / "installer"
SPEC = INSTALLER_DIR / "counter_app.spec"
NSIS_SCRIPT = INSTALLER_DIR / "counter_app.nsi"
DIST = ROOT / "dist"
BUNDLE = DIST / "counter-app"
WORK = ROOT / "build" / "pyinstaller"
IS_WINDOWS = sys.platform == "win32"
# Where the NSIS installer (and Chocolatey's package) puts makensis when it is not on PATH.
WINDOWS_MAKENSIS = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "NSIS" / "makensis.exe",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "NSIS" / "makensis.exe",
)


class BuildError(Exception):
    """A missing tool or a failed step; the message says what to install or where to look."""


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def folder_size(path: Path) -> tuple[int, int]:
    """Bytes and number of files under ``path`` (symlinks not followed: the bundle's Qt links are not copies)."""
    total = files = 0
    for item in path.rglob("*"):
        if item.is_file() and not item.is_symlink():
            total += item.stat().st_size
            files += 1
    return total, files


def _run(command: list[str], cwd: Path) -> float:
    print("+ " + " ".join(command), flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, check=False)
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed with exit status {result.returncode}")
    return time.perf_counter() - started


def build_bundle(clean: bool) -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    try:
        import PyInstaller  # noqa: F401 - only checking that it is installed
    except ImportError as exc:
        raise BuildError("PyInstaller is not installed: pip install pyinstaller") from exc
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    if clean:
        command.append("--clean")
    return _run([*command, str(SPEC)], cwd=ROOT)


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    if IS_WINDOWS:
        for candidate in WINDOWS_MAKENSIS:
            if candidate.is_file():
                return str(candidate)
    hint = "choco install nsis" if IS_WINDOWS else "apt-get install nsis"
    raise BuildError(f"makensis (NSIS 3) not found: {hint}")


def installer_path(version: str) -> Path:
    suffix = "setup.exe" if IS_WINDOWS else "setup-linux-stand-in.exe"
    return DIST / f"counter-assistant-{version}-{suffix}"


def build_installer(version: str) -> tuple[Path, float]:
    """Compile the NSIS script with the bundle as payload; returns the installer and the seconds it took."""
    if not (BUNDLE / ("counter-app.exe" if IS_WINDOWS else "counter-app")).is_file():
        raise BuildError(f"no bundle in {BUNDLE}: build it first (without --skip-installer)")
    version4 = ".".join(str(number) for number in version_tuple(version))
    target = installer_path(version)
    command = [
        find_makensis(),
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION4={version4}",
        f"-DBUNDLE_DIR={BUNDLE}",
        f"-DOUT_FILE={target}",
    ]
    if not IS_WINDOWS:
        command.append("-DFAST")  # a stand-in payload: valid script is the point, not a small file
    seconds = _run([*command, str(NSIS_SCRIPT)], cwd=INSTALLER_DIR)
    return target, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-installer", action="store_true", help="build the bundle only")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    version = project_version()
    try:
        bundle_seconds = build_bundle(args.clean)
        size, files = folder_size(BUNDLE)
        print(f"bundle     {BUNDLE.relative_to(ROOT)}: {size / 1e6:.1f} MB, {files} files ({bundle_seconds:.0f} s)")
        if not args.skip_installer:
            target, nsis_seconds = build_installer(version)
            print(
                f"installer  {target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB ({nsis_seconds:.0f} s)"
                + ("" if IS_WINDOWS else "  [Linux stand-in payload, uncompressed: proves the script only]")
            )
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
