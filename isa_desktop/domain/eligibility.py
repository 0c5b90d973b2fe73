"""Can this importer apply yet? The eligibility check behind the first screen.

Each hard requirement the importer does not meet yet is a *blocker* (with a hint saying what to
build first); things CBP weighs but that do not bar an application are *warnings*. A recent
Focused Assessment with an acceptable-risk result opens a shorter route (no review meeting).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from isa_desktop.domain.deadlines import add_months, parse_iso_date
from isa_desktop.domain.findings import Finding

PROGRAMS = ("isa", "ctpat_tc")
#: Months after the Focused Assessment report date during which the shorter route is open.
FA_WINDOW_MONTHS = 12
HISTORY_MONTHS = 24
#: Warning codes that say why the Focused Assessment route is closed.
FA_REFUSALS = ("fa_window_passed", "fa_risk_not_acceptable", "fa_report_date_future",
               "fa_report_date_missing")

_E = "eligibility."
#: Required eligibility answers, with the words used to name them when missing.
REQUIRED = {
    _E + "ctpat_status": "C-TPAT status",
    _E + "residency": "where the importer is resident",
    _E + "controls_documented": "whether your controls are written down",
    _E + "controls_in_use": "whether your controls are in use",
    _E + "self_testing_plan_ready": "whether a self-testing plan is ready",
    _E + "open_investigations": "open investigations or penalty cases",
    _E + "debts_owed": "money owed to CBP",
}


@dataclass(frozen=True)
class EligibilityReport:
    """The outcome of the check: a verdict, the route, and everything that explains it."""

    eligible: bool
    route: str  # "standard" | "focused_assessment"
    blockers: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    summary: str = ""
    #: When the Focused Assessment route closes (None without an acceptable-risk report date).
    fa_closes: date | None = None

    @property
    def route_refusal(self) -> Finding | None:
        """Why the Focused Assessment route is not open, when the importer asked for it."""
        return next((f for f in self.warnings if f.code in FA_REFUSALS), None)

    @property
    def findings(self) -> list[Finding]:
        """Blockers first, then warnings."""
        return [*self.blockers, *self.warnings]


def evaluate_eligibility(
    answers: Mapping[str, Any], today: date, program: str = "isa"
) -> EligibilityReport:
    """Check the eligibility answers for ``program`` (``"isa"`` or ``"ctpat_tc"``) as of today."""
    if program not in PROGRAMS:
        raise ValueError(f"unknown program {program!r}")
    blockers = [
        *_missing(answers),
        *_ctpat(answers, program),
        *_residency(answers),
        *_history(answers, today),
        *_controls(answers),
    ]
    warnings = _record_warnings(answers)
    debt = _debt(answers, program)
    if debt is not None:
        # The same fact bars CTPAT Trade Compliance but is only weighed under ISA.
        (blockers if debt.severity == "blocker" else warnings).append(debt)
    fa_open, fa_warnings = _focused_assessment(answers, today)
    warnings.extend(fa_warnings)
    route = "focused_assessment" if fa_open and not blockers else "standard"
    report_date = parse_iso_date(answers.get(_E + "fa_report_date"))
    fa_closes = add_months(report_date, FA_WINDOW_MONTHS) \
        if report_date and answers.get(_E + "fa_acceptable_risk") == "yes" \
        and answers.get(_E + "focused_assessment") == "yes" else None
    return EligibilityReport(
        eligible=not blockers,
        route=route,
        blockers=blockers,
        warnings=warnings,
        summary=_summary(answers, blockers, warnings, route),
        fa_closes=fa_closes,
    )


def _answered(value: object) -> bool:
    """True when a question has an answer (not absent, None, blank or an empty list)."""
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value != []


def _blocker(code: str, message: str, question: str, hint: str) -> Finding:
    return Finding(code=code, message=message, question=question, severity="blocker", hint=hint)


def _warning(code: str, message: str, question: str, hint: str | None = None) -> Finding:
    return Finding(code=code, message=message, question=question, severity="warning", hint=hint)


def _missing(answers: Mapping[str, Any]) -> list[Finding]:
    """One blocker naming every required answer still missing (the first import date aside)."""
    missing = [qid for qid in REQUIRED if not _answered(answers.get(qid))]
    if not missing:
        return []
    names = ", ".join(REQUIRED[qid] for qid in missing)
    return [
        _blocker(
            "eligibility_incomplete",
            f"Some eligibility questions are not answered yet: {names}.",
            missing[0],
            "Answer them; each one decides part of the result.",
        )
    ]


def _ctpat(answers: Mapping[str, Any], program: str) -> list[Finding]:
    """The importer must be a certified C-TPAT member (Tier II or III for CTPAT-TC)."""
    qid, status = _E + "ctpat_status", answers.get(_E + "ctpat_status")
    if not _answered(status):
        return []
    if status == "applied":
        return [
            _blocker(
                "not_ctpat_certified",
                "Your C-TPAT application is still in progress; only certified members can apply.",
                qid,
                "Finish C-TPAT certification first (security profile accepted and certified), "
                "then come back to this application.",
            )
        ]
    if status != "certified":
        return [
            _blocker(
                "not_ctpat_certified",
                "The program is open only to importers certified in C-TPAT.",
                qid,
                "Join C-TPAT and get certified first; this program builds on it.",
            )
        ]
    if program == "ctpat_tc" and answers.get(_E + "ctpat_tier") == "tier_1":
        return [
            _blocker(
                "ctpat_tier_too_low",
                "CTPAT Trade Compliance is open to Tier II and Tier III security partners only.",
                _E + "ctpat_tier",
                "Reach Tier II by having CBP validate your supply-chain security measures.",
            )
        ]
    return []


def _residency(answers: Mapping[str, Any]) -> list[Finding]:
    """Only U.S. or Canadian resident importers may join."""
    if answers.get(_E + "residency") != "other":
        return []
    return [
        _blocker(
            "residency",
            "Only importers resident in the United States or Canada can join the program.",
            _E + "residency",
            "If your group has a U.S. or Canadian importing company, apply in that company's name.",
        )
    ]


def _history(answers: Mapping[str, Any], today: date) -> list[Finding]:
    """Two years of import history, counted from the first entry filed with CBP."""
    qid = _E + "first_import_date"
    first = parse_iso_date(answers.get(qid))
    if first is None:
        return [
            _blocker(
                "history_unknown",
                "The date of your first entry with CBP is needed to check the two-year history.",
                qid,
                "Find your first entry in your broker's records or your ACE reports.",
            )
        ]
    reached = add_months(first, HISTORY_MONTHS)
    if reached <= today:
        return []
    return [
        _blocker(
            "history_too_short",
            f"Your first import was on {first.isoformat()}; two years of import history are "
            f"reached on {reached.isoformat()}.",
            qid,
            f"Apply on or after {reached.isoformat()}; meanwhile write down and run your controls.",
        )
    ]


def _controls(answers: Mapping[str, Any]) -> list[Finding]:
    """Controls must be written down and in use, and a self-testing plan ready."""
    rules = (
        (
            "controls_documented",
            "controls_not_documented",
            "Your import controls have to be written down before you apply.",
            "Start with the policies section: describe each process as your team runs it today.",
        ),
        (
            "controls_in_use",
            "controls_not_in_use",
            "Your controls have to be in daily use already, not only planned.",
            "Run the written procedures for a while and keep evidence (checklists, sign-offs).",
        ),
        (
            "self_testing_plan_ready",
            "no_self_testing_plan",
            "A self-testing plan is part of the application package.",
            "Draft it in the self-testing section: what you test, how often and who reviews.",
        ),
    )
    return [
        _blocker(code, message, _E + key, hint)
        for key, code, message, hint in rules
        if _answered(answers.get(_E + key)) and answers.get(_E + key) != "yes"
    ]


def _record_warnings(answers: Mapping[str, Any]) -> list[Finding]:
    """Open investigations or penalty cases do not bar an application but will be weighed."""
    if answers.get(_E + "open_investigations") != "yes":
        return []
    return [
        _warning(
            "open_investigations",
            "Open investigations or penalty cases do not stop an application, but CBP looks at "
            "your compliance record and may wait until they are closed.",
            _E + "open_investigations",
            "Be ready to explain each case and what you changed because of it.",
        )
    ]


def _debt(answers: Mapping[str, Any], program: str) -> Finding | None:
    """Money owed to CBP: a bar for CTPAT Trade Compliance, a warning for ISA."""
    if answers.get(_E + "debts_owed") != "yes":
        return None
    qid, hint = _E + "debts_owed", "Pay the debt or agree a payment plan with CBP first."
    if program == "ctpat_tc":
        return _blocker(
            "debts_owed",
            "CTPAT Trade Compliance is closed to importers that owe CBP money.",
            qid,
            hint,
        )
    return _warning(
        "debts_owed", "Money owed to CBP will count against you in the review.", qid, hint
    )


def _focused_assessment(answers: Mapping[str, Any], today: date) -> tuple[bool, list[Finding]]:
    """Is the shorter Focused Assessment route open? If not, say why when it was close."""
    if answers.get(_E + "focused_assessment") != "yes":
        return False, []
    risk, qid = answers.get(_E + "fa_acceptable_risk"), _E + "fa_report_date"
    if risk == "no":
        return False, [
            _warning(
                "fa_risk_not_acceptable",
                "Your Focused Assessment did not find the risk acceptable, so the shorter route is "
                "closed; the standard application is still open to you.",
                _E + "fa_acceptable_risk",
                "Finish the improvement plan from the assessment and show it in your controls.",
            )
        ]
    if risk != "yes":
        return False, []
    report = parse_iso_date(answers.get(qid))
    if report is None:
        return False, [
            _warning(
                "fa_report_date_missing",
                "Give the date of the Focused Assessment report to see whether the shorter route "
                "is still open.",
                qid,
            )
        ]
    if report > today:
        return False, [
            _warning(
                "fa_report_date_future",
                f"The Focused Assessment report date {report.isoformat()} is in the future; "
                "check it.",
                qid,
            )
        ]
    closes = add_months(report, FA_WINDOW_MONTHS)
    if closes < today:
        return False, [
            _warning(
                "fa_window_passed",
                f"The shorter route is open for 12 months after the Focused Assessment report "
                f"({report.isoformat()}); it closed on {closes.isoformat()}. The standard "
                "application is still open to you.",
                qid,
            )
        ]
    return True, []


def _summary(
    answers: Mapping[str, Any], blockers: list[Finding], warnings: list[Finding], route: str
) -> str:
    """One or two sentences for the top of the eligibility screen."""
    if blockers:
        text = f"Not eligible yet: {_count(len(blockers), 'point')} to settle first."
    elif route == "focused_assessment":
        closes = add_months(
            parse_iso_date(answers.get(_E + "fa_report_date")) or date.min, FA_WINDOW_MONTHS
        )
        text = (
            "Eligible by the Focused Assessment route: the application may proceed without "
            f"the usual review meeting if it is filed by {closes.isoformat()}."
        )
    else:
        text = "Eligible on the answers given."
    if warnings:
        text += f" Look at {_count(len(warnings), 'warning')} before you apply."
    return text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
