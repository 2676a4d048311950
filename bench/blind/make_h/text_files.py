"""Plain-text and RTF resumes for set h, and an RTF reader used only by the build's page check.

txt-forward: a recruiter forwards the candidate's e-mail (the resume quoted with '> ').
txt-allcaps: hand-typed, ALL CAPS headings, not one blank line.
txt-spacecols: two side-by-side columns made of spaces, dates pushed right with spaces.
rtf-wordpad: a WordPad-style RTF, bold headings and \\tab-aligned dates, no tables.
rtf-grid: a form-like RTF, every section a two-cell row (label | content) of a \\trowd table.
"""

import re

from record import Clinician, between


def forward(c: Clinician) -> str:
    rname, rmail, rphone = c.more["recruiter"]
    q = []
    q += ["Hi Dana,", "", "Thank you for calling me back. Here is my work history since my resume file",
          "will not open on my phone. I have a little over 10 years as an RN, the last 6 in home health.", ""]  # fmt: skip
    for j in c.posts:
        q += [f"{j.title}", f"{j.employer}, {j.city}", f"{between(j, c.dates, ' to ', 'present')}"]
        q += [f"  - {d}" for d in j.duties] + [""]
    q += ["License: " + c.licences[0].said]
    q += ["Certs: " + "; ".join(k.said for k in c.cards)]
    q += [f"School: {c.schools[0].degree}, {c.schools[0].school} ({c.schools[0].year})", ""]
    q += ["I can start after the holidays. Days only please, no weekends.", "", "Thanks!", c.name,
          c.phone, "Springfield, MO", c.email]  # fmt: skip
    head = [
        f"From: {rname} <{rmail}>",
        "Sent: Monday, November 23, 2026 9:14 AM",
        "To: Home Health Desk <homehealth.desk@example.org>",
        f"Subject: FW: {c.name} - home health RN, Springfield MO",
        "",
        "Team - candidate for the Springfield home health opening below. Compact license, wants days.",
        "She is submitting through us, please route questions to me.",
        "",
        rname,
        f"Senior Recruiter | {c.more['agency']}",
        f"{rphone} | {rmail}",
        "",
        "-----Original Message-----",
        f"From: {c.name} <{c.email}>",
        "Sent: Sunday, November 22, 2026 7:48 PM",
        f"To: {rname} <{rmail}>",
        "Subject: my work history",
        "",
    ]
    return "\n".join(head + [("> " + x).rstrip() for x in q]) + "\n"


def allcaps(c: Clinician) -> str:
    out = [c.name.upper() + ", " + c.post_nominals, c.street, f"CELL {c.phone}   EMAIL {c.email}", "OBJECTIVE",
           c.profile, "LICENSE", *[x.said for x in c.licences], "CERTIFICATIONS", *[k.said for k in c.cards],
           "WORK EXPERIENCE"]  # fmt: skip
    for j in c.posts:
        out.append(f"{j.title.upper()} - {j.employer} - {j.city} - {between(j, c.dates, ' - ')}")
        out += [f"- {d}" for d in j.duties]
    out.append("EDUCATION")
    out += [f"{s.degree} {s.school} {s.year}" for s in c.schools]
    out += ["COMPUTER", "WellSky (Kinnser) home health, PointClickCare, Microsoft Office",
            "REFERENCES AVAILABLE UPON REQUEST"]  # fmt: skip
    return "\r\n".join(out) + "\r\n"


def spacecols(c: Clinician) -> str:
    w = 78
    out = [c.name.upper() + ", " + c.post_nominals, c.street, f"{c.phone}   {c.email}", "", c.headline.upper(),
           "-" * w, c.profile, ""]  # fmt: skip
    left = ["CREDENTIALS", *[x.said for x in c.licences], *[k.said for k in c.cards]]
    right = ["SKILLS", *[f"* {s}" for s in c.skills], "* Epic Cupid / Epic charting"]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append(f"{a:<44}{b}".rstrip())
    out += ["", "EXPERIENCE", "-" * w]
    for j in c.posts:
        d = between(j, c.dates, " - ")
        out.append(f"{j.title:<{w - len(d)}}{d}")
        out.append(f"{j.employer}, {j.city}")
        out += [f"   o {x}" for x in j.duties] + [""]
    out += (
        ["EDUCATION", "-" * w]
        + [f"{s.degree:<50}{s.year:>28}" for s in c.schools]
        + [c.schools[0].school]
    )
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------- rtf
def esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


HEAD = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil Segoe UI;}}\n"
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n")  # fmt: skip


def wordpad(c: Clinician) -> str:
    r = [HEAD, "\\pard\\sa0\\sl240\\slmult1\\f0\\fs32\\b " + esc(c.name) + "\\b0\\fs22 , " + esc(c.post_nominals) + "\\par\n",
         esc(c.street) + "\\par\n", esc(c.phone) + "   " + esc(c.email) + "\\par\n\\par\n"]  # fmt: skip

    def head(t):
        r.append("\\b\\fs24 " + esc(t) + "\\b0\\fs22\\par\n")

    head("SUMMARY")
    r.append(esc(c.profile) + "\\par\n\\par\n")
    head("EXPERIENCE")
    for j in c.posts:
        r.append(
            "\\pard\\tx6480\\b "
            + esc(j.title)
            + "\\b0\\tab "
            + esc(between(j, c.dates, " - "))
            + "\\par\n"
        )
        r.append(esc(f"{j.employer}, {j.city}") + "\\par\n")
        for d in j.duties:
            r.append("\\pard\\li360 " + esc("- " + d) + "\\par\n")
        r.append("\\pard\\par\n")
    head("LICENSE")
    r += [esc(x.said) + "\\par\n" for x in c.licences]
    r.append("\\par\n")
    head("CERTIFICATIONS")
    r += [esc(k.said) + "\\par\n" for k in c.cards]
    r.append("\\par\n")
    head("EDUCATION")
    r += [esc(f"{s.degree}, {s.school}, {s.year}") + "\\par\n" for s in c.schools]
    r.append("\\par\n")
    head("SKILLS")
    r.append(esc(", ".join(c.skills)) + "; Kinnser, PointClickCare\\par\n}\n")
    return "".join(r)


def grid(c: Clinician) -> str:
    r = [HEAD, "\\pard\\qc\\f0\\fs34\\b " + esc(c.name) + "\\b0\\fs22\\par\n",
         "\\qc " + esc(c.post_nominals + " \u2014 " + c.headline) + "\\par\n\\pard\\par\n"]  # fmt: skip

    def row(label, lines):
        r.append(
            "\\trowd\\trgaph108\\trleft0\\clbrdrb\\brdrs\\brdrw10\\cellx2600\\clbrdrb\\brdrs\\brdrw10\\cellx9600\n"
        )
        r.append(
            "\\pard\\intbl\\b "
            + esc(label)
            + "\\b0\\cell "
            + "\\line ".join(esc(x) for x in lines)
            + "\\cell\\row\n"
        )

    row("Contact", [c.street, c.phone, c.email])
    row("Profile", [c.profile])
    for j in c.posts:
        row(
            between(j, c.dates, " \u2013 "), [f"{j.title} \u2014 {j.employer}, {j.city}", *j.duties]
        )
    row("Certifications", [k.said for k in c.cards])
    row("Licensure", ["Colorado does not license sonographers; ARDMS registry numbers on request."])
    row("Education", [f"{s.degree}, {s.school}, {s.year}" for s in c.schools])
    row("Skills", [", ".join(c.skills)])
    r.append("\\pard\\par\n}\n")
    return "".join(r)


def rtf_text(src: str) -> str:
    """Rough RTF to text for the page check: control words out, \\par/\\line/\\cell/\\tab to spaces."""
    s = re.sub(r"\{\\\*\\generator[^}]*\}", "", src)
    s = re.sub(r"\{\\fonttbl.*?\}\}", "", s, flags=re.S)
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\(par|line|cell|row|tab)\b ?", "\n", s)
    s = re.sub(r"\\([\\{}])", r"\1", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


TXT = {"txt-forward": forward, "txt-allcaps": allcaps, "txt-spacecols": spacecols}
RTF = {"rtf-wordpad": wordpad, "rtf-grid": grid}
