"""A real print spooler for tests: CUPS with a cups-pdf queue (``.ci/run`` installs and starts both).

cups-pdf writes every job it receives to ``~/PDF/`` of the submitting user, named after the job's title; it
re-renders the job through ghostscript, so a spooled page is checked by its size (pdfinfo) and by decoding its
barcode at 600 dpi (see shared platform notes), not by its text.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

QUEUE = os.environ.get("COUNTER_APP_TEST_PRINTER", "CounterPDF")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def _queue_ready(name: str) -> bool:
    if shutil.which("lpstat") is None:
        return False
    done = subprocess.run(["lpstat", "-p", name], capture_output=True, text=True, timeout=10)
    return done.returncode == 0 and "enabled" in done.stdout


def output_dir() -> Path:
    """Where cups-pdf puts the jobs of this user (its ``Out ${HOME}/PDF``, HOME from the password database)."""
    return Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"


@pytest.fixture
def cups_queue() -> str:
    """The name of a working cups-pdf queue; missing → skipped here, an error in CI."""
    if not _queue_ready(QUEUE):
        if os.environ.get("CI"):
            raise RuntimeError(f"CUPS queue {QUEUE} is required in CI (.ci/run sets it up)")
        pytest.skip(f"no CUPS queue {QUEUE}")
    return QUEUE


@pytest.fixture
def stopped_queue(cups_queue: str) -> Iterator[str]:
    """A cups-pdf queue that exists but is stopped (disabled), as a printer switched off or out of paper."""
    name = f"CounterStopped{uuid.uuid4().hex[:8]}"
    subprocess.run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-P", str(PPD)], check=True, capture_output=True)
    subprocess.run(["cupsdisable", name], check=True, capture_output=True)
    try:
        yield name
    finally:
        subprocess.run(["lpadmin", "-x", name], capture_output=True)


class Spool:
    """New files in the cups-pdf output folder since the test started, found by a token in the job title."""

    def __init__(self) -> None:
        self.folder = output_dir()
        # cups-pdf overwrites a file of the same title, so an old file counts as new once it changes.
        self.before = {path: path.stat().st_mtime_ns for path in self.folder.glob("*.pdf")} \
            if self.folder.exists() else {}
        self.taken: list[Path] = []

    def wait_for(self, token: str, timeout: float = 60.0) -> Path:
        # cups-pdf turns spaces and other characters into "_" in the file name.
        pattern = re.compile(re.escape(re.sub(r"[^0-9A-Za-z-]", "_", token)))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.folder.exists():
                for path in self.folder.glob("*.pdf"):
                    fresh = self.before.get(path) != _mtime(path)
                    if fresh and path not in self.taken and pattern.search(path.name) and _complete(path):
                        self.taken.append(path)
                        return path
            time.sleep(0.2)
        raise AssertionError(f"no job with {token!r} in {self.folder} after {timeout:.0f} s")

    def clean(self) -> None:
        for path in self.taken:
            path.unlink(missing_ok=True)


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def _complete(path: Path) -> bool:
    """cups-pdf writes the file in place: wait until it ends with the PDF trailer."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.rstrip().endswith(b"%%EOF")


@pytest.fixture
def spool(cups_queue: str) -> Iterator[Spool]:
    # Jobs are found by their title, and two tests (parallel workers, or another run on this machine) may print
    # the same title ("Receipt 1101…00001", "Shelf list") into the same ~/PDF: one test prints at a time.
    import fcntl  # POSIX, like CUPS: the cups_queue fixture has skipped elsewhere

    with open(Path(tempfile.gettempdir()) / "counter-app-tests-cups-pdf.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = Spool()
        try:
            yield found
        finally:
            found.clean()


def page_size_points(path: Path) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out)
    assert match, out
    return float(match.group(1)), float(match.group(2))


def same_size(size: tuple[float, float], expected: tuple[float, float], points: float = 2.0) -> bool:
    """Page sizes within ``points``: the job is printed from a 300-dpi rendering, so a point may be lost."""
    return abs(size[0] - expected[0]) <= points and abs(size[1] - expected[1]) <= points


def decode_barcodes(path: Path, dpi: int = 600) -> list[str]:
    """Every barcode zxing-cpp finds on the first page rendered at ``dpi`` (600: spooled pages need it)."""
    import zxingcpp
    from PIL import Image

    prefix = path.with_suffix("")
    out = Path(f"{prefix}-render")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", str(path),
                    str(out)], check=True, capture_output=True)
    png = Path(f"{out}.png")
    try:
        return [result.text for result in zxingcpp.read_barcodes(Image.open(png))]
    finally:
        png.unlink(missing_ok=True)
