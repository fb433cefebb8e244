"""The parse record: the shape fixed by ../shared/caption-schema.md (version 1).

Plain dataclasses so the parser stays free of any storage concern; `as_dict()`
gives exactly the schema's keys, in the schema's order.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Person:
    name: str
    title: str | None = None
    position: str | None = None

    def as_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "position": self.position}


@dataclass(slots=True)
class Location:
    venue: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None

    def as_dict(self) -> dict:
        return {"venue": self.venue, "city": self.city, "region": self.region, "country": self.country}


@dataclass(slots=True)
class Credit:
    line: str | None = None
    photographers: list[str] = field(default_factory=list)
    agency: str | None = None
    source: str | None = None
    pool: bool = False
    handout: bool = False
    file: bool = False
    # photographers the caption names in its own words (`In this photo by Jane Roe, ...`): people
    # the text mentions too, so the people step keeps them (not part of the record)
    named_in_text: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "line": self.line,
            "photographers": list(self.photographers),
            "agency": self.agency,
            "source": self.source,
            "pool": self.pool,
            "handout": self.handout,
            "file": self.file,
        }


@dataclass(slots=True)
class Caption:
    text: str
    description: str
    people: list[Person] = field(default_factory=list)
    location: Location = field(default_factory=Location)
    date: str | None = None
    # "day", "month" or "year": how much of `date` was written (not a schema key).
    date_precision: str | None = None
    credit: Credit = field(default_factory=Credit)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The record exactly as caption-schema.md lays it out."""
        return {
            "text": self.text,
            "description": self.description,
            "people": [p.as_dict() for p in self.people],
            "location": self.location.as_dict(),
            "date": self.date,
            "credit": self.credit.as_dict(),
            "warnings": list(self.warnings),
        }
