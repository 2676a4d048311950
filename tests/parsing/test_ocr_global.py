"""A photo's second reading with one global threshold adds only what the first reading lost."""

from __future__ import annotations

import tesserocr
from PIL import Image, ImageDraw, ImageFont

from recruit.parsing.ocr import tessdata_dir
from recruit.parsing.ocr_global import add_unread
from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_words import words_of

RESTORE = "2"  # Sauvola, as ocr.py reads with


def _page() -> Image.Image:
    image = Image.new("L", (1100, 260), 235)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=34)
    draw.text((60, 60), "Registered Cardiovascular Invasive Specialist", fill=30, font=font)
    draw.text((60, 150), "monitor and circulate", fill=30, font=font)
    return image


def _first_reading(api: tesserocr.PyTessBaseAPI, image: Image.Image) -> list[OcrWord]:
    api.SetImage(image)
    api.SetSourceResolution(300)
    api.Recognize()
    return words_of(api.GetIterator())


def test_a_line_the_first_reading_lost_is_added_and_the_rest_is_not_read_twice() -> None:
    image = _page()
    with tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="eng") as api:
        everything = _first_reading(api, image)
        lost_first_line = [w for w in everything if w.top > 120]  # as if Sauvola lost line one
        words = add_unread(api, image, 300.0, lost_first_line, 30.0, 0.1, restore=RESTORE)
        threshold = api.GetVariableAsString("thresholding_method")
    assert [w.text for w in words] == [
        "monitor",
        "and",
        "circulate",
        "Registered",
        "Cardiovascular",
        "Invasive",
        "Specialist",
    ]
    assert len({w.line for w in words[3:]} & {w.line for w in words[:3]}) == 0
    assert threshold == RESTORE


def test_no_second_reading_without_the_time_for_one() -> None:
    image = _page()
    with tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="eng") as api:
        words = add_unread(api, image, 300.0, [], 1.0, 2.0, restore=RESTORE)
    assert words == []
