"""Clean page images made into phone photos and office scans (Pillow only, seeded)."""

import random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps


def pdf_pages(pdf_path, dpi: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting for the 8x8 perspective system."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]):
    """Coefficients PIL wants: for each output point (dst), where to sample the input (src)."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def _desk(w: int, h: int, rng: random.Random) -> Image.Image:
    base = rng.choice([(118, 92, 66), (64, 70, 78), (176, 168, 154), (96, 60, 44)])
    desk = Image.new("RGB", (w, h), base)
    grain = Image.effect_noise((w // 4, h // 4), 30).resize((w, h), Image.BILINEAR)
    grain_rgb = Image.merge("RGB", [grain, grain, grain])
    return Image.blend(
        desk, ImageChops.multiply(desk, grain_rgb.point(lambda v: 150 + v // 3)), 0.5
    )


def _light(img: Image.Image, rng: random.Random, strength: int) -> Image.Image:
    """Light falling off from one side of the frame, never a hard edge."""
    w, h = img.size
    g = Image.linear_gradient("L").resize((w, h))
    g = g.rotate(rng.choice([0, 90, 180, 270]) + rng.uniform(-25, 25), expand=False, fillcolor=128)
    g = g.resize((w, h)).filter(ImageFilter.GaussianBlur(w // 20))
    shade = g.point(lambda v: 255 - int(v * strength / 255))
    warm = shade.point(lambda v: max(0, v - 8))
    return ImageChops.multiply(img, Image.merge("RGB", [shade, shade, warm]))


def _shadow(img: Image.Image, rng: random.Random) -> Image.Image:
    """The soft shadow of the phone and hand across one corner of the sheet."""
    w, h = img.size
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    corner = rng.choice(["bl", "br", "b"])
    y0 = int(h * rng.uniform(0.72, 0.86))
    if corner == "bl":
        poly = [(0, y0), (int(w * 0.45), h), (0, h)]
    elif corner == "br":
        poly = [(w, y0), (int(w * 0.55), h), (w, h)]
    else:
        poly = [(0, int(h * 0.92)), (w, int(h * 0.88)), (w, h), (0, h)]
    d.polygon(poly, fill=int(rng.uniform(70, 110)))
    mask = mask.filter(ImageFilter.GaussianBlur(w // 25))
    dark = Image.new("RGB", (w, h), (20, 20, 28))
    return Image.composite(dark, img, mask)


def photo(page: Image.Image, seed: int, width: int, angle: float) -> Image.Image:
    """A page on a desk shot with a phone: tilt, keystone, soft focus, uneven light, a shadow."""
    rng = random.Random(seed)
    w, h = page.size
    pad = int(w * 0.09)
    W, H = w + 2 * pad, h + 2 * pad
    desk = _desk(W, H, rng)
    desk.paste(page, (pad, pad))
    desk = desk.rotate(angle, resample=Image.BICUBIC, fillcolor=desk.getpixel((2, 2)))
    j = [rng.uniform(0.015, 0.05) for _ in range(8)]
    src = [
        (W * j[0], H * j[1]),
        (W * (1 - j[2]), H * j[3] * 0.5),
        (W * (1 - j[4] * 0.4), H * (1 - j[5] * 0.3)),
        (W * j[6] * 0.4, H * (1 - j[7] * 0.3)),
    ]
    dst = [(0, 0), (W, 0), (W, H), (0, H)]
    desk = desk.transform(
        (W, H), Image.PERSPECTIVE, _perspective_coeffs(dst, src), resample=Image.BICUBIC
    )
    desk = desk.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.4)))
    desk = _light(desk, rng, int(rng.uniform(60, 110)))
    desk = _shadow(desk, rng)
    noise = Image.effect_noise((W, H), 10).point(lambda v: 235 + v * 20 // 255)
    desk = ImageChops.multiply(desk, Image.merge("RGB", [noise, noise, noise]))
    return desk.resize((width, int(H * width / W)), Image.LANCZOS)


def scan(page: Image.Image, seed: int, kind: str) -> Image.Image:
    """An office scanner or fax machine. kind: grey | faint | fax."""
    rng = random.Random(seed)
    g = ImageOps.grayscale(page)
    if kind == "faint":
        g = g.point(lambda v: int(120 + v * 0.53))  # toner running low: blacks print mid-grey
    else:
        g = g.point(lambda v: int(28 + v * 0.82))
    fill = 240 if kind != "fax" else 255
    g = g.rotate(
        rng.uniform(0.5, 2.2) * rng.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=fill
    )
    w, h = g.size
    draw = ImageDraw.Draw(g)
    for _ in range(int(w * h / 1800)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 0, 1, 2])
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(40, 150))
    noise = Image.effect_noise((w, h), 22).point(lambda v: 205 + v * 50 // 255)
    g = ImageChops.multiply(g, noise).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    if kind == "fax":
        g = g.resize((w, int(h * 0.96)), Image.BILINEAR).resize((w, h), Image.NEAREST)
        return g.point(lambda v: 255 if v > 150 else 0, mode="1")
    return g


def fax_header(page: Image.Image, text: str) -> Image.Image:
    """The sending machine's line printed across the top of a faxed page."""
    out = page.copy()
    d = ImageDraw.Draw(out)
    size = max(12, page.size[0] // 85)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", size)
    except OSError:  # a machine without DejaVu: Pillow's own bitmap font still prints the line
        font = ImageFont.load_default()
    d.text((int(page.size[0] * 0.05), int(size * 0.8)), text, fill=(0, 0, 0), font=font)
    return out
