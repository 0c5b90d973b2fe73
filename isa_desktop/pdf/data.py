"""Plain data objects the renderers print. Built by ``services/documents.py``; no storage here.

Every string in these objects is plain text exactly as the user typed it (or as our templates
word it). The renderers escape it; nothing here is markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from isa_desktop.domain.account import AccountInfo

if TYPE_CHECKING:
    from isa_desktop.formspec.program import Program


@dataclass(frozen=True)
class Contact:
    """A person named in a document."""

    role: str
    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class TableData:
    """A table answer (or a records table): column headings and rows of cell text."""

    columns: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None  # relative widths; None = equal


@dataclass
class Item:
    """One question and its answer; ``text`` None means not answered."""

    qid: str
    label: str
    text: str | None = None
    table: TableData | None = None
    follow_ups: list[Item] = field(default_factory=list)


@dataclass
class Block:
    """A titled group of items (a form section)."""

    title: str
    items: list[Item]


@dataclass
class FormPart:
    """A form inside a chapter; ``title`` None puts its sections straight under the chapter."""

    title: str | None
    blocks: list[Block]
    intro: str | None = None


@dataclass
class Chapter:
    """A top-level part of the packet made of forms (company profile, questionnaire)."""

    title: str
    parts: list[FormPart]
    intro: str | None = None


@dataclass(frozen=True)
class AttachmentDoc:
    """An attached document: metadata and a way to fetch its bytes when needed."""

    id: int
    question_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    load: Callable[[], bytes]
    label: str = ""      # e.g. "A3", given in question order when the packet is assembled
    question: str = ""   # what it answers (the policy area), filled in with the label


@dataclass(frozen=True)
class RemediationItem:
    """A "no" answer and what the importer will do about it."""

    area: str
    question: str
    plan: str | None


@dataclass(frozen=True)
class PolicyEntry:
    """One row of the policies and procedures index."""

    area: str
    form: str
    owner: str
    version: str
    next_review: str
    documents: list[str]   # attachment labels, e.g. ["A1", "A2"]
    procedure: str | None = None


@dataclass
class MouSection:
    """One numbered part of the MOU; ``insert`` names a generated block placed after the text."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    insert: str | None = None  # "ior_numbers" | "contacts" | "signatures"


@dataclass
class MouData:
    """Everything the MOU prints, already filled from the answers."""

    title: str
    subtitle: str
    company_name: str
    ior_numbers: list[tuple[str, str]]
    sections: list[MouSection]
    contacts: list[Contact]
    officer: Contact
    cbp_label: str
    signature_intro: str
    draft: bool = False
    labels: dict[str, str] = field(default_factory=dict)
    #: The ISA-Product Safety addendum (printed after the MOU) when the importer opted in.
    addendum: MouData | None = None

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every printed string with where it comes from (for the glyph check)."""
        if self.addendum is not None:
            yield from self.addendum.texts()
        yield "MOU title", self.title
        yield "Legal name", self.company_name
        for number, entity in self.ior_numbers:
            yield "IOR number", number
            yield "IOR entity", entity
        for section in self.sections:
            for text in [section.heading, *section.paragraphs, *section.items]:
                yield f"MOU section {section.heading}", text
        for contact in [*self.contacts, self.officer]:
            for text in (contact.name, contact.title, contact.email, contact.phone):
                yield contact.role, text


@dataclass
class EligibilitySummary:
    """The eligibility result in words."""

    eligible: bool
    summary: str
    blockers: list[str]
    warnings: list[str]
    route: str = "standard"  # standard | focused_assessment
    #: Label/value lines about the route (the Focused Assessment reference, dates).
    route_facts: list[tuple[str, str]] = field(default_factory=list)
    #: Why the Focused Assessment route asked for is not open ('' when not refused).
    route_note: str = ""


@dataclass
class PacketData:
    """Everything the application packet prints."""

    title: str
    program_title: str
    company_name: str
    ior_numbers: list[tuple[str, str]]
    date: str
    prepared_by: str | None
    draft: bool
    draft_reasons: list[str]
    eligibility: EligibilitySummary
    eligibility_items: list[Block]
    chapters: list[Chapter]
    remediation: list[RemediationItem]
    risk: TableData | None
    plan: TableData | None
    results: TableData | None
    actions: TableData | None
    policies: list[PolicyEntry]
    attachments: list[AttachmentDoc]
    mou: MouData
    author: str = ""
    subject: str = ""
    account: AccountInfo | None = None


@dataclass
class ChangeEntry:
    """One business change since the last letter."""

    when: str
    what: str
    old: str
    new: str


@dataclass
class AnlData:
    """Everything the Annual Notification Letter prints."""

    year: int
    date: str
    company_name: str
    address: str
    ior_numbers: list[tuple[str, str]]
    addressee: list[str]
    subject: str
    opening: list[str]
    contacts: list[Contact]
    eligibility_heading: str
    eligibility_text: list[str]
    changes_heading: str
    changes_intro: str
    changes: list[ChangeEntry]
    changes_empty: str
    testing_heading: str
    testing: TableData | None
    testing_empty: str
    actions_heading: str
    actions: TableData | None
    actions_empty: str
    disclosures_heading: str
    disclosures: TableData | None
    disclosures_empty: str
    closing: list[str]
    officer: Contact
    labels: dict[str, str] = field(default_factory=dict)
    draft: bool = False
    #: ISA-Product Safety section (heading and paragraphs) when the importer opted in.
    isa_ps_heading: str = ""
    isa_ps_text: list[str] = field(default_factory=list)


@dataclass
class Inputs:
    """What the documents are made from, read out of an application by the services layer."""

    program: Program
    answers: dict[str, Any]
    view: dict[str, Any]
    attachments: list[AttachmentDoc]
    records: dict[str, dict[str, dict[str, Any]]]
    change_log: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    eligibility: EligibilitySummary
    ready: bool
    problems: list[str]
    today: str
    lang: str = "en"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def isa_ps(self) -> bool:
        """Whether the importer opted in to ISA-Product Safety."""
        return self.answers.get("eligibility.isa_ps_opt_in") == "yes"
