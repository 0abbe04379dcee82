"""Filling the unfinished entries of a Qt Linguist ``.ts`` file: the XML handling of fill_zh_CN.py and fill_en.py.

Each fill script only says what one (context, source text) becomes; this module finds the entries that
``pyside6-lupdate`` marked unfinished, writes the translation (or the plural forms of a ``%n`` text) and saves the file
in the layout lupdate itself writes, so that the next lupdate run changes nothing but new entries.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

# (context, source text, is it a %n plural text?) -> the translation; the context reads "Context#disambiguation"
# when the text has one. For a plural text either one string (a language with a single form, like Chinese) or one
# string per plural form; None = not known, listed for the translator.
Translate = Callable[[str, str, bool], "str | list[str] | None"]


def fill_unfinished(ts: Path, translate: Translate) -> list[str]:
    """Fill every unfinished entry of ``ts`` that ``translate`` knows; return the source texts it did not know."""
    tree = ET.parse(ts)
    unknown: list[str] = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            # A disambiguation (``self.tr(text, "tab")``) separates one word's two meanings in one context.
            comment = message.findtext("comment")
            text = translate(f"{name}#{comment}" if comment else name, source, numerus)
            if text is None:
                unknown.append(source)
                continue
            if numerus:
                for form in list(translation):
                    translation.remove(form)
                for form_text in [text] if isinstance(text, str) else text:
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                assert isinstance(text, str), f"one text expected for {source!r}"
                translation.text = text
            del translation.attrib["type"]
    ET.indent(tree)
    with ts.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return unknown


def run(ts: Path, translate: Translate) -> int:
    """The fill scripts' main: fill, list what is missing on stderr, exit status 1 when something is."""
    unknown = fill_unfinished(ts, translate)
    for source in unknown:
        print(f"no translation for: {source!r}", file=sys.stderr)
    return 1 if unknown else 0
