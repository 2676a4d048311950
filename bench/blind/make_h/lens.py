"""Phone photos and scanner/fax output for set h (Pillow only; nothing here reads text).

snap(): the page is (optionally) clipped to a clipboard board, then put through a perspective
transform onto a surface (desk, bed spread), lit by a lamp gradient or dimmed, shaded by a
thumb, blurred and grained, and downsized.
scan(): grey, skewed, paper grain and speckle, an optional fold line (a crease shadow with a
bright edge across the sheet), optional fax look (coarse, 1-bit, a header line).
"""

import math
import random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def raster(pdf, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def _coeffs(dst, src):
    # solve the 8 perspective coefficients mapping dst points to src points (Gauss-Jordan)
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        b += [u, v]
    n = 8
    m = [row + [val] for row, val in zip(a, b, strict=True)]
    for i in range(n):
        piv = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[piv] = m[piv], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [p - f * q for p, q in zip(m[r], m[i], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def surface(kind: str, size, rng) -> Image.Image:
    w, h = size
    col = {
        "oak": (184, 142, 96),
        "bedspread": (150, 160, 182),
        "counter": (214, 210, 200),
        "desk-dark": (70, 66, 62),
    }[kind]
    img = Image.new("RGB", size, col)
    tex = Image.effect_noise((max(2, w // 40), max(2, h // 40)), 50).resize(size, Image.BICUBIC)
    tex = tex.point(lambda v: 200 + v * 55 // 255)
    if kind == "bedspread":  # woven fabric: fine cross-hatch
        weave = (
            Image.effect_noise((w, h), 40)
            .filter(ImageFilter.GaussianBlur(0.8))
            .point(lambda v: 215 + v * 40 // 255)
        )
        tex = ImageChops.multiply(tex, weave)
    if kind == "oak":
        streak = (
            Image.effect_noise((1, h // 3), 70)
            .resize((w, h), Image.BICUBIC)
            .point(lambda v: 205 + v * 50 // 255)
        )
        tex = ImageChops.multiply(tex, streak)
    return Image.merge("RGB", [ImageChops.multiply(ch, tex) for ch in img.split()])


def clipboard(page: Image.Image) -> Image.Image:
    """Mount the page on a brown clipboard with a steel clip over the top margin."""
    pw, ph = page.size
    bw, bh = int(pw * 1.1), int(ph * 1.12)
    board = Image.new("RGB", (bw, bh), (120, 82, 48))
    grain = (
        Image.effect_noise((bw // 6, bh // 6), 30)
        .resize((bw, bh), Image.BICUBIC)
        .point(lambda v: 215 + v * 40 // 255)
    )
    board = Image.merge("RGB", [ImageChops.multiply(ch, grain) for ch in board.split()])
    ox, oy = (bw - pw) // 2, int(bh * 0.075)
    board.paste(page, (ox, oy))
    d = ImageDraw.Draw(board)
    cw, ch = int(pw * 0.34), int(ph * 0.045)
    cx = (bw - cw) // 2
    # the clip bites only the top margin of the sheet (a quarter of its height over the paper)
    d.rounded_rectangle(
        (cx, oy - ch, cx + cw, oy + ch // 4),
        radius=ch // 3,
        fill=(168, 170, 176),
        outline=(90, 92, 98),
        width=4,
    )
    d.rectangle((cx + cw // 6, oy - int(ch * 1.4), cx + 5 * cw // 6, oy - ch), fill=(140, 142, 148))
    return board


def snap(page: Image.Image, seed: int, angle: float, kind: str, width: int, keystone: float, blur: float,
         light: str = "lamp", thumb: bool = False, crease: bool = False) -> Image.Image:  # fmt: skip
    rng = random.Random(seed)
    if crease:  # a soft fold shadow across the sheet (the page was folded)
        pw, ph = page.size
        sh = Image.new("L", (pw, ph), 255)
        dr = ImageDraw.Draw(sh)
        y = int(ph * 0.52)
        dr.rectangle((0, y - 6, pw, y + 6), fill=170)
        sh = sh.filter(ImageFilter.GaussianBlur(10))
        page = Image.merge("RGB", [ImageChops.multiply(ch, sh) for ch in page.split()])
    pw, ph = page.size
    W, H = int(pw * 1.32), int(ph * 1.2)
    img = surface(kind, (W, H), rng)
    a, s = math.radians(angle), 0.88
    cx, cy = W / 2 + rng.uniform(-0.02, 0.02) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    pts = []
    for x, y in [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]:
        pts.append(
            [x * s * math.cos(a) - y * s * math.sin(a), x * s * math.sin(a) + y * s * math.cos(a)]
        )
    k = keystone * pw * s
    pts[0][0] += k
    pts[1][0] -= k * rng.uniform(0.85, 1.15)
    pts[0][1] += k * 0.4
    pts[1][1] += k * 0.35
    dst = [(cx + x, cy + y) for x, y in pts]
    co = _coeffs(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    sheet = page.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    drop = (
        ImageChops.offset(mask, 12, 16)
        .filter(ImageFilter.GaussianBlur(18))
        .point(lambda v: 255 - v * 110 // 255)
    )
    img = Image.merge("RGB", [ImageChops.multiply(ch, drop) for ch in img.split()])
    img.paste(sheet, (0, 0), mask)
    t = rng.uniform(0, 2 * math.pi)  # light falls off along a random direction
    small = Image.new("L", (64, 64))
    small.putdata([max(0, min(255, int(127.5 + 127.5 * ((x - 32) * math.cos(t) + (y - 32) * math.sin(t)) / 45)))
                   for y in range(64) for x in range(64)])  # fmt: skip
    grad = small.resize((W, H), Image.BICUBIC)
    if light == "dim":
        lum = grad.point(lambda v: 120 + v * 45 // 255)
    else:
        lum = grad.point(lambda v: 185 + v * 70 // 255)
    if thumb:  # a thumb over the lower-left corner and its soft shadow
        th = Image.new("L", (W, H), 0)
        ImageDraw.Draw(th).ellipse((-W * 0.06, H * 0.78, W * 0.16, H * 1.05), fill=150)
        th = th.filter(ImageFilter.GaussianBlur(W / 40)).point(lambda v: 255 - v)
        lum = ImageChops.multiply(lum, th)
    cast = (
        (1.0, 0.93, 0.8) if light == "dim" else rng.choice([(1.0, 0.98, 0.93), (0.97, 0.99, 1.0)])
    )
    img = Image.merge("RGB", [ImageChops.multiply(ch, lum.point(lambda v, f=f: int(v * f)))
                              for ch, f in zip(img.split(), cast, strict=True)])  # fmt: skip
    if thumb:  # the thumb itself, skin-toned and out of focus
        skin = Image.new("RGB", (W, H), (196, 150, 122))
        tm = Image.new("L", (W, H), 0)
        ImageDraw.Draw(tm).ellipse((-W * 0.05, H * 0.84, W * 0.11, H * 1.08), fill=255)
        img.paste(skin, (0, 0), tm.filter(ImageFilter.GaussianBlur(W / 120)))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    grain = Image.effect_noise((W, H), 14 if light == "dim" else 8)
    img = Image.merge("RGB", [ImageChops.add(ch, grain, 1.0, -128) for ch in img.split()])
    if light == "dim":
        img = ImageEnhance.Contrast(img).enhance(0.82)
    return img.resize((width, int(H * width / W)), Image.LANCZOS)


def scan(
    page: Image.Image, seed: int, skew: float, dpi: int, fold: bool = False, fax: str | None = None
) -> Image.Image:
    rng = random.Random(seed)
    g = ImageOps.grayscale(page)
    w, h = g.size
    if fold:
        y = int(h * 0.34)
        f = Image.new("L", (w, h), 255)
        d = ImageDraw.Draw(f)
        d.rectangle((0, y - 3, w, y + 2), fill=150)
        d.rectangle((0, y + 3, w, y + 5), fill=255)
        f = f.filter(ImageFilter.GaussianBlur(2.2))
        g = ImageChops.multiply(g, f)
        y2 = int(h * 0.67)
        f2 = Image.new("L", (w, h), 255)
        ImageDraw.Draw(f2).rectangle((0, y2 - 2, w, y2 + 1), fill=185)
        g = ImageChops.multiply(g, f2.filter(ImageFilter.GaussianBlur(2.5)))
    if fax:
        strip = Image.new("L", (w, int(dpi * 0.22)), 255)
        ImageDraw.Draw(strip).text(
            (int(dpi * 0.3), 2), fax, font=ImageFont.truetype(MONO, int(dpi * 0.12)), fill=0
        )
        g.paste(strip, (0, 0))
    g = g.rotate(skew, Image.BICUBIC, fillcolor=255)
    paper = Image.effect_noise((w, h), 10).point(lambda v: 238 + (v - 128) // 14)
    g = ImageChops.multiply(g, paper.point(lambda v: min(255, v + 10)))
    dots = Image.new("L", (w, h), 255)
    dd = ImageDraw.Draw(dots)
    for _ in range(int(w * h / 11000)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 1, 1, 2])
        dd.ellipse((x, y, x + r, y + r), fill=rng.randint(30, 140))
    g = ImageChops.darker(g, dots).filter(ImageFilter.GaussianBlur(0.55))
    if fax:
        g = g.point(lambda v: 255 if v > 145 else 0).convert("1")
    return g
