"""The search language against a catalogue of known records (beets' TestGet is the model):
each row is a query and the fixture captions it must find, by key (see fixtures/search-captions.jsonl)."""
from __future__ import annotations

import pytest

from catalog import open_catalog
from catalog.errors import QueryError
from catalog.query import And, Not, Or, Term, caption_select, parse

from searchlib import build_catalog, fixture_items

ART = {f"art-{i}" for i in range(1, 9)}
ART_POOL = ART - {"art-2"}
BLINKEN = ART | {"getty-2", "xin-1", "ho-1", "ap-4"}
QIN = {"art-1", "art-3", "art-6", "art-7", "xin-2"}
AP = ART | {"ap-1", "ap-2", "ap-3", "ap-4", "ap-5", "ap-6", "ho-1", "nodate-1", "sport-1", "quote-1"}
REUTERS = {"reu-1", "reu-2", "reu-3", "reu-4", "ho-2"}
GUESTHOUSE = {"art-1", "art-3", "art-6", "art-7"}
ALL = {item["key"] for item in fixture_items()}

CASES = [
    # people: whole words of folded names
    ("person:blinken", BLINKEN),
    ("person:BLINKEN", BLINKEN),
    ('person:"qin gang"', QIN),
    ("person:qin", QIN),
    ("person:gang", QIN),
    ('person:"gang qin"', set()),
    ("person:bli", set()),
    ("person:josé", {"reu-2"}),
    ("person:jose", {"reu-2"}),
    ("person:NUNEZ", {"reu-2"}),
    ("person:pierre", {"afp-3", "getty-3"}),
    ('person:"jean-pierre"', {"afp-3"}),
    ("person:o'brien", {"upi-1"}),
    ("person:jr", {"upi-2"}),
    ("person:millis", {"ap-6"}),
    ('person:"qin gang",xi', QIN | {"xin-1"}),
    ("people:zelenskyy", {"ho-1"}),
    # photographers
    ("by:millis", ART_POOL | {"getty-2", "ap-4"}),
    ('photographer:"leah millis"', ART_POOL | {"getty-2"}),
    ("by:gonzalez", {"reu-2"}),
    ("by:ciftci", {"ana-1"}),
    ("by:walsh", {"ap-6"}),
    ("by:vucci person:vucci", {"ap-6"}),
    # agencies and sources
    ("agency:ap", AP),
    ("agency:ap,reuters", AP | REUTERS),
    ("agency:getty", {"getty-1", "getty-2", "getty-3", "ana-1"}),
    ('agency:"Getty Images"', {"getty-1", "getty-2", "getty-3", "ana-1"}),
    ("agency:afp", {"afp-1", "afp-2", "afp-3"}),
    ("source:afp", {"getty-2"}),
    ("source:pool", ART_POOL | {"reu-2", "epa-2"}),
    ("agency:dpa", {"dpa-1"}),
    ("source:dpa", {"sport-1"}),
    ("source:anadolu", {"ana-1"}),
    # flags and completeness
    ("is:pool", ART_POOL | {"reu-2", "getty-2", "epa-2"}),
    ("is:handout", {"ho-1", "ho-2"}),
    ("is:file", {"reu-3", "afp-3", "ap-1"}),
    ("-is:file agency:reuters", {"reu-1", "reu-2", "reu-4", "ho-2"}),
    ("-has:photographer", {"kyo-1", "ho-1", "ho-2", "nocredit-1"}),
    ("-has:credit", {"nocredit-1"}),
    ("-has:date", {"ho-2", "nocredit-1", "nodate-1"}),
    ("-has:people", {"reu-4", "afp-1", "bbg-1", "dpa-1", "ho-2", "ap-3", "ap-5", "ana-1", "nocredit-1", "nodate-1",
                     "quote-1"}),
    ("-has:place", {"nocredit-1"}),
    ("has:warnings", {"nocredit-1"}),
    ("-has:agency", {"nocredit-1"}),
    # dates, at their precision
    ("date:2023-06", ART | {"getty-2", "epa-1", "xin-1", "ap-3", "ap-4"}),
    ("date:2023-06-01..2023-06-15", {"ap-3", "ap-4", "epa-1"}),
    ("date:2023-06-18", ART),
    ("date:..2016-12-31", {"dpa-1", "reu-3"}),
    ("date:2015", {"dpa-1"}),
    ("date:2016", {"reu-3"}),
    ("date:2016-05", {"reu-3"}),
    ("date:2016-05-01..2016-05-31", {"reu-3"}),
    ("date:2016-05-02..2016-05-31", set()),
    ("date:2015-01..2015-06", set()),
    ("date:2024..", {"upi-1", "kyo-1"}),
    ("date:2023-04", {"xin-2"}),
    ("date:2023-01-01..2023-12-31 agency:xinhua", {"xin-1", "xin-2"}),
    ("date:2019,2015", {"reu-2", "bbg-1", "ap-5", "dpa-1"}),
    ("date:2019-12-31", {"ap-5"}),
    # places: venue, city, region, country; case and accents folded
    ("in:beijing", ART | {"xin-1", "xin-2"}),
    ('place:"state guesthouse"', GUESTHOUSE),
    ("city:bogota", {"reu-2"}),
    ("in:ZURICH", {"reu-4"}),
    ("in:kahramanmaras", {"ana-1"}),
    ('country:"united states"', {"getty-2", "upi-1", "upi-2", "bbg-1", "ho-2", "ap-1", "ap-2", "ap-3", "ap-6"}),
    ("region:georgia", {"ap-3"}),
    ("city:gaza", {"ap-5"}),
    ('in:"gaza city"', {"ap-5"}),
    ("venue:cenotaph", {"getty-1"}),
    ("in:washington", {"getty-2", "upi-1", "upi-2", "ap-6"}),
    ("in:england", {"getty-1"}),
    # titles and positions: whole words, case-insensitive
    ('title:"foreign minister"', GUESTHOUSE | {"epa-2", "xin-2"}),
    ("title:minister", GUESTHOUSE | {"epa-2", "xin-2", "reu-1", "kyo-1"}),
    ("title:u.s.", {"art-1", "art-2", "art-3", "art-4", "art-5", "art-6", "art-7", "art-8", "xin-1", "ho-1", "ap-4"}),
    ("position:left", {"art-1", "art-5", "art-7", "ap-4", "afp-2", "reu-2", "sport-1"}),
    ('position:"second right"', {"art-1"}),
    # caption text (FTS5): bare words, phrases, text:
    ("diaoyutai", GUESTHOUSE),
    ('"state guesthouse"', GUESTHOUSE),
    ("blinken qin", GUESTHOUSE),
    ("BEIJING doormen", {"art-6"}),
    ("text:nasa", {"ho-2"}),
    ("text:nasa,cenotaph", {"ho-2", "getty-1"}),
    ("zurich", {"reu-4"}),
    ("-diaoyutai person:qin", {"xin-2"}),
    # a word or place term beside names: the names are tested on the full-text match's rowid
    ("in:beijing person:blinken", ART | {"xin-1"}),
    ("in:beijing -person:blinken", {"xin-2"}),
    ("in:beijing person:blinken date:2023-06-18", ART),
    ("in:beijing (person:qin OR by:millis)", ART_POOL | {"xin-2"}),
    ('"state guesthouse" by:millis title:"foreign minister"', GUESTHOUSE),
    ("diaoyutai position:left", {"art-1", "art-7"}),
    ("city:beijing person:qin agency:ap", GUESTHOUSE),
    # boolean structure
    ("-agency:ap agency:reuters", REUTERS),
    ("person:blinken OR person:macron", BLINKEN | {"afp-2"}),
    ("(agency:afp OR source:afp) date:2023", {"afp-1", "afp-2", "getty-2"}),
    ("person:blinken -(by:millis OR agency:xinhua)", {"art-2", "ho-1"}),
    ("person:blinken AND agency:xinhua", {"xin-1"}),
    ("person:scholz by:bilan", {"epa-1"}),
    ("(person:scholz OR person:macron) (in:paris OR in:berlin) -by:marin", {"epa-1"}),
    ('by:"leah millis" person:blinken -is:pool', set()),
    ("id:12", {"reu-4"}),
    ("", ALL),
]


@pytest.fixture(scope="module")
def catalog_ids(module_db_url):
    """The fixture catalogue, on each backend."""
    ids = build_catalog(module_db_url)
    with open_catalog(module_db_url) as catalog:
        yield catalog, ids


def run(catalog, ids, query, **kw) -> set[str]:
    keys = {v: k for k, v in ids.items()}
    stmt = caption_select(query, dialect=catalog.dialect, columns=[caption_select("").selected_columns.id], **kw)
    with catalog.engine.connect() as conn:
        return {keys[i] for i in conn.scalars(stmt)}


def test_table_has_enough_rows():
    assert len(CASES) >= 30


@pytest.mark.parametrize("query,expected", CASES, ids=[q or "<empty>" for q, _ in CASES])
def test_query(catalog_ids, query, expected):
    catalog, ids = catalog_ids
    found = run(catalog, ids, query)
    assert found == expected, f"{query!r}: missing {sorted(expected - found)}, unexpected {sorted(found - expected)}"


def test_article_captions_are_the_sample_articles():
    from searchlib import ARTICLE
    article = ARTICLE.read_text(encoding="utf-8")
    arts = [i for i in fixture_items() if i["key"].startswith("art-")]
    assert len(arts) == 8 and all(i["text"] in article for i in arts)


def test_command_line_words_join_as_terms():
    # The shell ate the quotes of person:"qin gang": one argument, one phrase (as in beets).
    assert parse(["person:qin gang"]) == Term("person", ("qin gang",), 1)
    assert parse(["person:blinken", "date:2023"]) == And((Term("person", ("blinken",), 1),
                                                          Term("date", ("2023",), 16)))
    assert parse(["person:blinken OR person:qin"]) == Or((Term("person", ("blinken",), 1),
                                                          Term("person", ("qin",), 19)))


def test_parse_tree():
    assert parse('-by:millis (agency:ap,"getty images" OR x)') == And((
        Not(Term("photographer", ("millis",), 1)),
        Or((Term("agency", ("ap", "getty images"), 13), Term("text", ("x",), 41)))))


def test_sorts(catalog_ids):
    catalog, ids = catalog_ids
    keys = {v: k for k, v in ids.items()}
    col = [caption_select("").selected_columns.id]

    def order(sort, query="agency:reuters,xinhua"):
        with catalog.engine.connect() as conn:
            return [keys[i] for i in conn.scalars(caption_select(query, dialect=catalog.dialect, sort=sort,
                                                                 columns=col))]

    assert order(None) == ["reu-1", "reu-2", "reu-3", "reu-4", "xin-1", "xin-2", "ho-2"]
    assert order("date") == ["reu-3", "reu-2", "reu-1", "reu-4", "xin-2", "xin-1", "ho-2"]
    assert order("-date") == ["xin-1", "xin-2", "reu-4", "reu-1", "reu-2", "reu-3", "ho-2"]
    # by the first photographer's name as written (Anna Keller, Li Xueren, ...); none last
    assert order("photographer") == ["reu-4", "xin-1", "reu-2", "reu-1", "reu-3", "xin-2", "ho-2"]
    assert order("agency") == ["reu-3", "reu-2", "reu-1", "reu-4", "ho-2", "xin-2", "xin-1"]
    assert order("agency", "id:9 OR id:13 OR id:16 OR id:37") == ["afp-1", "getty-1", "reu-1", "nocredit-1"]
    with catalog.engine.connect() as conn:
        limited = list(conn.scalars(caption_select("agency:ap", dialect=catalog.dialect, sort="-date", limit=3,
                                                   columns=col)))
    assert [keys[i] for i in limited] == ["ho-1", "art-1", "art-2"]


@pytest.mark.parametrize("query", ["person:blinken OR person:macron", "agency:afp OR source:afp OR -has:credit",
                                   "(agency:afp OR in:paris) OR by:millis", "id:9 OR id:13 OR id:16 OR id:37",
                                   "person:blinken OR diaoyutai"])
def test_or_with_limit_is_the_first_rows_of_all(catalog_ids, query):
    """`a OR b --limit N` takes the first N of each side, then of their union: the same rows
    as the first N of the whole answer."""
    catalog, _ = catalog_ids
    col = [captions_id()]
    with catalog.engine.connect() as conn:
        everything = list(conn.scalars(caption_select(query, dialect=catalog.dialect, columns=col)))
        assert len(everything) >= 3
        for limit in (1, 2, 3, len(everything) + 1):
            assert list(conn.scalars(caption_select(query, dialect=catalog.dialect, limit=limit, columns=col))) \
                == everything[:limit]


@pytest.mark.parametrize("query", ["person:blinken", 'person:"qin gang",blinken', "person:qin,xi", "by:millis",
                                   "photographer:millis,gonzalez", "person:blinken OR by:gonzalez",
                                   "person:nobody-at-all"])
def test_lone_name_with_limit_is_the_first_rows_of_all(catalog_ids, query):
    """A lone person or photographer term with a limit walks the link index (first_linked_ids):
    the same rows as the first N of the whole answer, each caption once even when it names two
    matching people (the sample article names Blinken and Qin Gang together)."""
    catalog, _ = catalog_ids
    col = [captions_id()]
    with catalog.engine.connect() as conn:
        everything = list(conn.scalars(caption_select(query, dialect=catalog.dialect, columns=col)))
        assert len(everything) == len(set(everything))
        for limit in (1, 2, 3, 7, len(everything) + 1):
            assert list(conn.scalars(caption_select(query, dialect=catalog.dialect, limit=limit, columns=col))) \
                == everything[:limit]


def test_lone_name_with_limit_walks_the_link_index():
    from catalog.query import render_sql
    from sqlalchemy.dialects import sqlite

    walked = render_sql(caption_select("person:keller", dialect="sqlite", limit=50), sqlite.dialect())
    assert "WITH RECURSIVE" in walked and "caption_people.caption_id > walk_1.caption_id" in walked
    # not without a limit, not sorted by date, not with a second term: those keep the IN form
    for query, kw in (("person:keller", {}), ("person:keller", {"limit": 5, "sort": "-date"}),
                      ("person:keller date:2023", {"limit": 5})):
        assert "RECURSIVE" not in render_sql(caption_select(query, dialect="sqlite", **kw), sqlite.dialect())


def test_names_beside_a_word_term_test_the_match_rowid():
    """With a word or place term driving the query, a name term tests the full-text rowid,
    written `+rowid` so SQLite does not make the name list drive the match instead."""
    from catalog.query import render_sql
    from sqlalchemy.dialects import sqlite

    sql = render_sql(caption_select("person:okafor in:paris date:2018..2022", dialect="sqlite", limit=50),
                     sqlite.dialect())
    assert "(+ captions_fts.rowid) IN (SELECT caption_people.caption_id" in sql
    assert "captions.id IN (SELECT caption_people" not in sql


def captions_id():
    return caption_select("").selected_columns.id


ERRORS = [
    ("peson:blinken", "unknown field 'peson' at column 1"),
    ("person:blinken -foo:bar", "unknown field 'foo' at column 17"),
    ("date:2023-13", "malformed date '2023-13' at column 1"),
    ("date:june", "malformed date 'june' at column 1"),
    ("x date:2023-02-30", "malformed date '2023-02-30' at column 3"),
    ("date:..", "malformed date range '..' at column 1"),
    ("date:2023-06-30..2023-06-01", "empty date range '2023-06-30..2023-06-01' at column 1"),
    ('person:"qin gang', 'unbalanced quote: the " at column 8 is never closed'),
    ("(person:blinken", "unbalanced parenthesis: '(' at column 1 is never closed"),
    ("person:blinken)", "unbalanced parenthesis: ')' at column 15 has no '('"),
    ("a (b (c)", "unbalanced parenthesis: '(' at column 3 is never closed"),
    ("()", "empty parentheses at column 1"),
    ("OR person:blinken", "OR at column 1 has nothing before it"),
    ("person:blinken OR", "OR at column 16 has nothing after it"),
    ("person:", "empty value for person: at column 1"),
    ("agency:ap,", "empty value for agency: at column 1"),
    ("is:great", "unknown value is:great at column 1"),
    ("has:hat", "unknown value has:hat at column 1"),
    ("id:x", "malformed id 'x' at column 1"),
    ("person:(blinken", "unexpected '(' at column 8"),
]


@pytest.mark.parametrize("query,message", ERRORS)
def test_errors(query, message):
    with pytest.raises(QueryError) as info:
        parse(query)
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 2


def test_real_parser_path_builds_a_searchable_catalogue(db_url):
    """The same texts through parse_caption (whatever the parser's accuracy today): stored,
    indexed, and every query in the table runs."""
    from catalog import parse_caption
    ids = build_catalog(db_url, parse=parse_caption)
    assert len(ids) == len(ALL)
    with open_catalog(db_url) as catalog:
        for query, _ in CASES:
            run(catalog, ids, query)
        assert "art-6" in run(catalog, ids, "doormen")  # text search does not depend on the parse


@pytest.mark.parametrize("query", ["agency:ap", "agency:ap is:file", "agency:ap,reuters", "source:afp", "-agency:ap",
                                   "agency:nosuch", "agency:getty OR person:blinken", "diaoyutai agency:ap",
                                   "agency:reuters date:2016..2023"])
def test_agency_ids_read_first_give_the_same_rows(catalog_ids, query):
    """caption_select(conn=...) holds the agency ids themselves (one agency: `agency_id = ?`,
    which SQLite can sort down an index a date at a time): the same rows, in the same order."""
    catalog, _ = catalog_ids
    col = [captions_id()]
    with catalog.engine.connect() as conn:
        for sort in (None, "-date", "date"):
            for limit in (None, 1, 3):
                kw = dict(dialect=catalog.dialect, sort=sort, limit=limit, columns=col)
                assert list(conn.scalars(caption_select(query, conn=conn, **kw))) == \
                    list(conn.scalars(caption_select(query, **kw))), (sort, limit)
