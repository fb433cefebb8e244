"""The caption as read (normalise_text), compiled with Cython beside the step modules.

It runs once a caption before every step: compiled, the usual caption (ASCII, already clean)
is recognised in one C loop over its characters instead of str.isprintable's table look-up
per character and a search for a doubled space.
"""
from __future__ import annotations

import re
import unicodedata

try:
    import cython  # compiled: _clean_ascii below is a typed C loop
    _COMPILED = cython.compiled
except ImportError:  # plain Python without Cython
    _COMPILED = False

# Control characters other than white space (binary junk, NULs) carry no caption text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u200b]")


def _clean_ascii(text: str) -> bool:
    """Printable ASCII (" " to "~") with no doubled space and no space at either end: the text
    normalise_text would return unchanged. (Compiled only: as plain Python this loop costs more
    than the str methods it replaces.)"""
    prev = " "  # as if a space stood before the text: a leading space fails
    for c in text:
        if c < " " or c > "~" or (c == " " and prev == " "):
            return False
        prev = c
    return prev != " "  # (also False for "": the general path returns it)


def normalise_text(text) -> str:
    """The caption as read: NFC, no control characters, single spaces, trimmed."""
    if type(text) is str:
        if _COMPILED and _clean_ascii(text):  # the usual caption: nothing to do
            return text
    elif not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", "replace")
        else:
            text = "" if text is None else str(text)
    if not text.isascii():  # ASCII is already NFC
        text = unicodedata.normalize("NFC", text)
    if text.isprintable():
        # Then its only white space is " " (other spaces are separators or controls, which
        # str.isprintable refuses): most captions need no split and join.
        if "  " in text or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())
        return text
    return " ".join(_CONTROL.sub("", text).split())
