"""WordprocessingML written by hand (zipfile, no python-docx), RTF, and LibreOffice conversions."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as X

from htmlpages import cert_line, lic_line
from model import Person, span

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"'


def run(
    text: str,
    b: bool = False,
    i: bool = False,
    sz: int | None = None,
    color: str | None = None,
    caps: bool = False,
) -> str:
    pr = (
        ("<w:b/>" if b else "")
        + ("<w:i/>" if i else "")
        + ("<w:caps/>" if caps else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + (f'<w:sz w:val="{sz}"/>' if sz else "")
    )
    parts = text.split("\t")
    inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{X(t)}</w:t>' for t in parts)
    return f"<w:r><w:rPr>{pr}</w:rPr>{inner}</w:r>"


def para(
    runs: str | list[str],
    align: str | None = None,
    shade: str | None = None,
    tabs: list[tuple[str, int]] | None = None,
    after: int = 40,
    before: int = 0,
    style: str | None = None,
    ind: int | None = None,
) -> str:
    if isinstance(runs, list):
        runs = "".join(runs)
    pr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if tabs:
        pr += (
            "<w:tabs>"
            + "".join(f'<w:tab w:val="{v}" w:pos="{pos}"/>' for v, pos in tabs)
            + "</w:tabs>"
        )
    if shade:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    pr += f'<w:spacing w:before="{before}" w:after="{after}"/>'
    if ind:
        pr += f'<w:ind w:left="{ind}"/>'
    if align:
        pr += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{pr}</w:pPr>{runs}</w:p>"


def table(
    rows: list[list[str]],
    widths: list[int],
    header: bool = True,
    borders: bool = True,
    shade_col0: str | None = None,
    head_fill: str = "D9D9D9",
) -> str:
    b = "single" if borders else "nil"
    tb = "".join(
        f'<w:{s} w:val="{b}" w:sz="4" w:space="0" w:color="808080"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{tb}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        + "</w:tblGrid>"
    ]
    for ri, row in enumerate(rows):
        cells = []
        for ci, cell in enumerate(row):
            fill = (
                head_fill
                if (header and ri == 0)
                else (shade_col0 if (shade_col0 and ci == 0) else None)
            )
            shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
            content = (
                cell
                if cell.startswith("<w:")
                else para(run(cell, b=(header and ri == 0), sz=19), after=0)
            )
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/>{shd}</w:tcPr>{content}</w:tc>'
            )
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def sdt(inner: str, tag: str, alias: str) -> str:
    return f'<w:sdt><w:sdtPr><w:alias w:val="{X(alias)}"/><w:tag w:val="{X(tag)}"/><w:id w:val="{abs(hash(tag)) % 99999999}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def textbox(
    paras: str, left_pt: int, top_pt: int, w_pt: int, h_pt: int, fill: str = "EFEFEF"
) -> str:
    style = f"position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{w_pt}pt;height:{h_pt}pt;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
    return (
        f'<w:r><w:pict><v:shape id="tb{left_pt}{top_pt}" type="#_x0000_t202" style="{style}" fillcolor="#{fill}" stroked="f">'
        f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{paras}</w:txbxContent></v:textbox><w10:wrap type="none"/></v:shape></w:pict></w:r>'
    )


def write_docx(
    out: Path,
    body: str,
    header: str | None = None,
    margins: tuple[int, int, int, int] = (1080, 1080, 1080, 1080),
    font: str = "Calibri",
) -> None:
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        + (
            '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
            if header
            else ""
        )
        + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    )
    drels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + (
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            if header
            else ""
        )
        + "</Relationships>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style></w:styles>'
    )
    t, r, b, left = margins
    sect = (
        ('<w:headerReference w:type="default" r:id="rId2"/>' if header else "")
        + f'<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{left}" w:header="500" w:footer="500" w:gutter="0"/>'
    )
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>'
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Resume</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T10:00:00Z</dcterms:created></cp:coreProperties>'
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/_rels/document.xml.rels", drels),
            ("word/styles.xml", styles),
            ("word/document.xml", doc),
            ("docProps/core.xml", core),
        ]:
            zi = zipfile.ZipInfo(name, (2026, 11, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        if header:
            zi = zipfile.ZipInfo("word/header1.xml", (2026, 11, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(
                zi,
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{header}</w:hdr>',
            )


def heading(text: str, shade: str | None = None, color: str | None = None) -> str:
    return para(
        run(text.upper(), b=True, sz=22, color=color),
        shade=shade,
        before=160,
        after=60,
        style="Heading1",
    )


# --- designs -------------------------------------------------------------------------------------


def word_template(p: Person) -> str:
    """Two-column layout table: left narrow column with shaded heading bars, right column jobs with right-aligned dates."""
    left = [para(run("CONTACT", b=True, color="FFFFFF"), shade="2E4A6B", after=40)]
    left += [
        para(run(x, sz=19), after=20)
        for x in [p.street or "", f"{p.city}, {p.state} {p.zip}", p.phone, p.email]
    ]
    left.append(
        para(run("LICENSURE", b=True, color="FFFFFF"), shade="2E4A6B", before=120, after=40)
    )
    for x in p.lics:
        left.append(para(run(f"{x.state_name} {x.printed_type}", b=True, sz=19), after=0))
        left.append(
            para(run(f"#{x.number} · {x.compact_word or ''} · {x.exp_phrase}", sz=18), after=60)
        )
    left.append(
        para(run("CERTIFICATIONS", b=True, color="FFFFFF"), shade="2E4A6B", before=120, after=40)
    )
    for c in p.certs:
        left.append(para(run(cert_line(c), sz=18), after=40))
    left.append(para(run("EHR", b=True, color="FFFFFF"), shade="2E4A6B", before=120, after=40))
    left.append(para(run(", ".join(p.ehr_printed), sz=19)))
    right = [
        para(run(p.name, b=True, sz=40, color="2E4A6B"), after=0),
        para(run(f"{p.creds} · {p.headline}", i=True, sz=21), after=120),
    ]
    right.append(para(run("SUMMARY", b=True), shade="D5DEE9", after=40))
    right.append(para(run(p.summary, sz=20), after=100))
    right.append(para(run("EXPERIENCE", b=True), shade="D5DEE9", after=60))
    for j in p.jobs:
        right.append(
            para(
                [run(j.title, b=True, sz=20), run("\t" + span(j, "mmyyyy", " – "), sz=19)],
                tabs=[("right", 6900)],
                after=0,
            )
        )
        right.append(para(run(f"{j.employer} — {j.city}", i=True, sz=19), after=20))
        for bl in j.bullets:
            right.append(para(run("• " + bl, sz=19), after=10, ind=200))
    right.append(para(run("EDUCATION", b=True), shade="D5DEE9", before=100, after=60))
    for e in p.edu:
        right.append(
            para(
                [run(e.degree, b=True, sz=19), run(f", {e.school}\t{e.year}", sz=19)],
                tabs=[("right", 6900)],
                after=20,
            )
        )
    cell_l = "".join(left)
    cell_r = "".join(right)
    return table([[cell_l, cell_r]], [3100, 7100], header=False, borders=False)


def docx_sdt(p: Person) -> str:
    b = [sdt(para(run(p.name, b=True, sz=36), after=0), "Name", "Your Name")]
    b.append(
        sdt(
            para(run(f"{p.address_line()}  •  {p.phone}  •  {p.email}", sz=19), after=120),
            "Contact",
            "Address, phone, e-mail",
        )
    )
    b.append(heading("Objective"))
    b.append(sdt(para(run(p.summary)), "Objective", "Objective"))
    b.append(heading("Experience"))
    for k, j in enumerate(p.jobs):
        inner = para(
            [
                run(j.title, b=True),
                run(f"  |  {j.employer}, {j.city}  |  {span(j, 'mon', ' to ')}"),
            ],
            after=20,
        )
        inner += "".join(para(run("– " + x), ind=280, after=10) for x in j.bullets)
        b.append(sdt(inner, f"Job{k}", "Job title | Company | Dates"))
    b.append(heading("Licenses"))
    for x in p.lics:
        b.append(sdt(para(run(lic_line(x))), "License", "License"))
    b.append(heading("Certifications"))
    for c in p.certs:
        b.append(sdt(para(run(cert_line(c, "b"))), "Cert", "Certification"))
    b.append(heading("Education"))
    for e in p.edu:
        b.append(sdt(para(run(f"{e.degree}, {e.school} ({e.year})")), "Edu", "Degree, school"))
    b.append(heading("Systems"))
    b.append(sdt(para(run("EHR: " + "; ".join(p.ehr_printed))), "Skills", "Skills"))
    return "".join(b)


def docx_textbox(p: Person) -> str:
    side = "".join(
        [
            para(run("CONTACT", b=True, color="7A3E9D")),
            para(run(p.street or "", sz=19), after=0),
            para(run(f"{p.city}, {p.state} {p.zip}", sz=19), after=0),
            para(run(p.phone, sz=19), after=0),
            para(run(p.email, sz=18), after=120),
            para(run("LICENSE", b=True, color="7A3E9D")),
        ]
        + [para(run(lic_line(x, "b"), sz=18)) for x in p.lics]
        + [para(run("CREDENTIALS", b=True, color="7A3E9D"), before=100)]
        + [para(run(cert_line(c), sz=18)) for c in p.certs]
    )
    body = [
        para(
            [
                run(p.name, b=True, sz=40, color="7A3E9D"),
                textbox(side, 420, 150, 160, 520, "F1E9F6"),
            ],
            after=0,
        )
    ]
    body.append(para(run(f"{p.creds} — {p.headline}", i=True), after=160))
    main = []
    main.append(para(run("SUMMARY", b=True, color="7A3E9D"), before=100))
    main.append(para(run(p.summary)))
    main.append(para(run("EXPERIENCE", b=True, color="7A3E9D"), before=100))
    for j in p.jobs:
        main.append(para(run(f"{j.title}, {j.employer} ({j.city})", b=True), after=0))
        main.append(para(run(span(j, "month", " – ")), after=20))
        main += [para(run("• " + x), ind=200, after=10) for x in j.bullets]
    main.append(para(run("EDUCATION", b=True, color="7A3E9D"), before=100))
    main += [para(run(f"{e.degree} — {e.school}, {e.year}")) for e in p.edu]
    main.append(para(run("DOCUMENTATION SYSTEMS", b=True, color="7A3E9D"), before=100))
    main.append(para(run(", ".join(p.ehr_printed))))
    # main column narrowed by a right indent so it does not run under the text box
    return "".join(body) + "".join(
        m.replace("<w:pPr>", '<w:pPr><w:ind w:right="3400"/>', 1) if "<w:ind " not in m else m
        for m in main
    )


def docx_header_table(p: Person) -> tuple[str, str]:
    header = para(run(p.name.upper(), b=True, sz=30), align="center", after=0) + para(
        run(f"{p.address_line()}   ·   {p.phone}   ·   {p.email}", sz=18), align="center", after=0
    )
    b = [
        para(run(p.headline, b=True, sz=26), after=80),
        para(run(p.summary), after=120),
        heading("Work History"),
    ]
    for j in p.jobs:
        b.append(
            para(
                [
                    run(j.title, b=True),
                    run(f", {j.employer}, {j.city}"),
                    run("\t" + span(j, "iso", " – ", "present")),
                ],
                tabs=[("right", 10080)],
                after=20,
            )
        )
        b += [para(run("▪ " + x), ind=300, after=10) for x in j.bullets]
    b.append(heading("Nursing Licensure"))
    rows = [["State", "License Type", "Number", "Compact", "Expires"]] + [
        [x.state_name, x.printed_type, x.number, x.compact_word or "", x.exp_phrase] for x in p.lics
    ]
    b.append(table(rows, [1700, 2900, 1900, 1700, 1800]))
    b.append(heading("Certifications"))
    b += [para(run(cert_line(c))) for c in p.certs]
    b.append(heading("Education"))
    b += [para(run(f"{e.degree}, {e.school}, {e.year}")) for e in p.edu]
    b.append(heading("Charting"))
    b.append(para(run(", ".join(p.ehr_printed))))
    return "".join(b), header


def docx_tabstops(p: Person) -> str:
    tabs = [("left", 2300), ("right", 10080)]
    b = [
        para(run(f"{p.name}, {p.creds}", b=True, sz=34), after=0),
        para(run(f"{p.street} · {p.city}, {p.state} {p.zip}"), after=0),
        para(run(f"{p.phone} · {p.email}"), after=160),
    ]
    b.append(heading("Professional Experience"))
    for j in p.jobs:
        b.append(
            para(
                [
                    run(span(j, "mmyyyy", "–"), sz=19),
                    run("\t"),
                    run(j.title, b=True),
                    run("\t" + j.city, sz=19),
                ],
                tabs=tabs,
                after=0,
            )
        )
        b.append(para([run("\t"), run(j.employer, i=True)], tabs=tabs, after=20))
        b += [para([run("\t" + "– " + x)], tabs=tabs, after=10) for x in j.bullets]
    b.append(heading("Licensure"))
    for x in p.lics:
        b.append(
            para(
                [
                    run(x.state_name),
                    run("\t" + f"{x.printed_type} #{x.number}"),
                    run("\t" + x.exp_phrase),
                ],
                tabs=tabs,
                after=20,
            )
        )
    b.append(heading("Certification"))
    for c in p.certs:
        b.append(
            para(
                [
                    run(c.issuer),
                    run("\t" + f"{c.name}" + (f" ({c.long})" if c.long else "")),
                    run("\t" + c.exp_phrase),
                ],
                tabs=tabs,
                after=20,
            )
        )
    b.append(heading("Education"))
    for e in p.edu:
        b.append(para([run(e.year), run("\t" + e.degree + ", " + e.school)], tabs=tabs, after=20))
    b.append(heading("Software"))
    b.append(para(run(", ".join(p.ehr_printed))))
    return "".join(b)


def notepad_lines(p: Person) -> list[str]:
    L = [
        p.name.upper() + ", " + p.creds,
        p.street or "",
        f"{p.city}, {p.state} {p.zip}",
        p.phone,
        p.email,
        "",
        "SUMMARY",
        p.summary,
        "",
        "EXPERIENCE",
    ]
    for j in p.jobs:
        L += (
            [f"{j.title.upper()}", f"{j.employer} - {j.city}", f"{span(j, 'mmyyyy', ' - ')}"]
            + [f"- {x}" for x in j.bullets]
            + [""]
        )
    L += (
        ["CERTIFICATIONS"]
        + [
            f"{c.name} ({c.long}) - {c.issuer} - {c.exp_phrase}"
            if c.long
            else f"{c.name} - {c.issuer} - {c.exp_phrase}"
            for c in p.certs
        ]
        + [""]
    )
    if p.lics:
        L += ["LICENSE"] + [lic_line(x) for x in p.lics] + [""]
    L += ["EDUCATION"] + [f"{e.degree}, {e.school}, {e.year}" for e in p.edu] + [""]
    L += ["EHR / CHARTING", ", ".join(p.ehr_printed)]
    return L


def docx_notepad(p: Person) -> str:
    return "".join(para(run(line), after=0) for line in notepad_lines(p))


def simple_doc(p: Person) -> str:
    b = [
        para(run(p.name, b=True, sz=32), align="center", after=0),
        para(run(f"{p.creds}"), align="center", after=0),
        para(run(f"{p.address_line()} | {p.phone} | {p.email}", sz=19), align="center", after=160),
    ]
    b.append(heading("Summary"))
    b.append(para(run(p.summary)))
    b.append(heading("Experience"))
    for j in p.jobs:
        b.append(
            para(
                [run(j.employer, b=True), run(f", {j.city}"), run("\t" + span(j, "short", " – "))],
                tabs=[("right", 10080)],
                after=0,
            )
        )
        b.append(para(run(j.title, i=True), after=20))
        b += [para(run("• " + x), ind=300, after=10) for x in j.bullets]
    b.append(heading("License & Certifications"))
    b += [para(run(lic_line(x))) for x in p.lics] + [para(run(cert_line(c))) for c in p.certs]
    b.append(heading("Education"))
    b += [para(run(f"{e.degree}, {e.school}, {e.year}")) for e in p.edu]
    b.append(heading("EHR"))
    b.append(para(run(", ".join(p.ehr_printed))))
    return "".join(b)


def rtf_text(p: Person) -> str:
    def esc(s: str) -> str:
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch)}?")
            else:
                out.append(ch)
        return "".join(out)

    r = [
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Georgia;}{\f1 Arial;}}{\colortbl;\red40\green70\blue100;}\paperw12240\paperh15840\margl1300\margr1300\margt1100\margb1100"
    ]
    r.append(r"\pard\qc\f0\fs40\b " + esc(p.name) + r"\b0\par")
    r.append(
        r"\pard\qc\f1\fs20 "
        + esc(f"{p.creds} \u2022 {p.address_line()} \u2022 {p.phone} \u2022 {p.email}")
        + r"\par\par"
    )

    def h(t):
        r.append(r"\pard\sb200\sa60\f0\fs24\cf1\b " + esc(t) + r"\b0\cf0\par")

    h("Professional Summary")
    r.append(r"\pard\f1\fs20 " + esc(p.summary) + r"\par")
    h("Clinical Experience")
    for j in p.jobs:
        r.append(
            r"\pard\tqr\tx9600\f1\fs20\b "
            + esc(j.title)
            + r"\b0\tab "
            + esc(span(j, "month", " \u2013 "))
            + r"\par"
        )
        r.append(r"\pard\f1\fs20\i " + esc(f"{j.employer}, {j.city}") + r"\i0\par")
        for x in j.bullets:
            r.append(r"\pard\li360\fi-200\f1\fs20 \u8226? " + esc(x) + r"\par")
    h("Licensure")
    for x in p.lics:
        r.append(r"\pard\f1\fs20 " + esc(lic_line(x, "b")) + r"\par")
    h("Board Certification & Life Support")
    for c in p.certs:
        r.append(r"\pard\f1\fs20 " + esc(cert_line(c)) + r"\par")
    h("Education")
    for e in p.edu:
        r.append(r"\pard\f1\fs20 " + esc(f"{e.degree}, {e.school}, {e.year}") + r"\par")
    h("Electronic Records")
    r.append(r"\pard\f1\fs20 " + esc(", ".join(p.ehr_printed)) + r"\par}")
    return "\n".join(r)


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    prof = outdir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{prof}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)


def move(src: Path, dst: Path) -> None:
    shutil.move(str(src), str(dst))
