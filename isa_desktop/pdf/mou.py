"""The Memorandum of Understanding: a story usable alone or as the last chapter of the packet."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from isa_desktop.pdf.blocks import SlotRecord, contacts_table, signature_block, table_flowables
from isa_desktop.pdf.data import MouData, TableData
from isa_desktop.pdf.fonts import check_glyphs
from isa_desktop.pdf.layout import FRAME_WIDTH, Furniture, PartTemplate, heading
from isa_desktop.pdf.signing import FieldSpec, add_signature_fields
from isa_desktop.pdf.styles import styles
from isa_desktop.pdf.text import clean, markup, para, paragraphs

OFFICER_FIELD = "OfficerSignature"
CBP_FIELD = "CBPSignature"
#: The ISA-Product Safety addendum's own signature fields.
OFFICER_PS_FIELD = "OfficerSignaturePS"
CBP_PS_FIELD = "CBPSignaturePS"


@dataclass
class MouStory:
    """The MOU's flowables and the signature slots they will fill in when drawn."""

    flowables: list[Flowable]
    slots: list[SlotRecord]


def mou_story(data: MouData, level: int = 0, key: str = "mou") -> MouStory:
    """Title, numbered sections, covered IORs, contacts and the two signature blocks; then the
    ISA-Product Safety addendum on its own pages with its own signature fields."""
    story = _document(data, level, key, (OFFICER_FIELD, CBP_FIELD))
    if data.addendum is not None:
        addendum = _document(data.addendum, level, f"{key}-ps",
                             (OFFICER_PS_FIELD, CBP_PS_FIELD))
        story.flowables += [PageBreak(), *addendum.flowables]
        story.slots += addendum.slots
    return story


def _document(data: MouData, level: int, key: str, fields: tuple[str, str]) -> MouStory:
    st = styles()
    slots = [SlotRecord(fields[0]), SlotRecord(fields[1])]
    story: list[Flowable] = [
        heading(para(data.title, st.title), level, clean(data.title), key),
        para(data.subtitle, st.subtitle),
        Spacer(1, 10),
    ]
    for section in data.sections:
        part: list[Flowable] = [para(section.heading, st.h2)]
        for text in section.paragraphs:
            part.extend(paragraphs(text, st.body))
        for text in section.items:
            part.append(Paragraph(markup(text), st.bullet, bulletText="•"))
        part.extend(_insert(section.insert, data, slots))
        # The signature page must not separate its heading, intro and boxes.
        story.append(KeepTogether(part) if section.insert == "signatures" else part[0])
        if section.insert != "signatures":
            story.extend(part[1:])
    return MouStory(story, slots)


def _insert(kind: str | None, data: MouData, slots: list[SlotRecord]) -> list[Flowable]:
    if kind == "ior_numbers":
        rows = [[number, entity] for number, entity in data.ior_numbers]
        table = TableData([data.labels.get("ior_number", "IOR number"),
                           data.labels.get("ior_entity", "Entity")], rows, widths=[1, 2])
        return [Spacer(1, 2), *table_flowables(table), Spacer(1, 8)]
    if kind == "contacts":
        return [*contacts_table(data.contacts), Spacer(1, 8)]
    if kind == "signatures":
        return _signatures(data, slots)
    return []


def _signatures(data: MouData, slots: list[SlotRecord]) -> list[Flowable]:
    st = styles()
    labels = data.labels
    width = (FRAME_WIDTH - 0.4 * inch) / 2
    name, title, date = (labels.get(k, k.title()) for k in ("name", "title", "date"))
    company = signature_block([(name, data.officer.name), (title, data.officer.title),
                               (date, "")], slots[0], width)
    cbp = signature_block([(name, ""), (title, ""), (date, "")], slots[1], width)
    heads = [para(labels.get("company_block", data.company_name), st.h3),
             para(labels.get("cbp_block", data.cbp_label), st.h3)]
    pair = Table([heads, [company, cbp]], colWidths=[width + 0.2 * inch] * 2, hAlign="LEFT")
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("VALIGN", (0, 1), (-1, 1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [*paragraphs(data.signature_intro, st.body), Spacer(1, 10), pair]


def slot_fields(slots: list[SlotRecord], page_index: dict[int, int] | None = None
                ) -> list[FieldSpec]:
    """Signature-field specs from drawn slots (part pages mapped to document page indexes)."""
    specs = []
    for slot in slots:
        if slot.page == 0:
            continue
        index = page_index[slot.page] if page_index else slot.page - 1
        specs.append(FieldSpec(slot.name, index, slot.box))
    return specs


def render_mou(data: MouData) -> tuple[bytes, int]:
    """The standalone MOU as PDF bytes with empty signature fields, and its page count."""
    check_glyphs(data.texts())
    buffer = io.BytesIO()
    furniture = Furniture(header_left=f"{clean(data.title)} — {clean(data.company_name)}",
                          header_right="Importer Self-Assessment", draft=data.draft,
                          footer_note="DRAFT — not ready to sign" if data.draft else "")
    doc = PartTemplate(buffer, furniture, title=clean(data.title),
                       author=clean(data.company_name), subject=clean(data.subtitle),
                       creator="ISA Desktop")
    story = mou_story(data)
    doc.render(story.flowables)
    pdf = add_signature_fields(buffer.getvalue(), slot_fields(story.slots))
    return pdf, doc.page
