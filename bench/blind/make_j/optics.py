"""Set j's camera, scanner and screenshot frames — Pillow only, seeded."""

from __future__ import annotations

import math
import random
import subprocess

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

Corners = list[tuple[float, float]]


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = subprocess.run(
        ["fc-match", "-f", "%{file}", name], capture_output=True, text=True
    ).stdout
    return ImageFont.truetype(path, size)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b, strict=True)]
    for i in range(n):
        piv = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[piv] = m[piv], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [x - f * y for x, y in zip(m[r], m[i], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: Corners, src: Corners) -> list[float]:
    """Coefficients mapping output points (dst) back to input points (src): PERSPECTIVE."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def curl(page: Image.Image, amp: float, strips: int = 48) -> Image.Image:
    """A smooth vertical warp: each column shifted down by a bow rising to the right edge."""
    w, h = page.size
    pad = int(abs(amp)) + 4
    src = Image.new("RGBA", (w, h + 2 * pad), (0, 0, 0, 0))
    src.paste(page.convert("RGBA"), (0, pad))
    mesh = []
    for i in range(strips):
        x0, x1 = w * i // strips, w * (i + 1) // strips
        d0 = amp * math.sin(math.pi * x0 / w) + amp * 0.6 * (x0 / w) ** 3
        d1 = amp * math.sin(math.pi * x1 / w) + amp * 0.6 * (x1 / w) ** 3
        quad = (x0, -d0, x0, h + 2 * pad - d0, x1, h + 2 * pad - d1, x1, -d1)
        mesh.append(((x0, 0, x1, h + 2 * pad), quad))
    return src.transform(src.size, Image.Transform.MESH, mesh, Image.Resampling.BICUBIC)


def desk(size: tuple[int, int], base: tuple[int, int, int], rnd: random.Random) -> Image.Image:
    im = Image.new("RGB", size, base)
    dr = ImageDraw.Draw(im)
    for _ in range(240):
        y = rnd.randrange(size[1])
        shade = rnd.randint(-14, 14)
        col = tuple(max(0, min(255, c + shade)) for c in base)
        dr.line([(0, y), (size[0], y + rnd.randint(-30, 30))], fill=col, width=rnd.randint(1, 5))
    return im.filter(ImageFilter.GaussianBlur(2))


def photo(
    page: Image.Image,
    seed: int,
    *,
    desk_rgb: tuple[int, int, int],
    fill: float,
    tilt: float,
    keystone: float,
    curl_amp: float,
    dim: float,
    warm: float,
    shadow: bool,
    quality: int,
    width: int,
    path: str,
) -> None:
    """A phone photo of a printed page lying on a desk."""
    rnd = random.Random(seed)
    pg = curl(page, curl_amp) if curl_amp else page.convert("RGBA")
    pw, ph = pg.size
    cw, ch = int(pw / fill), int(ph / fill * 0.92)
    canvas = desk((cw, ch), desk_rgb, rnd)
    cx, cy = cw / 2 + rnd.uniform(-0.04, 0.04) * cw, ch / 2
    hw, hh = pw / 2 * 0.98, ph / 2 * 0.98 * (1 - keystone / 2)
    top_in = keystone * pw * 0.5
    dst = [(-hw + top_in, -hh), (hw - top_in, -hh), (hw, hh), (-hw, hh)]
    a = math.radians(tilt)
    dst = [
        (cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a))
        for x, y in dst
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(dst, src)
    warped = pg.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    alpha = warped.getchannel("A")
    sh = Image.new("L", (cw, ch), 0)
    sh.paste(alpha, (int(cw * 0.008), int(ch * 0.012)))
    sh = sh.filter(ImageFilter.GaussianBlur(cw / 140))
    canvas = Image.composite(
        Image.new("RGB", (cw, ch), (25, 20, 15)), canvas, sh.point(lambda v: v * 0.55)
    )
    canvas.paste(warped.convert("RGB"), (0, 0), alpha)
    # light: a diagonal fall-off, overall exposure and a warm cast
    grad = (
        Image.linear_gradient("L")
        .resize((cw, ch))
        .rotate(rnd.uniform(20, 70), expand=False, fillcolor=128)
    )
    light = grad.point(lambda v: int(255 * (dim * (0.82 + 0.18 * v / 255))))
    factors = (1.0, 1 - warm * 0.45, 1 - warm)
    lit = Image.merge("RGB", [light.point(lambda v, f=f: min(255, int(v * f))) for f in factors])
    canvas = ImageChops.multiply(canvas, lit)
    if shadow:
        m = Image.new("L", (cw, ch), 0)
        d = ImageDraw.Draw(m)
        x0 = int(cw * rnd.uniform(0.5, 0.62))
        d.polygon([(x0, 0), (cw, 0), (cw, ch), (x0 + int(cw * 0.22), ch)], fill=110)
        m = m.filter(ImageFilter.GaussianBlur(cw / 45))
        canvas = Image.composite(Image.new("RGB", (cw, ch), (0, 0, 0)), canvas, m)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.7))
    noise = Image.effect_noise((cw, ch), 18).convert("RGB")
    canvas = Image.blend(
        canvas, ImageChops.multiply(canvas, noise.point(lambda v: 200 + v // 5)), 0.5
    )
    out = canvas.resize((width, int(ch * width / cw)), Image.Resampling.LANCZOS)
    out.save(path, "JPEG", quality=quality)


def scan(
    pages: list[Image.Image], seed: int, *, dpi: int, skew: float, path: str, stamp: bool = False
) -> None:
    """An image-only PDF: grey, skewed, speckled, a little soft."""
    rnd = random.Random(seed)
    out = []
    for n, pg in enumerate(pages):
        g = pg.convert("L")
        if stamp and n == 0:
            g = _stamp(g, rnd)
        g = g.rotate(
            skew + rnd.uniform(-0.15, 0.15), resample=Image.Resampling.BICUBIC, fillcolor=250
        )
        g = g.point(lambda v: int(30 + v * 0.86))
        d = ImageDraw.Draw(g)
        w, h = g.size
        for _ in range(int(w * h / 9000)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            r = rnd.choice((1, 1, 1, 2))
            d.ellipse([x, y, x + r, y + r], fill=rnd.randint(60, 160))
        d.rectangle([0, 0, w, int(h * 0.006)], fill=110)
        g = g.filter(ImageFilter.GaussianBlur(0.6))
        out.append(g)
    out[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=out[1:])


def _stamp(g: Image.Image, rnd: random.Random) -> Image.Image:
    """A 'RECEIVED' stamp and a handwritten-looking note in the right margin."""
    w, h = g.size
    s = w / 1700
    layer = Image.new("L", (int(520 * s), int(200 * s)), 255)
    d = ImageDraw.Draw(layer)
    d.rounded_rectangle(
        [6, 6, layer.width - 6, layer.height - 6], radius=int(18 * s), outline=95, width=int(7 * s)
    )
    d.text(
        (layer.width / 2, 60 * s),
        "RECEIVED",
        font=font("DejaVu Sans:bold", int(54 * s)),
        fill=95,
        anchor="mm",
    )
    d.text(
        (layer.width / 2, 135 * s),
        "NOV 24 2026",
        font=font("DejaVu Sans Mono:bold", int(44 * s)),
        fill=95,
        anchor="mm",
    )
    layer = layer.rotate(-12, expand=True, fillcolor=255)
    g = ImageChops.multiply(g, Image.new("L", g.size, 255))
    box = Image.new("L", g.size, 255)
    box.paste(layer, (int(w * 0.68), int(h * 0.84)))
    g = ImageChops.multiply(g, box)
    d2 = ImageDraw.Draw(g)
    hand = font("EB Garamond:italic", int(46 * s))
    d2.text((int(w * 0.70), int(h * 0.80)), "interviewed 11/30 - ok", font=hand, fill=70)
    pts = [
        (int(w * 0.70) + i * 8 * s, int(h * 0.80) + 58 * s + 5 * s * math.sin(i / 2))
        for i in range(45)
    ]
    d2.line(pts, fill=80, width=max(2, int(3 * s)))
    return g


def mobile_viewer(page: Image.Image, name: str, path: str) -> None:
    """A phone PDF viewer screenshot: status bar, title bar, the page at phone width."""
    w, h = 1170, 2532
    im = Image.new("RGB", (w, h), (242, 242, 247))
    d = ImageDraw.Draw(im)
    d.text((90, 60), "9:41", font=font("DejaVu Sans:bold", 44), fill=(0, 0, 0), anchor="lm")
    for i in range(4):
        d.rectangle([w - 300 + i * 22, 72 - i * 9, w - 286 + i * 22, 84], fill=(0, 0, 0))
    d.rounded_rectangle([w - 160, 46, w - 80, 84], radius=10, outline=(0, 0, 0), width=3)
    d.rectangle([w - 154, 52, w - 100, 78], fill=(0, 0, 0))
    d.rectangle([0, 130, w, 260], fill=(250, 250, 252))
    d.text((60, 195), "‹ Files", font=font("DejaVu Sans", 42), fill=(10, 132, 255), anchor="lm")
    d.text((w / 2, 195), name, font=font("DejaVu Sans:bold", 38), fill=(0, 0, 0), anchor="mm")
    d.text((w - 60, 195), "⋯", font=font("DejaVu Sans", 52), fill=(10, 132, 255), anchor="rm")
    pw = w - 40
    pg = page.convert("RGB").resize(
        (pw, int(page.height * pw / page.width)), Image.Resampling.LANCZOS
    )
    im.paste(pg, (20, 300))
    d.rounded_rectangle(
        [w / 2 - 90, 300 + pg.height + 30, w / 2 + 90, 300 + pg.height + 100],
        radius=34,
        fill=(60, 60, 67),
    )
    d.text(
        (w / 2, 300 + pg.height + 65),
        "1 of 1",
        font=font("DejaVu Sans", 34),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rectangle([0, h - 200, w, h], fill=(250, 250, 252))
    for i, lab in enumerate(("Share", "Search", "Markup", "Print")):
        d.text(
            (w * (i + 0.5) / 4, h - 120),
            lab,
            font=font("DejaVu Sans", 32),
            fill=(10, 132, 255),
            anchor="mm",
        )
    d.rounded_rectangle([w / 2 - 200, h - 30, w / 2 + 200, h - 18], radius=6, fill=(0, 0, 0))
    im.save(path, "PNG")
