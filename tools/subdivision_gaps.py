"""List a country's first-level subdivisions (pycountry, ISO 3166-2) that regions.tsv lacks.

A maintenance aid for catalog/parse/data/regions.tsv, never run at parse time. For each
first-level subdivision of the countries named (ISO alpha-2 codes; all when none), prints the
name with accents folded and its generic word gone, then what else the data tables hold under
that name: `town` (world_cities/geo_cities), `given`/`surname`/`word` (people tables, common
words), `namesake` (namesake_regions.tsv), `shared` (shared_regions.tsv). Rows regions.tsv
already knows (bare or with a generic word) are left out. The English form is the editor's
job: pycountry writes local spellings (Al Qahirah, Donetska oblast).

    python tools/subdivision_gaps.py KE TZ AF
"""
import sys
import unicodedata
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "catalog" / "parse" / "data"
GENERIC = ("county", "province", "region", "department", "departamento", "governorate", "state",
           "canton", "district", "oblast", "sheng", "prefecture", "municipality", "city")


def key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def bare(name: str) -> str:
    k = key(name)
    for word in GENERIC:
        if k.endswith(" " + word):
            return k[: -len(word) - 1]
    return k


def rows(name: str) -> list[list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def main(codes: list[str]) -> None:
    known = {bare(r[0]) for r in rows("regions.tsv") if len(r) > 1}
    flags = {
        "town": {key(r[0]) for t in ("world_cities.tsv", "geo_cities.tsv") for r in rows(t)},
        "given": {key(r[0]) for r in rows("given_names.txt")},
        "surname": {key(r[0]) for r in rows("known_surnames.txt")},
        "word": {key(r[0]) for r in rows("common_words.txt")},
        "namesake": {key(r[0]) for r in rows("namesake_regions.tsv")},
        "shared": {key(r[0]) for r in rows("shared_regions.tsv")},
    }
    for sub in sorted(pycountry.subdivisions, key=lambda s: (s.country_code, s.name)):
        if sub.parent_code or codes and sub.country_code not in codes:
            continue
        b = bare(sub.name)
        if b in known:
            continue
        marks = [f for f, names in flags.items() if b in names]
        print(f"{sub.country_code}\t{sub.code}\t{sub.type}\t{sub.name}\t{b}\t{','.join(marks)}")


if __name__ == "__main__":
    main([c.upper() for c in sys.argv[1:]])
