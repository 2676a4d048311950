"""Set h nurses: eleven RNs, an LPN and an LVN (all invented; schools real)."""

from record import Card as K
from record import Clinician as C
from record import Licence as L
from record import Post as P
from record import School as S

NURSING = [
    C(
        key="varga-ellison-icu",
        fmt="pdf",
        design="linkedin",
        name="Desmond Varga-Ellison",
        post_nominals="BSN, RN, CCRN",
        email="desmond.vargaellison@example.com",
        phone="(512) 555-0138",
        street=None,
        home="Round Rock, TX",
        discipline="RN",
        headline="Travel ICU Registered Nurse | CVICU · MICU | Compact TX + California",
        profile=(
            "Critical care nurse with 9 years of ICU experience, most recently on travel contracts "
            "in California. Comfortable with CRRT, Impella and post-CABG recovery. Licenses: Texas RN "
            "(multistate/compact) #884120, exp 06/2028; California RN #95531872, exp 09/2027."
        ),
        specialties=["ICU"],
        licences=[
            L(
                "TX",
                "RN",
                "884120",
                "2028-06",
                True,
                "Texas RN (multistate/compact) #884120, exp 06/2028",
            ),
            L("CA", "RN", "95531872", "2027-09", False, "California RN #95531872, exp 09/2027"),
        ],
        cards=[
            K("CCRN", None, None, "CCRN"),
            K("ACLS", None, None, "ACLS"),
            K("BLS", None, None, "BLS"),
            K("NIHSS", None, None, "NIHSS"),
        ],
        posts=[
            P(
                "Travel ICU Registered Nurse",
                "Capitol Oaks Medical Center",
                "Sacramento, CA",
                "2024-05",
                "2025-04",
                [
                    "CVICU, 13-week contract extended twice; open-heart recovery, Impella, CRRT.",
                    "Recovered fresh CABG, valve and LVAD patients; titrated vasoactive drips and managed chest tubes, pacing wires and IABP.",
                    "Precepted two new travelers to the unit's Epic flowsheets and rapid-recovery pathway.",
                ],
                agency="Trellis Travel Nursing",
            ),
            P(
                "Travel ICU Registered Nurse",
                "Delta Valley Hospital",
                "Stockton, CA",
                "2025-05",
                None,
                [
                    "MICU, 1:2 ratios, sepsis and ARDS proning teams; Cerner charting.",
                    "Rapid response and code team member; bedside CRRT set-up and troubleshooting; ventilator weaning with RT.",
                    "Float to the neuro ICU when census required (EVD, hourly neuro checks, hypertonic saline).",
                ],
                agency="Trellis Travel Nursing",
            ),
            P(
                "Registered Nurse, Medical-Surgical ICU",
                "St. Brendan's Medical Center",
                "Austin, TX",
                "2017-07",
                "2024-04",
                [
                    "24-bed MICU/SICU; relief charge 2021-2024.",
                    "Epic super-user for the ICU flowsheet rollout.",
                    "Cared for septic shock, DKA, GI bleed, post-operative and trauma patients; arterial and central line management.",
                    "Member of the unit practice council: led the CAUTI reduction project (rate down 40% over 18 months).",
                    "Precepted 11 new graduate nurses through the critical care residency.",
                ],
            ),
            P(
                "Patient Care Technician",
                "St. Brendan's Medical Center",
                "Austin, TX",
                "2015-06",
                "2017-06",
                ["Float PCT while in nursing school."],
                before_licence=True,
            ),
        ],
        schools=[
            S("Bachelor of Science in Nursing (BSN)", "The University of Texas at Austin", "2017")
        ],
        ehr=["Epic", "Cerner"],
        skills=["Critical Care", "CRRT", "Impella", "Hemodynamic Monitoring"],
        notes=(
            "LinkedIn 'Save to PDF' look, two pages with 'Page 1 of 2' footers. The agency is the "
            "'company' of the travel role and the facilities are only in the assignment lines; "
            "agency not an employer. Location is the profile's 'Round Rock, Texas, United States' "
            "(no street address). Certifications in the left column are names only: no issuer or "
            "expiry in truth. CA licence is single-state on a page with a compact one -> compact false. "
            "PCT work before licence excluded from years: Jul 2017-Dec 2026 = 114 months = 9.5; "
            "profile says 9 years."
        ),
        dates="li",
        more={"awards": ["DAISY Award (2022)", "Unit Nurse of the Year 2020"]},
    ),
    C(
        key="okonkwo-baird-er",
        fmt="pdf",
        design="yearsleft",
        name="Renata Okonkwo-Baird",
        post_nominals="RN, CEN",
        email="renata.ob@example.net",
        phone="(580) 555-0161",
        street="2208 NW Ferris Avenue, Lawton, OK 73505",
        home="Lawton, OK",
        discipline="RN",
        headline="Emergency Department Registered Nurse",
        profile=(
            "Emergency nurse with 7 years in Level II trauma and freestanding emergency departments. "
            "Triage, trauma activations, stroke alerts and pediatric emergencies."
        ),
        specialties=["ER"],
        licences=[
            L("OK", "RN", "R0098123", "2027-05", True, ""),
            L("CA", "RN", "95512370", "2027-11", False, ""),
        ],
        cards=[
            K("CEN", "BCEN", "2028-03", "CEN (BCEN) – expires March 2028"),
            K("TNCC", "ENA", "2026-10", "TNCC (ENA) – expired October 2026, renewal class booked"),
            K("ACLS", "AHA", "2027-06", "ACLS – expires June 2027"),
            K("PALS", "AHA", "2027-06", "PALS – expires June 2027"),
            K("BLS", "AHA", "2027-02", "BLS – expires February 2027"),
        ],
        posts=[
            P(
                "Staff RN, Emergency Department",
                "Red River Regional Hospital",
                "Lawton, OK",
                "2023-04",
                None,
                [
                    "Level III trauma ED, 38 beds; triage and resuscitation bays.",
                    "Charge nurse on nights since 2025; Meditech Expanse.",
                ],
            ),
            P(
                "Emergency Department RN",
                "Gulf Meridian Medical Center",
                "Corpus Christi, TX",
                "2019-06",
                "2023-03",
                ["Level II trauma center, 60,000 visits a year; Epic ASAP."],
            ),
            P(
                "PRN RN",
                "Coastal Bend Freestanding ER",
                "Portland, TX",
                "2021-01",
                "2022-12",
                ["Per diem weekends alongside the staff job."],
            ),
            P(
                "Unit Secretary",
                "Gulf Meridian Medical Center",
                "Corpus Christi, TX",
                "2016-08",
                "2019-05",
                ["Emergency department, while in school."],
                before_licence=True,
            ),
        ],
        schools=[
            S("Bachelor of Science in Nursing", "Texas A&M University-Corpus Christi", "2019")
        ],
        ehr=["Meditech", "Epic"],
        skills=[
            "Triage (ESI)",
            "Trauma resuscitation",
            "Rapid sequence intubation assist",
            "Sepsis bundles",
        ],
        notes=(
            "Dates printed year-only on the LEFT ('2019 – 2023'); truth years from the months "
            "behind them (Jun 2019-Dec 2026 = 91 months = 7.6); a year-only reading gives 7-8, "
            "inside +/-1. Licences only in a sentence ('Licensed as a Registered Nurse in "
            "Oklahoma (multistate compact licence ...) and in California ...'); CA compact false. "
            "Certifications with month names ('BLS – expires February 2027'). TNCC expired "
            "10/2026, kept. PRN job concurrent (counted once). Unit secretary before licence "
            "excluded, kept as employer (same hospital). Meditech Expanse -> Meditech, Epic ASAP -> Epic."
        ),
        dates="year",
        more={
            "licence_sentence": (
                "Licensed as a Registered Nurse in Oklahoma (multistate compact licence "
                "#R0098123, expires 05/2027) and in California (#95512370, expires 11/2027)."
            )
        },
    ),
    C(
        key="brightwater-newgrad",
        fmt="pdf",
        design="nursingschool",
        name="Tallulah Brightwater",
        post_nominals="BSN, RN",
        email="t.brightwater@example.org",
        phone="(480) 555-0109",
        street="1560 E. Lemon Street, Apt 12, Tempe, AZ 85281",
        home="Tempe, AZ",
        discipline="RN",
        headline="New Graduate Registered Nurse",
        profile=(
            "Licensed new graduate nurse (May 2026 BSN) seeking a residency in adult critical care or "
            "emergency nursing. 680 clinical hours across six rotations, capstone in the MICU."
        ),
        specialties=[],
        licences=[
            L(
                "AZ",
                "RN",
                "RN291744",
                "2030-06",
                True,
                "Arizona RN, multistate, RN291744, expires 06/30/2030",
            )
        ],
        cards=[
            K("BLS", "AHA", "2028-01", "BLS Provider, AHA — valid through 01/2028"),
            K("ACLS", "AHA", "2028-03", "ACLS Provider, AHA — valid through 03/2028"),
            K("NIHSS", None, None, "NIHSS certification (2026)"),
        ],
        posts=[
            P(
                "Patient Care Technician",
                "Desert Bloom Hospital",
                "Mesa, AZ",
                "2024-06",
                "2026-05",
                ["Med-surg and telemetry floors, 24 hours a week during school."],
                before_licence=True,
            ),
        ],
        schools=[S("Bachelor of Science in Nursing", "Arizona State University", "May 2026")],
        ehr=["Epic"],
        skills=[
            "Head-to-toe assessment",
            "IV starts",
            "Epic documentation",
            "Spanish (conversational)",
        ],
        rotations=[
            ("Medical-Surgical I & II", "Saguaro Valley Medical Center", "180"),
            ("Pediatrics", "Phoenix Children's Hospital", "90"),
            ("Obstetrics", "Banner Desert Medical Center", "90"),
            ("Mental Health", "Copper Sky Behavioral Health", "90"),
            ("Community Health", "Maricopa County public health clinics", "60"),
            ("Capstone — Medical ICU", "Saguaro Valley Medical Center", "170"),
        ],
        new_grad=True,
        notes=(
            "Nursing-school template: clinical rotations as a table (Rotation | Clinical site | "
            "Hours); rotations are not specialties and rotation sites are not employers -> "
            "specialties [], years null. Licensed (AZ multistate) but no RN job yet; the PCT job "
            "is pre-licence, employer kept. Phoenix Children's and Banner Desert are real names "
            "used only as rotation sites (clinical_sites, unscored)."
        ),
        dates="mon",
    ),
    C(
        key="atwater-nguyen-ld",
        fmt="docx",
        design="dx-sections2col",
        name="Marisol Atwater-Nguyen",
        post_nominals="RN, RNC-OB",
        email="marisol.atwater@example.com",
        phone="(865) 555-0182",
        street="718 Kingston Pike, Knoxville, TN 37919",
        home="Knoxville, TN",
        discipline="RN",
        headline="Labor & Delivery RN — high-risk antepartum, intrapartum, OR circulating for C-sections",
        profile=(
            "Labor and delivery nurse with 8 years at Level III and IV perinatal centers and one "
            "travel contract. Fetal monitoring, magnesium and pitocin titration, OB hemorrhage drills."
        ),
        specialties=["L&D", "Postpartum"],
        licences=[
            L(
                "TN",
                "RN",
                "RN-221974",
                "2027-08",
                True,
                "Tennessee RN — multistate — RN-221974 — exp. 08/31/2027",
            )
        ],
        cards=[
            K("RNC-OB", "NCC", "2029-04", "RNC-OB (NCC), renew by 04/2029"),
            K("NRP", "AAP", "2027-09", "NRP (AAP), exp. 09/2027"),
            K("ACLS", "AHA", "2027-01", "ACLS (AHA), exp. 01/2027"),
            K("BLS", "AHA", "2027-01", "BLS (AHA), exp. 01/2027"),
            K(
                "AWHONN Advanced Fetal Heart Monitoring",
                "AWHONN",
                None,
                "AWHONN Advanced Fetal Heart Monitoring (2023)",
            ),
        ],
        posts=[
            P(
                "Labor & Delivery RN",
                "Smoky Ridge Women's Hospital",
                "Knoxville, TN",
                "2022-02",
                None,
                [
                    "High-risk L&D, 14 LDRs and 3 ORs; circulate for cesarean births.",
                    "Preceptor; Epic Stork.",
                ],
            ),
            P(
                "Travel L&D RN",
                "Piedmont Crossing Medical Center",
                "Greenville, SC",
                "2021-06",
                "2021-12",
                ["26-week contract, Level III unit."],
                agency="Wayfarer Clinical Staffing",
            ),
            P(
                "Mother-Baby / L&D RN",
                "Cumberland Valley Hospital",
                "Chattanooga, TN",
                "2018-07",
                "2021-05",
                [
                    "Started in mother-baby (postpartum couplet care), cross-trained to L&D in 2019.",
                    "Cerner PowerChart.",
                ],
            ),
        ],
        schools=[S("BSN", "The University of Tennessee, Knoxville", "2018")],
        ehr=["Epic", "Cerner"],
        skills=[
            "Fetal monitoring",
            "Pitocin/magnesium titration",
            "OB hemorrhage",
            "Cesarean circulating",
            "Neonatal resuscitation",
        ],
        notes=(
            "Word document whose body is a section break into TWO newspaper columns: jobs flow "
            "down the left column and into the right. Postpartum from 'Mother-Baby' (mother-baby -> "
            "postpartum); C-section circulating is L&D work, not OR. Travel contract via "
            "Wayfarer Clinical Staffing (agency, not employer). Gap Jan 2022. Years Jul 2018-Dec "
            "2021 (42) + Feb 2022-Dec 2026 (59) = 101 months = 8.4; profile '8 years'. AWHONN "
            "fetal monitoring has a year only: no expiry. Epic Stork -> Epic, Cerner PowerChart -> Cerner."
        ),
        dates="mm",
    ),
    C(
        key="pratt-pacu",
        fmt="docx",
        design="dx-yearsleft",
        name="Oluwaseun Pratt",
        post_nominals="BSN, RN, CPAN",
        email="seun.pratt@example.org",
        phone="(614) 555-0126",
        street="95 Mohawk Street, Columbus, OH 43206",
        home="Columbus, OH",
        discipline="RN",
        headline="Perianesthesia nurse (PACU, Phase I and II)",
        profile="Perianesthesia RN: Phase I recovery for adult and pediatric surgery, pre-op, and earlier med-surg.",
        specialties=["PACU", "Med-Surg"],
        licences=[
            L(
                "OH",
                "RN",
                "RN.511837",
                "2027-10",
                True,
                "Ohio RN, multistate, RN.511837, expires 10/31/2027",
            ),
            L(
                "MI",
                "RN",
                "4704339918",
                "2028-03",
                False,
                "Michigan RN (single-state), 4704339918, expires 03/31/2028",
            ),
        ],
        cards=[
            K("CPAN", "ABPANC", "2028-10", "CPAN, ABPANC, through October 2028"),
            K("ACLS", "AHA", "2027-04", "ACLS, AHA, through April 2027"),
            K("PALS", "AHA", "2027-04", "PALS, AHA, through April 2027"),
            K("BLS", "AHA", "2027-04", "BLS, AHA, through April 2027"),
        ],
        posts=[
            P(
                "PACU Registered Nurse",
                "Olentangy Surgical Hospital",
                "Columbus, OH",
                "2020-09",
                None,
                [
                    "Phase I PACU, 18 bays; ortho, spine, bariatric and ENT.",
                    "Call team; Epic OpTime.",
                ],
            ),
            P(
                "PACU / Pre-op RN",
                "Scioto Valley Medical Center",
                "Chillicothe, OH",
                "2017-03",
                "2020-08",
                ["Pre-op and Phase II discharge, then Phase I from 2018."],
            ),
            P(
                "Medical-Surgical RN",
                "Scioto Valley Medical Center",
                "Chillicothe, OH",
                "2014-06",
                "2017-02",
                ["32-bed surgical floor, post-op care."],
            ),
        ],
        schools=[S("Bachelor of Science in Nursing", "Ohio University", "2014")],
        ehr=["Epic"],
        skills=[
            "Airway management",
            "Conscious sedation",
            "Pain management",
            "Malignant hyperthermia response",
        ],
        notes=(
            "Word document with year-only dates on the LEFT at a tab ('2014 – 2017<TAB>Medical-"
            "Surgical RN'); truth years from months Jun 2014-Dec 2026 = 151 = 12.6 (year-only 12-13). "
            "The two jobs at Scioto Valley are one employer. Michigan single-state -> compact false. "
            "Certifications 'through October 2028'. Epic OpTime -> Epic."
        ),
        dates="year",
    ),
    C(
        key="vasquez-lowe-onc",
        fmt="docx",
        design="dx-twopage",
        name="Henrietta Vasquez-Lowe",
        post_nominals="MSN, RN, OCN",
        email="hvasquezlowe@example.net",
        phone="(503) 555-0174",
        street="3321 SE Belmont Street, Portland, OR 97214",
        home="Portland, OR",
        discipline="RN",
        headline="Oncology RN — inpatient hematology/oncology, BMT and infusion",
        profile=(
            "Oncology nurse with 11 years in inpatient hematology/oncology, bone marrow transplant and "
            "outpatient infusion. Chemotherapy/biotherapy competent, vesicant management, CAR-T monitoring."
        ),
        specialties=["Oncology", "Outpatient"],
        licences=[
            L(
                "OR",
                "RN",
                "201104418RN",
                "2027-12",
                None,
                "Oregon Registered Nurse — 201104418RN — expires 12/2027",
            ),
            L(
                "CA",
                "RN",
                "95570215",
                "2028-05",
                None,
                "California Registered Nurse — 95570215 — expires 05/2028",
            ),
        ],
        cards=[
            K("OCN", "ONCC", "2029-06", "Oncology Certified Nurse (OCN), ONCC — expires June 2029"),
            K(
                "BMTCN",
                "ONCC",
                "2028-02",
                "Blood & Marrow Transplant Certified Nurse (BMTCN), ONCC — expires February 2028",
            ),
            K(
                "ONS/ONCC Chemotherapy Immunotherapy Certificate",
                "ONS",
                "2027-07",
                "ONS/ONCC Chemotherapy Immunotherapy Certificate — renew July 2027",
            ),
            K("BLS", "AHA", "2027-05", "BLS, American Heart Association — expires May 2027"),
        ],
        posts=[
            P(
                "Infusion Nurse",
                "Willamette Cancer Institute",
                "Portland, OR",
                "2023-01",
                None,
                [
                    "Outpatient infusion center, 42 chairs; chemotherapy, immunotherapy, blood products.",
                    "Epic Beacon.",
                ],
            ),
            P(
                "RN II, Blood & Marrow Transplant Unit",
                "Columbia Heights University Hospital",
                "Portland, OR",
                "2018-04",
                "2022-12",
                [
                    "Autologous and allogeneic transplant, CAR-T cytokine release monitoring.",
                    "Charge nurse 2020-2022.",
                ],
            ),
            P(
                "Staff RN, Hematology/Oncology",
                "Golden Poppy Medical Center",
                "Sacramento, CA",
                "2015-08",
                "2018-03",
                ["Inpatient leukemia/lymphoma unit, 28 beds.", "Cerner PowerChart."],
            ),
        ],
        schools=[
            S(
                "Master of Science in Nursing, Nursing Education",
                "Oregon Health & Science University",
                "2021",
            ),
            S("Bachelor of Science in Nursing", "California State University, Sacramento", "2015"),
        ],
        ehr=["Epic", "Cerner"],
        skills=[
            "Chemotherapy administration",
            "Central lines/ports",
            "Apheresis",
            "Patient education",
            "Transfusion",
        ],
        notes=(
            "Two-page Word document: an empty first-page header, and a different "
            "page-2 header repeating the name and 'Page 2'. Oregon address: 'OR' is the state, "
            "never the operating room. Licences say nothing about compact -> null. Years Aug "
            "2015-Dec 2026 = 137 months = 11.4; profile '11 years'. Long certification names with "
            "the acronym -> acronym (OCN, BMTCN); the chemo certificate keeps its printed name. "
            "Infusion center -> Outpatient. Epic Beacon -> Epic."
        ),
        dates="month",
        more={"extra": True},
    ),
    C(
        key="kowalczyk-homehealth",
        fmt="txt",
        design="txt-forward",
        name="Beatriz Kowalczyk",
        post_nominals="RN",
        email="bea.kowalczyk@example.com",
        phone="417-555-0153",
        street=None,
        home="Springfield, MO",
        discipline="RN",
        headline="Home health RN",
        profile="",
        specialties=["Home Health", "Med-Surg"],
        licences=[
            L(
                "MO",
                "RN",
                "2016031187",
                "2027-04",
                True,
                "Missouri RN, multistate (compact), #2016031187, exp 4/30/2027",
            )
        ],
        cards=[
            K("BLS", None, "2027-08", "BLS exp 8/2027"),
            K("COS-C", "AHHC", None, "COS-C (OASIS certified)"),
            K("WCC", None, "2028-01", "Wound Care Certified (WCC) exp 1/2028"),
        ],
        posts=[
            P(
                "Home Health RN Case Manager",
                "Ozark Hearth Home Health",
                "Springfield, MO",
                "2020-10",
                None,
                [
                    "Caseload of 28-32; OASIS start of care, wound vacs, IV antibiotics, Homecare Homebase."
                ],
            ),
            P(
                "Home Health Visit RN (PRN)",
                "Riverbend Home Care",
                "Branson, MO",
                "2022-03",
                "2024-06",
                ["Weekend visits."],
            ),
            P(
                "Med-Surg RN",
                "Mercy Grove Hospital",
                "Springfield, MO",
                "2016-06",
                "2020-09",
                ["Medical floor, 6:1, Epic."],
            ),
        ],
        schools=[S("ADN", "Ozarks Technical Community College", "2016")],
        ehr=["Homecare Homebase", "Epic"],
        skills=[],
        notes=(
            "A recruiter's FORWARDED e-mail: the recruiter's own name, phone and e-mail sit in the "
            "forward header and signature; the candidate's e-mail is quoted with '> ' marks. "
            "Location from her signature line 'Springfield, MO' (no street). PRN concurrent "
            "(counted once). Years Jun 2016-Dec 2026 = 127 months = 10.6 (she writes 'a little over "
            "10 years'). COS-C has no date: no expiry. Compact stated."
        ),
        dates="mm",
        more={
            "recruiter": ("Dana Whitlock", "dana.whitlock@example.org", "(913) 555-0100"),
            "agency": "Northstar Homecare Staffing",
        },
    ),
    C(
        key="fairbanks-ito-nicu",
        fmt="photo",
        design="rightbar",
        name="Annelise Fairbanks-Ito",
        post_nominals="BSN, RNC-NIC",
        email="annelise.fi@example.org",
        phone="(801) 555-0192",
        street="460 E 900 S, Salt Lake City, UT 84111",
        home="Salt Lake City, UT",
        discipline="RN",
        headline="NICU Registered Nurse · Level IV",
        profile="Level IV NICU nurse, 6 years: micro-preemies, cooling therapy, post-surgical neonates, transport team.",
        specialties=["NICU"],
        licences=[
            L(
                "UT",
                "RN",
                "10448213-3102",
                "2028-01",
                True,
                "Utah RN · compact · 10448213-3102 · exp 01/31/2028",
            )
        ],
        cards=[
            K("RNC-NIC", "NCC", "2029-09", "RNC-NIC · NCC · exp 09/2029"),
            K("NRP", "AAP", "2027-05", "NRP · AAP · exp 05/2027"),
            K("BLS", "AHA", "2027-05", "BLS · AHA · exp 05/2027"),
        ],
        posts=[
            P(
                "NICU RN II",
                "Wasatch Children's Hospital",
                "Salt Lake City, UT",
                "2020-11",
                None,
                ["Level IV, 64 beds; ECMO and cooling; neonatal transport team."],
            ),
            P(
                "NICU RN",
                "Bonneville Regional Medical Center",
                "Ogden, UT",
                "2020-06",
                "2020-10",
                ["Level III, orientation and first months."],
            ),
            P(
                "Nurse Tech",
                "Bonneville Regional Medical Center",
                "Ogden, UT",
                "2019-05",
                "2020-05",
                ["Postpartum unit while in school."],
                before_licence=True,
            ),
        ],
        schools=[S("BSN", "University of Utah", "2020")],
        ehr=["Epic"],
        skills=[
            "Micro-preemie care",
            "Therapeutic hypothermia",
            "PICC care",
            "Family-centered care",
            "Epic",
        ],
        notes=(
            "Phone photo of a printed page on a CLIPBOARD (metal clip over the top margin), with "
            "a thumb shadow at the lower left. Source: a resume-builder page with a right-hand "
            "sidebar. Years Jun 2020-Dec 2026 = 79 months = 6.6; profile '6 years'. Nurse tech "
            "before licence excluded (postpartum there is not a specialty: pre-licence)."
        ),
        dates="mm",
    ),
    C(
        key="mbatha-reyes-pcu",
        fmt="photo",
        design="board-desktop",
        name="Gideon Mbatha-Reyes",
        post_nominals="RN, PCCN",
        email="gideon.mr@example.net",
        phone="(704) 555-0117",
        street=None,
        home="Charlotte, NC",
        discipline="RN",
        headline="Progressive Care / Telemetry RN",
        profile="PCU and telemetry nurse; titratable drips, BiPAP, post-cath and post-ablation recovery.",
        specialties=["Step-down", "Telemetry"],
        licences=[
            L(
                "NC",
                "RN",
                "309917",
                "2027-07",
                True,
                "North Carolina RN · Multistate · 309917 · Expires 07/2027",
            )
        ],
        cards=[
            K("PCCN", "AACN", "2028-11", "PCCN · AACN · Expires 11/2028"),
            K("ACLS", "AHA", "2027-03", "ACLS · AHA · Expires 03/2027"),
            K("BLS", "AHA", "2027-03", "BLS · AHA · Expires 03/2027"),
        ],
        posts=[
            P(
                "Travel PCU RN",
                "Lowcountry Heart Institute",
                "Charleston, SC",
                "2025-02",
                None,
                ["Cardiac PCU, 1:3."],
                agency="Bluewater Nurse Partners",
            ),
            P(
                "Progressive Care RN",
                "Queen City Medical Center",
                "Charlotte, NC",
                "2021-08",
                "2025-01",
                ["36-bed PCU; relief charge."],
            ),
            P(
                "Telemetry RN",
                "Catawba Valley Hospital",
                "Hickory, NC",
                "2019-01",
                "2021-07",
                ["Cardiac telemetry, 28 beds."],
            ),
        ],
        schools=[
            S("Associate Degree in Nursing", "Central Piedmont Community College", "2018"),
            S("RN to BSN", "University of North Carolina Wilmington", "2022"),
        ],
        ehr=["Epic", "Cerner"],
        skills=["Cardiac drips", "BiPAP", "Telemetry interpretation", "Sheath removal"],
        notes=(
            "PNG screenshot of a healthcare job-board candidate profile (desktop). Location is the "
            "profile's 'Charlotte, NC'. Desired-locations chips (Charleston, SC; Raleigh, NC) are "
            "wishes, not home. Travel via Bluewater Nurse Partners (agency). Years Jan 2019-Dec "
            "2026 = 96 months = 8.0; the board's '8 yrs experience' chip agrees. 'RN to BSN' "
            "kept as printed (a BSN)."
        ),
        dates="mon",
    ),
    C(
        key="nakashima-psych",
        fmt="scan",
        design="rightbar",
        name="Cordelia Nakashima",
        post_nominals="RN, PMH-BC",
        email="cnakashima@example.com",
        phone="(518) 555-0144",
        street="27 Lark Street, Albany, NY 12210",
        home="Albany, NY",
        discipline="RN",
        headline="Psychiatric-Mental Health Registered Nurse",
        profile="Psychiatric nurse, 9 years: adult acute inpatient, geriatric psych and a CPEP emergency unit.",
        specialties=["Psych"],
        licences=[
            L("NY", "RN", "698214", "2028-02", None, "New York RN · 698214 · reg. through 02/2028"),
            L(
                "MA",
                "RN",
                "RN2311907",
                "2027-06",
                None,
                "Massachusetts RN · RN2311907 · exp 06/2027",
            ),
        ],
        cards=[
            K("PMH-BC", "ANCC", "2030-01", "PMH-BC · ANCC · exp 01/2030"),
            K(
                "CPI Nonviolent Crisis Intervention",
                "CPI",
                "2027-03",
                "CPI Nonviolent Crisis Intervention · exp 03/2027",
            ),
            K("BLS", "AHA", "2027-08", "BLS · AHA · exp 08/2027"),
        ],
        posts=[
            P(
                "Staff RN, Adult Inpatient Psychiatry",
                "Hudson Bend Medical Center",
                "Albany, NY",
                "2021-04",
                None,
                ["28-bed locked unit; de-escalation team lead; Epic."],
            ),
            P(
                "RN, Geriatric Psychiatry",
                "Berkshire Hills Behavioral Hospital",
                "Pittsfield, MA",
                "2017-10",
                "2021-03",
                ["Geropsych unit, ECT recovery."],
            ),
            P(
                "RN, Comprehensive Psychiatric Emergency Program",
                "Hudson Bend Medical Center",
                "Albany, NY",
                "2018-06",
                "2019-12",
                ["Per diem in the psychiatric emergency program."],
            ),
        ],
        schools=[S("Bachelor of Science in Nursing", "The Sage Colleges", "2017")],
        ehr=["Epic", "Meditech"],
        skills=[
            "De-escalation",
            "Milieu management",
            "ECT recovery",
            "Suicide risk assessment",
            "Meditech",
        ],
        notes=(
            "Scan (image-only PDF) with a FOLD line across the middle (the page was folded in "
            "thirds for an envelope). Per diem CPEP concurrent with the geropsych job (counted "
            "once). Psych emergency is psychiatric work, not ER. Years Oct 2017-Dec 2026 = 111 "
            "months = 9.2; profile '9 years'. Licences say nothing about compact -> null."
        ),
        dates="mm",
    ),
    C(
        key="achebe-lund-or",
        fmt="scan",
        design="europass",
        name="Florian Achebe-Lund",
        post_nominals="RN, CNOR",
        email="florian.achebelund@example.org",
        phone="(612) 555-0158",
        street="3812 Bryant Avenue South, Minneapolis, MN 55409",
        home="Minneapolis, MN",
        discipline="RN",
        headline="Perioperative Registered Nurse (circulator, scrub)",
        profile="Operating room nurse: circulating and scrubbing in general, orthopedic, robotic and cardiac surgery.",
        specialties=["OR"],
        licences=[
            L(
                "MN",
                "RN",
                "R 241187",
                "2027-09",
                None,
                "Minnesota Registered Nurse, R 241187, valid to 09/2027",
            ),
            L(
                "WI",
                "RN",
                "322516-30",
                "2028-02",
                None,
                "Wisconsin Registered Nurse, 322516-30, valid to 02/2028",
            ),
        ],
        cards=[
            K(
                "CNOR",
                "CCI",
                "2030-03",
                "CNOR (Competency & Credentialing Institute), valid to 03/2030",
            ),
            K("BLS", "AHA", "2027-06", "BLS (American Heart Association), valid to 06/2027"),
            K("ACLS", "AHA", "2027-06", "ACLS (American Heart Association), valid to 06/2027"),
        ],
        posts=[
            P(
                "Perioperative RN — Cardiovascular OR",
                "Lake Harriet Heart Hospital",
                "Minneapolis, MN",
                "2022-05",
                None,
                ["CABG, valve and TAVR cases; robotic thoracic."],
            ),
            P(
                "Operating Room RN",
                "Chippewa Falls Regional Medical Center",
                "Eau Claire, WI",
                "2016-08",
                "2022-04",
                ["General, orthopedic, GYN; scrub and circulate."],
            ),
            P(
                "Surgical Technologist",
                "Chippewa Falls Regional Medical Center",
                "Eau Claire, WI",
                "2012-06",
                "2014-07",
                ["Before nursing school."],
                before_licence=True,
            ),
        ],
        schools=[
            S("Bachelor of Science in Nursing", "University of Wisconsin-Eau Claire", "2016"),
            S("Surgical Technology diploma", "Chippewa Valley Technical College", "2012"),
        ],
        ehr=["Epic"],
        skills=["Circulating", "Scrubbing", "da Vinci robotics", "Cell saver", "Epic OpTime"],
        notes=(
            "Europass-style CV (label column on the left: 'Personal information', 'Work "
            "experience', 'Education and training'...), scanned at 150 dpi with a 1.9 degree skew. "
            "Europass dates day-first ('01/08/2016 – Present' = Aug 2016). Surgical technologist "
            "work before nursing school excluded from years, kept as employer (same hospital as "
            "the OR RN job). Gap Aug 2014-Jul 2016 is school. Years Aug 2016-Dec 2026 = 125 = 10.4. "
            "Diploma kept in education as printed. Epic OpTime -> Epic."
        ),
        dates="dmy",
    ),
    C(
        key="dorsey-lpn",
        fmt="pdf",
        design="rl-govform",
        name="Wilhelmina Dorsey",
        post_nominals="LPN",
        email="wdorsey.lpn@example.com",
        phone="(859) 555-0129",
        street="1147 Bryan Station Road, Lexington, KY 40505",
        home="Lexington, KY",
        discipline="LPN",
        headline="Licensed Practical Nurse",
        profile="",
        specialties=["LTC", "SNF"],
        licences=[L("KY", "LPN", "2048117", "2027-10", True, "")],
        cards=[
            K("BLS", "American Red Cross", "2027-02", ""),
            K("IV Therapy", None, None, ""),
        ],
        posts=[
            P(
                "Charge LPN",
                "Bluegrass Meadows Nursing & Rehabilitation",
                "Lexington, KY",
                "2021-03",
                None,
                [
                    "Skilled rehab hall, 30 residents; med pass, wound care, admissions; PointClickCare."
                ],
            ),
            P(
                "LPN",
                "Elkhorn Creek Senior Living",
                "Georgetown, KY",
                "2017-09",
                "2021-02",
                ["Long-term care unit; MDS assist."],
            ),
            P(
                "State Registered Nurse Aide",
                "Elkhorn Creek Senior Living",
                "Georgetown, KY",
                "2014-05",
                "2016-08",
                ["Before LPN school."],
                before_licence=True,
            ),
        ],
        schools=[
            S("Practical Nursing Diploma", "Bluegrass Community and Technical College", "2017")
        ],
        ehr=["PointClickCare", "MatrixCare"],
        skills=[],
        notes=(
            "Reportlab page drawn as a government-style employment application form (numbered, "
            "boxed fields: '1. Full legal name', checkboxes for licence type, a multistate "
            "checkbox ticked). Licence data only in form cells. SRNA work before licence excluded. "
            "Years Sep 2017-Dec 2026 = 112 months = 9.3. Skilled rehab hall -> SNF, long-term care "
            "unit -> LTC. BLS from the American Red Cross."
        ),
        dates="mm",
    ),
    C(
        key="quintanilla-hart-lvn",
        fmt="rtf",
        design="rtf-wordpad",
        name="Esperanza Quintanilla-Hart",
        post_nominals="LVN",
        email="esperanza.qh@example.net",
        phone="(210) 555-0185",
        street="5319 Callaghan Road, San Antonio, TX 78228",
        home="San Antonio, TX",
        discipline="LPN",
        headline="Licensed Vocational Nurse",
        profile="LVN with 6 years in home health and skilled nursing; wound care and IV therapy.",
        specialties=["Home Health", "SNF"],
        licences=[
            L(
                "TX",
                "LVN",
                "318842",
                "2028-04",
                True,
                "Texas LVN (multistate) #318842, expires 04/30/2028",
            )
        ],
        cards=[
            K("BLS", "AHA", "2027-03", "BLS - AHA - expires March 2027"),
            K(
                "WCC",
                "NAWCO",
                "2028-08",
                "Wound Care Certified (WCC) - NAWCO - expires August 2028",
            ),
            K(
                "IV Therapy",
                None,
                None,
                "IV Therapy certification - Texas Board of Nursing approved course, 2021",
            ),
        ],
        posts=[
            P(
                "Home Health LVN",
                "Alamo Heights Home Health",
                "San Antonio, TX",
                "2022-05",
                None,
                ["6-7 visits a day; wound care, Foley changes, PT/INR checks; Kinnser (WellSky)."],
            ),
            P(
                "Treatment Nurse LVN",
                "Mission Trail Skilled Nursing Center",
                "San Antonio, TX",
                "2020-09",
                "2022-04",
                ["Skilled nursing unit; weekly skin sweeps."],
            ),
            P(
                "Charge Nurse LVN",
                "Guadalupe River Rehabilitation & Nursing",
                "Seguin, TX",
                "2020-08",
                "2020-08",
                ["Short assignment after licensure."],
            ),
        ],
        schools=[S("Vocational Nursing Certificate", "St. Philip's College", "2020")],
        ehr=["Kinnser", "PointClickCare"],
        skills=[
            "Wound care",
            "IV therapy",
            "Medication administration",
            "PointClickCare",
            "Bilingual English/Spanish",
        ],
        notes=(
            "WordPad-style RTF: \\tab-aligned dates, bold headings, no tables. LVN -> discipline LPN, "
            "licence type LVN. Texas LVN multistate. Years Aug 2020-Dec 2026 = 77 months = 6.4; "
            "profile '6 years'. Kinnser (WellSky) -> Kinnser. A one-month job (Aug 2020) kept."
        ),
        dates="mm",
    ),
]
