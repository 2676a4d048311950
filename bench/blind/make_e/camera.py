"""Phone photos and scanner output for set e (Pillow, seeded noise; no text is read here)."""

import random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageOps


def raster(pdf, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b, strict=True)]
    for c in range(n):
        k = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[k] = m[k], m[c]
        piv = m[c][c]
        m[c] = [v / piv for v in m[c]]
        for r in range(n):
            if r != c:
                f = m[r][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] for i in range(n)]


def _perspective(img: Image.Image, corners) -> Image.Image:
    """Map the output rectangle back onto the quadrilateral `corners` of the input."""
    w, h = img.size
    out = [(0, 0), (w, 0), (w, h), (0, h)]
    a, b = [], []
    for (x, y), (u, v) in zip(out, corners, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return img.transform((w, h), Image.PERSPECTIVE, _solve(a, b), Image.BICUBIC)


def _desk(w: int, h: int, rng: random.Random, dark: bool) -> Image.Image:
    tone = rng.choice(
        [(38, 34, 32), (28, 36, 44), (52, 40, 30)]
        if dark
        else [(176, 150, 118), (196, 190, 178), (132, 142, 150)]
    )
    base = Image.new("RGB", (w, h), tone)
    grain = Image.effect_noise((w // 6, h // 6), 40).resize((w, h), Image.BILINEAR)
    # wood-ish streaks: stretch noise along x
    streak = Image.effect_noise((16, h // 4), 70).resize((w, h), Image.BICUBIC)
    g = ImageChops.add(grain.point(lambda v: v // 2), streak.point(lambda v: v // 2))
    g = g.point(lambda v: 190 + v // 4)
    return ImageChops.multiply(base, Image.merge("RGB", [g, g, g]))


def _light(img: Image.Image, rng: random.Random) -> Image.Image:
    """Uneven light: a linear falloff across the sheet plus a soft bright spot."""
    w, h = img.size
    grad = Image.linear_gradient("L").resize((w, h))
    grad = grad.rotate(
        rng.choice([0, 90, 180, 270]) + rng.uniform(-25, 25), expand=False, fillcolor=128
    )
    lo = rng.randint(150, 190)
    mask = grad.point(lambda v: lo + (255 - lo) * v // 255)
    spot = Image.radial_gradient("L").resize((w, h)).point(lambda v: 255 - v // 3)
    mask = ImageChops.multiply(mask, spot.point(lambda v: min(255, v + 60)))
    return ImageChops.multiply(
        img, Image.merge("RGB", [mask, mask, mask.point(lambda v: max(0, v - 8))])
    )


def _shadow(img: Image.Image, rng: random.Random) -> Image.Image:
    w, h = img.size
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    corner = rng.choice(["bl", "br", "tr"])
    a = rng.randint(70, 120)
    if corner == "bl":
        d.ellipse((-w * 0.3, h * 0.62, w * 0.35, h * 1.3), fill=a)
    elif corner == "br":
        d.ellipse((w * 0.6, h * 0.7, w * 1.3, h * 1.35), fill=a)
    else:
        d.rectangle((w * 0.72, -10, w + 10, h * 0.22), fill=a)
    m = m.filter(ImageFilter.GaussianBlur(w / 22))
    return Image.composite(Image.new("RGB", (w, h), (18, 16, 20)), img, m)


def photo(page: Image.Image, seed: int, angle: float, width: int, dark_desk: bool) -> Image.Image:
    rng = random.Random(seed)
    w, h = page.size
    mx, my = int(w * 0.1), int(h * 0.07)
    W, H = w + 2 * mx, h + 2 * my
    img = _desk(W, H, rng, dark_desk)
    img.paste(page, (mx, my))
    img = img.rotate(angle, Image.BICUBIC, fillcolor=img.getpixel((2, 2)))
    j = [rng.uniform(0.0, 0.05) for _ in range(8)]
    corners = [
        (W * (0.02 + j[0]), H * j[1] * 0.6),
        (W * (0.98 - j[2]), H * j[3] * 0.6),
        (W * (1 - j[4] * 0.2), H * (1 - j[5] * 0.2)),
        (W * j[6] * 0.2, H * (1 - j[7] * 0.2)),
    ]
    img = _perspective(img, corners)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.4)))
    img = _light(img, rng)
    img = _shadow(img, rng)
    img = ImageEnhance.Color(img).enhance(rng.uniform(0.85, 1.1))
    noise = Image.effect_noise((W, H), 16).point(lambda v: 228 + v * 27 // 255)
    img = ImageChops.multiply(img, Image.merge("RGB", [noise, noise, noise]))
    return img.resize((width, int(H * width / W)), Image.LANCZOS)


def scan(page: Image.Image, seed: int, skew: float, faint: bool = False) -> Image.Image:
    rng = random.Random(seed)
    g = ImageOps.grayscale(page)
    g = g.point((lambda v: 120 + v * 135 // 255) if faint else (lambda v: 18 + v * 218 // 255))
    g = g.rotate(skew, Image.BICUBIC, fillcolor=238)
    w, h = g.size
    d = ImageDraw.Draw(g)
    for _ in range(w * h // 2600):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 0, 1, 1, 2])
        d.rectangle((x, y, x + r, y + r), fill=rng.randrange(40, 170))
    # a dark strip along one edge where the lid did not close
    edge = rng.choice(["left", "top"])
    if edge == "left":
        d.rectangle((0, 0, rng.randint(6, 16), h), fill=rng.randint(60, 110))
    else:
        d.rectangle((0, 0, w, rng.randint(5, 12)), fill=rng.randint(60, 110))
    noise = Image.effect_noise((w, h), 24).point(lambda v: 214 + v * 41 // 255)
    g = ImageChops.multiply(g, noise)
    return g.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
