"""Matching keys: names folded for case and accents, so `José` finds `JOSE`."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case- and accent-folded, spacing collapsed: the key people and photographers match on."""
    if text.isascii():  # nothing to decompose or drop, and split() collapses what \s does: a seventh of the time
        return " ".join(text.split()).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return _SPACE.sub(" ", text).strip().casefold()


def caption_hash(source_path: str, text: str) -> str:
    """A caption's identity: its source and its text with spacing normalised (sqlite-utils hash_id)."""
    normal = " ".join(text.split())  # = _SPACE.sub(" ", text).strip(), a fifth of the time (ingest hashes every caption)
    return hashlib.sha256(f"{source_path}\x00{normal}".encode("utf-8", "surrogatepass")).hexdigest()


def caption_hasher(source_path: str, normalized: bool = False) -> Callable[[str], str]:
    """caption_hash(source_path, text) as a function of the text alone, for the many captions of
    one source: the path's part of the hash is computed once and copied (same digests).
    `normalized`: every text given has its spacing collapsed already (a reader's clean()), and
    collapsing is idempotent, so it is not done again."""
    copy = hashlib.sha256(f"{source_path}\x00".encode("utf-8", "surrogatepass")).copy

    def digest(text: str) -> str:
        h = copy()
        h.update(" ".join(text.split()).encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def digest_normalized(text: str) -> str:
        h = copy()
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()
    return digest_normalized if normalized else digest
