"""The warm-up the window starts after its first paint loads what the first receipt and pinyin search need, and
never raises (a fresh interpreter each: in the test process these are long loaded)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

WARM_UP = r"""
import json, sys
from counter_app.operations.warm_up import warm_up
before = {name: name in sys.modules for name in ("pypinyin", "reportlab", "printing.receipt", "barcode")}
warm_up()
from printing.fonts import font_path_in_use
after = {name: name in sys.modules for name in before}
print(json.dumps({"before": before, "after": after, "font": str(font_path_in_use())}))
"""


def _warm_up(tmp_path: Path, **env: str) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", WARM_UP], capture_output=True, text=True, check=True,
                            env={**os.environ, "COUNTER_APP_DATA": str(tmp_path), **env})
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_warm_up_loads_pinyin_printing_and_the_font(tmp_path: Path) -> None:
    seen = _warm_up(tmp_path)
    assert not any(seen["before"].values())  # type: ignore[attr-defined]
    assert all(seen["after"].values())  # type: ignore[attr-defined]
    assert seen["font"] != "None" and Path(str(seen["font"])).is_file()


def test_what_fails_is_left_to_the_first_real_use(monkeypatch, caplog) -> None:
    import printing
    from counter_app.operations.warm_up import warm_up
    from printing.errors import FontNotFound

    def no_font(_configured: object = None) -> str:
        raise FontNotFound("没有可用的中文字体")

    monkeypatch.setattr(printing, "register_cjk_font", no_font)
    warm_up()  # no exception: the first print reports it to the clerk
    assert "warm-up left something to its first real use" in caplog.text
