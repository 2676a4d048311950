"""Set n's camera, screen and scanner simulation (numpy + OpenCV + Pillow, pages rasterised with
pypdfium2). Every effect is seeded, so a rebuild gives the same pixels."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def raster(pdf: str, dpi: int, page: int = 0) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def n_pages(pdf: str) -> int:
    doc = pdfium.PdfDocument(pdf)
    n = len(doc)
    doc.close()
    return n


# ---------------------------------------------------------------- backgrounds and finishing


def _smooth_noise(rng: np.random.Generator, h: int, w: int, scale: int) -> np.ndarray:
    small = rng.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def background(kind: str, w: int, h: int, rng: np.random.Generator) -> np.ndarray:
    if kind == "wood":
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = (
            np.sin((x * 0.018 + 6 * _smooth_noise(rng, h, w, 180)) * 3.0 + y * 0.002) * 0.5 + 0.5
        )
        base = np.array([122, 82, 50], np.float32)
        img = base * (0.75 + 0.35 * grain[..., None])
    elif kind == "sheet":  # rumpled pale-blue bed sheet
        folds = _smooth_noise(rng, h, w, 140)
        img = np.array([178, 192, 210], np.float32) * (0.72 + 0.4 * folds[..., None])
    elif kind == "dark":  # dim room
        img = np.array([38, 34, 36], np.float32) * (
            0.7 + 0.6 * _smooth_noise(rng, h, w, 250)[..., None]
        )
    elif kind == "desk":  # grey laminate desk
        img = np.array([150, 148, 140], np.float32) * (
            0.85 + 0.2 * _smooth_noise(rng, h, w, 60)[..., None]
        )
    else:  # granite counter
        speck = rng.random((h, w)).astype(np.float32)
        img = (
            np.array([92, 90, 96], np.float32)
            * (0.8 + 0.4 * speck[..., None])
            * (0.9 + 0.2 * _smooth_noise(rng, h, w, 200)[..., None])
        )
    img += rng.normal(0, 4, (h, w, 3)).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def warp_onto(
    fg: np.ndarray, bg: np.ndarray, dst: list[tuple[float, float]], shadow: float = 0.45
) -> np.ndarray:
    """Perspective-map the whole of fg onto bg at the four dst corners (tl, tr, br, bl), with a soft shadow."""
    h, w = fg.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, np.float32(dst))
    H, W = bg.shape[:2]
    warped = cv2.warpPerspective(fg, M, (W, H), flags=cv2.INTER_CUBIC)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    out = bg.astype(np.float32)
    if shadow:
        sh = (
            cv2.GaussianBlur(
                np.roll(mask, (int(H * 0.012), int(W * 0.01)), (0, 1)), (0, 0), W * 0.012
            ).astype(np.float32)
            / 255
        )
        out *= 1 - shadow * sh[..., None]
    m = mask.astype(np.float32)[..., None] / 255
    out = out * (1 - m) + warped.astype(np.float32) * m
    return out


def light(
    img: np.ndarray,
    rng: np.random.Generator,
    gx: float,
    gy: float,
    lo: float,
    hi: float,
    vignette: float = 0.25,
) -> np.ndarray:
    H, W = img.shape[:2]
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    g = (x / W - 0.5) * gx + (y / H - 0.5) * gy
    g = lo + (hi - lo) * (g - g.min()) / max(1e-6, g.max() - g.min())
    r = np.sqrt(((x - W / 2) / W) ** 2 + ((y - H / 2) / H) ** 2)
    g *= 1 - vignette * r**2 * 2
    return img * g[..., None]


def finish(
    img: np.ndarray,
    rng: np.random.Generator,
    blur: float,
    noise: float,
    cast: tuple[float, float, float] = (1, 1, 1),
) -> Image.Image:
    img = img * np.float32(cast)[None, None, :]
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + rng.normal(0, noise, img.shape).astype(np.float32)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def save_jpeg(img: Image.Image, path: str, quality: int) -> None:
    img.save(path, "JPEG", quality=quality, subsampling=2)


# ---------------------------------------------------------------- photos


def clipboard(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """The page on a brown clipboard with a metal clip and the clip's shadow; mild perspective on a desk."""
    pw, ph = page.size
    bw, bh = int(pw * 1.12), int(ph * 1.13)
    board = Image.new("RGB", (bw, bh), (0, 0, 0))
    bd = ImageDraw.Draw(board)
    bd.rounded_rectangle((0, 0, bw - 1, bh - 1), radius=int(pw * 0.04), fill=(139, 98, 62))
    barr = np.asarray(board).astype(np.float32) * (
        0.9 + 0.15 * _smooth_noise(rng, bh, bw, 40)[..., None]
    )
    board = Image.fromarray(np.clip(barr, 0, 255).astype(np.uint8))
    ox, oy = (bw - pw) // 2, int(ph * 0.085)
    board.paste(page, (ox, oy))
    # clip shadow on the page, then the clip itself
    cw, ch = int(pw * 0.42), int(ph * 0.075)
    cx = (bw - cw) // 2
    shadow = Image.new("L", (bw, bh), 0)
    ImageDraw.Draw(shadow).rounded_rectangle(
        (cx + 10, oy - ch // 3, cx + cw + 30, oy + int(ch * 0.95)), radius=ch // 3, fill=150
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(pw * 0.012))
    barr = np.asarray(board).astype(np.float32) * (
        1 - np.asarray(shadow, np.float32)[..., None] / 255 * 0.55
    )
    board = Image.fromarray(np.clip(barr, 0, 255).astype(np.uint8))
    bd = ImageDraw.Draw(board)
    for i in range(ch):
        t = i / ch
        c = int(120 + 110 * math.sin(math.pi * t) ** 0.6)
        bd.line(
            (
                cx + int(cw * 0.08 * (1 - t)),
                oy - ch // 2 + i,
                cx + cw - int(cw * 0.08 * (1 - t)),
                oy - ch // 2 + i,
            ),
            fill=(c, c, c + 6),
        )
    bd.ellipse(
        (bw // 2 - ch // 3, oy - ch // 2 - ch // 3, bw // 2 + ch // 3, oy - ch // 2 + ch // 3),
        outline=(90, 90, 96),
        width=max(3, ch // 12),
    )
    fg = np.asarray(board)
    W, H = int(bw * 1.3), int(bh * 1.22)
    bg = background("desk", W, H, rng)
    mx, my = (W - bw) / 2, (H - bh) / 2
    dst = [
        (mx + bw * 0.03, my + bh * 0.02),
        (mx + bw * 0.99, my - bh * 0.01),
        (mx + bw * 1.02, my + bh * 1.0),
        (mx - bw * 0.03, my + bh * 0.98),
    ]
    img = warp_onto(fg, bg, dst, 0.5)
    img = light(img, rng, 0.6, -0.4, 0.8, 1.08)
    return finish(img, rng, 1.1, 5, (1.02, 1.0, 0.95))


def curled(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A page whose right side curls up off the table (cylindrical projection and shading)."""
    a = np.asarray(page).astype(np.float32)
    h, w = a.shape[:2]
    x0 = w * 0.58
    R = w * 0.33
    xo = np.arange(w, dtype=np.float32)
    # output columns beyond x0 show a foreshortened cylinder: x_src = x0 + R*asin((x-x0)/R)
    span_out = R * math.sin(min(math.pi / 2 * 0.92, (w - x0) / R))
    W2 = int(x0 + span_out)
    xo = np.arange(W2, dtype=np.float32)
    xs = np.where(xo < x0, xo, x0 + R * np.arcsin(np.clip((xo - x0) / R, -1, 1)))
    yo = np.arange(h, dtype=np.float32)
    X, Y = np.meshgrid(xs, yo)
    lift = np.where(xo < x0, 0, (xs - x0) / (w - x0))[None, :] ** 2  # how far each column rises
    Ys = (Y - h / 2) * (1 + 0.06 * lift) + h / 2 + lift * h * 0.02
    out = cv2.remap(
        a, X.astype(np.float32), Ys.astype(np.float32), cv2.INTER_CUBIC, borderValue=(0, 0, 0)
    )
    shade = np.where(
        xo < x0, 1.0, 1 - 0.32 * np.sin(np.clip((xo - x0) / span_out, 0, 1) * math.pi * 0.9)
    )[None, :]
    out = out * shade[..., None]
    valid = cv2.remap(
        np.full((h, w), 255, np.uint8),
        X.astype(np.float32),
        Ys.astype(np.float32),
        cv2.INTER_LINEAR,
        borderValue=0,
    )
    fg = np.dstack([out, valid.astype(np.float32)])
    W, H = int(W2 * 1.25), int(h * 1.18)
    bg = background("wood", W, H, rng).astype(np.float32)
    mx, my = (W - W2) / 2, (H - h) / 2
    src = np.float32([[0, 0], [W2, 0], [W2, h], [0, h]])
    dst = np.float32(
        [
            (mx + 20, my + 40),
            (mx + W2 - 10, my - 10),
            (mx + W2 + 30, my + h - 5),
            (mx - 25, my + h + 20),
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(fg, M, (W, H), flags=cv2.INTER_CUBIC)
    m = warped[..., 3:4] / 255
    sh = cv2.GaussianBlur(np.roll(warped[..., 3], (25, 40), (0, 1)), (0, 0), 30)[..., None] / 255
    img = bg * (1 - 0.5 * sh)
    img = img * (1 - m) + warped[..., :3] * m
    img = light(img, rng, -0.5, -0.3, 0.78, 1.05)
    return finish(img, rng, 1.0, 5, (1.04, 1.0, 0.92))


def laptop_screen(page: Image.Image, rng: np.random.Generator, title: str) -> Image.Image:
    """A phone photo of a laptop screen showing the PDF: viewer chrome, bezel, glow and moire."""
    SW, SH = 2304, 1440
    scr = Image.new("RGB", (SW, SH), (82, 86, 89))
    d = ImageDraw.Draw(scr)
    d.rectangle((0, 0, SW, 64), fill=(50, 54, 57))
    d.text((28, 16), f"{title}", fill=(230, 230, 230), font=ImageFont.truetype(FONT, 28))
    d.text(
        (SW - 420, 16),
        "1 / 1   |   −   118%   +",
        fill=(230, 230, 230),
        font=ImageFont.truetype(FONT, 28),
    )
    ph = SH - 64 - 30
    pg = page.resize((int(page.width * ph / page.height), ph), Image.LANCZOS)
    scr.paste(pg, ((SW - pg.width) // 2, 64 + 15))
    a = np.asarray(scr).astype(np.float32)
    # screen glow: slight blue cast, lifted blacks, bloom
    a = a * np.float32([0.93, 0.98, 1.06]) + 14
    a = a + 0.18 * cv2.GaussianBlur(a, (0, 0), 18)
    a = np.clip(a, 0, 255)
    # bezel and lid
    bez = 70
    lid = np.full((SH + 2 * bez, SW + 2 * bez, 3), 18, np.float32)
    lid[bez : bez + SH, bez : bez + SW] = a
    cv2.circle(lid, (bez + SW // 2, bez // 2), 7, (40, 40, 40), -1)
    lh, lw = lid.shape[:2]
    W, H = int(lw * 1.2), int(lh * 1.25)
    bg = background("dark", W, H, rng)
    mx, my = (W - lw) / 2, (H - lh) / 2
    dst = [
        (mx + lw * 0.04, my + lh * 0.01),
        (mx + lw * 0.97, my + lh * 0.05),
        (mx + lw * 0.99, my + lh * 0.97),
        (mx + lw * 0.01, my + lh * 1.01),
    ]
    img = warp_onto(lid.astype(np.uint8), bg, dst, 0.2)
    # keyboard deck edge at the bottom
    img[int(my + lh * 1.02) :, :] = (
        img[int(my + lh * 1.02) :, :] * 0.4 + np.float32([150, 150, 156]) * 0.6
    )
    # moire: interference between the screen's pixel grid and the camera sensor
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    moire = 1 - 0.07 * (
        0.5 + 0.5 * np.sin(2 * np.pi * (x * 0.0113 + y * 0.0041) + 3 * np.sin(y * 0.0021))
    )
    img = img * moire[..., None]
    img = light(img, rng, 0.3, 0.2, 0.88, 1.05, 0.35)
    return finish(img, rng, 1.3, 6)


def flash_low_light(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Taken in a dim room with the flash: dark falloff, a blown hotspot, heavy noise, warm cast."""
    a = np.asarray(page)
    h, w = a.shape[:2]
    W, H = int(w * 1.25), int(h * 1.18)
    bg = background("granite", W, H, rng)
    mx, my = (W - w) / 2, (H - h) / 2
    dst = [
        (mx + w * 0.02, my + h * 0.03),
        (mx + w * 0.98, my),
        (mx + w * 1.0, my + h * 0.99),
        (mx - w * 0.01, my + h * 1.0),
    ]
    img = warp_onto(a, bg, dst, 0.6)
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = W * 0.44, H * 0.40
    r2 = ((x - cx) / (W * 0.36)) ** 2 + ((y - cy) / (H * 0.34)) ** 2
    gain = 0.42 + 0.78 * np.exp(-r2)  # flash falloff
    hot = np.exp(-(((x - cx) / (W * 0.07)) ** 2 + ((y - cy) / (H * 0.05)) ** 2))
    img = img * gain[..., None] + 45 * hot[..., None]
    img = finish(img, rng, 0.9, 0, (1.06, 0.98, 0.86))
    b = np.asarray(img).astype(np.float32)
    lum_noise = rng.normal(0, 1, (H, W)).astype(np.float32) * (16 - 10 * gain / gain.max())
    b = b + lum_noise[..., None] + rng.normal(0, 5, b.shape).astype(np.float32)
    return Image.fromarray(np.clip(b, 0, 255).astype(np.uint8))


def steep_angle(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Shot from the side of the table: strong keystone and rotation."""
    a = np.asarray(page)
    h, w = a.shape[:2]
    W, H = int(w * 1.35), int(h * 1.05)
    bg = background("wood", W, H, rng)
    dst = [(W * 0.24, H * 0.05), (W * 0.88, H * 0.10), (W * 0.98, H * 0.97), (W * 0.03, H * 0.90)]
    img = warp_onto(a, bg, dst, 0.4)
    img = light(img, rng, 0.8, 0.5, 0.8, 1.06)
    return finish(img, rng, 1.0, 5, (1.0, 0.99, 0.95))


def folded(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A letter folded in thirds and opened out: panel shading, crease lines, on a bed sheet."""
    a = np.asarray(page).astype(np.float32)
    h, w = a.shape[:2]
    y = np.arange(h, dtype=np.float32)
    f1, f2 = h / 3, 2 * h / 3
    shade = np.where(
        y < f1,
        1.0 - 0.10 * (y / f1),
        np.where(y < f2, 0.86 + 0.10 * ((y - f1) / f1), 0.98 - 0.06 * ((y - f2) / f1)),
    )
    for f in (f1, f2):
        shade = (
            shade
            - 0.22 * np.exp(-(((y - f) / 3.5) ** 2))
            + 0.08 * np.exp(-(((y - f - 9) / 5) ** 2))
        )
    a = a * shade[:, None, None]
    W, H = int(w * 1.3), int(h * 1.15)
    bg = background("sheet", W, H, rng)
    mx, my = (W - w) / 2, (H - h) / 2
    dst = [
        (mx + w * 0.05, my + h * 0.02),
        (mx + w * 0.97, my + h * 0.04),
        (mx + w * 1.03, my + h * 0.99),
        (mx - w * 0.02, my + h * 0.96),
    ]
    img = warp_onto(np.clip(a, 0, 255).astype(np.uint8), bg, dst, 0.35)
    img = light(img, rng, -0.4, 0.6, 0.82, 1.06)
    return finish(img, rng, 1.1, 5, (1.0, 1.0, 1.03))


def browser_screenshot(page: Image.Image, title: str, path_shown: str) -> Image.Image:
    """A 2560x1600 desktop screenshot: browser tabs, toolbar and URL bar, the PDF viewer, a taskbar."""
    SW, SH = 2560, 1600
    s = Image.new("RGB", (SW, SH), (82, 86, 89))
    d = ImageDraw.Draw(s)
    f22, f20, f18 = (ImageFont.truetype(FONT, n) for n in (22, 20, 18))
    d.rectangle((0, 0, SW, 46), fill=(222, 225, 230))
    tabs = ["Inbox (3) - mail", title, "Travel PT jobs - Bellingham", "WA DOH license lookup"]
    x = 12
    for i, t in enumerate(tabs):
        tw = 330
        d.rounded_rectangle(
            (x, 6, x + tw, 52), radius=10, fill=(255, 255, 255) if i == 1 else (210, 213, 218)
        )
        d.text((x + 16, 15), t[:30], fill=(40, 40, 40), font=f20)
        d.text((x + tw - 28, 14), "×", fill=(90, 90, 90), font=f20)
        x += tw + 4
    d.rectangle((0, 46, SW, 100), fill=(255, 255, 255))
    d.text((20, 58), "←   →   ⟳", fill=(90, 90, 90), font=f22)
    d.rounded_rectangle((170, 54, SW - 220, 92), radius=19, fill=(241, 243, 244))
    d.text((196, 62), path_shown, fill=(32, 33, 36), font=f20)
    d.text((SW - 190, 60), "☆   ⋮", fill=(90, 90, 90), font=f22)
    d.rectangle((0, 100, SW, 150), fill=(50, 54, 57))
    d.text((24, 112), "☰   " + title, fill=(240, 240, 240), font=f20)
    d.text((SW // 2 - 120, 112), "1 / 1    |   −   125%   +", fill=(240, 240, 240), font=f20)
    d.text((SW - 170, 112), "⤓   ⎙   ⋮", fill=(240, 240, 240), font=f20)
    d.rectangle((0, SH - 48, SW, SH), fill=(32, 34, 40))
    d.text((SW - 200, SH - 40), "10:42 AM  11/20/2026", fill=(230, 230, 230), font=f18)
    d.text((24, SH - 40), "⊞   Search", fill=(230, 230, 230), font=f18)
    ph = SH - 150 - 48 - 36
    pg = page.resize((int(page.width * ph / page.height), ph), Image.LANCZOS)
    s.paste(pg, ((SW - pg.width) // 2, 150 + 18))
    return s


# ---------------------------------------------------------------- scans


def _grey(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L")).astype(np.float32)


def scan_rotated(
    pages: list[Image.Image], rng: np.random.Generator, angles: list[float]
) -> list[Image.Image]:
    out = []
    for pg, ang in zip(pages, angles, strict=True):
        g = _grey(pg)
        h, w = g.shape
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        g = cv2.warpAffine(g, M, (w, h), flags=cv2.INTER_CUBIC, borderValue=232)
        g = g * 0.97 + 4 + rng.normal(0, 4, g.shape).astype(np.float32)
        out.append(Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L"))
    return out


def scan_coffee_holes(page: Image.Image, rng: np.random.Generator, dpi: int) -> Image.Image:
    g = _grey(page)
    h, w = g.shape
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    # coffee ring: a mug's base ring, darker at its rim, with a faint fill; lower right
    cx, cy, r = w * 0.80, h * 0.80, dpi * 0.95
    d = np.sqrt((x - cx) ** 2 + ((y - cy) * 1.05) ** 2)
    wobble = 1 + 0.03 * np.sin(np.arctan2(y - cy, x - cx) * 5)
    ring = np.exp(-(((d - r * wobble) / (dpi * 0.035)) ** 2)) * 0.38 + np.where(
        d < r * wobble, 0.07, 0.0
    )
    ring = cv2.GaussianBlur(ring.astype(np.float32), (0, 0), 2)
    g = g * (1 - ring)
    # three punched holes in the left margin: the dark scanner lid shows through
    for fy in (0.14, 0.5, 0.86):
        hx, hy, hr = dpi * 0.27, h * fy, dpi * 0.13
        dd = np.sqrt((x - hx) ** 2 + (y - hy) ** 2)
        g = np.where(dd < hr, 38, g)
        g = g * (1 - 0.25 * np.exp(-(((dd - hr) / 4) ** 2)))
    g = g * 0.96 + 6 + rng.normal(0, 5, g.shape).astype(np.float32)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")


def scan_faded(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    g = _grey(page)
    h, w = g.shape
    patch = _smooth_noise(rng, h, w, 260)
    fade = 0.46 + 0.22 * patch  # share of the ink that reached the paper
    x = np.arange(w, dtype=np.float32)[None, :]
    fade = fade - 0.10 * np.exp(
        -(((x - w * 0.63) / (w * 0.05)) ** 2)
    )  # a light band from an empty toner stripe
    ink = (255 - g) * fade
    g = 250 - ink + rng.normal(0, 3, g.shape).astype(np.float32)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")


def scan_yellowed(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    a = np.asarray(page).astype(np.float32)
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), -0.7, 1.0)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_CUBIC, borderValue=(200, 196, 185))
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(x, w - x), np.minimum(y, h - y)) / (0.08 * w)
    age = 0.9 + 0.1 * np.clip(edge, 0, 1) - 0.05 * _smooth_noise(rng, h, w, 150)
    paper = np.float32([247, 233, 192])[None, None, :] / 255
    a = a * paper * age[..., None]
    a = a + rng.normal(0, 3.5, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_skew(page: Image.Image, rng: np.random.Generator, angle: float) -> Image.Image:
    g = _grey(page)
    h, w = g.shape
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    g = cv2.warpAffine(g, M, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)
    g = g * 0.93 + 10
    speck = rng.random(g.shape) < 0.0009
    g[speck] = 40
    g = cv2.GaussianBlur(g, (0, 0), 0.6) + rng.normal(0, 4, g.shape).astype(np.float32)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")


def save_scan_pdf(pages: list[Image.Image], path: str, dpi: int) -> None:
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
