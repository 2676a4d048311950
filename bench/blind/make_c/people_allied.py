"""Set c pharmacists, respiratory therapists and technologists. Everything about them is invented."""

from model import Cert, Edu, Job, Lic, Person

PEOPLE = [
    Person(
        key="oduya-pharmd-cv",
        fmt="pdf",
        design="twopage",
        name="Marguerite Oduya",
        creds="PharmD, BCPS",
        title="Clinical Pharmacist, Internal Medicine",
        email="m.oduya@example.org",
        phone="(773) 555-0122",
        home=None,
        discipline="Pharmacist",
        specialties=["Inpatient", "Retail"],
        summary="Board-certified pharmacotherapy specialist on inpatient internal medicine teams: anticoagulation and vancomycin dosing, antimicrobial stewardship, discharge medication reconciliation. Keeps a per diem community pharmacy shift.",
        jobs=[
            Job(
                "Clinical Pharmacist, Internal Medicine",
                "Lakefront Presbyterian Medical Center",
                "Chicago, IL",
                "2019-07",
                None,
                [
                    "Rounds daily with two hospitalist teams; pharmacy-to-dose vancomycin and warfarin",
                    "Co-chair, antimicrobial stewardship subcommittee",
                    "Order verification and pharmacokinetic notes in Epic",
                ],
            ),
            Job(
                "Staff Pharmacist",
                "Pullman Square Community Pharmacy",
                "Chicago, IL",
                "2020-01",
                "2025-06",
                ["One Saturday a month: dispensing, immunizations, MTM"],
                kind="Per Diem",
            ),
            Job(
                "PGY1 Pharmacy Resident",
                "Lakefront Presbyterian Medical Center",
                "Chicago, IL",
                "2018-07",
                "2019-06",
                ["ASHP-accredited PGY1; rotations in ICU, ID, cardiology, oncology"],
            ),
        ],
        licenses=[
            Lic("IL", "Pharmacist", "051.318842", expires="2028-03", label="Registered Pharmacist"),
            Lic("IN", "Pharmacist", "26041187A", expires="2026-06", label="Pharmacist"),
        ],
        certs=[
            Cert(
                "BCPS",
                "Board of Pharmacy Specialties",
                "2030-12",
                long="Board Certified Pharmacotherapy Specialist",
            ),
            Cert("Immunization Delivery Certificate", "APhA"),
            Cert("BLS", "American Heart Association", "2027-04"),
            Cert("ACLS", "American Heart Association", "2027-04"),
        ],
        education=[
            Edu("Doctor of Pharmacy", "University of Illinois Chicago", "2018"),
        ],
        ehr=["Epic"],
        extra=[
            (
                "Teaching",
                [
                    "Preceptor, APPE internal medicine rotation, University of Illinois Chicago (2020–present)",
                    "Pharmacotherapy lectures: anticoagulation reversal; inpatient insulin (2022, 2024)",
                ],
            ),
            (
                "Presentations",
                [
                    "Oduya M, et al. Pharmacist-driven vancomycin AUC dosing on medicine wards. ASHP Midyear Clinical Meeting poster, 2023.",
                    "Oduya M. Reducing duplicate anticoagulation at discharge. Illinois Council of Health-System Pharmacists Annual Meeting, 2022.",
                ],
            ),
            (
                "Publications",
                [
                    "Oduya M, Brandt K, Feliciano R. Time to therapeutic anti-Xa after a nomogram change. Hosp Pharm Rep. 2024;9:112-118.",
                    "Feliciano R, Oduya M. Stewardship review of fluoroquinolone use in a teaching hospital. J Midwest Pharm. 2021;4:33-39.",
                ],
            ),
            (
                "Committees",
                [
                    "Pharmacy & Therapeutics Committee, member (2021–present)",
                    "Medication Safety Committee, pharmacy representative (2020–2023)",
                ],
            ),
            (
                "Professional Memberships",
                [
                    "American Society of Health-System Pharmacists (ASHP)",
                    "American College of Clinical Pharmacy (ACCP)",
                    "Illinois Council of Health-System Pharmacists (ICHP)",
                ],
            ),
        ],
        notes="Two-page CV with running header/footer (contact also in the footer). Residency year counts (licensed). Per diem job overlaps. Indiana licence lapsed 06/2026 as printed. Residency rotations (ICU, ID, cardiology, oncology) are training, not specialties. The PGY1 residency is listed as a job (licensed work), not as a degree.",
    ),
    Person(
        key="raghunathan-rph-retail",
        fmt="docx",
        design="namehdr",
        name="Vikram Raghunathan",
        creds="PharmD, RPh",
        title="Pharmacist in Charge",
        email="vikram.raghunathan@example.com",
        phone="(615) 555-0133",
        home="2904 Belmont Blvd, Nashville, TN 37212",
        discipline="Pharmacist",
        specialties=["Retail"],
        summary="Community pharmacist and pharmacist-in-charge: high-volume dispensing, immunizations, medication therapy management and technician training.",
        jobs=[
            Job(
                "Pharmacist in Charge",
                "Cumberland Corner Pharmacy",
                "Nashville, TN",
                "2021-04",
                None,
                [
                    "300-350 prescriptions a day; DEA and board inspections without findings",
                    "Test-and-treat for flu and strep under collaborative agreement",
                ],
            ),
            Job(
                "Staff Pharmacist",
                "Harpeth River Drug Co.",
                "Franklin, TN",
                "2017-06",
                "2021-03",
                ["Retail dispensing, compounding, immunizations"],
            ),
            Job(
                "Pharmacy Intern",
                "Harpeth River Drug Co.",
                "Franklin, TN",
                "2014-05",
                "2017-05",
                ["Intern hours while in pharmacy school"],
                counts=False,
            ),
        ],
        licenses=[
            Lic("TN", "Pharmacist", "10884", expires="2027-12", label="Pharmacist"),
            Lic("KY", "Pharmacist", "018843", expires="2027-02", label="Pharmacist"),
        ],
        certs=[
            Cert("Pharmacy-Based Immunization Delivery", "APhA"),
            Cert("MTM Certificate", "APhA"),
            Cert("BLS", "American Heart Association", "2027-09"),
        ],
        education=[Edu("Doctor of Pharmacy (PharmD)", "Belmont University", "2017")],
        notes="Intern years pre-licence (excluded). Same employer for intern and staff job: listed once.",
    ),
    Person(
        key="ashdown-rt-nicu",
        fmt="docx",
        design="footer",
        name="Corbin Ashdown",
        creds="RRT-NPS",
        title="Respiratory Therapist — Neonatal/Pediatric",
        email="corbin.ashdown@example.net",
        phone="(919) 555-0144",
        home=None,
        discipline="RT",
        specialties=["NICU", "PICU", "ICU"],
        summary="Neonatal-pediatric respiratory therapist: high-frequency oscillation, nitric oxide, neonatal transport and intubation assist, after three years in adult critical care.",
        jobs=[
            Job(
                "Respiratory Therapist II, NICU/PICU",
                "Durham Children's Medical Center",
                "Durham, NC",
                "2021-09",
                None,
                [
                    "HFOV, HFJV and iNO management in a 60-bed NICU and 24-bed PICU",
                    "Neonatal transport team; surfactant administration",
                ],
            ),
            Job(
                "Respiratory Therapist, Adult ICU",
                "Haw River Regional Medical Center",
                "Burlington, NC",
                "2018-07",
                "2021-08",
                ["Ventilator management, ABGs, bronchoscopy assist in a 20-bed ICU"],
            ),
        ],
        licenses=[
            Lic("NC", "RT", "RCP-8841", expires="2027-09", label="Respiratory Care Practitioner")
        ],
        certs=[
            Cert("RRT", "NBRC"),
            Cert("RRT-NPS", "NBRC", long="Neonatal/Pediatric Specialist"),
            Cert("NRP", "AAP", "2027-05"),
            Cert("PALS", "AHA", "2027-08"),
            Cert("BLS", "AHA", "2027-08"),
        ],
        education=[
            Edu(
                "Associate in Applied Science, Respiratory Therapy",
                "Durham Technical Community College",
                "2018",
            )
        ],
        ehr=["Epic"],
        notes="Contact only in the page footer; no home address. Tab-separated job lines.",
    ),
    Person(
        key="nakamura-rt-adult-cv",
        fmt="scan",
        design="twopage",
        name="Felicity Nakamura",
        creds="BS, RRT, RRT-ACCS",
        title="Respiratory Therapist, Adult Critical Care",
        email="felicity.nakamura@example.com",
        phone="(206) 555-0155",
        home="11820 Roosevelt Way NE, Seattle, WA 98125",
        discipline="RT",
        specialties=["ICU", "ER"],
        summary="Adult critical care respiratory therapist: ventilator management, ECMO circuit support, bronchoscopy assist and rapid response. PRN emergency department shifts.",
        jobs=[
            Job(
                "Respiratory Therapist III, Adult ICU",
                "Puget Narrows Medical Center",
                "Seattle, WA",
                "2019-03",
                None,
                [
                    "Ventilator and ECMO rounds with intensivists; APRV and proning protocols",
                    "Charting in Epic; RT protocol champion",
                ],
            ),
            Job(
                "Respiratory Therapist",
                "Cascade Foothills Hospital",
                "Issaquah, WA",
                "2020-05",
                "2023-04",
                ["Emergency department and rapid response coverage"],
                kind="PRN",
            ),
            Job(
                "Respiratory Therapist",
                "Olympic Harbor Hospital",
                "Bremerton, WA",
                "2016-08",
                "2019-02",
                ["Adult floors and ICU; pulmonary function testing"],
            ),
        ],
        licenses=[
            Lic("WA", "RT", "RC60884112", expires="2027-08", label="Respiratory Care Practitioner")
        ],
        certs=[
            Cert("RRT", "NBRC"),
            Cert("RRT-ACCS", "NBRC", long="Adult Critical Care Specialist"),
            Cert("ACLS", "American Heart Association", "2027-01"),
            Cert("BLS", "American Heart Association", "2027-01"),
        ],
        education=[Edu("B.S. Respiratory Care", "Boise State University", "2016")],
        ehr=["Epic"],
        extra=[
            (
                "Committees and Projects",
                [
                    "Ventilator-associated event reduction workgroup (2021–2024)",
                    "Built the RT-driven extubation readiness protocol adopted in 2022",
                    "Super-user, transport ventilator roll-out (2020)",
                ],
            ),
            (
                "Presentations",
                [
                    "Nakamura F. Awake proning outside the ICU. Washington Society for Respiratory Care, 2021.",
                    "Nakamura F, Ortiz J. Cuff-leak testing before extubation: a protocol audit. WSRC Fall Meeting, 2023.",
                ],
            ),
            (
                "Teaching",
                [
                    "Clinical preceptor for respiratory care students (Seattle Central College), 2019–present",
                    "ECMO circuit in-services for new graduate therapists",
                ],
            ),
            (
                "Professional Memberships",
                [
                    "American Association for Respiratory Care (AARC)",
                    "Washington Society for Respiratory Care (WSRC)",
                ],
            ),
        ],
        notes="Two-page CV scanned at 150 dpi. PRN ED job overlaps: years counted once. ER specialty from the PRN ED job.",
    ),
    Person(
        key="arce-ct-tech",
        fmt="scan",
        design="typed",
        name="Josefina Arce",
        creds="R.T.(R)(CT)(ARRT)",
        title="CT Technologist",
        email="josefina.arce@example.com",
        phone="(210) 555-0166",
        home="7415 Brandywine Cove, San Antonio, TX 78240",
        discipline="other-allied",
        specialties=["CT", "X-ray"],
        summary="CT technologist in a Level I trauma centre: trauma pan-scans, CTA and cardiac CT, with five years of general radiography before cross-training.",
        jobs=[
            Job(
                "CT Technologist",
                "Mission Reach Medical Center",
                "San Antonio, TX",
                "2021-06",
                None,
                [
                    "Trauma, stroke and PE protocols; contrast power injection",
                    "Cardiac CT calcium scoring and CTA",
                ],
            ),
            Job(
                "Radiologic Technologist",
                "Hill Country Imaging & Diagnostics",
                "New Braunfels, TX",
                "2016-05",
                "2021-05",
                ["General radiography and fluoroscopy; portable exams"],
            ),
        ],
        licenses=[
            Lic(
                "TX",
                "Radiologic Technologist",
                "MRT-104433",
                expires="2027-11",
                label="Medical Radiologic Technologist",
            )
        ],
        certs=[
            Cert("ARRT (R)", "ARRT", "2027-06"),
            Cert("ARRT (CT)", "ARRT", "2027-06"),
            Cert("BLS", "American Heart Association", "2027-03"),
        ],
        education=[Edu("Associate of Applied Science, Radiography", "San Antonio College", "2016")],
        notes="300 dpi typed-page scan. ARRT (R) and (CT) both fold to arrt in score.py.",
    ),
    Person(
        key="prator-xray-ascii",
        fmt="txt",
        design="ascii",
        name="Wendell Prator",
        creds="RT(R)",
        title="Radiologic Technologist",
        email="wendell.prator@example.org",
        phone="(309) 555-0177",
        home="1108 W Moss Ave, Peoria, IL 61606",
        discipline="other-allied",
        specialties=["X-ray"],
        summary="Radiologic technologist in diagnostic radiography and fluoroscopy, including surgical C-arm and portable imaging on nights.",
        jobs=[
            Job(
                "Radiologic Technologist",
                "Illinois River Medical Center",
                "Peoria, IL",
                "2019-09",
                None,
                [
                    "Diagnostic radiography, fluoroscopy, surgical C-arm; night lead tech since 2023",
                    "Exams ordered and tracked in Meditech",
                ],
            ),
            Job(
                "Radiologic Technologist",
                "Tazewell Orthopedic Clinic",
                "Pekin, IL",
                "2017-06",
                "2019-08",
                ["Extremity and spine radiography for an 8-surgeon practice"],
            ),
        ],
        licenses=[
            Lic(
                "IL",
                "Radiologic Technologist",
                "RAD-0094411",
                expires="2027-09",
                label="Radiographer accreditation (IEMA)",
            )
        ],
        certs=[
            Cert("ARRT (R)", "ARRT", "2027-12"),
            Cert("BLS", "American Heart Association", "2026-10"),
        ],
        education=[
            Edu(
                "Associate in Applied Science in Radiologic Technology",
                "Illinois Central College",
                "2017",
                wrap_at=5,
            )
        ],
        ehr=["Meditech"],
        ehr_section=False,
        notes="ASCII page wrapped at 72 columns; degree printed over two lines. BLS lapsed 10/2026 as printed.",
    ),
    Person(
        key="broussard-surgtech",
        fmt="pdf",
        design="margin",
        name="Imani Broussard",
        creds="CST",
        title="Certified Surgical Technologist",
        email="imani.broussard@example.com",
        phone="(337) 555-0188",
        home="604 Ridgewood Dr, Lafayette, LA 70503",
        discipline="other-allied",
        specialties=["OR", "L&D"],
        summary="Surgical technologist in general, orthopedic and cardiovascular surgery, and the labor & delivery C-section suite.",
        jobs=[
            Job(
                "Certified Surgical Technologist",
                "Vermilion Bayou Medical Center",
                "Lafayette, LA",
                "2020-02",
                None,
                [
                    "Scrubs CABG and valve cases with the open-heart team",
                    "Instrument and implant counts, sterile field set-up",
                ],
            ),
            Job(
                "Surgical Technologist, Labor & Delivery",
                "Acadiana Women's Hospital",
                "Lafayette, LA",
                "2017-11",
                "2020-01",
                ["Scrubbed cesarean sections and tubal ligations in the L&D OR"],
            ),
        ],
        licenses=[],
        certs=[
            Cert("CST", "NBSTSA", "2028-04", long="Certified Surgical Technologist"),
            Cert("BLS", "American Heart Association", "2027-01"),
        ],
        education=[
            Edu(
                "Associate of Applied Science, Surgical Technology",
                "South Louisiana Community College",
                "2017",
            )
        ],
        ehr=["Epic"],
        notes="No state licence. The C-section suite in L&D is named: L&D counted with OR.",
    ),
    Person(
        key="virtanen-cath-lab",
        fmt="pdf",
        design="bannergrid",
        name="Stellan Virtanen",
        creds="RCIS, RT(R)",
        title="Cardiovascular Invasive Specialist",
        email="stellan.virtanen@example.net",
        phone="(904) 555-0199",
        home=None,
        discipline="other-allied",
        specialties=["Cath Lab", "X-ray"],
        summary="Cath lab tech scrubbing, monitoring and circulating for diagnostic caths, PCI, structural heart and EP cases; radiographer by training.",
        jobs=[
            Job(
                "Cardiovascular Invasive Specialist",
                "St. Augustine Heart Institute",
                "Jacksonville, FL",
                "2020-05",
                None,
                [
                    "Scrub and hemodynamic monitoring for STEMI activations, TAVR and Impella cases",
                    "Procedure documentation and patient records in Epic",
                ],
            ),
            Job(
                "Radiologic Technologist",
                "First Coast Imaging Center",
                "Orange Park, FL",
                "2016-09",
                "2020-04",
                ["General radiography and fluoroscopy at a freestanding imaging centre"],
            ),
        ],
        licenses=[
            Lic(
                "FL",
                "Radiologic Technologist",
                "CRT 88412",
                expires="2028-01",
                label="Radiologic Technologist",
            )
        ],
        certs=[
            Cert("RCIS", "CCI", "2027-10", long="Registered Cardiovascular Invasive Specialist"),
            Cert("ARRT (R)", "ARRT", "2027-06"),
            Cert("ACLS", "American Heart Association", "2027-02"),
            Cert("BLS", "American Heart Association", "2027-02"),
        ],
        education=[
            Edu(
                "Associate in Science, Radiography", "Florida State College at Jacksonville", "2016"
            )
        ],
        ehr=["Epic"],
        ehr_section=False,
        skills=[
            "Hemodynamic monitoring",
            "Radial access",
            "IVUS/FFR",
            "Impella",
            "Temporary pacing",
            "Sterile technique",
        ],
        notes="No home address. Epic named only in a bullet. The freestanding imaging centre job is general radiography: X-ray.",
    ),
]
