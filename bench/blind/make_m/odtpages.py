"""OpenDocument text built with odfpy (set m): a paragraph resume and a federal-style resume."""

from __future__ import annotations

from odf.opendocument import OpenDocumentText
from odf.style import (
    FontFace,
    Footer,
    Header,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TextProperties,
)
from odf.text import P, PageCount, PageNumber, Span

from model import Person


class Doc:
    def __init__(self, font: str, size: str, margin: str = "0.75in"):
        self.doc = OpenDocumentText()
        self.font = font
        self.doc.fontfacedecls.addElement(
            FontFace(name=font, fontfamily=font, fontfamilygeneric="roman", fontpitch="variable")
        )
        self.pl = PageLayout(name="PL")
        self.pl.addElement(
            PageLayoutProperties(
                pagewidth="8.5in",
                pageheight="11in",
                margintop="0.5in",
                marginbottom="0.5in",
                marginleft=margin,
                marginright=margin,
                printorientation="portrait",
            )
        )
        self.doc.automaticstyles.addElement(self.pl)
        self.styles: dict[str, Style] = {}
        self.para("body", size=size, after="0.07in")
        self.text("b", bold=True)
        self.text("i", italic=True)

    def para(
        self,
        name: str,
        size: str,
        bold: bool = False,
        after: str = "0.04in",
        before: str = "0in",
        align: str = "start",
        indent: str = "0in",
        first: str = "0in",
        color: str = "#000000",
        caps: bool = False,
        border: str = "",
    ) -> Style:
        st = Style(name=name, family="paragraph")
        tp = {"fontname": self.font, "fontsize": size, "color": color}
        if bold:
            tp["fontweight"] = "bold"
        if caps:
            tp["texttransform"] = "uppercase"
            tp["letterspacing"] = "0.03in"
        st.addElement(TextProperties(**tp))
        pp = {
            "marginbottom": after,
            "margintop": before,
            "textalign": align,
            "marginleft": indent,
            "textindent": first,
        }
        if border:
            pp["borderbottom"] = border
            pp["padding"] = "0.02in"
        st.addElement(ParagraphProperties(**pp))
        self.doc.styles.addElement(st)
        self.styles[name] = st
        return st

    def text(self, name: str, bold: bool = False, italic: bool = False) -> None:
        st = Style(name=name, family="text")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        st.addElement(TextProperties(**tp))
        self.doc.styles.addElement(st)
        self.styles[name] = st

    def p(self, style: str, *runs: str | tuple[str, str]) -> P:
        par = P(stylename=self.styles[style])
        for r in runs:
            if isinstance(r, tuple):
                par.addElement(Span(stylename=self.styles[r[0]], text=r[1]))
            else:
                par.addText(r)
        self.doc.text.addElement(par)
        return par

    def master(self, header: str = "", footer_pages: bool = False) -> None:
        mp = MasterPage(name="Standard", pagelayoutname=self.pl)
        if header:
            h = Header()
            h.addElement(P(stylename=self.styles["hdr"], text=header))
            mp.addElement(h)
        if footer_pages:
            f = Footer()
            fp = P(stylename=self.styles["ftr"])
            fp.addText("Page ")
            fp.addElement(PageNumber(selectpage="current", text="1"))
            fp.addText(" of ")
            fp.addElement(PageCount(text="2"))
            f.addElement(fp)
            mp.addElement(f)
        self.doc.masterstyles.addElement(mp)

    def save(self, path: str) -> None:
        self.doc.save(path)


def _license_sentence(p: Person) -> str:
    parts = []
    for x in p.licenses:
        parts.append(f"a {x.state_name} {x.printed} license (No. {x.number}, {x.exp_text})")
    if not parts:
        return ""
    if len(parts) == 1:
        return f"I hold {parts[0]}."
    return "I hold " + ", ".join(parts[:-1]) + f" and {parts[-1]}."


def _cert_sentence(p: Person) -> str:
    parts = []
    for c in p.certs:
        inner = f"{c.long}, {c.issuer}" if c.long else c.issuer
        s = f"{c.name} ({inner}"
        s += f"; {c.exp_text})" if c.exp_text else ")"
        parts.append(s)
    return "My certifications are " + ", ".join(parts[:-1]) + f" and {parts[-1]}."


def paragraphs(p: Person, path: str) -> None:
    """A resume written in paragraphs rather than bullets."""
    d = Doc("Liberation Serif", "11pt", margin="0.9in")
    d.para("name", "20pt", align="center", after="0.02in")
    d.para("cred", "11pt", align="center", after="0.02in", color="#444444")
    d.para("contact", "10pt", align="center", after="0.16in")
    d.para(
        "h",
        "11.5pt",
        bold=True,
        before="0.12in",
        after="0.05in",
        caps=True,
        border="0.5pt solid #777777",
    )
    d.master()
    d.p("name", p.name)
    d.p("cred", f"{p.creds} — {p.headline}")
    d.p(
        "contact",
        "  ·  ".join(
            x for x in (", ".join(y for y in (p.street, p.city) if y), p.phone, p.email) if x
        ),
    )
    d.p("h", "Experience")
    for j in p.jobs:
        tail = " ".join(b[0].upper() + b[1:] + "." for b in j.bullets)
        d.p(
            "body",
            (("b", j.employer)),
            f", {j.city}. ",
            ("i", j.title),
            f", {p.date(j.start)} to {p.date(j.end)}. ",
            tail,
        )
    d.p("h", "Licensure and certification")
    if p.licenses:
        d.p("body", _license_sentence(p))
    else:
        d.p(
            "body",
            "My profession is not licensed by the State; I practise under national registry credentials.",
        )
    d.p("body", _cert_sentence(p))
    d.p("h", "Education")
    for e in p.education:
        d.p("body", f"{e.degree}, {e.school}, {e.city}, {e.year}.")
    d.p("h", "Documentation")
    d.p("body", f"I have charted daily in {p.ehr_text}.")
    d.save(path)


def federal(p: Person, path: str) -> None:
    """A federal-style (USAJOBS-like) resume: hours per week, supervisor lines, page x of y."""
    d = Doc("Carlito", "10.5pt", margin="0.8in")
    d.para("hdr", "9pt", align="end", color="#555555", border="0.5pt solid #999999")
    d.para("ftr", "9pt", align="center", color="#555555")
    d.para("name", "17pt", bold=True, after="0.03in")
    d.para("kv", "10.5pt", after="0.01in")
    d.para(
        "h",
        "11pt",
        bold=True,
        before="0.14in",
        after="0.05in",
        caps=True,
        border="1pt solid #1f3b63",
        color="#1f3b63",
    )
    d.para("jh", "10.5pt", bold=True, before="0.08in", after="0.01in")
    d.para("bul", "10.5pt", indent="0.25in", first="-0.15in", after="0.02in")
    d.master(header=f"{p.name} — Federal Resume", footer_pages=True)
    d.p("name", p.name)
    d.p("kv", ("b", "Address: "), f"{p.street}, {p.city}")
    d.p("kv", ("b", "Phone: "), p.phone)
    d.p("kv", ("b", "Email: "), p.email)
    d.p("kv", ("b", "Citizenship: "), "U.S. Citizen")
    d.p("kv", ("b", "Veterans' Preference: "), "None claimed")
    d.p("kv", ("b", "Objective: "), f"{p.headline}, announcement no. 27-FED-0413")
    if p.summary:
        d.p("h", "Summary of qualifications")
        d.p("body", p.summary)
    d.p("h", "Work experience")
    for j in p.jobs:
        d.p("jh", f"{j.employer}, {j.city}")
        d.p("kv", ("b", "Position title: "), j.title)
        d.p("kv", ("b", "Dates of employment: "), f"{p.date(j.start)} to {p.date(j.end)}")
        d.p("kv", ("b", "Hours per week: "), str(j.hours), f"     ({j.kind})")
        d.p("kv", ("b", "Supervisor: "), j.supervisor)
        d.p("kv", ("b", "Duties and accomplishments:"))
        for b in j.bullets:
            d.p("bul", "•  " + b)
    d.p("h", "Education")
    for e in p.education:
        d.p("kv", ("b", e.degree), f", {e.school}, {e.city} — completed {e.year}")
    d.p("h", "Licenses")
    for x in p.licenses:
        comp = f" — {x.compact_text}" if x.compact_text else ""
        d.p(
            "kv",
            f"{x.printed}, State of {x.state_name}{comp}; License number {x.number}; {x.exp_text}",
        )
    d.p("h", "Certifications")
    for c in p.certs:
        d.p("kv", f"{c.name} ({c.long}), {c.issuer} — {c.exp_text}")
    d.p("h", "Other information")
    d.p("kv", ("b", "Electronic health records: "), p.ehr_text)
    d.p("kv", ("b", "Skills: "), "; ".join(p.skills))
    d.p("kv", ("b", "References: "), "available on request")
    d.save(path)
