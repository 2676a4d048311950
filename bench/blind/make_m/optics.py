"""Camera and scanner for set m: phone photos of printed pages and image-only PDF scans."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def raster(pdf_path: str, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_path)
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return pages


# ---------------------------------------------------------------- backgrounds


def background(kind: str, w: int, h: int, rng: np.random.Generator) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        warp = cv2.GaussianBlur(
            rng.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32), (0, 0), 6
        )
        warp = cv2.resize(warp, (w, h)) * 60
        grain = np.sin((yy + warp) / 9.0) * 0.5 + 0.5
        fine = rng.normal(0, 0.06, (h, w)).astype(np.float32)
        t = np.clip(grain * 0.6 + fine + 0.2, 0, 1)
        base = np.array([92, 58, 32], np.float32)
        light = np.array([160, 112, 70], np.float32)
        img = base + (light - base) * t[..., None]
    elif kind == "carpet":
        n = rng.normal(0, 1, (h, w)).astype(np.float32)
        n = cv2.GaussianBlur(n, (0, 0), 1.2) * 0.8 + rng.normal(0, 0.5, (h, w)).astype(np.float32)
        img = np.array([104, 96, 84], np.float32) + n[..., None] * np.array(
            [18, 17, 15], np.float32
        )
    elif kind == "carseat":
        weave = (np.sin(xx / 2.2) * np.sin(yy / 2.2)) * 8
        n = rng.normal(0, 6, (h, w)).astype(np.float32)
        img = np.array([46, 47, 52], np.float32) + (weave + n)[..., None]
        for x0 in (int(w * 0.12), int(w * 0.88)):
            img[:, max(0, x0 - 6) : x0 + 6] *= 0.55
            img[:, x0 - 14 : x0 - 8] += 14
    elif kind == "breakroom":
        n = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 2.5) * 6
        speck = (rng.random((h, w)) > 0.996).astype(np.float32) * -45
        img = np.array([196, 199, 193], np.float32) + (n + speck)[..., None]
        img[: int(h * 0.06)] *= 0.8  # table edge
    elif kind == "desk":
        n = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 3) * 5
        img = np.array([58, 74, 66], np.float32) + n[..., None]
    else:
        raise ValueError(kind)
    return np.clip(img, 0, 255)


# ---------------------------------------------------------------- camera


def photo(
    page: Image.Image,
    out_path: str,
    *,
    seed: int,
    bg: str,
    out_w: int,
    rotate: float,
    keystone: float = 0.04,
    fill: float = 0.82,
    blur: float = 0.8,
    light: tuple[float, float] = (0.75, 1.05),
    light_angle: float = 30.0,
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0),
    shadow: tuple[float, float, float] | None = None,
    finger: bool = False,
    quality: int = 65,
    noise: float = 5.0,
) -> None:
    rng = np.random.default_rng(seed)
    pg = np.asarray(page).astype(np.float32)
    ph, pw = pg.shape[:2]
    out_h = int(out_w * 4 / 3)
    canvas = background(bg, out_w, out_h, rng)
    # destination quad: scaled page, keystone (far edge narrower), rotation about the centre
    s = fill * min(out_w / pw, out_h / ph)
    hw, hh = pw * s / 2, ph * s / 2
    k = keystone
    quad = np.array(
        [
            [-hw * (1 - k), -hh],
            [hw * (1 - k), -hh],
            [hw * (1 + k * 0.3), hh],
            [-hw * (1 + k * 0.3), hh],
        ],
        np.float32,
    )
    quad += rng.normal(0, out_w * 0.004, quad.shape).astype(np.float32)
    a = math.radians(rotate)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    quad = quad @ rot.T + np.array([out_w / 2, out_h / 2 + out_h * 0.01], np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    m = cv2.getPerspectiveTransform(src, quad)
    warped = cv2.warpPerspective(
        pg, m, (out_w, out_h), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC
    )
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (out_w, out_h))
    # drop shadow under the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), out_w * 0.008)
    sh = np.roll(sh, (int(out_w * 0.006), int(out_w * 0.008)), axis=(0, 1))
    canvas *= (1 - 0.45 * sh)[..., None]
    img = canvas * (1 - mask[..., None]) + warped * mask[..., None]
    # light: a directional gradient and a vignette
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    d = math.radians(light_angle)
    g = ((xx / out_w - 0.5) * math.cos(d) + (yy / out_h - 0.5) * math.sin(d)) + 0.5
    field = light[0] + (light[1] - light[0]) * np.clip(g, 0, 1)
    r = np.sqrt(((xx / out_w) - 0.5) ** 2 + ((yy / out_h) - 0.5) ** 2)
    field *= 1 - 0.28 * np.clip(r - 0.25, 0, 1) ** 1.5 * 2
    if (
        shadow is not None
    ):  # a soft shadow (phone, hand, lamp arm): centre x, y as fractions, strength
        cx, cy, st = shadow
        blob = np.exp(-(((xx / out_w - cx) / 0.22) ** 2 + ((yy / out_h - cy) / 0.35) ** 2))
        field *= 1 - st * blob
    img = img * field[..., None] * np.array(cast, np.float32)
    if finger:
        img = _finger(img, quad, rng)
    if blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img += rng.normal(0, noise, img.shape).astype(np.float32)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    if out_path.endswith(".png"):
        out.save(out_path, optimize=True)
    else:
        out.save(out_path, quality=quality, subsampling=2)


def _finger(img: np.ndarray, quad: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A thumb holding the sheet's left edge: a shaded capsule from outside the frame onto the margin."""
    h, w = img.shape[:2]
    (x0, y0), (x3, y3) = quad[0], quad[3]
    t = 0.62
    ex, ey = x0 + (x3 - x0) * t, y0 + (y3 - y0) * t  # a point on the sheet's left edge
    tip = np.array([ex + w * 0.035, ey - w * 0.01], np.float32)
    base = np.array([-w * 0.05, ey + w * 0.09], np.float32)
    r = w * 0.042
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ax = tip - base
    L = float(np.hypot(*ax))
    u = ax / L
    px, py = xx - base[0], yy - base[1]
    along = np.clip(px * u[0] + py * u[1], 0, L)
    cx, cy = base[0] + along * u[0], base[1] + along * u[1]
    dist = np.hypot(xx - cx, yy - cy)
    rad = r * (0.92 + 0.08 * (along / L))
    layer = np.clip((rad - dist) / 2.5, 0, 1)
    across = (((xx - cx) * -u[1]) + ((yy - cy) * u[0])) / np.maximum(rad, 1)
    shade = 0.62 + 0.42 * np.sqrt(np.clip(1 - across**2, 0, 1)) - 0.1 * across
    skin = np.stack([206 * shade, 150 * shade, 120 * shade], -1)
    nail_c = tip - u * r * 0.75
    nd = np.hypot((xx - nail_c[0]) * 0.9, (yy - nail_c[1]) * 1.2)
    nail = np.clip((r * 0.55 - nd) / 2, 0, 1) * layer
    skin = (
        skin * (1 - nail[..., None])
        + np.array([232, 200, 190], np.float32)[None, None] * shade[..., None] * nail[..., None]
    )
    soft = cv2.GaussianBlur(layer, (0, 0), w * 0.01)  # its shadow on the sheet
    img = (
        img
        * (
            1
            - 0.35
            * np.clip(np.roll(soft, (int(w * 0.01), int(w * 0.012)), axis=(0, 1)) - layer, 0, 1)
        )[..., None]
    )
    return img * (1 - layer[..., None]) + skin * layer[..., None]


def phone_viewer(page: Image.Image, out_path: str, filename: str) -> None:
    """A phone screenshot of a PDF viewer showing page 1 (1170 x 2532)."""
    w, h = 1170, 2532
    shot = Image.new("RGB", (w, h), (40, 40, 42))
    d = ImageDraw.Draw(shot)
    f_status = ImageFont.truetype(SANS_BOLD, 40)
    f_bar = ImageFont.truetype(SANS, 42)
    d.rectangle([0, 0, w, 250], fill=(248, 248, 248))
    d.text((80, 45), "10:27", font=f_status, fill=(0, 0, 0))
    d.text((w - 250, 45), "▂▄▆ 78%", font=f_status, fill=(0, 0, 0))
    d.text((40, 150), "‹ Files", font=f_bar, fill=(10, 96, 255))
    d.text((w // 2 - 230, 150), filename, font=f_bar, fill=(0, 0, 0))
    d.text((w - 120, 150), "⋯", font=f_bar, fill=(10, 96, 255))
    pw = w - 24
    pg = page.resize((pw, int(page.height * pw / page.width)), Image.LANCZOS)
    shot.paste(pg, (12, 272))
    d.rectangle([0, h - 170, w, h], fill=(248, 248, 248))
    d.rounded_rectangle([w // 2 - 70, 272 + 20, w // 2 + 70, 272 + 80], 20, fill=(90, 90, 90))
    d.text(
        (w // 2 - 45, 272 + 27), "1 / 1", font=ImageFont.truetype(SANS, 36), fill=(255, 255, 255)
    )
    d.rounded_rectangle([w // 2 - 200, h - 30, w // 2 + 200, h - 20], 5, fill=(0, 0, 0))
    shot.save(out_path, optimize=True)


def screenshot(page: Image.Image, out_path: str, crop_h: int) -> None:
    """A long (scrolling) phone screenshot: the page cut 90 px below its last content."""
    a = np.asarray(page.convert("L")).astype(np.int16)
    rows = np.nonzero(np.abs(a - a[-1:, :]).max(axis=1) > 12)[0]
    end = min(crop_h, page.height, int(rows[-1]) + 90 if len(rows) else page.height)
    page.crop((0, 0, page.width, end)).save(out_path, optimize=True)


# ---------------------------------------------------------------- scanner


def scan_page(
    page: Image.Image,
    *,
    seed: int,
    skew: float = 0.0,
    speckle: float = 0.0,
    border: bool = False,
    contrast: tuple[float, float] = (0.0, 255.0),
    bilevel: bool = False,
    threshold: int = 160,
    fax_header: str = "",
    stamp: bool = False,
    signature: bool = False,
    blur: float = 0.5,
) -> Image.Image:
    rng = np.random.default_rng(seed)
    g = page.convert("L")
    w, h = g.size
    if fax_header:
        d = ImageDraw.Draw(g)
        d.text(
            (int(w * 0.05), int(h * 0.012)),
            fax_header,
            font=ImageFont.truetype(MONO, max(12, w // 85)),
            fill=0,
        )
    if stamp or signature:
        g = _marks(g, rng, stamp, signature)
    a = np.asarray(g).astype(np.float32)
    if skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    # paper tone and toner: map 0..255 to the contrast range
    lo, hi = contrast
    a = lo + (hi - lo) * (a / 255.0)
    a += rng.normal(0, 3.0, a.shape).astype(np.float32)
    if border:
        bw = int(w * 0.022)
        edge = np.ones_like(a)
        edge[:, :bw] = 0
        edge[:, -bw:] = 0
        edge[: int(bw * 0.7)] = 0
        edge[-int(bw * 1.3) :] = 0
        edge = cv2.GaussianBlur(edge, (0, 0), bw * 0.25)
        a = a * edge + 35 * (1 - edge)
        a[:, int(w * 0.63) : int(w * 0.632)] *= 0.9  # a faint toner streak
    if speckle:
        n = int(w * h * speckle)
        ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
        a[ys, xs] = rng.uniform(0, 90, n)
        ys, xs = rng.integers(0, h, n // 3), rng.integers(0, w - 1, n // 3)
        a[ys, xs + 1] = a[ys, xs]
    a = np.clip(a, 0, 255)
    if bilevel:
        return Image.fromarray((a > threshold).astype(np.uint8) * 255).convert(
            "1", dither=Image.NONE
        )
    return Image.fromarray(a.astype(np.uint8))


def _marks(g: Image.Image, rng: np.random.Generator, stamp: bool, signature: bool) -> Image.Image:
    w, h = g.size
    rgb = g.convert("RGB")
    over = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    if stamp:
        sw, sh = int(w * 0.42), int(w * 0.13)
        st = Image.new("RGBA", (sw, sh), (0, 0, 0, 0))
        sd = ImageDraw.Draw(st)
        col = (170, 30, 40, 140)
        sd.rounded_rectangle([4, 4, sw - 5, sh - 5], 12, outline=col, width=max(3, w // 260))
        sd.text(
            (sw * 0.08, sh * 0.1),
            "RECEIVED",
            font=ImageFont.truetype(SANS_BOLD, int(sh * 0.36)),
            fill=col,
        )
        sd.text(
            (sw * 0.08, sh * 0.6),
            "NOV 20 2026 · CREDENTIALING",
            font=ImageFont.truetype(SANS_BOLD, int(sh * 0.13)),
            fill=col,
        )
        st = st.rotate(7, expand=True, resample=Image.BICUBIC)
        over.alpha_composite(st, (int(w * 0.5), int(h * 0.165)))
    if signature:  # a looped cursive stroke (trochoid) with a capital and an underline
        x0, y0 = w * 0.58, h * 0.86
        cap = [
            (x0 + w * 0.012 * math.sin(t / 40 * math.pi * 1.5), y0 - h * 0.03 + h * 0.045 * t / 40)
            for t in range(41)
        ]
        d.line(cap, fill=(20, 30, 110, 235), width=max(2, w // 420), joint="curve")
        pts = []
        n, length = 7, w * 0.26
        for i in range(400):
            t = i / 399
            env = 1 - 0.5 * t
            x = x0 + length * t - w * 0.011 * math.sin(2 * math.pi * n * t)
            y = y0 - h * 0.011 * env * (1 - math.cos(2 * math.pi * n * t)) - h * 0.006 * t
            pts.append((x + rng.normal(0, 0.5), y + rng.normal(0, 0.5)))
        d.line(pts, fill=(20, 30, 110, 235), width=max(2, w // 420), joint="curve")
        d.line(
            [(x0 - w * 0.01, y0 + h * 0.008), (x0 + w * 0.28, y0 + h * 0.002)],
            fill=(20, 30, 110, 200),
            width=max(2, w // 520),
        )
    rgb = Image.alpha_composite(rgb.convert("RGBA"), over).convert("RGB")
    return rgb.convert("L")


def save_scan(pages: list[Image.Image], out_path: str, dpi: int) -> None:
    pages[0].save(out_path, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
