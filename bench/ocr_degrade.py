"""Clean PDF pages -> scanned PDFs and phone photos, with the parameters drawn per case.

The same kinds of damage as bench/blind/make/degrade.py (which made the blind set's scans and
photos), over wider ranges so the OCR gap is measured on more than the frozen files' settings:

* scan: grey paper with lifted blacks, skew 0.3-2 deg, speckle, sensor noise, softening, at
  150-300 dpi, saved as an image-only PDF (Pillow stores the page as JPEG inside).
* photo: the first page on a desk, rotated 1-6 deg, keystoned, blurred, lit unevenly, resized
  to 1200-1600 px wide and saved as JPEG quality 60-85.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

DESK = (92, 74, 58)


@dataclass(frozen=True, slots=True)
class Degraded:
    kind: str  # "scan" or "photo"
    data: bytes
    filename: str
    pages: int
    settings: str  # the drawn parameters, for the report


def render(pdf: bytes, dpi: float, pages: int | None = None) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    count = len(document) if pages is None else min(pages, len(document))
    return [document[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(count)]


def first_page_pdf(pdf: bytes) -> bytes:
    """The first page alone: the clean counterpart of a photo of page one."""
    source = pdfium.PdfDocument(pdf)
    if len(source) == 1:
        return pdf
    single = pdfium.PdfDocument.new()
    single.import_pages(source, [0])
    buffer = io.BytesIO()
    single.save(buffer)
    return buffer.getvalue()


def scan(pdf: bytes, seed: int) -> Degraded:
    rng = random.Random(seed)
    dpi = rng.choice([150, 200, 200, 240, 300])
    angle = rng.uniform(0.3, 2.0) * rng.choice([-1, 1])
    blur = rng.uniform(0.3, 0.8)
    pages = [_scanned(page, rng, angle, blur) for page in render(pdf, dpi)]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    settings = f"{dpi}dpi skew={angle:+.1f} blur={blur:.1f}"
    return Degraded("scan", buffer.getvalue(), "scan.pdf", len(pages), settings)


def _scanned(page: Image.Image, rng: random.Random, angle: float, blur: float) -> Image.Image:
    grey = ImageOps.grayscale(page).point(lambda v: int(40 + v * 0.78))
    grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=235)
    draw = ImageDraw.Draw(grey)
    w, h = grey.size
    for _ in range(int(w * h / 2500)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 1])
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(60, 140))
    noise = _noise(rng, (w, h)).point(lambda v: 200 + int(v * 55 / 255))
    return ImageChops.multiply(grey, noise).filter(ImageFilter.GaussianBlur(blur))


def _noise(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Sensor noise around mid-grey from the seeded generator (Image.effect_noise is not
    seeded, so two runs would differ)."""
    count = size[0] * size[1]
    first = Image.frombytes("L", size, rng.randbytes(count))
    second = Image.frombytes("L", size, rng.randbytes(count))
    return ImageChops.add(first, second, scale=2.0)


def photo(pdf: bytes, seed: int) -> Degraded:
    rng = random.Random(seed)
    [page] = render(pdf, 200, pages=1)
    angle = rng.uniform(1.0, 6.0) * rng.choice([-1, 1])
    keystone = rng.uniform(0.01, 0.04)
    blur = rng.uniform(0.5, 1.2)
    width = rng.randrange(1200, 1601, 50)
    quality = rng.randrange(60, 86, 5)
    shot = _on_desk(page, rng, angle, keystone, blur)
    shot = shot.resize((width, round(shot.height * width / shot.width)), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    shot.save(buffer, format="JPEG", quality=quality)
    settings = f"{width}px rot={angle:+.1f} key={keystone:.3f} blur={blur:.1f} q={quality}"
    return Degraded("photo", buffer.getvalue(), "photo.jpg", 1, settings)


def _on_desk(
    page: Image.Image, rng: random.Random, angle: float, keystone: float, blur: float
) -> Image.Image:
    w, h = page.size
    pad = int(w * rng.uniform(0.04, 0.1))
    desk = Image.new("RGB", (w + 2 * pad, h + 2 * pad), DESK)
    desk.paste(page, (pad, pad))
    desk = desk.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=DESK)
    W, H = desk.size
    far = int(W * keystone)  # the far edge looks narrower
    top_far = (far, 0, 0, H, W, H, W - far, 0)
    quad = top_far if rng.random() < 0.5 else (0, 0, far, H, W - far, H, W, 0)
    desk = desk.transform((W, H), Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC)
    desk = desk.filter(ImageFilter.GaussianBlur(blur))
    return _lighting(desk, rng)


def _lighting(image: Image.Image, rng: random.Random) -> Image.Image:
    """Brighter towards one corner, falling off across the page, slightly warm."""
    w, h = image.size
    across = Image.linear_gradient("L").rotate(90).resize((w, h))
    down = Image.linear_gradient("L").resize((w, h))
    if rng.random() < 0.5:
        across = ImageOps.mirror(across)
    if rng.random() < 0.5:
        down = ImageOps.flip(down)
    depth = rng.randrange(60, 120)
    grad = ImageChops.add(across, down, scale=2.0).point(lambda v: 255 - int(v * depth / 255))
    shade = Image.merge("RGB", [grad, grad, grad.point(lambda v: max(0, v - 10))])
    return ImageChops.multiply(image, shade)


DEGRADERS = {"scan": scan, "photo": photo}
