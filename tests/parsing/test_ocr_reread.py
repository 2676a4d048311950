"""Which words get a second OCR reading: the rule on Tesseract's word boxes alone (the
reading itself is covered by test_ocr_images.py on drawn pages)."""

from __future__ import annotations

from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_reread import doubtful_runs

LINE_SIZE = 86.0  # a name set large


def _word(text: str, left: int, right: int, ink: int, confidence: float = 95.0) -> OcrWord:
    return OcrWord(
        text, left, right, 400.0, LINE_SIZE, confidence, line=4, top=400 - ink, bottom=400
    )


def test_small_words_set_beside_a_large_line_are_read_again_together() -> None:
    name = [_word("Teodoro", 400, 720, 63), _word("Sandoval-Pryce,", 740, 1320, 79)]
    phone = [_word("210)", 1940, 2010, 30, 67.0), _word("855.0128", 2025, 2150, 22, 43.0)]
    assert doubtful_runs(name + phone) == [phone]


def test_a_word_read_unsure_is_read_again_alone() -> None:
    words = [_word("Staff", 400, 520, 60), _word("reraccs", 540, 700, 40, 18.0)]
    assert doubtful_runs(words) == [[words[1]]]


def test_a_phone_number_read_as_two_unsure_letters_is_read_again() -> None:
    words = [_word("Brennan-Matsuda", 700, 1220, 80), _word("se", 1450, 1610, 43, 15.0)]
    assert doubtful_runs(words) == [[words[1]]]


def test_sure_words_bullets_and_specks_are_left_as_read() -> None:
    words = [_word("e", 380, 390, 10, 12.0), _word("ICU", 400, 480, 60), _word("..", 500, 510, 5)]
    assert doubtful_runs(words) == []


def test_a_word_boxed_across_two_small_lines_is_read_as_both() -> None:
    """'Asheville, NC' over its phone number, taken into a large name's line and read as one
    unsure word: its second reading gives both lines, each word on its own baseline."""
    import tesserocr
    from PIL import Image, ImageDraw, ImageFont

    from recruit.parsing.ocr import tessdata_dir
    from recruit.parsing.ocr_reread import reread_doubtful

    image = Image.new("L", (900, 300), 235)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=34)
    draw.text((520, 90), "Asheville, NC", fill=30, font=font)
    draw.text((470, 140), "828-555-0191", fill=30, font=font)
    boxed = OcrWord("Pcp", 460, 760, 170.0, 100.0, 39.0, line=1, top=85, bottom=180)
    with tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="eng") as api:
        words = reread_doubtful(api, image, 300.0, [boxed], seconds=10.0)
    assert [w.text for w in words] == ["Asheville,", "NC", "828-555-0191"]
    assert words[0].baseline < words[2].baseline
