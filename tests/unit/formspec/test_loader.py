"""Loading form files: the sample program end to end, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from isa_desktop.errors import FormError
from isa_desktop.formspec import load_program
from isa_desktop.formspec.loader import load_program_from

SAMPLE = Path(__file__).resolve().parents[3] / "forms" / "sample"


def test_sample_program_loads_with_generated_follow_ups() -> None:
    program = load_program("sample")
    assert [f.id for f in program.forms] == ["profile", "controls"]
    narrative = program.questions["controls.written_policy.narrative"]
    assert narrative.type == "textarea" and narrative.follow_up_of == "controls.written_policy"
    assert program.is_visible(narrative, {"controls.written_policy": "yes"})
    assert not program.is_visible(narrative, {"controls.written_policy": "no"})
    remediation = program.questions["controls.written_policy.remediation"]
    assert program.is_required(remediation, {"controls.written_policy": "no"})
    assert program.question("profile.ior_numbers[3].number").validator == "ior"
    assert program.form_versions() == {"profile": 1, "controls": 1}


def _write_program(folder: Path, questions: list[dict]) -> Path:
    folder.mkdir()
    (folder / "program.yaml").write_text(yaml.safe_dump(
        {"id": "t", "title": "T", "version": 1, "forms": ["f.yaml"]}))
    (folder / "f.yaml").write_text(yaml.safe_dump({
        "id": "f", "title": "F", "version": 1, "nav": "company",
        "sections": [{"id": "s", "title": "S", "questions": questions}]}))
    return folder


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ({"id": "f.a", "type": "colour", "label": "A"}, "f.yaml: question f.a:"),
        ({"id": "f.a", "type": "text", "label": "A", "validator": "nope"}, "unknown validator"),
        ({"id": "f.a", "type": "text", "label": "A", "visible_if": "f.b =="}, "condition"),
        ({"id": "f.a", "type": "text", "label": "A", "visible_if": "f.zz == 1"}, "not a question"),
        ({"id": "f.a", "type": "choice", "label": "A"}, "needs choices"),
        ({"id": "f.a", "type": "table", "label": "A"}, "needs columns"),
        ({"id": "f.a", "type": "text", "label": "A", "control": True}, "only a yesno"),
        ({"id": "f.a", "type": "text", "label": "A", "validator": "ior",
          "example": "07-1234567-00"}, "the example does not pass"),
        ({"id": "f.a", "type": "integer", "label": "A", "example": "many"}, "example"),
        ({"id": "F A", "type": "text", "label": "A"}, "lower-case"),
        ({"id": "f.a", "type": "text", "label": "A", "surprise": 1}, "f.a"),
    ],
)
def test_bad_form_names_file_question_and_problem(tmp_path: Path, question: dict,
                                                  fragment: str) -> None:
    folder = _write_program(tmp_path / "t", [question])
    with pytest.raises(FormError) as caught:
        load_program_from(folder)
    assert "f.yaml" in str(caught.value)
    assert fragment in str(caught.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    question = {"id": "f.a", "type": "text", "label": "A"}
    folder = _write_program(tmp_path / "t", [question, question])
    with pytest.raises(FormError, match="already used"):
        load_program_from(folder)


def test_invalid_yaml_is_named(tmp_path: Path) -> None:
    folder = _write_program(tmp_path / "t", [])
    (folder / "f.yaml").write_text("id: [unclosed\n")
    with pytest.raises(FormError, match="f.yaml: not valid YAML"):
        load_program_from(folder)
