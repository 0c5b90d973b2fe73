"""The application packet's stories: cover, contents, chapters, attachment chapters, appendix.

Each function returns flowables for one part; ``assemble.py`` renders the parts and merges them
with the attached PDFs. Headings are marked with :func:`layout.heading` so they become both
bookmarks and table-of-contents entries.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from isa_desktop.pdf.blocks import item_flowables, key_values, table_flowables
from isa_desktop.pdf.data import Block, Chapter, Item, PacketData, TableData
from isa_desktop.pdf.layout import FRAME_WIDTH, heading
from isa_desktop.pdf.merge import Inspected, readable_size
from isa_desktop.pdf.styles import ACCENT, RULE, styles
from isa_desktop.pdf.text import clean, markup, para, paragraphs

_KEYS = iter(range(1, 10**9))


def _h(text: str, level: int) -> Flowable:
    """A heading paragraph at ``level`` (0 chapter, 1 section, 2 subsection)."""
    st = styles()
    style = (st.h1, st.h2, st.h3)[min(level, 2)]
    return heading(para(text, style), level, clean(text), f"h{next(_KEYS)}")


def cover(data: PacketData) -> list[Flowable]:
    """The cover page: title, company, IOR numbers, program, date, preparer, status."""
    st = styles()
    story: list[Flowable] = [Spacer(1, 1.3 * inch), para(data.program_title.upper(), st.subtitle),
                             para(data.title, st.title), Spacer(1, 6),
                             _rule(), Spacer(1, 14), para(data.company_name, st.h1),
                             Spacer(1, 10)]
    facts = [("Importer of Record numbers", "\n".join(
        f"{n}  —  {e}" if e else n for n, e in data.ior_numbers) or "None listed"),
        ("Program", data.program_title), ("Date", data.date)]
    facts += _account_facts(data) + data.eligibility.route_facts[:2]
    if data.prepared_by:
        facts.append(("Prepared by", data.prepared_by))
    facts.append(("Status", "DRAFT — not ready to submit" if data.draft
                  else "Complete — ready for signature"))
    story.append(key_values(facts))
    if data.draft and data.draft_reasons:
        story += [Spacer(1, 14), Paragraph("Still to be done before submission", st.h3)]
        story += [Paragraph(markup(r), st.bullet, bulletText="•") for r in data.draft_reasons]
    return story


def _account_facts(data: PacketData) -> list[tuple[str, str]]:
    """The account lines of the cover: filer codes (broker), center, account manager."""
    account = data.account
    if account is None:
        return []
    facts = []
    if account.kind == "broker":
        facts.append((account.identifier_label,
                      "\n".join(n for n, _ in account.identifiers) or "None listed"))
    if account.cee_line:
        facts.append(("Center of Excellence and Expertise", account.cee_line))
    facts.append(("National Account Manager", account.manager_line or "Not assigned yet"))
    return facts


def _rule() -> Table:
    line = Table([[""]], colWidths=[FRAME_WIDTH], rowHeights=[2])
    line.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 2, ACCENT)]))
    return line


def contents(entries: list[tuple[int, str, int]]) -> list[Flowable]:
    """The table of contents: (level, title, page) rows with right-aligned page numbers."""
    st = styles()
    rows = [[para(title, st.toc1 if level == 0 else st.toc2),
             Paragraph(str(page), st.toc1 if level == 0 else st.toc2)]
            for level, title, page in entries]
    table = Table(rows, colWidths=[FRAME_WIDTH - 0.6 * inch, 0.6 * inch], hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]
    style += [("LINEABOVE", (0, i), (-1, i), 0.4, RULE)
              for i, (level, _, _) in enumerate(entries) if level == 0 and i]
    table.setStyle(TableStyle(style))
    return [Paragraph("Contents", st.h1), table]


def _blocks(blocks: list[Block], level: int) -> list[Flowable]:
    story: list[Flowable] = []
    for block in blocks:
        story.append(_h(block.title, level))
        for item in block.items:
            story.extend(item_flowables(item))
    return story


def eligibility_chapter(data: PacketData) -> list[Flowable]:
    """The eligibility result, its blockers and warnings, then the eligibility answers."""
    st = styles()
    summary = data.eligibility
    verdict = "Eligible" if summary.eligible else "Not yet eligible"
    story: list[Flowable] = [_h("Eligibility summary", 0),
                             Paragraph(f"Result: {verdict}", st.h2)]
    story += paragraphs(summary.summary, st.body)
    if summary.route_facts:
        story += [Spacer(1, 4), key_values(summary.route_facts), Spacer(1, 4)]
    if summary.route_note:
        story += paragraphs(summary.route_note, st.body)
    for title, findings in (("Blockers", summary.blockers), ("Warnings", summary.warnings)):
        if findings:
            story.append(Paragraph(title, st.h3))
            story += [Paragraph(markup(f), st.bullet, bulletText="•") for f in findings]
    return story + _blocks(data.eligibility_items, 1)


def form_chapter(chapter: Chapter) -> list[Flowable]:
    """A chapter of forms: untitled parts put sections at level 1, titled parts nest them."""
    story: list[Flowable] = [_h(chapter.title, 0)]
    if chapter.intro:
        story += paragraphs(chapter.intro, styles().body)
    for part in chapter.parts:
        if part.title is None:
            story += _blocks(part.blocks, 1)
            continue
        story.append(_h(part.title, 1))
        if part.intro:
            story += paragraphs(part.intro, styles().muted)
        story += _blocks(part.blocks, 2)
    return story


def remediation_chapter(data: PacketData) -> list[Flowable]:
    """Every "no" answer with the planned remediation."""
    st = styles()
    story: list[Flowable] = [_h("Remediation list", 0)]
    if not data.remediation:
        return story + [Paragraph("No control question was answered “no”.", st.body)]
    story += paragraphs("Each control the company does not yet have in place, with what "
                        "will be done about it, by whom and by when.", st.body)
    rows = [[r.area, r.question, r.plan or "No plan given yet"] for r in data.remediation]
    return story + table_flowables(TableData(["Area", "Control", "Planned remediation"],
                                             rows, widths=[1.1, 2.2, 2.7]))


def testing_chapter(data: PacketData) -> list[Flowable]:
    """Risk matrix, self-testing plan, results and corrective actions (those that exist)."""
    sections = [("Risk matrix", data.risk), ("Self-testing plan", data.plan),
                ("Self-testing results", data.results), ("Corrective actions", data.actions)]
    present = [(title, table) for title, table in sections if table is not None and table.rows]
    if not present:
        return []
    story: list[Flowable] = [_h("Risk assessment and self-testing", 0)]
    for title, table in present:
        story += [_h(title, 1), *table_flowables(table)]
    return story


def policies_chapter(data: PacketData, inspected: list[Inspected]) -> list[Flowable]:
    """The policies index, written procedures and the list of attached documents."""
    st = styles()
    story: list[Flowable] = [_h("Policies and procedures", 0), _h("Index", 1)]
    rows = [[p.area, p.form, p.owner, p.version, p.next_review, ", ".join(p.documents) or "—"]
            for p in data.policies]
    story += table_flowables(TableData(["Area", "Form", "Owner", "Version", "Next review",
                                        "Documents"], rows,
                                       widths=[1.6, 1.0, 1.2, 0.7, 0.9, 0.8]))
    written = [p for p in data.policies if p.procedure]
    if written:
        story.append(_h("Written procedures", 1))
        for policy in written:
            story.append(para(policy.area, st.h3))
            story += paragraphs(policy.procedure, st.body)
    if inspected:
        story.append(_h("Attached documents", 1))
        rows = [[i.doc.label, i.doc.filename, i.doc.question, _status(i)] for i in inspected]
        story += table_flowables(TableData(["Ref.", "Document", "Answers", "In this packet"],
                                           rows, widths=[0.5, 2.0, 1.8, 1.9]))
    return story


def _status(item: Inspected) -> str:
    if item.kind == "pdf":
        return f"Merged as its own chapter ({counted(item.pages, 'page')})"
    if item.kind == "text":
        return "Printed as its own chapter"
    if item.kind == "broken":
        return f"Not merged: {item.problem}"
    return f"Not merged ({item.doc.media_type}); identified by its SHA-256 in the appendix"


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``1 page``, ``2 pages``: a count with its noun in the right number."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def attachment_title(item: Inspected) -> str:
    """The chapter and bookmark title of an attachment."""
    return f"Attachment {item.doc.label} — {clean(item.doc.filename)}"


def attachment_story(item: Inspected, text: str | None = None) -> list[Flowable]:
    """A rendered attachment chapter: a text document, or the placeholder of a broken one."""
    st = styles()
    doc = item.doc
    story: list[Flowable] = [_h(attachment_title(item), 0)]
    facts = [("Answers", doc.question), ("File", doc.filename),
             ("Size", readable_size(doc.size)), ("SHA-256", doc.sha256)]
    if item.kind == "broken":
        story += [Paragraph("This document could not be included.", st.warning),
                  para(f"The attached file {doc.filename} {item.problem}.", st.body),
                  Spacer(1, 6), key_values(facts)]
        return story
    story += [key_values(facts), Spacer(1, 10)]
    return story + paragraphs(text if text is not None else item.text or "", st.body)


def appendix(inspected: list[Inspected]) -> list[Flowable]:
    """Every attachment's SHA-256, so a reader can confirm the files they received."""
    st = styles()
    story: list[Flowable] = [_h("Appendix: attachment fingerprints (SHA-256)", 0)]
    if not inspected:
        return story + [Paragraph("No documents are attached.", st.body)]
    story += paragraphs("The SHA-256 value identifies each attached file exactly: any change "
                        "to a file, however small, gives a different value.", st.body)
    rows = [[i.doc.label, i.doc.filename, readable_size(i.doc.size), i.doc.sha256]
            for i in inspected]
    return story + table_flowables(TableData(["Ref.", "Document", "Size", "SHA-256"], rows,
                                             widths=[0.45, 1.9, 0.75, 3.1]))


def packet_texts(data: PacketData) -> Iterator[tuple[str, str]]:
    """Every user-provided string of the packet with where it comes from (glyph check)."""
    yield "Legal name", data.company_name
    if data.prepared_by:
        yield "Prepared by", data.prepared_by
    for number, entity in data.ior_numbers:
        yield "IOR numbers", f"{number} {entity}"
    for block in data.eligibility_items:
        yield from _item_texts(block.items)
    if data.account is not None:
        yield "Account manager", data.account.manager_line
        for number, name in data.account.identifiers:
            yield "Account identifiers", f"{number} {name}"
    for chapter in data.chapters:
        for part in chapter.parts:
            for block in part.blocks:
                yield from _item_texts(block.items)
    for table, name in ((data.risk, "Risk matrix"), (data.plan, "Self-testing plan"),
                        (data.results, "Self-testing results"),
                        (data.actions, "Corrective actions")):
        for row in table.rows if table else []:
            yield name, " ".join(row)
    for policy in data.policies:
        yield f"Policies: {policy.area}", " ".join(
            [policy.owner, policy.version, policy.procedure or ""])
    for attachment in data.attachments:
        yield f"Attachment {attachment.label} file name", attachment.filename
    yield from data.mou.texts()


def _item_texts(items: list[Item]) -> Iterator[tuple[str, str]]:
    for item in items:
        where = f"{item.label} ({item.qid})"
        if item.text:
            yield where, item.text
        if item.table:
            for row in item.table.rows:
                yield where, " ".join(row)
        yield from _item_texts(item.follow_ups)


def page_break() -> PageBreak:
    """A new page (chapters start on one)."""
    return PageBreak()
