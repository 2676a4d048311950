from recruit.clinical import regions, vocab


def test_specialty_synonyms_map_to_canonical_names():
    found = vocab.specialty_matcher().find(
        "24-bed MICU, Telemetry/Step-Down Unit, medical/surgical, L&D"
    )
    assert found == ["ICU", "Telemetry", "Step-Down", "Med-Surg", "L&D"]


def test_certification_long_names_and_acronyms_agree():
    matcher = vocab.certification_matcher()
    assert matcher.find("Advanced Cardiovascular Life Support (ACLS)") == ["ACLS"]
    assert matcher.find("Trauma Nursing Core Course") == ["TNCC"]
    assert matcher.find("CCC-SLP") == ["CCC-SLP"]


def test_generic_emr_is_not_an_ehr_product():
    assert vocab.ehr_matcher().find("Documented in the EMR and EHR") == []
    assert vocab.ehr_matcher().find("Epic, Cerner (Oracle Health), MEDITECH") == [
        "Epic",
        "Cerner",
        "Meditech",
    ]


def test_agencies_are_data():
    assert vocab.agency_matcher().find("Aya Healthcare") == ["Aya Healthcare"]
    assert vocab.agency_matcher().find("Sunbelt Healthcare Staffing") == ["_marker"]


def test_states_by_name_code_and_regulator():
    assert regions.codes_in("Licensed in CA, AZ, NV and Texas") == ["CA", "AZ", "NV", "TX"]
    assert regions.code_for("College of Nurses of Ontario") == "ON"
    assert regions.code_for("Manitoba Steel") is None
    assert regions.country_of("ON") == "CA" and regions.country_of("TX") == "US"


def test_a_credential_printed_any_known_way_has_one_standard_name():
    assert vocab.certification_code("Basic Life Support") == "BLS"
    assert vocab.certification_code("  nih   stroke scale ") == "NIHSS"
    assert vocab.certification_code("S.T.A.B.L.E.") == "STABLE"
    assert vocab.certification_code("CCRN") == "CCRN"
    assert vocab.certification_code("Basket weaving") is None


def test_an_ehr_printed_by_its_full_name_has_the_vendor_code():
    assert vocab.ehr_code("Homecare Homebase") == "HCHB"
    assert vocab.ehr_code("Net Health") == "NetHealth"
    assert vocab.ehr_code("epic") == "Epic"
    assert vocab.ehr_code("Typewriter") is None


def test_printed_words_are_the_standard_name_only_when_nothing_but_credential_words_surround_it():
    assert vocab.shows_standard_name("LSVT BIG certified clinician", "LSVT BIG")
    assert vocab.shows_standard_name("RNC OB", "RNC-OB")
    assert not vocab.shows_standard_name("NIH Stroke Scale", "NIHSS")
    assert not vocab.shows_standard_name("Homecare Homebase", "HCHB")
    assert vocab.shows_standard_name("BLS for Healthcare Providers", "BLS")
    assert not vocab.shows_standard_name("CPI Nonviolent Crisis Intervention", "CPI")
