"""A page's second reading with one global threshold adds only what the first reading lost."""

from __future__ import annotations

import random

import tesserocr
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from recruit.parsing.ocr import ocr_images, tessdata_dir
from recruit.parsing.ocr_global import add_unread
from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_prep import prepare_scan
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


def _scan_with_a_pale_name() -> Image.Image:
    """A grey scan of a page whose name is set large in a pale colour over grey body text:
    Sauvola's local threshold, inside the name's broad strokes, takes them for paper."""
    image = Image.new("L", (2400, 900), 232)
    draw = ImageDraw.Draw(image)
    name_font = ImageFont.load_default(size=130)
    draw.text(
        (100, 60),
        "Winona Braithwaite, RN",
        fill=190,
        font=name_font,
        stroke_width=6,
        stroke_fill=190,
    )
    body = ["Charge RN, Telemetry at Lakeside Hospital", "Cardiac step-down, drips and post-cath"]
    body += ["Precepted new graduates on night shift", "Staff RN, Medical-Surgical, 2009 - 2016"]
    for n, text in enumerate(body):
        draw.text((100, 420 + 80 * n), text, fill=70, font=ImageFont.load_default(size=38))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    noise = random.Random(4)
    pixels = image.load()
    for _ in range(40_000):
        x, y = noise.randrange(image.width), noise.randrange(image.height)
        pixels[x, y] = max(0, min(255, pixels[x, y] + noise.randint(-40, 40)))
    return image


def test_a_scan_is_read_again_for_a_pale_name_the_first_reading_lost() -> None:
    result = ocr_images([prepare_scan(_scan_with_a_pale_name(), 300.0)])
    assert result.lines[0].text == "Winona Braithwaite, RN"
    assert "Charge RN, Telemetry at Lakeside Hospital" in [line.text for line in result.lines]
