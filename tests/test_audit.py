"""catalog audit: each rule's hit and near miss, the planted fixture set, config, the CLI; the
catalogue tests on each backend (db_url)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit_helpers import build, caption
from catalog import audit as audit_lib
from catalog.cli import cli
from catalog.errors import ConfigError
from catalog.parse.record import Caption, Credit
from catalog.store import open_catalog
from catalog.store.models import Caption as CaptionRow

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "audit"
S = "Sunday, June 18, 2023."
REF = {"a.txt": "2023-06-19", "b.txt": "2023-06-19"}


def ap(desc, name="Ng Han Guan", **kw):
    return caption(desc, f"AP Photo/{name}", photographers=[name], agency="AP", date=kw.pop("date", "2023-06-18"), **kw)


def pool(desc, name="Leah Millis"):
    return caption(desc, f"{name}/Pool Photo via AP", photographers=[name], agency="AP", source="Pool",
                   pool=True, date="2023-06-18")


def run(url, sources, rules=None, config=None, refs=REF, **kw):
    build(url, sources, refs)
    cfg = audit_lib.parse_config(config or {})
    with open_catalog(url) as catalog:
        return list(audit_lib.audit(catalog, cfg, rules, **kw))


# Each rule: captions that trip it once, and a near miss that must not. (rule, hit, near miss, config)
CASES = {
    "missing-credit": (
        [caption(f"A man walks past a mural in Beijing, {S}")],
        [ap(f"A man walks past a mural in Beijing, {S}")], {}),
    "malformed-credit": (
        [caption(f"Crowds in Beijing, {S}", "AP Photo/", agency="AP")],
        [ap(f"Crowds in Beijing, {S}")], {}),
    "placeholder-photographer": (
        [caption(f"Crowds in Beijing, {S}", "AFP PHOTO / STR", agency="AFP")],
        [caption(f"Crowds in Beijing, {S}", "AFP PHOTO / Greg Baker", photographers=["Greg Baker"], agency="AFP")], {}),
    "unknown-agency": (
        [caption(f"Crowds in Beijing, {S}", "Jane Doe/Acme Pictures", photographers=["Jane Doe"], agency="Acme Pictures")],
        [caption(f"Crowds in Beijing, {S}", "Jane Doe/Acme Pictures", photographers=["Jane Doe"], agency="Acme Pictures")],
        {"agencies": ["Acme Pictures"]}),
    "agency-style": (
        [caption(f"Crowds in Beijing, {S}", "REUTERS/ Thomas Peter", photographers=["Thomas Peter"], agency="Reuters")],
        [caption(f"Crowds in Beijing, {S}", "REUTERS/Thomas Peter/File Photo", photographers=["Thomas Peter"],
                 agency="Reuters", file=True)], {}),
    "weekday-mismatch": (
        [ap("Crowds in Beijing, Saturday, June 18, 2023.")],
        [ap(f"Crowds in Beijing, {S}")], {}),
    "parser-fault": (
        [ap(f"Crowds in Beijing, {S}", warnings=["internal-error: people: KeyError"])],
        [ap(f"Crowds in Beijing, {S}", warnings=["no-credit"])], {}),
    "date-after-source": (
        [ap("Crowds in Beijing, Tuesday, June 20, 2023.", date="2023-06-20")],
        [ap("Crowds in Beijing, Monday, June 19, 2023.", date="2023-06-19")], {}),
    "file-unmarked": (
        [ap("Crowds in Beijing, Thursday, May 18, 2023.", date="2023-05-18")],
        [ap("Crowds in Beijing, Saturday, May 20, 2023.", date="2023-05-20")], {}),
    "handout-unsourced": (
        [caption(f"Troops in Kyiv, {S}", "Handout via AP", agency="AP", handout=True)],
        [caption(f"Troops in Kyiv, {S}", "Ukrainian Presidential Press Office via AP", agency="AP",
                 source="Ukrainian Presidential Press Office", handout=True)], {}),
    "state-media": (
        [caption(f"Crowds in Pyongyang, {S}", "Korean Central News Agency/Korea News Service via AP", agency="AP",
                 source="Korean Central News Agency/Korea News Service")],
        [caption(f"Crowds in Tokyo, {S}", "Kyodo News via AP", agency="AP", source="Kyodo News")], {}),
    "not-licensed": (
        [caption(f"Crowds in Beijing, {S}", "Photo by Greg Baker / AFP", photographers=["Greg Baker"], agency="AFP")],
        [caption(f"Crowds in Beijing, {S}", "Photo by Greg Baker / AFP", photographers=["Greg Baker"], agency="AFP")],
        {"licensed_agencies": ["Agence France-Presse"]}),
    "photographer-variants": (
        [pool(f"Scene {i} in Beijing, {S}") for i in range(3)] + [ap(f"Scene 9 in Beijing, {S}", "Leah Milis")],
        [ap(f"Scene {i} in Beijing, {S}", "Chris Wong") for i in range(3)]
        + [ap(f"Scene {i} in Beijing, {S}", "Chris Wang") for i in range(3, 6)], {}),
    "photographer-affiliation": (
        [pool(f"Scene 1 in Beijing, {S}"),
         caption(f"Scene 2 in Beijing, {S}", "REUTERS/Leah Millis/Pool", photographers=["Leah Millis"],
                 agency="Reuters", source="Pool", pool=True, date="2023-06-18")],
        [pool(f"Scene 1 in Beijing, {S}"), pool(f"Scene 2 in Beijing, {S}")], {}),
}


# The photo-file rules need images; their planted set is in tests/test_images_cli.py.
IMAGE_RULES = {code for code, *_ in __import__("catalog.audit_images", fromlist=["IMAGE_RULES"]).IMAGE_RULES}
CAPTION_RULES = set(audit_lib.RULES) - IMAGE_RULES


def test_every_rule_has_a_case():
    assert set(CASES) | {"conflicting-credit"} == CAPTION_RULES


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_hits(db_url, code):
    hit, _, config = CASES[code]
    cfg = {"audit": {"licensed_agencies": ["AP"]}} if code == "not-licensed" else {}
    found = run(db_url, {"a.txt": hit}, [code], cfg)
    assert [(f.rule, f.severity) for f in found] == [(code, audit_lib.RULES[code].severity)], found
    assert found[0].source == "/archive/a.txt" and found[0].caption_id is not None


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_near_miss(db_url, code):
    _, miss, config = CASES[code]
    found = run(db_url, {"a.txt": miss}, [code], {"audit": config})
    assert found == []


def test_conflicting_credit_hit_and_near_miss(db_url, new_catalog_url):
    same = f"A hand is seen between screens in Beijing, {S}"
    found = run(db_url, {"a.txt": [ap(same)], "b.txt": [ap(same, "Mark Schiefelbein")]}, ["conflicting-credit"])
    assert len(found) == 1 and found[0].rule == "conflicting-credit"
    assert "AP Photo/Ng Han Guan" in found[0].message and "AP Photo/Mark Schiefelbein" in found[0].message
    assert found[0].credit == "AP Photo/Mark Schiefelbein" and found[0].source == "/archive/b.txt"
    # The same picture re-used as a file photo is not a conflict.
    near = run(new_catalog_url(),
               {"a.txt": [ap(same)], "b.txt": [caption(same, "AP Photo/Ng Han Guan, File", photographers=["Ng Han Guan"],
                                                       agency="AP", file=True)]}, ["conflicting-credit"])
    assert near == []


def test_evidence_carries_the_expected_form(db_url):
    found = run(db_url, {"a.txt": [
        caption(f"Crowds in Beijing, {S}", "Associated Press/Mark Schiefelbein", photographers=["Mark Schiefelbein"],
                agency="AP", date="2023-06-18"),
        caption(f"Crowds in Beijing, {S}", "Pool Photo by Leah Millis via AP", photographers=["Leah Millis"],
                agency="AP", source="Pool", pool=True),
        ap("Crowds in Beijing, Thursday, May 18, 2023.", date="2023-05-18"),
        ap("Crowds in Beijing, Saturday, June 18, 2023."),
    ]}, ["agency-style", "file-unmarked", "weekday-mismatch"])
    got = {(f.rule, f.credit, f.expected) for f in found}
    assert got == {
        ("agency-style", "Associated Press/Mark Schiefelbein", "AP Photo/Mark Schiefelbein"),
        ("agency-style", "Pool Photo by Leah Millis via AP", "Leah Millis/Pool Photo via AP"),
        ("file-unmarked", "AP Photo/Ng Han Guan", "AP Photo/Ng Han Guan, File"),
        ("weekday-mismatch", "AP Photo/Ng Han Guan", "Sunday, June 18, 2023"),
    }


def test_variants_by_case_accent_initials_and_order(db_url):
    sources = {"a.txt": [
        ap("One.", "José Luis Magaña"), ap("Two.", "José Luis Magaña"), ap("Three.", "Jose Luis Magana"),
        ap("Four.", "Andy Wong"), ap("Five.", "Andy Wong"), ap("Six.", "A. Wong"),
        ap("Seven.", "Ng Han Guan"), ap("Eight.", "Han Guan Ng"),
        caption("Nine.", "Photo by LEAH MILLIS / AFP", photographers=["Leah Millis"], agency="AFP"),
        caption("Ten.", "Photo by Leah Millis / AFP", photographers=["Leah Millis"], agency="AFP"),
    ]}
    found = run(db_url, sources, ["photographer-variants"])
    messages = sorted(f.message for f in found)
    assert messages == [
        "Andy Wong spelled 2 ways: Andy Wong (2), A. Wong (1)",
        "José Luis Magaña spelled 2 ways: José Luis Magaña (2), Jose Luis Magana (1)",
        "Ng Han Guan spelled 2 ways: Ng Han Guan (1), Han Guan Ng (1)",
    ]  # LEAH MILLIS in AFP capitals is house style, not a variant
    magana = next(f for f in found if "Magaña" in f.message)
    assert magana.credit == "AP Photo/Jose Luis Magana" and magana.expected == "AP Photo/José Luis Magaña"


def test_planted_fixture_set_reports_exactly_the_planted_problems(db_url):
    lines = [json.loads(ln) for ln in (FIXTURES / "planted.jsonl").read_text().splitlines()]
    sources, refs, planted = {}, {}, {}
    for ln in lines:
        r = ln["record"]
        cap = Caption(text=r["text"], description=r["description"], date=r["date"],
                      date_precision="day" if r["date"] else None, credit=Credit(**r["credit"]),
                      warnings=r.get("warnings", []))
        sources.setdefault(ln["source"], []).append(cap)
        refs[ln["source"]] = ln["reference_date"]
        for rule in ln["planted"] if isinstance(ln["planted"], list) else [ln["planted"]] if ln["planted"] else []:
            planted[rule] = (ln["source"], len(sources[ln["source"]]))
    ids = build(db_url, sources, refs)
    config = audit_lib.load_config(FIXTURES / "catalog.toml")
    with open_catalog(db_url) as catalog:
        found = list(audit_lib.audit(catalog, config))
    assert sorted((f.rule, f.caption_id) for f in found) == sorted((rule, ids[k]) for rule, k in planted.items())
    assert set(planted) == CAPTION_RULES  # one planted problem per rule


def article_captions():
    """The sample article's captions: the paragraphs after its contributor line."""
    text = (ROOT / "fixtures" / "blinken-beijing-2023-06-19.txt").read_text()
    body = text.split("(TNS).", 1)[1]
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def test_sample_article_audits_without_errors(db_url):
    from catalog import parse_caption

    captions = [parse_caption(t, "2023-06-19") for t in article_captions()]
    assert len(captions) == 8
    assert all(c.credit.agency == "AP" for c in captions), [c.credit for c in captions]
    build(db_url, {"blinken-beijing-2023-06-19.txt": captions}, {"blinken-beijing-2023-06-19.txt": "2023-06-19"})
    with open_catalog(db_url) as catalog:
        run_ = audit_lib.audit(catalog)
        found = list(run_)
    assert [f for f in found if f.severity == "error"] == []
    assert not run_.reaches("error")
    assert run_.captions == 8


def test_where_restricts_the_audit(db_url):
    sources = {"a.txt": [caption("No credit one."), caption("No credit two."), ap("Fine.")]}
    found = run(db_url, sources, ["missing-credit"], where=CaptionRow.text.like("%two%"))
    assert [f.message for f in found] == ["no credit"] and len(found) == 1
    from sqlalchemy import select
    found = run(db_url, {}, ["missing-credit"], caption_ids=select(CaptionRow.id).where(CaptionRow.text.like("%one%")))
    assert len(found) == 1


# --- config ---------------------------------------------------------------------------------

@pytest.mark.parametrize("toml, message", [
    ('[audit]\nlicenced_agencies = ["AP"]\n', "audit.licenced_agencies is not a setting"),
    ('licensed_agencies = ["AP"]\n', "licensed_agencies belongs under the [audit] table"),
    ('[audit]\nfile_photo_days = "thirty"\n', "audit.file_photo_days must be a whole number of days"),
    ('[audit]\nlicensed_agencies = "AP"\n', "audit.licensed_agencies must be a list of names"),
    ('[audit.rules.no-such-rule]\nenabled = false\n', "audit.rules.no-such-rule is not a rule"),
    ('[audit.rules.state-media]\nseverity = "fatal"\n', "audit.rules.state-media.severity must be one of info, warning, error"),
    ('[audit.rules.state-media]\nenabled = "no"\n', "audit.rules.state-media.enabled must be true or false"),
    ('[audit.credit_forms.Acme]\nforms = ["{photographer}/Acme"]\n', 'audit.credit_forms."Acme".forms has a bad form'),
    ('[audit\n', "not valid TOML"),
])
def test_bad_config_is_one_line_naming_the_key(tmp_path, toml, message):
    path = tmp_path / "catalog.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as err:
        audit_lib.load_config(path)
    assert str(err.value).startswith(f"{path}: ") and message in str(err.value) and "\n" not in str(err.value)


def test_config_from_working_directory_extends_forms_and_sets_rules(db_url, tmp_path):
    (tmp_path / "catalog.toml").write_text(
        '[audit]\nfile_photo_days = 400\nstate_media = ["SANA"]\n'
        '[audit.rules.unknown-agency]\nseverity = "error"\n'
        '[audit.rules.missing-credit]\nenabled = false\n'
        '[audit.credit_forms."The Daily Bugle"]\nforms = ["{name}/The Daily Bugle"]\nexpected = "{name}/The Daily Bugle"\n')
    config = audit_lib.load_config(cwd=tmp_path)
    assert config.file_photo_days == 400 and not config.enabled("missing-credit")
    assert config.severity("unknown-agency") == "error"
    sources = {"a.txt": [
        caption("No credit."),
        caption("One.", "Peter Parker for The Daily Bugle", photographers=["Peter Parker"], agency="The Daily Bugle"),
        caption("Two.", "Peter Parker/The Daily Bugle", photographers=["Peter Parker"], agency="The Daily Bugle"),
        caption("Three.", "Xinhua/Li Xin", photographers=["Li Xin"], agency="Xinhua"),
        caption("Four.", "SANA via AP", agency="AP", source="SANA"),
        ap("Old, Thursday, Feb. 2, 2023.", date="2023-02-02"),
    ]}
    build(db_url, sources, REF)
    with open_catalog(db_url) as catalog:
        found = list(audit_lib.audit(catalog, config))
    assert sorted((f.rule, f.message) for f in found) == [
        ("agency-style", "credit not in The Daily Bugle style"),
        ("state-media", "supplied by state media: SANA"),
    ]
    assert found[0].expected == "Peter Parker/The Daily Bugle"


def test_unknown_rule_named_is_an_error(tmp_path):
    with open_catalog(tmp_path / "c.db") as catalog, pytest.raises(ConfigError, match="unknown rule 'nope'"):
        audit_lib.audit(catalog, rules=["nope"])


# --- CLI ------------------------------------------------------------------------------------

def cli_run(url, *args):
    runner = CliRunner()
    return runner.invoke(cli, ["audit", *args], env={"CATALOG_DB": str(url)}, catch_exceptions=False)


def test_cli_fail_on_drives_the_exit_code(db_url):
    build(db_url, {"a.txt": [
        caption(f"Crowds in Beijing, {S}", "AFP PHOTO / STR", agency="AFP", date="2023-06-18")]}, REF)
    assert cli_run(db_url).exit_code == 0  # a warning only
    assert cli_run(db_url, "--fail-on", "warning").exit_code == 1
    assert cli_run(db_url, "--fail-on", "never").exit_code == 0
    build(db_url, {"b.txt": [caption("No credit.")]}, REF)
    assert cli_run(db_url).exit_code == 1
    assert cli_run(db_url, "--fail-on", "never").exit_code == 0
    assert cli_run(db_url, "--rules", "placeholder-photographer").exit_code == 0


def test_cli_output_and_summary(db_url):
    build(db_url, {"a.txt": [caption("No credit."), ap(f"Fine, {S}")]}, REF)
    result = cli_run(db_url, "--format", "jsonl")
    assert result.exit_code == 1
    rows = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert rows == [{"severity": "error", "rule": "missing-credit", "caption_id": 1, "source": "/archive/a.txt",
                     "ordinal": 1, "message": "no credit", "credit": None, "expected": None}]
    assert result.stderr == ("audit: 2 captions checked, 1 finding (1 error)\n"
                             "  missing-credit             error    1\n")
    csv_out = cli_run(db_url, "--format", "csv").stdout
    assert csv_out.splitlines()[0] == "severity,rule,caption_id,source,ordinal,message,credit,expected"


def test_cli_planted_fixture_set(db_url):
    lines = [json.loads(ln) for ln in (FIXTURES / "planted.jsonl").read_text().splitlines()]
    sources = {}
    for ln in lines:
        r = ln["record"]
        sources.setdefault(ln["source"], []).append(
            Caption(text=r["text"], description=r["description"], date=r["date"],
                    date_precision="day" if r["date"] else None, credit=Credit(**r["credit"]),
                    warnings=r.get("warnings", [])))
    build(db_url, sources, {s: "2023-06-19" for s in sources})
    result = cli_run(db_url, "--config", str(FIXTURES / "catalog.toml"), "--format", "json")
    assert result.exit_code == 1
    assert sorted(r["rule"] for r in json.loads(result.stdout)) == sorted(CAPTION_RULES)
    assert "15 findings (6 error, 7 warning, 2 info)" in result.stderr


def test_cli_list_rules_documents_every_rule(tmp_path):
    result = cli_run(tmp_path / "c.db", "--list-rules", "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert [r["rule"] for r in rows] == list(audit_lib.RULES)
    assert all(r["doc"] and r["severity"] in ("error", "warning", "info") for r in rows)
    assert not (tmp_path / "c.db").exists()  # listing rules needs no catalogue


def test_cli_bad_config_and_bad_rule(tmp_path):
    db = tmp_path / "c.db"  # refused before any catalogue work: one backend is enough
    bad = tmp_path / "bad.toml"
    bad.write_text('[audit]\nfile_photo_days = 0\n')
    result = cli_run(db, "--config", str(bad))
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: {bad}: audit.file_photo_days must be a whole number of days, "
                                     f"1 or more (got 0)")
    result = cli_run(db, "--config", str(tmp_path / "missing.toml"))
    assert result.exit_code == 1 and "missing.toml: no such config file" in result.stderr
    result = cli_run(db, "--rules", "missing-credit,nope")
    assert result.exit_code == 1 and result.stderr.strip() == "Error: unknown rule 'nope' (see: catalog audit --list-rules)"


def test_cli_query_restricts_the_audit(db_url):
    build(db_url, {"a.txt": [caption("No credit one."), caption("No credit two."), ap("Fine.")]}, REF)
    result = cli_run(db_url, "--format", "jsonl", "two")
    assert result.exit_code == 1
    assert [json.loads(ln)["caption_id"] for ln in result.stdout.splitlines()] == [2]
    result = cli_run(db_url, "--format", "jsonl", "-has:credit")
    assert [json.loads(ln)["caption_id"] for ln in result.stdout.splitlines()] == [1, 2]
