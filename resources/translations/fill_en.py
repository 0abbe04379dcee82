"""Fill the unfinished entries of counter_app_en.ts: English is the source language, so each entry is its source text.

    .venv/bin/python resources/translations/fill_en.py
    .venv/bin/pyside6-lrelease resources/translations/counter_app_en.ts -qm resources/translations/counter_app_en.qm

Why an English translation at all: a ``%n`` text is written once as "overdue %n day(s)"; the English .qm gives it
the two English plural forms ("overdue 1 day", "overdue 3 days"), which the bare source text cannot.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ts_fill import run  # this folder, put on sys.path by running the script

TS = Path(__file__).with_name("counter_app_en.ts")


def english_plural_forms(source: str) -> list[str]:
    """English singular and plural of a ``%n`` text: "day(s)" → "day" / "days", "match(es)" → "match" / "matches"."""
    return [source.replace("(es)", "").replace("(s)", ""), source.replace("(es)", "es").replace("(s)", "s")]


def english(context: str, source: str, numerus: bool) -> str | list[str]:
    return english_plural_forms(source) if numerus else source


if __name__ == "__main__":
    sys.exit(run(TS, english))
