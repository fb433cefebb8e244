"""The search tests' catalogue: the sample article's captions and fixtures/search-captions.jsonl,
stored through the real writer (CaptionWriter into open_catalog) from the records we expect,
so the tests exercise the search, not the parser."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from catalog import open_catalog
from catalog.parse.record import Caption, Credit, Location, Person
from catalog.store.models import Source
from catalog.store.writer import CaptionWriter

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "fixtures" / "blinken-beijing-2023-06-19.txt"
CAPTIONS = ROOT / "fixtures" / "search-captions.jsonl"
PRECISION = {4: "year", 7: "month", 10: "day"}


def fixture_items() -> list[dict]:
    return [json.loads(line) for line in CAPTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_caption(record: dict) -> Caption:
    return Caption(
        text=record["text"],
        description=record["description"],
        people=[Person(**p) for p in record["people"]],
        location=Location(**record["location"]),
        date=record["date"],
        date_precision=PRECISION.get(len(record["date"] or "")),
        credit=Credit(**record["credit"]),
        warnings=list(record["warnings"]),
    )


def build_catalog(path: Path, parse=None) -> dict[str, int]:
    """Store every fixture caption; returns key -> caption id. With `parse` (parse_caption),
    the records come from the parser instead of the fixture."""
    items = fixture_items()
    ids = {}
    with open_catalog(path) as catalog, catalog.transaction() as session:
        now = dt.datetime(2024, 1, 1)
        article = Source(path=str(ARTICLE), kind="article", sha256="0" * 64, size=ARTICLE.stat().st_size,
                         reference_date=dt.date(2023, 6, 19), dateline="BEIJING", ingested_at=now)
        others = Source(path=str(CAPTIONS), kind="jsonl", sha256="1" * 64, size=CAPTIONS.stat().st_size,
                        ingested_at=now)
        session.add_all([article, others])
        session.flush()
        writer = CaptionWriter(session)
        ordinals = {article.id: 0, others.id: 0}
        for item in items:
            source = article if item["key"].startswith("art-") else others
            ordinals[source.id] += 1
            if parse is not None:
                parsed = parse(item["text"], reference_date="2023-06-19" if source is article else None)
            else:
                parsed = as_caption(item["record"])
            row = writer.add(source, ordinals[source.id], parsed)
            ids[item["key"]] = row.id
    return ids
