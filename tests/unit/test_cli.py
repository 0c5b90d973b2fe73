"""The command line: PRODUCT §9 shapes, exit codes, one-line errors, all-or-nothing import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from isa_desktop.cli import run

ROOT = Path(__file__).resolve().parents[2]


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _answers(tmp_path: Path, answers: dict, program: str = "sample") -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"format": "isa-answers", "version": 1, "program": program,
                                "answers": answers}))
    return path


def test_forms_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "forms", "--program", "sample", "--json")
    document = json.loads(out)
    assert code == 0 and document["program"] == "sample"
    questions = {q["id"]: q for f in document["forms"] for s in f["sections"]
                 for q in s["questions"]}
    table = questions["profile.ior_numbers"]
    assert table["columns"][0]["id"] == "number" and table["columns"][0]["validator"] == "ior"
    for question in questions.values():
        assert {"id", "type", "label", "required", "visible_if", "required_if", "validator",
                "choices", "example"} <= set(question)
    kind = questions["profile.kind"]
    assert kind["choices"][0] == {"value": "corporation", "label": "Corporation"}
    code, out, _ = _cli(capsys, "forms", "--program", "sample", "--json", "--lang", "fr-CA")
    assert json.loads(out)["forms"][0]["title"] == "Qui vous êtes"


def test_new_import_export_check_round_trip(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    isa = tmp_path / "acme.isa"
    answers = {"profile.legal_name": "Acme <b>&</b> Sons", "profile.kind": "corporation",
               "profile.started": "2015-01-02", "controls.written_policy": "yes",
               "controls.written_policy.narrative": "Signed by the CFO, reviewed yearly.",
               "profile.ior_numbers": [{"number": "84-3927715-00", "entity": "Acme"}]}
    code, out, err = _cli(capsys, "new", str(isa), "--program", "sample", "--answers",
                          str(_answers(tmp_path, answers)))
    assert code == 0 and "Created" in out and err == ""
    code, out, _ = _cli(capsys, "check", str(isa), "--json")
    report = json.loads(out)
    assert code == 0 and report["ready"] is True and report["complete_pct"] == 100
    assert report["issues"] == [] and report["eligibility"]["eligible"] is True
    output = tmp_path / "out.json"
    assert _cli(capsys, "export", str(isa), "-o", str(output))[0] == 0
    exported = json.loads(output.read_text())
    assert exported["format"] == "isa-answers" and exported["program"] == "sample"
    assert exported["answers"]["profile.legal_name"] == "Acme <b>&</b> Sons"


def test_check_reports_specific_codes_and_exit_1(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    isa = tmp_path / "acme.isa"
    answers = {"profile.legal_name": "Acme", "profile.kind": "corporation",
               "profile.ior_numbers": [{"number": "84-3927715-0I"}, {"number": "000-12-3456"}],
               "controls.written_policy": "no"}
    _cli(capsys, "new", str(isa), "--program", "sample", "--answers",
         str(_answers(tmp_path, answers)))
    code, out, _ = _cli(capsys, "check", str(isa), "--json")
    report = json.loads(out)
    found = {(i["question"], i["code"]) for i in report["issues"]}
    assert code == 1 and report["ready"] is False
    assert ("profile.ior_numbers[0].number", "ior_suffix_letter") in found
    assert ("profile.ior_numbers[1].number", "ior_ssn_area") in found
    assert ("profile.started", "required") in found
    assert ("controls.written_policy.remediation", "required") in found


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"profile.legal_name": "ok", "profile.nope": 1},
         "profile.nope: there is no such question"),
        ({"profile.legal_name": "ok", "profile.employees": "many"}, "profile.employees:"),
        ({"profile.legal_name": "ok", "profile.kind": "guild"}, "profile.kind:"),
        ({"profile.legal_name": "ok", "profile.modes": "air"}, "profile.modes:"),
    ],
)
def test_import_is_all_or_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  answers: dict, fragment: str) -> None:
    isa = tmp_path / "a.isa"
    _cli(capsys, "new", str(isa), "--program", "sample")
    before = isa.read_bytes()
    code, out, err = _cli(capsys, "import", str(isa), str(_answers(tmp_path, answers)))
    assert code == 2 and out == ""
    assert fragment in err and err.count("\n") == 1 and "Traceback" not in err
    assert isa.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "is not valid JSON (line 1"),
        ("[1, 2]", "must be a JSON object"),
        ('{"format": "other", "answers": {}}', "has format 'other'"),
        ('{"version": 9, "answers": {}}', "version 9"),
        ('{"answers": []}', 'no "answers" object'),
    ],
)
def test_malformed_answers_files(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 content: str, fragment: str) -> None:
    isa = tmp_path / "a.isa"
    _cli(capsys, "new", str(isa), "--program", "sample")
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    code, _, err = _cli(capsys, "import", str(isa), str(bad))
    assert code == 2 and fragment in err


def test_program_mismatch_and_unusable_files(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    isa = tmp_path / "a.isa"
    _cli(capsys, "new", str(isa), "--program", "sample")
    code, _, err = _cli(capsys, "import", str(isa), str(_answers(tmp_path, {}, program="isa")))
    assert code == 2 and "program 'isa'" in err
    junk = tmp_path / "junk.isa"
    junk.write_bytes(b"\x00" * 10)
    for command in (["check", str(junk)], ["export", str(junk)], ["import", str(junk), "x.json"],
                    ["check", str(tmp_path / "missing.isa")], ["new", str(isa)]):
        code, _, err = _cli(capsys, *command)
        assert code == 2 and err.startswith("isa-desktop: ") and err.count("\n") == 1


def test_attach(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    isa = tmp_path / "a.isa"
    _cli(capsys, "new", str(isa), "--program", "sample")
    document = tmp_path / "policy.txt"
    document.write_text("Our policy.")
    code, _, err = _cli(capsys, "attach", str(isa), "controls.policy_document", str(document))
    assert code == 2 and "not asked for your current answers" in err  # hidden until "yes"
    _cli(capsys, "import", str(isa), str(_answers(tmp_path, {"controls.written_policy": "yes"})))
    code, out, _ = _cli(capsys, "attach", str(isa), "controls.policy_document", str(document))
    assert code == 0 and "SHA-256" in out
    code, _, err = _cli(capsys, "attach", str(isa), "profile.legal_name", str(document))
    assert code == 2 and "is not a question that takes a document" in err
    code, _, err = _cli(capsys, "attach", str(isa), "controls.policy_document",
                        str(tmp_path / "nope.pdf"))
    assert code == 2 and "does not exist" in err


def _encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret")
    writer.write(path)
    return path


@pytest.mark.parametrize(
    ("name", "make", "fragment"),
    [
        ("fake.pdf", lambda p: p.write_text("hello"), "not really a PDF"),
        ("locked.pdf", _encrypted_pdf, "protected by a password"),
        ("half.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj <<"), "damaged PDF"),
        ("noise.bin", lambda p: p.write_bytes(bytes(range(256)) * 8), "neither a PDF"),
        ("binary.txt", lambda p: p.write_bytes(b"text\x00\x01\x02"), "not plain text"),
        ("empty.txt", lambda p: p.write_bytes(b""), "empty"),
    ],
)
def test_attach_refuses_what_cannot_serve_as_a_policy(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      name: str, make, fragment: str) -> None:
    isa = tmp_path / "a.isa"
    _cli(capsys, "new", str(isa), "--program", "sample", "--answers",
         str(_answers(tmp_path, {"controls.written_policy": "yes"})))
    document = tmp_path / name
    make(document)
    code, _, err = _cli(capsys, "attach", str(isa), "controls.policy_document", str(document))
    assert code == 2 and fragment in err and err.count("\n") == 1
    code, _, err = _cli(capsys, "attach", str(isa), "controls.policy_document", str(isa))
    assert code == 2 and "application file, not a policy document" in err


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(["check"])
    _, err = capsys.readouterr()
    assert caught.value.code == 2 and err.count("\n") == 1


def test_entry_points_never_print_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ISA_DESKTOP_HOME": str(tmp_path / "h")}
    junk = tmp_path / "junk.isa"
    junk.write_text("not a database")
    for command in ([sys.executable, str(ROOT / "main.py")],
                    [sys.executable, "-m", "isa_desktop"]):
        result = subprocess.run([*command, "check", str(junk)], capture_output=True, text=True,
                                env=env, timeout=60)
        assert result.returncode == 2
        assert result.stderr.strip() == ("isa-desktop: junk.isa is not an ISA Desktop file "
                                         "(it is not an SQLite database).")


def test_sample_size_json_text_and_refusals(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "sample-size", "--confidence", "95%", "--tolerable", "5%",
                        "--expected", "1%", "--json")
    assert code == 0 and json.loads(out) == {"sample_size": 93, "allowed_deviations": 1,
                                             "method": "binomial"}
    code, out, _ = _cli(capsys, "sample-size", "--confidence", "0.90", "--tolerable", "0.10",
                        "--expected", "0", "--population", "500", "--json")
    assert code == 0 and json.loads(out)["method"] == "hypergeometric"
    assert json.loads(out)["sample_size"] <= 22
    code, out, _ = _cli(capsys, "sample-size", "--confidence", "95", "--tolerable", "0.5",
                        "--expected", "0")
    assert code == 0 and "tolerable rate 50.00%" in out  # how a bare 0.5 was read is shown
    for bad, fragment in ((["--tolerable", "5"], "ambiguous"),
                          (["--tolerable", "5%", "--expected", "6%"], "lower than"),
                          (["--confidence", "150"], "between 0 and 100")):
        args = {"--confidence": "95%", "--tolerable": "5%", "--expected": "1%"}
        args.update(dict(zip(bad[::2], bad[1::2])))
        code, _, err = _cli(capsys, "sample-size", *[x for kv in args.items() for x in kv])
        assert code == 2 and fragment in err and err.count("\n") == 1


def test_new_explains_names_folders_programs_and_accepts_a_bom(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"answers": {"profile.legal_name": "BOM Co"}})
                    .encode())
    code, _, err = _cli(capsys, "new", str(tmp_path / "b.isa"), "--program", "sample",
                        "--answers", str(bom))
    assert code == 0, err
    for args, fragment in (([str(tmp_path / "missing" / "x.isa")], "does not exist"),
                           ([str(tmp_path / "c.txt")], "end in .isa"),
                           ([str(tmp_path / "d.isa"), "--program", "bogus"],
                            "available: isa, sample"),
                           ([str(tmp_path / "e.isa"), "--program", "sample", "--answers",
                             str(_answers(tmp_path, {}, program="isa"))], "--program isa")):
        code, _, err = _cli(capsys, "new", *args)
        assert code == 2 and fragment in err, err
