"""Camera and scanner: phone photos of printed pages and grey scans, Pillow + numpy."""

import io

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def _coeffs(dst, src):
    """Perspective coefficients mapping output points dst to input points src (PIL convention)."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, float), np.array(b, float)).tolist()


def photo(page: Image.Image, out: str, seed: int, bg=(120, 92, 64), tilt=2.0, quality=72) -> None:
    rng = np.random.default_rng(seed)
    page = page.convert("RGB")
    w, h = page.size
    W, H = int(w * 1.18), int(h * 1.14)
    # background texture
    base = np.zeros((H, W, 3), float) + np.array(bg, float)
    grain = rng.normal(0, 9, (H // 8 + 1, W // 8 + 1, 1))
    grain = np.kron(grain, np.ones((8, 8, 1)))[:H, :W]
    stripes = 10 * np.sin(np.linspace(0, 40, W))[None, :, None]
    canvas = Image.fromarray(np.clip(base + grain + stripes, 0, 255).astype(np.uint8))
    # where the page corners land (keystone + rotation)
    cx, cy = W / 2, H / 2
    th = np.radians(tilt)
    corners = []
    for i, (x, y) in enumerate(
        [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    ):
        s = 0.93 if i < 2 else 1.0  # top edge farther away
        x, y = x * s, y * (0.97 if i < 2 else 1.0)
        xr = x * np.cos(th) - y * np.sin(th) + cx + rng.normal(0, 6)
        yr = x * np.sin(th) + y * np.cos(th) + cy + rng.normal(0, 6)
        corners.append((xr, yr))
    coeffs = _coeffs(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    dark = Image.new("RGB", (W, H), (25, 20, 15))
    canvas = Image.composite(
        dark,
        canvas,
        shadow.point(lambda v: int(v * 0.55)).transform(
            (W, H), Image.AFFINE, (1, 0, -14, 0, 1, -18)
        ),
    )
    canvas.paste(warped, (0, 0), mask)
    # uneven warm light and a soft shadow band across one corner
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.78 + 0.3 * np.exp(
        -(((xx - W * 0.3) / (W * 0.7)) ** 2 + ((yy - H * 0.25) / (H * 0.8)) ** 2)
    )
    band = 1 - 0.22 * (1 / (1 + np.exp(-(xx + yy * 0.6 - W * 1.05) / 60)))
    arr = np.asarray(canvas, float) * (light * band)[..., None] * np.array([1.03, 1.0, 0.92])
    arr += rng.normal(0, 4, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(0.9)
    )
    img.save(out, "JPEG", quality=quality)


def screenshot(page: Image.Image, out: str) -> None:
    page.convert("RGB").save(out, "PNG", optimize=True)


def scan(pages: list[Image.Image], out: str, seed: int, skew=0.8, dpi=200) -> None:
    rng = np.random.default_rng(seed)
    blobs = []
    for i, pg in enumerate(pages):
        g = pg.convert("L")
        g = g.rotate(
            skew * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=255
        )
        arr = np.asarray(g, float)
        arr = 235 - (235 - 30) * (1 - arr / 255)  # grey paper, soft black
        arr += rng.normal(0, 5, arr.shape)
        speck = rng.random(arr.shape) < 0.0007
        arr[speck] = rng.uniform(20, 120, speck.sum())
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(
            ImageFilter.GaussianBlur(0.6)
        )
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, 14, img.height], fill=90)  # dark scanner edge
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=80, dpi=(dpi, dpi))
        blobs.append(buf.getvalue())
    with open(out, "wb") as fh:
        fh.write(img2pdf.convert(blobs))
