"""build_profile on small in-memory documents: the rules a recruiter depends on."""

from __future__ import annotations

import time
from datetime import date

from recruit.parsing.dates import find_span, merged_months
from recruit.parsing.model import Document, TextLine
from recruit.parsing.profile import OCR_CEILING, build_profile

TODAY = date(2026, 11, 1)


def _profile(text: str, **line_style) -> dict:
    lines = [TextLine(text=t, **line_style) for t in text.strip().splitlines() if t.strip()]
    return build_profile(Document(lines=lines, media_type="text/plain"), today=TODAY)


def test_date_formats_people_print():
    assert find_span("Jan 2020 – Present").ongoing
    assert find_span("01/2019 - 03/2020").end == (2020, 3)
    assert find_span("2018–2021").start == (2018, 1)
    assert find_span("Summer 2019").end == (2019, 8)
    assert find_span("Mar 2024, 13-week contract").end == (2024, 5)


def test_overlapping_contracts_count_once_and_gaps_are_left_out():
    assert (
        merged_months([((2020, 1), (2020, 6)), ((2020, 4), (2020, 12)), ((2022, 1), (2022, 3))])
        == 15
    )


def test_profile_has_every_contract_key():
    profile = _profile("Jane Doe\njane@example.com")
    assert list(profile) == [
        "name",
        "email",
        "phone",
        "location",
        "discipline",
        "specialties",
        "specialty_years",
        "licenses",
        "certifications",
        "years_experience",
        "education",
        "employers",
        "ehr_systems",
        "eligible_states",
        "fields",
    ]


def test_referee_contacts_are_not_the_candidates():
    profile = _profile("""
Sam Lee, RN
Experience
Staff RN, Mercy Hospital, Austin, TX | 2020 - Present
References
Dr. Ann Wu, (512) 555-0100, ann.wu@example.org
""")
    assert profile["email"] is None and profile["phone"] is None


def test_target_employer_in_objective_is_not_an_employer():
    profile = _profile("""
Sam Lee, RN
Objective
Seeking a staff nurse role at Seton Medical Center.
Experience
Staff RN, Mercy Hospital, Austin, TX | 2020 - Present
""")
    assert [e["name"] for e in profile["employers"]] == ["Mercy Hospital"]


def test_certification_is_not_a_degree_and_licence_is_not_a_certification():
    profile = _profile("""
Sam Lee, RN
Education
Bachelor of Science in Nursing, University of Texas, 2019
Licenses & Certifications
Registered Nurse, Texas Board of Nursing, License #123456
BLS, American Heart Association, exp 04/2027
ACLS
""")
    assert [e["degree"] for e in profile["education"]] == ["Bachelor of Science in Nursing"]
    assert [c["name"] for c in profile["certifications"]] == ["BLS", "ACLS"]
    assert [(lic["state"], lic["type"]) for lic in profile["licenses"]] == [("TX", "RN")]


def test_dated_credential_lines_inside_a_job_are_neither_jobs_nor_its_years():
    profile = _profile("""
Sam Lee, RN
Experience
Staff RN, Mercy Hospital, Austin, TX | Jan 2020 - Present
Certification: Trauma Nurse Core Course, ENA, 2024 - 2028
Credentials: BLS instructor, Red Cross, Jan 2024 - Jan 2026
Licensure: TX RN, Board of Nursing, 2020 - 2027
""")
    assert [e["name"] for e in profile["employers"]] == ["Mercy Hospital"]
    assert profile["years_experience"] == 6.9
    assert [(lic["state"], lic["type"]) for lic in profile["licenses"]] == [("TX", "RN")]


def test_a_label_naming_licences_and_certifications_keeps_its_certifications():
    profile = _profile("""
Sam Lee, RN
Experience
Staff RN, Mercy Hospital, Austin, TX | Jan 2020 - Present
Licenses & Certifications: CO RN, BLS, ACLS
""")
    assert [c["name"] for c in profile["certifications"]] == ["BLS", "ACLS"]


def test_er_tech_job_before_the_rn_licence_does_not_count_as_rn_experience():
    profile = _profile("""
Sam Lee, RN
Experience
Registered Nurse, Mercy Hospital, Austin, TX | Jan 2022 - Dec 2023
ER Technician, Mercy Hospital, Austin, TX | Jan 2018 - Dec 2021
""")
    assert profile["years_experience"] == 2.0


def test_every_field_carries_confidence_and_evidence():
    profile = _profile("Sam Lee, RN\nsam@example.com | (512) 555-0101 | Austin, TX")
    for field in ("name", "email", "phone", "location", "discipline"):
        assert 0 < profile["fields"][field]["confidence"] <= 1
        assert profile["fields"][field]["evidence"][0]["page"] == 1


def test_build_profile_is_cheap():
    text = "\n".join(
        ["Staff RN, Mercy Hospital, Austin, TX | 2020 - Present"]
        + ["- Cared for 5 ICU patients"] * 200
    )
    lines = [TextLine(text=t) for t in text.splitlines()]
    document = Document(lines=lines, media_type="text/plain")
    build_profile(document, today=TODAY)
    started = time.perf_counter()
    build_profile(document, today=TODAY)
    assert time.perf_counter() - started < 0.2


def test_only_the_state_written_next_to_compact_is_multistate():
    profile = _profile("Sam Lee, RN\nLicenses\nActive RN licenses: TX (compact), CA, NY")
    compact = {lic["state"]: lic["compact"] for lic in profile["licenses"]}
    assert compact == {"TX": True, "CA": None, "NY": None}


def test_employer_line_above_a_dated_title_line():
    profile = _profile("""
Sam Lee, RN
Experience
Stripe Memorial, Austin, TX
Registered Nurse | Jan 2020 - Present
""")
    assert [e["name"] for e in profile["employers"]] == ["Stripe Memorial"]


def test_name_without_post_nominals_in_any_case():
    assert _profile("JANE DOE RN BSN\njane@example.com")["name"] == "Jane Doe"
    assert _profile("Jane Q. Doe, RN, BSN, CCRN")["name"] == "Jane Q. Doe"
    assert _profile("Curriculum Vitae\nOmar Haddad PT DPT")["name"] == "Omar Haddad"


def test_a_name_in_an_unsized_page_header_outranks_body_lines_of_ordinary_size():
    # a Word header's runs carry no size; the body's certificate lines do, at body size
    header = [TextLine("Abdullahi Warsame, PharmD, RPh — Résumé")]
    body = [
        TextLine(text, font_size=size, bold=size > 11)
        for text, size in [
            ("Licensure", 11.5),
            ("Minnesota Pharmacist License #119772", 10.5),
            ("Certificates", 11.5),
            ("Immunization Delivery Certificate — APhA", 10.5),
            ("Experience", 11.5),
            ("Staff Pharmacist", 10.5),
        ]
    ]
    document = Document(lines=header + body, media_type="application/msword")
    assert build_profile(document, today=TODAY)["name"] == "Abdullahi Warsame"


def test_a_bold_title_wrapped_beside_its_dates_keeps_its_last_word_out_of_the_employer():
    rows = [
        ("Lena Park, M.S., CCC-SLP", 20.0, True),
        ("Experience", 11.5, True),
        ("PRN Speech-Language Pathologist — Home\tJun 2022 – Present", 10.2, True),
        ("Health", 10.2, True),
        ("Silver Valley Home Care, Coeur d'Alene, ID", 9.6, False),
        ("Staff RN\tJan 2018 – May 2022", 10.2, True),
        ("Kootenai Health", 10.2, True),
        ("Medical-surgical floor.", 9.6, False),
    ]
    lines = [TextLine(text, font_size=size, bold=bold) for text, size, bold in rows]
    profile = build_profile(Document(lines=lines, media_type="application/pdf"), today=TODAY)
    assert [e["name"] for e in profile["employers"]] == [
        "Silver Valley Home Care",
        "Kootenai Health",
    ]
    assert "Home Health" in profile["specialties"]


def test_capital_or_is_the_operating_room_but_lowercase_or_is_a_word():
    profile = _profile(
        "Sam Lee, RN\nExperience\nStaff RN - OR, Mercy Hospital, Austin, TX | 2020 - Present"
    )
    assert profile["specialties"] == ["OR"]
    profile = _profile(
        "Sam Lee, RN\nExperience\nStaff RN - days or nights, Mercy Hospital | 2020 - Present"
    )
    assert profile["specialties"] == []


def test_post_nominal_certifications_count():
    profile = _profile("Omar Haddad, PT, DPT, OCS\nomar@example.com")
    assert "OCS" in [c["name"] for c in profile["certifications"]]


def test_externships_and_volunteering_inside_experience_are_not_jobs():
    profile = _profile("""
Sam Lee, RN
Experience
Staff RN, Mercy Hospital, Austin, TX | 2022 - Present
Nurse Extern, Seton Medical Center, Austin, TX | 2021 - 2022
Volunteer, American Red Cross, Austin, TX | 2019 - 2021
""")
    assert [e["name"] for e in profile["employers"]] == ["Mercy Hospital"]


def test_title_and_unit_on_the_line_below_the_employer():
    profile = _profile("""
Sam Lee, RN
Experience
Mercy Hospital, Austin, TX    Jan 2020 - Present
Registered Nurse, Neonatal ICU
""")
    assert profile["employers"][0]["title"] == "Registered Nurse"
    assert profile["specialties"] == ["NICU"]


def test_name_shares_its_line_with_contact_details():
    profile = _profile("Jane Doe | Registered Nurse | jane@example.com | (214) 555-0100")
    assert profile["name"] == "Jane Doe" and profile["discipline"] == "RN"
    assert _profile("Name: Omar Haddad\nomar@example.com")["name"] == "Omar Haddad"


def test_a_nurse_recruiter_is_not_a_nurse():
    profile = _profile("""
Dana Cole
Nurse Recruiter
Experience
Senior Nurse Recruiter, Aya Healthcare, San Diego, CA | 2019 - Present
""")
    assert profile["discipline"] is None


def test_junk_lines_neither_crash_nor_stall():
    junk = ["x" * 5000, "A B C D E " * 200, "a-b-c-d-e-" * 300, "(cid:127)", "•", "2020 –", "| | |"]
    lines = [TextLine(text=t, page=2, bold=n % 2 == 0) for n, t in enumerate(junk * 3)]
    started = time.perf_counter()
    profile = build_profile(Document(lines=lines, media_type="text/plain"), today=TODAY)
    assert profile["name"] is None and profile["employers"] == []
    assert time.perf_counter() - started < 0.5


def test_empty_document_gives_an_empty_profile():
    profile = build_profile(Document(lines=[], media_type="application/pdf"), today=TODAY)
    assert profile["discipline"] is None and profile["fields"] == {}


def test_headings_composed_of_heading_words():
    profile = _profile("""
Sam Lee, RN
Licensure & Credentials
Texas RN License #123456
Work History and Travel Assignments
Staff RN, Mercy Hospital, Austin, TX | 2020 - Present
""")
    assert [(lic["state"], lic["type"]) for lic in profile["licenses"]] == [("TX", "RN")]
    assert [e["name"] for e in profile["employers"]] == ["Mercy Hospital"]


def test_licence_table_split_into_cells():
    profile = _profile("""
Sam Lee, RN
Licenses
State
Number
Texas
123456
Oregon
654321
""")
    assert sorted(lic["state"] for lic in profile["licenses"]) == ["OR", "TX"]


def test_names_with_particles():
    assert _profile("Ana de la Cruz, RN\nana@example.com")["name"] == "Ana de la Cruz"


def test_years_in_a_specialty_stated_in_the_summary():
    profile = _profile("""
Sam Lee, RN
Summary
Critical care nurse with 6 years of ICU experience and 2 years in the emergency department.
""")
    assert profile["specialty_years"] == {"ICU": 6.0, "ER": 2.0}
    assert profile["years_experience"] == 6.0


def test_name_is_the_largest_line_when_a_sidebar_comes_first():
    sidebar = ["CONTACT", "Wound Care", "(702) 555-0148", "Pediatric Sepsis", "LICENSES"]
    lines = [TextLine(text=t, font_size=9.0) for t in sidebar]
    lines += [TextLine(text="Renata Vasquez-Oyelaran, BSN, RN", font_size=22.0)]
    lines += [TextLine(text="Travel PICU nurse, Las Vegas, NV", font_size=10.0)]
    profile = build_profile(Document(lines=lines, media_type="application/pdf"), today=TODAY)
    assert profile["name"] == "Renata Vasquez-Oyelaran"


def test_the_first_line_is_the_name_when_ocr_measured_a_later_title_a_little_taller():
    sizes = [("HOLLIS VANTREESE,\tLVN", 10.0), ("(254) 555-0157", 11.5), ("OBJECTIVE", 10.0)]
    sizes += [("LVN with almost nine years in pediatric home health.", 10.0)]
    sizes += [("EXPERIENCE", 10.0), ("Pediatric Home Health LVN", 12.0), ("Jan 2020 - Present", 10)]
    lines = [TextLine(text=t, font_size=size) for t, size in sizes]
    profile = build_profile(Document(lines=lines, media_type="image/png"), today=TODAY)
    assert profile["name"] == "Hollis Vantreese"


def test_speckle_read_as_large_words_below_the_work_history_is_no_name():
    sizes = [("Ramona Quintanilla-Shaw, L N", 14.0), ("715 West Magnolia Avenue", 10.0)]
    sizes += [("San Antonio, TX 78212", 10.0), ("WORK HISTORY", 10.0)]
    sizes += [("2/2019 - present Home Health LVN", 10.0), ("Alamo Heights Home Health", 10.0)]
    sizes += [("COMPUTER SKILLS", 10.0), ("PointClickCare", 10.0), ("Ma Mg", 19.0)]
    lines = [TextLine(text=t, font_size=size) for t, size in sizes]
    profile = build_profile(Document(lines=lines, media_type="image/jpeg"), today=TODAY)
    assert profile["name"] == "Ramona Quintanilla-Shaw"


def test_a_name_set_below_a_sidebar_certification_list_is_no_certification():
    sidebar = ["CONTACT", "lucia.fh@example.org", "CERTIFICATIONS", "RCIS · CCI · 07/2028"]
    sidebar += ["ACLS · AHA · 09/2027"]
    lines = [TextLine(text=t, font_size=9.0, bold=t.isupper()) for t in sidebar]
    lines += [TextLine(text=t, font_size=24.0) for t in ("LUCIA", "FERREIRA-HOLT")]
    lines += [TextLine(text="RCIS | Cardiovascular Invasive Specialist", font_size=11.0)]
    profile = build_profile(Document(lines=lines, media_type="application/pdf"), today=TODAY)
    assert profile["name"] == "Lucia Ferreira-Holt"
    assert [c["name"] for c in profile["certifications"]] == ["RCIS", "ACLS"]


def test_name_keeps_accents_and_drops_a_quoted_nickname():
    assert _profile('JOSÉ "PEPE" ÁLVAREZ-NÚÑEZ, CST\njose.an@example.com')["name"] == (
        "José Álvarez-Núñez"
    )


def test_contact_block_under_a_name_set_below_a_sidebar():
    sidebar = ["REACH ME", "907-555-0133", "Bedside Ultrasound", "LICENSES", "Alaska RN 44321"]
    lines = [TextLine(text=t, font_size=9.0, bold=t.isupper()) for t in sidebar]
    lines += [TextLine(text="Oksana Whitehorse, RN", font_size=22.0)]
    lines += [TextLine(text="Flight Nurse", font_size=10.0)]
    lines += [TextLine(text="Anchorage, AK 99501", font_size=10.0)]
    profile = build_profile(Document(lines=lines, media_type="application/pdf"), today=TODAY)
    assert profile["name"] == "Oksana Whitehorse"
    assert profile["location"] in ("Anchorage, AK", {"city": "Anchorage", "state": "AK"})


def test_fields_read_by_ocr_are_never_shown_as_certain():
    lines = [
        TextLine(text="Wren Castellano, RN", font_size=20.0),
        TextLine(text="wren.castellano@example.com | (503) 555-0110 | Portland, OR 97201"),
        TextLine(text="LICENSES", bold=True),
        TextLine(text="Oregon RN #201912345, exp 04/2028"),
        TextLine(text="CERTIFICATIONS", bold=True),
        TextLine(text="BLS (AHA) exp 06/2027"),
    ]
    typed = build_profile(Document(lines=lines, media_type="application/pdf"), today=TODAY)
    scanned = build_profile(
        Document(lines=lines, media_type="application/pdf", warnings=["ocr"]), today=TODAY
    )
    assert typed["fields"]["email"]["confidence"] >= 0.9
    assert scanned["email"] == typed["email"]
    for field in scanned["fields"].values():
        assert field["confidence"] <= OCR_CEILING
        assert all(item["confidence"] <= OCR_CEILING for item in field.get("items", []))


def test_a_line_in_the_headings_type_size_with_a_heading_keyword_is_a_heading():
    """'Licensure' and 'Education' set in 13.5 pt, body in 10 pt: 'Board Certification and Life
    Support' in 13.5 pt heads the certifications too, and is no certification itself."""
    rows = [
        ("Marisol Oyelaran-Pike, PharmD", 20.0),
        ("Columbus, OH · (614) 555-0187 · m.op@example.com", 10.0),
        ("Licensure", 13.5),
        ("Ohio Board of Pharmacy — Pharmacist — 03-3-31874 — 09/15/2027", 10.0),
        ("Board Certification and Life Support", 13.5),
        ("Board Certified Pharmacotherapy Specialist (BCPS) — due December 2029", 10.0),
        ("ACLS, American Heart Association — expires May 2027", 10.0),
        ("Education", 13.5),
        ("Doctor of Pharmacy — The Ohio State University, 2019", 10.0),
    ]
    lines = [TextLine(text=text, font_size=size) for text, size in rows]
    profile = build_profile(Document(lines=lines, media_type="application/pdf"), today=TODAY)
    assert [c["name"] for c in profile["certifications"]] == ["BCPS", "ACLS"]


def _paged(rows: list[tuple[int, float, str]]) -> dict:
    lines = [
        TextLine(text=text, page=page, x0=72, top=top, x1=300, bottom=top + 10, font_size=10)
        for page, top, text in rows
    ]
    return build_profile(Document(lines=lines, media_type="application/pdf"), today=TODAY)


def test_a_running_footer_is_dropped_and_a_credential_takes_its_dates_from_the_next_page():
    """'Resume exported from job-board profile' at the foot of both pages sat between 'Certified
    Emergency Nurse (CEN)' and 'April 2025 to April 2029' atop page 2."""
    profile = _paged(
        [
            (1, 40, "Dana Whitlock, RN"),
            (1, 60, "Tulsa, OK · (918) 555-0133 · dana.w@example.com"),
            (1, 400, "Certifications and Licenses"),
            (1, 420, "Certified Emergency Nurse (CEN)"),
            (1, 760, "Resume exported from job-board profile · 11/28/2026"),
            (2, 40, "April 2025 to April 2029"),
            (2, 60, "Trauma Nursing Core Course (TNCC)"),
            (2, 80, "November 2025 to November 2027"),
            (2, 760, "Resume exported from job-board profile · 11/28/2026"),
        ]
    )
    certs = {c["name"]: c["expires"] for c in profile["certifications"]}
    assert certs == {"CEN": "2029-04", "TNCC": "2027-11"}


def test_a_running_footer_with_the_contact_details_is_kept_once():
    footer = "418 Wexley Court, Columbus, OH 43214 · (614) 555-0187 · m.op@example.com"
    profile = _paged(
        [
            (1, 40, "Marisol Pike, PharmD"),
            (1, 400, "Clinical Pharmacist"),
            (1, 760, footer),
            (2, 40, "Education"),
            (2, 60, "Doctor of Pharmacy — The Ohio State University, 2019"),
            (2, 760, footer),
        ]
    )
    assert profile["email"] == "m.op@example.com"
    assert profile["location"] == {"city": "Columbus", "state": "OH"}


def test_a_side_panel_read_after_the_last_section_is_none_of_its_items():
    main = [("Licenses & certifications", 42, 630, 8.5), ("BLS", 68, 651, 6.5)]
    main += [("American Heart Association", 68, 660, 6.5), ("Expires May 2027", 68, 669, 6.0)]
    panel = [("Viewing as Marcus Delaney", 435, 46, 6.5)]
    panel += [("Talent Acquisition - Piedmont Allied", 435, 55, 6.0), ("Search", 435, 64, 6.5)]
    lines = [TextLine(text="Lucinda Hargrove-Ibarra", x0=42, top=129, font_size=11.5)]
    lines += [TextLine(text=t, x0=x, top=y, font_size=s) for t, x, y, s in main + panel]
    profile = build_profile(Document(lines=lines, media_type="image/png"), today=TODAY)
    assert [c["name"] for c in profile["certifications"]] == ["BLS"]


def test_a_scanned_address_is_spelt_as_the_name_printed_larger_above_it():
    def email(name_size: float, warnings: list[str]) -> str | None:
        lines = [
            TextLine(text="DESMOND HOLLINGSWORTH-APPIAH", font_size=name_size),
            TextLine(text="Little Rock, AR | d.hollingswonh@example.com", font_size=9.0),
            TextLine(text="PharmD, BCPS", font_size=9.0),
        ]
        document = Document(lines=lines, media_type="application/pdf", warnings=warnings)
        return build_profile(document, today=TODAY)["email"]

    assert email(18.0, ["ocr"]) == "d.hollingsworth@example.com"
    # the name no surer a reading than the address, or a typed page: kept as printed
    assert email(10.0, ["ocr"]) == "d.hollingswonh@example.com"
    assert email(18.0, []) == "d.hollingswonh@example.com"
