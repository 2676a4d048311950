"""Cameras and scanners for set q (Pillow + numpy, seeded; img2pdf for the image-only PDFs)."""

import glob
import math
import os
import subprocess

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps


def raster(pdf, dpi, work, grey=False):
    base = os.path.join(work, f"r{dpi}")
    for f in glob.glob(base + "*"):
        os.remove(f)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if grey else []) + [pdf, base]
    subprocess.run(cmd, check=True)
    return [
        Image.open(f).convert("L" if grey else "RGB") for f in sorted(glob.glob(base + "*.png"))
    ]


def ink_box(img):
    a = np.asarray(img.convert("L")) < 200
    ys, xs = np.nonzero(a)
    return xs.min(), ys.min(), xs.max(), ys.max()


def _perspective(img, out_size, quad, bg):
    """Place img onto a canvas of out_size with its corners at quad (tl, tr, br, bl)."""
    w, h = img.size
    # PIL's perspective transform maps output -> input; solve coefficients
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    A, B = [], []
    for (x, y), (u, v) in zip(quad, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    coeffs = np.linalg.solve(np.array(A, float), np.array(B, float))
    rgba = img.convert("RGBA")
    warped = rgba.transform(out_size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
    canvas = bg.copy().convert("RGBA")
    canvas.alpha_composite(warped)
    return canvas.convert("RGB")


def _noise_bg(size, base, rng, grain=10):
    w, h = size
    arr = np.ones((h, w, 3)) * np.array(base, float)
    arr += rng.normal(0, grain, (h, w, 1))
    yy, xx = np.mgrid[0:h, 0:w]
    arr *= (0.85 + 0.15 * np.sin(xx / 97.0) * np.cos(yy / 131.0))[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _lighting(img, rng, strength=0.25, glare=None):
    arr = np.asarray(img).astype(float)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.2, 0.5)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(w, h)
    arr *= (1 - strength * d)[..., None]
    if glare:
        gx, gy, r = glare
        g = np.exp(-(((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * r * r)))
        arr += (120 * g)[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _jpeg(img, out, q):
    img.save(out, "JPEG", quality=q)


def photo_laptop_screen(page, out, seed):
    """The page shown in a PDF viewer on a laptop screen, photographed: bezel, moire, scanlines, blur, glare."""
    rng = np.random.default_rng(seed)
    sh = 2600
    pg = page.resize((int(page.width * sh / page.height), sh), Image.LANCZOS)
    sw = int(sh * 16 / 10)
    screen = Image.new("RGB", (sw, sh + 120), (64, 66, 70))
    d = ImageDraw.Draw(screen)
    d.rectangle([0, 0, sw, 110], fill=(40, 42, 46))
    screen.paste(pg, ((sw - pg.width) // 2, 120))
    arr = np.asarray(screen).astype(float)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    # subpixel scanlines and a slanted moire beat
    arr *= (0.93 + 0.07 * np.sin(yy * 2 * math.pi / 3.0))[..., None]
    arr *= (0.94 + 0.06 * np.sin((xx * 0.26 + yy * 0.97) * 2 * math.pi / 23.0))[..., None]
    arr[..., 2] *= 1.04
    screen = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    # bezel + desk
    W, H = 4200, 3200
    bg = _noise_bg((W, H), (58, 52, 48), rng, 6)
    bezel = Image.new("RGB", (screen.width + 140, screen.height + 140), (18, 18, 20))
    bezel.paste(screen, (70, 70))
    sx = (W - 200) / bezel.width
    bw, bh = int(bezel.width * sx), int(bezel.height * sx)
    x0, y0 = 100, (H - bh) // 2
    quad = [
        (x0 + 30, y0 + 10),
        (x0 + bw - 40, y0 + 40),
        (x0 + bw - 10, y0 + bh - 30),
        (x0 + 10, y0 + bh),
    ]
    img = _perspective(bezel, (W, H), quad, bg)
    img = img.filter(ImageFilter.GaussianBlur(1.3))
    img = _lighting(img, rng, 0.2, glare=(W * 0.78, H * 0.22, 380))
    _jpeg(img, out, 84)


def _mesh_warp(img, rng, amp, cells=8):
    w, h = img.size
    gx, gy = cells, int(cells * h / w) + 1
    disp = rng.normal(0, amp, (gy + 1, gx + 1, 2))
    disp[0, :, :] = disp[-1, :, :] = 0
    disp[:, 0, :] = disp[:, -1, :] = 0
    mesh = []
    for j in range(gy):
        for i in range(gx):
            box = (int(i * w / gx), int(j * h / gy), int((i + 1) * w / gx), int((j + 1) * h / gy))

            def pt(ii, jj):
                return (ii * w / gx + disp[jj, ii, 0], jj * h / gy + disp[jj, ii, 1])

            quad = (*pt(i, j), *pt(i, j + 1), *pt(i + 1, j + 1), *pt(i + 1, j))
            mesh.append((box, quad))
    return img.transform(img.size, Image.MESH, mesh, Image.BICUBIC, fillcolor=(250, 250, 248))


def photo_folded(page, out, seed):
    """A page folded in thirds and crumpled, flattened on a table, photographed."""
    rng = np.random.default_rng(seed)
    pg = _mesh_warp(page, rng, 5.0, cells=10)
    arr = np.asarray(pg).astype(float)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    shade = np.ones((h, w))
    for fy, s in ((h / 3, 1), (2 * h / 3, -1)):
        shade *= (
            1
            - 0.16 * np.exp(-((yy - fy) ** 2) / (2 * 14.0**2))
            + 0.05 * s * np.tanh((yy - fy) / 60.0)
        )
    fx = w * 0.55
    shade *= 1 - 0.08 * np.exp(-((xx - fx) ** 2) / (2 * 10.0**2))
    crumple = (
        np.asarray(
            Image.fromarray((rng.random((h // 40, w // 40)) * 255).astype(np.uint8)).resize(
                (w, h), Image.BICUBIC
            )
        ).astype(float)
        / 255
    )
    shade *= 0.95 + 0.07 * crumple
    arr *= shade[..., None]
    pg = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    W, H = int(w * 1.18), int(h * 1.12)
    bg = _noise_bg((W, H), (120, 96, 70), rng, 8)
    m = 0.07
    quad = [
        (W * m, H * 0.05),
        (W * (1 - m) + 20, H * 0.04 + 15),
        (W * (1 - m), H * 0.96),
        (W * m - 15, H * 0.955),
    ]
    img = _perspective(pg, (W, H), quad, bg)
    img = _lighting(img, rng, 0.3).filter(ImageFilter.GaussianBlur(0.7))
    _jpeg(img, out, 86)


def photo_thumb(page, out, seed):
    """A hand-held page: a thumb and its shadow over the LEFT margin only."""
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = ink_box(page)
    pg = page.copy().convert("RGBA")
    sh = Image.new("L", pg.size, 0)
    d = ImageDraw.Draw(sh)
    cy = int(page.height * 0.55)
    tw = max(20, x0 - 10)
    d.ellipse([-tw, cy - 260, tw + 30, cy + 260], fill=150)
    sh = sh.filter(ImageFilter.GaussianBlur(40))
    dark = Image.new("RGBA", pg.size, (20, 15, 10, 255))
    pg = Image.composite(dark, pg, sh.point(lambda v: int(v * 0.75)))
    th = Image.new("L", pg.size, 0)
    ImageDraw.Draw(th).ellipse([-tw, cy - 190, int(tw * 0.8), cy + 190], fill=255)
    th = th.filter(ImageFilter.GaussianBlur(6))
    skin = Image.new("RGBA", pg.size, (206, 150, 122, 255))
    pg = Image.composite(skin, pg, th).convert("RGB")
    W, H = int(pg.width * 1.1), int(pg.height * 1.08)
    bg = _noise_bg((W, H), (90, 90, 96), rng, 12)
    quad = [(W * 0.05, H * 0.03), (W * 0.96, H * 0.05), (W * 0.95, H * 0.97), (W * 0.04, H * 0.96)]
    img = _perspective(pg, (W, H), quad, bg)
    img = _lighting(img, rng, 0.25).filter(ImageFilter.GaussianBlur(0.8))
    _jpeg(img, out, 85)


def photo_lowres(page, out, seed):
    """A phone photo of the page at about 100 dpi: soft, small, JPEG q62."""
    rng = np.random.default_rng(seed)
    W, H = int(page.width * 1.06), int(page.height * 1.05)
    bg = _noise_bg((W, H), (170, 160, 150), rng, 10)
    quad = [
        (W * 0.03, H * 0.02),
        (W * 0.975, H * 0.03),
        (W * 0.97, H * 0.985),
        (W * 0.025, H * 0.975),
    ]
    img = _perspective(page, (W, H), quad, bg)
    img = _lighting(img, rng, 0.22).filter(ImageFilter.GaussianBlur(0.6))
    _jpeg(img, out, 62)


def photo_desk_png(page, out, seed):
    """The page on a desk, shot from slightly above-left, a soft shadow across the bottom; saved PNG."""
    rng = np.random.default_rng(seed)
    W, H = int(page.width * 1.25), int(page.height * 1.15)
    bg = _noise_bg((W, H), (200, 190, 170), rng, 7)
    quad = [(W * 0.10, H * 0.05), (W * 0.92, H * 0.03), (W * 0.95, H * 0.96), (W * 0.06, H * 0.95)]
    img = _perspective(page, (W, H), quad, bg)
    arr = np.asarray(img).astype(float)
    yy = np.mgrid[0:H, 0:W][0]
    arr *= (1 - 0.25 * np.clip((yy - H * 0.8) / (H * 0.2), 0, 1))[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = _lighting(img, rng, 0.2).filter(ImageFilter.GaussianBlur(0.9))
    img.save(out, "PNG", optimize=True)


# ---------------------------------------------------------------- scans
def _to_pdf(images, out, dpi):
    paths = []
    for i, im in enumerate(images):
        p = out + f".{i}.png"
        im.save(p, dpi=(dpi, dpi))
        paths.append(p)
    with open(out, "wb") as fh:
        fh.write(img2pdf.convert(paths, layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))))
    for p in paths:
        os.remove(p)


def _to_pdf_jpeg(images, out, dpi, q=70):
    paths = []
    for i, im in enumerate(images):
        p = out + f".{i}.jpg"
        im.save(p, "JPEG", quality=q, dpi=(dpi, dpi))
        paths.append(p)
    with open(out, "wb") as fh:
        fh.write(img2pdf.convert(paths, layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))))
    for p in paths:
        os.remove(p)


def scan_photocopier(page, back, out, seed, dpi=200):
    """Photocopy: dark edges, the mirrored back page bleeding through, toner specks."""
    rng = np.random.default_rng(seed)
    g = np.asarray(page.convert("L")).astype(float)
    b = np.asarray(ImageOps.mirror(back.convert("L")).resize(page.size)).astype(float)
    g = np.minimum(g, 255 - (255 - b) * 0.16)
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w]
    edge = np.minimum.reduce([xx, yy, w - 1 - xx, h - 1 - yy]).astype(float)
    g *= np.clip(0.25 + edge / 60.0, 0, 1) ** 0.6
    g -= (rng.random((h, w)) < 0.0006) * 160
    g = g * 0.92 + rng.normal(0, 5, (h, w))
    img = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).rotate(
        -0.6, fillcolor=30, resample=Image.BICUBIC
    )
    _to_pdf_jpeg([img], out, dpi, 72)


def scan_fax(page, out, seed):
    """Fax: 200x100 dpi fine/standard mode stretched back to 200x200, bilevel, streaks, a header line."""
    rng = np.random.default_rng(seed)
    g = page.convert("L")
    w, h = g.size
    std = g.resize((w, h // 2), Image.BILINEAR)
    a = np.asarray(std).astype(float) + rng.normal(0, 18, (h // 2, w))
    bw = (a > 150).astype(np.uint8) * 255
    for col in rng.integers(0, w, 2):
        bw[:, col] = 0 if rng.random() < 0.5 else bw[:, col]
    img = Image.fromarray(bw).resize((w, h), Image.NEAREST)
    d = ImageDraw.Draw(img)
    d.text((40, 14), "DEC-02-2026 09:14   FROM: HR FRONT DESK        P.01/01", fill=0)
    img = img.convert("1")
    _to_pdf([img], out, 200)


def _otsu(a):
    hist = np.bincount(a.ravel(), minlength=256).astype(float)
    p = hist / hist.sum()
    omega = np.cumsum(p)
    mu = np.cumsum(p * np.arange(256))
    mt = mu[-1]
    sb = (mt * omega - mu) ** 2 / (omega * (1 - omega) + 1e-12)
    return int(np.argmax(sb))


def scan_otsu(page, out, seed):
    """Uneven-lit grey scan binarised with a global Otsu threshold (as a cheap office scanner does)."""
    rng = np.random.default_rng(seed)
    g = np.asarray(page.convert("L")).astype(float)
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w]
    g = g * (0.82 + 0.18 * xx / w) + rng.normal(0, 10, (h, w))
    g = np.clip(g, 0, 255).astype(np.uint8)
    t = _otsu(g)
    img = Image.fromarray(((g > t) * 255).astype(np.uint8)).rotate(0.5, fillcolor=255).convert("1")
    _to_pdf([img], out, 300)


def scan_pen(page, out, seed):
    """Colour scan with blue/red pen strokes drawn in the margins only (ticks, a circle, a wavy underline)."""
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = ink_box(page)
    img = page.convert("RGB")
    d = ImageDraw.Draw(img)
    w, h = img.size
    blue = (25, 45, 160)
    red = (180, 30, 30)
    for k in range(5):
        y = int(y0 + (y1 - y0) * (0.15 + 0.17 * k))
        x = int(x0 * 0.35)
        d.line([(x, y), (x + 14, y + 16), (x + 42, y - 22)], fill=blue, width=4)
    rx = (x1 + w) // 2
    d.ellipse([rx - 40, y0 + 40, rx + 40, y0 + 110], outline=red, width=4)
    pts = [(rx - 30 + 8 * i, int(h * 0.5 + 10 * math.sin(i / 1.5))) for i in range(8)]
    d.line(pts, fill=blue, width=3)
    ys = y1 + (h - y1) // 2
    pts = [
        (int(w * 0.25 + i * 18), int(ys + 8 * math.sin(i * 0.9) + rng.normal(0, 2)))
        for i in range(40)
    ]
    d.line(pts, fill=blue, width=3)
    arr = np.asarray(img).astype(float) * 0.97 + rng.normal(0, 4, (h, w, 1)) + np.array([4, 2, -6])
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).rotate(
        -0.4, fillcolor=(240, 240, 236), resample=Image.BICUBIC
    )
    _to_pdf_jpeg([img], out, 200, 78)


def scan_grey_pages(pages, out, seed, angles=(0.5, -0.8), dpi=200, contrast=0.8):
    rng = np.random.default_rng(seed)
    imgs = []
    for i, p in enumerate(pages):
        g = np.asarray(p.convert("L")).astype(float)
        g = 255 - (255 - g) * contrast + rng.normal(0, 6, g.shape) - 10
        im = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))
        imgs.append(im.rotate(angles[i % len(angles)], fillcolor=228, resample=Image.BICUBIC))
    _to_pdf_jpeg(imgs, out, dpi, 75)
