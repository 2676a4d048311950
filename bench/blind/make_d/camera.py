"""Phone photos and office scans of a clean page (Pillow, seeded; no text is read here)."""

import math
import random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps


def render(pdf, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def _homography(src, dst):
    """The 8 coefficients mapping each output point (dst) to the input point (src) for PIL."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8
    m = [r + [b] for r, b in zip(rows, rhs, strict=True)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                k = m[r][c] / m[c][c]
                m[r] = [a - k * b for a, b in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _surface(w: int, h: int, rng: random.Random) -> Image.Image:
    """A table top or a bedspread: a colour with coarse blotchy noise."""
    colour = rng.choice(
        [(150, 120, 90), (70, 80, 95), (200, 196, 186), (110, 70, 60), (60, 95, 80)]
    )
    base = Image.new("RGB", (w, h), colour)
    blot = Image.effect_noise((max(8, w // 40), max(8, h // 40)), 60).resize((w, h), Image.BICUBIC)
    tint = blot.point(lambda v: 170 + v // 3)
    return ImageChops.multiply(base, Image.merge("RGB", [tint, tint, tint]))


def _vignette_light(img: Image.Image, rng: random.Random) -> Image.Image:
    """A lamp off to one side: a radial falloff, slightly warm."""
    w, h = img.size
    cx, cy = rng.uniform(-0.2, 1.2) * w, rng.uniform(-0.3, 0.4) * h
    small = Image.new("L", (64, 64))
    px = small.load()
    reach = math.hypot(w, h)
    depth = rng.uniform(70, 120)
    for y in range(64):
        for x in range(64):
            d = math.hypot(x / 63 * w - cx, y / 63 * h - cy) / reach
            px[x, y] = int(max(0, min(255, 255 - depth * d * 1.4)))
    light = small.resize((w, h), Image.BICUBIC)
    warm = light.point(lambda v: max(0, v - 10))
    return ImageChops.multiply(img, Image.merge("RGB", [light, light, warm]))


def _hand_shadow(img: Image.Image, rng: random.Random) -> Image.Image:
    w, h = img.size
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    side = rng.choice(["left", "right", "top"])
    a = int(rng.uniform(60, 100))
    if side == "left":
        d.polygon([(0, h * 0.55), (w * 0.3, h), (0, h)], fill=a)
    elif side == "right":
        d.polygon([(w, h * 0.6), (w * 0.62, h), (w, h)], fill=a)
    else:
        d.polygon([(w * 0.6, 0), (w, 0), (w, h * 0.25)], fill=a)
    mask = mask.filter(ImageFilter.GaussianBlur(w // 18))
    return Image.composite(Image.new("RGB", (w, h), (25, 22, 30)), img, mask)


def phone_photo(page: Image.Image, seed: int, angle: float, width: int) -> Image.Image:
    rng = random.Random(seed)
    w, h = page.size
    m = int(w * 0.08)
    W, H = w + 2 * m, h + 2 * m
    img = _surface(W, H, rng)
    img.paste(page, (m, m))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=img.getpixel((3, 3)))
    k = [rng.uniform(0.01, 0.045) for _ in range(8)]
    # the phone held a little low: the top edge comes out narrower than the bottom
    src = [
        (W * k[0], H * k[1]),
        (W * (1 - k[2]), H * k[3]),
        (W * (1 - k[4] * 0.3), H * (1 - k[5] * 0.3)),
        (W * k[6] * 0.3, H * (1 - k[7] * 0.3)),
    ]
    dst = [(0, 0), (W, 0), (W, H), (0, H)]
    img = img.transform((W, H), Image.PERSPECTIVE, _homography(src, dst), resample=Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    img = _vignette_light(img, rng)
    img = _hand_shadow(img, rng)
    grain = Image.effect_noise((W, H), 12).point(lambda v: 232 + v * 23 // 255)
    img = ImageChops.multiply(img, Image.merge("RGB", [grain, grain, grain]))
    return img.resize((width, int(H * width / W)), Image.LANCZOS)


def office_scan(page: Image.Image, seed: int, skew: float, dark: float = 0.84) -> Image.Image:
    rng = random.Random(seed)
    g = ImageOps.grayscale(page).point(lambda v: int(22 + v * dark))
    g = g.rotate(skew, resample=Image.BICUBIC, fillcolor=236, expand=False)
    w, h = g.size
    d = ImageDraw.Draw(g)
    for _ in range(int(w * h / 2200)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 1, 1, 2])
        d.ellipse((x, y, x + r, y + r), fill=rng.randrange(30, 160))
    # a streak from a dirty scanner glass
    x0 = rng.randrange(w)
    d.line((x0, 0, x0 + rng.randrange(-6, 6), h), fill=200, width=1)
    noise = Image.effect_noise((w, h), 20).point(lambda v: 210 + v * 45 // 255)
    return ImageChops.multiply(g, noise).filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.75)))
