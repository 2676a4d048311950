"""Plain-text and hand-written RTF resumes for set g, and an RTF-to-text reader for the check."""

import re

from model import Person, span


# ------------------------------------------------------------------------------------------- txt
def txt_webform(p: Person) -> str:
    """Pasted into a web form's box: many line breaks lost, a few survive."""
    jobs = "  ".join(
        f"{j.title} {j.employer}, {j.city} {span(j, p, ' - ')} "
        + " ".join(f"• {b}" for b in j.bullets)
        for j in p.jobs
    )
    certs = "; ".join(c.line for c in p.certs)
    edu = " ".join(f"{x.degree} - {x.school} ({x.when})" for x in p.edu)
    return (
        f"{p.name}, {p.creds} {p.address} | {p.phone} | {p.email}\n"
        f"PROFESSIONAL SUMMARY {p.summary}  CERTIFICATIONS {certs}\n"
        f"EXPERIENCE {jobs}\n"
        f"EDUCATION {edu}  SKILLS " + ", ".join(p.skills) + "\n"
        "Georgia does not require a state license for surgical technologists.\n"
    )


def txt_markdown(p: Person) -> str:
    out = [f"# {p.name}, {p.creds}", "", f"**{p.headline}**  ", f"{p.address} · {p.phone} · <{p.email}>", "",
           "## About", "", p.summary, "", "## Experience", ""]  # fmt: skip
    for j in p.jobs:
        out += [f"### {j.title} — {j.employer} ({j.city})", f"*{span(j, p, ' → ')}*", ""]
        out += [f"- {b}" for b in j.bullets] + [""]
    out += ["## Licensure & certification", ""] + [f"- {x.line}" for x in p.lics + p.certs] + [""]
    out += ["## Education", ""] + [f"- **{x.degree}**, {x.school}, {x.when}" for x in p.edu] + [""]
    out += ["## Skills", "", " | ".join(p.skills), ""]
    return "\n".join(out)


def txt_email(p: Person) -> str:
    to_name, to_mail = p.extra["to"]
    first = p.name.split()[0]
    jobs = []
    for j in p.jobs:
        jobs += [f"{j.employer} -- {j.city}", f"  {j.title}, {span(j, p, ' to ')}"]
        jobs += [f"  * {b}" for b in j.bullets]
        jobs.append("")
    body = [
        f"From: {p.name} <{p.email}>",
        f"To: {to_name} <{to_mail}>",
        f"Date: {p.extra['date']}",
        "Subject: Tele/PCU travel openings - my resume",
        "",
        f"Hi {to_name.split()[0]},",
        "",
        "Thanks for the call on Friday. As promised, here is my resume pasted below (the attachment",
        "kept bouncing). I'm open to tele or PCU contracts in the Midwest starting in February, nights",
        "preferred. My Indiana license is compact, so most states work.",
        "",
        "Thanks,",
        first,
        "",
        "---------- resume ----------",
        "",
        f"{p.name.upper()}, {p.creds}",
        f"{p.phone} | {p.email}",
        "",
        "SUMMARY",
        "Telemetry/PCU nurse with about 6 years of experience: cardiac drips, post-cath and",
        "post-ablation care, BiPAP, rapid response. Relief charge nurse.",
        "",
        "EXPERIENCE",
        *jobs,
        "LICENSE",
        *[f"  {x.line}" for x in p.lics],
        "",
        "CERTIFICATIONS",
        *[f"  {x.line}" for x in p.certs],
        "",
        "EDUCATION",
        *[f"  {x.degree}, {x.school}, {x.when}" for x in p.edu],
        "",
        "-- ",
        f"{first} W-T",
        f"cell {p.phone}",
        "",
    ]
    return "\n".join(body)


TXT = {"txt-webform": txt_webform, "txt-markdown": txt_markdown, "txt-email": txt_email}


# ------------------------------------------------------------------------------------------- rtf
def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


HEAD = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}"
        r"{\colortbl;\red0\green0\blue0;\red31\green78\blue121;}\paperw12240\paperh15840\margl1300\margr1300\margt1100\margb1100" "\n")  # fmt: skip


def rtf_plain(p: Person) -> str:
    r = [HEAD, r"\pard\qc\f1\fs32\b " + rtf_esc(p.name) + r", " + rtf_esc(p.creds) + r"\b0\par",
         r"\fs20 " + rtf_esc(f"{p.address} - {p.phone} - {p.email}") + r"\par\pard\sa120\par"]  # fmt: skip

    def h(t):
        r.append(r"\pard\sb200\sa60\f1\fs22\b\ul " + rtf_esc(t) + r"\ul0\b0\par")

    def line(t, fs=22):
        r.append(r"\pard\f0\fs" + str(fs) + " " + rtf_esc(t) + r"\par")

    h("OBJECTIVE")
    line(p.summary)
    h("WORK EXPERIENCE")
    for j in p.jobs:
        r.append(
            r"\pard\sb120\f0\fs22\b " + rtf_esc(j.employer) + r"\b0 , " + rtf_esc(j.city) + r"\par"
        )
        line(f"{j.title}, {span(j, p)}")
        for b in j.bullets:
            r.append(r"\pard\li360\fi-200\f0\fs22 - " + rtf_esc(b) + r"\par")
    h("LICENSE")
    for x in p.lics:
        line(x.line)
    h("CERTIFICATIONS")
    for x in p.certs:
        line(x.line)
    h("EDUCATION")
    for x in p.edu:
        line(f"{x.degree}, {x.school}, {x.when}")
    h("SKILLS")
    line("; ".join(p.skills))
    r.append("}")
    return "\n".join(r)


def rtf_table(p: Person) -> str:
    r = [HEAD, r"\pard\f1\fs36\b " + rtf_esc(p.name) + r"\b0\fs22  " + rtf_esc(p.creds) + r"\par",
         r"\fs19\cf2 " + rtf_esc(p.address) + r"\line " + rtf_esc(p.phone) + r"\tab " + rtf_esc(p.email) + r"\cf1\par"]  # fmt: skip

    def h(t):
        r.append(r"\pard\sb240\sa80\f1\fs21\b\cf2 " + rtf_esc(t.upper()) + r"\cf1\b0\par")

    def row(cells, widths, bold=False):
        s = r"\trowd\trgaph100\trleft0"
        acc = 0
        for w in widths:
            acc += w
            s += (
                r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx"
                + str(acc)
            )
        s += "\n" + r"\pard\intbl\f0\fs20" + (r"\b " if bold else " ")
        s += (
            r"\cell ".join(rtf_esc(c) for c in cells)
            + r"\cell"
            + (r"\b0" if bold else "")
            + r"\row"
        )
        r.append(s)

    h("Summary")
    r.append(r"\pard\f0\fs21 " + rtf_esc(p.summary) + r"\par")
    h("Licenses")
    row(["State", "License", "Number", "Expires"], [1700, 2200, 2200, 2200], True)
    for x in p.lics:
        st = {"OH": "Ohio", "PA": "Pennsylvania"}[x.state]
        row([st, "Pharmacist (RPh)", x.number, x.line.split("exp ")[1]], [1700, 2200, 2200, 2200])
    h("Certifications")
    row(["Certification", "Issued by", "Valid through"], [4100, 2100, 2100], True)
    for c in p.certs:
        row(
            [
                c.name,
                c.issuer or "",
                f"{c.expires[5:]}/{c.expires[:4]}" if c.expires else "2016 (no expiration)",
            ],
            [4100, 2100, 2100],
        )
    h("Pharmacy Experience")
    for j in p.jobs:
        r.append(r"\pard\sb100\tqr\tx9600\f0\fs21\b " + rtf_esc(j.title) + r"\b0 , " + rtf_esc(j.employer)
                 + r"\tab " + rtf_esc(span(j, p)) + r"\par")  # fmt: skip
        r.append(r"\pard\f0\fs20\i " + rtf_esc(j.city) + r"\i0\par")
        for b in j.bullets:
            r.append(r"\pard\li300\f0\fs20 " + rtf_esc("\u2022 " + b) + r"\par")
    h("Education")
    for x in p.edu:
        r.append(r"\pard\f0\fs21 " + rtf_esc(f"{x.degree}, {x.school}, {x.when}") + r"\par")
    h("Skills")
    r.append(r"\pard\f0\fs21 " + rtf_esc(", ".join(p.skills)) + r"\par}")
    return "\n".join(r)


RTF = {"rtf-plain": rtf_plain, "rtf-table": rtf_table}


def rtf_to_text(src: str) -> str:
    """Strip RTF to text for the build check: drop the font/colour tables, map a few control
    words, decode \\uN?, remove the rest."""
    s = re.sub(r"\{\\fonttbl.*?\}\}", "", src, flags=re.S)
    s = re.sub(r"\{\\colortbl.*?\}", "", s, flags=re.S)
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\(par|line|row)\b ?", "\n", s)
    s = re.sub(r"\\(tab|cell)\b ?", "\t", s)
    s = re.sub(r"\\([\\{}])", r"\1", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")
