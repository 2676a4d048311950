"""Turn a clean page image into a phone photo or a scanned page (Pillow only)."""

import random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps


def pdf_pages(pdf_path, scale: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    return [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]


def _lighting(img: Image.Image, rng: random.Random) -> Image.Image:
    """Uneven light: brighter towards one corner, falling off across the page (no hard edges)."""
    w, h = img.size
    across = Image.linear_gradient("L").rotate(90).resize((w, h))
    down = Image.linear_gradient("L").resize((w, h))
    if rng.random() < 0.5:
        across = ImageOps.mirror(across)
    if rng.random() < 0.5:
        down = ImageOps.flip(down)
    grad = ImageChops.add(across, down, scale=2.0)
    grad = grad.point(lambda v: 255 - int(v * 95 / 255))
    shade = Image.merge("RGB", [grad, grad, grad.point(lambda v: max(0, v - 10))])
    return ImageChops.multiply(img, shade)


def photo(page: Image.Image, seed: int) -> Image.Image:
    """A page on a desk shot slightly off-axis: border, tilt, keystone, blur, uneven light."""
    rng = random.Random(seed)
    w, h = page.size
    pad = int(w * 0.08)
    desk = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 74, 58))
    desk.paste(page, (pad, pad))
    desk = desk.rotate(
        rng.uniform(1.0, 4.0) * rng.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(92, 74, 58)
    )
    W, H = desk.size
    k = rng.uniform(0.015, 0.035)  # keystone: the far edge looks narrower
    quad = (int(W * k), 0, 0, H, W, H, int(W * (1 - k)), 0)
    desk = desk.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
    desk = desk.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    desk = _lighting(desk, rng)
    return desk.resize((int(W * 0.72), int(H * 0.72)), Image.LANCZOS)


def scan(page: Image.Image, seed: int) -> Image.Image:
    """Office scanner: grey, slightly skewed, speckled, a little soft."""
    rng = random.Random(seed)
    g = ImageOps.grayscale(page)
    g = g.point(lambda v: int(40 + v * 0.78))  # grey paper, lifted blacks
    g = g.rotate(rng.uniform(0.4, 1.6) * rng.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=235)
    draw = ImageDraw.Draw(g)
    w, h = g.size
    for _ in range(int(w * h / 2500)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 1])
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(60, 140))
    noise = Image.effect_noise((w, h), 18)
    g = ImageChops.multiply(g, noise.point(lambda v: 200 + int(v * 55 / 255)))
    return g.filter(ImageFilter.GaussianBlur(0.5))
