"""Flat ODT (.fodt) written by hand, converted by LibreOffice (`soffice --headless --convert-to
docx|doc|pdf`). Variant "modern": Carlito, licences written as sentences, job heads with the dates
on a right tab stop. Variant "classic": Liberation Serif, a two-column table of dates and
positions, licences as a dashed list (the Word 97 .doc)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from model import STATES, Person, span

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def _e(s: str) -> str:
    return escape(s).replace("\t", "<text:tab/>")


def _styles(font: str, accent: str, size: str) -> str:
    return f"""<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="{font}"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.04cm"/><style:text-properties style:font-name="{font}" fo:font-size="{size}"/></style:default-style>
<style:style style:name="Name" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="21pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:color="#444444"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.28cm" fo:margin-bottom="0.1cm" fo:border-bottom="0.6pt solid {accent}" fo:padding-bottom="0.04cm"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="{accent}" fo:letter-spacing="0.04cm"/></style:style>
<style:style style:name="Job" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.12cm"><style:tab-stops><style:tab-stop style:position="17.9cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Bul" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.35cm"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.4cm" fo:margin-bottom="1.3cm" fo:margin-left="1.85cm" fo:margin-right="1.85cm"/></style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17.89cm" table:align="left"/></style:style>
<style:style style:name="TcA" style:family="table-column"><style:table-column-properties style:column-width="4.9cm"/></style:style>
<style:style style:name="TcB" style:family="table-column"><style:table-column-properties style:column-width="12.99cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>"""


def _p(style: str, body: str) -> str:
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def _b(s: str) -> str:
    return f'<text:span text:style-name="B">{_e(s)}</text:span>'


def _i(s: str) -> str:
    return f'<text:span text:style-name="I">{_e(s)}</text:span>'


def _lic_sentence(p: Person) -> str:
    parts = []
    for c in p.licenses:
        cw = f"{c.cword}, " if c.cword else ""
        parts.append(f"in {STATES[c.state]} ({cw}license no. {c.number}, {c.wording})")
    kind = p.licenses[0].printed if p.licenses else ""
    return f"Licensed as {'an' if kind[:1] in 'AEIOU' else 'a'} {kind} " + " and ".join(parts) + "."


def fodt(p: Person, variant: str = "modern") -> str:
    font, accent, size = (
        ("Carlito", "#2B4C3F", "10.5pt")
        if variant == "modern"
        else ("Liberation Serif", "#000000", "10.5pt")
    )
    body: list[str] = [_p("Name", _e(p.name)), _p("Sub", _e(f"{p.creds} · {p.title}"))]
    contact = [p.phone, p.email]
    if p.street:
        contact.insert(0, f"{p.street}, {p.city}, {p.state} {p.zip}")
    body.append(_p("Standard", _e("  |  ".join(contact))))
    body.append(_p("H", "SUMMARY"))
    body.append(_p("Standard", _e(p.summary)))
    body.append(_p("H", "LICENSURE"))
    if variant == "modern":
        body.append(_p("Standard", _e(_lic_sentence(p))))
    else:
        for c in p.licenses:
            cw = f" — {c.cword}" if c.cword else ""
            body.append(
                _p(
                    "Bul",
                    _e(f"– {STATES[c.state]} — {c.printed}{cw} — License {c.number} — {c.wording}"),
                )
            )
    body.append(_p("H", "CERTIFICATIONS"))
    for c in p.certs:
        txt = (
            (f"{c.acr} — {c.long}" if c.long else c.acr)
            + f", {c.issuer}"
            + (f" ({c.wording})" if c.wording else "")
        )
        body.append(_p("Bul", "• " + _e(txt)))
    body.append(_p("H", "EXPERIENCE"))
    if variant == "modern":
        for j in p.jobs:
            body.append(_p("Job", _b(j.title) + _e(f" — {j.employer}\t{span(j, 'mon')}")))
            extra = f" · contract through {j.agency}" if j.agency else ""
            body.append(_p("Standard", _i(j.city + extra)))
            for b in j.bullets:
                body.append(_p("Bul", "• " + _e(b)))
    else:
        rows = []
        for j in p.jobs:
            cell = [_p("Standard", _b(j.title)), _p("Standard", _e(f"{j.employer}, {j.city}"))]
            if j.agency:
                cell.append(_p("Standard", _i(f"Travel contract with {j.agency}")))
            cell += [_p("Bul", "• " + _e(b)) for b in j.bullets]
            left = _p("Standard", _e(span(j, "month", " – ", "present")))
            rows.append(
                f'<table:table-row><table:table-cell table:style-name="Cell" office:value-type="string">{left}</table:table-cell><table:table-cell table:style-name="Cell" office:value-type="string">{"".join(cell)}</table:table-cell></table:table-row>'
            )
        if "gap" in p.extra:
            gap = p.extra["gap"]
            rows.append(
                f'<table:table-row><table:table-cell table:style-name="Cell" office:value-type="string">{_p("Standard", _e(gap.split(":")[0]))}</table:table-cell><table:table-cell table:style-name="Cell" office:value-type="string">{_p("Standard", _i(gap.split(": ")[1].capitalize()))}</table:table-cell></table:table-row>'
            )
            rows.insert(len(rows) - 2, rows.pop())
        body.append(
            '<table:table table:name="Jobs" table:style-name="Tbl"><table:table-column table:style-name="TcA"/><table:table-column table:style-name="TcB"/>'
            + "".join(rows)
            + "</table:table>"
        )
    body.append(_p("H", "EDUCATION"))
    for e in p.edu:
        body.append(_p("Job", _b(e.lines[0]) + _e(f"\t{e.year}")))
        for extra_line in e.lines[1:]:
            body.append(_p("Standard", _b(extra_line)))
        body.append(_p("Standard", _e(e.school)))
    body.append(_p("H", "DOCUMENTATION SYSTEMS"))
    body.append(_p("Standard", _e(p.ehr_line)))
    if p.skills:
        body.append(_p("H", "SKILLS"))
        body.append(_p("Standard", _e(" · ".join(p.skills))))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
        + _styles(font, accent, size)
        + "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document>\n"
    )
