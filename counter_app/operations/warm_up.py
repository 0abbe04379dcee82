"""Loading, beside the window just filled in, what the day's first applicant would otherwise wait for.

The first receipt of a process loads reportlab, the barcode library and the printing modules and parses the
Chinese font (≈ 300 ms here, against ≈ 12 ms for the next one); the first acceptance or pinyin search loads
pypinyin's dictionaries (≈ 130 ms quiet, ≈ 0.5 s under load). The window starts ``warm_up`` on a thread of its own
soon after it is filled in, so the applicant at the counter does not wait for either (bench/README.md).
"""

from __future__ import annotations

import importlib
import logging

from counter_app import paths
from counter_app.domain.pinyin_keys import name_keys

log = logging.getLogger(__name__)

# The documents a counter prints many times a day; the rest load on first use.
DOCUMENTS = ("printing.receipt", "printing.notice", "printing.pickup")


def warm_up() -> None:
    """Load pypinyin's dictionaries, the printing modules and the documents' font. Never raises: whatever fails
    here fails again, and is reported, when the clerk prints or searches."""
    try:
        name_keys("张三")
        import printing

        for module in DOCUMENTS:
            importlib.import_module(module)
        printing.register_cjk_font(paths.configured_font())  # parsed once per process, then cached
    except Exception:  # noqa: BLE001 - only a head start; the real use reports its own error to the clerk
        log.warning("warm-up left something to its first real use", exc_info=True)
