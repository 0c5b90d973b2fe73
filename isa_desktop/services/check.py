"""The ``check`` use case: completeness, validation, cross-field rules and eligibility."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from isa_desktop.domain.crossfield import cross_field_findings
from isa_desktop.domain.eligibility import EligibilityReport, evaluate_eligibility
from isa_desktop.domain.findings import Finding
from isa_desktop.formspec.completeness import (
    FormProgress,
    answer_findings,
    overall_percent,
    progress,
)
from isa_desktop.formspec.program import Program

ELIGIBILITY_PROGRAMS = ("isa", "ctpat_tc")
_SEVERITY_ORDER = {"blocker": 0, "error": 1, "warning": 2}


@dataclass
class CheckReport:
    """Everything ``check`` knows about an application, ready for JSON or a screen."""

    ready: bool
    complete_pct: float
    eligibility: EligibilityReport
    issues: list[Finding]
    forms: dict[str, FormProgress] = field(default_factory=dict)
    answers: dict[str, Any] = field(default_factory=dict)  # the eligibility answers read

    def to_json(self) -> dict[str, Any]:
        """The PRODUCT §9 ``check --json`` shape."""
        return {
            "ready": self.ready,
            "complete_pct": self.complete_pct,
            "eligibility": {
                "eligible": self.eligibility.eligible,
                "route": self.eligibility.route,
                "summary": self.eligibility.summary,
                "focused_assessment": self.focused_assessment(),
                "blockers": [_finding_json(f) for f in self.eligibility.blockers],
                "warnings": [_finding_json(f) for f in self.eligibility.warnings],
            },
            "issues": [
                {"question": f.question, "severity": "error" if f.severity == "blocker"
                 else f.severity, "code": f.code, "message": f.message}
                for f in self.issues
            ],
            "forms": {key: {"answered": p.answered, "required": p.required,
                            "percent": p.percent} for key, p in self.forms.items()},
        }

    def focused_assessment(self) -> dict[str, Any] | None:
        """The Focused Assessment transition facts, or None when no assessment is declared."""
        if self.answers.get("eligibility.focused_assessment") != "yes":
            return None
        refusal = self.eligibility.route_refusal
        closes = self.eligibility.fa_closes
        return {"route_open": self.eligibility.route == "focused_assessment",
                "reference": self.answers.get("eligibility.fa_reference"),
                "report_date": self.answers.get("eligibility.fa_report_date"),
                "window_closes": closes.isoformat() if closes else None,
                "refused_because": refusal.message if refusal else None}

    @property
    def errors(self) -> list[Finding]:
        """Issues that stop the application from being ready."""
        return [f for f in self.issues if f.severity in ("error", "blocker")]


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {"code": finding.code, "message": finding.message, "question": finding.question,
            "hint": finding.hint}


def _rank(finding: Finding) -> int:
    return _SEVERITY_ORDER.get(finding.severity, 3)


def _applies(program: Program, view: Mapping[str, Any], finding: Finding) -> bool:
    """A rule's finding counts unless it concerns a question hidden for these answers."""
    if finding.question is None:
        return True
    question = program.questions.get(program.base_question_id(finding.question))
    return question is None or program.is_visible(question, view)


def run_check(program: Program, view: Mapping[str, Any],
              today: dt.date | None = None) -> CheckReport:
    """Check an answers view (answers plus attachment counts) against ``program``."""
    today = today or dt.date.today()
    items = progress(program, view)
    findings = answer_findings(program, view)
    findings += [f for f in cross_field_findings(dict(view), today)
                 if _applies(program, view, f)]
    if program.id in ELIGIBILITY_PROGRAMS:
        eligibility = evaluate_eligibility(dict(view), today, program=program.id)
    else:  # a program without eligibility rules (the sample program) is open to everyone
        eligibility = EligibilityReport(eligible=True, route="standard",
                                        summary="This program has no eligibility rules.")
    findings += [f for f in eligibility.blockers + eligibility.warnings
                 if f.code != "eligibility_incomplete"]
    unique: dict[tuple[str | None, str], Finding] = {}
    for finding in findings:  # the same problem found by two rules: keep the graver one
        key = (finding.question, finding.code)
        kept = unique.get(key)
        if kept is None or _rank(finding) < _rank(kept):
            unique[key] = finding
    ordered = sorted(unique.values(), key=_rank)
    blocking = any(f.severity in ("error", "blocker") for f in ordered)
    return CheckReport(ready=eligibility.eligible and not blocking,
                       complete_pct=overall_percent(items), eligibility=eligibility,
                       issues=ordered, forms=items,
                       answers={k: v for k, v in view.items() if k.startswith("eligibility.")})
