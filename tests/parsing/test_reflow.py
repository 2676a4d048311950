"""Hard-wrapped plain text put back into the lines its writer typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recruit.parsing.reflow import hard_wraps_joined

WRAPPED = """\
EXPERIENCE:
Registered Nurse, Adult Inpatient Psychiatry -- Twin
Ports Behavioral Health Hospital, Superior, WI -- 04/2020
to present
   Charge RN on a 22-bed adult unit; admissions, LAIs,
   restraint/seclusion documentation.

LICENSURE:
- Wisconsin Registered Nurse - multistate (NLC),
#230491-30, exp 02/28/2028
- Minnesota Registered Nurse - single state, #R 219384,
exp 08/31/2027
"""


def test_a_job_header_wrapped_by_a_paste_box_is_one_line_again() -> None:
    lines = hard_wraps_joined(WRAPPED).splitlines()
    assert (
        "Registered Nurse, Adult Inpatient Psychiatry -- Twin Ports Behavioral Health "
        "Hospital, Superior, WI -- 04/2020 to present"
    ) in lines
    assert (
        "   Charge RN on a 22-bed adult unit; admissions, LAIs, restraint/seclusion documentation."
        in lines
    )


def test_a_wrapped_list_item_takes_its_continuation_but_the_next_item_stays_apart() -> None:
    lines = hard_wraps_joined(WRAPPED).splitlines()
    assert "- Wisconsin Registered Nurse - multistate (NLC), #230491-30, exp 02/28/2028" in lines
    assert "- Minnesota Registered Nurse - single state, #R 219384, exp 08/31/2027" in lines


def test_a_resume_typed_line_by_line_is_left_alone() -> None:
    typed = "\n".join(
        [
            "Jordan Ellis, RN",
            "Mercy Hospital, Springfield, IL 62701",
            "Staff Nurse, Medical ICU",
            "Jan 2019 - Present",
            "Saint John's Regional Medical Center",
            "Staff Nurse, Step-down",
            "Jun 2015 - Dec 2018",
            "EDUCATION",
            "Bachelor of Science in Nursing, Illinois State University",
        ]
    )
    assert hard_wraps_joined(typed) == typed


def test_wide_text_is_never_reflowed() -> None:
    wide = "\n".join(["word " * 30, "Next line starts here", "word " * 30, "and another one"] * 3)
    assert hard_wraps_joined(wide) == wide


@given(st.text(alphabet=st.sampled_from("ab -\n:•"), max_size=400))
def test_reflowing_never_drops_or_adds_a_character(text: str) -> None:
    def visible(s: str) -> str:
        return "".join(s.split())

    assert visible(hard_wraps_joined(text)) == visible(text)
