"""What importing the main window loads: no reportlab (a PDF loads it when one is made), no openpyxl (a workbook
loads it when one is read or written), no SQL from the UI itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_main_window_starts_without_reportlab_or_openpyxl() -> None:
    code = (
        "import sys, counter_app.ui.main_window\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'openpyxl', 'charset_normalizer'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


def test_a_printed_document_still_loads_it() -> None:
    code = "import sys, printing\nprinting.build_notice_pdf\nprint('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_a_workbook_still_loads_openpyxl(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom counter_app.domain.manifest_read import ManifestError, read_tables\n"
        "try:\n    read_tables(b'PK\\x03\\x04 damaged', 'list.xlsx')\nexcept ManifestError:\n    pass\n"
        "print('openpyxl' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
