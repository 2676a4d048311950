"""Set h therapists: PT, PTA, OT, COTA and SLP (all invented; schools real)."""

from record import Card as K
from record import Clinician as C
from record import Licence as L
from record import Post as P
from record import School as S

REHAB = [
    C(
        key="solberg-mwangi-pt",
        fmt="pdf",
        design="europass",
        name="Ingrid Solberg-Mwangi",
        post_nominals="PT, DPT, OCS",
        email="ingrid.solberg@example.org",
        phone="(608) 555-0131",
        street="4417 Larkspur Lane, Madison, WI 53711",
        home="Madison, WI",
        discipline="PT",
        headline="Physical Therapist — orthopaedic outpatient and acute care",
        profile="Physical therapist with 8 years in outpatient orthopaedics and acute care hospital practice.",
        specialties=["Outpatient", "Acute Care"],
        licences=[
            L(
                "WI",
                "PT",
                "11892-24",
                "2027-05",
                None,
                "Wisconsin Physical Therapist, licence 11892-24, valid to 05/2027",
            ),
            L(
                "IL",
                "PT",
                "070.024118",
                "2028-09",
                None,
                "Illinois Physical Therapist, licence 070.024118, valid to 09/2028",
            ),
        ],
        cards=[
            K(
                "OCS",
                "ABPTS",
                "2031-06",
                "Orthopaedic Clinical Specialist (OCS), ABPTS, valid to 06/2031",
            ),
            K(
                "CSCS",
                "NSCA",
                "2027-12",
                "Certified Strength and Conditioning Specialist (CSCS), NSCA, valid to 12/2027",
            ),
            K("BLS", "AHA", "2027-04", "BLS, American Heart Association, valid to 04/2027"),
        ],
        posts=[
            P(
                "Physical Therapist II",
                "Yahara Orthopedic & Sports Clinic",
                "Madison, WI",
                "2021-03",
                None,
                ["Outpatient orthopaedics: post-op ACL, shoulder, spine; dry needling; WebPT."],
            ),
            P(
                "Physical Therapist, Acute Care",
                "Lakeview Lutheran Hospital",
                "Rockford, IL",
                "2018-09",
                "2021-02",
                ["ICU early mobility, orthopaedic and neuro floors; Epic."],
            ),
            P(
                "Rehabilitation Aide",
                "Lakeview Lutheran Hospital",
                "Rockford, IL",
                "2013-06",
                "2015-08",
                ["Summers and part-time before PT school."],
                before_licence=True,
            ),
        ],
        schools=[
            S("Doctor of Physical Therapy", "University of Wisconsin-Madison", "2018"),
            S(
                "Bachelor of Science, Exercise and Sport Science",
                "University of Wisconsin-La Crosse",
                "2015",
            ),
        ],
        ehr=["WebPT", "Epic"],
        skills=["Manual therapy", "Dry needling", "Post-surgical protocols", "Early mobility"],
        notes=(
            "Europass CV look: a left label column (Personal information, Work experience, "
            "Education and training, Personal skills, Digital skills), blue rules, dates day-first "
            "('01/09/2018 – Present'). Licences in an 'Additional information' block; nothing about "
            "compact -> null. Rehab aide before licence excluded, kept as employer (same hospital). "
            "Years Sep 2018-Dec 2026 = 100 months = 8.3; profile '8 years'. Orthopaedics is not a "
            "score.py specialty: Outpatient and Acute Care."
        ),
        dates="dmy",
    ),
    C(
        key="fenwick-oyelaran-pt",
        fmt="txt",
        design="txt-allcaps",
        name="Darius Fenwick-Oyelaran",
        post_nominals="PT, DPT",
        email="dfenwick.pt@example.com",
        phone="478-555-0166",
        street="812 Vineville Ave, Macon, GA 31201",
        home="Macon, GA",
        discipline="PT",
        headline="PHYSICAL THERAPIST",
        profile="Physical therapist, 5 years in home health and skilled nursing. Falls, post-op joints, CHF and COPD rehab.",
        specialties=["Home Health", "SNF"],
        licences=[
            L("GA", "PT", "PT012877", "2027-12", None, "Georgia PT license PT012877 exp 12/31/2027")
        ],
        cards=[
            K("BLS", None, "2027-09", "BLS CPR exp 09/2027"),
            K(
                "CEEAA",
                "APTA",
                None,
                "Certified Exercise Expert for Aging Adults (CEEAA), APTA Geriatrics",
            ),
        ],
        posts=[
            P(
                "Home Health Physical Therapist",
                "Middle Georgia Home Health Partners",
                "Macon, GA",
                "2023-02",
                None,
                ["5-6 visits daily, OASIS evaluations, WellSky."],
            ),
            P(
                "Staff Physical Therapist",
                "Ocmulgee Pines Health & Rehab",
                "Warner Robins, GA",
                "2021-07",
                "2023-01",
                ["Skilled nursing, 120 beds; PointClickCare."],
            ),
            P(
                "PRN Physical Therapist",
                "Ocmulgee Pines Health & Rehab",
                "Warner Robins, GA",
                "2023-02",
                "2024-12",
                ["Weekend coverage after moving to home health."],
            ),
        ],
        schools=[
            S("DPT", "Mercer University", "2021"),
            S("BS Exercise Science", "Georgia Southern University", "2018"),
        ],
        ehr=["WellSky", "PointClickCare"],
        skills=[],
        notes=(
            "Hand-typed .txt: ALL CAPS headings, no blank lines at all, typed '-' bullets, dates "
            "'07/2021 - 01/2023'. Both Ocmulgee Pines jobs one employer; PRN after the staff job "
            "runs alongside home health (counted once). Years Jul 2021-Dec 2026 = 66 months = 5.5; "
            "profile '5 years'. CEEAA long form -> acronym, no date -> no expiry."
        ),
        dates="mm",
    ),
    C(
        key="birchfield-pta",
        fmt="docx",
        design="dx-functional",
        name="Lorna Birchfield",
        post_nominals="PTA",
        email="lorna.birchfield@example.net",
        phone="(208) 555-0112",
        street="2710 W. Irving Street, Boise, ID 83706",
        home="Boise, ID",
        discipline="PTA",
        headline="Physical Therapist Assistant",
        profile="Physical therapist assistant focused on geriatric rehab in skilled nursing and outpatient clinics.",
        specialties=["SNF", "Outpatient"],
        licences=[
            L(
                "ID",
                "PTA",
                "PTA-3391",
                "2027-06",
                None,
                "Idaho PTA license PTA-3391 (exp. June 30, 2027)",
            )
        ],
        cards=[
            K("BLS", "AHA", "2027-10", "BLS, AHA — expires October 2027"),
            K(
                "Certified Dementia Practitioner (CDP)",
                "NCCDP",
                "2027-02",
                "Certified Dementia Practitioner (CDP), NCCDP — expires February 2027",
            ),
        ],
        posts=[
            P("PTA", "Treasure Valley Post-Acute", "Boise, ID", "2022-04", None, []),
            P("PTA", "Sawtooth Physical Therapy", "Meridian, ID", "2019-08", "2022-03", []),
            P(
                "Rehab Tech",
                "Sawtooth Physical Therapy",
                "Meridian, ID",
                "2017-05",
                "2019-07",
                [],
                before_licence=True,
            ),
        ],
        schools=[
            S(
                "Associate of Applied Science, Physical Therapist Assistant",
                "Idaho State University",
                "2019",
            )
        ],
        ehr=["Net Health", "PointClickCare"],
        skills=[
            "Gait training",
            "Therapeutic exercise",
            "Balance programs",
            "Modalities",
            "Dementia-capable care",
        ],
        notes=(
            "Skills-first (functional) Word resume: three skill blocks with bullets and no "
            "facility names, then 'Employment' as a compact three-line list at the end "
            "(title, employer, city, 'Apr 2022 – Present'). Rehab tech before licence excluded. "
            "Years Aug 2019-Dec 2026 = 89 months = 7.4. The CDP keeps its printed long name with "
            "the acronym (score.py drops the parentheses: 'certified dementia practitioner' on "
            "both sides). Net Health named in a skills bullet."
        ),
        dates="mon",
    ),
    C(
        key="ashford-lindgren-ot",
        fmt="docx",
        design="dx-textbox",
        name="Kwabena Ashford-Lindgren",
        post_nominals="MOT, OTR/L",
        email="kwabena.al@example.com",
        phone="(505) 555-0147",
        street="1209 Girard Blvd NE, Albuquerque, NM 87106",
        home="Albuquerque, NM",
        discipline="OT",
        headline="Occupational Therapist — acute care and inpatient rehabilitation",
        profile=(
            "Occupational therapist with 7 years in acute care and an inpatient rehabilitation "
            "facility: stroke, brain injury, spinal cord injury and burns."
        ),
        specialties=["Acute Care", "Inpatient Rehab"],
        licences=[
            L(
                "NM",
                "OT",
                "OT-0048821",
                "2027-09",
                None,
                "New Mexico OT License OT-0048821 — exp. 09/30/2027",
            ),
            L(
                "AZ",
                "OT",
                "OT-11624",
                "2028-01",
                None,
                "Arizona OT License OT-11624 — exp. 01/31/2028",
            ),
        ],
        cards=[
            K("OTR", "NBCOT", "2028-03", "OTR, NBCOT — renews 03/2028"),
            K("CBIS", "BIAA", "2027-11", "Certified Brain Injury Specialist (CBIS) — exp. 11/2027"),
            K("BLS", "AHA", "2027-06", "BLS (AHA) — exp. 06/2027"),
        ],
        posts=[
            P(
                "Occupational Therapist",
                "Rio Grande Rehabilitation Hospital",
                "Albuquerque, NM",
                "2021-10",
                None,
                [
                    "Inpatient rehabilitation (IRF), 40 beds: stroke, SCI, TBI; FIM/Section GG.",
                    "Epic; Net Health for outpatient follow-up.",
                ],
            ),
            P(
                "Occupational Therapist, Acute Care",
                "Sonoran Vista Medical Center",
                "Tucson, AZ",
                "2019-07",
                "2021-09",
                ["ICU, burn unit and ortho; splinting."],
            ),
            P(
                "Travel Occupational Therapist",
                "Canyon Ridge Hospital",
                "Flagstaff, AZ",
                "2019-01",
                "2019-06",
                ["Acute care, 13 weeks plus extension."],
                agency="Mesa Allied Travel",
            ),
        ],
        schools=[
            S("Master of Occupational Therapy", "University of New Mexico", "2018"),
            S("B.S. Psychology", "New Mexico State University", "2015"),
        ],
        ehr=["Epic", "Net Health"],
        skills=[
            "ADL retraining",
            "Splinting",
            "Vision/perception",
            "Cognitive rehab",
            "Wheelchair seating",
        ],
        notes=(
            "Word document with the contact, licences and certifications inside a floating TEXT "
            "BOX (DrawingML wps:txbx) at the top right; the body flows beside it. Travel via Mesa "
            "Allied Travel (agency). Gap Oct 2018-Dec 2018 before first job. Years Jan 2019-Dec "
            "2026 = 96 months = 8.0; profile says '7 years' (the travel stint he does not count): "
            "truth keeps the dates, inside +/-1. OTR (NBCOT) named OTR. Inpatient rehabilitation -> Inpatient Rehab."
        ),
        dates="mon",
    ),
    C(
        key="delacroix-banda-ot",
        fmt="photo",
        design="yearsleft",
        name="Saoirse Delacroix-Banda",
        post_nominals="OTD, OTR/L",
        email="saoirse.db@example.org",
        phone="(502) 555-0178",
        street="1834 Bardstown Road, Louisville, KY 40205",
        home="Louisville, KY",
        discipline="OT",
        headline="Occupational Therapist",
        profile="Occupational therapist in skilled nursing and home health: dementia care, falls, low vision, LSVT BIG.",
        specialties=["SNF", "Home Health"],
        licences=[L("KY", "OT", "OT-1930", "2027-06", None, "")],
        cards=[
            K("OTR", "NBCOT", "2028-06", "OTR (NBCOT) – expires June 2028"),
            K("LSVT BIG", "LSVT Global", None, "LSVT BIG – certified 2022"),
            K("BLS", "AHA", "2027-09", "BLS – expires September 2027"),
        ],
        posts=[
            P(
                "Home Health Occupational Therapist",
                "Falls City Home Care",
                "Louisville, KY",
                "2023-06",
                None,
                ["Home safety, ADL retraining, low vision; Homecare Homebase."],
            ),
            P(
                "Occupational Therapist",
                "Cherokee Park Health & Rehabilitation",
                "Louisville, KY",
                "2020-07",
                "2023-05",
                ["Skilled nursing facility, 150 beds; PointClickCare."],
            ),
        ],
        schools=[S("Doctor of Occupational Therapy (OTD)", "Spalding University", "2020")],
        ehr=["Homecare Homebase", "PointClickCare"],
        skills=["ADLs", "Cognition", "Low vision", "Falls prevention"],
        notes=(
            "Phone photo in DIM light (low exposure, warm cast, noise) of a page with year-only "
            "dates on the left. Licence in a sentence ('Licensed as an occupational therapist in "
            "Kentucky (#OT-1930, expires 06/2027).'). Years Jul 2020-Dec 2026 = 78 months = 6.5 "
            "(year-only reading 6-7). LSVT BIG has a year only: no expiry."
        ),
        dates="year",
        more={
            "licence_sentence": "Licensed as an occupational therapist in Kentucky (#OT-1930, expires 06/2027)."
        },
    ),
    C(
        key="whitfield-oduya-cota",
        fmt="photo",
        design="skillsfirst",
        name="Tomasz Whitfield-Oduya",
        post_nominals="COTA/L",
        email="tomasz.wo@example.com",
        phone="(509) 555-0121",
        street=None,
        home="Spokane, WA",
        discipline="COTA",
        headline="Certified Occupational Therapy Assistant — pediatrics",
        profile="COTA/L with 5 years in pediatric outpatient clinics and school districts: sensory, fine motor, handwriting.",
        specialties=["Pediatrics", "Outpatient", "Schools"],
        licences=[
            L(
                "WA",
                "COTA",
                "OA60718294",
                "2027-08",
                None,
                "Washington OTA license OA60718294, exp 08/2027",
            )
        ],
        cards=[
            K("COTA", "NBCOT", "2028-04", "COTA (NBCOT), exp 04/2028"),
            K("BLS", "AHA", "2027-02", "BLS (AHA), exp 02/2027"),
            K("CPI", "CPI", None, "CPI Safety Intervention (2025)"),
        ],
        posts=[
            P("COTA/L", "Inland Empire Pediatric Therapy", "Spokane, WA", "2021-08", None, []),
            P(
                "COTA/L (school contract)",
                "Mead School District",
                "Mead, WA",
                "2022-09",
                "2024-06",
                [],
                agency="Cascade School Staffing",
            ),
        ],
        schools=[
            S(
                "Associate in Applied Science, Occupational Therapy Assistant",
                "Spokane Falls Community College",
                "2021",
            )
        ],
        ehr=["WebPT"],
        skills=[
            "Sensory integration",
            "Fine motor",
            "Handwriting Without Tears",
            "IEP goal writing",
            "WebPT",
        ],
        notes=(
            "Phone photo held at a steep angle (strong keystone) of a skills-first page: skill "
            "blocks first, the jobs as a compact list at the end. School contract through an agency "
            "(Cascade School Staffing, not an employer; the district is). Contract runs alongside "
            "the clinic job (counted once). Years Aug 2021-Dec 2026 = 65 months = 5.4; profile "
            "'5 years'. Only 'Spokane, WA' printed (no street). The OTA licence -> type COTA."
        ),
        dates="mon",
    ),
    C(
        key="olumide-stroud-slp",
        fmt="pdf",
        design="skillsfirst",
        name="Margarethe Olumide-Stroud",
        post_nominals="M.S., CCC-SLP",
        email="m.olumidestroud@example.net",
        phone="(804) 555-0195",
        street="2904 Floyd Avenue, Richmond, VA 23221",
        home="Richmond, VA",
        discipline="SLP",
        headline="Speech-Language Pathologist — adult medical",
        profile="Medical SLP with 10 years in acute care and skilled nursing: dysphagia, FEES, MBSS, aphasia and trach/vent.",
        specialties=["Acute Care", "SNF"],
        licences=[
            L(
                "VA",
                "SLP",
                "4601-013872",
                "2027-06",
                None,
                "Virginia SLP license 4601-013872, exp 06/2027",
            ),
            L(
                "NC",
                "SLP",
                "14882",
                "2027-12",
                None,
                "North Carolina SLP license 14882, exp 12/2027",
            ),
        ],
        cards=[
            K("CCC-SLP", "ASHA", None, "CCC-SLP (ASHA)"),
            K("BCS-S", "ABSSD", "2029-04", "BCS-S, board certified in swallowing, exp 04/2029"),
            K("VitalStim", None, None, "VitalStim Therapy (certified provider)"),
            K("BLS", "AHA", "2027-07", "BLS (AHA), exp 07/2027"),
        ],
        posts=[
            P(
                "Speech-Language Pathologist III",
                "James River Medical Center",
                "Richmond, VA",
                "2019-05",
                None,
                [],
            ),
            P(
                "Speech-Language Pathologist",
                "Tidewater Rehab & Nursing",
                "Norfolk, VA",
                "2017-06",
                "2019-04",
                [],
            ),
            P(
                "Clinical Fellow SLP",
                "Outer Banks Regional Hospital",
                "Nags Head, NC",
                "2016-07",
                "2017-05",
                [],
            ),
        ],
        schools=[
            S("M.S., Communication Sciences and Disorders", "James Madison University", "2016"),
            S("B.S., Communication Sciences and Disorders", "Old Dominion University", "2014"),
        ],
        ehr=["Epic", "PointClickCare"],
        skills=[
            "FEES",
            "MBSS",
            "Dysphagia",
            "Aphasia",
            "Trach/vent (PMV)",
            "Cognitive-communication",
        ],
        notes=(
            "Skills-first / functional resume: three skill blocks ('Areas of Strength') "
            "with no facility names, then 'Employment' as a compact list at the end. Clinical "
            "fellowship counted as licensed SLP work. Years Jul 2016-Dec 2026 = 126 months = 10.5; "
            "profile '10 years'. CCC-SLP and VitalStim have no date -> no expiry. EHRs only as "
            "'Epic documentation' / 'PointClickCare documentation' bullets."
        ),
        dates="mon",
    ),
    C(
        key="ferreira-cole-slp",
        fmt="scan",
        design="twopage",
        name="Ignatius Ferreira-Cole",
        post_nominals="M.S., CCC-SLP",
        email="ignatius.fc@example.org",
        phone="(309) 555-0163",
        street="618 W. Moss Avenue, Peoria, IL 61606",
        home="Peoria, IL",
        discipline="SLP",
        headline="Speech-Language Pathologist — schools and pediatric outpatient",
        profile="School-based and pediatric outpatient SLP, 7 years: AAC, articulation, language, fluency, IEPs.",
        specialties=["Schools", "Pediatrics", "Outpatient"],
        licences=[
            L(
                "IL",
                "SLP",
                "146.019227",
                "2027-10",
                None,
                "Illinois Speech-Language Pathologist, 146.019227, expires 10/31/2027",
            )
        ],
        cards=[
            K("CCC-SLP", "ASHA", None, "Certificate of Clinical Competence (CCC-SLP), ASHA"),
            K("PROMPT Level 1", None, None, "PROMPT Level 1 (2022)"),
            K(
                "BLS",
                "American Red Cross",
                "2027-01",
                "BLS, American Red Cross, expires January 2027",
            ),
        ],
        posts=[
            P(
                "Speech-Language Pathologist",
                "Peoria Heights Community Unit School District",
                "Peoria Heights, IL",
                "2021-08",
                None,
                ["K-8 caseload of 45; AAC evaluations; IEP case manager."],
            ),
            P(
                "Pediatric SLP (part-time)",
                "Prairie Bloom Pediatric Therapy",
                "Peoria, IL",
                "2022-06",
                "2025-08",
                ["Outpatient clinic, summers and evenings."],
            ),
            P(
                "Speech-Language Pathologist",
                "Illinois River Valley Special Education Cooperative",
                "Pekin, IL",
                "2019-08",
                "2021-06",
                ["Preschool and early childhood classrooms."],
            ),
        ],
        schools=[
            S("M.S., Speech-Language Pathology", "Illinois State University", "2019"),
            S("B.S., Communication Sciences and Disorders", "Bradley University", "2017"),
        ],
        ehr=["Fusion"],
        skills=["AAC", "Articulation", "Fluency", "IEP writing", "Teletherapy"],
        notes=(
            "Two-page resume scanned (200 dpi); page 2 starts with a header repeating the name and "
            "'Page 2'. Part-time clinic concurrent with the school job (counted once); summer "
            "Jul 2021 between school jobs is not counted. Years Aug 2019-Jun 2021 (23) + Aug 2021-Dec "
            "2026 (65) = 88 months = 7.3; profile '7 years'. School SLP also holds no separate "
            "teaching licence on the page. Fusion is the therapy documentation system named."
        ),
        dates="mm",
    ),
]
