"""Photos (JPEG/PNG) and image-only PDFs -> Document through OCR."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator

from PIL import Image, ImageOps

from recruit.parsing.image_header import MAX_PIXELS
from recruit.parsing.model import Document, ParseError
from recruit.parsing.ocr import ocr_images, tesseract_path

OCR_DPI = 300
MAX_SIDE = 4400
_TOO_LARGE = ParseError(
    "too_large", "This image is too large. Please upload a smaller photo or a PDF."
)


def extract_image(data: bytes, media_type: str) -> Document:

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise _TOO_LARGE
        image = ImageOps.exif_transpose(image).convert("L")
        image = _bounded(image)
    except ParseError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _TOO_LARGE from error
    except (OSError, ValueError, SyntaxError, Image.UnidentifiedImageError) as error:
        raise ParseError("corrupt", "This image is damaged and we could not read it.") from error
    dpi = _dpi(image)
    result = ocr_images([image], dpi)
    return Document(lines=result.lines, media_type=media_type, warnings=result.warnings)


def _bounded(image: Image.Image) -> Image.Image:
    """Phone photos beyond ~400 dpi for a letter page only slow tesseract down."""
    longest = max(image.size)
    if longest <= MAX_SIDE:
        return image
    scale = MAX_SIDE / longest
    return image.resize((round(image.width * scale), round(image.height * scale)))


def _dpi(image: object) -> float:
    value = getattr(image, "info", {}).get("dpi", (OCR_DPI, OCR_DPI))[0]
    return float(value) if value and value > 30 else float(OCR_DPI)


def ocr_pdf(data: bytes, *, page_count: int, max_pages: int) -> Document:
    """Render each page with pdfium (bounded pixels) and OCR it."""
    media_type = "application/pdf"
    if tesseract_path() is None:
        return Document(
            lines=[], media_type=media_type, page_count=page_count, warnings=["ocr_unavailable"]
        )
    images = _render_pages(data, max_pages)
    result = ocr_images(images, OCR_DPI)
    return Document(
        lines=result.lines, media_type=media_type, page_count=page_count, warnings=result.warnings
    )


def _render_pages(data: bytes, max_pages: int) -> Iterator[Image.Image]:
    """Pages one at a time, so only one 300 dpi bitmap is alive and OCR can stop early."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ParseError("corrupt", "This PDF is damaged and we could not read it.") from error
    for index in range(min(len(pdf), max_pages)):
        try:
            page = pdf[index]
            width, height = page.get_size()
            scale = OCR_DPI / 72
            pixels = width * height * scale * scale
            if pixels > MAX_PIXELS / 2:
                scale *= (MAX_PIXELS / 2 / pixels) ** 0.5
            yield page.render(scale=scale, grayscale=True).to_pil()
        except pdfium.PdfiumError:
            continue
