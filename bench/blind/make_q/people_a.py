"""People q01-q15 (fictional; schools real)."""

from model import C, E, L

P = []

P.append(
    dict(
        file="q01.pdf",
        format="pdf",
        layout="abiword-html-pdf",
        doc="""
N: María-José Ortiz Delgado, BSN, RN, CCRN
C: 418 Arcadia Pl, San Antonio, TX 78209 · (210) 555-0147 · mj.ortizdelgado@example.com
H: Professional Summary
P: Cardiovascular ICU nurse with open-heart recovery, Impella and IABP experience. Bilingual English/Spanish.
H: Experience
J: Staff RN, Cardiovascular ICU — Alamo Heights Heart Institute, San Antonio, TX | 03/2020 – Present
B: Recover 2–3 fresh CABG/valve patients per week; CRRT and post-TAVR care.
B: Floated to the Emergency Department during winter surges (not a home unit).
J: Staff RN, Telemetry/Step-down — Bexar Crossing Medical Center, San Antonio, TX | 06/2017 – 02/2020
B: 5:1 telemetry assignments; drip titration (diltiazem, heparin, amiodarone).
J: Patient Care Technician — Bexar Crossing Medical Center | 2015 – 2017 (while in nursing school)
H: Licensure
P: Texas Registered Nurse, License #934117, Multistate (NLC) privilege, expires 08/31/2027
H: Certifications
B: CCRN (AACN) — exp. 04/2028
B: ACLS (American Heart Association) — exp. 05/2027
B: BLS (American Heart Association) — exp. 05/2027
H: Education
P: Bachelor of Science in Nursing — The University of Texas Health Science Center at San Antonio, 2017
H: Charting Systems
P: Epic
""",
        name="María-José Ortiz Delgado",
        email="mj.ortizdelgado@example.com",
        phone="(210) 555-0147",
        location="San Antonio, TX",
        discipline="RN",
        specialties=["ICU", "Telemetry", "Step-down"],
        licenses=[L("TX", "RN", "934117", True, "2027-08")],
        certifications=[
            C("CCRN", "AACN", "2028-04"),
            C("ACLS", "American Heart Association", "2027-05"),
            C("BLS", "American Heart Association", "2027-05"),
        ],
        spans=[("2017-06", "now")],
        education=[
            E(
                "Bachelor of Science in Nursing",
                "The University of Texas Health Science Center at San Antonio",
            )
        ],
        employers=["Alamo Heights Heart Institute", "Bexar Crossing Medical Center"],
        ehr_systems=["Epic"],
        agencies=[],
        clinical_sites=[],
        notes="PCT 2015-2017 pre-licence excluded; ED float mentioned in passing is not a specialty; 'Telemetry/Step-down' unit gives both Telemetry and Step-down.",
    )
)

P.append(
    dict(
        file="q02.pdf",
        format="pdf",
        layout="inkscape-svg-single-column",
        doc="""
N: D'ANDRE T. WHITFIELD, RN
C: Memphis, TN 38104  |  dandre.whitfield@example.net  |  901.555.0162
H: TRAVEL HISTORY
J: Lakeshore General Hospital, Memphis, TN — Telemetry (staff, rehired) | Feb 2023 – Present
J: Leave of absence (family) | Aug 2022 – Jan 2023
J: Coastal Carolina Regional Hospital, Wilmington, NC — PCU | Apr – Jul 2022
P: Contract through TrueNorth Clinical Staffing.
J: Sacramento Valley Hospital, Sacramento, CA — Telemetry | Sep 2021 – Mar 2022
P: 13-week contract via Bluewater Travel Nursing, extended twice.
J: Desert Palms Medical Center, Phoenix, AZ — Step-down | May – Aug 2021
P: 13-week contract via Bluewater Travel Nursing.
J: Wolf River Regional Medical Center, Memphis, TN — Telemetry (staff) | Jan. 2016 to Apr. 2021
B: 32-bed cardiac telemetry; charge nurse rotation; preceptor for new graduates.
H: LICENSES
P: Tennessee RN #218334 — multistate (compact), exp 11/2027
P: California RN #95512840 — single-state, exp 05/2027
H: CERTIFICATIONS
P: BLS, ACLS (AHA) — both valid through 03/2027; NIH Stroke Scale (NIHSS)
H: EDUCATION
P: BSN, University of Memphis, 2015
H: EMR
P: Cerner, Epic, MEDITECH
""",
        name="D'Andre T. Whitfield",
        email="dandre.whitfield@example.net",
        phone="901.555.0162",
        location="Memphis, TN",
        discipline="RN",
        specialties=["Telemetry", "Step-down"],
        licenses=[
            L("TN", "RN", "218334", True, "2027-11"),
            L("CA", "RN", "95512840", False, "2027-05"),
        ],
        certifications=[C("BLS", "AHA", "2027-03"), C("ACLS", "AHA", "2027-03"), C("NIHSS", None)],
        spans=[("2016-01", "2022-07"), ("2023-02", "now")],
        education=[E("BSN", "University of Memphis")],
        employers=[
            "Lakeshore General Hospital",
            "Coastal Carolina Regional Hospital",
            "Sacramento Valley Hospital",
            "Desert Palms Medical Center",
            "Wolf River Regional Medical Center",
        ],
        ehr_systems=["Cerner", "Epic", "MEDITECH"],
        agencies=["TrueNorth Clinical Staffing", "Bluewater Travel Nursing"],
        clinical_sites=[],
        notes="Name printed ALL CAPS. Agencies not employers. Leave Aug 2022-Jan 2023 excluded. PCU -> Step-down.",
    )
)

P.append(
    dict(
        file="q03.pdf",
        format="pdf",
        layout="inkscape-svg-sidebar",
        doc="""
N: Sven Åkerlund-Hayes, PT, DPT, OCS
P: Physical therapist — outpatient orthopedics & sports
H: Experience
J: Physical Therapist — Treasure Valley Sports & Spine, Boise | 08/2019 – present
B: Outpatient orthopedics caseload of 12–14 visits/day: post-op ACL, rotator cuff, spine.
B: Clinical instructor for Idaho State University DPT students.
J: Physical Therapist — Snake River Rehab Hospital, Nampa | 07/2017 – 07/2019
B: Acute inpatient rehab: stroke, SCI, amputee and ortho trauma programs.
H: Education
P: Doctor of Physical Therapy — University of Utah, 2017
P: B.S. Exercise Science — Boise State University, 2014
==SIDE==
H: Contact
P: 77 W Hays St, Boise, ID 83702
P: 208-555-0113
P: sven.akerlund@example.org
H: License
P: Idaho PT License PT-8812, exp 06/30/2027
H: Certifications
P: Orthopaedic Clinical Specialist (OCS), ABPTS, valid through 2031
P: CPR/BLS — American Red Cross, exp 09/2027
P: Dry needling (Level 2)
H: Software
P: WebPT, Epic
""",
        name="Sven Åkerlund-Hayes",
        email="sven.akerlund@example.org",
        phone="208-555-0113",
        location="Boise, ID",
        discipline="PT",
        specialties=["Outpatient", "Inpatient Rehab"],
        licenses=[L("ID", "PT", "PT-8812", None, "2027-06")],
        certifications=[
            C("OCS", "ABPTS"),
            C("BLS", "American Red Cross", "2027-09"),
            C("Dry needling", None),
        ],
        spans=[("2017-07", "now")],
        education=[
            E("Doctor of Physical Therapy", "University of Utah"),
            E("B.S. Exercise Science", "Boise State University"),
        ],
        employers=["Treasure Valley Sports & Spine", "Snake River Rehab Hospital"],
        ehr_systems=["WebPT", "Epic"],
        agencies=[],
        clinical_sites=[],
        notes="OCS 'valid through 2031' has no month -> expires null. 'Acute inpatient rehab' -> Inpatient Rehab; 'Outpatient orthopedics' -> Outpatient.",
    )
)

P.append(
    dict(
        file="q04.pdf",
        format="pdf",
        layout="matplotlib-figure-page",
        doc="""
T: CURRICULUM VITAE
N: Nguyen Thi Lan, PharmD, BCPS
C: Aurora, Colorado  •  (303) 555-0178  •  lan.nguyen.pharmd@example.com
H: Professional Experience
J: Clinical Pharmacist, Internal Medicine & Critical Care | July 2019 – Now
P: Front Range University Hospital, Aurora, CO
B: Pharmacokinetic dosing (vancomycin, aminoglycosides); anticoagulation stewardship.
B: Code blue and rapid response pharmacist; ICU rounding two days a week.
J: PGY1 Pharmacy Resident | July 2018 – June 2019
P: Front Range University Hospital, Aurora, CO
J: Pharmacy Intern | 2015 – 2018
P: Mile High Drug, Denver, CO
H: Licensure
P: Colorado Pharmacist License No. PHA.0023871 — expires 10/31/2027
H: Board Certification & Training
B: BCPS — Board of Pharmacy Specialties, recertification due 12/2029
B: BLS and ACLS, American Heart Association, exp. March 2027
H: Education
P: Doctor of Pharmacy (PharmD), University of Colorado Anschutz Medical Campus, 2018
H: Systems
P: Epic (Willow Inpatient), Omnicell, Pyxis
""",
        name="Nguyen Thi Lan",
        email="lan.nguyen.pharmd@example.com",
        phone="(303) 555-0178",
        location="Aurora, CO",
        discipline="Pharmacist",
        specialties=["Inpatient", "ICU"],
        licenses=[L("CO", "Pharmacist", "PHA.0023871", None, "2027-10")],
        certifications=[
            C("BCPS", "Board of Pharmacy Specialties", "2029-12"),
            C("BLS", "American Heart Association", "2027-03"),
            C("ACLS", "American Heart Association", "2027-03"),
        ],
        spans=[("2018-07", "now")],
        education=[
            E("Doctor of Pharmacy (PharmD)", "University of Colorado Anschutz Medical Campus")
        ],
        employers=["Front Range University Hospital", "Mile High Drug"],
        ehr_systems=["Epic"],
        agencies=[],
        clinical_sites=[],
        notes="Vietnamese name order kept as printed. Title line CURRICULUM VITAE first. PGY1 counted, intern excluded. Omnicell/Pyxis are dispensing cabinets, not EHRs. Job title 'Internal Medicine & Critical Care' + ICU rounding -> ICU with Inpatient (judgement).",
    )
)

P.append(
    dict(
        file="q05.pdf",
        format="pdf",
        layout="enscript-ps2pdf-plain",
        doc="""
N: MARY BETH O'CONNOR-REYES, LVN
C: 2290 W Shaw Ave Apt 14
C: Fresno, CA 93711
C: Cell 559-555-0129   Email mb.oconnorreyes@example.com
H: OBJECTIVE
P: Licensed Vocational Nurse seeking a charge nurse role in skilled nursing or home health.
H: WORK HISTORY
J: 2/2019 - present   Charge LVN, Sierra Oaks Skilled Nursing & Rehabilitation, Fresno
B: 30-bed skilled nursing hall: med pass, wound care, G-tube feedings, admissions.
J: 2021 - 2023        Home Health LVN (PRN, weekends), Valley Home Care Partners, Clovis
B: Wound vac changes and IV antibiotics in the home alongside the Sierra Oaks job.
J: 2016 - 2018        Certified Nursing Assistant, Sierra Oaks Skilled Nursing & Rehabilitation
H: LICENSE
P: California LVN, license no. VN 276104, expires 09/30/2027
H: CERTIFICATIONS
B: BLS for Healthcare Providers (AHA), expires 01/2027
B: IV Therapy & Blood Withdrawal certification (BVNPT approved)
H: EDUCATION
P: Vocational Nursing Certificate, Fresno City College, 2018
H: COMPUTER
P: PointClickCare, MatrixCare, Microsoft Office
""",
        name="Mary Beth O'Connor-Reyes",
        email="mb.oconnorreyes@example.com",
        phone="559-555-0129",
        location="Fresno, CA",
        discipline="LPN",
        specialties=["SNF", "Home Health"],
        licenses=[L("CA", "LVN", "VN 276104", None, "2027-09")],
        certifications=[C("BLS", "AHA", "2027-01"), C("IV Therapy & Blood Withdrawal", "BVNPT")],
        spans=[("2019-02", "now")],
        education=[E("Vocational Nursing Certificate", "Fresno City College")],
        employers=["Sierra Oaks Skilled Nursing & Rehabilitation", "Valley Home Care Partners"],
        ehr_systems=["PointClickCare", "MatrixCare"],
        agencies=[],
        clinical_sites=[],
        notes="Name in caps with LVN. PRN home health 2021-2023 overlaps the staff job (counted once). CNA excluded.",
    )
)

P.append(
    dict(
        file="q06.pdf",
        format="pdf",
        layout="handwritten-postscript-ghostscript",
        doc="""
N: Oluwaseun A. Bankole, RRT
C: 3105 N Charles St, Baltimore, MD 21218
C: (410) 555-0191  /  seun.bankole@example.net
H: Experience
J: Respiratory Therapist III — Chesapeake Harbor Medical Center | Jun 2015 – Present
B: Adult ICU and Emergency Department coverage; ventilator management, ECMO circuit checks.
B: Lead therapist for the rapid response team; teaches ABG interpretation.
J: Respiratory Therapist (PRN) — Patapsco Children's Hospital | 2020 – 2023
B: NICU and PICU shifts: high-frequency oscillation, nitric oxide, neonatal transports.
H: License
P: Maryland Respiratory Care Practitioner, RC-0039918, exp. 05/2027
H: Credentials
P: RRT (NBRC); ACLS and PALS (American Heart Association), both to 08/2027; NRP (AAP) through 02/2027
H: Education
P: A.A.S. Respiratory Care, Community College of Baltimore County, 2015
H: Systems
P: Epic, Cerner
""",
        name="Oluwaseun A. Bankole",
        email="seun.bankole@example.net",
        phone="(410) 555-0191",
        location="Baltimore, MD",
        discipline="RT",
        specialties=["ICU", "ER", "NICU", "PICU"],
        licenses=[L("MD", "Respiratory Care Practitioner", "RC-0039918", None, "2027-05")],
        certifications=[
            C("RRT", "NBRC"),
            C("ACLS", "American Heart Association", "2027-08"),
            C("PALS", "American Heart Association", "2027-08"),
            C("NRP", "AAP", "2027-02"),
        ],
        spans=[("2015-06", "now")],
        education=[E("A.A.S. Respiratory Care", "Community College of Baltimore County")],
        employers=["Chesapeake Harbor Medical Center", "Patapsco Children's Hospital"],
        ehr_systems=["Epic", "Cerner"],
        agencies=[],
        clinical_sites=[],
        notes="PRN children's job 2020-2023 concurrent, counted once.",
    )
)

P.append(
    dict(
        file="q07.pdf",
        format="pdf",
        layout="pdflatex-moderncv-classic",
        doc="""
N: Keiko Yamamoto-Bell
P: M.S., CCC-SLP
C: 1520 SE Belmont St, Portland, OR 97214
C: 503-555-0104
C: keiko.yb@example.com
H: Experience
J: 09/2020--present | Speech-Language Pathologist, Willamette Valley Medical Center, Salem, OR
B: Acute care: bedside swallow evaluations, MBSS, aphasia and cognitive-communication.
J: 08/2018--08/2020 | Speech-Language Pathologist (Clinical Fellow 2018--2019), Rose City Pediatric Therapy, Portland
B: Outpatient pediatrics: articulation, AAC, feeding therapy.
H: Licenses
R: Oregon | Speech-Language Pathologist | 21-0377 | exp. 12/2027
R: Washington | Speech-Language Pathologist | LL 60904117 | exp. 08/2027
H: Certifications
R: CCC-SLP | American Speech-Language-Hearing Association (ASHA)
R: BLS | American Heart Association, expires 10/2027
H: Education
R: 2018 | M.S. Speech-Language Pathology, Portland State University
R: 2015 | B.A. Linguistics, University of Oregon
H: Documentation
P: Epic, eClinicalWorks
""",
        name="Keiko Yamamoto-Bell",
        email="keiko.yb@example.com",
        phone="503-555-0104",
        location="Portland, OR",
        discipline="SLP",
        specialties=["Acute Care", "Outpatient", "Pediatrics"],
        licenses=[
            L("OR", "Speech-Language Pathologist", "21-0377", None, "2027-12"),
            L("WA", "Speech-Language Pathologist", "LL 60904117", None, "2027-08"),
        ],
        certifications=[C("CCC-SLP", "ASHA"), C("BLS", "American Heart Association", "2027-10")],
        spans=[("2018-08", "now")],
        education=[
            E("M.S. Speech-Language Pathology", "Portland State University"),
            E("B.A. Linguistics", "University of Oregon"),
        ],
        employers=["Willamette Valley Medical Center", "Rose City Pediatric Therapy"],
        ehr_systems=["Epic", "eClinicalWorks"],
        agencies=[],
        clinical_sites=[],
        notes="Credentials on a second line under the name (moderncv title). Clinical fellowship counted.",
    )
)

P.append(
    dict(
        file="q08.pdf",
        format="pdf",
        layout="pdflatex-tabularx-two-column",
        doc="""
N: Aaliyah N. Washington-Pierce, BSN, RN
C: Atlanta, GA 30318 | 404-555-0155 | aaliyah.wp@example.com
H: Profile
P: New graduate registered nurse (May 2026) seeking a nurse residency in medical-surgical or pediatric nursing.
H: Licensure
R: Georgia | Registered Nurse | RN320044 | Multistate | exp. 01/31/2028
H: Clinical Rotations
R: Spring 2026 | Preceptorship, Med-Surg (144 hrs) | Piedmont Ridge Medical Center
R: Fall 2025 | Pediatrics | Buckhead Children's Hospital
R: Spring 2025 | Maternal-Newborn | Chattahoochee Women's Center
R: Fall 2024 | Behavioral Health | Peachtree Behavioral Institute
H: Work Experience
R: 2023 -- 2026 | Patient Care Assistant (part-time) | Westside Atlanta Medical Center
H: Education
R: May 2026 | Bachelor of Science in Nursing, magna cum laude | Georgia State University
H: Certifications
R: BLS | American Heart Association | exp. 05/2028
H: Computer
R: Epic (student access)
""",
        name="Aaliyah N. Washington-Pierce",
        email="aaliyah.wp@example.com",
        phone="404-555-0155",
        location="Atlanta, GA",
        discipline="RN",
        specialties=[],
        licenses=[L("GA", "RN", "RN320044", True, "2028-01")],
        certifications=[C("BLS", "American Heart Association", "2028-05")],
        spans=[],
        education=[E("Bachelor of Science in Nursing", "Georgia State University")],
        employers=["Westside Atlanta Medical Center"],
        ehr_systems=["Epic"],
        agencies=[],
        clinical_sites=[
            "Piedmont Ridge Medical Center",
            "Buckhead Children's Hospital",
            "Chattahoochee Women's Center",
            "Peachtree Behavioral Institute",
        ],
        notes="New grad: years null, specialties [] (rotations are clinical_sites). PCA job pre-licence but its employer is listed.",
    )
)

P.append(
    dict(
        file="q09.pdf",
        format="pdf",
        layout="pdflatex-article-description-two-page",
        doc="""
N: Patricia A. Kowalczyk, MSN, RN, CEN
C: 2214 Robinwood Ave, Toledo, OH 43606 -- 419-555-0120 -- pkowalczyk@example.org
H: Summary
P: Emergency nurse for more than 28 years: Level I trauma, charge, flight-team liaison and ED educator.
H: Employment
J: Lakefront Urgent & Emergency Center, Toledo, OH | Sept. 2019 to present
P: Clinical Nurse Educator / Staff RN, freestanding Emergency Department.
J: St. Casimir Regional Hospital, Toledo, OH | Jan. 2010 to Aug. 2019
P: ED Charge Nurse, 58-bed Level I trauma center; stroke and STEMI coordinator.
J: Maumee Bay Medical Center, Oregon, OH | June 1998 to Dec. 2009
P: Staff RN, Emergency Department; member of the sexual assault nurse team.
J: Maumee Bay Medical Center, Oregon, OH | June 1996 to May 1998
P: Staff RN, Medical-Surgical (orthopedic floor).
H: Licensure
B: Ohio Registered Nurse, No. RN.187722 -- multistate (NLC), renewal 10/31/2027
B: Michigan Registered Nurse, No. 4704112233 -- single state, expires 03/31/2027
H: Certifications
B: Certified Emergency Nurse (CEN), BCEN -- expires June 2028
B: Trauma Nursing Core Course (TNCC), ENA -- expires November 2027
B: ACLS, PALS, BLS -- American Heart Association -- expire April 2027
H: Education
B: Master of Science in Nursing (Nursing Education), The University of Toledo, 2012
B: Associate Degree in Nursing, Owens Community College, 1996
H: Systems
P: MEDITECH, Cerner, Epic
H: Professional Activities
P: Emergency Nurses Association, Ohio chapter treasurer (2016--2020); disaster drill planning committee.
""",
        name="Patricia A. Kowalczyk",
        email="pkowalczyk@example.org",
        phone="419-555-0120",
        location="Toledo, OH",
        discipline="RN",
        specialties=["ER", "Med-Surg"],
        licenses=[
            L("OH", "RN", "RN.187722", True, "2027-10"),
            L("MI", "RN", "4704112233", False, "2027-03"),
        ],
        certifications=[
            C("CEN", "BCEN", "2028-06"),
            C("TNCC", "ENA", "2027-11"),
            C("ACLS", "American Heart Association", "2027-04"),
            C("PALS", "American Heart Association", "2027-04"),
            C("BLS", "American Heart Association", "2027-04"),
        ],
        spans=[("1996-06", "now")],
        education=[
            E("Master of Science in Nursing", "The University of Toledo"),
            E("Associate Degree in Nursing", "Owens Community College"),
        ],
        employers=[
            "Lakefront Urgent & Emergency Center",
            "St. Casimir Regional Hospital",
            "Maumee Bay Medical Center",
        ],
        ehr_systems=["MEDITECH", "Cerner", "Epic"],
        agencies=[],
        clinical_sites=[],
        notes="30+ year career (1996-06 onward). Employer before title in each job. Level I trauma -> ER.",
    )
)

P.append(
    dict(
        file="q10.docx",
        format="docx",
        layout="gdocs-like-table-layout-bold-runs",
        doc="""
N: Siobhán M. Gallagher
C: Jamaica Plain, Boston, MA 02130 · 617-555-0183 · siobhan.gallagher@example.com
H: EXPERIENCE
J: Back Bay Women's & Infants Hospital — Labor & Delivery RN | April 2019 – current
B: High-risk antepartum, inductions, epidural management, circulating for C-sections.
J: Merrimack Valley Medical Center — Mother-Baby RN | Sept 2016 – March 2019
B: Couplet care for 4–5 dyads; lactation support; newborn hearing screens.
H: LICENSES
R: New Hampshire | RN | 097723-21 | Multistate (compact) | exp 03/2028
R: Massachusetts | RN | RN2347719 | MA is not a compact state | exp 10/2027
H: CERTIFICATIONS
B: RNC-OB (National Certification Corporation) — valid until May 2029
B: NRP (American Academy of Pediatrics) — exp 03/2027
B: BLS (AHA) — exp 07/2027
H: EDUCATION
P: BSN — University of Massachusetts Boston, 2016
H: EHR
P: Epic (Stork), Cerner
""",
        name="Siobhán M. Gallagher",
        email="siobhan.gallagher@example.com",
        phone="617-555-0183",
        location="Boston, MA",
        discipline="RN",
        specialties=["L&D", "Postpartum"],
        licenses=[
            L("NH", "RN", "097723-21", True, "2028-03"),
            L("MA", "RN", "RN2347719", False, "2027-10"),
        ],
        certifications=[
            C("RNC-OB", "National Certification Corporation", "2029-05"),
            C("NRP", "American Academy of Pediatrics", "2027-03"),
            C("BLS", "AHA", "2027-07"),
        ],
        spans=[("2016-09", "now")],
        education=[E("BSN", "University of Massachusetts Boston")],
        employers=["Back Bay Women's & Infants Hospital", "Merrimack Valley Medical Center"],
        ehr_systems=["Epic", "Cerner"],
        agencies=[],
        clinical_sites=[],
        notes="Mother-Baby -> Postpartum. MA licence on a page with a compact NH licence -> compact false.",
    )
)

P.append(
    dict(
        file="q11.docx",
        format="docx",
        layout="docx-footer-contact-footnotes",
        doc="""
N: Rafael de la Cruz Ibáñez, OTR/L
P: Occupational Therapist
H: Experience
J: Occupational Therapist II, Sandia Crest Rehabilitation Hospital | Aug 2018 – present
B: Acute inpatient rehab: CVA, TBI, SCI; ADL retraining, splinting, family training.
J: School-Based OT (contract), Rio Grande Unified Schools | Aug 2016 – Jun 2018
B: Contract through KidsFirst Therapy Staffing; K–8 caseload of 45 students, IEP goals.
H: Licensure
P: New Mexico Occupational Therapist, license OT-4471 (see note)
H: Certifications
P: OTR (NBCOT); BLS (AHA), exp 02/2027
H: Education
P: Master of Occupational Therapy, University of New Mexico, 2016
H: Documentation
P: Cerner PowerChart
""",
        name="Rafael de la Cruz Ibáñez",
        email="rdelacruz.ot@example.net",
        phone="(505) 555-0138",
        location="Albuquerque, NM",
        discipline="OT",
        specialties=["Inpatient Rehab", "Schools"],
        licenses=[L("NM", "OT", "OT-4471", None, "2027-07")],
        certifications=[C("OTR", "NBCOT"), C("BLS", "AHA", "2027-02")],
        spans=[("2016-08", "2018-06"), ("2018-08", "now")],
        education=[E("Master of Occupational Therapy", "University of New Mexico")],
        employers=["Sandia Crest Rehabilitation Hospital", "Rio Grande Unified Schools"],
        ehr_systems=["Cerner"],
        agencies=["KidsFirst Therapy Staffing"],
        clinical_sites=[],
        footer="Rafael de la Cruz Ibáñez · 1204 Girard Blvd NE, Albuquerque, NM 87106 · (505) 555-0138 · rdelacruz.ot@example.net",
        footnote="License OT-4471 renewed 07/2025; expires 07/31/2027.",
        notes="Contact only in the page FOOTER; licence expiry only in a FOOTNOTE. Agency not employer. Jul 2018 gap.",
    )
)

P.append(
    dict(
        file="q12.docx",
        format="docx",
        layout="abiword-html-docx",
        doc="""
N: Jamal K. Osei-Bonsu, PTA
C: 640 Euclid Ave, Lexington, KY 40502
C: 859-555-0172 | jamal.oseibonsu@example.com
H: Work Experience
J: Physical Therapist Assistant — Bluegrass Manor Skilled Nursing | March 2020 – present
B: Skilled nursing and long-term residents: gait training, fall prevention, Part A/B treatment.
J: PTA (PRN) — Kentucky River Home Health | 2022 – 2024
B: Home visits after joint replacement; documentation in Homecare Homebase.
H: License
P: Kentucky Physical Therapist Assistant, A-12093, expires 03/31/2027
H: Certification
P: BLS/CPR, American Red Cross — exp 06/2027
H: Education
P: A.A.S. Physical Therapist Assistant — Bluegrass Community and Technical College, 2019
H: Software
P: PointClickCare, Homecare Homebase
""",
        name="Jamal K. Osei-Bonsu",
        email="jamal.oseibonsu@example.com",
        phone="859-555-0172",
        location="Lexington, KY",
        discipline="PTA",
        specialties=["SNF", "Home Health"],
        licenses=[L("KY", "PTA", "A-12093", None, "2027-03")],
        certifications=[C("BLS", "American Red Cross", "2027-06")],
        spans=[("2020-03", "now")],
        education=[
            E("A.A.S. Physical Therapist Assistant", "Bluegrass Community and Technical College")
        ],
        employers=["Bluegrass Manor Skilled Nursing", "Kentucky River Home Health"],
        ehr_systems=["PointClickCare", "Homecare Homebase"],
        agencies=[],
        clinical_sites=[],
        notes="PRN home health concurrent, counted once. 'Skilled nursing and long-term residents' read as SNF only (the facility is a skilled nursing facility).",
    )
)

P.append(
    dict(
        file="q13.docx",
        format="docx",
        layout="docx-two-section-columns-date-column",
        doc="""
N: Wei-Ling Chen
P: Registered Nurse · Oncology / Bone Marrow Transplant
C: Seattle, WA 98122
C: weiling.chen.rn@example.org
C: +1 206 555 0117
H: Experience
R: 2018 – Present | Puget Sound Cancer Institute | RN III, Inpatient Oncology/BMT — chemotherapy, CAR-T, neutropenic care
R: 2015 – 2018 | Cascade Summit Hospital | RN, Medical-Surgical — 6:1 adult med-surg, floated to oncology
H: License
P: Washington State RN, RN60829931, exp 07/2027
H: Certifications
B: OCN — Oncology Nursing Certification Corporation, expires 12/2028
B: ONS Chemotherapy Immunotherapy Certificate — renew 04/2027
B: BLS — American Heart Association — 09/2027
H: Education
P: Bachelor of Science in Nursing, Seattle University (2015)
H: Systems
P: Epic (Beacon)
""",
        name="Wei-Ling Chen",
        email="weiling.chen.rn@example.org",
        phone="+1 206 555 0117",
        location="Seattle, WA",
        discipline="RN",
        specialties=["Oncology", "Med-Surg"],
        licenses=[L("WA", "RN", "RN60829931", None, "2027-07")],
        certifications=[
            C("OCN", "Oncology Nursing Certification Corporation", "2028-12"),
            C("ONS Chemotherapy Immunotherapy Certificate", "ONS", "2027-04"),
            C("BLS", "American Heart Association", "2027-09"),
        ],
        spans=[("2015-01", "now")],
        education=[E("Bachelor of Science in Nursing", "Seattle University")],
        employers=["Puget Sound Cancer Institute", "Cascade Summit Hospital"],
        ehr_systems=["Epic"],
        agencies=[],
        clinical_sites=[],
        notes="Years from bare years 2015-Present (Jan 2015 assumed, ~12). Phone in +1 spaced form.",
    )
)

P.append(
    dict(
        file="q14.docx",
        format="docx",
        layout="abiword-rtf-docx",
        doc="""
N: Tomás Eduardo Villanueva, R.T.(R)(CT)(ARRT)
C: 3340 E Speedway Blvd, Tucson, AZ 85719  ·  520-555-0166  ·  tomas.villanueva@example.com
H: Summary
P: CT and radiography technologist; trauma CT, CTA, cardiac scoring and portable radiography.
H: Experience
J: CT Technologist — Saguaro Valley Medical Center | 11/2019 – present
B: Computed tomography for a Level II trauma center; contrast injection and protocol building.
J: Radiologic Technologist — Catalina Imaging Associates | 07/2016 – 10/2019
B: General radiography, fluoroscopy assist, outpatient X-ray.
H: License & Registry
P: Arizona Certified Radiologic Technologist, license CRT-33107, exp 12/2027
P: ARRT (R)(CT) registry no. 581204, current
P: BLS (American Heart Association) exp 09/2027
H: Education
P: A.A.S. Radiologic Technology — Pima Community College, 2016
H: Systems
P: Cerner, PowerScribe 360, GE PACS
""",
        name="Tomás Eduardo Villanueva",
        email="tomas.villanueva@example.com",
        phone="520-555-0166",
        location="Tucson, AZ",
        discipline="other-allied",
        specialties=["CT", "X-ray"],
        licenses=[L("AZ", "Radiologic Technologist", "CRT-33107", None, "2027-12")],
        certifications=[
            C("ARRT (R)(CT)", "ARRT"),
            C("BLS", "American Heart Association", "2027-09"),
        ],
        spans=[("2016-07", "now")],
        education=[E("A.A.S. Radiologic Technology", "Pima Community College")],
        employers=["Saguaro Valley Medical Center", "Catalina Imaging Associates"],
        ehr_systems=["Cerner"],
        agencies=[],
        clinical_sites=[],
        notes="PowerScribe and PACS are not EHRs. ARRT registry number is not a state licence.",
    )
)

P.append(
    dict(
        file="q15.docx",
        format="docx",
        layout="docx-numbered-list-caps-run-headings",
        doc="""
T: RESUME
N: Jean-Baptiste Lefèvre, BSN, RN, PMH-BC
C: Burlington, Vermont · jb.lefevre@example.net · (802) 555-0108
H: Clinical Experience
J: Green Mountain Behavioral Health Center — Staff RN, Adult Inpatient Psychiatry | Since 2017
B: 24-bed acute adult psych unit: de-escalation, seclusion/restraint monitoring, ECT recovery.
J: Champlain Valley Medical Center — Staff RN, Medical-Surgical | 8/2014 – 12/2016
B: 30-bed med-surg floor; floated to the ICU twice during COVID-era staffing (not a home unit).
H: Licence
P: Vermont RN, No. 026.0034917, Multistate, valid through 03/2028
H: Certifications
B: PMH-BC, Psychiatric-Mental Health Nursing (ANCC), exp 01/2029
B: BLS (AHA), exp 10/2027
B: CPI Nonviolent Crisis Intervention
H: Education
P: B.S. Nursing, University of Vermont, 2014
H: EHR
P: Epic, Cerner
""",
        name="Jean-Baptiste Lefèvre",
        email="jb.lefevre@example.net",
        phone="(802) 555-0108",
        location="Burlington, VT",
        discipline="RN",
        specialties=["Psych", "Med-Surg"],
        licenses=[L("VT", "RN", "026.0034917", True, "2028-03")],
        certifications=[
            C("PMH-BC", "ANCC", "2029-01"),
            C("BLS", "AHA", "2027-10"),
            C("CPI Nonviolent Crisis Intervention", "CPI"),
        ],
        spans=[("2014-08", "2016-12"), ("2017-01", "now")],
        education=[E("B.S. Nursing", "University of Vermont")],
        employers=["Green Mountain Behavioral Health Center", "Champlain Valley Medical Center"],
        ehr_systems=["Epic", "Cerner"],
        agencies=[],
        clinical_sites=[],
        notes="'RESUME' title first. 'Since 2017' read as Jan 2017. 'Floated to the ICU twice' is NOT a specialty. Location 'City, State' spelt out.",
    )
)
