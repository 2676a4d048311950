"""Phone photos and scanner output for set f (Pillow only, seeded; no text is read here).

photo(): the page is bowed sideways (a MESH transform: paper lifting off the desk), then laid on
a desk through one perspective transform (rotation, camera tilt, keystone) with a soft drop
shadow under the sheet; then uneven light (a tilted gradient, a lamp hot spot, vignette), a colour
cast, the shadow of the phone/hand, defocus and a little hand shake, sensor noise, JPEG. Desks:
white laminate, pale grey, blue fabric, dark slate, wood.

scan(): grey, contrast set by toner (normal or faint), skew, a bed-glass tint, paper speckle and
toner dropouts, then binder-hole shadows, a fold line or a staple, softening.
"""

import math
import random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps


def raster(pdf, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def _grain(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Seeded uniform noise 0..255 (mode L)."""
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def _smooth(rng: random.Random, size: tuple[int, int], cell: int) -> Image.Image:
    w, h = size
    small = _grain(rng, (max(2, w // cell + 2), max(2, h // cell + 2)))
    return small.resize(size, Image.BICUBIC)


def _mul(img: Image.Image, mask: Image.Image, rgb=(1.0, 1.0, 1.0)) -> Image.Image:
    """Multiply an RGB image by an L mask (255 = unchanged), with a per-channel cast."""
    chans = [
        ImageChops.multiply(c, mask.point(lambda v, k=k: min(255, int(v * k))))
        for c, k in zip(img.split(), rgb, strict=True)
    ]
    return Image.merge("RGB", chans)


def desk(kind: str, size: tuple[int, int], rng: random.Random) -> Image.Image:
    base = {
        "white": (229, 227, 221),
        "grey": (186, 188, 190),
        "blue": (60, 88, 130),
        "slate": (47, 51, 57),
        "wood": (152, 106, 66),
    }[kind]
    w, h = size
    img = Image.new("RGB", size, base)
    low = _smooth(rng, size, max(w, h) // 6).point(lambda v: 228 + v * 27 // 255)
    img = _mul(img, low)
    if kind == "wood":
        strip = (
            _grain(rng, (1, h // 3 + 1))
            .resize((1, h), Image.BICUBIC)
            .filter(ImageFilter.GaussianBlur(1.5))
        )
        grain = strip.resize((w, h), Image.NEAREST).point(lambda v: 200 + v * 55 // 255)
        warp = _smooth(rng, size, 140).point(lambda v: 235 + v * 20 // 255)
        img = _mul(img, ImageChops.multiply(grain, warp))
    elif kind == "blue":
        tile = Image.new("L", (6, 6), 250)
        d = ImageDraw.Draw(tile)
        d.line((0, 0, 5, 0), fill=215)
        d.line((0, 3, 0, 5), fill=220)
        weave = tile.resize((6, 6)).crop((0, 0, 6, 6))
        big = Image.new("L", size)
        for y in range(0, h, 6):
            for x in range(0, w, 240):
                if x == 0:
                    row = Image.new("L", (246, 6))
                    for k in range(0, 246, 6):
                        row.paste(weave, (k, 0))
                big.paste(row, (x, y))
        img = _mul(img, big)
    fine = _grain(rng, size).point(lambda v: 246 + v * 9 // 255)
    return _mul(img, fine)


def _solve8(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b, strict=True)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _coeffs(out_pts, in_pts) -> list[float]:
    """PERSPECTIVE coefficients taking output points to input points."""
    a, b = [], []
    for (x, y), (u, v) in zip(out_pts, in_pts, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return _solve8(a, b)


def _bow(page: Image.Image, amp: float) -> Image.Image:
    """Bend the sheet: each vertical strip shifted up/down along a half sine."""
    w, h = page.size
    mesh = []
    n = 24
    for i in range(n):
        x0, x1 = w * i // n, w * (i + 1) // n
        d0, d1 = amp * math.sin(math.pi * x0 / w), amp * math.sin(math.pi * x1 / w)
        mesh.append(((x0, 0, x1, h), (x0, d0, x0, h + d0, x1, h + d1, x1, d1)))
    return page.transform(page.size, Image.MESH, mesh, Image.BICUBIC, fillcolor=(255, 255, 255))


def photo(
    page: Image.Image, seed: int, angle: float, surface: str, width: int, tilt: float = 0.06
) -> Image.Image:
    rng = random.Random(seed)
    pw, ph = page.size
    page = _bow(page, rng.uniform(0.004, 0.011) * ph * rng.choice([-1, 1]))
    W, H = int(pw * 1.24), int(ph * 1.15)
    img = desk(surface, (W, H), rng)
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    t = math.radians(angle)
    s = 0.93
    pts = []
    for x, y in [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]:
        pts.append(
            [x * s * math.cos(t) - y * s * math.sin(t), x * s * math.sin(t) + y * s * math.cos(t)]
        )
    pull = tilt * pw * s
    pts[0][0] += pull * rng.uniform(0.7, 1.1)
    pts[1][0] -= pull * rng.uniform(0.7, 1.1)
    pts[0][1] += pull * 0.35
    pts[1][1] += pull * 0.35 * rng.uniform(0.6, 1.3)
    pts[2][0] += rng.uniform(-0.012, 0.012) * pw
    pts[2][1] += rng.uniform(-0.012, 0.012) * pw
    dst = [(cx + x, cy + y) for x, y in pts]
    co = _coeffs(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    sheet = page.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    inside = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    shadow = (
        ImageChops.offset(inside, 9, 12)
        .filter(ImageFilter.GaussianBlur(14))
        .point(lambda v: 255 - v * 97 // 255)
    )
    img = _mul(img, shadow)
    img.paste(sheet, (0, 0), inside)
    # light: tilted gradient, lamp hot spot, vignette; colour cast
    lo = rng.uniform(0.70, 0.84)
    grad = Image.linear_gradient("L").rotate(rng.uniform(0, 360), Image.BICUBIC)
    grad = grad.crop((38, 38, 218, 218)).resize(
        (W, H), Image.BICUBIC
    )  # the part the turn left filled
    light = grad.point(lambda v: int(255 * (lo + (1 - lo) * v / 255)))
    spot = (
        Image.radial_gradient("L")
        .resize((int(W * 0.9), int(H * 0.8)), Image.BICUBIC)
        .point(lambda v: 255 - v)
    )
    hot = Image.new("L", (W, H), 0)
    hot.paste(spot, (int(rng.uniform(-0.2, 0.3) * W), int(rng.uniform(-0.2, 0.2) * H)))
    light = ImageChops.add(light, hot.point(lambda v: v * 24 // 255))
    vig = (
        Image.radial_gradient("L")
        .resize((W, H), Image.BICUBIC)
        .point(lambda v: 255 - max(0, v - 150) * 60 // 105)
    )
    light = ImageChops.multiply(light, vig)
    cast = rng.choice([(1.0, 0.965, 0.88), (0.95, 0.975, 1.0), (1.0, 0.99, 0.96)])
    img = _mul(img, light, cast)
    # phone / hand shadow from one side
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    side = rng.choice(["bottom", "right", "left"])
    k = int(255 * rng.uniform(0.35, 0.55))
    if side == "bottom":
        d.ellipse((W * 0.25, H * 0.82, W * 0.95, H * 1.25), fill=k)
    elif side == "right":
        d.polygon(
            [(W * 0.86, H * 0.35), (W * 1.05, H * 0.3), (W * 1.05, H * 1.02), (W * 0.74, H * 1.02)],
            fill=k,
        )
    else:
        d.ellipse((-W * 0.25, H * 0.55, W * 0.2, H * 1.2), fill=k)
    img = _mul(img, mask.filter(ImageFilter.GaussianBlur(W / 16)).point(lambda v: 255 - v))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.9, 1.6)))
    dx = rng.randint(1, 3)
    img = Image.blend(img, ImageChops.offset(img, dx, dx // 2), 0.33)  # slight hand shake
    amp = rng.randint(9, 16)
    noise = _grain(rng, (W, H)).point(lambda v: 128 - amp + v * 2 * amp // 255)
    img = Image.merge("RGB", [ImageChops.add(c, noise, 1, -128) for c in img.split()])
    return img.resize((width, int(H * width / W)), Image.LANCZOS)


def scan(page: Image.Image, seed: int, skew: float, faint: bool, mark: str) -> Image.Image:
    rng = random.Random(seed)
    g = ImageOps.grayscale(page)
    if faint:
        g = g.point(lambda v: int(120 + 130 * (v / 255) ** 0.8))  # toner running low
    else:
        g = g.point(lambda v: 23 + v * 219 // 255)
    g = g.rotate(skew, Image.BICUBIC, fillcolor=236)
    w, h = g.size
    g = ImageChops.multiply(
        g, _smooth(rng, (w, h), 300).point(lambda v: 247 + v * 8 // 255)
    )  # glass tint
    d = ImageDraw.Draw(g)
    for _ in range(w * h // 900):
        x, y = rng.randrange(w), rng.randrange(h)
        d.point((x, y), fill=rng.randint(40, 140))
    if faint:
        for _ in range(w * h // 260):
            x, y = rng.randrange(w), rng.randrange(h)
            d.point((x, y), fill=226)  # dropouts (invisible on white paper, holes in letters)
    noise = _grain(rng, (w, h)).point(lambda v: 119 + v * 18 // 255)
    g = ImageChops.add(g, noise, 1, -128)
    d = ImageDraw.Draw(g)
    if mark == "holes":
        r = int(w * 0.018)
        for fy in (0.12, 0.5, 0.88):
            cx, cy = int(w * 0.035), int(h * fy)
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=72)
    elif mark == "fold":
        y = int(h * rng.uniform(0.31, 0.36))
        d.line((0, y, w, y + int(h * 0.004)), fill=188, width=max(2, w // 700))
    elif mark == "staple":
        d.line(
            (int(w * 0.04), int(h * 0.03), int(w * 0.085), int(h * 0.022)),
            fill=60,
            width=max(3, w // 400),
        )
    return g.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.85)))
