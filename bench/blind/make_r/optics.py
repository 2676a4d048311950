"""Camera and scanner effects for set r: poppler pdftoppm rasterising, Pillow + numpy, img2pdf."""

import glob
import io
import math
import os
import subprocess
import tempfile

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def raster(pdf, dpi, gray=False):
    with tempfile.TemporaryDirectory() as td:
        cmd = (
            ["pdftoppm", "-r", str(dpi), "-png"]
            + (["-gray"] if gray else [])
            + [pdf, os.path.join(td, "p")]
        )
        subprocess.run(cmd, check=True)
        return [Image.open(f).convert("RGB") for f in sorted(glob.glob(os.path.join(td, "p*.png")))]


def _coeffs(src, dst):
    # PIL PERSPECTIVE maps output (dst) points to input (src) points
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def place(page, canvas_size, corners, bg):
    """Warp page onto canvas at the four corners (tl, tr, br, bl) over background bg (an RGB image)."""
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    warped = page.transform(canvas_size, Image.PERSPECTIVE, _coeffs(src, corners), Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(
        canvas_size, Image.PERSPECTIVE, _coeffs(src, corners), Image.BICUBIC
    )
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out


def wood(size, seed, base=(120, 86, 60)):
    rng = np.random.default_rng(seed)
    w, h = size
    y = np.arange(h)[:, None]
    x = np.arange(w)[None, :]
    grain = 0.5 + 0.5 * np.sin(y / 9.0 + 3 * np.sin(x / 300.0)) * 0.6
    arr = np.stack([base[i] * (0.8 + 0.3 * grain) for i in range(3)], -1)
    arr += rng.normal(0, 5, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def noise(img, sigma, seed):
    rng = np.random.default_rng(seed)
    a = np.asarray(img).astype(float)
    a += rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def shade(img, fn):
    """Multiply by a brightness field fn(X, Y) in [0, 2] on normalised coordinates."""
    a = np.asarray(img).astype(float)
    h, w = a.shape[:2]
    Y, X = np.mgrid[0:h, 0:w]
    f = fn(X / w, Y / h)
    a = a * (f[..., None] if a.ndim == 3 else f)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------- photos
def scanner_app(pdf, out, seed):
    page = raster(pdf, 170)[0].convert("L")
    page = page.rotate(0.4, resample=Image.BICUBIC, fillcolor=255)
    # shadow band across the lower third (phone held over the page), then the app's B/W boost
    page = shade(page, lambda X, Y: 1 - 0.35 * np.exp(-(((Y - 0.62 + 0.1 * X) / 0.08) ** 2)))
    a = np.asarray(page).astype(float)
    a = np.clip((a - 70) * 1.9, 0, 255)
    page = noise(Image.fromarray(a.astype(np.uint8)), 6, seed)
    page.save(out, optimize=True)


def monitor(pdf, out, seed):
    page = raster(pdf, 150)[0]
    w, h = page.size
    win = Image.new("RGB", (w + 80, h + 140), (70, 72, 78))
    win.paste(page, (40, 100))
    d = ImageDraw.Draw(win)
    d.rectangle([0, 0, w + 80, 60], fill=(38, 40, 46))
    d.text(
        (30, 18),
        "resume_final.pdf  -  100%",
        fill=(220, 220, 220),
        font=ImageFont.truetype(FONT_B, 26),
    )
    a = np.asarray(win).astype(float)
    H, W = a.shape[:2]
    Y, X = np.mgrid[0:H, 0:W]
    scan = 0.9 + 0.1 * np.sin(Y * math.pi / 1.6)
    moire = 1 + 0.07 * np.sin((X * 0.9 + Y * 0.35) / 7.0)
    a = a * (scan * moire)[..., None]
    a[..., 2] *= 1.08
    a[..., 0] *= 0.93
    win = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    bez = Image.new("RGB", (W + 120, H + 120), (12, 12, 14))
    bez.paste(win, (60, 60))
    cw, ch = int((W + 120) * 1.25), int((H + 120) * 1.18)
    bg = Image.new("RGB", (cw, ch), (40, 36, 34))
    bw, bh = bez.size
    ox, oy = (cw - bw) // 2, (ch - bh) // 2
    corners = [
        (ox + 60, oy + 20),
        (ox + bw - 10, oy + 70),
        (ox + bw + 10, oy + bh - 40),
        (ox + 20, oy + bh + 10),
    ]
    img = place(bez, (cw, ch), corners, bg)
    img = shade(
        img, lambda X, Y: 1 + 0.35 * np.exp(-(((X - 0.78) / 0.12) ** 2 + ((Y - 0.18) / 0.09) ** 2))
    )
    noise(img, 4, seed).save(out, quality=86)


def lamp(pdf, out, seed):
    page = raster(pdf, 160)[0]
    a = np.asarray(page).astype(float)
    a[..., 0] *= 1.0
    a[..., 1] *= 0.93
    a[..., 2] *= 0.78
    page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    w, h = page.size
    cw, ch = int(w * 1.3), int(h * 1.15)
    bg = wood((cw, ch), seed)
    ox, oy = (cw - w) // 2, (ch - h) // 2
    corners = [
        (ox + 30, oy + 10),
        (ox + w - 20, oy + 40),
        (ox + w + 20, oy + h - 10),
        (ox - 10, oy + h - 30),
    ]
    img = place(page, (cw, ch), corners, bg)
    # warm lamp: a hot spot upper right, falling off to dim corners
    img = shade(
        img,
        lambda X, Y: (
            0.72
            + 0.25 * np.exp(-(((X - 0.7) / 0.45) ** 2 + ((Y - 0.3) / 0.5) ** 2))
            + 0.22 * np.exp(-(((X - 0.72) / 0.1) ** 2 + ((Y - 0.28) / 0.08) ** 2))
        ),
    )
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    noise(img, 5, seed).save(out, quality=88)


def chat_app(pdf, out, seed):
    page = raster(pdf, 130)[0]
    w, h = page.size
    bg = Image.new("RGB", (int(w * 1.12), int(h * 1.1)), (96, 98, 104))
    ox, oy = int(w * 0.06), int(h * 0.05)
    img = place(
        page,
        bg.size,
        [(ox + 10, oy), (ox + w, oy + 15), (ox + w - 5, oy + h), (ox, oy + h - 10)],
        bg,
    )
    img = noise(img, 5, seed).filter(ImageFilter.GaussianBlur(0.7))
    img = img.resize((900, int(img.size[1] * 900 / img.size[0])), Image.LANCZOS)
    img.save(out, quality=55)


def two_pages(pdf, out, seed):
    p1, p2 = raster(pdf, 130)[:2]
    w, h = p1.size
    cw, ch = int(w * 2.35), int(h * 1.18)
    bg = wood((cw, ch), seed, base=(150, 140, 128))
    oy = (ch - h) // 2
    img = place(
        p1,
        (cw, ch),
        [
            (int(w * 0.08), oy + 20),
            (int(w * 1.1), oy),
            (int(w * 1.12), oy + h + 5),
            (int(w * 0.07), oy + h + 25),
        ],
        bg,
    )
    img = place(
        p2,
        (cw, ch),
        [
            (int(w * 1.2), oy + 5),
            (int(w * 2.22), oy + 25),
            (int(w * 2.24), oy + h + 20),
            (int(w * 1.19), oy + h),
        ],
        img,
    )
    img = shade(img, lambda X, Y: 0.85 + 0.2 * (1 - Y))
    noise(img.filter(ImageFilter.GaussianBlur(0.6)), 4, seed).save(out, quality=84)


# ---------------------------------------------------------------- scans
def _to_pdf(images, out, dpi, fmt="JPEG", quality=80):
    blobs = []
    for im in images:
        buf = io.BytesIO()
        if fmt == "PNG":
            im.save(buf, format="PNG", dpi=(dpi, dpi))
        else:
            im.save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi))
        blobs.append(buf.getvalue())
    with open(out, "wb") as fh:
        fh.write(img2pdf.convert(blobs))


def scan_duplex(pdf, out, seed):
    pages = raster(pdf, 200, gray=True)
    res = []
    for k, (pg, ang) in enumerate(zip(pages, (0.7, -1.1), strict=True)):
        g = pg.convert("L").rotate(ang, resample=Image.BICUBIC, fillcolor=235, expand=False)
        g = noise(g, 7, seed + k)
        res.append(g)
    _to_pdf(res, out, 200)


def scan_blue(pdf, out, seed):
    pg = raster(pdf, 200)[0]
    a = np.asarray(pg).astype(float)
    a = 40 + a * 0.8
    a[..., 0] *= 0.88
    a[..., 1] *= 0.95
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(
        -0.5, resample=Image.BICUBIC, fillcolor=(200, 214, 236)
    )
    _to_pdf([noise(img, 5, seed)], out, 200, quality=75)


def scan_coffee(pdf, out, seed):
    pg = raster(pdf, 200)[0]
    a = np.asarray(pg).astype(float)
    h, w = a.shape[:2]
    Y, X = np.mgrid[0:h, 0:w]
    cx, cy, r = w * 0.72, h * 0.27, w * 0.13
    d = np.hypot(X - cx, Y - cy)
    ring = np.exp(-(((d - r) / (w * 0.006)) ** 2)) * 0.45 + (d < r) * 0.08
    stain = np.array([0.82, 0.62, 0.38])
    a = a * (1 - ring[..., None] * (1 - stain))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(
        0.3, resample=Image.BICUBIC, fillcolor=(250, 248, 240)
    )
    _to_pdf([noise(img, 4, seed)], out, 200, quality=78)


def scan_dither(pdf, out, seed):
    pg = raster(pdf, 300, gray=True)[0].convert("L")
    pg = shade(pg, lambda X, Y: 0.93 + 0.05 * X)
    pg = noise(pg, 10, seed).rotate(-0.35, resample=Image.BICUBIC, fillcolor=255)
    bw = pg.convert("1")  # Floyd-Steinberg dithering
    _to_pdf([bw], out, 300, fmt="PNG")


def scan_stamp(pdf, out, seed):
    pg = raster(pdf, 200)[0]
    a = np.asarray(pg).astype(float)
    a = 55 + a * 0.68
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    st = Image.new("RGBA", (620, 170), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    d.rectangle([4, 4, 615, 165], outline=(190, 40, 40, 200), width=6)
    f = ImageFont.truetype(FONT_B, 52)
    d.text((30, 14), "RECEIVED", fill=(190, 40, 40, 200), font=f)
    d.text((30, 90), "DEC 03 2026", fill=(190, 40, 40, 200), font=ImageFont.truetype(FONT_B, 44))
    st = st.rotate(9, expand=True)
    w, h = img.size
    img.paste(st, (w - st.size[0] - 40, h - st.size[1] - 60), st)
    img = img.rotate(1.0, resample=Image.BICUBIC, fillcolor=(150, 150, 150))
    _to_pdf([noise(img, 6, seed)], out, 200, quality=72)
