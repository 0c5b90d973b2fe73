"""Fill the MOU and the packet's data objects from :class:`~isa_desktop.pdf.data.Inputs`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from isa_desktop.domain.account import AccountInfo, account_info
from isa_desktop.pdf import collect
from isa_desktop.pdf.data import (
    AttachmentDoc,
    Block,
    Chapter,
    Contact,
    FormPart,
    Inputs,
    Item,
    MouData,
    MouSection,
    PacketData,
    TableData,
)
from isa_desktop.pdf.merge import readable_size
from isa_desktop.pdf.templates import Template

# Columns of the records tables: (field, heading, relative width). Text columns get the room;
# short codes and numbers just enough for their heading.
RISK_COLUMNS: list[collect.Column] = [
    ("area_label", "Trade area", 1.5), ("likelihood", "Likelihood", 0.75),
    ("impact", "Impact", 0.6), ("score", "Score", 0.5), ("rating", "Rating", 1.3)]
#: Added to the risk matrix when a rating was set by hand.
RISK_REASON: collect.Column = ("override_reason", "Reason for the override", 2.4)
PLAN_COLUMNS: list[collect.Column] = [
    ("area_label", "Trade area", 1.2), ("what_tested", "What is tested", 2.3),
    ("method", "Method", 0.9), ("frequency", "Frequency", 0.8),
    ("reviewer", "Reviewer", 1.2), ("error_threshold_pct", "Error threshold %", 0.7)]
CYCLE_COLUMNS: list[collect.Column] = [
    ("cycle", "Cycle", 0.7), ("area_label", "Trade area", 1.8),
    ("items_tested", "Items tested", 0.7), ("error_count", "Errors", 0.6),
    ("error_rate_pct", "Error rate %", 0.7), ("revenue_impact_usd", "Revenue impact (USD)", 1.0)]
ACTION_COLUMNS: list[collect.Column] = [
    ("owner", "Owner", 1.4), ("action", "Action", 2.8), ("due", "Due", 0.8),
    ("verified_on", "Verified on", 0.8)]

def text(answers: dict[str, Any], key: str) -> str:
    """An answer as a string ('' when absent)."""
    value = answers.get(key)
    return "" if value is None else str(value)


def contacts(inputs: Inputs, template: Template) -> list[Contact]:
    """Officer, ISA point of contact, C-TPAT contact (and ISA-PS contact when opted in)."""
    answers = inputs.answers
    labels = template.get("labels", default={})

    def person(role_key: str, prefix: str, default: str) -> Contact:
        role = template.text(labels[role_key]) if role_key in labels else default
        return Contact(role, *(text(answers, f"{prefix}_{k}")
                               for k in ("name", "title", "email", "phone")))

    people = [person("officer_role", "company.officer", "Company officer"),
              person("poc_role", "company.poc", "ISA point of contact"),
              person("ctpat_role", "company.ctpat_contact", "C-TPAT contact")]
    if answers.get("eligibility.isa_ps_opt_in") == "yes":
        people.append(person("ps_role", "isa_ps.contact", "ISA-Product Safety contact"))
    return [p for p in people if p.name or p.email]


def ior_numbers(inputs: Inputs) -> list[tuple[str, str]]:
    """The covered IOR numbers with their entity, in full (the documents go to CBP)."""
    rows = inputs.answers.get("company.ior_numbers") or []
    return [(str(r.get("number") or ""), str(r.get("entity") or ""))
            for r in rows if isinstance(r, dict) and r.get("number")]


def ior_phrase(count: int) -> str:
    """The IOR numbers as a document names them, in the right number ("the 2 … numbers")."""
    if count == 1:
        return "the Importer of Record number"
    return f"the {count} Importer of Record numbers" if count else \
        "the Importer of Record numbers"


def mou_missing(inputs: Inputs) -> list[str]:
    """What the MOU still needs before it can be signed."""
    needs = {"company.legal_name": "the company's legal name",
             "company.address": "the head office address",
             "company.officer_name": "the name of the officer who signs",
             "company.officer_title": "the officer's title"}
    missing = [t for key, t in needs.items() if not text(inputs.answers, key).strip()]
    if not ior_numbers(inputs):
        missing.append("at least one Importer of Record number")
    return missing


def mou_data(inputs: Inputs, template: Template, addendum: Template | None = None) -> MouData:
    """The MOU filled from the answers (a draft when something it needs is missing), with the
    ISA-Product Safety addendum when the importer opted in and ``addendum`` is given."""
    data = _filled(inputs, template, contacts(inputs, template))
    if addendum is not None and inputs.isa_ps:
        data.addendum = _filled(inputs, addendum, _ps_contacts(inputs, addendum))
    return data


def _ps_contacts(inputs: Inputs, template: Template) -> list[Contact]:
    labels = template.get("labels", default={})
    role = template.text(labels["ps_role"]) if "ps_role" in labels else \
        "ISA-Product Safety point of contact"
    return [Contact(role, *(text(inputs.answers, f"isa_ps.contact_{k}")
                            for k in ("name", "title", "email", "phone")))]


def _filled(inputs: Inputs, template: Template, people: list[Contact]) -> MouData:
    answers = inputs.answers
    iors = ior_numbers(inputs)
    slots = {"legal_name": text(answers, "company.legal_name"),
             "dba": text(answers, "company.dba"),
             "address": ", ".join(line.strip() for line in
                                  text(answers, "company.address").splitlines()),
             "state": text(answers, "company.state_of_incorporation"),
             "officer_name": text(answers, "company.officer_name"),
             "officer_title": text(answers, "company.officer_title"),
             "poc_name": text(answers, "company.poc_name"),
             "poc_title": text(answers, "company.poc_title"),
             "ior_count": str(len(iors)), "ior_phrase": ior_phrase(len(iors)),
             "date": inputs.today,
             "ps_contact_name": text(answers, "isa_ps.contact_name"),
             "ps_contact_title": text(answers, "isa_ps.contact_title")}
    sections = [MouSection(template.fill(s.get("heading", ""), slots),
                           template.fill_list(s.get("paragraphs"), slots),
                           template.fill_list(s.get("items"), slots), s.get("insert"))
                for s in template.get("sections", default=[])]
    labels = {k: template.fill(v, slots) for k, v in template.get("labels", default={}).items()}
    officer = Contact(labels.get("officer_role", "Company officer"), slots["officer_name"],
                      slots["officer_title"], text(answers, "company.officer_email"),
                      text(answers, "company.officer_phone"))
    return MouData(title=template.fill(template.get("title"), slots),
                   subtitle=template.fill(template.get("subtitle"), slots),
                   company_name=slots["legal_name"], ior_numbers=iors, sections=sections,
                   contacts=people, officer=officer,
                   cbp_label=labels.get("cbp_block", "U.S. Customs and Border Protection"),
                   signature_intro=template.fill(template.get("signature_intro", default=""),
                                                 slots),
                   draft=bool(mou_missing(inputs)), labels=labels)


def label_attachments(inputs: Inputs) -> list[AttachmentDoc]:
    """Visible questions' attachments in question order, labelled A1, A2, …"""
    program, lang = inputs.program, inputs.lang
    order = {qid: index for index, qid in enumerate(program.questions)}
    visible = [a for a in inputs.attachments
               if (q := program.questions.get(a.question_id)) is not None
               and program.is_visible(q, inputs.view)]
    visible.sort(key=lambda a: (order.get(a.question_id, 0), a.id))
    labelled = []
    for number, doc in enumerate(visible, start=1):
        question = program.questions[doc.question_id]
        form = program.form(question.form_id)
        section = next((s for s in form.sections if s.id == question.section_id), None)
        what = section.title.get(lang) if form.nav == "policies" and section else \
            question.label.get(lang)
        labelled.append(replace(doc, label=f"A{number}", question=what))
    return labelled


#: Eligibility answers printed only when they say yes (an opt-out leaves no trace).
_ONLY_IF_YES = ("eligibility.isa_ps_opt_in",)


def benefit_labels(inputs: Inputs, account: AccountInfo) -> list[str]:
    """The benefits the account uses, in the words of the form."""
    question = inputs.program.questions.get("account.benefits")
    return [question.choice_label(b, inputs.lang) if question else b for b in account.benefits]


def account_block(inputs: Inputs, account: AccountInfo) -> Block:
    """"Account at CBP": what the account groups, its center, account manager and benefits."""
    center = account.cee_line or "Not known yet: add your main products' HTS numbers"
    if account.cee_source == "suggested" and account.cee_reason:
        center += f". {account.cee_reason}"
    numbers = "\n".join(f"{n} — {e}" if e else n for n, e in account.identifiers)
    items = [Item("account.groups", account.identifier_label, numbers or None),
             Item("account.center", "Center of Excellence and Expertise", center),
             Item("account.manager", "National Account Manager",
                  account.manager_line or "Not assigned yet"),
             Item("account.benefits", "Program benefits used",
                  "; ".join(benefit_labels(inputs, account)) or "None recorded yet")]
    return Block("Account at CBP", items)


def _eligibility_items(inputs: Inputs, refs: dict[str, list[str]]) -> list[Block]:
    program, view = inputs.program, inputs.view
    blocks = [b for f in program.forms if f.nav == "eligibility"
              for b in collect.form_blocks(program, f, view, refs, inputs.lang)]
    for block in blocks:
        block.items = [i for i in block.items
                       if i.qid not in _ONLY_IF_YES or view.get(i.qid) == "yes"]
    return [b for b in blocks if b.items]


def _chapters(inputs: Inputs, refs: dict[str, list[str]]) -> list[Chapter]:
    program, view, lang = inputs.program, inputs.view, inputs.lang
    chapters: list[Chapter] = []
    questionnaire: Chapter | None = None
    for form in program.forms:
        if form.nav in ("eligibility", "policies") or not program.form_visible(form, view):
            continue
        blocks = collect.form_blocks(program, form, view, refs, lang)
        if form.nav == "questionnaire":
            if questionnaire is None:
                questionnaire = Chapter("Questionnaire", [])
                chapters.append(questionnaire)
            intro = form.description.get(lang) if form.description else None
            questionnaire.parts.append(FormPart(form.title.get(lang), blocks, intro))
        else:
            if form.id == "company":
                blocks.insert(0, account_block(inputs, account_info(inputs.answers, lang)))
            chapters.append(Chapter(form.title.get(lang), [FormPart(None, blocks)]))
    return chapters


def risk_table(records: dict[str, dict[str, Any]]) -> TableData | None:
    """The risk matrix; with a reason column when a rating was set by hand."""
    overrides = any(collect.overridden(r) for r in records.values())
    return collect.records_table(records, [*RISK_COLUMNS, RISK_REASON] if overrides
                                 else RISK_COLUMNS)


def packet_data(inputs: Inputs, mou: MouData, prepared_by: str | None) -> PacketData:
    """Everything the packet prints, from the inputs and the filled MOU."""
    program, view, lang = inputs.program, inputs.view, inputs.lang
    attachments = label_attachments(inputs)
    refs: dict[str, list[str]] = {}
    labels: dict[str, list[str]] = {}
    for doc in attachments:
        refs.setdefault(doc.question_id, []).append(
            f"{doc.label}: {doc.filename} ({readable_size(doc.size)}) — see Attachment "
            f"{doc.label}")
        labels.setdefault(doc.question_id, []).append(doc.label)
    reasons = [*inputs.eligibility.blockers, *inputs.problems]
    records = inputs.records
    return PacketData(
        title="Application packet", program_title=program.header.title.get(lang),
        company_name=text(inputs.answers, "company.legal_name") or "Company name not given",
        ior_numbers=ior_numbers(inputs), date=inputs.today, prepared_by=prepared_by,
        draft=not inputs.ready,
        draft_reasons=reasons[:12] + ([f"… and {len(reasons) - 12} more"]
                                      if len(reasons) > 12 else []),
        eligibility=inputs.eligibility,
        eligibility_items=_eligibility_items(inputs, refs),
        chapters=_chapters(inputs, refs),
        remediation=collect.remediation(program, view, lang),
        risk=risk_table(records.get("risk", {})),
        plan=collect.records_table(records.get("plan", {}), PLAN_COLUMNS),
        results=collect.records_table(records.get("cycle", {}), CYCLE_COLUMNS),
        actions=collect.records_table(records.get("action", {}), ACTION_COLUMNS),
        policies=collect.policies(program, view, labels, lang),
        attachments=attachments, mou=mou,
        author=text(inputs.answers, "company.legal_name"),
        subject=f"{program.header.title.get(lang)} application",
        account=account_info(inputs.answers, lang))
