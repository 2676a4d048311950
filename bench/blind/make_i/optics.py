"""Phone camera and flatbed scanner for set i (Pillow only)."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps


def render(pdf: Path, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return pages


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
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


def _coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients mapping output (dst) points back to input (src) points (PERSPECTIVE)."""
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def _desk(size: tuple[int, int], rng: random.Random, tone: tuple[int, int, int]) -> Image.Image:
    w, h = size
    base = Image.new("RGB", size, tone)
    grain = (
        Image.effect_noise((w // 4, h // 4), 40).resize(size).filter(ImageFilter.GaussianBlur(3))
    )
    streak = Image.new("L", size, 128)
    dr = ImageDraw.Draw(streak)
    for _ in range(60):
        y = rng.randrange(h)
        dr.line(
            [(0, y), (w, y + rng.randint(-40, 40))],
            fill=rng.randint(100, 160),
            width=rng.randint(2, 9),
        )
    streak = streak.filter(ImageFilter.GaussianBlur(4))
    tex = ImageChops.blend(grain, streak, 0.5).convert("RGB")
    return ImageChops.overlay(base, tex)


def photo(
    page: Image.Image, out: Path, seed: int, tone: tuple[int, int, int], tilt: float, quality: int
) -> None:
    rng = random.Random(seed)
    pw, ph = page.size
    W, H = int(pw * 1.28), int(ph * 1.2)
    desk = _desk((W, H), rng, tone)
    mx, my = (W - pw) / 2, (H - ph) / 2
    k = tilt * pw
    dst = [
        (mx + k + rng.uniform(-8, 8), my + rng.uniform(-10, 10) + k * 0.3),
        (mx + pw - k * 0.4 + rng.uniform(-8, 8), my + rng.uniform(-10, 10)),
        (mx + pw + k * 0.5, my + ph + rng.uniform(-10, 10)),
        (mx - k * 0.3, my + ph - k * 0.4),
    ]
    src: list[tuple[float, float]] = [
        (0.0, 0.0),
        (float(pw), 0.0),
        (float(pw), float(ph)),
        (0.0, float(ph)),
    ]
    co = _coeffs(dst, src)
    warped = page.transform((W, H), Image.Transform.PERSPECTIVE, co, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(
        (W, H), Image.Transform.PERSPECTIVE, co, Image.Resampling.BICUBIC
    )
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    shadow = ImageChops.offset(shadow, 14, 18)
    desk = Image.composite(
        Image.new("RGB", (W, H), (30, 26, 22)), desk, shadow.point(lambda v: int(v * 0.55))
    )
    img = Image.composite(warped, desk, mask)
    light = (
        Image.linear_gradient("L")
        .resize((W, H))
        .rotate(rng.uniform(20, 160), expand=False, fillcolor=128)
    )
    light = light.point(lambda v: 175 + int(v * 80 / 255))
    img = ImageChops.multiply(
        img, Image.merge("RGB", [light, light, light.point(lambda v: int(v * 0.93))])
    )
    hand = Image.new("L", (W, H), 0)
    ImageDraw.Draw(hand).ellipse([W * 0.72, H * 0.82, W * 1.2, H * 1.25], fill=90)
    hand = hand.filter(ImageFilter.GaussianBlur(60))
    img = Image.composite(Image.new("RGB", (W, H), (20, 18, 16)), img, hand)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    noise = Image.effect_noise((W, H), 18).convert("RGB")
    img = ImageChops.blend(img, ImageChops.overlay(img, noise), 0.25)
    target = 1650 + rng.randint(-120, 120)
    img = img.resize((target, int(H * target / W)), Image.Resampling.LANCZOS)
    img.save(out, "JPEG", quality=quality)


def scan(pages: list[Image.Image], out: Path, seed: int, dpi: int) -> None:
    rng = random.Random(seed)
    outs: list[Image.Image] = []
    for pg in pages:
        g = ImageOps.grayscale(pg)
        g = g.rotate(rng.uniform(-1.7, 1.7), resample=Image.Resampling.BICUBIC, fillcolor=255)
        g = g.point(lambda v: 28 + int(v * 0.86))
        w, h = g.size
        dr = ImageDraw.Draw(g)
        for _ in range(int(w * h / 9000)):
            x, y = rng.randrange(w), rng.randrange(h)
            r = rng.choice([0, 0, 1, 1, 2])
            dr.ellipse([x, y, x + r, y + r], fill=rng.randint(60, 170))
        dr.rectangle([0, 0, w, rng.randint(6, 18)], fill=rng.randint(90, 140))
        g = g.filter(ImageFilter.GaussianBlur(0.6))
        g = ImageChops.blend(g, Image.effect_noise((w, h), 10).point(lambda v: v + 110), 0.08)
        outs.append(g)
    outs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=outs[1:])
