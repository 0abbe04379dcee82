"""Exceptions the printing package raises for problems a clerk or an administrator can fix."""

from __future__ import annotations


class PrintingError(Exception):
    """Base class for printing problems whose message (in Chinese) can be shown to the user as is."""


class FontNotFound(PrintingError):
    """No embeddable TrueType font with Chinese glyphs was found (找不到可嵌入的中文字体)."""


class MissingGlyphs(PrintingError):
    """The document holds characters that neither printing font can draw (they would print as blanks)."""
