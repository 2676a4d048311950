"""People q16-q30 (fictional; schools real)."""

from model import C, E, L

P = []

P.append(
    dict(
        file="q16.rtf",
        format="rtf",
        layout="abiword-html-rtf",
        doc="""
N: Brianna Lee-Ann Foster, COTA/L
C: 1819 Beaver Ave, Des Moines, IA 50310 — 515-555-0150 — brianna.foster.cota@example.com
H: Experience
J: Certified Occupational Therapy Assistant | Prairie Meadows Senior Living & Rehab | May 2021 – Present
B: Skilled nursing rehab hall: ADL training, energy conservation, dementia programming.
J: COTA (PRN weekends) | Raccoon River Home Health | 2023 – Present
B: Home safety and bathroom equipment set-ups under the supervising OT.
H: License
P: Iowa Occupational Therapy Assistant license #OTA-0988, expires 07/15/2027
H: Certifications
P: COTA (NBCOT) · BLS (American Heart Association), exp 11/2027
H: Education
P: A.A.S. Occupational Therapy Assistant, Kirkwood Community College, 2021
H: Systems
P: PointClickCare, WellSky
""",
        name="Brianna Lee-Ann Foster",
        email="brianna.foster.cota@example.com",
        phone="515-555-0150",
        location="Des Moines, IA",
        discipline="COTA",
        specialties=["SNF", "Home Health"],
        licenses=[L("IA", "COTA", "OTA-0988", None, "2027-07")],
        certifications=[C("COTA", "NBCOT"), C("BLS", "American Heart Association", "2027-11")],
        spans=[("2021-05", "now")],
        education=[E("A.A.S. Occupational Therapy Assistant", "Kirkwood Community College")],
        employers=["Prairie Meadows Senior Living & Rehab", "Raccoon River Home Health"],
        ehr_systems=["PointClickCare", "WellSky"],
        agencies=[],
        clinical_sites=[],
        notes="'Occupational Therapy Assistant' licence -> type COTA.",
    )
)

P.append(
    dict(
        file="q17.txt",
        format="txt",
        layout="txt-underlined-headings",
        doc="""
N: Ahmed R. Haddad, PharmD, RPh
C: 5120 Schaefer Rd, Dearborn, MI 48126
C: Phone: 313-555-0189
C: E-mail: ahmed.haddad.rph@example.com
H: EXPERIENCE
J: Pharmacist-in-Charge, Lakeside Community Pharmacy, Dearborn, MI | 04/2016 - present
B: Independent community pharmacy, 350 Rx/day; immunizations, MTM, compounding.
J: Staff Pharmacist, MedPlus Drugstores, Detroit, MI | 07/2012 - 03/2016
B: Retail pharmacy, floater across six stores.
J: Pharmacy Intern, MedPlus Drugstores | 2009 - 2012
H: LICENSE
P: Michigan Pharmacist License 5302049118, exp. 06/30/2027
H: CERTIFICATES
B: APhA Pharmacy-Based Immunization Delivery
B: BLS (American Heart Association) -- exp. 02/2027
H: EDUCATION
P: Doctor of Pharmacy, Wayne State University, 2012
""",
        name="Ahmed R. Haddad",
        email="ahmed.haddad.rph@example.com",
        phone="313-555-0189",
        location="Dearborn, MI",
        discipline="Pharmacist",
        specialties=["Retail"],
        licenses=[L("MI", "Pharmacist", "5302049118", None, "2027-06")],
        certifications=[
            C("APhA Pharmacy-Based Immunization Delivery", "APhA"),
            C("BLS", "American Heart Association", "2027-02"),
        ],
        spans=[("2012-07", "now")],
        education=[E("Doctor of Pharmacy", "Wayne State University")],
        employers=["Lakeside Community Pharmacy", "MedPlus Drugstores"],
        ehr_systems=[],
        agencies=[],
        clinical_sites=[],
        notes="No EHR named. Intern years excluded. Community pharmacy -> Retail.",
    )
)

P.append(
    dict(
        file="q18.txt",
        format="txt",
        layout="txt-email-body-utf8",
        doc="""
P: Hi — pasting my résumé below as requested by the recruiter. Thanks!
N: Zoë Ann Marchetti, BSN, RNC-NIC
C: zoe.marchetti@example.com / cell (813) 555-0124
H: WHAT I DO
P: Level III/IV NICU nurse: micro-preemies, CPAP/HFOV, cooling, surgical neonates. Open to travel.
H: WORK
J: Sunshine Coast Neonatal Center, Sarasota FL — NICU staff RN | Dec 2025 – Now
J: Bayou City Children's Hospital, Houston TX — NICU travel RN | Jan – Apr 2025
J: Hudson Valley Women's & Children's, Poughkeepsie NY — NICU travel RN | 13-week contract, Aug–Nov 2024
P: (both travel contracts through Horizon MedPro Travel)
J: Career break (caring for family) | 2023 – mid-2024
J: Gulf Breeze Children's Hospital, Tampa FL — Level III NICU | 3/17–12/22
H: LICENSES
B: Florida RN — RN9482217 — compact/multistate — exp 07/2028
B: New York RN — 789001 — single-state — exp 11/2027
H: CERTS
B: RNC-NIC (NCC), exp 09/2028
B: NRP (AAP), exp 05/2027
B: BLS (AHA), exp 05/2027
H: SCHOOL
P: BSN, University of South Florida (2016)
H: CHARTING
P: Epic, Cerner
""",
        name="Zoë Ann Marchetti",
        email="zoe.marchetti@example.com",
        phone="(813) 555-0124",
        location=None,
        discipline="RN",
        specialties=["NICU"],
        licenses=[
            L("FL", "RN", "RN9482217", True, "2028-07"),
            L("NY", "RN", "789001", False, "2027-11"),
        ],
        certifications=[
            C("RNC-NIC", "NCC", "2028-09"),
            C("NRP", "AAP", "2027-05"),
            C("BLS", "AHA", "2027-05"),
        ],
        spans=[
            ("2017-03", "2022-12"),
            ("2024-08", "2024-11"),
            ("2025-01", "2025-04"),
            ("2025-12", "now"),
        ],
        education=[E("BSN", "University of South Florida")],
        employers=[
            "Sunshine Coast Neonatal Center",
            "Bayou City Children's Hospital",
            "Hudson Valley Women's & Children's",
            "Gulf Breeze Children's Hospital",
        ],
        ehr_systems=["Epic", "Cerner"],
        agencies=["Horizon MedPro Travel"],
        clinical_sites=[],
        notes="NO HOME ADDRESS (employer cities do not count) -> location null. Objective-ish line before the name. Gaps excluded.",
    )
)

P.append(
    dict(
        file="q19.txt",
        format="txt",
        layout="txt-fixed-width-columns",
        doc="""
N: LAKISHA M. DUPREE, LPN
C: 1447 Northside Dr, Jackson, MS 39206   601-555-0143   lakisha.dupree@example.net
H: EMPLOYMENT
R: FROM     TO       EMPLOYER                          POSITION / UNIT
R: 05/2019  PRESENT  Magnolia Kidney Care               Dialysis LPN, outpatient hemodialysis
R: 06/2015  04/2019  Pearl River Nursing & Rehab        Charge LPN, long-term care
H: LICENSE
R: STATE        TYPE   NUMBER     COMPACT      EXPIRES
R: Mississippi  LPN    P-339201   Multistate   12/31/2027
H: CERTIFICATIONS
R: CCHT   Certified Clinical Hemodialysis Technician (NNCC)   exp 04/2028
R: BLS    American Heart Association                          exp 08/2027
H: EDUCATION
R: Practical Nursing Diploma - Hinds Community College - 2015
H: SYSTEMS
R: eClinicalWorks, MatrixCare
""",
        name="Lakisha M. Dupree",
        email="lakisha.dupree@example.net",
        phone="601-555-0143",
        location="Jackson, MS",
        discipline="LPN",
        specialties=["Dialysis", "LTC"],
        licenses=[L("MS", "LPN", "P-339201", True, "2027-12")],
        certifications=[
            C("CCHT", "NNCC", "2028-04"),
            C("BLS", "American Heart Association", "2027-08"),
        ],
        spans=[("2015-06", "2019-04"), ("2019-05", "now")],
        education=[E("Practical Nursing Diploma", "Hinds Community College")],
        employers=["Magnolia Kidney Care", "Pearl River Nursing & Rehab"],
        ehr_systems=["eClinicalWorks", "MatrixCare"],
        agencies=[],
        clinical_sites=[],
        notes="Fixed-width columns; name all caps.",
    )
)

P.append(
    dict(
        file="q20.jpg",
        format="photo",
        layout="photo-laptop-screen-moire",
        doc="""
N: KATHERINE ELISE VAN DER BERG, RN, CEN
C: Omaha, NE 68106 · (402) 555-0135 · kvanderberg@example.com
H: EXPERIENCE
J: Heartland Level I Trauma Center — Emergency Department RN | 2018 – present
B: Trauma bay primary nurse; triage; pediatric ED overflow.
J: Platte Valley Hospital — Medical-Surgical RN | May 2016 – Dec 2017
B: 6:1 adult med-surg; post-op orthopedics.
H: LICENSE
P: Nebraska RN #112903 · Multistate · exp 10/2027
H: CERTIFICATIONS
P: CEN (BCEN) exp 03/2028 · TNCC (ENA) exp 09/2027
P: ACLS · PALS · BLS (AHA) exp 01/2027
H: EDUCATION
P: BSN, Creighton University, 2016
H: EMR
P: Epic
""",
        name="Katherine Elise Van Der Berg",
        email="kvanderberg@example.com",
        phone="(402) 555-0135",
        location="Omaha, NE",
        discipline="RN",
        specialties=["ER", "Med-Surg"],
        licenses=[L("NE", "RN", "112903", True, "2027-10")],
        certifications=[
            C("CEN", "BCEN", "2028-03"),
            C("TNCC", "ENA", "2027-09"),
            C("ACLS", "AHA", "2027-01"),
            C("PALS", "AHA", "2027-01"),
            C("BLS", "AHA", "2027-01"),
        ],
        spans=[("2016-05", "now")],
        education=[E("BSN", "Creighton University")],
        employers=["Heartland Level I Trauma Center", "Platte Valley Hospital"],
        ehr_systems=["Epic"],
        agencies=[],
        clinical_sites=[],
        notes="Name ALL CAPS with particles; 'ACLS · PALS · BLS (AHA) exp 01/2027' read as one expiry for all three.",
    )
)

P.append(
    dict(
        file="q21.jpg",
        format="photo",
        layout="photo-folded-crumpled-page",
        doc="""
N: Hannah Rose Bergström, MS, OTR/L
C: 2715 Bryant Ave S, Minneapolis, MN 55408
C: 612-555-0196 · hannah.bergstrom@example.org
H: Experience
J: Occupational Therapist — Twin Lakes Outpatient Hand Clinic | Jan 2021 – Present
B: Outpatient hand and upper-extremity therapy; custom orthoses.
J: Occupational Therapist — North Star Pediatric Therapy | Sept 2019 – Dec 2020
B: Outpatient pediatrics: sensory integration, fine motor, feeding.
H: License
P: Minnesota Occupational Therapist, #4400871, expires 03/2027
H: Certifications
P: OTR (NBCOT); BLS (AHA), expires 06/2027
H: Education
P: Master of Science in Occupational Therapy, St. Catherine University, 2019
H: Systems
P: WebPT, Epic
""",
        name="Hannah Rose Bergström",
        email="hannah.bergstrom@example.org",
        phone="612-555-0196",
        location="Minneapolis, MN",
        discipline="OT",
        specialties=["Outpatient", "Pediatrics"],
        licenses=[L("MN", "OT", "4400871", None, "2027-03")],
        certifications=[C("OTR", "NBCOT"), C("BLS", "AHA", "2027-06")],
        spans=[("2019-09", "now")],
        education=[E("Master of Science in Occupational Therapy", "St. Catherine University")],
        employers=["Twin Lakes Outpatient Hand Clinic", "North Star Pediatric Therapy"],
        ehr_systems=["WebPT", "Epic"],
        agencies=[],
        clinical_sites=[],
        notes="",
    )
)

P.append(
    dict(
        file="q22.jpg",
        format="photo",
        layout="photo-thumb-shadow-edge",
        doc="""
N: Priya Venkataraman-Shah, BSN, RN
C: 910 Hillsborough St, Raleigh, NC 27607 | 919-555-0115 | priya.vshah@example.com
H: Experience
J: Cath Lab RN — Triangle Heart & Vascular Hospital | 06/2020 – present
B: Circulating and monitoring for PCI, EP ablations, TAVR; moderate sedation.
J: CVICU RN — Neuse River Medical Center | 06/2016 – 05/2020
B: Post-open-heart recovery, IABP, CRRT.
H: License
P: North Carolina RN 301554 (multistate), exp 09/2027
H: Certifications
P: CCRN (AACN) exp 12/2027; ACLS and BLS (AHA) exp 08/2027
H: Education
P: BSN, East Carolina University, 2016
H: EHR
P: Epic, Cerner
""",
        name="Priya Venkataraman-Shah",
        email="priya.vshah@example.com",
        phone="919-555-0115",
        location="Raleigh, NC",
        discipline="RN",
        specialties=["Cath Lab", "ICU"],
        licenses=[L("NC", "RN", "301554", True, "2027-09")],
        certifications=[
            C("CCRN", "AACN", "2027-12"),
            C("ACLS", "AHA", "2027-08"),
            C("BLS", "AHA", "2027-08"),
        ],
        spans=[("2016-06", "now")],
        education=[E("BSN", "East Carolina University")],
        employers=["Triangle Heart & Vascular Hospital", "Neuse River Medical Center"],
        ehr_systems=["Epic", "Cerner"],
        agencies=[],
        clinical_sites=[],
        notes="CVICU -> ICU.",
    )
)

P.append(
    dict(
        file="q23.jpg",
        format="photo",
        layout="photo-low-res-100dpi",
        doc="""
N: Diego A. Santillán, RRT-NPS
C: 512 N Mesa St, El Paso, TX 79902 · 915-555-0168 · diego.santillan@example.net
H: Experience
J: Respiratory Therapist II, NICU/PICU — Franklin Mountains Children's Hospital | 2018–present
B: Neonatal and pediatric ventilation, HFOV, nitric oxide, transport team.
J: Respiratory Therapist — Rio Bravo Medical Center | Jan 2016 – 2018
B: Adult critical care and floor therapy; BiPAP and ventilator weaning in the ICU.
H: License
P: Texas Respiratory Care Practitioner, RCP 088812, exp 04/30/2027
H: Credentials
P: RRT-NPS (NBRC); NRP (AAP) exp 08/2027; PALS exp 06/2027; BLS exp 06/2027
H: Education
P: A.A.S. Respiratory Care Technology, El Paso Community College, 2015
H: Systems
P: Epic
""",
        name="Diego A. Santillán",
        email="diego.santillan@example.net",
        phone="915-555-0168",
        location="El Paso, TX",
        discipline="RT",
        specialties=["NICU", "PICU", "ICU"],
        licenses=[L("TX", "Respiratory Care Practitioner", "RCP 088812", None, "2027-04")],
        certifications=[
            C("RRT-NPS", "NBRC"),
            C("NRP", "AAP", "2027-08"),
            C("PALS", None, "2027-06"),
            C("BLS", None, "2027-06"),
        ],
        spans=[("2016-01", "now")],
        education=[E("A.A.S. Respiratory Care Technology", "El Paso Community College")],
        employers=["Franklin Mountains Children's Hospital", "Rio Bravo Medical Center"],
        ehr_systems=["Epic"],
        agencies=[],
        clinical_sites=[],
        notes="'Adult critical care' -> ICU (judgement).",
    )
)

P.append(
    dict(
        file="q24.png",
        format="photo",
        layout="photo-png-desk-sidebar",
        doc="""
N: Lucía Fernández-Ortega, CST
P: Certified Surgical Technologist
H: Experience
J: Surgical Technologist — Truckee Meadows Surgical Hospital | Aug 2018 – Present
B: Orthopedic, spine and robotic general surgery in the OR; first scrub on total joints.
J: Surgical Technologist — Sierra Pacific Ambulatory Surgery Center | Aug 2015 – Jul 2018
B: ENT, GI and plastics cases; sterile processing back-up.
H: Education
P: Associate of Applied Science, Surgical Technology — Truckee Meadows Community College, 2015
==SIDE==
H: Contact
P: 1250 Wells Ave, Reno, NV 89502
P: 775-555-0132
P: lucia.fortega@example.com
H: Certification
P: CST — NBSTSA, exp 03/2028
P: BLS — AHA, exp 10/2027
H: Systems
P: Epic OpTime, Cerner
""",
        name="Lucía Fernández-Ortega",
        email="lucia.fortega@example.com",
        phone="775-555-0132",
        location="Reno, NV",
        discipline="other-allied",
        specialties=["OR"],
        licenses=[],
        certifications=[C("CST", "NBSTSA", "2028-03"), C("BLS", "AHA", "2027-10")],
        spans=[("2015-08", "now")],
        education=[
            E(
                "Associate of Applied Science, Surgical Technology",
                "Truckee Meadows Community College",
            )
        ],
        employers=["Truckee Meadows Surgical Hospital", "Sierra Pacific Ambulatory Surgery Center"],
        ehr_systems=["Epic", "Cerner"],
        agencies=[],
        clinical_sites=[],
        notes="No licence (none printed).",
    )
)

P.append(
    dict(
        file="q25.pdf",
        format="scan",
        layout="scan-photocopier-dark-edges-bleed",
        doc="""
T: RESUME
N: Rosalind M. Achterberg, BSN, RN
C: 4410 Milwaukee St, Madison, WI 53704 · 608-555-0177 · r.achterberg@example.org
H: Experience
J: Home Health Case Manager — Dane County Visiting Nurses | 04/2019 – present
B: Home health caseload of 28 patients: OASIS, wound care, PICC care, teaching.
J: Staff RN, Medical-Surgical — Lake Mendota Medical Center | Jan 2013 – Mar 2019
B: 32-bed med-surg floor; charge nurse; served on the falls committee.
H: License
P: Wisconsin RN, 198822-30, multistate, exp 02/28/2028
H: Certifications
P: BLS (AHA) exp 05/2027; ACLS (AHA) expired 08/2026
H: Education
P: RN to BSN, University of Wisconsin-Madison, 2018
P: Associate Degree in Nursing, Madison Area Technical College, 2012
H: Systems
P: Homecare Homebase, Epic
""",
        name="Rosalind M. Achterberg",
        email="r.achterberg@example.org",
        phone="608-555-0177",
        location="Madison, WI",
        discipline="RN",
        specialties=["Home Health", "Med-Surg"],
        licenses=[L("WI", "RN", "198822-30", True, "2028-02")],
        certifications=[C("BLS", "AHA", "2027-05"), C("ACLS", "AHA", "2026-08")],
        spans=[("2013-01", "now")],
        education=[
            E("RN to BSN", "University of Wisconsin-Madison"),
            E("Associate Degree in Nursing", "Madison Area Technical College"),
        ],
        employers=["Dane County Visiting Nurses", "Lake Mendota Medical Center"],
        ehr_systems=["Homecare Homebase", "Epic"],
        agencies=[],
        clinical_sites=[],
        notes="RESUME title first. ACLS printed as expired 08/2026 kept.",
    )
)

P.append(
    dict(
        file="q26.pdf",
        format="scan",
        layout="scan-fax-200x100-bilevel",
        doc="""
N: Gwendolyn Tsosie-Begay, PT, DPT
C: 205 N Humphreys St, Flagstaff, AZ 86001
C: 928-555-0102   gwen.tsosiebegay@example.com
H: EXPERIENCE
J: Home Health Physical Therapist, Canyon Country Home Health | 2021 - present
B: Rural home health caseload; fall prevention, post-surgical rehab, DME.
J: Staff Physical Therapist, Flagstaff Pines Medical Center | 9/2017 - 12/2020
B: Acute care: ICU mobility, orthopedic trauma, discharge planning.
H: LICENSE
P: Arizona Physical Therapist #13384, exp 08/2027
H: CERTIFICATIONS
P: BLS (AHA) exp 04/2027
H: EDUCATION
P: Doctor of Physical Therapy, Northern Arizona University, 2017
H: EMR
P: WellSky, Cerner
""",
        name="Gwendolyn Tsosie-Begay",
        email="gwen.tsosiebegay@example.com",
        phone="928-555-0102",
        location="Flagstaff, AZ",
        discipline="PT",
        specialties=["Home Health", "Acute Care"],
        licenses=[L("AZ", "PT", "13384", None, "2027-08")],
        certifications=[C("BLS", "AHA", "2027-04")],
        spans=[("2017-09", "2020-12"), ("2021-01", "now")],
        education=[E("Doctor of Physical Therapy", "Northern Arizona University")],
        employers=["Canyon Country Home Health", "Flagstaff Pines Medical Center"],
        ehr_systems=["WellSky", "Cerner"],
        agencies=[],
        clinical_sites=[],
        notes="ICU mobility mentioned in an acute-care PT job: not a specialty.",
    )
)

P.append(
    dict(
        file="q27.pdf",
        format="scan",
        layout="scan-otsu-binarised",
        doc="""
N: Emily-Grace Thornbury, M.A., CCC-SLP
C: 88 Folly Rd, Charleston, SC 29407 | 843-555-0187 | eg.thornbury@example.com
H: Experience
J: School-Based Speech-Language Pathologist — Lowcountry Unified School District | Aug 2020 – Present
B: K–5 caseload of 52; placed through Pinnacle EDU Staffing; IEP meetings and evaluations.
J: Speech-Language Pathologist — Palmetto Pediatric Therapy | Aug 2017 – Jun 2020
B: Outpatient pediatrics; clinical fellowship year 2017–2018.
H: License
P: South Carolina Speech-Language Pathologist, License 6612, expires 12/31/2027
H: Certification
P: CCC-SLP, American Speech-Language-Hearing Association
H: Education
P: M.A. Communication Sciences and Disorders, University of South Carolina, 2017
H: Software
P: ClinicSource
""",
        name="Emily-Grace Thornbury",
        email="eg.thornbury@example.com",
        phone="843-555-0187",
        location="Charleston, SC",
        discipline="SLP",
        specialties=["Schools", "Outpatient", "Pediatrics"],
        licenses=[L("SC", "Speech-Language Pathologist", "6612", None, "2027-12")],
        certifications=[C("CCC-SLP", "American Speech-Language-Hearing Association")],
        spans=[("2017-08", "2020-06"), ("2020-08", "now")],
        education=[E("M.A. Communication Sciences and Disorders", "University of South Carolina")],
        employers=["Lowcountry Unified School District", "Palmetto Pediatric Therapy"],
        ehr_systems=["ClinicSource"],
        agencies=["Pinnacle EDU Staffing"],
        clinical_sites=[],
        notes="Agency named in a bullet; the school district is the employer. CF year counted.",
    )
)

P.append(
    dict(
        file="q28.pdf",
        format="scan",
        layout="scan-pen-strokes-margins",
        doc="""
N: Ngozi C. Eze-Okafor, BSN, RN, CNOR
C: 17 W Broad St, Richmond, VA 23220 · (804) 555-0159 · ngozi.ezeokafor@example.net
H: Experience
J: OR Circulating RN — James River Surgical Center | 07/2019 – present
B: Circulator for orthopedic, GYN and robotic cases; charge two days per week.
J: PACU RN (PRN) — Tredegar Medical Center | 07/2019 – 06/2022
J: PACU RN — Tredegar Medical Center | 07/2014 – 06/2019
B: Phase I and II recovery; pediatric PACU; airway management.
H: License
P: Virginia RN, 0001287733, multistate, exp 06/2027
H: Certifications
P: CNOR (CCI) exp 01/2029; CPAN (ABPANC) exp 10/2027; ACLS, BLS (AHA) exp 02/2027
H: Education
P: BSN, Virginia Commonwealth University, 2014
H: EHR
P: Epic OpTime
""",
        name="Ngozi C. Eze-Okafor",
        email="ngozi.ezeokafor@example.net",
        phone="(804) 555-0159",
        location="Richmond, VA",
        discipline="RN",
        specialties=["OR", "PACU"],
        licenses=[L("VA", "RN", "0001287733", True, "2027-06")],
        certifications=[
            C("CNOR", "CCI", "2029-01"),
            C("CPAN", "ABPANC", "2027-10"),
            C("ACLS", "AHA", "2027-02"),
            C("BLS", "AHA", "2027-02"),
        ],
        spans=[("2014-07", "now")],
        education=[E("BSN", "Virginia Commonwealth University")],
        employers=["James River Surgical Center", "Tredegar Medical Center"],
        ehr_systems=["Epic"],
        agencies=[],
        clinical_sites=[],
        notes="PRN PACU overlaps the OR job; counted once.",
    )
)

P.append(
    dict(
        file="q29.pdf",
        format="scan",
        layout="scan-two-page-latex",
        doc="""
N: Kristóf J. Halász, BSN, RN, CCRN
C: 1820 Bardstown Rd, Louisville, KY 40205 · 502-555-0171 · kristof.halasz@example.com
H: Summary
P: Pediatric ICU nurse with travel experience in four children's hospitals.
H: Experience
J: Derby City Pediatric Hospital, Louisville, KY — PICU RN | Apr 2022 – Present
B: 24-bed PICU; CRRT, post-op cardiac, charge.
J: Twin Cities Children's Hospital, St. Paul, MN — PICU travel RN | Oct 2021 – Mar 2022
J: Gulf Coast Children's Hospital, Mobile, AL — Pediatrics travel RN | Jun – Sep 2021
J: Rocky Mountain Children's Hospital, Denver, CO — PICU travel RN | Jan – Apr 2021
P: All travel assignments through Summit Crest Travel Health.
J: Ohio River Children's Hospital, Louisville, KY — PICU staff RN | Jul 2015 – Dec 2020
B: Trauma, DKA, respiratory failure; ECMO-trained.
H: License
P: Kentucky RN 1123987 — compact (multistate) — exp 10/31/2027
H: Certifications
B: CCRN (Pediatric), AACN — exp 07/2028
B: PALS (AHA) — exp 01/2027
B: BLS (AHA) — exp 01/2027
H: Education
P: Bachelor of Science in Nursing, Bellarmine University, 2015
H: Systems
P: Epic, Cerner
H: Volunteer
P: Camp nurse, Indian Summer Camp for children with cancer (summers 2017-2019).
""",
        name="Kristóf J. Halász",
        email="kristof.halasz@example.com",
        phone="502-555-0171",
        location="Louisville, KY",
        discipline="RN",
        specialties=["PICU", "Pediatrics"],
        licenses=[L("KY", "RN", "1123987", True, "2027-10")],
        certifications=[
            C("CCRN", "AACN", "2028-07"),
            C("PALS", "AHA", "2027-01"),
            C("BLS", "AHA", "2027-01"),
        ],
        spans=[
            ("2015-07", "2020-12"),
            ("2021-01", "2021-04"),
            ("2021-06", "2021-09"),
            ("2021-10", "now"),
        ],
        education=[E("Bachelor of Science in Nursing", "Bellarmine University")],
        employers=[
            "Derby City Pediatric Hospital",
            "Twin Cities Children's Hospital",
            "Gulf Coast Children's Hospital",
            "Rocky Mountain Children's Hospital",
            "Ohio River Children's Hospital",
        ],
        ehr_systems=["Epic", "Cerner"],
        agencies=["Summit Crest Travel Health"],
        clinical_sites=[],
        notes="Traveller; agency not employer; May 2021 gap. Camp nurse volunteer not an employer.",
    )
)

P.append(
    dict(
        file="q30.pdf",
        format="scan",
        layout="scan-grey-tilted-enscript",
        doc="""
N: Obadiah L. St. Clair, RN, CDN
C: 1602 S Peoria Ave, Tulsa, OK 74104
C: 918-555-0148 | obadiah.stclair@example.org
H: EXPERIENCE
J: 05/2020 - present  Dialysis RN, Arkansas River Dialysis Center, Tulsa
B: Chronic and acute hemodialysis; CRRT in partner hospital ICUs.
J: 05/2017 - 04/2020  RN, Green Country Post-Acute (skilled nursing), Broken Arrow
B: Skilled nursing unit: IV therapy, wound care, admissions.
H: LICENSE
P: Oklahoma RN, R0091177, multistate compact, exp 09/30/2027
H: CERTIFICATIONS
P: CDN - Certified Dialysis Nurse (NNCC), exp 06/2029
P: BLS (AHA), exp 03/2027
H: EDUCATION
P: Associate of Applied Science in Nursing, Tulsa Community College, 2017
H: SYSTEMS
P: PointClickCare, eClinicalWorks
""",
        name="Obadiah L. St. Clair",
        email="obadiah.stclair@example.org",
        phone="918-555-0148",
        location="Tulsa, OK",
        discipline="RN",
        specialties=["Dialysis", "SNF"],
        licenses=[L("OK", "RN", "R0091177", True, "2027-09")],
        certifications=[C("CDN", "NNCC", "2029-06"), C("BLS", "AHA", "2027-03")],
        spans=[("2017-05", "now")],
        education=[E("Associate of Applied Science in Nursing", "Tulsa Community College")],
        employers=["Arkansas River Dialysis Center", "Green Country Post-Acute"],
        ehr_systems=["PointClickCare", "eClinicalWorks"],
        agencies=[],
        clinical_sites=[],
        notes="CRRT in partner hospital ICUs does not make ICU a specialty.",
    )
)
