"""Phone photos and scanner output for set g (Pillow only; no text is read here).

photo(): optional page curl (a MESH warp lifting one edge), then the sheet is placed on a desk
texture through a perspective transform (rotation, keystone from a tilted phone), with a soft
contact shadow, uneven light (a lamp falloff and a side shadow), blur and sensor noise.
scan(): greyscale, skew, paper noise and speckle, optional fax look (low resolution, 1-bit),
optional rubber stamp and a handwritten-looking margin note.
"""

import math
import random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def pages(pdf, dpi):
    doc = pdfium.PdfDocument(str(pdf))
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def _solve(a, b):
    n = len(b)
    m = [r[:] + [v] for r, v in zip(a, b, strict=True)]
    for i in range(n):
        k = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[k] = m[k], m[i]
        for r in range(n):
            if r != i and m[r][i]:
                f = m[r][i] / m[i][i]
                m[r] = [x - f * y for x, y in zip(m[r], m[i], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _persp(dst, src):
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return _solve(rows, rhs)


def desk(kind, size, rng):
    w, h = size
    base = {"lightwood": (205, 170, 125), "white": (238, 238, 234), "grey": (170, 172, 170),
            "slate": (58, 62, 68), "walnut": (92, 62, 40)}[kind]  # fmt: skip
    img = Image.new("RGB", size, base)
    if kind in ("lightwood", "walnut"):
        # grain: horizontal streaks of random brightness stretched across
        col = Image.effect_noise((1, h // 2), 60).resize((1, h), Image.BICUBIC)
        streak = (
            col.resize((w, h))
            .filter(ImageFilter.GaussianBlur(1.2))
            .point(lambda v: 200 + (v * 55) // 255)
        )
        wave = (
            Image.effect_noise((w // 90 + 2, h // 30 + 2), 40)
            .resize((w, h), Image.BICUBIC)
            .point(lambda v: 225 + v * 30 // 255)
        )
        mask = ImageChops.multiply(streak, wave)
        img = Image.merge("RGB", [ImageChops.multiply(c, mask) for c in img.split()])
    blot = (
        Image.effect_noise((8, 8), 30)
        .resize((w, h), Image.BICUBIC)
        .point(lambda v: 215 + v * 40 // 255)
    )
    img = Image.merge("RGB", [ImageChops.multiply(c, blot) for c in img.split()])
    return img


def curl(page, amount):
    """Lift the lower-right part of the sheet: a MESH warp that stretches and bends that corner."""
    w, h = page.size
    n = 28
    mesh = []

    def src(x, y):
        t = max(0.0, (x / w - 0.62) / 0.38) * max(0.0, (y / h - 0.35) / 0.65)
        return (x - amount * 0.6 * t * t * w, y - amount * t * t * h)

    for i in range(n):
        for k in range(n):
            x0, x1 = w * i // n, w * (i + 1) // n
            y0, y1 = h * k // n, h * (k + 1) // n
            quad = (*src(x0, y0), *src(x0, y1), *src(x1, y1), *src(x1, y0))
            mesh.append(((x0, y0, x1, y1), quad))
    out = page.transform(page.size, Image.MESH, mesh, Image.BICUBIC, fillcolor=(255, 255, 255))
    shade = Image.new("L", (64, 64))
    shade.putdata(
        [
            int(
                255
                - 70 * (max(0.0, (i / 64 - 0.62) / 0.38) * max(0.0, (k / 64 - 0.35) / 0.65)) ** 2
            )
            for k in range(64)
            for i in range(64)
        ]
    )
    shade = shade.resize((w, h), Image.BICUBIC)
    return Image.merge("RGB", [ImageChops.multiply(c, shade) for c in out.split()])


def photo(page, seed, angle, surface, width, keystone=0.05, curl_amt=0.0, blur=1.1, quality=78):
    rng = random.Random(seed)
    if curl_amt:
        page = curl(page, curl_amt)
    pw, ph = page.size
    W, H = int(pw * 1.3), int(ph * 1.18)
    img = desk(surface, (W, H), rng)
    a = math.radians(angle)
    s = 0.9
    cx, cy = W / 2 + rng.uniform(-0.02, 0.02) * W, H / 2 + rng.uniform(-0.015, 0.015) * H
    corners = []
    for x, y in [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]:
        corners.append(
            [x * s * math.cos(a) - y * s * math.sin(a), x * s * math.sin(a) + y * s * math.cos(a)]
        )
    k = keystone * pw * s
    corners[0][0] += k
    corners[1][0] -= k * rng.uniform(0.8, 1.2)
    corners[0][1] += k * 0.5
    corners[1][1] += k * 0.45
    corners[3][0] -= k * 0.15
    corners[2][0] += k * 0.1
    dst = [(cx + x, cy + y) for x, y in corners]
    co = _persp(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    sheet = page.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    inside = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    sh = (
        ImageChops.offset(inside, 10, 14)
        .filter(ImageFilter.GaussianBlur(16))
        .point(lambda v: 255 - v * 100 // 255)
    )
    img = Image.merge("RGB", [ImageChops.multiply(c, sh) for c in img.split()])
    img.paste(sheet, (0, 0), inside)
    # light: a lamp falloff from one corner plus a soft side shadow (phone/hand)
    lamp = Image.radial_gradient("L").resize((int(W * 1.8), int(H * 1.8)))
    ox, oy = int(rng.uniform(0.0, 0.8) * W), int(rng.uniform(0.0, 0.8) * H)
    lamp = lamp.crop((ox, oy, ox + W, oy + H)).point(lambda v: 255 - v * 85 // 255)
    hand = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(hand)
    side = rng.choice(["l", "b", "r"])
    if side == "l":
        dr.polygon([(0, H * 0.4), (W * 0.22, H * 0.55), (W * 0.18, H), (0, H)], fill=110)
    elif side == "b":
        dr.ellipse((W * 0.3, H * 0.85, W * 1.1, H * 1.3), fill=105)
    else:
        dr.polygon([(W, H * 0.2), (W * 0.83, H * 0.5), (W * 0.88, H), (W, H)], fill=100)
    hand = hand.filter(ImageFilter.GaussianBlur(W / 14)).point(lambda v: 255 - v)
    light = ImageChops.multiply(lamp, hand)
    warm = rng.choice([(1.0, 0.97, 0.9), (0.96, 0.98, 1.0), (1.0, 1.0, 0.97)])
    img = Image.merge(
        "RGB",
        [
            ImageChops.multiply(c, light.point(lambda v, f=f: int(v * f)))
            for c, f in zip(img.split(), warm, strict=True)
        ],
    )
    img = img.filter(ImageFilter.GaussianBlur(blur))
    noise = Image.effect_noise((W, H), 9)
    img = Image.merge("RGB", [ImageChops.add(c, noise, 1.0, -128) for c in img.split()])
    return img.resize((width, int(H * width / W)), Image.LANCZOS)


def _handwriting(draw_img, xy, text, size, ink, rng):
    font = ImageFont.truetype(FONT_DIR + "DejaVuSans-Oblique.ttf", size)
    x, y = xy
    for ch in text:
        g = Image.new("LA", (size * 2, size * 2), (0, 0))
        ImageDraw.Draw(g).text((size // 3, size // 3), ch, font=font, fill=(ink, 255))
        g = g.rotate(rng.uniform(-14, 10), Image.BICUBIC)
        draw_img.paste(
            g.convert("L").point(lambda v: ink),
            (int(x), int(y + rng.uniform(-2, 2) * size / 20)),
            g.getchannel("A"),
        )
        x += font.getlength(ch) * rng.uniform(0.92, 1.08)
        y += rng.uniform(-0.5, 1.0) * size / 25


def stamp_and_note(img, stamp, note, dpi, rng):
    w, h = img.size
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", int(dpi * 0.2))
    lines = stamp.split("\n")
    sw, sh = int(dpi * 1.9), int(dpi * 0.85)
    st = Image.new("LA", (sw, sh), (0, 0))
    d = ImageDraw.Draw(st)
    d.rectangle((4, 4, sw - 5, sh - 5), outline=(70, 255), width=max(3, dpi // 50))
    d.rectangle((14, 14, sw - 15, sh - 15), outline=(70, 255), width=max(1, dpi // 120))
    for i, ln in enumerate(lines):
        tw = d.textlength(ln, font=f)
        d.text(((sw - tw) / 2, sh * (0.18 + 0.38 * i)), ln, font=f, fill=(70, 255))
    st = st.rotate(rng.uniform(8, 14), Image.BICUBIC, expand=True)
    alpha = st.getchannel("A").point(lambda v: v * 170 // 255)
    img.paste(st.convert("L"), (int(w * 0.6), int(h * 0.80)), alpha)
    _handwriting(img, (int(dpi * 0.95), int(h * 0.86)), note, int(dpi * 0.22), 40, rng)
    return img


def scan(page, seed, skew, dpi, fax=False, stamp=None, note=None):
    rng = random.Random(seed)
    g = ImageOps.grayscale(page)
    if stamp:
        g = stamp_and_note(g, stamp, note, dpi, rng)
    g = g.rotate(skew, Image.BICUBIC, fillcolor=255)
    w, h = g.size
    paper = Image.effect_noise((w, h), 14 if not fax else 6).point(lambda v: min(255, 120 + v))
    g = ImageChops.multiply(g, paper.point(lambda v: 235 + (v - 120) // 12 if v > 120 else 235))
    dots = Image.new("L", (w, h), 255)
    dd = ImageDraw.Draw(dots)
    for _ in range(int(w * h / 9000)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 1, 1, 2])
        dd.ellipse((x, y, x + r, y + r), fill=rng.randint(40, 150))
    g = ImageChops.darker(g, dots)
    edge = Image.new("L", (w, h), 255)
    ImageDraw.Draw(edge).rectangle((0, 0, int(w * 0.012), h), fill=95)
    g = ImageChops.multiply(g, edge.filter(ImageFilter.GaussianBlur(w / 200)))
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    if fax:
        g = g.point(lambda v: 255 if v > 150 else 0).convert("1")
    return g
