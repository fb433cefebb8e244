"""The credit tail: photographers, agency, source, pool / handout / file."""
from __future__ import annotations

from .record import Credit


def split_credit(text: str) -> tuple[str, Credit, list[str]]:
    """Split caption text into (description, credit, warnings). Stub: no credit found."""
    return text, Credit(), ["no-credit"]
