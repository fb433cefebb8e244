"""Names, titles, positions."""
from __future__ import annotations

from .record import Credit, Location, Person


def find_people(description: str, credit: Credit | None = None, location: Location | None = None,
                date_span: tuple[int, int] | None = None) -> list[Person]:
    """Stub: nobody."""
    return []
