"""t16–t30: page text written by hand; truth beside it (judgement calls in notes)."""

from model import Job, Resume, Section, cert, edu, lic, table, ul

P = []

# ---------------------------------------------------------------- t16 DOCX shaded sidebar table, retail pharmacist
P.append(
    Resume(
        file="t16.docx",
        fmt="docx",
        design="docx_sidebar",
        layout="python-docx-shaded-sidebar-table-cell-pharmacist",
        key="siddiqui-docx-sidebar-pharmacist",
        name="Farah Siddiqui",
        creds="PharmD",
        headline="Community Pharmacist · Pharmacist-in-Charge",
        contact=[
            ("mail", "farah.siddiqui@example.com"),
            ("phone", "(480) 555-0124"),
            ("home", "Tempe, AZ 85281"),
        ],
        side=[
            Section(
                "LICENSES",
                [
                    "Arizona Pharmacist\nS023418\nexp 10/31/2027",
                    "Nevada Pharmacist\n#21877\nexp 10/31/2026",
                ],
            ),
            Section(
                "CERTIFICATES",
                [
                    "APhA Pharmacy-Based Immunization Delivery",
                    "APhA MTM Certificate",
                    "BLS (AHA) — exp 01/2028",
                ],
            ),
            Section("SYSTEMS", ["EnterpriseRx\nEpic Willow (hospital)\nPyxis\nSureScripts e-Rx"]),
            Section("LANGUAGES", ["Urdu, Hindi, English"]),
        ],
        main=[
            Section(
                "PROFILE",
                [
                    "PIC for a high-volume store (~1,600 Rx/week) who still likes talking to "
                    "patients at the counter. Immunizer, MTM, and on-call weekend hospital shifts."
                ],
            ),
            Section(
                "EXPERIENCE",
                [
                    Job(
                        "Pharmacist-in-Charge",
                        "Desert Bloom Pharmacy #214",
                        "2021 – Present",
                        place="Tempe, AZ",
                        bullets=[
                            "Staff of 9 techs & 2 floaters; inventory, DEA/state board inspections",
                            "Immunization clinic ~4,000 shots/season; test-and-treat flu/strep",
                            "EnterpriseRx workflow, C-II audits",
                        ],
                    ),
                    Job(
                        "Per diem Staff Pharmacist",
                        "Sonoran Vista Hospital",
                        "2023 – Present",
                        place="Chandler, AZ",
                        bullets=[
                            "Weekend inpatient order verification in Epic Willow; IV room checks"
                        ],
                    ),
                    Job(
                        "Staff Pharmacist",
                        "Valley Sun Drug",
                        "June 2018 – 2021",
                        place="Mesa, AZ",
                        bullets=["Floater across 6 stores in the East Valley"],
                    ),
                    Job(
                        "Pharmacy Intern",
                        "Valley Sun Drug",
                        "2015 – 2018",
                        place="Mesa, AZ",
                    ),
                ],
            ),
            Section(
                "EDUCATION",
                [
                    "Doctor of Pharmacy — University of Arizona R. Ken Coit College of Pharmacy, 2018",
                    "B.S. Physiology — University of Arizona, 2014",
                ],
            ),
        ],
        licensed=[("2018-06", "now")],
        truth=dict(
            name="Farah Siddiqui",
            email="farah.siddiqui@example.com",
            phone="(480) 555-0124",
            location="Tempe, AZ",
            discipline="Pharmacist",
            specialties=["Retail", "Inpatient"],
            licenses=[
                lic("AZ", "Pharmacist", "S023418", None, "2027-10"),
                lic("NV", "Pharmacist", "21877", None, "2026-10"),
            ],
            certifications=[
                cert("APhA Pharmacy-Based Immunization Delivery", "APhA", None),
                cert("APhA MTM Certificate", "APhA", None),
                cert("BLS", "AHA", "2028-01"),
            ],
            education=[
                edu("Doctor of Pharmacy", "University of Arizona"),
                edu("B.S. Physiology", "University of Arizona"),
            ],
            employers=["Desert Bloom Pharmacy", "Sonoran Vista Hospital", "Valley Sun Drug"],
            ehr_systems=["EnterpriseRx", "Epic"],
            agencies=[],
            clinical_sites=[],
            notes="Sidebar is a shaded Word table cell; community PIC -> Retail, per diem hospital -> "
            "Inpatient; Pyxis and SureScripts not EHRs, EnterpriseRx kept as the pharmacy system; NV licence "
            "already expired 10/2026 (kept); intern years excluded.",
        ),
    )
)

# ---------------------------------------------------------------- t17 .doc (Word 97), LVN home health
P.append(
    Resume(
        file="t17.doc",
        fmt="doc",
        design="docx_classic",
        layout="python-docx-then-libreoffice-ms-word-97-doc-centered-contact",
        key="perez-doc-lvn",
        name="Yolanda Pérez Ibarra",
        creds="LVN",
        headline="",
        contact=[
            ("home", "3345 E Clinton Ave, Fresno, CA 93703"),
            ("phone", "(559) 555-0166"),
            ("mail", "yperez.lvn@example.net"),
        ],
        main=[
            Section(
                "Professional Summary",
                [
                    "Licensed Vocational Nurse with 10 years in home health, pediatric private duty and "
                    "skilled nursing. Trach/vent and G-tube care, wound care, IV certified. Bilingual "
                    "Spanish/English — I do a lot of the family teaching in Spanish."
                ],
            ),
            Section(
                "Experience",
                [
                    Job(
                        "Home Health LVN",
                        "San Joaquin Valley Home Care",
                        "Jan 2021 – Present",
                        place="Fresno, CA",
                        bullets=[
                            "Visits 5–7 patients a day under RN case managers: wound care, INR draws, med teaching",
                            "Visit notes on a tablet in Alora",
                        ],
                    ),
                    Job(
                        "Private Duty LVN (pediatrics)",
                        "Sequoia Kids Private Duty Nursing",
                        "Sept 2019 – Dec 2020",
                        place="Visalia, CA",
                        bullets=[
                            "12-hr shifts in the home with a trach/vent toddler; school bus & classroom aide days"
                        ],
                    ),
                    Job(
                        "Charge LVN",
                        "Kings River Post-Acute",
                        "July 2016 – Aug 2019",
                        place="Fresno, CA",
                        bullets=["Skilled nursing / sub-acute hall, 30 residents, PointClickCare"],
                    ),
                    Job(
                        "Medical Assistant",
                        "Tower District Family Clinic",
                        "2013 – 2015",
                        place="Fresno, CA",
                    ),
                ],
            ),
            Section(
                "License & Certifications",
                [
                    ul(
                        "California LVN — VN 271430 — exp 08/31/2027",
                        "IV Therapy & Blood Withdrawal certification (BVNPT approved)",
                        "BLS for Healthcare Providers — American Heart Association — exp 07/2027",
                    )
                ],
            ),
            Section("Education", ["Vocational Nursing Certificate — Fresno City College, 2016"]),
        ],
        licensed=[("2016-07", "now")],
        truth=dict(
            name="Yolanda Pérez Ibarra",
            email="yperez.lvn@example.net",
            phone="(559) 555-0166",
            location="Fresno, CA",
            discipline="LPN",
            specialties=["Home Health", "Pediatrics", "SNF"],
            licenses=[lic("CA", "LVN", "VN 271430", None, "2027-08")],
            certifications=[
                cert("IV Therapy & Blood Withdrawal", "BVNPT", None),
                cert("BLS", "American Heart Association", "2027-07"),
            ],
            education=[edu("Vocational Nursing Certificate", "Fresno City College")],
            employers=[
                "San Joaquin Valley Home Care",
                "Sequoia Kids Private Duty Nursing",
                "Kings River Post-Acute",
                "Tower District Family Clinic",
            ],
            ehr_systems=["Alora", "PointClickCare"],
            agencies=[],
            clinical_sites=[],
            notes="Saved by LibreOffice as MS Word 97 .doc; pediatric private duty in the home -> Home Health + "
            "Pediatrics; post-acute skilled/sub-acute -> SNF; medical assistant years excluded (employer kept).",
        ),
    )
)

# ---------------------------------------------------------------- t18 txt cover letter + resume, psych RN
T18 = """Dominic J. Ferraro
dferraro.rn@example.com | 412-555-0139

Dear Ms. Albright,

Thank you for reaching out on Tuesday about the inpatient psych contract in Erie. I've
pasted my resume below since your portal kept timing out on my upload (sorry!). I'm open
to 13-week contracts in Pennsylvania or Ohio starting after the new year, nights preferred.
The best way to reach me is my cell above; I'm on shift Wed-Fri so texts are easier those
days.

Thanks again,
Dom

----------------------------------------------------------------------

DOMINIC J. FERRARO, BSN, RN, PMH-BC
1524 Brownsville Rd, Pittsburgh, PA 15210
412-555-0139  *  dferraro.rn@example.com

PSYCHIATRIC RN - adult acute, geropsych, crisis

EXPERIENCE

Allegheny Heights Behavioral Health, Pittsburgh PA
RN, Adult Acute Psychiatry (32 beds, locked)                    July 2019 - Present
  - Admissions, 1:1 and seclusion/restraint monitoring, IM med administration, groups
  - Charge nurse 2-3 nights a week; CPI team lead
  - Go to the ED for psych holds when the crisis team is short (consult, not an ED job)
  - Epic

Monongahela Valley General Hospital - Three Rivers Geriatric Psych Unit, McKeesport PA
RN (PRN)                                                          Mar 2021 - Aug 2024
  - Dementia with behaviors, ECT recovery, medical comorbidities

Steel Valley Medical Center, Homestead PA
RN, Med/Surg                                                      June 2016 - June 2019
  - 1:6 on a busy med/surg floor; detox on the floor (CIWA) is how I found psych
  - Cerner PowerChart

Riverbend Recovery Center, Pittsburgh PA
Mental Health Technician                                          2013 - 2016

LICENSES
  Pennsylvania RN  RN693341  exp 10/31/2028
  Ohio RN          519884    exp 08/31/2027

CERTIFICATIONS
  PMH-BC (Psychiatric-Mental Health Nursing), ANCC - exp 03/2029
  CPI Nonviolent Crisis Intervention - renewed 06/2026
  BLS - AHA - exp Jan 2028

EDUCATION
  BSN, Duquesne University, Pittsburgh PA - 2016
"""

P.append(
    Resume(
        file="t18.txt",
        fmt="txt",
        design="txt",
        layout="txt-cover-letter-to-recruiter-then-pasted-resume",
        key="ferraro-txt-cover-psych",
        text=T18,
        licensed=[("2016-06", "now")],
        truth=dict(
            name="Dominic J. Ferraro",
            email="dferraro.rn@example.com",
            phone="412-555-0139",
            location="Pittsburgh, PA",
            discipline="RN",
            specialties=["Psych", "Med-Surg"],
            licenses=[
                lic("PA", "RN", "RN693341", None, "2028-10"),
                lic("OH", "RN", "519884", None, "2027-08"),
            ],
            certifications=[
                cert("PMH-BC", "ANCC", "2029-03"),
                cert("CPI Nonviolent Crisis Intervention"),
                cert("BLS", "AHA", "2028-01"),
            ],
            education=[edu("BSN", "Duquesne University")],
            employers=[
                "Allegheny Heights Behavioral Health",
                "Monongahela Valley General Hospital",
                "Steel Valley Medical Center",
                "Riverbend Recovery Center",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=[],
            clinical_sites=[],
            notes="Cover letter to a recruiter first (her name is not the candidate's; Erie is the contract "
            "city); adult acute + geropsych -> Psych; ED psych-hold consults not ER; detox on the med/surg "
            "floor not a specialty; CPI 'renewed 06/2026' is not an expiry; MHT years pre-licence excluded.",
        ),
    )
)

# ---------------------------------------------------------------- t19 txt e-mail body, PTA
T19 = """From: Brianna Holloway <bri.holloway.pta@example.com>
Sent: Monday, November 30, 2026 7:52 PM
To: Marcus Delgado <m.delgado@northernlights.example.net>
Subject: RE: PTA contract - Coeur d'Alene / my info

Hi Marcus,

Thanks for the call today! Here is everything you asked for. I didn't have my resume on
this laptop so I just typed it out, hope that's ok.

Name: Brianna K. Holloway, PTA
Cell: (509) 555-0114
Address: 2911 W Garland Ave, Spokane WA 99205

Licenses:
- Washington PTA license PTA.60877213, expires 11/2027
- Idaho PTA license PTA-4471, expires 06/30/2027

Where I work now:
Inland Empire Sports & Spine PT (Spokane) - PTA, full time since Sept 2020. Outpatient
ortho and sports, post-op knees and shoulders mostly, some vestibular. We chart in WebPT.

Cedar Summit Health & Rehab (Spokane Valley) - PRN PTA on weekends since 2022. SNF rehab
hall, PointClickCare.

Before that:
Palouse Valley Hospital, Pullman WA - PTA, July 2018 to August 2020. Acute care floors
plus their 10-bed inpatient rehab unit. Cerner.

School: Spokane Falls Community College, AAS Physical Therapist Assistant, 2018.

Certs: BLS (AHA) good until April 2027. Kinesio Taping (CKTP) course done in 2021.

I can start after Christmas. 36 hrs/wk is ideal but I'd do 40 for the right contract. Let me
know if you need my references or the skills checklist again.

Thanks!
Bri

Sent from my laptop
"""

P.append(
    Resume(
        file="t19.txt",
        fmt="txt",
        design="txt",
        layout="txt-email-to-recruiter-typed-out-resume",
        key="holloway-txt-email-pta",
        text=T19,
        licensed=[("2018-07", "now")],
        truth=dict(
            name="Brianna K. Holloway",
            email="bri.holloway.pta@example.com",
            phone="(509) 555-0114",
            location="Spokane, WA",
            discipline="PTA",
            specialties=["Outpatient", "SNF", "Acute Care", "Inpatient Rehab"],
            licenses=[
                lic("WA", "PTA", "PTA.60877213", None, "2027-11"),
                lic("ID", "PTA", "PTA-4471", None, "2027-06"),
            ],
            certifications=[cert("BLS", "AHA", "2027-04"), cert("CKTP")],
            education=[edu("AAS Physical Therapist Assistant", "Spokane Falls Community College")],
            employers=[
                "Inland Empire Sports & Spine PT",
                "Cedar Summit Health & Rehab",
                "Palouse Valley Hospital",
            ],
            ehr_systems=["WebPT", "PointClickCare", "Cerner"],
            agencies=[],
            clinical_sites=[],
            notes="E-mail to a recruiter (his name and e-mail in To:, not the candidate's); the agency is "
            "not named (only the recruiter's domain), so agencies []; 'good until April 2027' -> 2027-04; "
            "Sept 2020 start right after Aug 2020; PRN SNF counted once.",
        ),
    )
)

# ---------------------------------------------------------------- t20 txt Indeed-like paste, surgical tech
T20 = """Terrence Baptiste
Certified Surgical Technologist
Baton Rouge, LA 70808
tbaptiste.cst@example.com
225-555-0181

Willing to relocate: Anywhere
Authorized to work in the US for any employer

Work Experience

Travel Surgical Technologist
Bayou Allied Travel - Port Arthur, TX
January 2026 to Present

Contract at Sabine Pass Medical Center. General, ortho and GYN; first scrub on
robotic cases; some C-section call on the L&D OR (covering, not my department).
Epic OpTime.

Travel Surgical Technologist
Bayou Allied Travel - Gulfport, MS
August 2025 to November 2025

13 weeks, Aug-Nov 2025 at Gulf Coast Regional Medical Center. Trauma and
vascular, lots of nights. Meditech.

Certified Surgical Technologist
Capitol Lakes Surgical Hospital - Baton Rouge, LA
March 2019 to July 2025

Ortho/spine and neuro heavy. Lead tech for the total joints team, trained new
techs on instrument sets, vendor reps and preference cards. Epic.

Surgical Tech I
Acadiana Day Surgery Center - Lafayette, LA
October 2018 to February 2019

Sterile Processing Technician
Capitol Lakes Surgical Hospital - Baton Rouge, LA
May 2015 to August 2018

Education

Associate of Applied Science in Surgical Technology
Delgado Community College - New Orleans, LA
2016 to 2018

Skills

Surgical instruments (10+ years), Sterile technique, Robotics (da Vinci), Orthopedics,
Epic

Certifications and Licenses

CST - Certified Surgical Technologist
Expires May 2028
NBSTSA

BLS Certification
Expires August 2027

Additional Information

Open to 13-week contracts in the Gulf South. Own transportation.
"""

P.append(
    Resume(
        file="t20.txt",
        fmt="txt",
        design="txt",
        layout="txt-indeed-like-job-board-paste-agency-as-company",
        key="baptiste-txt-indeed-surgtech",
        text=T20,
        licensed=[("2018-10", "2025-11"), ("2026-01", "now")],
        truth=dict(
            name="Terrence Baptiste",
            email="tbaptiste.cst@example.com",
            phone="225-555-0181",
            location="Baton Rouge, LA",
            discipline="other-allied",
            specialties=["OR"],
            licenses=[],
            certifications=[cert("CST", "NBSTSA", "2028-05"), cert("BLS", None, "2027-08")],
            education=[
                edu(
                    "Associate of Applied Science in Surgical Technology",
                    "Delgado Community College",
                )
            ],
            employers=[
                "Sabine Pass Medical Center",
                "Gulf Coast Regional Medical Center",
                "Capitol Lakes Surgical Hospital",
                "Acadiana Day Surgery Center",
            ],
            ehr_systems=["Epic", "MEDITECH"],
            agencies=["Bayou Allied Travel"],
            clinical_sites=[],
            notes="Job-board paste: the agency is the 'company', the facilities only in the descriptions; "
            "surgical tech -> other-allied, OR; L&D C-section call 'not my department' excluded; SPD years "
            "before certification excluded (employer kept); December 2025 between contracts excluded.",
        ),
    )
)

# ---------------------------------------------------------------- t21 txt LinkedIn-like paste, school SLP
T21 = """Meredith Castellanos
 · 2nd
Speech-Language Pathologist | School-Based & Early Intervention | Bilingual (ES)
Albuquerque, New Mexico, United States · Contact info
412 connections

Contact info
Email: meredith.castellanos@example.com
Phone: 505-555-0150 (Mobile)

About
I'm a bilingual SLP who loves the chaos of an elementary caseload. Articulation,
language, AAC, and a lot of collaboration with teachers and families. Also see
littles for early intervention a couple of afternoons a week.

Experience

Speech Language Pathologist
Sandia Pediatric Therapy Staffing · Contract
Aug 2022 - Present · 4 yrs 5 mos
Albuquerque, New Mexico, United States · On-site
Contracted to Cibola Mesa Public Schools (K-5, three campuses). Caseload ~52, IEPs
and evaluations in Spanish and English, AAC (TD Snap, LAMP).

Speech-Language Pathologist (PRN)
High Desert Early Intervention Services · Part-time
Jan 2024 - Present · 2 yrs 11 mos
Albuquerque, New Mexico, United States
Home visits birth-3, feeding and late talkers. Notes in ClinicSource.

Speech Language Pathologist - Clinical Fellow
Llano Vista Pediatric Therapy · Full-time
Jul 2021 - Jul 2022 · 1 yr 1 mo
Rio Rancho, New Mexico, United States
Outpatient pediatric clinic, CF year.

Education

University of New Mexico
Master of Science - MS, Speech-Language Pathology
2019 - 2021
Externships: Zia Elementary (school) and Sandia Crest Rehabilitation Hospital (adult)

New Mexico State University
Bachelor of Arts - BA, Communication Disorders
2015 - 2019

Licenses & certifications

Certificate of Clinical Competence in Speech-Language Pathology (CCC-SLP)
American Speech-Language-Hearing Association (ASHA)
Issued Sep 2022 · Expires Dec 2027
Credential ID 14501288

Speech-Language Pathologist License
New Mexico Regulation and Licensing Department
Issued Aug 2022 · Expires Aug 2027
Credential ID SLP-2022-0418

BLS CPR
American Red Cross
Issued Mar 2025 · Expires Mar 2027

Skills
Augmentative and Alternative Communication (AAC) · Individualized Education Programs (IEP) ·
Bilingual Assessment · Pediatric Feeding · Frontline IEP · ClinicSource

Languages
Spanish
Full professional proficiency

People also viewed
"""

P.append(
    Resume(
        file="t21.txt",
        fmt="txt",
        design="txt",
        layout="txt-linkedin-like-profile-paste-agency-as-company",
        key="castellanos-txt-linkedin-slp",
        text=T21,
        licensed=[("2021-07", "now")],
        truth=dict(
            name="Meredith Castellanos",
            email="meredith.castellanos@example.com",
            phone="505-555-0150",
            location="Albuquerque, NM",
            discipline="SLP",
            specialties=["Schools", "Pediatrics", "Outpatient", "Home Health"],
            licenses=[lic("NM", "Speech-Language Pathologist", "SLP-2022-0418", None, "2027-08")],
            certifications=[
                cert("CCC-SLP", "ASHA", "2027-12"),
                cert("BLS", "American Red Cross", "2027-03"),
            ],
            education=[
                edu(
                    "Master of Science - MS, Speech-Language Pathology", "University of New Mexico"
                ),
                edu(
                    "Bachelor of Arts - BA, Communication Disorders", "New Mexico State University"
                ),
            ],
            employers=[
                "Cibola Mesa Public Schools",
                "High Desert Early Intervention Services",
                "Llano Vista Pediatric Therapy",
            ],
            ehr_systems=["ClinicSource"],
            agencies=["Sandia Pediatric Therapy Staffing"],
            clinical_sites=["Zia Elementary", "Sandia Crest Rehabilitation Hospital"],
            notes="LinkedIn-like paste; the agency is the 'company', the school district in the description "
            "is the employer; EI home visits -> Home Health + Pediatrics; outpatient pediatric CF counted; "
            "Frontline IEP is not an EHR; 'BLS CPR' -> BLS; LinkedIn's '4 yrs 5 mos' is its own arithmetic.",
        ),
    )
)

# ---------------------------------------------------------------- t22 photo of a Resume.io-like page, NICU
P.append(
    Resume(
        file="t22.jpg",
        fmt="photo",
        design="timeline",
        layout="photo-desk-perspective-shadow-of-chromium-timeline-page",
        key="thibodeaux-photo-nicu",
        name="Abigail Rose Thibodeaux",
        creds="BSN, RNC-NIC",
        headline="NICU Registered Nurse — Level III",
        contact=[
            ("home", "Lafayette, LA 70503"),
            ("phone", "337-555-0102"),
            ("mail", "abby.thibodeaux@example.com"),
        ],
        opts={"accent": "#8a3b62"},
        main=[
            Section(
                "Profile",
                [
                    "Ten years with babies and kids: micro-preemies, post-op surgical babies and NAS "
                    "wean, after three years on a pediatric floor. Transport team member."
                ],
            ),
            Section(
                "Employment history",
                [
                    Job(
                        "RN, Neonatal Intensive Care (Level III, 42 beds)",
                        "Acadiana Women's & Children's Hospital",
                        "Aug 2019 — Present",
                        place="Lafayette, LA",
                        bullets=[
                            "Vents, oscillator, nitric, UAC/UVC lines, PICC assists",
                            "Neonatal transport team since 2022; charge RN",
                            "Float to well-baby nursery when census is low (not a home unit)",
                            "Epic",
                        ],
                    ),
                    Job(
                        "PRN RN, Level II Special Care Nursery",
                        "St. Landry Community Hospital",
                        "Feb 2022 — Mar 2024",
                        place="Opelousas, LA",
                        bullets=[
                            "Feeder-growers, phototherapy, stabilize & transfer; Cerner PowerChart"
                        ],
                    ),
                    Job(
                        "RN, Pediatrics",
                        "Bayou Teche Medical Center",
                        "Jun 2016 — Jul 2019",
                        place="New Iberia, LA",
                        bullets=["24-bed general peds floor: RSV season, DKA, post-op tonsils"],
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    Job(
                        "Bachelor of Science in Nursing",
                        "University of Louisiana at Lafayette",
                        "2012 — 2016",
                    )
                ],
            ),
            Section(
                "Licenses & certifications",
                [
                    ul(
                        "Louisiana RN #RN-209984 (multistate), exp 01/31/2028",
                        "RNC-NIC — NCC, maintenance due 09/2028",
                        "NRP — AAP, exp 03/2027",
                        "S.T.A.B.L.E.",
                        "BLS — AHA, exp 03/2027",
                    )
                ],
            ),
        ],
        licensed=[("2016-06", "now")],
        truth=dict(
            name="Abigail Rose Thibodeaux",
            email="abby.thibodeaux@example.com",
            phone="337-555-0102",
            location="Lafayette, LA",
            discipline="RN",
            specialties=["NICU", "Pediatrics"],
            licenses=[lic("LA", "RN", "RN-209984", True, "2028-01")],
            certifications=[
                cert("RNC-NIC", "NCC", "2028-09"),
                cert("NRP", "AAP", "2027-03"),
                cert("S.T.A.B.L.E."),
                cert("BLS", "AHA", "2027-03"),
            ],
            education=[
                edu("Bachelor of Science in Nursing", "University of Louisiana at Lafayette")
            ],
            employers=[
                "Acadiana Women's & Children's Hospital",
                "St. Landry Community Hospital",
                "Bayou Teche Medical Center",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=[],
            clinical_sites=[],
            notes="Level II special care nursery PRN -> NICU; well-baby nursery float excluded; peds floor -> "
            "Pediatrics; the name has no 'RN' after it but the page says NICU RN.",
        ),
    )
)

# ---------------------------------------------------------------- t23 photo of a Word-exported page, dialysis
P.append(
    Resume(
        file="t23.jpg",
        fmt="photo",
        design="word_classic_pdf",
        layout="photo-lamp-lit-rotated-word-export-page",
        key="adeyemi-photo-dialysis",
        name="Samuel Adeyemi",
        creds="RN, CNN",
        headline="",
        contact=[
            ("home", "4127 Park Ave, Memphis, TN 38111"),
            ("phone", "(901) 555-0193"),
            ("mail", "samadeyemi.rn@example.net"),
        ],
        main=[
            Section(
                "Summary",
                [
                    "Nephrology nurse — charge nurse in outpatient hemodialysis, acute dialysis in the "
                    "hospitals before that, med-surg before that. Twelve years an RN."
                ],
            ),
            Section(
                "Experience",
                [
                    Job(
                        "Charge Nurse, Outpatient Hemodialysis",
                        "Wolf River Kidney Center, Memphis, TN",
                        "2020 – Present",
                        bullets=[
                            "24 chairs, 3 shifts; fistula/graft cannulation, CVC care, monthly labs, care plans",
                            "Water room and machine checks with biomed; Falcon EHR",
                        ],
                    ),
                    Job(
                        "Acute Dialysis RN",
                        "Mid-South Renal Partners, Memphis, TN",
                        "2017 – 2020",
                        bullets=[
                            "Contracted acute service for three hospitals — bedside HD in the ICUs and "
                            "on the floors, plasmapheresis (I went where the patient was; not an ICU job)",
                        ],
                    ),
                    Job(
                        "Staff RN, Medical-Surgical",
                        "Germantown Parkway Medical Center, Germantown, TN",
                        "Aug 2014 – 2017",
                        bullets=["Renal/medical floor, 1:6; Epic"],
                    ),
                ],
            ),
            Section(
                "License",
                ["Tennessee Registered Nurse #211874 — Multistate"],
            ),
            Section(
                "Certifications",
                [
                    ul(
                        "CNN — Nephrology Nursing Certification Commission, exp. April 2029",
                        "BLS / ACLS — American Heart Association, exp. 12/2027",
                    )
                ],
            ),
            Section(
                "Education",
                [
                    "BSN — University of Memphis, Loewenberg College of Nursing, 2019",
                    "ASN — Southwest Tennessee Community College, 2014",
                ],
            ),
        ],
        licensed=[("2014-08", "now")],
        truth=dict(
            name="Samuel Adeyemi",
            email="samadeyemi.rn@example.net",
            phone="(901) 555-0193",
            location="Memphis, TN",
            discipline="RN",
            specialties=["Dialysis", "Outpatient", "Med-Surg"],
            licenses=[lic("TN", "RN", "211874", True, None)],
            certifications=[
                cert("CNN", "Nephrology Nursing Certification Commission", "2029-04"),
                cert("BLS", "American Heart Association", "2027-12"),
                cert("ACLS", "American Heart Association", "2027-12"),
            ],
            education=[
                edu("BSN", "University of Memphis"),
                edu("ASN", "Southwest Tennessee Community College"),
            ],
            employers=[
                "Wolf River Kidney Center",
                "Mid-South Renal Partners",
                "Germantown Parkway Medical Center",
            ],
            ehr_systems=["Falcon", "Epic"],
            agencies=[],
            clinical_sites=[],
            notes="Outpatient hemodialysis -> Dialysis + Outpatient; acute dialysis in ICUs explicitly not an "
            "ICU job; licence without expiry; year-only dates (2014 start given as Aug 2014).",
        ),
    )
)

# ---------------------------------------------------------------- t24 phone scrolling screenshot of an app, RT
P.append(
    Resume(
        file="t24.png",
        fmt="photo",
        design="app",
        layout="photo-phone-scrolling-screenshot-job-app-profile-cards",
        key="abernathy-app-screenshot-rt",
        name="Rachel Abernathy",
        creds="RRT-NPS",
        headline="Respiratory Therapist · NICU/Peds",
        contact=[
            ("home", "Billings, MT"),
            ("phone", "(406) 555-0170"),
            ("mail", "rabernathy.rt@example.org"),
        ],
        opts={"app": "ShiftLink", "time": "9:41"},
        main=[
            Section(
                "About",
                [
                    "NICU/peds RT at a children's center, weekend PRN in pulmonary rehab. Looking for "
                    "8–13 week contracts in MT, WY or ID, days."
                ],
            ),
            Section(
                "Experience",
                [
                    Job(
                        "Respiratory Therapist — NICU/Peds",
                        "Yellowstone Valley Children's Center",
                        "Mar 2021 – Present",
                        place="Billings, MT",
                        para="High-frequency oscillator, NIPPV, surfactant; peds floor and PICU transports.",
                    ),
                    Job(
                        "Respiratory Therapist (PRN)",
                        "Big Sky Pulmonary Rehab & PFT Lab",
                        "Jan 2023 – Present",
                        place="Billings, MT",
                        para="Outpatient pulmonary rehab classes and PFTs, 1–2 Saturdays a month.",
                    ),
                    Job(
                        "Respiratory Therapist",
                        "Casper Plains Regional Hospital",
                        "Jun 2019 – Feb 2021",
                        place="Casper, WY",
                        para="Adult ICU, ED and floors; Meditech.",
                    ),
                ],
            ),
            Section(
                "Licenses",
                [
                    (
                        "card",
                        "Montana · Respiratory Care Practitioner",
                        "License #RCP-8812 · Active · Expires 03/31/2027",
                    ),
                    (
                        "card",
                        "Wyoming · Respiratory Therapist",
                        "License #RT-1194 · Expires 12/31/2027",
                    ),
                ],
            ),
            Section(
                "Certifications",
                [
                    ("card", "RRT-NPS", "NBRC · no expiration"),
                    ("card", "RRT", "NBRC"),
                    ("card", "NRP", "AAP · Expires 06/2027"),
                    ("card", "PALS", "AHA · Expires 06/2027"),
                    ("card", "BLS", "AHA · Expires 06/2027"),
                ],
            ),
            Section(
                "Education",
                [
                    (
                        "card",
                        "AAS Respiratory Therapy",
                        "Great Falls College Montana State University · 2019",
                    )
                ],
            ),
            Section("EHR experience", [("chips", ["Epic", "Meditech"])]),
        ],
        licensed=[("2019-06", "now")],
        truth=dict(
            name="Rachel Abernathy",
            email="rabernathy.rt@example.org",
            phone="(406) 555-0170",
            location="Billings, MT",
            discipline="RT",
            specialties=["NICU", "Pediatrics", "Outpatient", "ICU", "ER"],
            licenses=[
                lic("MT", "Respiratory Care Practitioner", "RCP-8812", None, "2027-03"),
                lic("WY", "Respiratory Therapist", "RT-1194", None, "2027-12"),
            ],
            certifications=[
                cert("RRT-NPS", "NBRC", None),
                cert("RRT", "NBRC", None),
                cert("NRP", "AAP", "2027-06"),
                cert("PALS", "AHA", "2027-06"),
                cert("BLS", "AHA", "2027-06"),
            ],
            education=[
                edu("AAS Respiratory Therapy", "Great Falls College Montana State University")
            ],
            employers=[
                "Yellowstone Valley Children's Center",
                "Big Sky Pulmonary Rehab & PFT Lab",
                "Casper Plains Regional Hospital",
            ],
            ehr_systems=["Epic", "MEDITECH"],
            agencies=[],
            clinical_sites=[],
            notes="Long scrolling screenshot of a job app profile; NICU/Peds -> NICU + Pediatrics (PICU only "
            "transports); pulmonary rehab -> Outpatient; adult ICU + ED -> ICU + ER; 'floors' no specialty.",
        ),
    )
)

# ---------------------------------------------------------------- t25 photo of a Canva-like page, pediatric OT
P.append(
    Resume(
        file="t25.jpg",
        fmt="photo",
        design="canva",
        layout="photo-hand-held-rotated-canva-like-page-uneven-light",
        key="baca-photo-canva-ot",
        name="Sofía Inés Baca",
        creds="OTD, OTR/L",
        headline="PEDIATRIC OCCUPATIONAL THERAPIST",
        contact=[
            ("phone", "719-555-0108"),
            ("mail", "sofia.baca.otd@example.com"),
            ("home", "Pueblo, CO"),
        ],
        opts={"accent": "#2f7d6d", "soft": "#e6f2ef"},
        side=[
            Section(
                "About me",
                [
                    "Play-based, family-centred OT for kids from NICU follow-up age to high school. "
                    "Bilingual (ES/EN)."
                ],
            ),
            Section(
                "Credentials",
                [
                    "Colorado OT License\nOTR.0018833 · exp 12/31/2027",
                    "NBCOT OTR",
                    "BCP — AOTA, through 2030",
                    "BLS — Red Cross, exp 02/2027",
                ],
            ),
            Section("Systems", ["Epic · TheraOffice"]),
        ],
        main=[
            Section(
                "Experience",
                [
                    Job(
                        "School-based Occupational Therapist",
                        "Arkansas Valley BOCES",
                        "Aug 2022 – Present",
                        place="Pueblo & La Junta, CO",
                        bullets=[
                            "K-12 caseload across 7 rural schools; IEPs, handwriting, sensory diets, adaptive equipment"
                        ],
                    ),
                    Job(
                        "Pediatric OT (PRN, acute care)",
                        "Front Range Children's Hospital",
                        "2021 – 2023",
                        place="Colorado Springs, CO",
                        bullets=["Inpatient consults: burns, ortho, oncology kids; Epic"],
                    ),
                    Job(
                        "Outpatient Pediatric OT",
                        "Little Steps Therapy Clinic",
                        "Aug 2020 – Jul 2022",
                        place="Colorado Springs, CO",
                        bullets=["Feeding, sensory processing, fine motor; notes in TheraOffice"],
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    Job("OTD — Doctor of Occupational Therapy", "Creighton University", "2020"),
                    Job("B.S. Health & Exercise Science", "Colorado State University", "2017"),
                ],
            ),
        ],
        licensed=[("2020-08", "now")],
        truth=dict(
            name="Sofía Inés Baca",
            email="sofia.baca.otd@example.com",
            phone="719-555-0108",
            location="Pueblo, CO",
            discipline="OT",
            specialties=["Schools", "Pediatrics", "Acute Care", "Outpatient"],
            licenses=[lic("CO", "OT", "OTR.0018833", None, "2027-12")],
            certifications=[
                cert("OTR", "NBCOT", None),
                cert("BCP", "AOTA", None),
                cert("BLS", "Red Cross", "2027-02"),
            ],
            education=[
                edu("OTD — Doctor of Occupational Therapy", "Creighton University"),
                edu("B.S. Health & Exercise Science", "Colorado State University"),
            ],
            employers=[
                "Arkansas Valley BOCES",
                "Front Range Children's Hospital",
                "Little Steps Therapy Clinic",
            ],
            ehr_systems=["Epic", "TheraOffice"],
            agencies=[],
            clinical_sites=[],
            notes="Oncology kids are patients of the acute consult job, not an oncology specialty; 'NICU "
            "follow-up age' in the about text is not NICU work; BCP 'through 2030' year only -> null.",
        ),
    )
)

# ---------------------------------------------------------------- t26 photo of a Google-Docs-like page, new grad
P.append(
    Resume(
        file="t26.jpg",
        fmt="photo",
        design="gdocs",
        layout="photo-clipboard-top-down-google-docs-like-new-graduate",
        key="whitcomb-photo-newgrad",
        name="Jordan Tyler Whitcomb",
        creds="BSN, RN",
        headline="New Graduate Registered Nurse",
        contact=[
            ("home", "1916 Forest Ave, Des Moines, IA 50311"),
            ("phone", "(515) 555-0188"),
            ("mail", "jordan.whitcomb@example.com"),
        ],
        opts={"accent": "#1f6f8b"},
        main=[
            Section(
                "Profile",
                [
                    "Licensed August 2026. Accepted into the Progressive Care RN Residency at Polk County "
                    "Regional Medical Center — start date January 2027. Four years as a CNA and an ED "
                    "externship taught me how to keep moving and keep talking."
                ],
            ),
            Section(
                "Clinical Rotations",
                [
                    table(
                        ("Rotation", "Site", "Hours"),
                        ("Medical-Surgical", "Capitol Heights Medical Center", "120"),
                        ("Pediatrics", "Raccoon River Children's Hospital", "84"),
                        ("OB / Mother-Baby", "Capitol Heights Medical Center", "84"),
                        ("Behavioral Health", "Saylorville Behavioral Health Center", "72"),
                        (
                            "Capstone — Emergency Dept.",
                            "Polk County Regional Medical Center",
                            "144",
                        ),
                    )
                ],
            ),
            Section(
                "Work Experience",
                [
                    Job(
                        "Nurse Extern, Emergency Department",
                        "Polk County Regional Medical Center",
                        "Summer 2025",
                        place="Des Moines, IA",
                        bullets=["Vitals, EKGs, splints, Foleys under RN supervision; Epic"],
                    ),
                    Job(
                        "Certified Nursing Assistant",
                        "Walnut Ridge Senior Living",
                        "2022 – 2025",
                        place="Urbandale, IA",
                        bullets=["Memory care & assisted living, evenings and weekends"],
                    ),
                ],
            ),
            Section(
                "Education",
                [Job("Bachelor of Science in Nursing", "Grand View University", "May 2026")],
            ),
            Section(
                "License & Certifications",
                [
                    "Iowa RN — multistate license #180044 — issued 08/2026, exp 05/15/2029",
                    "BLS — AHA — exp 06/2027 · ACLS — AHA — exp 11/2028 · NIHSS",
                ],
            ),
        ],
        licensed=[],
        truth=dict(
            name="Jordan Tyler Whitcomb",
            email="jordan.whitcomb@example.com",
            phone="(515) 555-0188",
            location="Des Moines, IA",
            discipline="RN",
            specialties=[],
            licenses=[lic("IA", "RN", "180044", True, "2029-05")],
            certifications=[
                cert("BLS", "AHA", "2027-06"),
                cert("ACLS", "AHA", "2028-11"),
                cert("NIHSS"),
            ],
            education=[edu("Bachelor of Science in Nursing", "Grand View University")],
            employers=["Polk County Regional Medical Center", "Walnut Ridge Senior Living"],
            ehr_systems=["Epic"],
            agencies=[],
            clinical_sites=[
                "Capitol Heights Medical Center",
                "Raccoon River Children's Hospital",
                "Saylorville Behavioral Health Center",
                "Polk County Regional Medical Center",
            ],
            notes="New graduate: no licensed work yet (residency starts Jan 2027, after the as-of date) -> "
            "years null, specialties []; rotations are not specialties; extern and CNA jobs pre-licence "
            "(employers kept; Polk County is both extern employer and capstone site).",
        ),
    )
)

# ---------------------------------------------------------------- t27 scan of a Word-exported page, home health
P.append(
    Resume(
        file="t27.pdf",
        fmt="scan",
        design="word_classic_pdf",
        layout="scan-grey-200dpi-skew-speckle-word-export",
        key="lemieux-scan-homehealth",
        name="Patricia L. Lemieux",
        creds="RN, BSN",
        headline="Home Health Registered Nurse",
        contact=[
            ("home", "58 Pearl St, Manchester, NH 03104"),
            ("phone", "603-555-0145"),
            ("mail", "plemieux.rn@example.com"),
        ],
        opts={"font": "Liberation Serif"},
        main=[
            Section(
                "Experience",
                [
                    Job(
                        "RN Case Manager, Home Health",
                        "Granite Valley VNA, Manchester, NH",
                        "April 2018 – Present",
                        bullets=[
                            "Caseload of 22–26: SOC/ROC/recert OASIS visits, wound vac, IV antibiotics via PICC",
                            "MatrixCare Home Health point-of-care; on-call weekends 1 in 4",
                        ],
                    ),
                    Job(
                        "Hospice RN (per diem)",
                        "Merrimack Hospice House, Concord, NH",
                        "2021 – 2023",
                        bullets=["Symptom management and death visits on weekends"],
                    ),
                    Job(
                        "RN, Medical-Surgical",
                        "Concord Heights Hospital, Concord, NH",
                        "Sept 2016 – Mar 2018",
                    ),
                    "2015 – 2016: home with my twins.",
                    Job(
                        "RN, Telemetry",
                        "Amoskeag Falls Medical Center, Manchester, NH",
                        "June 2012 – April 2015",
                        bullets=["36-bed cardiac telemetry, Meditech"],
                    ),
                ],
            ),
            Section(
                "Licenses",
                [
                    "New Hampshire RN 066103 — multistate — exp. 01/2027",
                    "Massachusetts RN 2299174 — single-state — exp. 03/2028",
                ],
            ),
            Section(
                "Certifications",
                [
                    "OASIS-E Specialist – Clinical (COS-C), AAPACN — valid through 10/2028",
                    "BLS — American Heart Association — exp. 09/2027",
                ],
            ),
            Section(
                "Education",
                [
                    "BSN — Southern New Hampshire University, 2019",
                    "ADN — NHTI, Concord's Community College, 2012",
                ],
            ),
        ],
        licensed=[("2012-06", "2015-04"), ("2016-09", "now")],
        truth=dict(
            name="Patricia L. Lemieux",
            email="plemieux.rn@example.com",
            phone="603-555-0145",
            location="Manchester, NH",
            discipline="RN",
            specialties=["Home Health", "Hospice", "Med-Surg", "Telemetry"],
            licenses=[
                lic("NH", "RN", "066103", True, "2027-01"),
                lic("MA", "RN", "2299174", False, "2028-03"),
            ],
            certifications=[
                cert("COS-C", "AAPACN", "2028-10"),
                cert("BLS", "American Heart Association", "2027-09"),
            ],
            education=[
                edu("BSN", "Southern New Hampshire University"),
                edu("ADN", "NHTI, Concord's Community College"),
            ],
            employers=[
                "Granite Valley VNA",
                "Merrimack Hospice House",
                "Concord Heights Hospital",
                "Amoskeag Falls Medical Center",
            ],
            ehr_systems=["MatrixCare", "MEDITECH"],
            agencies=[],
            clinical_sites=[],
            notes="2015–2016 family gap excluded (May 2015 – Aug 2016); per diem hospice inside the home "
            "health job counted once; MatrixCare Home Health -> MatrixCare.",
        ),
    )
)

# ---------------------------------------------------------------- t28 fax of a typed page, PT
P.append(
    Resume(
        file="t28.pdf",
        fmt="scan",
        design="typed",
        layout="scan-fax-bilevel-100dpi-typed-courier-page-fax-header",
        key="brennan-fax-pt",
        name="Harold W. Brennan",
        creds="PT",
        headline="",
        contact=[
            ("home", "410 Clay Ave, Scranton, PA 18510"),
            ("phone", "(570) 555-0127"),
            ("mail", "hbrennan.pt@example.net"),
        ],
        opts={"fax": "12/02/2026 14:22   FEDEX OFFICE 0651   (570) 555-0199        P.001/001"},
        main=[
            Section(
                "EXPERIENCE",
                [
                    Job(
                        "Physical Therapist, Home Care",
                        "Lackawanna Valley Home Care, Dunmore PA",
                        "2015-present",
                        bullets=[
                            "Home visits, 5-6/day; falls programs, post-op joints, CHF/COPD conditioning",
                            "HCHB on the tablet",
                        ],
                    ),
                    Job(
                        "PRN Physical Therapist",
                        "Wyoming Valley Skilled Nursing & Rehab, Wilkes-Barre PA",
                        "2017-present",
                        bullets=["Short-term rehab hall; PointClickCare"],
                    ),
                    Job(
                        "Staff Physical Therapist",
                        "Pocono Ridge Hospital, East Stroudsburg PA",
                        "2001-2015",
                        bullets=[
                            "Acute care floors and the 20-bed inpatient rehab unit; senior PT from 2008"
                        ],
                    ),
                    Job(
                        "Physical Therapist",
                        "Southern Tier Sports Medicine, Binghamton NY",
                        "1998-2001",
                        bullets=["Outpatient orthopedics"],
                    ),
                ],
            ),
            Section(
                "LICENSES",
                [
                    "Pennsylvania Physical Therapist  PT-019877-L  exp 12/31/2026",
                    "New York Physical Therapist      022415       exp 05/31/2027",
                ],
            ),
            Section(
                "CERTIFICATIONS",
                [
                    "CPR (BLS) - American Heart Assoc. - exp 02/2027",
                    "Certified Exercise Expert for Aging Adults (CEEAA) - APTA Geriatrics",
                ],
            ),
            Section(
                "EDUCATION",
                [
                    "M.P.T.  University of Scranton  1998",
                    "B.S. Biology  Wilkes University  1996",
                ],
            ),
        ],
        licensed=[("1998-06", "now")],
        truth=dict(
            name="Harold W. Brennan",
            email="hbrennan.pt@example.net",
            phone="(570) 555-0127",
            location="Scranton, PA",
            discipline="PT",
            specialties=["Home Health", "SNF", "Acute Care", "Inpatient Rehab", "Outpatient"],
            licenses=[
                lic("PA", "PT", "PT-019877-L", None, "2026-12"),
                lic("NY", "PT", "022415", None, "2027-05"),
            ],
            certifications=[
                cert("BLS", "American Heart Assoc.", "2027-02"),
                cert("CEEAA", "APTA Geriatrics", None),
            ],
            education=[
                edu("M.P.T.", "University of Scranton"),
                edu("B.S. Biology", "Wilkes University"),
            ],
            employers=[
                "Lackawanna Valley Home Care",
                "Wyoming Valley Skilled Nursing & Rehab",
                "Pocono Ridge Hospital",
                "Southern Tier Sports Medicine",
            ],
            ehr_systems=["HCHB", "PointClickCare"],
            agencies=[],
            clinical_sites=[],
            notes="Fax: the header line carries a copy-shop phone (not the candidate's); year-only dates, "
            "1998 graduate -> ~28.6 years; 'CPR (BLS)' -> BLS; HCHB (Homecare Homebase) named by abbreviation.",
        ),
    )
)

# ---------------------------------------------------------------- t29 two-page scan, SLP SNF/home health
P.append(
    Resume(
        file="t29.pdf",
        fmt="scan",
        design="executive",
        layout="scan-two-pages-grey-chromium-executive-running-header",
        key="hargrove-scan-twopage-slp",
        name="Rebecca Lynn Hargrove",
        creds="MS, CCC-SLP",
        headline="Speech-Language Pathologist · Director of Rehabilitation",
        contact=[
            ("home", "2204 Bonnycastle Ave, Louisville, KY 40205"),
            ("phone", "502.555.0161"),
            ("mail", "rhargrove.slp@example.com"),
        ],
        opts={"running_header": "Rebecca L. Hargrove, MS, CCC-SLP  ·  page 2 of 2"},
        main=[
            Section(
                "Professional summary",
                [
                    "Medical SLP with thirteen years across acute care, inpatient rehab, skilled nursing "
                    "and home health; now running a 14-person rehab department in a post-acute building "
                    "while keeping a dysphagia caseload. Known for getting the MBS van scheduled and the "
                    "diets right."
                ],
            ),
            Section(
                "Experience",
                [
                    Job(
                        "Director of Rehabilitation / Speech-Language Pathologist",
                        "Falls City Post-Acute",
                        "January 2020 – present",
                        place="Louisville, KY",
                        bullets=[
                            "SNF, 120 beds: PT/OT/SLP scheduling, Med B screens, triple-check, survey readiness",
                            "Caseload of 6–8 for dysphagia, aphasia, dementia programming",
                            "PointClickCare + Casamba therapy documentation",
                        ],
                    ),
                    Job(
                        "Speech-Language Pathologist (PRN)",
                        "River City Home Health",
                        "June 2019 – present",
                        place="Louisville, KY",
                        bullets=["Home visits evenings/Saturdays"],
                    ),
                    Job(
                        "Speech-Language Pathologist",
                        "Derby Ridge Medical Center",
                        "September 2014 – December 2019",
                        place="Louisville, KY",
                        bullets=[
                            "Acute care: stroke unit, trach team, bedside swallow and MBSS; Epic",
                            "Covered the neuro ICU for consults (not an ICU position)",
                        ],
                    ),
                    Job(
                        "Clinical Fellow",
                        "Hoosier Hills Rehabilitation Center",
                        "August 2013 – August 2014",
                        place="Jeffersonville, IN",
                        bullets=["Inpatient rehab; aphasia and cognitive-communication"],
                    ),
                ],
            ),
            Section(
                "Clinical skills",
                [
                    ul(
                        "Dysphagia: bedside swallow, MBSS with the mobile van, IDDSI diet levels, NMES (VitalStim)",
                        "Aphasia and motor speech after stroke; cognitive-communication and dementia programming",
                        "Trach/PMV trials with respiratory therapy; AAC for residents with ALS and Parkinson's",
                        "Department management: Med A/B minutes, therapy caps, productivity, PDPM documentation",
                    )
                ],
            ),
            Section(
                "Licensure",
                [
                    "Kentucky Speech-Language Pathologist License 004781 — exp 06/30/2027",
                    "Indiana Speech-Language Pathologist License 10011382A — exp 12/31/2027",
                ],
            ),
            Section(
                "Certifications",
                [
                    ul(
                        "CCC-SLP — ASHA — certification current through 12/31/2027",
                        "Certified Dementia Practitioner (CDP) — NCCDP — exp 08/2027",
                        "VitalStim Therapy — certified provider",
                        "BLS — AHA — expired 10/2026, renewal class booked for December",
                    )
                ],
            ),
            Section(
                "Education",
                [
                    "M.S. Communicative Disorders — University of Louisville, 2013",
                    "B.S. Communication Sciences and Disorders — Western Kentucky University, 2011",
                ],
            ),
            Section(
                "Leadership & presentations",
                [
                    ul(
                        "“Getting the IDDSI switch right in a 120-bed building.” In-service series for nursing "
                        "and dietary staff, 2022",
                        "“Dysphagia and dementia: when the diet is the care plan.” Kentucky "
                        "Speech-Language-Hearing Association convention, 2024",
                        "Facility QAPI committee, 2020–present",
                        "Clinical supervisor for University of Louisville graduate students",
                    )
                ],
            ),
        ],
        licensed=[("2013-08", "now")],
        truth=dict(
            name="Rebecca Lynn Hargrove",
            email="rhargrove.slp@example.com",
            phone="502.555.0161",
            location="Louisville, KY",
            discipline="SLP",
            specialties=["SNF", "Home Health", "Acute Care", "Inpatient Rehab"],
            licenses=[
                lic("KY", "SLP", "004781", None, "2027-06"),
                lic("IN", "SLP", "10011382A", None, "2027-12"),
            ],
            certifications=[
                cert("CCC-SLP", "ASHA", "2027-12"),
                cert("CDP", "NCCDP", "2027-08"),
                cert("VitalStim"),
                cert("BLS", "AHA", "2026-10"),
            ],
            education=[
                edu("M.S. Communicative Disorders", "University of Louisville"),
                edu("B.S. Communication Sciences and Disorders", "Western Kentucky University"),
            ],
            employers=[
                "Falls City Post-Acute",
                "River City Home Health",
                "Derby Ridge Medical Center",
                "Hoosier Hills Rehabilitation Center",
            ],
            ehr_systems=["PointClickCare", "Casamba", "Epic"],
            agencies=[],
            clinical_sites=[],
            notes="Director-of-rehab title still an SLP; neuro ICU consults explicitly not ICU; CF counted; "
            "BLS expired 10/2026 kept; two pages, page 2 with a running header.",
        ),
    )
)

# ---------------------------------------------------------------- t30 scanner-app scan of a Word export, tele
P.append(
    Resume(
        file="t30.pdf",
        fmt="scan",
        design="word_classic_pdf",
        layout="scan-phone-scanner-app-enhanced-150dpi-watermark-word-export",
        key="delacroix-scanapp-tele",
        name="Marcus T. Delacroix",
        creds="RN",
        headline="Telemetry RN · Travel",
        contact=[
            ("home", "6230 Monroe Rd, Charlotte, NC 28212"),
            ("phone", "704-555-0132"),
            ("mail", "marcus.delacroix@example.com"),
        ],
        opts={"font": "Carlito"},
        main=[
            Section(
                "Experience",
                [
                    Job(
                        "Travel RN, Telemetry",
                        "Shenandoah Gap Regional Hospital — Winchester, VA",
                        "Jan 2026 – now",
                        sub="Harbor Point Nursing Solutions · extended twice",
                        bullets=["Tele/PCU overflow 1:4; cardizem/heparin drips; Epic"],
                    ),
                    Job(
                        "Travel RN, Telemetry",
                        "Lowcountry Bay Medical Center — Charleston, SC",
                        "13 weeks, Aug–Nov 2025",
                        sub="Harbor Point Nursing Solutions",
                        bullets=["Cardiac tele 1:4–1:5; Oracle Health (Cerner)"],
                    ),
                    Job(
                        "Staff RN, Cardiac Telemetry Unit",
                        "Catawba Crossing Medical Center — Charlotte, NC",
                        "Feb '21 – Jul '25",
                        bullets=["32-bed tele unit; post-cath, AFib RVR, CHF; relief charge; Epic"],
                    ),
                    Job(
                        "Staff RN, Med-Surg",
                        "Piedmont Lakes Hospital — Gastonia, NC",
                        "Jun '19 – Jan '21",
                    ),
                    Job(
                        "EKG / Monitor Technician",
                        "Piedmont Lakes Hospital — Gastonia, NC",
                        "2016 – 2019",
                    ),
                ],
            ),
            Section(
                "License",
                ["North Carolina RN #317742 — multistate compact"],
            ),
            Section(
                "Certifications",
                ["PCCN (AACN) exp 01/2029 · BLS / ACLS (AHA) exp Oct '27"],
            ),
            Section("Education", ["ADN — Central Piedmont Community College, 2019"]),
        ],
        licensed=[("2019-06", "2025-07"), ("2025-08", "2025-11"), ("2026-01", "now")],
        truth=dict(
            name="Marcus T. Delacroix",
            email="marcus.delacroix@example.com",
            phone="704-555-0132",
            location="Charlotte, NC",
            discipline="RN",
            specialties=["Telemetry", "Med-Surg"],
            licenses=[lic("NC", "RN", "317742", True, None)],
            certifications=[
                cert("PCCN", "AACN", "2029-01"),
                cert("BLS", "AHA", "2027-10"),
                cert("ACLS", "AHA", "2027-10"),
            ],
            education=[edu("ADN", "Central Piedmont Community College")],
            employers=[
                "Shenandoah Gap Regional Hospital",
                "Lowcountry Bay Medical Center",
                "Catawba Crossing Medical Center",
                "Piedmont Lakes Hospital",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=["Harbor Point Nursing Solutions"],
            clinical_sites=[],
            notes="'Tele/PCU overflow' on a telemetry contract kept as Telemetry only (PCU is overflow); Dec 2025 "
            "between contracts excluded; EKG tech years pre-licence excluded; Oracle Health (Cerner) -> Cerner; "
            "'exp Oct '27' -> 2027-10.",
        ),
    )
)
