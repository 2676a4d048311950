"""Camera and scanner for set k (numpy + Pillow): phone photos of pages, image-only scans."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter


def render_pages(pdf_path: str, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def _coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Perspective coefficients mapping output (dst) points back to input (src) points."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    sol = np.linalg.solve(np.array(rows, float), np.array(rhs, float))
    return sol.tolist()


def _surface(w: int, h: int, kind: str, rng: np.random.Generator) -> Image.Image:
    base = {
        "kitchen": (196, 178, 150),
        "clipboard": (70, 62, 58),
        "desk": (120, 92, 64),
        "counter": (205, 205, 200),
        "bed": (150, 160, 178),
    }[kind]
    arr = np.ones((h, w, 3), float) * np.array(base, float)
    small = rng.normal(0, 1, (max(2, h // 40), max(2, w // 40), 3))
    noise = (
        np.array(
            Image.fromarray(((small + 3) * 40).clip(0, 255).astype(np.uint8)).resize(
                (w, h), Image.BICUBIC
            ),
            float,
        )
        - 120
    )
    arr += noise * 0.18
    if kind in ("kitchen", "desk"):  # grain streaks
        streak = np.sin(np.linspace(0, 60, w))[None, :, None] * 6 + rng.normal(0, 3, (1, w, 1))
        arr += streak
    arr += rng.normal(0, 4, arr.shape)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _crease(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    arr = np.asarray(page).astype(float)
    h, w = arr.shape[:2]
    y0 = int(h * rng.uniform(0.47, 0.53))
    yy = np.arange(h)[:, None]
    tilt = (np.arange(w)[None, :] - w / 2) * rng.uniform(-0.01, 0.01)
    d = yy - y0 - tilt
    shade = 1 - 0.16 * np.exp(-((d - 2) ** 2) / 6) + 0.05 * np.exp(-((d + 5) ** 2) / 40)
    shade = shade * (1 - 0.05 * (d > 0) * np.exp(-d.clip(0) / (h * 0.25)))
    arr = arr * shade[:, :, None]
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def photo(
    page: Image.Image,
    out_path: str,
    *,
    seed: int,
    surface: str,
    out_w: int,
    fill: float,
    angle: float,
    keystone: float,
    quality: int,
    crease: bool = False,
    thumb: str = "",
    motion: int = 0,
    clip: bool = False,
    light: float = 0.3,
    portrait: bool = True,
) -> None:
    rng = np.random.default_rng(seed)
    if crease:
        page = _crease(page, rng)
    pw, ph = page.size
    aspect = ph / pw
    out_h = int(out_w * (1.33 if portrait else 0.75))
    canvas = _surface(out_w, out_h, surface, rng)
    # page size in the frame
    th = out_h * fill
    tw = th / aspect
    if tw > out_w * 0.95:
        tw = out_w * 0.95
        th = tw * aspect
    cx, cy = (
        out_w / 2 + rng.uniform(-0.03, 0.03) * out_w,
        out_h / 2 + rng.uniform(-0.02, 0.04) * out_h,
    )
    a = np.radians(angle)
    k = keystone
    corners = [
        (-tw / 2 * (1 - k), -th / 2),
        (tw / 2 * (1 - k), -th / 2),
        (tw / 2, th / 2),
        (-tw / 2, th / 2),
    ]
    dst = []
    for x, y in corners:
        x += rng.uniform(-0.008, 0.008) * tw
        y += rng.uniform(-0.008, 0.008) * th
        dst.append((cx + x * np.cos(a) - y * np.sin(a), cy + x * np.sin(a) + y * np.cos(a)))
    if clip:  # clipboard board under the page
        board = [(x + (x - cx) * 0.06, y + (y - cy) * 0.05 + th * 0.02) for x, y in dst]
        ImageDraw.Draw(canvas).polygon(board, fill=(92, 64, 42))
    # soft shadow
    shadow = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(shadow).polygon([(x + 10, y + 14) for x, y in dst], fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(18))
    canvas = Image.composite(Image.new("RGB", canvas.size, (25, 22, 20)), canvas, shadow)
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    warped = page.transform(canvas.size, Image.PERSPECTIVE, _coeffs(src, dst), Image.BICUBIC)
    mask = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(mask).polygon(dst, fill=255)
    canvas.paste(warped, (0, 0), mask.filter(ImageFilter.GaussianBlur(0.8)))
    draw = ImageDraw.Draw(canvas)
    if clip:
        (x0, y0), (x1, y1) = dst[0], dst[1]
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        cw = tw * 0.22
        draw.rounded_rectangle(
            [mx - cw / 2, my - th * 0.035, mx + cw / 2, my + th * 0.03],
            radius=10,
            fill=(168, 170, 176),
            outline=(90, 90, 95),
            width=3,
        )
        draw.rounded_rectangle(
            [mx - cw / 4, my - th * 0.05, mx + cw / 4, my - th * 0.02],
            radius=8,
            fill=(140, 142, 148),
        )
    arr = np.asarray(canvas).astype(float)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    ang = rng.uniform(0, 2 * np.pi)
    grad = ((xx - w / 2) * np.cos(ang) + (yy - h / 2) * np.sin(ang)) / max(w, h)
    vign = ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / (w**2 + h**2)
    lightmap = 1 - light * (grad + 0.5) * 0.6 - vign * 0.5
    arr = arr * lightmap[:, :, None] * np.array([1.02, 1.0, 0.95])
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if thumb:
        t = Image.new("L", img.size, 0)
        td = ImageDraw.Draw(t)
        tw_ = tw * 0.085
        if thumb == "left":  # from the left frame edge onto the page's left margin
            (ax, ay), (bx, by) = dst[0], dst[3]
            px, py = ax + (bx - ax) * 0.62, ay + (by - ay) * 0.62
            td.rectangle([0, py - tw_ / 2, max(1, px - tw_ * 0.4), py + tw_ / 2], fill=255)
            td.ellipse([px - tw_ * 1.3, py - tw_ / 2, px + tw_ * 0.45, py + tw_ / 2], fill=255)
            nail = [px - tw_ * 0.25, py - tw_ * 0.3, px + tw_ * 0.35, py + tw_ * 0.3]
        else:  # from the bottom frame edge onto the page's bottom margin
            (ax, ay), (bx, by) = dst[3], dst[2]
            px, py = ax + (bx - ax) * 0.68, ay + (by - ay) * 0.68
            td.rectangle([px - tw_ / 2, py + tw_ * 0.4, px + tw_ / 2, img.size[1]], fill=255)
            td.ellipse([px - tw_ / 2, py - tw_ * 0.45, px + tw_ / 2, py + tw_ * 1.3], fill=255)
            nail = [px - tw_ * 0.3, py - tw_ * 0.35, px + tw_ * 0.3, py + tw_ * 0.25]
        t = t.filter(ImageFilter.GaussianBlur(3))
        yy2, xx2 = np.mgrid[0 : img.size[1], 0 : img.size[0]]
        shade = 1 - 0.25 * np.clip(np.hypot(xx2 - px, yy2 - py) / (tw_ * 3), 0, 1)
        skin = (np.array([206, 156, 128], float)[None, None, :] * shade[:, :, None]).astype(
            np.uint8
        )
        skin_img = Image.fromarray(skin)
        sd = ImageDraw.Draw(skin_img)
        sd.ellipse(nail, fill=(226, 190, 172), outline=(180, 130, 110), width=2)
        shadow_t = t.filter(ImageFilter.GaussianBlur(12)).point(lambda v: int(v * 0.5))
        img = Image.composite(Image.new("RGB", img.size, (40, 35, 30)), img, shadow_t)
        img = Image.composite(skin_img, img, t)
    if motion:
        arr = np.asarray(img).astype(float)
        acc = np.zeros_like(arr)
        for i in range(motion):
            acc += np.roll(arr, i - motion // 2, axis=1)
        img = Image.fromarray((acc / motion).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    arr = np.asarray(img).astype(float) + rng.normal(0, 5, (img.size[1], img.size[0], 3))
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    img.save(out_path, "JPEG", quality=quality)


def scan(
    pages: list[Image.Image],
    out_path: str,
    *,
    seed: int,
    dpi: int,
    skew: float,
    bilevel: bool = False,
    low_contrast: bool = False,
    holes: bool = False,
    dark_border: bool = False,
    speckle: int = 400,
) -> None:
    rng = np.random.default_rng(seed)
    out = []
    for n, pg in enumerate(pages):
        g = pg.convert("L")
        arr = np.asarray(g).astype(float)
        if low_contrast:
            arr = 105 + arr * (225 - 105) / 255
        else:
            arr = arr * 0.96 + 6
        arr += rng.normal(0, 3.5, arr.shape)
        h, w = arr.shape
        if dark_border:
            yy, xx = np.mgrid[0:h, 0:w]
            edge = np.minimum.reduce([xx, yy, w - 1 - xx, h - 1 - yy]).astype(float)
            arr = arr * (1 - 0.85 * np.exp(-edge / (dpi * 0.08)))
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        d = ImageDraw.Draw(img)
        for _ in range(speckle):
            x, y = rng.integers(0, w), rng.integers(0, h)
            r = rng.uniform(0.5, 2.2) * dpi / 200
            d.ellipse([x - r, y - r, x + r, y + r], fill=int(rng.uniform(30, 120)))
        if holes:
            for fy in (0.14, 0.5, 0.86):
                cx, cy, r = dpi * 0.38, h * fy, dpi * 0.14
                d.ellipse([cx - r * 1.15, cy - r * 1.15, cx + r * 1.15, cy + r * 1.15], fill=150)
                d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=38)
        img = img.rotate(
            skew + rng.uniform(-0.15, 0.15) * n,
            resample=Image.BICUBIC,
            fillcolor=235 if not dark_border else 40,
        )
        img = img.filter(ImageFilter.GaussianBlur(0.5 if dpi >= 200 else 0.35))
        if bilevel:
            a = np.asarray(img).astype(float) + rng.normal(0, 14, (img.size[1], img.size[0]))
            img = Image.fromarray(((a > 150) * 255).astype(np.uint8)).convert("1")
        out.append(img)
    out[0].save(out_path, "PDF", save_all=True, append_images=out[1:], resolution=dpi)
