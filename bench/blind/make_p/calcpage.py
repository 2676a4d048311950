"""A resume laid out in a spreadsheet: flat ODS (.fods) exported to PDF by LibreOffice Calc, gridlines printed."""

from __future__ import annotations

from xml.sax.saxutils import escape as X

from model import Person, span

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.4in" fo:margin-bottom="0.4in" fo:margin-left="0.4in" fo:margin-right="0.4in" style:print="grid charts drawings objects" style:scale-to-X="1" style:scale-to-Y="1"/></style:page-layout>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.35in"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.35in"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="2.4in"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="1.55in"/></style:style>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
<style:style style:name="ce" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #9a9a9a"/></style:style>
<style:style style:name="hd" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#1d6b44" fo:border="0.5pt solid #9a9a9a"/><style:text-properties fo:color="#ffffff" fo:font-weight="bold" fo:font-size="10pt"/></style:style>
<style:style style:name="nm" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1d6b44"/></style:style>
<style:style style:name="sub" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#e4efe8" fo:border="0.5pt solid #9a9a9a"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Resume" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/>
"""


def cell(text: str, style: str = "ce", span_: int = 1) -> str:
    sp = f' table:number-columns-spanned="{span_}"' if span_ > 1 else ""
    c = f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}><text:p>{X(text)}</text:p></table:table-cell>'
    if span_ > 1:
        c += "<table:covered-table-cell/>" * (span_ - 1)
    return c


def row(cells: list[str]) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def sheet(p: Person) -> str:
    R = [
        row([cell(f"{p.name}, {p.creds}", "nm", 4)]),
        row([cell(p.headline, "ce", 4)]),
        row([cell("Address"), cell(p.address_line(), "ce", 3)]),
        row([cell("Phone"), cell(p.phone), cell("E-mail"), cell(p.email)]),
        row([cell("SUMMARY", "hd", 4)]),
        row([cell(p.summary, "ce", 4)]),
        row([cell("EXPERIENCE", "hd", 4)]),
        row(
            [
                cell("Dates", "sub"),
                cell("Position", "sub"),
                cell("Employer", "sub"),
                cell("Location", "sub"),
            ]
        ),
    ]
    for j in p.jobs:
        R.append(
            row(
                [
                    cell(span(j, "iso", " to ", "present")),
                    cell(j.title),
                    cell(j.employer),
                    cell(j.city),
                ]
            )
        )
        if j.bullets:
            R.append(row([cell(""), cell("; ".join(j.bullets), "ce", 3)]))
    R += [
        row([cell("LICENSURE", "hd", 4)]),
        row(
            [
                cell("State", "sub"),
                cell("License", "sub"),
                cell("Number", "sub"),
                cell("Expiration", "sub"),
            ]
        ),
    ]
    R += [
        row([cell(x.state_name), cell(x.printed_type), cell(x.number), cell(x.exp_phrase)])
        for x in p.lics
    ]
    R += [
        row([cell("CERTIFICATIONS", "hd", 4)]),
        row(
            [
                cell("Credential", "sub"),
                cell("Full title", "sub"),
                cell("Issuing body", "sub"),
                cell("Expires", "sub"),
            ]
        ),
    ]
    R += [row([cell(c.name), cell(c.long), cell(c.issuer), cell(c.exp_phrase)]) for c in p.certs]
    R += [row([cell("EDUCATION", "hd", 4)])] + [
        row([cell(e.year), cell(e.degree), cell(e.school, "ce", 2)]) for e in p.edu
    ]
    R += [
        row([cell("SYSTEMS", "hd", 4)]),
        row([cell("EHR / pharmacy"), cell(", ".join(p.ehr_printed), "ce", 3)]),
    ]
    return HEAD + "".join(R) + "</table:table></office:spreadsheet></office:body></office:document>"
