"""Set h pharmacists, respiratory therapists and other allied staff (all invented; schools real)."""

from record import Card as K
from record import Clinician as C
from record import Licence as L
from record import Post as P
from record import School as S

ALLIED = [
    C(
        key="kristiansen-rph",
        fmt="pdf",
        design="twopage",
        name="Adaeze Kristiansen",
        post_nominals="PharmD, BCPS",
        email="adaeze.kristiansen@example.com",
        phone="(402) 555-0119",
        street="5126 Underwood Avenue, Omaha, NE 68132",
        home="Omaha, NE",
        discipline="Pharmacist",
        headline="Clinical Pharmacist — internal medicine and critical care",
        profile=(
            "Hospital clinical pharmacist with 9 years after a PGY1 residency: ICU rounding, "
            "pharmacokinetic dosing, anticoagulation and antimicrobial stewardship."
        ),
        specialties=["Inpatient", "ICU"],
        licences=[
            L(
                "NE",
                "Pharmacist",
                "PH-8827",
                "2027-12",
                None,
                "Nebraska Pharmacist PH-8827, exp 12/31/2027",
            ),
            L(
                "IA",
                "Pharmacist",
                "22904",
                "2028-06",
                None,
                "Iowa Pharmacist 22904, exp 06/30/2028",
            ),
        ],
        cards=[
            K(
                "BCPS",
                "BPS",
                "2029-12",
                "BCPS (Board of Pharmacy Specialties), recertification due December 2029",
            ),
            K("ACLS", "AHA", "2027-05", "ACLS, AHA, exp 05/2027"),
            K("BLS", "AHA", "2027-05", "BLS, AHA, exp 05/2027"),
        ],
        posts=[
            P(
                "Clinical Pharmacist, Critical Care",
                "Missouri Bluffs Medical Center",
                "Omaha, NE",
                "2020-01",
                None,
                ["MICU/SICU rounds, vancomycin AUC dosing, code team; Epic Willow."],
            ),
            P(
                "Clinical Staff Pharmacist",
                "Loess Hills Regional Hospital",
                "Council Bluffs, IA",
                "2018-07",
                "2019-12",
                ["Order verification, TPN, anticoagulation clinic."],
            ),
            P(
                "PGY1 Pharmacy Resident",
                "Missouri Bluffs Medical Center",
                "Omaha, NE",
                "2017-07",
                "2018-06",
                ["ASHP-accredited; rotations in ICU, ID, cardiology."],
            ),
            P(
                "Pharmacy Intern",
                "Prairie Rx Pharmacy",
                "Omaha, NE",
                "2014-05",
                "2017-05",
                ["Community pharmacy, during school."],
                before_licence=True,
            ),
        ],
        schools=[
            S("Doctor of Pharmacy (PharmD)", "Creighton University", "2017"),
            S("B.S. Chemistry", "University of Nebraska-Lincoln", "2013"),
        ],
        ehr=["Epic"],
        skills=[
            "Pharmacokinetics",
            "Antimicrobial stewardship",
            "Anticoagulation",
            "Pyxis",
            "Epic Willow",
        ],
        notes=(
            "Two-page Chromium resume; page 2 begins with a running block repeating the name, "
            "contact and 'Page 2 of 2' (printed in the body, not in page margins). PGY1 residency "
            "counted as licensed work. Intern work excluded, kept as employer. Years Jul 2017-Dec "
            "2026 = 114 months = 9.5; profile '9 years'. Pyxis is not an EHR; Epic Willow -> Epic."
        ),
        dates="mon",
    ),
    C(
        key="amankwah-rph",
        fmt="scan",
        design="faxcover",
        name="Rutherford Amankwah",
        post_nominals="PharmD",
        email="r.amankwah@example.net",
        phone="(205) 555-0140",
        street="4021 Clairmont Avenue S, Birmingham, AL 35222",
        home="Birmingham, AL",
        discipline="Pharmacist",
        headline="Pharmacist",
        profile="Community pharmacist, 6 years: pharmacist in charge, immunizations, MTM, compounding.",
        specialties=["Retail"],
        licences=[
            L(
                "AL",
                "Pharmacist",
                "17734",
                "2027-12",
                None,
                "Alabama Pharmacist 17734 — exp 12/31/2027",
            ),
            L(
                "GA",
                "Pharmacist",
                "RPH039917",
                "2028-12",
                None,
                "Georgia Pharmacist RPH039917 — exp 12/31/2028",
            ),
        ],
        cards=[
            K(
                "Pharmacy-Based Immunization Delivery",
                "APhA",
                None,
                "APhA Pharmacy-Based Immunization Delivery certificate (2019)",
            ),
            K("BLS", "AHA", "2027-04", "BLS — exp 04/2027"),
        ],
        posts=[
            P(
                "Pharmacist in Charge",
                "Magic City Community Pharmacy",
                "Birmingham, AL",
                "2022-03",
                None,
                ["Independent pharmacy, 350 Rx/day; sterile-free compounding; PioneerRx."],
            ),
            P(
                "Staff Pharmacist",
                "Red Mountain Drug Co.",
                "Hoover, AL",
                "2020-06",
                "2022-02",
                ["Immunization clinics, MTM."],
            ),
            P(
                "Floater Pharmacist",
                "Chattahoochee Valley Pharmacies",
                "Columbus, GA",
                "2020-06",
                "2021-06",
                ["Part-time relief across four stores."],
            ),
        ],
        schools=[S("Doctor of Pharmacy", "Samford University", "2020")],
        ehr=[],
        skills=["Immunizations", "MTM", "Compounding", "PioneerRx"],
        notes=(
            "FAX: a two-page scan at 120 dpi, 1-bit, with a fax header line; page 1 is the "
            "staffing agency's fax COVER SHEET (the recruiter's name, fax and phone), page 2 the "
            "resume. Part-time floater concurrent (counted once). Years Jun 2020-Dec 2026 = 79 "
            "months = 6.6; profile '6 years'. PioneerRx is pharmacy dispensing software, not an "
            "EHR -> ehr []. Immunization certificate year only: no expiry. The cover sheet's "
            "addressee (a hospital's credentialing office) is not an employer."
        ),
        dates="mm",
        more={
            "recruiter": ("Lionel Pettibone", "(205) 555-0107", "(205) 555-0108"),
            "agency": "Vulcan Pharmacy Staffing",
        },
    ),
    C(
        key="nguyen-ashby-rt",
        fmt="docx",
        design="dx-licsentence",
        name="Bartholomew Nguyen-Ashby",
        post_nominals="RRT, RRT-ACCS",
        email="bart.nguyenashby@example.com",
        phone="(602) 555-0183",
        street="3340 N. 16th Street, Phoenix, AZ 85016",
        home="Phoenix, AZ",
        discipline="RT",
        headline="Registered Respiratory Therapist — adult critical care",
        profile="Adult critical care RT, 12 years: ventilator management, ECMO circuits, bronchoscopy assist, rapid response.",
        specialties=["ICU", "ER"],
        licences=[
            L("AZ", "RCP", "RCP-0019928", "2027-08", None, ""),
            L("NV", "RT", "RT-4471", "2027-03", None, ""),
        ],
        cards=[
            K("RRT", "NBRC", None, "RRT – NBRC"),
            K("RRT-ACCS", "NBRC", "2030-02", "RRT-ACCS – NBRC – expires February 2030"),
            K("ACLS", "AHA", "2027-05", "ACLS – expires May 2027"),
            K("BLS", "AHA", "2027-05", "BLS – expires May 2027"),
            K("PALS", "AHA", "2026-09", "PALS – expired September 2026"),
        ],
        posts=[
            P(
                "Travel Respiratory Therapist",
                "Silver State Medical Center",
                "Las Vegas, NV",
                "2024-01",
                "2024-09",
                ["Adult ICU and ED, 13-week contract plus extensions."],
                agency="Copper Canyon Allied",
            ),
            P(
                "Respiratory Therapist III",
                "Camelback Regional Medical Center",
                "Phoenix, AZ",
                "2014-11",
                "2023-12",
                ["Trauma ICU, ED and rapid response; ECMO; Cerner."],
            ),
            P(
                "Respiratory Therapist",
                "Camelback Regional Medical Center",
                "Phoenix, AZ",
                "2024-10",
                None,
                ["Returned to staff, nights."],
            ),
            P(
                "Respiratory Therapist",
                "Valle del Sol Hospital",
                "Yuma, AZ",
                "2014-06",
                "2014-10",
                ["First job after licensure."],
            ),
        ],
        schools=[
            S(
                "Associate of Applied Science in Respiratory Care",
                "GateWay Community College",
                "2014",
            ),
            S("Bachelor of Science in Respiratory Therapy", "Boise State University", "2019"),
        ],
        ehr=["Cerner"],
        skills=[
            "Mechanical ventilation",
            "ECMO",
            "Bronchoscopy assist",
            "Arterial lines",
            "Cerner",
        ],
        notes=(
            "Word document: licences ONLY in a prose sentence ('Licensed as a Respiratory Care "
            "Practitioner in Arizona (RCP-0019928, expires 08/2027) and as a respiratory "
            "therapist in Nevada (RT-4471, expires 03/2027).'); nothing about compact -> null. "
            "Certifications with month names and en dashes ('ACLS – expires May 2027'); PALS "
            "expired 09/2026, kept. Travel contract via Copper Canyon Allied (agency), back to staff "
            "after. Years Jun 2014-Dec 2026 = 151 months = 12.6; profile '12 years'. RCP -> RT type. "
            "ED and trauma ICU -> ICU, ER."
        ),
        dates="mon",
        more={
            "licence_sentence": (
                "Licensed as a Respiratory Care Practitioner in Arizona (RCP-0019928, expires 08/2027) "
                "and as a respiratory therapist in Nevada (RT-4471, expires 03/2027)."
            )
        },
    ),
    C(
        key="bellweather-oni-rt",
        fmt="photo",
        design="linkedin",
        name="Ximena Bellweather-Oni",
        post_nominals="RRT-NPS",
        email="ximena.bo@example.org",
        phone="(816) 555-0136",
        street=None,
        home="Kansas City, MO",
        discipline="RT",
        headline="Neonatal/Pediatric Respiratory Therapist (RRT-NPS)",
        profile=(
            "Neonatal and pediatric RT, 7 years, most of them in a Level IV NICU and PICU. High-frequency "
            "oscillation, nitric oxide, neonatal transport. Missouri RT license 2019-0417, exp 03/2028; "
            "Kansas RT license 55-02981, exp 06/2027."
        ),
        specialties=["NICU", "PICU"],
        licences=[
            L("MO", "RT", "2019-0417", "2028-03", None, ""),
            L("KS", "RT", "55-02981", "2027-06", None, ""),
        ],
        cards=[
            K("RRT-NPS", None, None, "RRT-NPS"),
            K("NRP", None, None, "NRP"),
            K("PALS", None, None, "PALS"),
        ],
        posts=[
            P(
                "Respiratory Therapist II, NICU/PICU",
                "Heartland Children's Hospital",
                "Kansas City, MO",
                "2020-05",
                None,
                ["Level IV NICU and 24-bed PICU; HFOV, iNO, transport team; Cerner."],
            ),
            P(
                "Respiratory Therapist",
                "Flint Hills Medical Center",
                "Topeka, KS",
                "2019-07",
                "2020-04",
                ["Adult and neonatal coverage, nights."],
            ),
        ],
        schools=[
            S(
                "Associate of Applied Science, Respiratory Therapy",
                "Metropolitan Community College-Kansas City",
                "2019",
            )
        ],
        ehr=["Cerner"],
        skills=["HFOV", "Nitric oxide", "Neonatal transport"],
        notes=(
            "Phone photo of a one-page LinkedIn 'Save to PDF' profile lying on a bed spread (soft "
            "fabric, a crease). Licences only inside the About text; certifications in the left "
            "column as names only (no issuer/expiry in truth). Location 'Kansas City, Missouri, "
            "United States' -> 'Kansas City, MO'. Years Jul 2019-Dec 2026 = 90 months = 7.5; "
            "profile '7 years'. "
            "The adult/neonatal Topeka job adds no score.py specialty beyond NICU."
        ),
        dates="li",
    ),
    C(
        key="oyelowo-hart-cst",
        fmt="pdf",
        design="rl-modern",
        name="Caspian Oyelowo-Hart",
        post_nominals="CST",
        email="caspian.oh@example.com",
        phone="(615) 555-0170",
        street="1908 Ashwood Avenue, Nashville, TN 37212",
        home="Nashville, TN",
        discipline="other-allied",
        headline="Certified Surgical Technologist",
        profile="Surgical technologist with 8 years: orthopedics, neuro, cardiovascular and robotic general surgery.",
        specialties=["OR"],
        licences=[],
        cards=[
            K("CST", "NBSTSA", "2027-12", "CST, NBSTSA — certified through 12/2027"),
            K("BLS", "AHA", "2027-03", "BLS, AHA — through 03/2027"),
        ],
        posts=[
            P(
                "Travel Surgical Technologist",
                "Bayou Crescent Medical Center",
                "New Orleans, LA",
                "2025-03",
                "2025-11",
                ["CVOR, 13-week contracts x 2."],
                agency="Ironbridge Surgical Staffing",
            ),
            P(
                "Surgical Technologist II",
                "Cumberland Heights Surgical Hospital",
                "Nashville, TN",
                "2018-10",
                "2025-02",
                ["Ortho and neuro service lines; da Vinci."],
            ),
            P(
                "Surgical Technologist",
                "Cumberland Heights Surgical Hospital",
                "Nashville, TN",
                "2025-12",
                None,
                ["Rehired after travel, CVOR."],
            ),
        ],
        schools=[S("A.A.S. Surgical Technology", "Nashville State Community College", "2018")],
        ehr=["Epic"],
        skills=["Orthopedic instrumentation", "Neuro", "CVOR", "Robotics", "Epic OpTime"],
        notes=(
            "Reportlab page imitating a Pages/'Modern' template: the name big at the top right "
            "beside a vertical accent rule, section labels in colour in a left column. Tennessee "
            "does not license surgical technologists: no licences. Travel via Ironbridge Surgical "
            "Staffing (agency). Years Oct 2018-Nov 2025 (86) + Dec 2025-Dec 2026 (13) = 99 months "
            "= 8.2 (Feb 2025 and Mar 2025 are one continuous run). Epic OpTime -> Epic."
        ),
        dates="mm",
    ),
    C(
        key="marchetti-daramola-mls",
        fmt="pdf",
        design="rl-shaded",
        name="Ophelia Marchetti-Daramola",
        post_nominals="MLS(ASCP)CM",
        email="ophelia.md@example.net",
        phone="(702) 555-0152",
        street="2240 Paseo del Prado, Las Vegas, NV 89102",
        home="Las Vegas, NV",
        discipline="other-allied",
        headline="Medical Laboratory Scientist",
        profile="Generalist medical laboratory scientist, 7 years: chemistry, hematology, blood bank, microbiology.",
        specialties=["Chemistry", "Hematology", "Blood Bank", "Microbiology"],
        licences=[
            L(
                "NV",
                "Medical Laboratory Scientist",
                "MLS-12093",
                "2027-08",
                None,
                "Nevada Medical Laboratory Scientist licence MLS-12093, expires August 2027",
            )
        ],
        cards=[
            K("MLS(ASCP)", "ASCP BOC", "2028-05", "MLS(ASCP)CM, ASCP BOC, CMP due May 2028"),
            K("BLS", None, "2027-01", "BLS/CPR, expires January 2027"),
        ],
        posts=[
            P(
                "Medical Laboratory Scientist II",
                "Spring Mountain Medical Center",
                "Las Vegas, NV",
                "2021-02",
                None,
                [
                    "Core lab (chemistry, hematology) and blood bank, evening shift; Cerner PathNet, Sunquest."
                ],
            ),
            P(
                "Medical Laboratory Scientist",
                "Red Rock Reference Laboratory",
                "Henderson, NV",
                "2019-06",
                "2021-01",
                ["Microbiology bench, MALDI-TOF."],
            ),
            P(
                "Laboratory Assistant",
                "Red Rock Reference Laboratory",
                "Henderson, NV",
                "2017-01",
                "2018-05",
                ["Specimen processing before certification."],
                before_licence=True,
            ),
        ],
        schools=[
            S(
                "Bachelor of Science, Medical Laboratory Science",
                "University of Nevada, Las Vegas",
                "2019",
            )
        ],
        ehr=["Cerner", "Sunquest"],
        skills=["Blood bank antibody workups", "QC/QA", "Instrument troubleshooting", "MALDI-TOF"],
        notes=(
            "Reportlab page with shaded heading bars (a downloadable-template look) and a two-column "
            "skills table. Nevada licenses lab scientists: licence type 'Medical Laboratory "
            "Scientist'. MLS(ASCP)CM -> certification named MLS(ASCP) (score.py drops the "
            "parentheses on both sides), credential maintenance due May 2028 taken as its expiry. "
            "Lab areas are not in score.py's vocabulary: specialties are the printed benches "
            "(Chemistry, Hematology, Blood Bank, Microbiology). Lab assistant before certification "
            "excluded. Years Jun 2019-Dec 2026 = 91 months = 7.6; profile '7 years'. Cerner PathNet "
            "-> Cerner; Sunquest (lab information system) kept as a system named."
        ),
        dates="mon",
    ),
    C(
        key="qureshi-boone-sono",
        fmt="rtf",
        design="rtf-grid",
        name="Anneliese Qureshi-Boone",
        post_nominals="RDMS, RVT",
        email="anneliese.qb@example.com",
        phone="(303) 555-0105",
        street="1455 Newport Street, Denver, CO 80220",
        home="Denver, CO",
        discipline="other-allied",
        headline="Diagnostic Medical Sonographer — general, OB and vascular",
        profile="Registered sonographer with 9 years in hospital and outpatient imaging: abdomen, OB/GYN, small parts, vascular.",
        specialties=["Ultrasound", "Vascular"],
        licences=[],
        cards=[
            K("RDMS", "ARDMS", "2027-10", "RDMS (AB, OB/GYN), ARDMS, annual renewal 10/2027"),
            K("RVT", "ARDMS", "2027-10", "RVT, ARDMS, annual renewal 10/2027"),
            K("BLS", "AHA", "2028-02", "BLS, AHA, exp 02/2028"),
        ],
        posts=[
            P(
                "Lead Sonographer",
                "Front Range Imaging Center",
                "Denver, CO",
                "2022-01",
                None,
                ["Outpatient imaging; abdomen, OB, vascular; protocol updates; Epic Radiant."],
            ),
            P(
                "Staff Sonographer",
                "Platte Valley Medical Center",
                "Brighton, CO",
                "2017-09",
                "2021-12",
                ["Inpatient and ED ultrasound, call; vascular lab."],
            ),
        ],
        schools=[
            S(
                "Associate of Applied Science, Diagnostic Medical Sonography",
                "Community College of Denver",
                "2017",
            )
        ],
        ehr=["Epic"],
        skills=["Abdomen", "OB/GYN", "Small parts", "Venous/arterial duplex", "Epic Radiant"],
        notes=(
            "Hand-written RTF laid out as a two-column label | content grid (\\trowd rows) in the "
            "style of a form CV. Colorado does not license sonographers: no licences. Specialties "
            "as earlier sets for sonographers (Ultrasound, Vascular). Years Sep 2017-Dec 2026 = 112 "
            "months = 9.3; profile '9 years'. Epic Radiant -> Epic."
        ),
        dates="mm",
    ),
    C(
        key="haddad-lindqvist-cath",
        fmt="txt",
        design="txt-spacecols",
        name="Nikolai Haddad-Lindqvist",
        post_nominals="RCIS",
        email="nikolai.hl@example.net",
        phone="(501) 555-0187",
        street="1723 N. Tyler Street, Little Rock, AR 72207",
        home="Little Rock, AR",
        discipline="other-allied",
        headline="Cardiovascular Invasive Specialist",
        profile="Cath lab tech, 10 years: scrub, monitor and circulate; STEMI call; EP and structural heart.",
        specialties=["Cath Lab", "X-ray"],
        licences=[
            L(
                "AR",
                "Radiologic Technologist",
                "RT-22817",
                "2027-07",
                None,
                "AR Rad Tech license RT-22817  exp 07/2027",
            )
        ],
        cards=[
            K("RCIS", "CCI", "2029-01", "RCIS (CCI)         exp 01/2029"),
            K("ARRT (R)", "ARRT", "2027-07", "ARRT (R)           exp 07/2027"),
            K("ACLS", "AHA", "2027-11", "ACLS (AHA)         exp 11/2027"),
            K("BLS", "AHA", "2027-11", "BLS (AHA)          exp 11/2027"),
        ],
        posts=[
            P(
                "Cardiovascular Invasive Specialist",
                "Arkansas River Heart Hospital",
                "Little Rock, AR",
                "2019-04",
                None,
                [
                    "Diagnostic and interventional caths, EP, TAVR; Mac-Lab hemodynamics; Epic Cupid."
                ],
            ),
            P(
                "Cath Lab Technologist",
                "Ouachita Medical Center",
                "Hot Springs, AR",
                "2016-12",
                "2019-03",
                ["Scrub/circulate; STEMI call."],
            ),
            P(
                "Radiologic Technologist",
                "Ouachita Medical Center",
                "Hot Springs, AR",
                "2016-06",
                "2016-11",
                ["Diagnostic X-ray before cath lab cross-training."],
            ),
        ],
        schools=[S("A.S. Radiologic Technology", "University of Arkansas at Little Rock", "2016")],
        ehr=["Epic"],
        skills=["Hemodynamic monitoring", "IABP", "Impella", "Mac-Lab"],
        notes=(
            "Plain .txt laid out in two side-by-side columns with spaces (licence/certification "
            "on the left, skills on the right, joined on one line), dates right-aligned with spaces. "
            "X-ray work as a licensed radiologic technologist counts (he was licensed). Years Jun "
            "2016-Dec 2026 = 127 months = 10.6; profile '10 years'. The six months of diagnostic "
            "X-ray were paid work: specialties Cath Lab and X-ray."
        ),
        dates="mm",
    ),
    C(
        key="achterkamp-radtech",
        fmt="photo",
        design="phone-notes",
        name="Leopold Achterkamp",
        post_nominals="RT(R)(CT)",
        email="leo.achterkamp@example.com",
        phone="(916) 555-0124",
        street=None,
        home=None,
        discipline="other-allied",
        headline="Radiologic Technologist — X-ray and CT",
        profile="",
        specialties=["CT", "X-ray"],
        licences=[
            L(
                "CA",
                "Radiologic Technologist",
                "RHP 0008841127",
                "2028-02",
                None,
                "CA CRT RHP 0008841127 exp 2/2028",
            )
        ],
        cards=[
            K("ARRT (R)(CT)", "ARRT", "2027-06", "ARRT (R)(CT) exp 6/2027"),
            K("BLS", None, "2027-09", "BLS exp 9/2027"),
            K("Venipuncture", "CDPH", None, "CA venipuncture permit"),
        ],
        posts=[
            P(
                "CT Technologist",
                "American River Medical Center",
                "Sacramento, CA",
                "2021-04",
                None,
                ["Level II trauma CT, nights"],
            ),
            P(
                "Radiologic Technologist",
                "Sierra Foothills Hospital",
                "Auburn, CA",
                "2018-08",
                "2021-03",
                ["X-ray, portables, OR C-arm"],
            ),
        ],
        schools=[S("AS Radiologic Technology", "Sacramento City College", "2018")],
        ehr=["Epic"],
        skills=[],
        notes=(
            "PNG screenshot of a phone NOTES app (status bar, note title, typed resume without "
            "headings styled). No home address on the page (location null): only employers' "
            "cities. CA CRT licence -> type Radiologic Technologist. ARRT (R)(CT) kept as printed "
            "(folds to 'arrt'). Venipuncture permit has no date: no expiry. Years Aug 2018-Dec "
            "2026 = 101 months = 8.4."
        ),
        dates="short",
    ),
]
