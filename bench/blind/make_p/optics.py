"""Camera, phone-screen and scanner looks made with Pillow + numpy (no OpenCV); pages rasterised by poppler's pdftoppm."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def raster(pdf: Path, dpi: int, tmp: Path, gray: bool = False) -> list[Image.Image]:
    stem = tmp / (pdf.stem + f"-r{dpi}")
    args = (
        ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [str(pdf), str(stem)]
    )
    subprocess.run(args, check=True)
    pages = sorted(tmp.glob(stem.name + "-*.png"))
    return [Image.open(p).convert("RGB") for p in pages]


def coeffs(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=float)
    b = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(a, b).tolist()


def onto_background(
    page: Image.Image, bg_rgb, corners, size, seed: int, texture: str = "cloth"
) -> Image.Image:
    """Place the page with its four corners at `corners` on a textured background of `size`."""
    rng = np.random.default_rng(seed)
    w, h = size
    base = np.ones((h, w, 3)) * np.array(bg_rgb, dtype=float)
    if texture == "cloth":
        base += rng.normal(0, 6, (h, w, 1))
        base += np.sin(np.arange(w) / 3.0)[None, :, None] * 3
    else:
        base += rng.normal(0, 3, (h, w, 1))
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    pw, ph = page.size
    c = coeffs(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform(
        size, Image.Transform.PERSPECTIVE, c, Image.Resampling.BICUBIC, fillcolor=(0, 0, 0)
    )
    mask = Image.new("L", page.size, 255).transform(
        size, Image.Transform.PERSPECTIVE, c, Image.Resampling.BICUBIC, fillcolor=0
    )
    shadow = mask.filter(ImageFilter.GaussianBlur(18)).point(lambda v: int(v * 0.45))
    bg.paste((30, 25, 20), (14, 18), shadow)
    bg.paste(warped, (0, 0), mask)
    return bg


def lighting(
    img: Image.Image,
    gain=(1.0, 1.0, 1.0),
    contrast: float = 1.0,
    falloff: float = 0.0,
    noise: float = 0.0,
    seed: int = 0,
    lift: float = 0.0,
) -> Image.Image:
    a = np.asarray(img).astype(float)
    h, w = a.shape[:2]
    a = (a - 128) * contrast + 128 + lift
    a *= np.array(gain)[None, None, :]
    if falloff:
        yy, xx = np.mgrid[0:h, 0:w]
        r = np.sqrt(((xx - w * 0.4) / w) ** 2 + ((yy - h * 0.35) / h) ** 2)
        a *= (1 - falloff * r)[..., None]
    if noise:
        a += np.random.default_rng(seed).normal(0, noise, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def glare_band(img: Image.Image, seed: int) -> Image.Image:
    """A clear plastic sleeve: a diagonal bright glare band, faint sheen over everything and a sleeve edge line."""
    a = np.asarray(img).astype(float)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    d = (xx * 0.55 + yy * 0.83 - w * 0.9) / (w * 0.07)
    band = np.exp(-(d**2)) * 0.75
    sheen = 0.06 + 0.04 * np.sin(xx / 180.0 + yy / 260.0)
    a = a * (1 - band[..., None]) + 250 * band[..., None]
    a = a * (1 - sheen[..., None]) + 235 * sheen[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    d2 = ImageDraw.Draw(out)
    d2.line(
        [(int(w * 0.06), int(h * 0.04)), (int(w * 0.07), int(h * 0.97))],
        fill=(215, 215, 220),
        width=3,
    )
    return out


def jpeg(img: Image.Image, out: Path, q: int) -> None:
    img.save(out, "JPEG", quality=q, optimize=False)


def status_bar(img: Image.Image, dark: bool, time: str = "9:41") -> Image.Image:
    w = img.size[0]
    bar_h = 132
    fg = (245, 245, 245) if dark else (20, 20, 20)
    bgc = (0, 0, 0) if dark else (248, 248, 248)
    out = Image.new("RGB", (w, img.size[1] + bar_h), bgc)
    out.paste(img, (0, bar_h))
    d = ImageDraw.Draw(out)
    f = ImageFont.truetype(FONT, 46)
    d.text((70, 40), time, font=f, fill=fg)
    for k in range(4):
        d.rectangle([w - 330 + k * 22, 80 - k * 12, w - 316 + k * 22, 92], fill=fg)
    d.rounded_rectangle([w - 200, 50, w - 90, 96], radius=10, outline=fg, width=4)
    d.rectangle([w - 194, 56, w - 120, 90], fill=fg)
    return out


def viewer_screenshot(pages: list[Image.Image], title: str) -> Image.Image:
    """A phone PDF viewer: a top app bar with the file name, the page, a gap, the top of page 2, a bottom toolbar."""
    W, H = 1170, 2532
    out = Image.new("RGB", (W, H), (225, 225, 228))
    d = ImageDraw.Draw(out)
    f = ImageFont.truetype(FONT, 40)
    fb = ImageFont.truetype(FONT.replace("Sans.ttf", "Sans-Bold.ttf"), 44)
    p1 = pages[0].resize(
        (W - 40, int((W - 40) * pages[0].size[1] / pages[0].size[0])), Image.Resampling.LANCZOS
    )
    y0 = 300
    out.paste(p1, (20, y0))
    y1 = y0 + p1.size[1] + 30
    p2 = pages[1] if len(pages) > 1 else pages[0]
    p2 = p2.resize(p1.size, Image.Resampling.LANCZOS)
    out.paste(p2, (20, y1))
    d.rectangle([0, 0, W, 290], fill=(250, 250, 250))
    d.text((40, 50), "9:41", font=f, fill=(0, 0, 0))
    d.text((40, 170), "‹  Files", font=f, fill=(0, 110, 230))
    d.text((330, 168), title, font=fb, fill=(0, 0, 0))
    d.line([(0, 290), (W, 290)], fill=(190, 190, 190), width=2)
    d.rectangle([0, H - 220, W, H], fill=(250, 250, 250))
    d.line([(0, H - 220), (W, H - 220)], fill=(190, 190, 190), width=2)
    for k, lab in enumerate(["Share", "Search", "Markup", "1 of 2"]):
        d.text((70 + k * 280, H - 160), lab, font=f, fill=(0, 110, 230) if k < 3 else (90, 90, 90))
    return out


def to_bilevel_g4_pdf(img: Image.Image, out: Path, dpi: int, seed: int) -> None:
    g = np.asarray(img.convert("L")).astype(float)
    g += np.random.default_rng(seed).normal(0, 18, g.shape)
    bw = Image.fromarray(((g > 150) * 255).astype(np.uint8)).convert("1")
    buf = io.BytesIO()
    bw.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
    out.write_bytes(img2pdf.convert(buf.getvalue()))


def pages_pdf(
    imgs: list[Image.Image], out: Path, dpi: int, q: int = 80, gray: bool = False
) -> None:
    blobs = []
    for im in imgs:
        buf = io.BytesIO()
        (im.convert("L") if gray else im).save(buf, "JPEG", quality=q, dpi=(dpi, dpi))
        blobs.append(buf.getvalue())
    out.write_bytes(img2pdf.convert(blobs))


def scanner(
    img: Image.Image,
    angle: float,
    seed: int,
    gray: bool = False,
    noise: float = 5.0,
    darken_edge: bool = True,
) -> Image.Image:
    im = img.convert("L").convert("RGB") if gray else img
    im = im.rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(255, 255, 255)
    )
    a = np.asarray(im).astype(float)
    a = (a - 128) * 1.08 + 128 - 4
    a += np.random.default_rng(seed).normal(0, noise, a.shape[:2])[..., None]
    if darken_edge:
        a[:, :12] *= 0.7
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def draw_margin_note(img: Image.Image, seed: int) -> Image.Image:
    """A recruiter's pen marks: a scribbled loop, tick marks, an arrow and a round ink stamp — strokes only, no text."""
    rng = np.random.default_rng(seed)
    im = img.copy()
    d = ImageDraw.Draw(im)
    w, h = im.size
    ink = (25, 45, 150)
    x0, y0 = int(w * 0.70), int(h * 0.035)
    pts = []
    for t in np.linspace(0, 6 * np.pi, 220):
        pts.append(
            (
                x0 + t * 9 + 14 * np.sin(t * 1.7) + rng.normal(0, 1.2),
                y0 + 22 * np.cos(t) + rng.normal(0, 1.2),
            )
        )
    d.line(pts, fill=ink, width=4, joint="curve")
    for k in range(3):
        bx, by = int(w * 0.035), int(h * (0.30 + k * 0.12))
        d.line([(bx, by), (bx + 14, by + 18), (bx + 40, by - 20)], fill=ink, width=5)
    d.line([(int(w * 0.93), int(h * 0.52)), (int(w * 0.965), int(h * 0.60))], fill=ink, width=4)
    d.line([(int(w * 0.93), int(h * 0.52)), (int(w * 0.93) + 5, int(h * 0.535))], fill=ink, width=4)
    red = (190, 30, 40)
    cx, cy, r = int(w * 0.86), int(h * 0.90), int(w * 0.06)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=7)
    d.ellipse([cx - r + 16, cy - r + 16, cx + r - 16, cy + r - 16], outline=red, width=3)
    for k in range(5):
        a = k * 1.2
        d.line(
            [
                (cx + np.cos(a) * r * 0.5, cy + np.sin(a) * r * 0.5),
                (cx + np.cos(a + 2.2) * r * 0.4, cy + np.sin(a + 2.2) * r * 0.4),
            ],
            fill=red,
            width=4,
        )
    return im
