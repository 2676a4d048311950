"""s16-s30: page text written by hand; every person, employer, agency, address and number invented."""

from model import Job, Li, Resume, Row, Sec, cert, edu, lic, truth

S18_TXT = """\
From: Kwabena Asante-Mensah <kwabena.asante@example.org>
To: Dana Whitcombe <dwhitcombe@example.net>
Subject: RE: Acute dialysis contract - Mobile, AL (Jan start)

Hi Dana,

Thanks for the call this morning. My resume is pasted below since the attachment bounced last
time. I'm available for a January start; I'd prefer nights.

Kwabena

----------------------------------------------------------------
KWABENA ASANTE-MENSAH, BSN, RN, CNN
Birmingham, AL 35209  |  (205) 555-0174  |  kwabena.asante@example.org

DIALYSIS NURSE - acute and chronic hemodialysis, CRRT, plasmapheresis

LICENSES
* Alabama RN, multistate, 1-198822, exp 12/31/2026
* Michigan RN, 4704412290, single state, exp 03/31/2027

CERTIFICATIONS
* CNN (Certified Nephrology Nurse), NNCC - expires 06/2028
* BLS and ACLS, American Heart Association - expire 09/2027

EXPERIENCE
Travel Dialysis RN (acute)                                  Jun 2025 - present
  Red Mountain Medical Center, Birmingham, AL
  Crescent Ridge Travel Nursing contract. Bedside HD and CRRT in the ICUs and
  on the floors; treatments on the transplant unit.

Charge RN, Outpatient Hemodialysis                          Feb 2019 - May 2025
  Cahaba River Kidney Center, Hoover, AL
  36-station outpatient clinic, 3 shifts; fistula cannulation, Acumen charting,
  QAPI meetings, home-hemo training back-up.

Acute Dialysis RN                                           Sep 2015 - Jan 2019
  Huron Shores Medical Center, Ypsilanti, MI
  Acute inpatient hemodialysis team; Epic.

Patient Care Technician (dialysis)                          2012 - 2015
  Huron Shores Medical Center, Ypsilanti, MI
  Before my RN licence.

EDUCATION
Bachelor of Science in Nursing - Eastern Michigan University, 2015

CHARTING: Epic, Acumen, Cerner
----------------------------------------------------------------

--
Kwabena Asante-Mensah, BSN, RN, CNN
Dialysis Travel RN
Cell: 205.555.0174
kwabena.asante@example.org
"Kindness is the best treatment."

Sent from my Galaxy

-------- Original message --------
From: Dana Whitcombe <dwhitcombe@example.net>
Date: 11/30/26 4:12 PM (GMT-06:00)
To: kwabena.asante@example.org
Subject: Acute dialysis contract - Mobile, AL (Jan start)

Hi Kwabena - following up on the acute dialysis opening in Mobile. Could you send
an updated resume with your licence expiry dates?

Dana Whitcombe | Senior Recruiter, Dialysis & Renal
Crescent Ridge Travel Nursing
700 Commerce Park Drive, Suite 310, Nashville, TN 37211
Direct: (615) 555-0199 | Fax: (615) 555-0198
dwhitcombe@example.net

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the
intended recipient(s) and may contain confidential information. If you are not the
intended recipient, please notify the sender and delete all copies.
"""

S19_TXT = """\
Odalys Fuentes-Marchetti
Hospice Case Manager RN - Cimarron Hospice & Palliative Care
Tulsa, OK
odalys.fm@example.com
(918) 555-0106

Willing to relocate: Anywhere
Authorized to work in the US for any employer

Work Experience

Hospice Case Manager RN
Cimarron Hospice & Palliative Care - Tulsa, OK
October 2021 to Present
- Caseload of 12-14 home and facility hospice patients; admissions, recertifications, IDG
- Symptom management, family teaching, on-call rotation one weekend in four
- Charting in Homecare Homebase
...
Show more

Home Health RN
Green Country Home Health - Broken Arrow, OK
April 2017 to September 2021
- OASIS start-of-care and recert visits, wound vac, IV antibiotics, 5-6 visits a day
...
Show more

Travel Home Health RN
Willamette Home Health Partners - Eugene, OR
June 2016 to February 2017
- 13-week contract through Prairie Wind Staffing, extended once
Show more

Staff RN, Orthopedics
Arkansas River Medical Center - Tulsa, OK
June 2012 to May 2016
- Post-op joint replacement and spine patients; Cerner charting
- Floated to the oncology floor when short (not a home unit)
Show more

Education

Bachelor of Science in Nursing
University of Tulsa - Tulsa, OK
August 2008 to May 2012

Skills

- Hospice care (5 years)
- Home health (9 years)
- OASIS (9 years)
- Homecare Homebase (5 years)
- Wound care (10+ years)

Certifications and Licenses

Registered Nurse (RN) - Oklahoma
Multistate / compact. License R0092218.
Expires: March 2028

Registered Nurse (RN) - Oregon
Single-state. License 202241077RN.
Expires: June 2027

CHPN (Certified Hospice and Palliative Nurse) - HPCC
Expires: January 2029

COS-C (OASIS Specialist-Clinical) - Fazzi Associates
Expires: 2028

BLS for Healthcare Providers - American Heart Association
Expires: August 2027

Assessments

Home health aide - Highly Proficient
Medical terminology - Expert
Indeed Assessments provides skills tests that are not indicative of a license or certification, or continued development in any professional field.

Additional Information

Took March 2017 off between the Oregon contract and Green Country.

Show less
Report this resume
"""

S20_TXT = """\
# Bao Q. Huynh-Delgado, LVN

San Antonio, TX 78229 · (210) 555-0181 · bao.huynh.delgado@example.net

**Licensed Vocational Nurse** — pediatric home care, skilled nursing

---

## Licenses

- **Texas LVN** — Multistate (compact) — #332819 — exp. 05/31/2028
- **California LVN** — VN 338091 — single-state — exp. 09/30/2027

## Certifications

- IV Therapy / Blood Withdrawal — BVNPT (California)
- BLS — American Heart Association — exp. 01/2028
- Wound Care Certified (WCC) — WCEI — exp. 07/2027

## Experience

### LVN, Pediatric Home Health — Alamo Heights Pediatric Home Care
*San Antonio, TX · Jan 2021 – Present*

- Private-duty shifts with trach/vent and G-tube kids; KanTime visit notes
- Family teaching, seizure action plans

### PRN LVN — Mission Reach Post-Acute
*San Antonio, TX · Jan 2021 – Jun 2023*

- Weekend med pass on the skilled rehab hall

### LVN, Skilled Nursing — Mission Reach Post-Acute
*San Antonio, TX · Jun 2017 – Dec 2020*

- Skilled nursing facility: med pass for 28, wound care, admissions; PointClickCare

### LVN — Chaffey Hills Care Center
*Rancho Cucamonga, CA · Aug 2014 – Mar 2016*

- Skilled nursing and long-term residents (SNF)

### Medical Assistant — Foothill Family Clinic
*Upland, CA · 2012 – 2014*

- Before nursing school

> Apr 2016 – May 2017: moved to Texas, cared for a family member.

## Education

- Vocational Nursing Certificate — Chaffey College, 2014

## Systems

KanTime · PointClickCare
"""

PEOPLE_B = [
    # ------------------------------------------------------------------ s16
    Resume(
        key="warsame-uno-columns",
        file="s16.docx",
        fmt="docx",
        layout="uno-writer-two-column-section-header-footer",
        render="uno",
        name="Abdullahi Warsame",
        creds="PharmD, RPh",
        headline="Community Pharmacist · Pharmacist-in-Charge",
        contact=[
            "3308 Cedar Avenue S, Minneapolis, MN 55407",
            "(612) 555-0193",
            "a.warsame.rph@example.com",
        ],
        side=[
            Sec(
                "Licensure",
                [
                    "Minnesota Pharmacist License #119772 — exp 03/2027",
                    "Wisconsin Pharmacist #25504-40 — exp 05/2028",
                ],
            ),
            Sec(
                "Certificates",
                [
                    "Immunization Delivery Certificate — APhA",
                    "Medication Therapy Management (MTM) Certificate — APhA",
                    "CPR/BLS — American Heart Association, exp 04/2027",
                ],
            ),
            Sec("Pharmacy systems", ["PioneerRx", "Rx30", "SureScripts e-prescribing (network)"]),
            Sec("Languages", ["Somali", "English", "Arabic (reading)"]),
            Sec("Education", ["Doctor of Pharmacy", "University of Minnesota, 2017"]),
        ],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Pharmacist-in-Charge",
                        "Lake Nokomis Community Pharmacy",
                        "Minneapolis, MN",
                        "Jun 2021 – Present",
                        [
                            "Independent community pharmacy, 450 scripts a day; compliance packaging.",
                            "Immunization clinic lead; MTM reviews in Somali and English.",
                        ],
                    ),
                    Job(
                        "Floater Pharmacist (per diem)",
                        "Chippewa Falls Family Pharmacy",
                        "Chippewa Falls, WI",
                        "Sep 2019 – Dec 2022",
                        ["Retail coverage, weekends and vacations."],
                    ),
                    Job(
                        "Staff Pharmacist",
                        "Riverside Plaza Drug",
                        "Minneapolis, MN",
                        "Aug 2017 – May 2021",
                        ["Retail pharmacy; sterile compounding of eye drops."],
                    ),
                    Job(
                        "Pharmacy Intern",
                        "Riverside Plaza Drug",
                        "Minneapolis, MN",
                        "2014 – 2017",
                        ["Student intern."],
                    ),
                ],
            ),
        ],
        header="Abdullahi Warsame, PharmD, RPh — Résumé",
        footer="a.warsame.rph@example.com · (612) 555-0193",
        opts={"font": "Liberation Serif"},
        truth=truth(
            name="Abdullahi Warsame",
            email="a.warsame.rph@example.com",
            phone="(612) 555-0193",
            location="Minneapolis, MN",
            discipline="Pharmacist",
            specialties=["Retail"],
            licenses=[
                lic("MN", "Pharmacist", "119772", None, "2027-03"),
                lic("WI", "Pharmacist", "25504-40", None, "2028-05"),
            ],
            certifications=[
                cert("Immunization Delivery Certificate", "APhA"),
                cert("MTM", "APhA"),
                cert("BLS", "American Heart Association", "2027-04"),
            ],
            spans=[("2017-08", "2026-12")],
            education=[edu("Doctor of Pharmacy", "University of Minnesota")],
            employers=[
                "Lake Nokomis Community Pharmacy",
                "Chippewa Falls Family Pharmacy",
                "Riverside Plaza Drug",
            ],
            ehr_systems=["PioneerRx", "Rx30"],
            notes="Community/retail -> Retail; pharmacy dispensing systems PioneerRx and Rx30 counted as the page's systems, SureScripts (a network) not; intern years excluded; per diem overlap once. Two-column section: the left column holds licences etc.",
        ),
    ),
    # ------------------------------------------------------------------ s17
    Resume(
        key="ochoa-pyrtf",
        file="s17.rtf",
        fmt="rtf",
        layout="pyrtf3-styles-cp1252",
        render="rtf",
        name="María Guadalupe Ochoa Benavides",
        creds="COTA/L",
        headline="Certified Occupational Therapy Assistant",
        contact=[
            "9120 Montoya Heights Dr, El Paso, TX 79932",
            "915-555-0138",
            "lupita.ochoa@example.com",
        ],
        main=[
            Sec(
                "Licenses",
                [
                    Li("Texas — Occupational Therapy Assistant — License 1192834 — exp. 08/2027"),
                    Li("New Mexico — Occupational Therapy Assistant — COTA-0773 — exp. 09/2027"),
                ],
            ),
            Sec(
                "Certification",
                [
                    Li("COTA — NBCOT — certified through 09/30/2027"),
                    Li("BLS — American Heart Association — exp. 11/2027"),
                ],
            ),
            Sec(
                "Experience",
                [
                    Job(
                        "COTA/L",
                        "Montoya Heights Skilled Nursing Center",
                        "El Paso, TX",
                        "Mar 2019 – Present",
                        [
                            "Skilled nursing rehab gym: ADL retraining, dementia programming, splint checks."
                        ],
                    ),
                    Job(
                        "COTA, PRN Home Health",
                        "Mesilla Valley Home Health Partners",
                        "Las Cruces, NM",
                        "Oct 2022 – Present",
                        ["Weekend home visits; WellSky documentation."],
                    ),
                    Job(
                        "COTA, Outpatient Pediatrics",
                        "Lower Valley Pediatric Therapy",
                        "El Paso, TX",
                        "Aug 2016 – May 2017; Jan 2018 – Feb 2019",
                        ["Fine-motor and sensory groups. Family leave Jun – Dec 2017."],
                    ),
                ],
            ),
            Sec(
                "Education",
                [
                    Li(
                        "Associate of Applied Science, Occupational Therapy Assistant — El Paso Community College, 2016"
                    )
                ],
            ),
            Sec("Documentation", ["PointClickCare (SNF), WellSky (home health)"]),
        ],
        opts={},
        truth=truth(
            name="María Guadalupe Ochoa Benavides",
            email="lupita.ochoa@example.com",
            phone="915-555-0138",
            location="El Paso, TX",
            discipline="COTA",
            specialties=["SNF", "Home Health", "Outpatient", "Pediatrics"],
            licenses=[
                lic("TX", "Occupational Therapy Assistant", "1192834", None, "2027-08"),
                lic("NM", "Occupational Therapy Assistant", "COTA-0773", None, "2027-09"),
            ],
            certifications=[
                cert("COTA", "NBCOT", "2027-09"),
                cert("BLS", "American Heart Association", "2027-11"),
            ],
            spans=[("2016-08", "2017-05"), ("2018-01", "2026-12")],
            education=[
                edu(
                    "Associate of Applied Science, Occupational Therapy Assistant",
                    "El Paso Community College",
                )
            ],
            employers=[
                "Montoya Heights Skilled Nursing Center",
                "Mesilla Valley Home Health Partners",
                "Lower Valley Pediatric Therapy",
            ],
            ehr_systems=["PointClickCare", "WellSky"],
            notes="RTF (PyRTF3, cp1252 bytes). Two date ranges on one job with a family-leave gap (Jun-Dec 2017) excluded; PRN overlap once; the COTA credential as the certification.",
        ),
    ),
    # ------------------------------------------------------------------ s18
    Resume(
        key="asante-email-signature-txt",
        file="s18.txt",
        fmt="txt",
        layout="txt-email-reply-signature-quoted-recruiter",
        render="txt",
        raw=S18_TXT,
        truth=truth(
            name="Kwabena Asante-Mensah",
            email="kwabena.asante@example.org",
            phone="(205) 555-0174",
            location="Birmingham, AL",
            discipline="RN",
            specialties=["Dialysis", "Outpatient"],
            licenses=[
                lic("AL", "RN", "1-198822", True, "2026-12"),
                lic("MI", "RN", "4704412290", False, "2027-03"),
            ],
            certifications=[
                cert("CNN", "NNCC", "2028-06"),
                cert("BLS", "American Heart Association", "2027-09"),
                cert("ACLS", "American Heart Association", "2027-09"),
            ],
            spans=[("2015-09", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "Eastern Michigan University")],
            employers=[
                "Red Mountain Medical Center",
                "Cahaba River Kidney Center",
                "Huron Shores Medical Center",
            ],
            ehr_systems=["Epic", "Acumen", "Cerner"],
            agencies=["Crescent Ridge Travel Nursing"],
            notes="E-mail reply: the recruiter's name, Nashville address, 615 phones and e-mail are in the quoted message and are NOT the candidate's; bedside HD 'in the ICUs' is dialysis work, not ICU; PCT years pre-licence excluded (employer kept).",
        ),
    ),
    # ------------------------------------------------------------------ s19
    Resume(
        key="fuentes-jobboard-paste-txt",
        file="s19.txt",
        fmt="txt",
        layout="txt-job-board-paste-show-more",
        render="txt",
        raw=S19_TXT,
        truth=truth(
            name="Odalys Fuentes-Marchetti",
            email="odalys.fm@example.com",
            phone="(918) 555-0106",
            location="Tulsa, OK",
            discipline="RN",
            specialties=["Hospice", "Home Health", "Orthopedics"],
            licenses=[
                lic("OK", "RN", "R0092218", True, "2028-03"),
                lic("OR", "RN", "202241077RN", False, "2027-06"),
            ],
            certifications=[
                cert("CHPN", "HPCC", "2029-01"),
                cert("COS-C", "Fazzi Associates"),
                cert("BLS", "American Heart Association", "2027-08"),
            ],
            spans=[("2012-06", "2017-02"), ("2017-04", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "University of Tulsa")],
            employers=[
                "Cimarron Hospice & Palliative Care",
                "Green Country Home Health",
                "Willamette Home Health Partners",
                "Arkansas River Medical Center",
            ],
            ehr_systems=["Homecare Homebase", "Cerner"],
            agencies=["Prairie Wind Staffing"],
            notes="Job-board paste with 'Show more' / 'Report this resume' residue; oncology float 'not a home unit' excluded; March 2017 gap excluded; COS-C 'Expires: 2028' has no month.",
        ),
    ),
    # ------------------------------------------------------------------ s20
    Resume(
        key="huynh-markdown-txt",
        file="s20.txt",
        fmt="txt",
        layout="txt-markdown-headings-lvn",
        render="txt",
        raw=S20_TXT,
        truth=truth(
            name="Bao Q. Huynh-Delgado",
            email="bao.huynh.delgado@example.net",
            phone="(210) 555-0181",
            location="San Antonio, TX",
            discipline="LPN",
            specialties=["Home Health", "Pediatrics", "SNF"],
            licenses=[
                lic("TX", "LVN", "332819", True, "2028-05"),
                lic("CA", "LVN", "VN 338091", False, "2027-09"),
            ],
            certifications=[
                cert("IV Therapy / Blood Withdrawal", "BVNPT"),
                cert("BLS", "American Heart Association", "2028-01"),
                cert("WCC", "WCEI", "2027-07"),
            ],
            spans=[("2014-08", "2016-03"), ("2017-06", "2026-12")],
            education=[edu("Vocational Nursing Certificate", "Chaffey College")],
            employers=[
                "Alamo Heights Pediatric Home Care",
                "Mission Reach Post-Acute",
                "Chaffey Hills Care Center",
                "Foothill Family Clinic",
            ],
            ehr_systems=["KanTime", "PointClickCare"],
            notes="Markdown-style text. LVN -> LPN discipline; pediatric private-duty home care -> Home Health + Pediatrics; PRN overlap once; Apr 2016-May 2017 family gap excluded; medical-assistant years pre-licence excluded (employer kept).",
        ),
    ),
    # ------------------------------------------------------------------ s21
    Resume(
        key="tolentino-photo-curl-lowlight",
        file="s21.jpg",
        fmt="photo",
        layout="photo-paper-curl-low-light-noise",
        render="pango",
        optics="photo_curl_lowlight",
        name="Mackenzie Tolentino-Roth",
        creds="BSN, RNC-NIC",
        headline="Neonatal Intensive Care Nurse",
        contact=[
            "2215 Ingersoll Ave, Des Moines, IA 50312",
            "515-555-0147",
            "mackenzie.tr@example.com",
        ],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Staff RN, Level III NICU",
                        "Saylorville Lake Medical Center",
                        "Des Moines, IA",
                        "Apr 2019 – Present",
                        [
                            "Micro-preemies to 28 weeks, oscillators, cooling therapy; transport team."
                        ],
                    ),
                    Job(
                        "Travel NICU RN",
                        "Genesee Crest Hospital",
                        "Rochester, NY",
                        "Jun 2018 – Mar 2019",
                        ["Level IV NICU; through Halcyon Travel Nursing."],
                    ),
                    Job(
                        "RN, Pediatrics",
                        "Saylorville Lake Medical Center",
                        "Des Moines, IA",
                        "Jul 2015 – May 2018",
                        [
                            "General pediatric floor: respiratory season, post-op, diabetes teaching."
                        ],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("Iowa RN — Multistate — 138872 — exp. 02/15/2028"),
                    Li("New York RN — 812277 — single-state — exp. 10/2027"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("RNC-NIC — NCC — renews 11/2028"),
                    Li("NRP — AAP — exp. 06/2027"),
                    Li("BLS — AHA — exp. 06/2027"),
                    Li("S.T.A.B.L.E. Program"),
                ],
            ),
            Sec("Education", [Li("Bachelor of Science in Nursing — Grand View University, 2015")]),
            Sec("EHR", ["Epic; Cerner (Rochester contract)"]),
        ],
        opts={"font": "Lato"},
        truth=truth(
            name="Mackenzie Tolentino-Roth",
            email="mackenzie.tr@example.com",
            phone="515-555-0147",
            location="Des Moines, IA",
            discipline="RN",
            specialties=["NICU", "Pediatrics"],
            licenses=[
                lic("IA", "RN", "138872", True, "2028-02"),
                lic("NY", "RN", "812277", False, "2027-10"),
            ],
            certifications=[
                cert("RNC-NIC", "NCC", "2028-11"),
                cert("NRP", "AAP", "2027-06"),
                cert("BLS", "AHA", "2027-06"),
                cert("S.T.A.B.L.E."),
            ],
            spans=[("2015-07", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "Grand View University")],
            employers=["Saylorville Lake Medical Center", "Genesee Crest Hospital"],
            ehr_systems=["Epic", "Cerner"],
            agencies=["Halcyon Travel Nursing"],
            notes="Photo of a curled sheet in low light. 'S.T.A.B.L.E.' keeps its dots (as a-r).",
        ),
    ),
    # ------------------------------------------------------------------ s22
    Resume(
        key="adeyemi-photo-crease-thumb",
        file="s22.jpg",
        fmt="photo",
        layout="photo-fold-crease-shadow-thumb",
        render="reactpdf",
        optics="photo_crease_thumb",
        name="Reuben Adeyemi-Castillo",
        creds="BSN, RN, RCIS",
        headline="Cardiac Cath Lab RN",
        contact=["Little Rock, AR 72205", "(501) 555-0124", "reuben.ac@example.net"],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Cath Lab RN",
                        "Big Rock Heart & Vascular Institute",
                        "Little Rock, AR",
                        "Aug 2020 – Present",
                        [
                            "Diagnostic and interventional caths, STEMI call, Impella and IABP starts.",
                            "Scrubs and circulates; moderate sedation; IR cases on call (not a primary assignment).",
                        ],
                    ),
                    Job(
                        "Travel Cath Lab RN",
                        "Merrimack Bay Medical Center",
                        "Lowell, MA",
                        "Jan 2020 – Jul 2020",
                        ["Silver Compass Health Staffing contract."],
                    ),
                    Job(
                        "RN, Cardiovascular ICU",
                        "Ouachita Pines Medical Center",
                        "Hot Springs, AR",
                        "Mar 2014 – Dec 2019",
                        ["Open-heart recovery, vasoactive drips, post-cath complications."],
                    ),
                    Job(
                        "EKG / Cardiovascular Technician",
                        "Ouachita Pines Medical Center",
                        "Hot Springs, AR",
                        "2011 – 2014",
                        ["Before RN licensure."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("Arkansas RN R097712 — multistate — exp. 11/2027"),
                    Li("Massachusetts RN RN2399014 — not multistate — exp. 08/2027"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("RCIS — Cardiovascular Credentialing International (CCI) — exp. 10/2028"),
                    Li("ACLS — AHA — exp. 03/2027"),
                    Li("BLS — AHA — exp. 03/2027"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li(
                        "Bachelor of Science in Nursing — University of Arkansas for Medical Sciences, 2014"
                    )
                ],
            ),
            Sec(
                "Systems",
                ["Epic Cupid, MEDITECH; Merge Hemo and Mac-Lab monitoring (not charting)"],
            ),
        ],
        opts={"font": "OpenSans", "band": "#23395b"},
        truth=truth(
            name="Reuben Adeyemi-Castillo",
            email="reuben.ac@example.net",
            phone="(501) 555-0124",
            location="Little Rock, AR",
            discipline="RN",
            specialties=["Cath Lab", "ICU"],
            licenses=[
                lic("AR", "RN", "R097712", True, "2027-11"),
                lic("MA", "RN", "RN2399014", False, "2027-08"),
            ],
            certifications=[
                cert("RCIS", "CCI", "2028-10"),
                cert("ACLS", "AHA", "2027-03"),
                cert("BLS", "AHA", "2027-03"),
            ],
            spans=[("2014-03", "2026-12")],
            education=[
                edu("Bachelor of Science in Nursing", "University of Arkansas for Medical Sciences")
            ],
            employers=[
                "Big Rock Heart & Vascular Institute",
                "Merrimack Bay Medical Center",
                "Ouachita Pines Medical Center",
            ],
            ehr_systems=["Epic", "MEDITECH"],
            agencies=["Silver Compass Health Staffing"],
            notes="Photo with a fold crease and a thumb on the left margin. CVICU -> ICU; IR call excluded; 'not multistate' -> compact false; Epic Cupid -> Epic; Merge Hemo / Mac-Lab not EHRs; EKG tech years pre-licence excluded.",
        ),
    ),
    # ------------------------------------------------------------------ s23
    Resume(
        key="siddiqui-photo-blur-highlighter",
        file="s23.jpg",
        fmt="photo",
        layout="photo-motion-blur-noise-highlighter",
        render="pdfmake",
        optics="photo_blur_highlighter",
        name="Noor Siddiqui-Halloran",
        creds="OTD, OTR/L",
        headline="Pediatric Occupational Therapist",
        contact=["5519 Walnut Street, Pittsburgh, PA 15232", "412-555-0153", "noor.sh@example.org"],
        main=[
            Sec(
                "EXPERIENCE",
                [
                    Job(
                        "Pediatric Occupational Therapist",
                        "Three Rivers Pediatric Therapy Group",
                        "Pittsburgh, PA",
                        "Sep 2021 – Present",
                        [
                            "Outpatient clinic: sensory processing, feeding, handwriting, NICU follow-up."
                        ],
                    ),
                    Job(
                        "School-Based Occupational Therapist",
                        "Mon Valley School District",
                        "Monessen, PA",
                        "Aug 2019 – Jun 2021",
                        ["Contract through BrightBridge Education Staffing; IEP goals for K-8."],
                    ),
                    Job(
                        "Occupational Therapist, Acute Care",
                        "Ohio Valley Riverside Hospital",
                        "Steubenville, OH",
                        "Jul 2018 – Jul 2019",
                        ["Adult acute care evaluations and discharge planning."],
                    ),
                ],
            ),
            Sec(
                "LICENSES",
                [
                    Li("Pennsylvania Occupational Therapist — OT018812 — exp 06/30/2027"),
                    Li("Ohio Occupational Therapist — OT.016227 — exp 06/2027"),
                ],
            ),
            Sec(
                "CERTIFICATIONS",
                [
                    Li("OTR — NBCOT — renewal 2028"),
                    Li("Ayres Sensory Integration (CLASI-CASI)"),
                    Li("Handwriting Without Tears"),
                    Li("BLS — AHA — exp 02/2027"),
                ],
            ),
            Sec(
                "EDUCATION",
                [
                    Li("Doctor of Occupational Therapy — Chatham University, 2018"),
                    Li("B.S. Psychology — University of Pittsburgh, 2014"),
                    "Level II fieldwork (student): Allegheny Valley Children's Rehab; Conemaugh Ridge Medical Center.",
                ],
            ),
            Sec("EHR", ["Fusion Web Clinic, Epic"]),
        ],
        opts={"font": "NotoSans"},
        truth=truth(
            name="Noor Siddiqui-Halloran",
            email="noor.sh@example.org",
            phone="412-555-0153",
            location="Pittsburgh, PA",
            discipline="OT",
            specialties=["Outpatient", "Pediatrics", "Schools", "Acute Care"],
            licenses=[
                lic("PA", "OT", "OT018812", None, "2027-06"),
                lic("OH", "OT", "OT.016227", None, "2027-06"),
            ],
            certifications=[
                cert("OTR", "NBCOT"),
                cert("CLASI-CASI"),
                cert("Handwriting Without Tears"),
                cert("BLS", "AHA", "2027-02"),
            ],
            spans=[("2018-07", "2026-12")],
            education=[
                edu("Doctor of Occupational Therapy", "Chatham University"),
                edu("B.S. Psychology", "University of Pittsburgh"),
            ],
            employers=[
                "Three Rivers Pediatric Therapy Group",
                "Mon Valley School District",
                "Ohio Valley Riverside Hospital",
            ],
            ehr_systems=["Fusion Web Clinic", "Epic"],
            agencies=["BrightBridge Education Staffing"],
            clinical_sites=["Allegheny Valley Children's Rehab", "Conemaugh Ridge Medical Center"],
            notes="Phone photo with slight motion blur and sensor noise; yellow highlighter over the licence lines (still legible). Fieldwork sites are not employers; 'NICU follow-up' is outpatient work, not NICU; OTR 'renewal 2028' no month.",
        ),
    ),
    # ------------------------------------------------------------------ s24
    Resume(
        key="beaumont-phone-screenshot",
        file="s24.png",
        fmt="photo",
        layout="photo-phone-screenshot-mobile-pdf-viewer",
        render="jspdf",
        optics="phone_screenshot",
        name="Maëlle Beaumont-Achebe",
        creds="M.Ed., CCC-SLP",
        headline="Speech-Language Pathologist — schools and pediatric outpatient",
        contact=["Charleston, SC 29407", "843-555-0179", "maelle.ba@example.com"],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "School-Based SLP",
                        "Lowcountry Coastal School District",
                        "Charleston, SC",
                        "Aug 2022 – Present",
                        [
                            "K-5 caseload of 48; AAC and articulation.  Placed by Palmetto Therapy Partners."
                        ],
                    ),
                    Job(
                        "Pediatric SLP, Outpatient",
                        "Ashley River Children's Therapy",
                        "Charleston, SC",
                        "Jun 2019 – Jul 2022",
                        ["Apraxia, language delay, feeding; SimplePractice documentation."],
                    ),
                    Job(
                        "Clinical Fellow (CF-SLP)",
                        "Savannah Marsh Speech & Language Center",
                        "Savannah, GA",
                        "Jul 2018 – May 2019",
                        ["Outpatient pediatrics under ASHA clinical fellowship supervision."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("South Carolina Speech-Language Pathologist — SP-7712 — exp 12/2027"),
                    Li("Georgia Speech-Language Pathologist — SLP010288 — exp 03/2028"),
                    "(SC Department of Education educator credential also held — not a clinical licence.)",
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("CCC-SLP — ASHA — maintained through 12/2027"),
                    Li("PROMPT Level 1"),
                    Li("CPR — American Red Cross — exp. 08/2027"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li(
                        "M.Ed., Communication Sciences and Disorders — Valdosta State University, 2018"
                    ),
                    Li(
                        "B.S., Communication Sciences and Disorders — Georgia Southern University, 2016"
                    ),
                ],
            ),
        ],
        opts={"font": "Lato", "accent": [90, 60, 140]},
        truth=truth(
            name="Maëlle Beaumont-Achebe",
            email="maelle.ba@example.com",
            phone="843-555-0179",
            location="Charleston, SC",
            discipline="SLP",
            specialties=["Schools", "Outpatient", "Pediatrics"],
            licenses=[
                lic("SC", "Speech-Language Pathologist", "SP-7712", None, "2027-12"),
                lic("GA", "Speech-Language Pathologist", "SLP010288", None, "2028-03"),
            ],
            certifications=[
                cert("CCC-SLP", "ASHA", "2027-12"),
                cert("PROMPT Level 1"),
                cert("CPR", "American Red Cross", "2027-08"),
            ],
            spans=[("2018-07", "2026-12")],
            education=[
                edu("M.Ed., Communication Sciences and Disorders", "Valdosta State University"),
                edu("B.S., Communication Sciences and Disorders", "Georgia Southern University"),
            ],
            employers=[
                "Lowcountry Coastal School District",
                "Ashley River Children's Therapy",
                "Savannah Marsh Speech & Language Center",
            ],
            ehr_systems=["SimplePractice"],
            agencies=["Palmetto Therapy Partners"],
            notes="Phone screenshot of a mobile PDF viewer (status bar, toolbar, page scrolled a little). The school district is the facility, the agency placed her; clinical fellowship counted; the SC educator credential is not a licence; 'CPR' -> BLS in score.py.",
        ),
    ),
    # ------------------------------------------------------------------ s25
    Resume(
        key="nakashima-photo-sticky-skew",
        file="s25.png",
        fmt="photo",
        layout="photo-impress-pptx-sticky-note-2deg",
        render="pptx",
        optics="photo_sticky_skew",
        name="Teodora Nakashima-Reyes",
        creds="R.T.(R)(CT)(ARRT)",
        headline="CT & Radiologic Technologist",
        contact=["1560 Mayberry Drive, Reno, NV 89509", "775-555-0166", "teodora.nr@example.net"],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "CT Technologist",
                        "Washoe Sierra Medical Center",
                        "Reno, NV",
                        "Feb 2021 – Present",
                        [
                            "Trauma and stroke CT, CTA, cardiac CT; contrast injector and Epic Radiant."
                        ],
                    ),
                    Job(
                        "Travel Radiologic Technologist (X-ray/CT)",
                        "Klamath Rim Hospital",
                        "Klamath Falls, OR",
                        "May 2020 – Jan 2021",
                        ["Through Tidewater Allied Staffing."],
                    ),
                    Job(
                        "Radiologic Technologist",
                        "Gold Country Community Hospital",
                        "Grass Valley, CA",
                        "Jul 2015 – Apr 2020",
                        [
                            "General radiography, portables, fluoroscopy; cross-trained to CT 2018. Cerner RadNet."
                        ],
                    ),
                ],
            ),
            Sec(
                "Licenses & Registry",
                [
                    Li("California — Radiologic Technologist (CRT) — RTR-0088221 — exp 04/2027"),
                    Li("Oregon — Radiographer license — 012777 — exp 02/2028"),
                    Li("ARRT (R) and ARRT (CT) — registry #401188, registered through 06/2027"),
                    Li("BLS — AHA — exp 10/2027"),
                ],
            ),
            Sec("Education", [Li("A.S., Radiologic Technology — Orange Coast College, 2015")]),
        ],
        opts={"font": "Liberation Sans"},
        truth=truth(
            name="Teodora Nakashima-Reyes",
            email="teodora.nr@example.net",
            phone="775-555-0166",
            location="Reno, NV",
            discipline="other-allied",
            specialties=["CT", "X-ray"],
            licenses=[
                lic("CA", "Radiologic Technologist", "RTR-0088221", None, "2027-04"),
                lic("OR", "Radiologic Technologist", "012777", None, "2028-02"),
            ],
            certifications=[
                cert("ARRT (R)", "ARRT", "2027-06"),
                cert("ARRT (CT)", "ARRT", "2027-06"),
                cert("BLS", "AHA", "2027-10"),
            ],
            spans=[("2015-07", "2026-12")],
            education=[edu("A.S., Radiologic Technology", "Orange Coast College")],
            employers=[
                "Washoe Sierra Medical Center",
                "Klamath Rim Hospital",
                "Gold Country Community Hospital",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=["Tidewater Allied Staffing"],
            notes="Impress PDF of a python-pptx slide-page, photographed 2 deg skewed with a sticky note on the top-right whitespace. ARRT number is a registry, not a licence; ARRT (R)/(CT) fold to one cert in score.py; Epic Radiant -> Epic, Cerner RadNet -> Cerner.",
        ),
    ),
    # ------------------------------------------------------------------ s26
    Resume(
        key="iwu-scan-holepunch-copier",
        file="s26.pdf",
        fmt="scan",
        layout="scan-hole-punch-photocopier-edges",
        render="pdflib",
        optics="scan_holepunch_copier",
        name="Gwendolyn T. Iwu-Sandoval",
        creds="BSN, RN, CNOR",
        headline="Perioperative RN — Circulator, Orthopedics & Neuro",
        contact=[
            "809 N. Belmont Ave, Wichita, KS 67208",
            "316-555-0141",
            "gwen.iwusandoval@example.com",
        ],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "OR RN, Circulator",
                        "Chisholm Trail Medical Center",
                        "Wichita, KS",
                        "January 2017 – Present",
                        ["Ortho and neuro service lines; robotics; charge circulator on call."],
                    ),
                    Job(
                        "Per Diem OR RN",
                        "Cowskin Creek Surgery Center",
                        "Wichita, KS",
                        "July 2020 – October 2023",
                        ["Outpatient ortho and ENT rooms."],
                    ),
                    Job(
                        "RN, Medical-Surgical",
                        "Chisholm Trail Medical Center",
                        "Wichita, KS",
                        "June 2014 – December 2016",
                        ["Surgical floor, post-op care."],
                    ),
                    Job(
                        "Surgical Technologist",
                        "Chisholm Trail Medical Center",
                        "Wichita, KS",
                        "2009 – 2012",
                        ["Before nursing school."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("Kansas RN — Multistate — 13-119022-041 — exp. 04/2028"),
                    Li("Illinois RN — 041.522908 — single state — exp. 05/2028"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("CNOR — CCI — exp. 01/2029"),
                    Li("ACLS — AHA — exp. 05/2027"),
                    Li("BLS — AHA — exp. 05/2027"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li("Bachelor of Science in Nursing — Wichita State University, 2014"),
                    Li("Surgical Technology Certificate — WSU Tech, 2009"),
                ],
            ),
            Sec("Systems", ["Epic OpTime"]),
        ],
        opts={"font": "Carlito"},
        truth=truth(
            name="Gwendolyn T. Iwu-Sandoval",
            email="gwen.iwusandoval@example.com",
            phone="316-555-0141",
            location="Wichita, KS",
            discipline="RN",
            specialties=["OR", "Med-Surg"],
            licenses=[
                lic("KS", "RN", "13-119022-041", True, "2028-04"),
                lic("IL", "RN", "041.522908", False, "2028-05"),
            ],
            certifications=[
                cert("CNOR", "CCI", "2029-01"),
                cert("ACLS", "AHA", "2027-05"),
                cert("BLS", "AHA", "2027-05"),
            ],
            spans=[("2014-06", "2026-12")],
            education=[
                edu("Bachelor of Science in Nursing", "Wichita State University"),
                edu("Surgical Technology Certificate", "WSU Tech"),
            ],
            employers=["Chisholm Trail Medical Center", "Cowskin Creek Surgery Center"],
            ehr_systems=["Epic"],
            notes="Scan of a hole-punched photocopy (three holes, dark copier edges). Surgical-tech years before nursing excluded; per diem overlap once; Epic OpTime -> Epic.",
        ),
    ),
    # ------------------------------------------------------------------ s27
    Resume(
        key="albarran-scan-150dpi-newgrad",
        file="s27.pdf",
        fmt="scan",
        layout="scan-150dpi-grey-new-graduate",
        render="pango",
        optics="scan_150dpi",
        name="Ximena Albarrán-Holt",
        creds="BSN, RN",
        headline="New Graduate Registered Nurse",
        contact=[
            "77 Elm Street, Apt 3, Manchester, NH 03101",
            "603-555-0108",
            "ximena.ah@example.org",
        ],
        main=[
            Sec(
                "Licensure",
                [Li("New Hampshire RN — multistate — #089211-21 — issued 08/2026, expires 2028")],
            ),
            Sec(
                "Certifications",
                [
                    Li("BLS — American Heart Association — exp. 05/2028"),
                    Li("ACLS — American Heart Association — exp. 09/2028"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li(
                        "Bachelor of Science in Nursing — University of New Hampshire, May 2026 (cum laude)"
                    )
                ],
            ),
            Sec(
                "Clinical Rotations",
                [
                    Row(["Medical-Surgical", "Concord Hillside Hospital", "90 hours"]),
                    Row(
                        [
                            "Labor & Delivery / Mother-Baby",
                            "Seacoast Harbor Medical Center",
                            "60 hours",
                        ]
                    ),
                    Row(["Psychiatric", "Nashua River Behavioral Health", "45 hours"]),
                    Row(
                        [
                            "Capstone preceptorship, ICU",
                            "Portsmouth Tidewater Hospital",
                            "144 hours",
                        ]
                    ),
                ],
            ),
            Sec(
                "Work Experience",
                [
                    Job(
                        "Student Nurse Extern",
                        "Granite Ridge Medical Center",
                        "Manchester, NH",
                        "Jun 2025 – Aug 2025",
                        ["Summer externship on a medical floor with an RN preceptor."],
                    ),
                    Job(
                        "Licensed Nursing Assistant (LNA)",
                        "Amoskeag Falls Senior Living",
                        "Manchester, NH",
                        "Sep 2022 – Present",
                        ["Part time; now applying for RN residency programs."],
                    ),
                ],
            ),
            Sec("Charting", ["Epic (clinical rotations), PointClickCare (LNA job)"]),
        ],
        opts={"font": "Noto Serif"},
        truth=truth(
            name="Ximena Albarrán-Holt",
            email="ximena.ah@example.org",
            phone="603-555-0108",
            location="Manchester, NH",
            discipline="RN",
            specialties=[],
            licenses=[lic("NH", "RN", "089211-21", True, None)],
            certifications=[
                cert("BLS", "American Heart Association", "2028-05"),
                cert("ACLS", "American Heart Association", "2028-09"),
            ],
            spans=None,
            education=[edu("Bachelor of Science in Nursing", "University of New Hampshire")],
            employers=["Granite Ridge Medical Center", "Amoskeag Falls Senior Living"],
            ehr_systems=["Epic", "PointClickCare"],
            clinical_sites=[
                "Concord Hillside Hospital",
                "Seacoast Harbor Medical Center",
                "Nashua River Behavioral Health",
                "Portsmouth Tidewater Hospital",
            ],
            notes="NEW GRADUATE: licensed 08/2026, no RN job -> years null, specialties []; rotations (Med-Surg, L&D, Psych, ICU) are not specialties; extern and LNA jobs are pre-licence (employers kept). Licence 'expires 2028' has no month.",
        ),
    ),
    # ------------------------------------------------------------------ s28
    Resume(
        key="kipchoge-scan-trifold-skew",
        file="s28.pdf",
        fmt="scan",
        layout="scan-tri-fold-creases-2deg-skew",
        render="reactpdf",
        optics="scan_trifold_skew",
        name="Alasdair Kipchoge-Munro",
        creds="PT, DPT, GCS",
        headline="Physical Therapist — home health, acute care, skilled nursing",
        contact=[
            "412 Spruce Street, Morgantown, WV 26505",
            "304-555-0186",
            "alasdair.km@example.net",
        ],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Home Health Physical Therapist",
                        "Cheat River Home Health",
                        "Morgantown, WV",
                        "Mar 2020 – Present",
                        [
                            "Six visits a day across three counties; OASIS; falls and balance program. Axxess."
                        ],
                    ),
                    Job(
                        "PRN Physical Therapist",
                        "Deep Creek Lake Rehabilitation & Nursing",
                        "Oakland, MD",
                        "Aug 2022 – Present",
                        ["Skilled nursing facility weekends; PointClickCare."],
                    ),
                    Job(
                        "Physical Therapist, Acute Care",
                        "Monongahela Ridge Medical Center",
                        "Morgantown, WV",
                        "Jun 2015 – Feb 2020",
                        ["Ortho, neuro and cardiac floors; early mobility; Epic."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("West Virginia Physical Therapist — PT004417 — exp 12/31/2027"),
                    Li("Pennsylvania Physical Therapist — PT029918 — exp 12/2026"),
                    Li("Maryland Physical Therapist — 25119 — exp 05/2027"),
                    "Also: PT Compact privilege to practise in Ohio (a privilege, not a licence).",
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("GCS — ABPTS — through 2030"),
                    Li("BLS — American Heart Association — exp 06/2027"),
                ],
            ),
            Sec("Education", [Li("Doctor of Physical Therapy — West Virginia University, 2015")]),
        ],
        opts={"font": "Lato", "band": "#2f4f3a"},
        truth=truth(
            name="Alasdair Kipchoge-Munro",
            email="alasdair.km@example.net",
            phone="304-555-0186",
            location="Morgantown, WV",
            discipline="PT",
            specialties=["Home Health", "SNF", "Acute Care"],
            licenses=[
                lic("WV", "PT", "PT004417", None, "2027-12"),
                lic("PA", "PT", "PT029918", None, "2026-12"),
                lic("MD", "PT", "25119", None, "2027-05"),
            ],
            certifications=[
                cert("GCS", "ABPTS"),
                cert("BLS", "American Heart Association", "2027-06"),
            ],
            spans=[("2015-06", "2026-12")],
            education=[edu("Doctor of Physical Therapy", "West Virginia University")],
            employers=[
                "Cheat River Home Health",
                "Deep Creek Lake Rehabilitation & Nursing",
                "Monongahela Ridge Medical Center",
            ],
            ehr_systems=["Axxess", "PointClickCare", "Epic"],
            notes="Scan of a sheet folded in three, 2 deg skew. The Ohio PT Compact privilege is not a licence and no licence is called compact -> compact null for all; PRN overlap once; GCS 'through 2030' no month.",
        ),
    ),
    # ------------------------------------------------------------------ s29
    Resume(
        key="venkataraman-scan-colour-highlighter-sticky",
        file="s29.pdf",
        fmt="scan",
        layout="scan-colour-highlighter-sticky-note",
        render="jspdf",
        optics="scan_highlighter_sticky",
        name="Priyanka Venkataraman-Cole",
        creds="BS, RRT-NPS",
        headline="Neonatal / Pediatric Respiratory Therapist",
        contact=["3021 Walton Way, Augusta, GA 30909", "706-555-0192", "priyanka.vc@example.com"],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Neonatal/Pediatric Respiratory Therapist",
                        "Savannah River Children's Hospital",
                        "Augusta, GA",
                        "Jan 2019 – Present",
                        [
                            "Level IV NICU and 16-bed PICU: HFOV, NAVA, nitric oxide, neonatal transport."
                        ],
                    ),
                    Job(
                        "Respiratory Therapist (PRN)",
                        "Aiken Pines Medical Center",
                        "Aiken, SC",
                        "Jun 2020 – May 2024",
                        ["Adult ICU and floors on weekends."],
                    ),
                    Job(
                        "Respiratory Therapist",
                        "Clarks Hill Regional Hospital",
                        "Thomson, GA",
                        "Jul 2014 – Dec 2018",
                        ["Floors and the Emergency Department; PFTs and ABGs."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li(
                        "Georgia — Respiratory Care Professional (RCP) — RCP014422 — exp. 03/31/2028"
                    ),
                    Li("South Carolina — Respiratory Care Practitioner — RCP 6617 — exp. 09/2027"),
                ],
            ),
            Sec(
                "Credentials",
                [
                    Li("RRT and RRT-NPS — NBRC"),
                    Li("NRP — AAP — exp. 02/2028"),
                    Li("PALS — AHA — exp. 07/2027"),
                    Li("BLS — AHA — exp. 07/2027"),
                ],
            ),
            Sec("Education", [Li("B.S. Respiratory Therapy — Augusta University, 2014")]),
            Sec("EHR", ["Epic, Cerner"]),
        ],
        opts={"font": "Lato", "accent": [30, 90, 160]},
        truth=truth(
            name="Priyanka Venkataraman-Cole",
            email="priyanka.vc@example.com",
            phone="706-555-0192",
            location="Augusta, GA",
            discipline="RT",
            specialties=["NICU", "PICU", "ICU", "ER"],
            licenses=[
                lic("GA", "Respiratory Care Professional", "RCP014422", None, "2028-03"),
                lic("SC", "Respiratory Care Practitioner", "RCP 6617", None, "2027-09"),
            ],
            certifications=[
                cert("RRT", "NBRC"),
                cert("RRT-NPS", "NBRC"),
                cert("NRP", "AAP", "2028-02"),
                cert("PALS", "AHA", "2027-07"),
                cert("BLS", "AHA", "2027-07"),
            ],
            spans=[("2014-07", "2026-12")],
            education=[edu("B.S. Respiratory Therapy", "Augusta University")],
            employers=[
                "Savannah River Children's Hospital",
                "Aiken Pines Medical Center",
                "Clarks Hill Regional Hospital",
            ],
            ehr_systems=["Epic", "Cerner"],
            notes="Colour scan with yellow highlighter over the experience titles and a sticky note in the bottom-right whitespace. NICU + PICU + adult ICU (PRN) + ED -> four specialties; PRN overlap once; 'Respiratory Care Professional' is Georgia's RT licence.",
        ),
    ),
    # ------------------------------------------------------------------ s30
    Resume(
        key="osuilleabhain-scan-two-page-copier",
        file="s30.pdf",
        fmt="scan",
        layout="scan-two-pages-photocopy-grey",
        render="pdfmake",
        optics="scan_two_page_copier",
        name="Ruairí Ó Súilleabháin-Grant",
        creds="BSN, RN, CCRN (Pediatric)",
        headline="Pediatric ICU Travel Nurse",
        contact=["48 Vaughan Street, Portland, ME 04102", "207-555-0115", "ruairi.osg@example.net"],
        main=[
            Sec(
                "Summary",
                [
                    "Pediatric critical care nurse: post-op cardiac, trauma, DKA, respiratory failure, "
                    "CRRT. Travelling since mid-2025 after seven years in a Maine PICU and two on a "
                    "general pediatrics floor."
                ],
            ),
            Sec(
                "Experience",
                [
                    Job(
                        "Travel RN, PICU",
                        "Kona Leeward Children's Medical Center",
                        "Honolulu, HI",
                        "Feb 2026 – Present",
                        ["12-bed PICU; Cerner charting.  Crescent Ridge Travel Nursing contract."],
                    ),
                    Job(
                        "Travel RN, PICU",
                        "Narragansett Bluff Children's Hospital",
                        "Providence, RI",
                        "Jun 2025 – Dec 2025",
                        ["Crescent Ridge Travel Nursing; extended once. January 2026 off."],
                    ),
                    Job(
                        "Staff RN, Pediatric ICU",
                        "Casco Bay Medical Center",
                        "Portland, ME",
                        "Sep 2018 – May 2025",
                        [
                            "14-bed PICU, post-op cardiac and neurosurgery; Epic.",
                            "Transport team 2021–2025; charge 2023–2025.",
                        ],
                    ),
                    Job(
                        "Staff RN, Pediatrics",
                        "Kennebec Hollow Medical Center",
                        "Augusta, ME",
                        "Jun 2016 – Aug 2018",
                        ["General pediatric floor."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("Maine RN — RN70218 — compact multistate licence — exp. 09/2028"),
                    Li("Hawaii RN — RN-106677 — single-state — exp. 06/2027"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("CCRN (Pediatric) — AACN — exp. 01/2029"),
                    Li("PALS — AHA — exp. 05/2027"),
                    Li("BLS — AHA — exp. 05/2027"),
                ],
            ),
            Sec(
                "Education",
                [Li("Bachelor of Science in Nursing — University of Southern Maine, 2016")],
            ),
            Sec(
                "Professional",
                [
                    "AACN member; PICU skills-fair instructor (CRRT, arterial lines) 2022–2025.",
                    "Volunteer, pediatric diabetes summer camp nurse, 2019 and 2023.",
                ],
            ),
        ],
        opts={"font": "NotoSans", "break_before": "Licenses"},
        truth=truth(
            name="Ruairí Ó Súilleabháin-Grant",
            email="ruairi.osg@example.net",
            phone="207-555-0115",
            location="Portland, ME",
            discipline="RN",
            specialties=["PICU", "Pediatrics"],
            licenses=[
                lic("ME", "RN", "RN70218", True, "2028-09"),
                lic("HI", "RN", "RN-106677", False, "2027-06"),
            ],
            certifications=[
                cert("CCRN", "AACN", "2029-01"),
                cert("PALS", "AHA", "2027-05"),
                cert("BLS", "AHA", "2027-05"),
            ],
            spans=[("2016-06", "2025-12"), ("2026-02", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "University of Southern Maine")],
            employers=[
                "Kona Leeward Children's Medical Center",
                "Narragansett Bluff Children's Hospital",
                "Casco Bay Medical Center",
                "Kennebec Hollow Medical Center",
            ],
            ehr_systems=["Cerner", "Epic"],
            agencies=["Crescent Ridge Travel Nursing"],
            notes="Two-page photocopied scan. Jan 2026 gap excluded; CCRN (Pediatric) named CCRN.",
        ),
    ),
]
