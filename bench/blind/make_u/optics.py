"""Cameras and scanners, with Pillow + numpy; every random draw is seeded per file."""

import io

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def _coeffs(src, dst):
    """Perspective coefficients mapping output points dst to input points src (Pillow's convention)."""
    a = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(np.array(a, dtype=float), b).tolist()


def photo(
    page,
    seed,
    angle=2.0,
    keystone=0.03,
    light=(0.2, 0.1),
    bg=(96, 78, 60),
    blur=0.9,
    noise=5.0,
    quality=72,
    out_w=2200,
    grain=True,
):
    """A page lying on a surface, photographed from slightly off-axis under uneven light."""
    rng = np.random.default_rng(seed)
    page = page.convert("RGB")
    w, h = page.size
    cw, ch = int(w * 1.16), int(h * 1.12)
    canvas = Image.new("RGB", (cw, ch), bg)
    if grain:
        tex = rng.normal(0, 9, (ch // 8 + 1, cw // 8 + 1, 1)).repeat(8, 0).repeat(8, 1)[:ch, :cw]
        canvas = Image.fromarray(np.clip(np.asarray(canvas, float) + tex, 0, 255).astype("uint8"))
    ox, oy = (cw - w) // 2, (ch - h) // 2
    shadow = Image.new("L", (cw, ch), 0)
    ImageDraw.Draw(shadow).rectangle([ox + 14, oy + 18, ox + w + 14, oy + h + 18], fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(18))
    dark = Image.new("RGB", (cw, ch), (20, 16, 12))
    canvas = Image.composite(dark, canvas, shadow)
    canvas.paste(page, (ox, oy))
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    k = keystone
    dst = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    src = [(cw * k, ch * k * 0.4), (cw * (1 - k * 0.6), 0), (cw, ch), (0, ch * (1 - k * 0.2))]
    canvas = canvas.transform(
        (cw, ch), Image.PERSPECTIVE, _coeffs(src, dst), Image.BICUBIC, fillcolor=bg
    )
    arr = np.asarray(canvas, float)
    yy, xx = np.mgrid[0:ch, 0:cw]
    gx, gy = light
    field = 1.0 - gx * (xx / cw) - gy * (yy / ch) + 0.06 * np.cos(xx / cw * 3.1)
    arr = arr * field[..., None] * np.array([1.0, 0.97, 0.9])
    arr = arr + rng.normal(0, noise, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).filter(
        ImageFilter.GaussianBlur(blur)
    )
    img = img.resize((out_w, int(ch * out_w / cw)), Image.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def screenshot(img, path):
    img.convert("RGB").save(path, "PNG", optimize=True)


def crop_to_content(img, bgcolor, pad=30):
    arr = np.asarray(img.convert("RGB"), int)
    diff = np.abs(arr - np.array(bgcolor)).sum(axis=2) > 30
    rows = np.where(diff.any(axis=1))[0]
    bottom = min(arr.shape[0], rows.max() + pad) if len(rows) else arr.shape[0]
    return img.crop((0, 0, img.size[0], bottom))


def scan(
    pages, seed, skews, dpi=200, bilevel=False, threshold=160, speckle=0.0006, tint=None, soften=0.6
):
    """Grey or 1-bit scanned pages, skewed and speckled, as an image-only PDF."""
    rng = np.random.default_rng(seed)
    out = []
    for page, skew in zip(pages, skews, strict=True):
        g = page.convert("L")
        g = g.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(g, float)
        arr = (
            arr * 0.93 + 10 + rng.normal(0, 4, arr.shape)
        )  # paper is not white, the sensor is noisy
        mask = rng.random(arr.shape) < speckle
        arr[mask] = rng.uniform(0, 90, mask.sum())
        edge = np.linspace(1.0, 0.9, arr.shape[1])[None, :]  # a darker binding edge on the right
        arr = arr * edge
        g = Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).filter(
            ImageFilter.GaussianBlur(soften)
        )
        buf = io.BytesIO()
        if bilevel:
            g = g.point(lambda v: 255 if v > threshold else 0).convert("1")
            g.save(buf, "PNG")
        else:
            g.save(buf, "JPEG", quality=78)
        out.append(buf.getvalue())
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    return img2pdf.convert(out, layout_fun=layout)
