"""The ISA question bank: loads, is bilingual, its examples pass, the demo importer is ready."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from isa_desktop.domain.validators import validate
from isa_desktop.formspec import load_program
from isa_desktop.formspec.values import coerce_value
from isa_desktop.services.application import Application
from isa_desktop.services.check import run_check
from isa_desktop.services.demo import demo_answers, demo_attachments

TRADE_AREAS = ["classification", "valuation", "quantity", "origin_marking", "transshipment",
               "special_programs", "adcvd", "ipr", "pga", "reconciliation_drawback_ftz",
               "broker_management", "post_entry", "recordkeeping", "supply_chain_forced_labor"]


@pytest.fixture(scope="module")
def program():
    return load_program("isa")


def _all_questions(program):
    for question in program.all_questions():
        yield question
        yield from question.columns or []


def test_bank_is_deep_and_organised_by_coso(program) -> None:
    assert len(program.all_questions()) > 150
    forms = [f.id for f in program.forms]
    for component in ("control_environment", "risk_assessment", "control_activities",
                      "information_communication", "monitoring"):
        assert component in forms
    sections = [s.id for s in program.form("control_activities").sections]
    assert sections == TRADE_AREAS
    for area in TRADE_AREAS:
        assert any(q.control for q in program.form("control_activities").questions()
                   if q.section_id == area)
    assert program.form("isa_ps").visible_if == "eligibility.isa_ps_opt_in == 'yes'"


def test_every_label_and_help_is_in_english_and_canadian_french(program) -> None:
    missing = [q.id for q in _all_questions(program)
               if not q.label.fr_ca or (q.help is not None and not q.help.fr_ca)]
    assert missing == []
    without_help = [q.id for q in program.all_questions() if q.help is None]
    assert without_help == []
    for form in program.forms:
        assert form.title.fr_ca
        for section in form.sections:
            assert section.title.fr_ca, f"{form.id}.{section.id}"
    for question in _all_questions(program):
        for choice in question.choices or []:
            assert choice.label.fr_ca, f"{question.id}: {choice.value}"


def test_every_control_question_has_follow_ups(program) -> None:
    controls = [q for q in program.all_questions() if q.control]
    assert len(controls) > 100
    for question in controls:
        assert f"{question.id}.narrative" in program.questions
        assert f"{question.id}.remediation" in program.questions


def test_every_example_passes_its_type_and_validator(program) -> None:
    checked = 0
    for question in _all_questions(program):
        if question.example is None:
            continue
        value = coerce_value(question, question.example)
        if question.validator and isinstance(value, str):
            validate(question.validator, value)
        checked += 1
    assert checked > 50


def test_demo_importer_is_ready_with_no_errors(program, tmp_path) -> None:
    with Application.create(tmp_path / "demo.isa", "isa") as app:
        app.import_answers(demo_answers())
        for question_id, document in demo_attachments().items():
            app.attach(question_id, document)
        report = app.check(today=dt.date(2026, 12, 2))
    assert [f"{f.code} {f.question}" for f in report.issues if f.severity != "warning"] == []
    assert report.ready and report.eligibility.eligible and report.complete_pct == 100


def test_broken_identifiers_and_missing_answers_get_specific_messages(program) -> None:
    answers = dict(demo_answers())
    answers.update({
        "company.ior_numbers": [{"number": "07-1234567-00", "entity": "A"},
                                {"number": "84-3927715-0I", "entity": "B"},
                                {"number": "84-3927715-00", "entity": "C"},
                                {"number": "843927715-00", "entity": "D"}],
        "company.brokers": [{"name": "Puget", "filer_code": "000", "share_pct": 85},
                            {"name": "North", "filer_code": "N42", "share_pct": 10}],
        "company.officer_email": "dana at cascade",
        "eligibility.first_import_date": "2025-06-01",
    })
    del answers["company.legal_name"]
    report = run_check(program, answers, today=dt.date(2026, 12, 2))
    found = {(f.question, f.code) for f in report.issues}
    assert ("company.ior_numbers[0].number", "ior_ein_prefix") in found
    assert ("company.ior_numbers[1].number", "ior_suffix_letter") in found
    assert ("company.ior_numbers[3].number", "duplicate_ior") in found
    assert ("company.brokers[0].filer_code", "invalid_filer_code") in found
    assert ("company.brokers", "broker_shares_sum") in found
    assert ("company.officer_email", "invalid_email") in found
    assert ("company.legal_name", "required") in found
    assert any(f.code == "history_too_short" for f in report.eligibility.blockers)
    assert not report.ready
    for finding in report.issues:
        assert finding.message and not re.search(r"\{|\}|None", finding.message)
