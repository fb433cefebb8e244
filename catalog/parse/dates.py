"""The date span -> ISO date + precision (dateparser only as a fallback)."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class FoundDate:
    value: str | None = None          # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    precision: str | None = None      # "day", "month", "year"
    span: tuple[int, int] | None = None  # where in the description the date was written
    warnings: list[str] = field(default_factory=list)


def find_date(description: str, reference_date: _dt.date | None = None) -> FoundDate:
    """Stub: no date."""
    return FoundDate()
