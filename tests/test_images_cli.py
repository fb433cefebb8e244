"""Photo files end to end: `catalog ingest` of a folder of JPEGs, the audit rules on what it stored."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
import imagefactory as f  # noqa: E402
from catalog import open_catalog  # noqa: E402
from catalog.audit_images import ImageFacts, byline_mismatch, credit_mismatch, date_mismatch, image_findings, \
    truncated_fields  # noqa: E402
from catalog.cli import cli  # noqa: E402

BIDEN = ("President Joe Biden speaks in the Rose Garden of the White House in Washington, Monday, "
         "May 1, 2023. (AP Photo/Evan Vucci)")
BAKHMUT = ("Ukrainian soldiers fire toward Russian positions near Bakhmut, Ukraine, on May 2, 2023. "
           "(Photo by Libkos/Getty Images)")
ZELENSKYY = ("Ukrainian President Volodymyr Zelenskyy speaks in Kyiv, Ukraine, Friday, May 5, 2023. "
             "(Ukrainian Presidential Press Office via AP)")


def make_folder(root: Path) -> Path:
    pics = root / "pics"
    f.write_jpeg(pics / "1-blinken.jpg", {"caption": f.BLINKEN, "byline": "LEAH MILLIS", "credit": "AP",
                                          "source": "Pool", "date_created": "20230618"},
                 {"Iptc4xmpExt:PersonInImage": ["Antony Blinken", "Qin Gang"]})
    f.write_jpeg(pics / "2-byline.jpg", {"caption": BIDEN, "byline": "Andrew Harnik", "credit": "AP",
                                         "date_created": "20230501"})
    f.write_jpeg(pics / "3-credit-date.jpg", {"caption": BAKHMUT, "byline": "Libkos", "credit": "Reuters",
                                              "date_created": "20230503"})
    f.write_jpeg(pics / "4-truncated-credit.jpg", {"caption": ZELENSKYY, "credit": "Ukrainian Presidential Press Off",
                                                   "date_created": "20230505"})
    f.write_jpeg(pics / "5-cp1252.jpg", {"caption": "Café owner José Pérez in Paris, France, June 1, 2023. "
                                                    "(AP Photo/Thibault Camus)", "byline": "Thibault Camus"},
                 encoding="cp1252")
    f.write_jpeg(pics / "6-corrupt.jpg", app13_payload=f.corrupt_app13())
    f.truncate(f.write_jpeg(pics / "7-truncated.jpg", {"caption": "Lost"}, size=(160, 120)), 0.7)
    f.write_jpeg(pics / "8-nocaption.jpg", {"byline": "Evan Vucci", "credit": "AP"})
    return pics


def test_ingest_a_folder_of_jpegs(tmp_path, db_url):
    pics = make_folder(tmp_path)
    db = db_url
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "-q", "ingest", str(pics)])
    assert result.exit_code == 1  # two files failed; the others are stored
    # 8-nocaption.jpg is the one with warnings: its credit comes from the file, not a caption.
    assert result.stdout == "6 files read: 6 captions new, 0 already present, 1 with warnings; 2 failed\n"
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        f"Error: {pics / '6-corrupt.jpg'}: corrupt IPTC APP13 segment: resource 0x0404 claims 5000 bytes, 32 remain",
        f"Error: {pics / '7-truncated.jpg'}: truncated file: the JPEG image data stops after "
        f"{(pics / '7-truncated.jpg').stat().st_size} bytes with no end marker",
    ]
    assert f"Warning: {pics / '8-nocaption.jpg'}: no caption embedded" in result.stderr
    assert "Traceback" not in result.output

    again = runner.invoke(cli, ["--db", db, "-q", "ingest", str(pics)])
    assert again.stdout.startswith("6 files read: 0 captions new, 6 already present")

    listing = runner.invoke(cli, ["--db", db, "list", "--format", "csv"])
    assert listing.exit_code == 0
    assert "Café owner José Pérez" in listing.stdout
    assert "Evan Vucci" in listing.stdout  # 8-nocaption.jpg: the credit comes from the file's By-line

    reparsed = runner.invoke(cli, ["--db", db, "reparse"])
    assert reparsed.exit_code == 0 and reparsed.stdout.endswith(": 0 changed\n")


def test_audit_rules_report_the_planted_mismatches(tmp_path, db_url):
    pics = make_folder(tmp_path)
    db = db_url
    CliRunner().invoke(cli, ["--db", str(db), "-q", "ingest", str(pics)])
    with open_catalog(db) as cat, cat.engine.connect() as conn:
        found = sorted((Path(path).name, code, p.expected) for code, _sev, _cid, path, p in image_findings(conn))
    assert found == [
        ("2-byline.jpg", "embedded-byline-mismatch", "Evan Vucci"),
        ("3-credit-date.jpg", "embedded-credit-mismatch", "Getty Images"),
        ("3-credit-date.jpg", "embedded-date-mismatch", "2023-05-02"),
        ("4-truncated-credit.jpg", "truncated-field", "Ukrainian Presidential Press Office"),
    ]


def facts(**kw) -> ImageFacts:
    base = dict(caption_id=1, path="/p/a.jpg", credit_line=None, agency=None, credit_source=None, date=None,
                warnings=[], file_byline=None, file_credit=None, file_source=None, file_date=None, raw={},
                photographers=[])
    base.update(kw)
    return ImageFacts(**base)


@pytest.mark.parametrize("byline, photographers, fires", [
    ("Leah Millis", ["Leah Millis"], False),
    ("LEAH MILLIS", ["Leah Millis"], False),
    ("Léah Millis", ["Leah Millis"], False),  # accents ignored
    ("Leah Millis/Pool", ["Leah Millis"], False),
    ("Jabin Botsford; Leah Millis", ["Leah Millis"], False),
    ("Andrew Harnik", ["Evan Vucci"], True),
    (None, ["Evan Vucci"], False),  # nothing to compare
    ("Andrew Harnik", [], False),
])
def test_byline_rule(byline, photographers, fires):
    assert (byline_mismatch(facts(file_byline=byline, photographers=photographers)) is not None) == fires


def test_byline_rule_is_quiet_when_the_credit_came_from_the_file():
    f_ = facts(file_byline="A B", photographers=["C D"], warnings=["credit-from-embedded: By-line/Credit"])
    assert byline_mismatch(f_) is None


@pytest.mark.parametrize("credit, source, agency, party, fires", [
    ("AP", None, "AP", None, False),
    ("Getty Images", "AFP", "Getty Images", "AFP", False),
    ("EPA", None, "EPA-EFE", None, False),
    ("Getty Images North America", None, "Getty Images", None, False),
    ("POOL", "AP", "AP", "Pool", False),
    ("Reuters", None, "Getty Images", None, True),
    ("Reuters", "Reuters", "AP", "Pool", True),
])
def test_credit_rule(credit, source, agency, party, fires):
    got = credit_mismatch(facts(file_credit=credit, file_source=source, agency=agency, credit_source=party))
    assert (got is not None) == fires


@pytest.mark.parametrize("file_date, date, fires", [
    ("2023-06-18", "2023-06-18", False),
    ("2023-06-18", "2023-06", False),  # the caption only says the month
    ("2023", "2023-06-18", False),
    ("2023-06-19", "2023-06-18", True),
    (None, "2023-06-18", False),
])
def test_date_rule(file_date, date, fires):
    assert (date_mismatch(facts(file_date=file_date, date=date)) is not None) == fires


def _raw(key, value, size, xmp=None):
    return {"iim": {"fields": {key: [value]}, "lengths": {key: [size]}}, "xmp": xmp or {}}


def test_truncated_field_rule():
    cut = "Ukrainian Presidential Press Off"
    assert len(cut.encode()) == 32
    problem = truncated_fields(facts(raw=_raw("credit", cut, 32),
                                     credit_line="Ukrainian Presidential Press Office via AP"))
    assert problem.expected == "Ukrainian Presidential Press Office"
    # The XMP twin holds the whole value: that is the proof.
    problem = truncated_fields(facts(raw=_raw("credit", cut, 32, {"photoshop:Credit": cut + "ice"})))
    assert problem.expected == cut + "ice" and "start of the XMP value" in problem.message
    # Under the limit, or at it but ending on punctuation: nothing.
    assert truncated_fields(facts(raw=_raw("credit", "AP", 2))) is None
    assert truncated_fields(facts(raw=_raw("credit", "Ukrainian Presidential Press Of.", 32))) is None
    # A 2000-byte caption ending in a word may be cut.
    long_caption = ("word " * 400)[:1999] + "x"
    assert truncated_fields(facts(raw=_raw("caption", long_caption, 2000))) is not None


def test_catalog_audit_reports_the_image_rules(tmp_path, db_url):
    import json

    pics = make_folder(tmp_path)
    db = db_url
    runner = CliRunner()
    runner.invoke(cli, ["--db", db, "-q", "ingest", str(pics)])
    codes = "embedded-byline-mismatch,embedded-credit-mismatch,embedded-date-mismatch,truncated-field"
    result = runner.invoke(cli, ["--db", db, "audit", "--rules", codes, "--format", "json", "--fail-on", "warning"])
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert sorted((Path(r["source"]).name, r["rule"], r["severity"]) for r in rows) == [
        ("2-byline.jpg", "embedded-byline-mismatch", "warning"),
        ("3-credit-date.jpg", "embedded-credit-mismatch", "warning"),
        ("3-credit-date.jpg", "embedded-date-mismatch", "warning"),
        ("4-truncated-credit.jpg", "truncated-field", "warning"),
    ]
    assert "4 findings (4 warning)" in result.stderr


def test_search_finds_photo_files_by_person_and_photographer(tmp_path, db_url):
    pics = make_folder(tmp_path)
    runner = CliRunner()
    runner.invoke(cli, ["--db", db_url, "-q", "ingest", str(pics)])

    def files_found(*query):
        result = runner.invoke(cli, ["--db", db_url, "export", *query, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        return sorted(Path(json.loads(line)["source_file"]).name for line in result.stdout.splitlines())

    assert files_found("person:blinken") == ["1-blinken.jpg"]
    assert files_found("by:millis") == ["1-blinken.jpg"]
    assert files_found("by:vucci") == ["2-byline.jpg", "8-nocaption.jpg"]  # the caption's and the file's By-line
    assert files_found("person:perez") == ["5-cp1252.jpg"]  # decoded from cp1252
    assert files_found("person:zelenskyy", "agency:ap") == ["4-truncated-credit.jpg"]
