"""t01–t15: page text written by hand; truth beside it (judgement calls in notes)."""

from model import Job, Resume, Section, bars, cert, edu, lic, table, ul

P = []

# ---------------------------------------------------------------- t01 Zety-like sidebar, ICU traveller
P.append(
    Resume(
        file="t01.pdf",
        fmt="pdf",
        design="zety",
        layout="chromium-zety-like-navy-sidebar-skill-dots-assignment-table",
        key="allbright-zety-icu-traveller",
        name="Kendra M. Allbright",
        creds="BSN, RN, CCRN",
        headline="Travel ICU Registered Nurse",
        contact=[
            ("mail", "kendra.allbright@example.com"),
            ("phone", "(865) 555-0142"),
            ("home", "Knoxville, TN 37919"),
            ("web", "linkedin.com/in/kendra-allbright-rn"),
        ],
        side=[
            Section(
                "Licenses",
                [
                    "TN RN — Multistate\n#RN-0284417 · exp 06/2028",
                    "CA RN #95822016\n(single state) · exp 01/31/2027",
                ],
            ),
            Section(
                "Certifications",
                [
                    "CCRN (Adult) — AACN\nexp 09/2027",
                    "ACLS & BLS — American Heart Association, exp 03/2028",
                    "NIHSS",
                ],
            ),
            Section(
                "Charting",
                [bars(("Epic", 5), ("Cerner", 4), ("Meditech", 3))],
            ),
            Section(
                "Clinical skills",
                [
                    bars(
                        ("CRRT", 5),
                        ("Impella / IABP", 4),
                        ("Vasoactive titration", 5),
                        ("EVD & ICP monitoring", 3),
                        ("Rapid response", 4),
                    )
                ],
            ),
            Section("Education", ["BSN — University of Tennessee, Knoxville\n2018"]),
        ],
        main=[
            Section(
                "Profile",
                [
                    "ICU nurse with 8+ years at the bedside — the last four as a traveler through "
                    "Bluewater Clinical Staffing. Comfortable walking into a new unit on a Monday and "
                    "taking a fresh CABG or a septic patient on three pressors by Wednesday. Charge "
                    "experience, preceptor, super-user for two Epic go-lives."
                ],
            ),
            Section(
                "Experience",
                [
                    Job(
                        "Travel ICU RN",
                        "Bluewater Clinical Staffing",
                        "Jan '23 – Present",
                        sub="13-week contracts, most extended. Assignments:",
                        bullets=[],
                    ),
                    table(
                        ("Facility", "City", "Unit", "Dates"),
                        ("Ashgrove University Hospital", "Denver, CO", "MICU", "Feb '26 – Present"),
                        (
                            "Kessler Bay Medical Center",
                            "Tampa, FL",
                            "Trauma ICU",
                            "Apr '25 – Dec '25",
                        ),
                        (
                            "Redfern Valley Medical Center",
                            "Fresno, CA",
                            "SICU",
                            "Sep '24 – Mar '25",
                        ),
                        (
                            "Pinecastle Memorial Hospital",
                            "Asheville, NC",
                            "Neuro ICU",
                            "Jan '24 – Jul '24",
                        ),
                        (
                            "Marlowe Regional Medical Center",
                            "Tucson, AZ",
                            "MICU",
                            "May '23 – Nov '23",
                        ),
                        (
                            "Saint Aurelia Medical Center",
                            "Sacramento, CA",
                            "CVICU",
                            "Jan '23 – Apr '23",
                        ),
                    ),
                    "Time off between contracts: Dec '23, Aug '24, Jan '26.",
                    Job(
                        "Staff RN, Medical ICU",
                        "East Ridge Medical Center",
                        "Jun 2018 – Dec 2022",
                        place="Knoxville, TN",
                        bullets=[
                            "24-bed MICU; 1:2 assignments, 1:1 for CRRT and proning.",
                            "Charge RN on nights from 2021; precepted 9 new grads.",
                            "Floated to PCU when census was low (not my home unit).",
                            "Epic super-user for the 2020 ClinDoc upgrade.",
                        ],
                    ),
                    Job(
                        "Patient Care Technician, Cardiac Step-Down",
                        "East Ridge Medical Center",
                        "2016 – 2018",
                        place="Knoxville, TN",
                        bullets=["Worked through nursing school — vitals, telemetry strips, ADLs."],
                    ),
                ],
            ),
        ],
        licensed=[
            ("2018-06", "2022-12"),
            ("2023-01", "2023-04"),
            ("2023-05", "2023-11"),
            ("2024-01", "2024-07"),
            ("2024-09", "2025-03"),
            ("2025-04", "2025-12"),
            ("2026-02", "now"),
        ],
        truth=dict(
            name="Kendra M. Allbright",
            email="kendra.allbright@example.com",
            phone="(865) 555-0142",
            location="Knoxville, TN",
            discipline="RN",
            specialties=["ICU"],
            licenses=[
                lic("TN", "RN", "RN-0284417", True, "2028-06"),
                lic("CA", "RN", "95822016", False, "2027-01"),
            ],
            certifications=[
                cert("CCRN", "AACN", "2027-09"),
                cert("ACLS", "American Heart Association", "2028-03"),
                cert("BLS", "American Heart Association", "2028-03"),
                cert("NIHSS"),
            ],
            education=[edu("BSN", "University of Tennessee, Knoxville")],
            employers=[
                "Ashgrove University Hospital",
                "Kessler Bay Medical Center",
                "Redfern Valley Medical Center",
                "Pinecastle Memorial Hospital",
                "Marlowe Regional Medical Center",
                "Saint Aurelia Medical Center",
                "East Ridge Medical Center",
            ],
            ehr_systems=["Epic", "Cerner", "MEDITECH"],
            agencies=["Bluewater Clinical Staffing"],
            clinical_sites=[],
            notes="MICU/SICU/CVICU/Neuro ICU/Trauma ICU -> ICU; PCU float 'not my home unit' excluded; "
            "PCT years pre-licence excluded (same hospital kept once); months off Dec'23, Aug'24, Jan'26 "
            "excluded; 'ACLS & BLS ... exp 03/2028' gives both the same expiry; EHRs from skill-dot rows.",
        ),
    )
)

# ---------------------------------------------------------------- t02 Novoresume-like band, ER
P.append(
    Resume(
        file="t02.pdf",
        fmt="pdf",
        design="novo",
        layout="chromium-novoresume-like-band-icons-right-column",
        key="padilla-novo-er",
        name='Joaquín "Kino" Padilla',
        creds="BSN, RN, CEN, TCRN",
        headline="Emergency / Trauma Nurse · Level I trauma",
        contact=[
            ("mail", "kino.padilla@example.net"),
            ("phone", "575-555-0118"),
            ("home", "Las Cruces, New Mexico"),
        ],
        main=[
            Section(
                "Summary",
                [
                    "ER nurse, 5+ yrs in a busy ED (62 beds, ~95k visits/yr) after two years on a "
                    "med-surg/tele floor. Before nursing I ran 911 calls as an EMT, which is honestly "
                    "where I learned to triage. Bilingual English/Spanish."
                ],
            ),
            Section(
                "Work experience",
                [
                    Job(
                        "Emergency Department RN",
                        "Organ Mountain Medical Center",
                        "03/2021 – Present",
                        place="Las Cruces, NM",
                        bullets=[
                            "Trauma bay, resus and triage; charge RN 2 shifts/month",
                            "ICU holds in the ED while waiting on beds (boarded pts, not an ICU job)",
                            "Stroke & STEMI alerts, rapid sequence intubation, MTP",
                            "Charting in Epic ASAP",
                        ],
                    ),
                    Job(
                        "Per Diem ED RN",
                        "Sunland Park Community Hospital",
                        "09/2022 – 05/2024",
                        place="Sunland Park, NM",
                        bullets=[
                            "12-bed rural ED, 2–4 shifts a month, often the only RN after midnight"
                        ],
                    ),
                    Job(
                        "RN — Med-Surg/Tele",
                        "Rio Grande Crossing Hospital",
                        "07/2019 – 02/2021",
                        place="El Paso, TX",
                        bullets=[
                            "30-bed med-surg/telemetry floor, 1:5–1:6",
                            "Cerner FirstNet / PowerChart",
                        ],
                    ),
                    Job(
                        "EMT-Basic",
                        "Chihuahuan Desert EMS",
                        "2015 – 2018",
                        place="Las Cruces, NM",
                        bullets=["911 ambulance, interfacility transfers"],
                    ),
                ],
            ),
        ],
        side=[
            Section(
                "License",
                ["New Mexico RN — Multistate (NLC)\nR-77120483\nexp 04/30/2028"],
            ),
            Section(
                "Certifications",
                [
                    "CEN — BCEN, exp 11/2027",
                    "TCRN — BCEN, 2029",
                    "TNCC — ENA, exp 02/2028",
                    "ACLS · PALS · BLS — AHA\nall current thru 8/2027",
                ],
            ),
            Section(
                "Education",
                [
                    "BSN (RN-to-BSN), 2022\nNew Mexico State University",
                    "ADN, 2019\nDoña Ana Community College",
                ],
            ),
            Section("Languages", ["English · Spanish (native)"]),
        ],
        licensed=[("2019-07", "now")],
        truth=dict(
            name="Joaquín Padilla",
            email="kino.padilla@example.net",
            phone="575-555-0118",
            location="Las Cruces, NM",
            discipline="RN",
            specialties=["ER", "Med-Surg", "Telemetry"],
            licenses=[lic("NM", "RN", "R-77120483", True, "2028-04")],
            certifications=[
                cert("CEN", "BCEN", "2027-11"),
                cert("TCRN", "BCEN", None),
                cert("TNCC", "ENA", "2028-02"),
                cert("ACLS", "AHA", "2027-08"),
                cert("PALS", "AHA", "2027-08"),
                cert("BLS", "AHA", "2027-08"),
            ],
            education=[
                edu("BSN", "New Mexico State University"),
                edu("ADN", "Doña Ana Community College"),
            ],
            employers=[
                "Organ Mountain Medical Center",
                "Sunland Park Community Hospital",
                "Rio Grande Crossing Hospital",
                "Chihuahuan Desert EMS",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=[],
            clinical_sites=[],
            notes="Nickname in quotes dropped from the name; ED holds of ICU patients not ICU; "
            "med-surg/tele floor -> Med-Surg + Telemetry; per diem inside the staff job counted once; "
            "EMT years pre-licence excluded (employer kept); TCRN '2029' year only -> null; "
            "'ACLS · PALS · BLS ... thru 8/2027' -> 2027-08 each; Epic ASAP / Cerner FirstNet -> vendors.",
        ),
    )
)

# ---------------------------------------------------------------- t03 Resume.io-like timeline, OT
P.append(
    Resume(
        file="t03.pdf",
        fmt="pdf",
        design="timeline",
        layout="chromium-resumeio-like-timeline-left-dates",
        key="raghunathan-timeline-ot",
        name="Priya Raghunathan",
        creds="MS, OTR/L",
        headline="Occupational Therapist — neuro rehab, acute care, SNF",
        contact=[
            ("home", "Columbus, OH 43214"),
            ("phone", "(614) 555-0163"),
            ("mail", "priya.r.ot@example.com"),
        ],
        main=[
            Section(
                "Profile",
                [
                    "Occupational therapist who likes the messy middle of recovery: CVA, TBI and SCI "
                    "patients on an inpatient rehab unit, plus weekend SNF work. I co-lead our unit's "
                    "upper-extremity FES program."
                ],
            ),
            Section(
                "Employment history",
                [
                    Job(
                        "Occupational Therapist II, Inpatient Rehabilitation Unit",
                        "Scioto Ridge Rehabilitation Hospital",
                        "Jul 2021 — Present",
                        place="Columbus",
                        bullets=[
                            "Caseload of 7–9 patients, 3 hrs/day therapy rule; team conferences weekly",
                            "Bioness H200 / FES, vision & cognitive screens, family training for discharge",
                            "Clinical instructor for 4 Level II OT students",
                        ],
                    ),
                    Job(
                        "PRN Occupational Therapist (weekends)",
                        "Hawthorne Glen Skilled Nursing & Rehab",
                        "Jun 2022 — Present",
                        place="Westerville",
                        bullets=[
                            "Short-term rehab hall, Medicare A documentation in PointClickCare"
                        ],
                    ),
                    Job(
                        "Occupational Therapist, Acute Care",
                        "Licking Valley Medical Center",
                        "Aug 2019 — Jun 2021",
                        place="Newark, OH",
                        bullets=[
                            "Ortho, medicine and cardiac floors; early mobility consults in the ICU "
                            "(consult service only)",
                            "Epic therapy documentation",
                        ],
                    ),
                    Job(
                        "Rehab Aide",
                        "Buckeye Motion Physical Therapy",
                        "2015 — 2017",
                        place="Oxford, OH",
                        bullets=["Part time while in undergrad"],
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    Job(
                        "MS in Occupational Therapy",
                        "The Ohio State University",
                        "2017 — 2019",
                        place="Columbus",
                        bullets=[
                            "Level II fieldwork: Riverside Neuro Rehab Clinic (outpatient neuro), "
                            "Summer 2018; Franklin Park Pediatric Therapy, Fall 2018"
                        ],
                    ),
                    Job("BS Kinesiology", "Miami University", "2013 — 2017", place="Oxford, OH"),
                ],
            ),
            Section(
                "Licenses & certifications",
                [
                    ul(
                        "Ohio OT License OT.014482 — exp 06/30/2027",
                        "Kentucky OT License OT-3391 — exp 03/31/2027",
                        "NBCOT certified — OTR #381177, renewal 03/31/2028",
                        "CBIS (Certified Brain Injury Specialist), BIAA — exp 10/2027",
                        "LSVT BIG",
                        "BLS — AHA, expires 05/2027",
                    )
                ],
            ),
            Section(
                "Skills",
                [
                    "Epic · PointClickCare · FES · splinting · dysphagia screens · Spanish (conversational)"
                ],
            ),
        ],
        licensed=[("2019-08", "now")],
        truth=dict(
            name="Priya Raghunathan",
            email="priya.r.ot@example.com",
            phone="(614) 555-0163",
            location="Columbus, OH",
            discipline="OT",
            specialties=["Inpatient Rehab", "SNF", "Acute Care"],
            licenses=[
                lic("OH", "OT", "OT.014482", None, "2027-06"),
                lic("KY", "OT", "OT-3391", None, "2027-03"),
            ],
            certifications=[
                cert("OTR", "NBCOT", "2028-03"),
                cert("CBIS", "BIAA", "2027-10"),
                cert("LSVT BIG"),
                cert("BLS", "AHA", "2027-05"),
            ],
            education=[
                edu("MS in Occupational Therapy", "The Ohio State University"),
                edu("BS Kinesiology", "Miami University"),
            ],
            employers=[
                "Scioto Ridge Rehabilitation Hospital",
                "Hawthorne Glen Skilled Nursing & Rehab",
                "Licking Valley Medical Center",
                "Buckeye Motion Physical Therapy",
            ],
            ehr_systems=["Epic", "PointClickCare"],
            agencies=[],
            clinical_sites=["Riverside Neuro Rehab Clinic", "Franklin Park Pediatric Therapy"],
            notes="Inpatient rehab unit -> Inpatient Rehab; SNF short-term rehab hall -> SNF; acute care; "
            "ICU early-mobility consults not a specialty; fieldwork sites are clinical sites; rehab aide "
            "pre-licence excluded (employer kept); 'OTR #381177' is the NBCOT credential -> cert OTR.",
        ),
    )
)

# ---------------------------------------------------------------- t04 Word-exported academic CV, pharmacist
P.append(
    Resume(
        file="t04.pdf",
        fmt="pdf",
        design="word_cv",
        layout="docx-libreoffice-export-two-page-cv-running-header-pharmacist",
        key="mensah-wordcv-pharmacist",
        name="Grace Oduya Mensah",
        creds="PharmD, BCPS, BCIDP",
        headline="Curriculum Vitae",
        contact=[
            ("home", "2710 S 49th Ave, Omaha, NE 68106"),
            ("phone", "402-555-0177 (cell)"),
            ("mail", "gmensah.pharmd@example.org"),
        ],
        opts={"running_header": "Mensah, Grace O. — Curriculum Vitae"},
        main=[
            Section(
                "Professional Experience",
                [
                    Job(
                        "Clinical Pharmacist, Infectious Diseases",
                        "Platte River University Medical Center, Omaha, NE",
                        "July 2022 – present",
                        bullets=[
                            "Antimicrobial stewardship: prospective audit & feedback, restricted agent approvals",
                            "OPAT rounds twice weekly; vancomycin AUC dosing service (~40 consults/week)",
                            "Preceptor, PGY1 ID and PGY2 ID learning experiences",
                        ],
                    ),
                    Job(
                        "Clinical Staff Pharmacist",
                        "Loess Hills Regional Hospital, Council Bluffs, IA",
                        "July 2020 – June 2022",
                        bullets=[
                            "Order verification (Cerner PharmNet), IV room oversight, code response",
                            "Pharmacy-to-dose protocols: aminoglycosides, warfarin, heparin",
                        ],
                    ),
                    Job(
                        "PGY2 Infectious Diseases Pharmacy Resident",
                        "Platte River University Medical Center, Omaha, NE",
                        "July 2019 – June 2020",
                    ),
                    Job(
                        "PGY1 Pharmacy Resident",
                        "Missouri Valley Health System, Sioux City, IA",
                        "July 2018 – June 2019",
                    ),
                    Job(
                        "Pharmacy Intern",
                        "Prairie Drug, Lincoln, NE",
                        "May 2015 – May 2018",
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    Job(
                        "Doctor of Pharmacy (PharmD)",
                        "University of Nebraska Medical Center, Omaha, NE",
                        "2018",
                    ),
                    Job("B.S. Biology", "Creighton University, Omaha, NE", "2014"),
                ],
            ),
            Section(
                "Licensure",
                [
                    ul(
                        "Pharmacist, Nebraska — License P-18824 (expires 12/31/2027)",
                        "Pharmacist, Iowa — License 26611 (expires 06/30/2028)",
                    )
                ],
            ),
            Section(
                "Board Certification & Training",
                [
                    ul(
                        "Board Certified Pharmacotherapy Specialist (BCPS), Board of Pharmacy Specialties, 2021–2028",
                        "Board Certified Infectious Diseases Pharmacist (BCIDP), Board of Pharmacy Specialties — valid through 12/2030",
                        "ACLS and BLS Provider, American Heart Association — expire 10/2027",
                        "APhA Pharmacy-Based Immunization Delivery certificate",
                    )
                ],
            ),
            Section(
                "Presentations",
                [
                    ul(
                        "Mensah GO, Halvorsen T. “Beta-lactam allergy de-labeling on the wards: year one.” "
                        "Poster, ASHP Midyear Clinical Meeting, Anaheim, CA; December 2024.",
                        "Mensah GO. “Vancomycin AUC dosing without the drama.” Nebraska Pharmacists "
                        "Association Annual Meeting (1.0 CE); July 2023.",
                        "Mensah GO, Ruiz-Cole A, Pike D. “OPAT readmissions after a pharmacist-led "
                        "transition clinic.” Platform, IDWeek, Boston, MA; October 2022.",
                    )
                ],
            ),
            Section(
                "Publications",
                [
                    ul(
                        "Halvorsen T, Mensah GO, Lindgren P. Oral step-down therapy for uncomplicated "
                        "gram-negative bacteremia in a community hospital. Am J Health-Syst Pharm "
                        "(fictional citation for this resume). 2025;82(4):211-218.",
                        "Mensah GO, Pike D. Cefazolin vs nafcillin for MSSA bacteremia: a single-centre "
                        "retrospective review. Hosp Pharm (fictional). 2021;56(6):640-645.",
                    )
                ],
            ),
            Section(
                "Teaching",
                [
                    ul(
                        "Adjunct instructor, Infectious Diseases Therapeutics module (PHRM 642), 2023–present",
                        "Residency research committee, 2022–present",
                    )
                ],
            ),
            Section(
                "Committees & Memberships",
                [
                    ul(
                        "Antimicrobial Subcommittee of P&T (secretary), 2023–present",
                        "Epic Willow ambulatory build workgroup, 2022–2023",
                        "ASHP, SIDP, Nebraska Pharmacists Association",
                    )
                ],
            ),
            Section(
                "Systems",
                [
                    "Epic (Willow, Beacon), Cerner PharmNet, Pyxis MedStation ES, TheraDoc surveillance"
                ],
            ),
        ],
        licensed=[("2018-07", "now")],
        truth=dict(
            name="Grace Oduya Mensah",
            email="gmensah.pharmd@example.org",
            phone="402-555-0177",
            location="Omaha, NE",
            discipline="Pharmacist",
            specialties=["Inpatient"],
            licenses=[
                lic("NE", "Pharmacist", "P-18824", None, "2027-12"),
                lic("IA", "Pharmacist", "26611", None, "2028-06"),
            ],
            certifications=[
                cert("BCPS", "Board of Pharmacy Specialties", None),
                cert("BCIDP", "Board of Pharmacy Specialties", "2030-12"),
                cert("ACLS", "American Heart Association", "2027-10"),
                cert("BLS", "American Heart Association", "2027-10"),
                cert("APhA Pharmacy-Based Immunization Delivery", "APhA", None),
            ],
            education=[
                edu("Doctor of Pharmacy (PharmD)", "University of Nebraska Medical Center"),
                edu("B.S. Biology", "Creighton University"),
            ],
            employers=[
                "Platte River University Medical Center",
                "Loess Hills Regional Hospital",
                "Missouri Valley Health System",
                "Prairie Drug",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=[],
            clinical_sites=[],
            notes="ID clinical pharmacist and hospital staff pharmacist -> Inpatient; PGY1/PGY2 counted; "
            "intern years excluded (employer kept); BCPS '2021–2028' year range -> expiry null; "
            "Pyxis and TheraDoc not EHRs; Epic (Willow, Beacon) -> Epic; the page-2 running header repeats the name.",
        ),
    )
)

# ---------------------------------------------------------------- t05 Google-Docs-like, L&D
P.append(
    Resume(
        file="t05.pdf",
        fmt="pdf",
        design="gdocs",
        layout="chromium-google-docs-serif-template-like",
        key="kowalczyk-gdocs-ld",
        name="Shelby Ann Kowalczyk",
        creds="RN, RNC-OB",
        headline="Labor & Delivery Nurse",
        contact=[
            ("home", "1408 Cherry St, Green Bay, WI 54301"),
            ("phone", "(920) 555-0129"),
            ("mail", "shelbykowalczyk@example.com"),
        ],
        main=[
            Section(
                "Experience",
                [
                    Job(
                        "Labor & Delivery RN",
                        "Fox River Women's Pavilion",
                        "AUGUST 2019 - PRESENT",
                        place="Green Bay, WI",
                        bullets=[
                            "~3,100 births/yr. Triage, inductions, epidurals, high-risk antepartum, recovery.",
                            "Circulate C-sections in the OB OR as part of the L&D role.",
                            "Cover newborn nursery breaks when staffing is short.",
                            "Shared governance — co-chair of the hemorrhage (QBL) committee.",
                            "Epic Stork.",
                        ],
                    ),
                    Job(
                        "Per diem L&D RN",
                        "Northwoods Critical Access Hospital",
                        "OCT 2022 - JUN 2024",
                        place="Marinette, WI",
                        bullets=["4-bed LDRP, one RN + on-call; stabilize & transfer."],
                    ),
                    Job(
                        "Mother-Baby RN",
                        "Lakeshore Family Birth Center",
                        "JUNE 2017 - JULY 2019",
                        place="Manitowoc, WI",
                        bullets=[
                            "Couplet care 4–5 couplets, breastfeeding support, newborn screens."
                        ],
                    ),
                    Job(
                        "CNA",
                        "Evergreen Terrace Senior Living",
                        "2013 - 2016",
                        place="De Pere, WI",
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    Job(
                        "Bachelor of Science in Nursing",
                        "Bellin College",
                        "MAY 2017",
                        place="Green Bay, WI",
                    )
                ],
            ),
            Section(
                "Licenses",
                [
                    "Wisconsin RN #214470-30 — multistate, exp 02/28/2028",
                    "Minnesota RN R 2391774 — single-state, exp 08/31/2027",
                ],
            ),
            Section(
                "Certifications",
                [
                    "RNC-OB, NCC — maintenance due 05/2029 · NRP (AAP) — exp 04/2027 · BLS (AHA) — exp 04/2027 · "
                    "ACLS (AHA) — expired 09/2026, renewal class Jan 2027 · AWHONN Advanced Fetal Heart "
                    "Monitoring · S.T.A.B.L.E."
                ],
            ),
        ],
        licensed=[("2017-06", "now")],
        truth=dict(
            name="Shelby Ann Kowalczyk",
            email="shelbykowalczyk@example.com",
            phone="(920) 555-0129",
            location="Green Bay, WI",
            discipline="RN",
            specialties=["L&D", "Postpartum"],
            licenses=[
                lic("WI", "RN", "214470-30", True, "2028-02"),
                lic("MN", "RN", "R 2391774", False, "2027-08"),
            ],
            certifications=[
                cert("RNC-OB", "NCC", "2029-05"),
                cert("NRP", "AAP", "2027-04"),
                cert("BLS", "AHA", "2027-04"),
                cert("ACLS", "AHA", "2026-09"),
                cert("AWHONN Advanced Fetal Heart Monitoring", "AWHONN", None),
                cert("S.T.A.B.L.E."),
            ],
            education=[edu("Bachelor of Science in Nursing", "Bellin College")],
            employers=[
                "Fox River Women's Pavilion",
                "Northwoods Critical Access Hospital",
                "Lakeshore Family Birth Center",
                "Evergreen Terrace Senior Living",
            ],
            ehr_systems=["Epic"],
            agencies=[],
            clinical_sites=[],
            notes="Mother-Baby -> Postpartum; C-section circulating in the OB OR and nursery break cover are "
            "part of the L&D role, not OR/nursery specialties; per diem inside staff counted once; CNA "
            "pre-licence excluded (employer kept); ACLS expired 09/2026 kept as printed; Epic Stork -> Epic.",
        ),
    )
)

# ---------------------------------------------------------------- t06 agency portal profile / checklist, PCU
P.append(
    Resume(
        file="t06.pdf",
        fmt="pdf",
        design="portal",
        layout="chromium-agency-portal-clinician-profile-skills-checklist",
        key="greenwood-portal-pcu",
        name="LaTasha R. Greenwood",
        creds="RN",
        headline="Wayfarer Nurse Staffing · Clinician Profile",
        contact=[
            ("phone", "(806) 555-0154"),
            ("mail", "ltgreenwood@example.com"),
            ("home", "4410 22nd St, Lubbock, TX 79410"),
        ],
        opts={
            "recruiter": "Recruiter: Dustin Ferrell · (806) 555-0199 ext. 2 · dferrell@wayfarerstaff.example.net",
            "fields": [
                ("Candidate ID", "WNS-228104"),
                ("Discipline", "RN"),
                ("Primary specialty", "PCU / Step-Down"),
                ("Secondary", "Telemetry"),
                ("Yrs in specialty", "7"),
                ("Availability", "Open after 12/26/2026 · nights preferred"),
                ("Desired states", "AZ, NM, CO, HI"),
                ("Profile printed", "11/30/2026"),
            ],
        },
        main=[
            Section(
                "Licenses",
                [
                    table(
                        ("State", "Type", "Number", "Compact", "Expires", "Verified"),
                        ("TX", "RN", "0982214", "Yes", "07/31/2027", "Nursys 11/2026"),
                        ("HI", "RN", "RN-091477", "No", "06/30/2028", "Nursys 11/2026"),
                    )
                ],
            ),
            Section(
                "Certifications",
                [
                    table(
                        ("Certification", "Issuing body", "Expires"),
                        ("BLS", "American Heart Association", "01/2028"),
                        ("ACLS", "American Heart Association", "01/2028"),
                        ("NIHSS", "APEX Innovations", "05/2027"),
                    )
                ],
            ),
            Section(
                "Work history",
                [
                    table(
                        (
                            "Facility",
                            "City, ST",
                            "Unit",
                            "Position",
                            "Start",
                            "End",
                            "Type",
                            "Charting",
                        ),
                        (
                            "Saguaro Heights Medical Center",
                            "Mesa, AZ",
                            "PCU (32 beds)",
                            "Travel RN",
                            "06/2026",
                            "Present",
                            "Travel",
                            "Epic",
                        ),
                        (
                            "Kalaeloa Pacific Medical Center",
                            "Honolulu, HI",
                            "Step-Down",
                            "Travel RN",
                            "11/2025",
                            "04/2026",
                            "Travel",
                            "Cerner",
                        ),
                        (
                            "Llano Estacado Medical Center",
                            "Lubbock, TX",
                            "Cardiac Step-Down / Tele",
                            "Staff RN",
                            "05/2019",
                            "10/2025",
                            "Staff",
                            "Meditech",
                        ),
                        (
                            "Llano Estacado Medical Center",
                            "Lubbock, TX",
                            "Cardiac Step-Down",
                            "Unit Secretary",
                            "08/2016",
                            "04/2019",
                            "Staff",
                            "—",
                        ),
                    ),
                    "Gap explanation (candidate): 04/2026 – 06/2026 took time off between contracts to move my mom.",
                ],
            ),
            Section(
                "Skills checklist — Progressive Care (self-rated: 1 = no experience, 4 = proficient)",
                [
                    table(
                        ("Skill", "Rating", "Freq."),
                        ("Cardiac drips: diltiazem, amiodarone, heparin, nitro", "4", "Daily"),
                        ("Telemetry / 12-lead interpretation", "4", "Daily"),
                        ("BiPAP / high-flow nasal cannula", "4", "Weekly"),
                        ("Post-cath femoral & radial sheath care", "3", "Weekly"),
                        ("Chest tubes", "3", "Monthly"),
                        ("Ventilated patients (ICU overflow only)", "1", "Rare"),
                        ("ED holds / boarding", "2", "Rare"),
                        ("LVAD", "1", "Never"),
                    )
                ],
            ),
            Section(
                "Education",
                [
                    table(
                        ("School", "Degree", "Year"),
                        ("Texas Tech University Health Sciences Center", "BSN", "2019"),
                        ("South Plains College", "Associate of Science (prerequisites)", "2016"),
                    )
                ],
            ),
        ],
        licensed=[("2019-05", "2025-10"), ("2025-11", "2026-04"), ("2026-06", "now")],
        truth=dict(
            name="LaTasha R. Greenwood",
            email="ltgreenwood@example.com",
            phone="(806) 555-0154",
            location="Lubbock, TX",
            discipline="RN",
            specialties=["Step-down", "Telemetry"],
            licenses=[
                lic("TX", "RN", "0982214", True, "2027-07"),
                lic("HI", "RN", "RN-091477", False, "2028-06"),
            ],
            certifications=[
                cert("BLS", "American Heart Association", "2028-01"),
                cert("ACLS", "American Heart Association", "2028-01"),
                cert("NIHSS", "APEX Innovations", "2027-05"),
            ],
            education=[
                edu("BSN", "Texas Tech University Health Sciences Center"),
                edu("Associate of Science", "South Plains College"),
            ],
            employers=[
                "Saguaro Heights Medical Center",
                "Kalaeloa Pacific Medical Center",
                "Llano Estacado Medical Center",
            ],
            ehr_systems=["Epic", "Cerner", "MEDITECH"],
            agencies=["Wayfarer Nurse Staffing"],
            clinical_sites=[],
            notes="Agency portal printout: the agency is the page's owner (agencies), the recruiter's phone and "
            "e-mail are not the candidate's; PCU/Step-Down + Tele -> Step-down + Telemetry; checklist rows "
            "about vents (ICU overflow) and ED holds are not specialties; unit-secretary years pre-licence "
            "excluded; the 04–06/2026 gap excluded; Associate of Science is a generic associate degree.",
        ),
    )
)

# ---------------------------------------------------------------- t07 Word-exported functional, LPN
P.append(
    Resume(
        file="t07.pdf",
        fmt="pdf",
        design="word_functional",
        layout="docx-libreoffice-export-functional-skills-first-lpn",
        key="becerra-functional-lpn",
        name="Rosalind Becerra",
        creds="LPN",
        headline="Licensed Practical Nurse — Long-Term Care · Skilled Rehab · Wound Care",
        contact=[
            ("home", "611 N Yale Ave, Tulsa, OK 74115"),
            ("phone", "918.555.0136"),
            ("mail", "rbecerra.lpn@example.net"),
        ],
        main=[
            Section(
                "Summary of Qualifications",
                [
                    "Dependable charge LPN who knows her residents by name and their families by "
                    "voice. Nine-plus years in nursing homes and skilled rehab, strong on wounds, "
                    "med pass and keeping a hall calm."
                ],
            ),
            Section(
                "Areas of Strength",
                [
                    ("h3", "Long-term care & skilled rehab"),
                    ul(
                        "Med pass for 28–32 residents, including insulin sliding scales and G-tube meds",
                        "Admissions & discharges on the Medicare skilled hall; MDS support",
                        "Hospice residents and families — comfort care, end-of-life documentation",
                    ),
                    ("h3", "Wound care"),
                    ul(
                        "Weekly wound rounds with the NP; staging, measurements, photos",
                        "Wound vacs, Unna boots, debridement dressings",
                    ),
                    ("h3", "Leadership"),
                    ul(
                        "Charge nurse over 4–6 CNAs on evenings; schedule fill-ins",
                        "Trained new hires on PointClickCare eMAR and MatrixCare",
                    ),
                ],
            ),
            Section(
                "Employment",
                [
                    Job(
                        "Charge LPN",
                        "Cimarron Pointe Health & Rehabilitation, Tulsa, OK",
                        "2020 – Present",
                    ),
                    Job(
                        "LPN (PRN)", "Riverside Hospice of Green Country, Tulsa, OK", "2022 – 2024"
                    ),
                    Job("LPN", "Osage Prairie Nursing Center, Sand Springs, OK", "2017 – 2020"),
                    Job(
                        "Certified Nurse Aide",
                        "Osage Prairie Nursing Center, Sand Springs, OK",
                        "2014 – 2017",
                    ),
                ],
            ),
            Section(
                "License & Certifications",
                [
                    ul(
                        "Oklahoma LPN License #LP-0071142 — multistate, expires 09/30/2027",
                        "Wound Care Certified (WCC), NAWCO — exp. 06/2028",
                        "Certified Dementia Practitioner (CDP), NCCDP — exp. 02/2027",
                        "CPR/BLS — American Heart Association — exp. 11/2027",
                        "IV therapy course (Oklahoma Board of Nursing approved), 2019",
                    )
                ],
            ),
            Section(
                "Education",
                [Job("Practical Nursing Diploma", "Tulsa Technology Center", "2017")],
            ),
        ],
        licensed=[("2017-06", "now")],
        truth=dict(
            name="Rosalind Becerra",
            email="rbecerra.lpn@example.net",
            phone="918.555.0136",
            location="Tulsa, OK",
            discipline="LPN",
            specialties=["LTC", "SNF", "Hospice"],
            licenses=[lic("OK", "LPN", "LP-0071142", True, "2027-09")],
            certifications=[
                cert("WCC", "NAWCO", "2028-06"),
                cert("CDP", "NCCDP", "2027-02"),
                cert("BLS", "American Heart Association", "2027-11"),
                cert("IV therapy course", "Oklahoma Board of Nursing", None),
            ],
            education=[edu("Practical Nursing Diploma", "Tulsa Technology Center")],
            employers=[
                "Cimarron Pointe Health & Rehabilitation",
                "Riverside Hospice of Green Country",
                "Osage Prairie Nursing Center",
            ],
            ehr_systems=["PointClickCare", "MatrixCare"],
            agencies=[],
            clinical_sites=[],
            notes="Functional resume, year-only job list; licensed mid-2017 (diploma 2017) so years ~9.6; "
            "nursing homes -> LTC, Medicare skilled hall -> SNF, PRN hospice -> Hospice; CNA years excluded; "
            "CPR/BLS -> BLS.",
        ),
    )
)

# ---------------------------------------------------------------- t08 Canva-like, cath lab tech
P.append(
    Resume(
        file="t08.pdf",
        fmt="pdf",
        design="canva",
        layout="chromium-canva-like-blocks-initials-photo-skill-bars",
        key="price-canva-cathlab",
        name="Devontae Jamal Price",
        creds="RCIS",
        headline="CARDIOVASCULAR INVASIVE SPECIALIST",
        contact=[
            ("phone", "205-555-0187"),
            ("mail", "dj.price.rcis@example.com"),
            ("home", "Birmingham, AL"),
        ],
        side=[
            Section(
                "About me",
                [
                    "Cath lab tech who can scrub, circulate and monitor. I like STEMI call more than "
                    "I probably should. Calm in the room, quick on the Mac-Lab."
                ],
            ),
            Section(
                "Expertise",
                [
                    bars(
                        ("Scrub / circulate", 5),
                        ("Hemodynamic monitoring", 5),
                        ("IVUS / FFR", 4),
                        ("Impella", 3),
                        ("EP mapping", 3),
                    )
                ],
            ),
            Section(
                "Credentials",
                [
                    "RCIS — CCI #28814\nexp 12/2027",
                    "ACLS / BLS (AHA)\nexp 07/2027",
                    "Radiation safety (annual)",
                ],
            ),
            Section("Systems", ["Mac-Lab · Merge Hemo · Epic Cupid"]),
        ],
        main=[
            Section(
                "Experience",
                [
                    Job(
                        "Cardiovascular Invasive Specialist",
                        "Vulcan Heart & Vascular Institute",
                        "Aug 2020 – Present",
                        place="Birmingham, AL",
                        bullets=[
                            "4-lab suite: diagnostic caths, PCI, peripheral, structural (TAVR)",
                            "STEMI call 1 week in 4, door-to-balloon median 58 min",
                        ],
                    ),
                    Job(
                        "Travel Cath Lab Tech (13 weeks)",
                        "Gulf Breeze Regional Medical Center",
                        "Mar – Jun 2020",
                        place="Pensacola, FL",
                        sub="through Ironbridge Allied Travel",
                    ),
                    Job(
                        "Cath Lab / EP Lab Technologist",
                        "Magic City Medical Center",
                        "Jun 2017 – Feb 2020",
                        place="Birmingham, AL",
                        bullets=["Rotated between cath lab and EP lab; recorder for ablations"],
                    ),
                    Job(
                        "Cardiac Monitor Tech",
                        "Magic City Medical Center",
                        "2014 – 2016",
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    Job("A.A.S. Cardiovascular Technology", "Augusta Technical College", "2017"),
                    Job("B.S. Health Sciences", "University of Alabama at Birmingham", "2014"),
                ],
            ),
        ],
        licensed=[("2017-06", "2020-02"), ("2020-03", "2020-06"), ("2020-08", "now")],
        truth=dict(
            name="Devontae Jamal Price",
            email="dj.price.rcis@example.com",
            phone="205-555-0187",
            location="Birmingham, AL",
            discipline="other-allied",
            specialties=["Cath Lab"],
            licenses=[],
            certifications=[
                cert("RCIS", "CCI", "2027-12"),
                cert("ACLS", "AHA", "2027-07"),
                cert("BLS", "AHA", "2027-07"),
                cert("Radiation safety"),
            ],
            education=[
                edu("A.A.S. Cardiovascular Technology", "Augusta Technical College"),
                edu("B.S. Health Sciences", "University of Alabama at Birmingham"),
            ],
            employers=[
                "Vulcan Heart & Vascular Institute",
                "Gulf Breeze Regional Medical Center",
                "Magic City Medical Center",
            ],
            ehr_systems=["Epic"],
            agencies=["Ironbridge Allied Travel"],
            clinical_sites=[],
            notes="Cath lab tech (RCIS) -> other-allied; EP lab not in the vocabulary, cath lab kept; no "
            "state licence printed; RCIS is a credential; Mac-Lab and Merge Hemo are hemodynamic systems, not "
            "EHRs; Epic Cupid -> Epic; monitor-tech years pre-credential excluded; July 2020 between jobs excluded.",
        ),
    )
)

# ---------------------------------------------------------------- t09 academic SLP CV (Chromium, 2 pages)
P.append(
    Resume(
        file="t09.pdf",
        fmt="pdf",
        design="academic",
        layout="chromium-academic-cv-two-pages-running-header-slp",
        key="vogelsang-academic-slp",
        name="Hannah E. Vogelsang",
        creds="M.A., CCC-SLP",
        headline="Speech-Language Pathologist · Curriculum Vitae",
        contact=[
            ("home", "918 Granger Ave, Ann Arbor, MI 48104"),
            ("phone", "(734) 555-0110"),
            ("mail", "hvogelsang@example.org"),
        ],
        opts={"running_header": "H. E. Vogelsang · CV", "page_break_before": "Presentations"},
        main=[
            Section(
                "Clinical Appointments",
                [
                    Job(
                        "Speech-Language Pathologist II, Adult Acute Care & Voice Clinic",
                        "Huron River University Hospital, Ann Arbor, MI",
                        "2021–present",
                        para="Bedside swallow evaluations, MBSS and FEES on medical, surgical, neuro and "
                        "trauma services; outpatient voice clinic one day a week (LSVT LOUD, "
                        "resonant voice); tracheostomy/PMV team. Epic.",
                    ),
                    Job(
                        "Speech-Language Pathologist (PRN)",
                        "Washtenaw Home Health Partners, Ypsilanti, MI",
                        "2023–present",
                        para="Home visits for dysphagia and cognitive-communication after discharge. WellSky.",
                    ),
                    Job(
                        "Speech-Language Pathologist",
                        "Maumee Bay Rehabilitation & Skilled Care, Toledo, OH",
                        "2019–2021",
                        para="Short-term rehab and long-term residents; modified diets program.",
                    ),
                    Job(
                        "Clinical Fellow (CF)",
                        "St. Clair Shores General Hospital, St. Clair Shores, MI",
                        "2018–2019",
                        para="Acute care CF year; mentor: L. Okafor, CCC-SLP.",
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    Job(
                        "M.A. in Speech-Language Pathology",
                        "Wayne State University, Detroit, MI",
                        "2018",
                    ),
                    Job(
                        "B.A. Communication Sciences and Disorders",
                        "Michigan State University, East Lansing, MI",
                        "2016",
                    ),
                ],
            ),
            Section(
                "Graduate Practica",
                [
                    ul(
                        "Detroit Lakeside Rehabilitation Institute — adult neuro outpatient (Spring 2018)",
                        "Motor City Pediatric Speech Center — preschool language (Fall 2017)",
                    )
                ],
            ),
            Section(
                "Licensure & Certification",
                [
                    ul(
                        "Michigan Speech-Language Pathologist License 5101022917, exp. 06/2027",
                        "Ohio Speech-Language Pathology License SLP-14882, exp. 12/31/2027",
                        "Certificate of Clinical Competence (CCC-SLP), ASHA #14477120 — maintenance "
                        "interval ends 12/31/2028",
                        "MBSImP certified clinician",
                        "LSVT LOUD certified, renews 2027",
                        "BLS, American Heart Association, exp. 08/2027",
                    )
                ],
            ),
            Section(
                "Presentations",
                [
                    ul(
                        "Vogelsang HE, Marrero J. Early FEES after extubation: who fails and why. Poster, "
                        "ASHA Convention, Boston; November 2023.",
                        "Vogelsang HE. Thickened liquids: what the evidence does (and doesn't) say. "
                        "Michigan Speech-Language-Hearing Association annual conference; March 2024.",
                        "Vogelsang HE. Voice after long intubation. Grand rounds, Huron River "
                        "University Hospital Department of Otolaryngology; 2025.",
                    )
                ],
            ),
            Section(
                "Publications",
                [
                    ul(
                        "Marrero J, Vogelsang HE, Tate R. Post-extubation dysphagia screening in a "
                        "surgical ICU: a quality project (fictional citation). Dysphagia Pract Notes. "
                        "2024;9:44-51.",
                    )
                ],
            ),
            Section(
                "Teaching & Service",
                [
                    ul(
                        "Clinical supervisor for 6 graduate clinicians, 2021–present",
                        "Guest lecturer, Dysphagia (SLP 7420), Wayne State University, 2022–2025",
                        "Hospital dysphagia diet (IDDSI) transition committee, 2022",
                    )
                ],
            ),
            Section(
                "Memberships",
                ["ASHA (SIG 13, Swallowing); Michigan Speech-Language-Hearing Association"],
            ),
        ],
        licensed=[("2018-07", "now")],
        truth=dict(
            name="Hannah E. Vogelsang",
            email="hvogelsang@example.org",
            phone="(734) 555-0110",
            location="Ann Arbor, MI",
            discipline="SLP",
            specialties=["Acute Care", "Outpatient", "Home Health", "SNF"],
            licenses=[
                lic("MI", "SLP", "5101022917", None, "2027-06"),
                lic("OH", "SLP", "SLP-14882", None, "2027-12"),
            ],
            certifications=[
                cert("CCC-SLP", "ASHA", "2028-12"),
                cert("MBSImP"),
                cert("LSVT LOUD", None, None),
                cert("BLS", "American Heart Association", "2027-08"),
            ],
            education=[
                edu("M.A. in Speech-Language Pathology", "Wayne State University"),
                edu("B.A. Communication Sciences and Disorders", "Michigan State University"),
            ],
            employers=[
                "Huron River University Hospital",
                "Washtenaw Home Health Partners",
                "Maumee Bay Rehabilitation & Skilled Care",
                "St. Clair Shores General Hospital",
            ],
            ehr_systems=["Epic", "WellSky"],
            agencies=[],
            clinical_sites=[
                "Detroit Lakeside Rehabilitation Institute",
                "Motor City Pediatric Speech Center",
            ],
            notes="Adult acute care + outpatient voice clinic + PRN home health + SNF rehab -> four; CF year "
            "counted; practicum sites are clinical sites; 'LSVT LOUD certified, renews 2027' year only -> "
            "null; surgical ICU only in a publication title; page 2 carries a running header.",
        ),
    )
)

# ---------------------------------------------------------------- t10 minimal, paragraph experience, oncology
P.append(
    Resume(
        file="t10.pdf",
        fmt="pdf",
        design="minimal",
        layout="chromium-minimal-paragraph-experience-employer-first-inline-licences",
        key="odonoghue-minimal-onc",
        name="Niamh O'Donoghue",
        creds="BSN, RN, OCN",
        headline="",
        contact=[
            ("home", "77 Ivy Street, Providence, RI 02906"),
            ("phone", "401 555 0196"),
            ("mail", "niamh.odonoghue@example.com"),
        ],
        employer_first=True,
        main=[
            Section(
                "",
                [
                    "Oncology nurse. Licensed in Rhode Island (multistate compact, RN61422, renewal "
                    "03/01/2028) and Massachusetts (RN 2381147, single-state, exp 09/2027)."
                ],
            ),
            Section(
                "Where I've worked",
                [
                    Job(
                        "Hematology/Oncology & BMT RN",
                        "Narragansett Medical Center — Ocean State Cancer Institute",
                        "April 2020 to now",
                        place="Providence, RI",
                        para="A 28-bed inpatient hem/onc and bone marrow transplant unit. I take 3–4 "
                        "patients through induction chemo, neutropenic fevers, CAR-T monitoring and "
                        "stem-cell infusions, and I'm one of the unit's chemo competency validators. "
                        "Charge about once a week. We float to palliative care when our census drops, "
                        "which I count as part of the job rather than a second specialty. Epic Beacon "
                        "for every chemo order.",
                    ),
                    Job(
                        "Infusion RN, per diem",
                        "Blackstone Valley Infusion Partners",
                        "2022–2025",
                        place="Pawtucket, RI",
                        para="Outpatient infusion chairs on Saturdays: biologics, iron, chemo "
                        "(oxaliplatin, pembrolizumab), port access and de-access.",
                    ),
                    Job(
                        "Staff RN, medical-surgical",
                        "Pilgrim Shore Hospital",
                        "June 2017 – March 2020",
                        place="Plymouth, MA",
                        para="Thirty-two bed med-surg floor in Meditech. I left in January 2019 to care "
                        "for my father and came back per diem in November 2019 until I moved to "
                        "Providence in March 2020.",
                    ),
                ],
            ),
            Section(
                "Certifications",
                [
                    "OCN, ONCC — good through June 2029. ONS Chemo/Immunotherapy provider card (renew "
                    "10/2027). BLS, AHA, exp 05/2027."
                ],
            ),
            Section("School", ["BSN, University of Rhode Island College of Nursing, 2017."]),
        ],
        licensed=[("2017-06", "2019-01"), ("2019-11", "now")],
        truth=dict(
            name="Niamh O'Donoghue",
            email="niamh.odonoghue@example.com",
            phone="401 555 0196",
            location="Providence, RI",
            discipline="RN",
            specialties=["Oncology", "Outpatient", "Med-Surg"],
            licenses=[
                lic("RI", "RN", "RN61422", True, "2028-03"),
                lic("MA", "RN", "RN 2381147", False, "2027-09"),
            ],
            certifications=[
                cert("OCN", "ONCC", "2029-06"),
                cert("ONS Chemo/Immunotherapy provider card", "ONS", "2027-10"),
                cert("BLS", "AHA", "2027-05"),
            ],
            education=[edu("BSN", "University of Rhode Island")],
            employers=[
                "Narragansett Medical Center",
                "Blackstone Valley Infusion Partners",
                "Pilgrim Shore Hospital",
            ],
            ehr_systems=["Epic", "MEDITECH"],
            agencies=[],
            clinical_sites=[],
            notes="Licences only in a sentence; hem/onc + BMT -> Oncology; outpatient infusion -> Outpatient "
            "(+ Oncology); palliative float explicitly not a specialty; Feb–Oct 2019 family gap excluded; "
            "the cancer institute is a service line of Narragansett Medical Center (employer is the hospital).",
        ),
    )
)

# ---------------------------------------------------------------- t11 DOCX header contact, tab lines, PACU
P.append(
    Resume(
        file="t11.docx",
        fmt="docx",
        design="docx_header_tabs",
        layout="python-docx-contact-in-page-header-tab-right-dates",
        key="antonelli-docx-header-pacu",
        name="Gregory Antonelli",
        creds="RN, BSN, CPAN",
        headline="",
        contact=[
            ("home", "1187 Larkspur Ln, Cherry Hill, NJ 08003"),
            ("phone", "(856) 555-0172"),
            ("mail", "g.antonelli.rn@example.com"),
        ],
        main=[
            Section(
                "PROFESSIONAL EXPERIENCE",
                [
                    Job(
                        "PACU RN",
                        "Camden Riverside Medical Center – Camden, NJ",
                        "Mar 2020 – Present",
                        bullets=[
                            "Phase I & II recovery, 28 bays; general, ortho, neuro, vascular, peds ENT",
                            "ICU overflow holds — recover and keep them until an ICU bed opens (hold, not an ICU job)",
                            "Malignant hyperthermia drill lead; Epic OpTime / ClinDoc",
                        ],
                    ),
                    Job(
                        "Per Diem PACU / Pre-op RN",
                        "Haddonfield Ambulatory Surgery Center – Haddonfield, NJ",
                        "Jun 2022 – present",
                        bullets=["2 Saturdays a month; GI, pain and cataract lists"],
                    ),
                    Job(
                        "RN, Surgical Step-Down",
                        "Schuylkill Bend Hospital – Philadelphia, PA",
                        "08/2016 – 02/2020",
                        bullets=[
                            "Post-op step-down 1:3, fresh bariatric and spine patients, PCA, epidurals",
                            "Allscripts Sunrise charting",
                        ],
                    ),
                    Job(
                        "Patient Care Technician",
                        "Schuylkill Bend Hospital – Philadelphia, PA",
                        "2014 – 2016",
                    ),
                ],
            ),
            Section(
                "LICENSURE",
                [
                    "New Jersey RN\t26NR18847100 · multistate · exp 05/31/2027",
                    "Pennsylvania RN\tRN712204 · single state · exp 10/31/2028",
                ],
            ),
            Section(
                "CERTIFICATIONS",
                [
                    "CPAN — ABPANC\texp 10/2028",
                    "ACLS / PALS / BLS — American Heart Association\texp 02/27",
                ],
            ),
            Section(
                "EDUCATION", ["Bachelor of Science in Nursing\tRutgers University–Camden, 2016"]
            ),
        ],
        licensed=[("2016-08", "now")],
        truth=dict(
            name="Gregory Antonelli",
            email="g.antonelli.rn@example.com",
            phone="(856) 555-0172",
            location="Cherry Hill, NJ",
            discipline="RN",
            specialties=["PACU", "Step-down"],
            licenses=[
                lic("NJ", "RN", "26NR18847100", True, "2027-05"),
                lic("PA", "RN", "RN712204", False, "2028-10"),
            ],
            certifications=[
                cert("CPAN", "ABPANC", "2028-10"),
                cert("ACLS", "American Heart Association", "2027-02"),
                cert("PALS", "American Heart Association", "2027-02"),
                cert("BLS", "American Heart Association", "2027-02"),
            ],
            education=[edu("Bachelor of Science in Nursing", "Rutgers University–Camden")],
            employers=[
                "Camden Riverside Medical Center",
                "Haddonfield Ambulatory Surgery Center",
                "Schuylkill Bend Hospital",
            ],
            ehr_systems=["Epic", "Allscripts"],
            agencies=[],
            clinical_sites=[],
            notes="Name and contact ONLY in the page header; dates right-aligned on a tab stop; surgical "
            "step-down -> Step-down; ICU overflow holds not ICU; pre-op not in the vocabulary; 'exp 02/27' "
            "-> 2027-02; Allscripts Sunrise -> Allscripts; PCT years excluded (same hospital).",
        ),
    )
)

# ---------------------------------------------------------------- t12 DOCX Word tables, travel OR, no address
P.append(
    Resume(
        file="t12.docx",
        fmt="docx",
        design="docx_tables",
        layout="python-docx-word-tables-assignment-grid-no-address",
        key="bell-docx-tables-or",
        name="Amara C. Bell",
        creds="RN, CNOR",
        headline="Travel OR Nurse — circulator · robotics · CVOR",
        contact=[
            ("phone", "(479) 555-0149"),
            ("mail", "amara.bell.cnor@example.com"),
            ("note", "Open to assignments nationwide"),
        ],
        main=[
            Section(
                "Licenses",
                [
                    table(
                        ("State", "License", "Number", "Type", "Expiration"),
                        ("Arkansas", "RN", "R098341", "Multistate", "08/31/2027"),
                        ("Illinois", "RN", "041.402771", "Single-state", "05/31/2028"),
                        ("California", "RN", "95811722", "Single-state", "10/31/2027"),
                    )
                ],
            ),
            Section(
                "Certifications",
                [
                    table(
                        ("Cert", "Issued by", "Expires"),
                        ("CNOR", "CCI", "03/2029"),
                        ("BLS", "AHA", "06/2027"),
                        ("ACLS", "AHA", "06/2027"),
                    )
                ],
            ),
            Section(
                "Travel assignments",
                [
                    table(
                        ("Dates", "Facility", "City, State", "Unit", "Agency", "EHR"),
                        (
                            "08/2026 – present",
                            "Tamarack Regional Medical Center",
                            "Flagstaff, AZ",
                            "Main OR – ortho/neuro",
                            "TrueCompass Travel Nursing",
                            "Epic OpTime",
                        ),
                        (
                            "13 wks, Mar–Jun 2026",
                            "Calumet Harbor Hospital",
                            "Chicago, IL",
                            "CVOR",
                            "TrueCompass Travel Nursing",
                            "Epic OpTime",
                        ),
                        (
                            "Sep 2025 – Feb 2026 (ext.)",
                            "San Joaquin Mission Medical Center",
                            "Stockton, CA",
                            "OR – general / robotics",
                            "Meridian Path Staffing",
                            "Cerner SurgiNet",
                        ),
                        (
                            "Apr – Jul 2025",
                            "Ozark Ridge Surgical Hospital",
                            "Springfield, MO",
                            "OR",
                            "Meridian Path Staffing",
                            "Meditech",
                        ),
                    ),
                    "Off Aug 2025 and July 2026 (between contracts).",
                ],
            ),
            Section(
                "Staff experience",
                [
                    Job(
                        "Staff RN, Operating Room",
                        "Boston Mountains Medical Center, Fayetteville, AR",
                        "Jul 2018 – Mar 2025",
                        bullets=[
                            "Circulator: general, GYN, ortho, urology, robotics (da Vinci Xi); CVOR from 2021",
                            "Call team; OR super-user for the Epic OpTime conversion",
                        ],
                    ),
                    Job(
                        "Certified Surgical Technologist",
                        "Boston Mountains Medical Center, Fayetteville, AR",
                        "2012 – 2016",
                        bullets=["Scrubbed before nursing school"],
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    table(
                        ("Degree", "School", "Year"),
                        ("ASN", "NorthWest Arkansas Community College", "2018"),
                        ("BSN (RN to BSN)", "University of Arkansas", "2021"),
                    )
                ],
            ),
        ],
        licensed=[
            ("2018-07", "2025-03"),
            ("2025-04", "2025-07"),
            ("2025-09", "2026-02"),
            ("2026-03", "2026-06"),
            ("2026-08", "now"),
        ],
        truth=dict(
            name="Amara C. Bell",
            email="amara.bell.cnor@example.com",
            phone="(479) 555-0149",
            location=None,
            discipline="RN",
            specialties=["OR"],
            licenses=[
                lic("AR", "RN", "R098341", True, "2027-08"),
                lic("IL", "RN", "041.402771", False, "2028-05"),
                lic("CA", "RN", "95811722", False, "2027-10"),
            ],
            certifications=[
                cert("CNOR", "CCI", "2029-03"),
                cert("BLS", "AHA", "2027-06"),
                cert("ACLS", "AHA", "2027-06"),
            ],
            education=[
                edu("ASN", "NorthWest Arkansas Community College"),
                edu("BSN (RN to BSN)", "University of Arkansas"),
            ],
            employers=[
                "Tamarack Regional Medical Center",
                "Calumet Harbor Hospital",
                "San Joaquin Mission Medical Center",
                "Ozark Ridge Surgical Hospital",
                "Boston Mountains Medical Center",
            ],
            ehr_systems=["Epic", "Cerner", "MEDITECH"],
            agencies=["TrueCompass Travel Nursing", "Meridian Path Staffing"],
            clinical_sites=[],
            notes="No home address (location null; assignment cities are not home); CVOR/robotics -> OR; "
            "two agencies in a table column; months off Aug 2025 and Jul 2026 excluded; surgical "
            "technologist years before nursing excluded (same hospital).",
        ),
    )
)

# ---------------------------------------------------------------- t13 DOCX two-column table layout, PT
P.append(
    Resume(
        file="t13.docx",
        fmt="docx",
        design="docx_leftheads",
        layout="python-docx-left-heading-column-table-employer-first",
        key="okafor-docx-leftheads-pt",
        name="Benjamin Okafor",
        creds="PT, DPT, OCS",
        headline="Physical Therapist",
        contact=[
            ("home", "5120 Glenwood Ave, Raleigh, NC 27612"),
            ("phone", "919-555-0103"),
            ("mail", "ben.okafor.dpt@example.com"),
        ],
        employer_first=True,
        main=[
            Section(
                "Experience",
                [
                    Job(
                        "Staff Physical Therapist (outpatient orthopedics)",
                        "Triangle Motion Orthopaedics",
                        "2019 – present",
                        place="Raleigh, NC",
                        bullets=[
                            "Post-op ACL, rotator cuff, spine; 12–14 visits/day",
                            "Dry needling and blood-flow restriction program lead",
                            "Documentation in WebPT",
                        ],
                    ),
                    Job(
                        "PRN Physical Therapist",
                        "Wake Crossing Rehabilitation Hospital",
                        "2021 – present",
                        place="Raleigh, NC",
                        bullets=["Inpatient rehab weekends — stroke, amputee, ortho trauma; Epic"],
                    ),
                    Job(
                        "Physical Therapist, acute care",
                        "Piedmont Sandhills Medical Center",
                        "Aug 2017 – 2019",
                        place="Pinehurst, NC",
                        bullets=[
                            "Ortho/joint replacement floor, general medicine, some ICU mobility"
                        ],
                    ),
                    Job(
                        "PT Aide",
                        "Triangle Motion Orthopaedics",
                        "2012 – 2014",
                        place="Raleigh, NC",
                    ),
                ],
            ),
            Section(
                "Licensure",
                [
                    "North Carolina Physical Therapist — P12290 (exp 01/31/2027)",
                    "Virginia Physical Therapist — 2305211874 (exp 12/31/2026)",
                ],
            ),
            Section(
                "Certifications",
                [
                    ul(
                        "OCS — Orthopaedic Clinical Specialist, ABPTS — exp 06/30/2030",
                        "Dry Needling Level 2 — Evidence in Motion",
                        "BLS/CPR — American Red Cross — exp 09/2027",
                    )
                ],
            ),
            Section(
                "Education",
                [
                    "Doctor of Physical Therapy — Duke University, 2017",
                    "B.S. Exercise Science — Appalachian State University, 2014",
                ],
            ),
        ],
        licensed=[("2017-08", "now")],
        truth=dict(
            name="Benjamin Okafor",
            email="ben.okafor.dpt@example.com",
            phone="919-555-0103",
            location="Raleigh, NC",
            discipline="PT",
            specialties=["Outpatient", "Inpatient Rehab", "Acute Care"],
            licenses=[
                lic("NC", "PT", "P12290", None, "2027-01"),
                lic("VA", "PT", "2305211874", None, "2026-12"),
            ],
            certifications=[
                cert("OCS", "ABPTS", "2030-06"),
                cert("Dry Needling Level 2", "Evidence in Motion", None),
                cert("BLS", "American Red Cross", "2027-09"),
            ],
            education=[
                edu("Doctor of Physical Therapy", "Duke University"),
                edu("B.S. Exercise Science", "Appalachian State University"),
            ],
            employers=[
                "Triangle Motion Orthopaedics",
                "Wake Crossing Rehabilitation Hospital",
                "Piedmont Sandhills Medical Center",
            ],
            ehr_systems=["WebPT", "Epic"],
            agencies=[],
            clinical_sites=[],
            notes="Section headings in a narrow left table column; employer first, title second; 'some ICU "
            "mobility' on an acute floor not ICU; PT aide pre-licence excluded (employer already kept); "
            "BLS/CPR -> BLS; VA licence expires this month (kept).",
        ),
    )
)

# ---------------------------------------------------------------- t14 DOCX plain, messy dates, COTA
P.append(
    Resume(
        file="t14.docx",
        fmt="docx",
        design="docx_plain",
        layout="python-docx-plain-bold-headings-messy-dates-manual-spacing",
        key="whitehorse-docx-plain-cota",
        name="Krystal Dawn Whitehorse",
        creds="COTA/L",
        headline="",
        contact=[
            ("home", "2213 Mountain View Rd  Rapid City, SD 57702"),
            ("phone", "cell 605-555-0191"),
            ("mail", "krystal.whitehorse@example.net"),
        ],
        main=[
            Section(
                "Objective",
                [
                    "To keep working with kids and their families as a COTA in an outpatient or school "
                    "setting, and to pick up more weekend SNF hours."
                ],
            ),
            Section(
                "Work History",
                [
                    Job(
                        "COTA/L",
                        "Black Hills Pediatric Therapy Center, Rapid City SD",
                        "06/19 - current",
                        bullets=[
                            "Fine motor, feeding, sensory and handwriting with kids 2–12",
                            "Carry a caseload under 2 supervising OTs, notes in WebPT",
                        ],
                    ),
                    Job(
                        "COTA — extended school year (ESY)",
                        "Harney Peak Cooperative Schools, Hill City SD",
                        "Summer 2021",
                        sub="contract through Prairie Ridge Therapy Staffing",
                        bullets=["IEP goals for 14 students in a summer program"],
                    ),
                    Job(
                        "COTA (PRN, weekends)",
                        "Pactola Pines Care Center",
                        "2020-2023",
                        bullets=["Skilled rehab residents, PointClickCare"],
                    ),
                    Job(
                        "Rehab Tech",
                        "Canyon Lake Physical & Occupational Therapy",
                        "2016 – 2018",
                    ),
                ],
            ),
            Section(
                "Education",
                [
                    "A.A.S. Occupational Therapy Assistant,  Lake Area Technical College,  Watertown SD  2019"
                ],
            ),
            Section(
                "License / Certs",
                [
                    "SD Occupational Therapy Assistant license #OTA-1148   exp 06/30/2027",
                    "NBCOT certified (COTA) - renews 2028",
                    "BLS - AHA - exp 3/2027",
                ],
            ),
        ],
        licensed=[("2019-06", "now")],
        truth=dict(
            name="Krystal Dawn Whitehorse",
            email="krystal.whitehorse@example.net",
            phone="605-555-0191",
            location="Rapid City, SD",
            discipline="COTA",
            specialties=["Outpatient", "Pediatrics", "Schools", "SNF"],
            licenses=[lic("SD", "COTA", "OTA-1148", None, "2027-06")],
            certifications=[cert("COTA", "NBCOT", None), cert("BLS", "AHA", "2027-03")],
            education=[edu("A.A.S. Occupational Therapy Assistant", "Lake Area Technical College")],
            employers=[
                "Black Hills Pediatric Therapy Center",
                "Harney Peak Cooperative Schools",
                "Pactola Pines Care Center",
                "Canyon Lake Physical & Occupational Therapy",
            ],
            ehr_systems=["WebPT", "PointClickCare"],
            agencies=["Prairie Ridge Therapy Staffing"],
            clinical_sites=[],
            notes="'06/19 - current' = Jun 2019 to Dec 2026; ESY 'Summer 2021' inside it; PRN SNF counted once; "
            "rehab tech pre-licence excluded (employer kept); 'NBCOT certified (COTA) - renews 2028' -> cert "
            "COTA, year only -> null; licence type Occupational Therapy Assistant -> COTA.",
        ),
    )
)

# ---------------------------------------------------------------- t15 DOCX two pages, running header, RT
P.append(
    Resume(
        file="t15.docx",
        fmt="docx",
        design="docx_twopage",
        layout="python-docx-two-pages-different-first-page-header-page-numbers-rt",
        key="carrasco-docx-twopage-rt",
        name="Luis Alberto Carrasco",
        creds="RRT-ACCS",
        headline="Registered Respiratory Therapist — Adult Critical Care, Neonatal/Pediatric PRN",
        contact=[
            ("home", "8823 Bandera Rd, San Antonio, TX 78250"),
            ("phone", "(210) 555-0158"),
            ("mail", "lcarrasco.rrt@example.com"),
        ],
        opts={
            "running_header": "Luis A. Carrasco, RRT-ACCS — page 2",
            "page_break_before": "LICENSES",
        },
        main=[
            Section(
                "SUMMARY",
                [
                    "Eleven years as a respiratory therapist, the last six in large adult ICUs (ECMO, "
                    "APRV, proning, inhaled epoprostenol). PRN on a children's hospital NICU/PICU team. "
                    "Bilingual, calm on codes, good with new grads."
                ],
            ),
            Section(
                "EXPERIENCE",
                [
                    Job(
                        "Respiratory Therapist III — Adult ICUs",
                        "Alamo Heights Medical Center, San Antonio, TX",
                        "October 2020 – Present",
                        bullets=[
                            "MICU / SICU / CVICU / neuro ICU rotation; ECMO circuit checks with perfusion",
                            "APRV, proning, inhaled epoprostenol and nitric; SBT/SAT protocol with nursing",
                            "Rapid response & code team; airway assist for intubations",
                            "Bronchoscopy assist, trach changes with ENT, transport vents to CT/IR",
                            "Epic respiratory flowsheets, ventilator bundles audit",
                        ],
                    ),
                    Job(
                        "PRN Respiratory Therapist — NICU / PICU",
                        "Mission Trails Children's Hospital, San Antonio, TX",
                        "March 2023 – Present",
                        bullets=[
                            "Neonatal HFOV, NAVA, surfactant; PICU high-flow and BiPAP; 2–3 shifts/month"
                        ],
                    ),
                    Job(
                        "Respiratory Therapist",
                        "Lake Charles Bayou Medical Center, Lake Charles, LA",
                        "August 2015 – September 2020",
                        bullets=[
                            "Floors, ED and the 12-bed CCU; treatments, ABGs, vents, transports",
                            "Trauma alerts in the ED; neonatal resuscitation at deliveries when paged",
                            "Cerner",
                        ],
                    ),
                    Job(
                        "Student Respiratory Tech",
                        "Lake Charles Bayou Medical Center",
                        "2014 – 2015",
                    ),
                ],
            ),
            Section(
                "CLINICAL SKILLS",
                [
                    "Ventilator management (Servo-u, Hamilton G5, PB 980), HFOV/HFJV, NAVA, ECMO support, "
                    "arterial lines and ABGs, bronchoscopy assist, difficult airway cart, patient transport."
                ],
            ),
            Section(
                "LICENSES",
                [
                    "Texas — Respiratory Care Practitioner, RCP 00172244, exp 04/2028",
                    "Louisiana — Licensed Respiratory Therapist, LRT 6618220, exp 06/2027",
                ],
            ),
            Section(
                "CREDENTIALS",
                [
                    "RRT — NBRC (2015)",
                    "RRT-ACCS — NBRC (2022)",
                    "ACLS, PALS, BLS — AHA — exp 12/2027",
                    "NRP — AAP — exp 11/2027",
                ],
            ),
            Section(
                "EDUCATION",
                [
                    "B.S. Respiratory Care — Texas State University, 2020",
                    "A.A.S. Respiratory Care — San Jacinto College, 2015",
                ],
            ),
            Section(
                "COMMITTEES / OTHER",
                [
                    "Unit practice council (RT rep), 2022–present. Preceptor for 11 new RTs. "
                    "Spanish — fluent."
                ],
            ),
        ],
        licensed=[("2015-08", "now")],
        truth=dict(
            name="Luis Alberto Carrasco",
            email="lcarrasco.rrt@example.com",
            phone="(210) 555-0158",
            location="San Antonio, TX",
            discipline="RT",
            specialties=["ICU", "NICU", "PICU", "ER"],
            licenses=[
                lic("TX", "Respiratory Care Practitioner", "RCP 00172244", None, "2028-04"),
                lic("LA", "LRT", "LRT 6618220", None, "2027-06"),
            ],
            certifications=[
                cert("RRT", "NBRC", None),
                cert("RRT-ACCS", "NBRC", None),
                cert("ACLS", "AHA", "2027-12"),
                cert("PALS", "AHA", "2027-12"),
                cert("BLS", "AHA", "2027-12"),
                cert("NRP", "AAP", "2027-11"),
            ],
            education=[
                edu("B.S. Respiratory Care", "Texas State University"),
                edu("A.A.S. Respiratory Care", "San Jacinto College"),
            ],
            employers=[
                "Alamo Heights Medical Center",
                "Mission Trails Children's Hospital",
                "Lake Charles Bayou Medical Center",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=[],
            clinical_sites=[],
            notes="Adult ICUs + CCU -> ICU; PRN NICU/PICU -> NICU + PICU; ED coverage at the first job -> ER; "
            "'floors' not a specialty; student tech pre-licence excluded; page 2 has a different header "
            "(name + page 2) from page 1 (contact block in the body); the Louisiana 'Licensed Respiratory Therapist' is typed LRT.",
        ),
    )
)
