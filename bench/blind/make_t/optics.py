"""Camera and scanner effects with Pillow + numpy (seeded): desk photos, a scanner app, a fax, grey scans."""

import io

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output points dst -> input points src."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(a, b).tolist()


def desk(w, h, rng, kind="wood"):
    y, x = np.mgrid[0:h, 0:w].astype(float)
    if kind == "wood":
        base = np.array([122, 84, 52], float)
        grain = np.sin(
            y / 7.0 + 3 * np.sin(x / 160.0) + rng.normal(0, 0.02, (h, w)).cumsum(axis=1) * 0.02
        )
        img = base[None, None, :] * (0.86 + 0.1 * grain[..., None])
    elif kind == "cloth":
        base = np.array([58, 66, 80], float)
        img = base[None, None, :] * (
            0.9 + 0.1 * np.sin(x / 3.0)[..., None] * np.sin(y / 3.0)[..., None]
        )
    else:  # grey laminate
        base = np.array([168, 166, 160], float)
        img = base[None, None, :] * (0.95 + 0.05 * np.sin((x + y) / 90.0)[..., None])
    img += rng.normal(0, 4, img.shape)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def light(img, rng, cx, cy, strength=0.35, warm=(1.0, 0.97, 0.9)):
    """Uneven light: bright near (cx, cy) in 0..1 coordinates, falling off; warm tint."""
    a = np.asarray(img).astype(float)
    h, w = a.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(float)
    d = np.sqrt(((x / w) - cx) ** 2 + ((y / h) - cy) ** 2)
    g = 1.0 - strength * np.clip(d / 1.1, 0, 1) ** 1.4
    a = a * g[..., None] * np.array(warm)[None, None, :]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photo(
    page,
    rng,
    *,
    out_w=2400,
    tilt=2.0,
    keystone=0.04,
    bg="wood",
    light_at=(0.3, 0.2),
    blur=0.8,
    shadow=True,
    quality=72,
    margin=0.07,
    noise=5.0,
):
    """A phone photo of a printed page lying on a surface."""
    page = page.convert("RGB")
    pw, ph = page.size
    scale = out_w * (1 - 2 * margin) / pw
    page = page.resize((int(pw * scale), int(ph * scale)), Image.LANCZOS)
    pw, ph = page.size
    out_h = int(ph / (1 - 2 * margin) * 1.0)
    canvas = desk(out_w, out_h, rng, bg)
    ox, oy = (out_w - pw) // 2, (out_h - ph) // 2
    # page corners on the canvas: keystone (top narrower) + tilt
    k = keystone * pw
    dst = [
        (ox + k, oy + 0.3 * k),
        (ox + pw - k * 0.6, oy),
        (ox + pw + k * 0.2, oy + ph),
        (ox - k * 0.2, oy + ph - 0.2 * k),
    ]
    th = np.radians(tilt)
    cx, cy = out_w / 2, out_h / 2
    dst = [
        (
            cx + (x - cx) * np.cos(th) - (y - cy) * np.sin(th),
            cy + (x - cx) * np.sin(th) + (y - cy) * np.cos(th),
        )
        for x, y in dst
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(dst, src)
    warped = page.transform(
        (out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0)
    )
    mask = Image.new("L", page.size, 255).transform(
        (out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0
    )
    if shadow:
        sh = mask.filter(ImageFilter.GaussianBlur(18))
        sh = ImageChops.offset(sh, 14, 18)
        dark = Image.new("RGB", canvas.size, (20, 14, 10))
        canvas = Image.composite(dark, canvas, sh.point(lambda v: int(v * 0.55)))
    canvas = Image.composite(warped, canvas, mask)
    canvas = light(canvas, rng, *light_at)
    if blur:
        canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(canvas).astype(float) + rng.normal(0, noise, (out_h, out_w, 3))
    canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return canvas, quality


def soft_shadow_band(img, rng, x0, y0, x1, y1, alpha=0.35):
    """A soft hand/phone shadow over a region."""
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).ellipse((x0, y0, x1, y1), fill=int(255 * alpha))
    m = m.filter(ImageFilter.GaussianBlur(60))
    return Image.composite(Image.new("RGB", img.size, (30, 26, 22)), img, m)


def save_jpeg(img, path, quality):
    img.save(path, "JPEG", quality=quality, subsampling=2, optimize=True)


def grey_scan(page, rng, *, skew=0.8, speckle=0.0006, contrast=1.1, paper=242, blur=0.6):
    g = ImageOps.grayscale(page)
    g = g.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g).astype(float)
    a = paper - (255 - a) * contrast * (paper / 255)
    a += rng.normal(0, 3.0, a.shape)
    h, w = a.shape
    n = int(speckle * h * w)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    a[ys, xs] = rng.integers(60, 160, n)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img


def fax(page, rng, *, skew=0.5, threshold=168):
    """Bilevel fax look: 100 x 100 dpi-ish, hard threshold, streaks, jagged edges."""
    g = ImageOps.grayscale(page)
    w, h = g.size
    g = g.rotate(skew, resample=Image.BILINEAR, fillcolor=255)
    small = g.resize(
        (w * 2 // 3, h * 2 // 3 * 98 // 100), Image.BILINEAR
    )  # slightly squashed vertically
    a = np.asarray(small).astype(float) + rng.normal(0, 14, (small.size[1], small.size[0]))
    b = (a > threshold).astype(np.uint8) * 255
    for y in rng.integers(0, b.shape[0], 3):  # thin horizontal streaks of dropped lines
        b[y, :] = np.where(rng.random(b.shape[1]) < 0.5, 255, b[y, :])
    n = int(0.0004 * b.size)
    b[rng.integers(0, b.shape[0], n), rng.integers(0, b.shape[1], n)] = 0
    return Image.fromarray(b).convert("1")


def scanner_app(page, rng, *, tint=(0.98, 0.99, 1.0), watermark="Scanned with ClearScan"):
    """A phone scanner app's 'enhanced' page: flattened, whitened, a faint perspective residue, a
    watermark in the bottom margin."""
    p = page.convert("RGB")
    w, h = p.size
    d = 0.006 * w
    coeffs = perspective_coeffs(
        [(0, 0), (w, 0), (w, h), (0, h)], [(d, 0), (w - d * 0.4, d * 0.5), (w, h), (0, h - d)]
    )
    p = p.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(255, 255, 255))
    a = np.asarray(p).astype(float)
    a = 255 - (255 - a) * 1.25
    a = a * np.array(tint)[None, None, :]
    a += rng.normal(0, 2.5, a.shape)
    p = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    dr = ImageDraw.Draw(p)
    from PIL import ImageFont

    f = ImageFont.truetype(
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", max(12, h // 110)
    )
    tw = dr.textlength(watermark, font=f)
    dr.text(((w - tw) / 2, h - h * 0.03), watermark, fill=(150, 150, 160), font=f)
    return p


def to_jpeg_bytes(img, quality):
    bio = io.BytesIO()
    img.save(bio, "JPEG", quality=quality)
    return bio.getvalue()
