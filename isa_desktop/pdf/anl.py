"""The Annual Notification Letter: a letter with the year's facts and a signature block."""

from __future__ import annotations

import io
from collections.abc import Iterator

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Spacer

from isa_desktop.pdf.blocks import (
    SlotRecord,
    contacts_table,
    signature_block,
    table_flowables,
)
from isa_desktop.pdf.data import AnlData, TableData
from isa_desktop.pdf.fonts import check_glyphs
from isa_desktop.pdf.layout import Furniture, PartTemplate, heading
from isa_desktop.pdf.styles import styles
from isa_desktop.pdf.text import clean, para, paragraphs


def anl_texts(data: AnlData) -> Iterator[tuple[str, str]]:
    """Every printed string with where it comes from (for the glyph check)."""
    yield "Legal name", data.company_name
    yield "Head office address", data.address
    for number, entity in data.ior_numbers:
        yield "IOR numbers", f"{number} {entity}"
    for contact in [*data.contacts, data.officer]:
        yield contact.role, " ".join((contact.name, contact.title, contact.email,
                                      contact.phone))
    for change in data.changes:
        yield f"Change to {change.what}", f"{change.what} {change.old} {change.new}"
    for name, table in (("Self-testing", data.testing), ("Corrective actions", data.actions),
                        ("Disclosures", data.disclosures)):
        for row in table.rows if table else []:
            yield name, " ".join(row)
    for line in [*data.addressee, data.subject, *data.opening, *data.closing,
                 *data.isa_ps_text]:
        yield "Letter text", line


def _section(title: str, key: str) -> Flowable:
    return heading(para(title, styles().h2), 1, clean(title), key)


def _table_or(table: TableData | None, empty: str) -> list[Flowable]:
    if table is None or not table.rows:
        return [para(empty, styles().body)]
    return table_flowables(table)


def anl_story(data: AnlData) -> list[Flowable]:
    """Letterhead, addressee, subject, the five sections and the signature block."""
    st = styles()
    labels = data.labels
    story: list[Flowable] = [para(data.company_name, st.h1)]
    story += paragraphs(data.address, st.muted)
    story += [Spacer(1, 8), para(data.date, st.body), Spacer(1, 6)]
    story += [para(line, st.body.clone("addr", spaceAfter=0)) for line in data.addressee]
    story += [Spacer(1, 10), heading(para(data.subject, st.h3), 0, clean(data.subject), "anl")]
    for text in data.opening:
        story += paragraphs(text, st.body)
    iors = TableData([labels.get("ior_number", "IOR number"),
                      labels.get("ior_entity", "Entity")],
                     [[n, e] for n, e in data.ior_numbers], widths=[1, 2])
    story += table_flowables(iors)
    story += [_section(labels.get("contacts", "Contacts"), "contacts"),
              *contacts_table(data.contacts)]
    story.append(_section(data.eligibility_heading, "eligibility"))
    for text in data.eligibility_text:
        story += paragraphs(text, st.body)
    if data.isa_ps_heading:
        story.append(_section(data.isa_ps_heading, "isa_ps"))
        for text in data.isa_ps_text:
            story += paragraphs(text, st.body)
    story.append(_section(data.changes_heading, "changes"))
    story += _changes(data)
    story += [_section(data.testing_heading, "testing"),
              *_table_or(data.testing, data.testing_empty)]
    story += [_section(data.actions_heading, "actions"),
              *_table_or(data.actions, data.actions_empty)]
    story += [_section(data.disclosures_heading, "disclosures"),
              *_table_or(data.disclosures, data.disclosures_empty), Spacer(1, 8)]
    for text in data.closing:
        story += paragraphs(text, st.body)
    return story + _signature(data)


def _changes(data: AnlData) -> list[Flowable]:
    st = styles()
    if not data.changes:
        return [para(data.changes_empty or "No changes were recorded.", st.body)]
    labels = data.labels
    table = TableData([labels.get("change_when", "Changed on"),
                       labels.get("change_what", "What changed"),
                       labels.get("change_old", "Before"), labels.get("change_new", "Now")],
                      [[c.when, c.what, c.old, c.new] for c in data.changes],
                      widths=[0.9, 2.0, 1.6, 1.6])
    return [*paragraphs(data.changes_intro, st.body), *table_flowables(table)]


def _signature(data: AnlData) -> list[Flowable]:
    st = styles()
    labels = data.labels
    name, title, date = (labels.get(k, k.title()) for k in ("name", "title", "date"))
    block = signature_block([(name, data.officer.name), (title, data.officer.title),
                             (date, "")], SlotRecord("OfficerSignature"), 3.2 * inch)
    return [KeepTogether([Spacer(1, 12),
                          para(labels.get("signature_heading", data.company_name), st.h3),
                          *block])]


def render_anl(data: AnlData) -> tuple[bytes, int]:
    """The letter as PDF bytes and its page count."""
    check_glyphs(anl_texts(data))
    buffer = io.BytesIO()
    title = clean(data.subject)
    furniture = Furniture(header_left=clean(data.company_name),
                          header_right=f"Annual notification {data.year}", draft=data.draft,
                          footer_note="DRAFT" if data.draft else "")
    doc = PartTemplate(buffer, furniture, title=title, author=clean(data.company_name),
                       subject=f"Importer Self-Assessment annual notification {data.year}",
                       creator="ISA Desktop")
    doc.render(anl_story(data))
    return buffer.getvalue(), doc.page
