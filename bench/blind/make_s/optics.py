"""Set s's cameras and scanners: Pillow + numpy only (no OpenCV), poppler for rasters, img2pdf for scans.

Each public function takes the source PDF, the target file and the Resume, and keeps every truth value
legible: occluders (thumb, sticky notes, hole punches) go only where the raster has no ink, creases are
put in the gaps between text lines, and highlighter is a multiply that leaves the ink dark.
Noise is seeded per file, so a rebuild gives the same pixels (PDF containers still carry dates).
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import zlib
from pathlib import Path
from typing import Any

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from model import Job

HAND = "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf"
UI = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
UI_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers


def rng_for(target: Path) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(target.name.encode()))


def raster(pdf: Path, dpi: float, page: int = 1, width: int | None = None) -> np.ndarray:
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-png", "-f", str(page), "-l", str(page)]
        args += ["-scale-to-x", str(width), "-scale-to-y", "-1"] if width else ["-r", str(dpi)]
        subprocess.run([*args, str(pdf), f"{tmp}/p"], check=True)
        png = sorted(Path(tmp).glob("p*.png"))[0]
        return np.asarray(Image.open(png).convert("RGB"), dtype=np.float32) / 255.0


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def line_boxes(
    pdf: Path, dpi: float, page: int = 1
) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(text, (x0, y0, x1, y1)) of each text line of a page, in pixels at dpi."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    k = dpi / 72.0
    out = []
    for m in re.finditer(
        r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>',
        xml,
        re.S,
    ):
        words = re.findall(r">([^<]*)</word>", m.group(5))
        box = tuple(float(m.group(i)) * k for i in range(1, 5))
        out.append((" ".join(words), box))
    return out


def ink_free(img: np.ndarray, box: tuple[int, int, int, int], thresh: float = 0.8) -> bool:
    x0, y0, x1, y1 = box
    region = img[max(0, y0) : y1, max(0, x0) : x1]
    return region.size > 0 and float(region.min()) > thresh


def find_blank(img: np.ndarray, w: int, h: int, corner: str, step: int = 10) -> tuple[int, int]:
    """Top-left of a w x h ink-free box as near to the given corner as possible."""
    H, W = img.shape[:2]
    grey = img.mean(axis=2)
    xs = range(W - w - 20, 20, -step) if "right" in corner else range(20, W - w - 20, step)
    ys = range(H - h - 20, 20, -step) if "bottom" in corner else range(20, H - h - 20, step)
    best = None
    for y in ys:
        for x in xs:
            if float(grey[y : y + h, x : x + w].min()) > 0.82:
                d = (W - x if "right" in corner else x) + (H - y if "bottom" in corner else y)
                if best is None or d < best[0]:
                    best = (d, x, y)
                break
    if best is None:
        raise SystemExit(f"no blank {w}x{h} area near the {corner}")
    return best[1], best[2]


def bilinear(
    img: np.ndarray, sx: np.ndarray, sy: np.ndarray, fill: float | np.ndarray = 1.0
) -> np.ndarray:
    """Sample img at float coordinates (sx, sy); outside the image -> fill."""
    H, W = img.shape[:2]
    x0 = np.floor(sx).astype(np.int64)
    y0 = np.floor(sy).astype(np.int64)
    fx = (sx - x0)[..., None]
    fy = (sy - y0)[..., None]
    inside = (sx >= 0) & (sx <= W - 1) & (sy >= 0) & (sy <= H - 1)
    x0c, y0c = np.clip(x0, 0, W - 1), np.clip(y0, 0, H - 1)
    x1c, y1c = np.clip(x0 + 1, 0, W - 1), np.clip(y0 + 1, 0, H - 1)
    top = img[y0c, x0c] * (1 - fx) + img[y0c, x1c] * fx
    bot = img[y1c, x0c] * (1 - fx) + img[y1c, x1c] * fx
    out = top * (1 - fy) + bot * fy
    fill_arr = np.broadcast_to(np.asarray(fill, dtype=np.float32), out.shape)
    return np.where(inside[..., None], out, fill_arr)


def homography(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> np.ndarray:
    a = []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.asarray(a, dtype=np.float64))
    h = vt[-1].reshape(3, 3)
    return h / h[2, 2]


def onto(page: np.ndarray, bg: np.ndarray, quad: list[tuple[float, float]]) -> np.ndarray:
    """Warp the page into quad (tl, tr, br, bl) of the background; returns the composite."""
    H, W = page.shape[:2]
    Hb, Wb = bg.shape[:2]
    inv = homography(quad, [(0, 0), (W - 1, 0), (W - 1, H - 1), (0, H - 1)])
    yy, xx = np.mgrid[0:Hb, 0:Wb].astype(np.float64)
    d = inv[2, 0] * xx + inv[2, 1] * yy + inv[2, 2]
    sx = (inv[0, 0] * xx + inv[0, 1] * yy + inv[0, 2]) / d
    sy = (inv[1, 0] * xx + inv[1, 1] * yy + inv[1, 2]) / d
    inside = ((sx >= 0) & (sx <= W - 1) & (sy >= 0) & (sy <= H - 1))[..., None]
    warped = bilinear(page, sx, sy, 0.0)
    # a soft drop shadow under the sheet
    mask = Image.fromarray((inside[..., 0] * 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(9)
    )
    shadow = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    shadow = np.roll(shadow, (6, 5), axis=(0, 1))
    base = bg * (1 - 0.45 * shadow)
    return np.where(inside, warped, base)


def wood(h: int, w: int, rng: np.random.Generator, tone=(0.46, 0.33, 0.22)) -> np.ndarray:
    y = np.linspace(0, 1, h)[:, None]
    x = np.linspace(0, 1, w)[None, :]
    grain = 0.06 * np.sin(2 * np.pi * (y * 9 + 0.3 * np.sin(x * 7))) + 0.03 * np.sin(
        2 * np.pi * y * 41
    )
    base = np.stack([np.full((h, w), c) for c in tone], axis=2) * (1 + grain[..., None])
    return np.clip(base + rng.normal(0, 0.015, (h, w, 1)), 0, 1).astype(np.float32)


def sensor_noise(
    img: np.ndarray, rng: np.random.Generator, luma: float, chroma: float
) -> np.ndarray:
    n = rng.normal(0, luma, img.shape[:2])[..., None] + rng.normal(0, chroma, img.shape)
    return np.clip(img + n.astype(np.float32), 0, 1)


def blur(img: np.ndarray, radius: float) -> np.ndarray:
    im = Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(radius)
    )
    return np.asarray(im, dtype=np.float32) / 255.0


def motion_blur(img: np.ndarray, length: int, angle_deg: float) -> np.ndarray:
    a = np.deg2rad(angle_deg)
    acc = np.zeros_like(img)
    for t in np.linspace(-length / 2, length / 2, length * 2 + 1):
        dx, dy = int(round(t * np.cos(a))), int(round(t * np.sin(a)))
        acc += np.roll(img, (dy, dx), axis=(0, 1))
    return acc / (length * 2 + 1)


def rotate(img: np.ndarray, deg: float, fill=(1.0, 1.0, 1.0)) -> np.ndarray:
    im = Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8))
    im = im.rotate(
        deg, resample=Image.BICUBIC, expand=True, fillcolor=tuple(int(c * 255) for c in fill)
    )
    return np.asarray(im, dtype=np.float32) / 255.0


def to_image(img: np.ndarray, mode: str = "RGB") -> Image.Image:
    im = Image.fromarray((np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8))
    return im.convert(mode) if mode != "RGB" else im


def highlight(
    img: np.ndarray, boxes, rng: np.random.Generator, colour=(1.0, 0.93, 0.35), pad: float = 4
) -> np.ndarray:
    out = img.copy()
    H, W = img.shape[:2]
    for x0, y0, x1, y1 in boxes:
        x0, x1 = int(x0 - pad - rng.integers(2, 9)), int(x1 + pad + rng.integers(2, 12))
        y0, y1 = int(y0 - pad * 0.6), int(y1 + pad * 0.6)
        mask = np.zeros((H, W), np.float32)
        mask[max(0, y0) : y1, max(0, x0) : x1] = 1.0
        # a slightly wavy, tapered stroke
        wob = (np.sin(np.linspace(0, 3 * np.pi, W)) * 1.5).astype(int)
        mask = np.stack([np.roll(mask[:, c], wob[c]) for c in range(W)], axis=1)
        mask = (
            np.asarray(
                Image.fromarray((mask * 255).astype(np.uint8)).filter(
                    ImageFilter.GaussianBlur(1.2)
                ),
                np.float32,
            )
            / 255
        )
        out = out * (1 - mask[..., None] * (1 - np.asarray(colour, np.float32)))
    return out


def sticky_note(
    img: np.ndarray,
    x: int,
    y: int,
    size: int,
    lines: list[str],
    rng: np.random.Generator,
    angle: float = -4.0,
) -> np.ndarray:
    note = Image.new("RGBA", (size, size), (255, 236, 120, 255))
    d = ImageDraw.Draw(note)
    d.rectangle([0, 0, size - 1, int(size * 0.12)], fill=(250, 226, 96, 255))
    font = ImageFont.truetype(HAND, int(size * 0.13))
    for k, t in enumerate(lines):
        d.text(
            (int(size * 0.08), int(size * 0.2) + k * int(size * 0.17)),
            t,
            font=font,
            fill=(25, 45, 140, 255),
        )
    note = note.rotate(angle, resample=Image.BICUBIC, expand=True)
    base = to_image(img).convert("RGBA")
    shadow = Image.new("RGBA", note.size, (0, 0, 0, 0))
    shadow.putalpha(
        note.getchannel("A").point(lambda a: int(a * 0.35)).filter(ImageFilter.GaussianBlur(6))
    )
    base.alpha_composite(shadow, (x + 6, y + 8))
    base.alpha_composite(note, (x, y))
    return np.asarray(base.convert("RGB"), np.float32) / 255


def crease_rows(boxes, H: int, targets: list[float]) -> list[int]:
    """For each target fraction of the height, the row nearest to it that lies in a gap between text
    lines (at least 6 px clear of ink on both sides)."""
    spans = sorted((b[1], b[3]) for _, b in boxes)
    gaps = []
    prev = 0.0
    for y0, y1 in spans:
        if y0 - prev > 12:
            gaps.append((prev + 6, y0 - 6))
        prev = max(prev, y1)
    gaps.append((prev + 6, H - 6))
    rows = []
    for t in targets:
        want = t * H
        rows.append(int(min((min(max(want, a), b) for a, b in gaps), key=lambda g: abs(g - want))))
    return rows


def crease(img: np.ndarray, row: int, strength: float = 1.0, width: int = 26) -> np.ndarray:
    H = img.shape[0]
    y = np.arange(H, dtype=np.float32)[:, None, None]
    d = y - row
    shade = 1 - 0.10 * strength * np.exp(-np.maximum(d, 0) / width) * (
        d >= 0
    )  # shadow below the fold
    shade -= 0.22 * strength * np.exp(-(d**2) / 2.0)  # the crease line itself
    shade += 0.05 * strength * np.exp(-((d + 3) ** 2) / 3.0)  # highlight on the ridge
    return np.clip(img * shade, 0, 1)


def scan_pdf(images: list[Image.Image], target: Path, dpi: int, quality: int = 80) -> None:
    blobs = []
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
        blobs.append(buf.getvalue())
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    target.write_bytes(img2pdf.convert(blobs, layout_fun=layout))


def copier_edges(img: np.ndarray, rng: np.random.Generator, boxes=()) -> np.ndarray:
    """Dark, uneven photocopier borders and toner specks (none inside a text line's box)."""
    H, W = img.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    left = np.exp(-xx / (18 + 6 * np.sin(yy / 90)))
    right = np.exp(-(W - 1 - xx) / (26 + 8 * np.cos(yy / 130)))
    top = np.exp(-yy / 14)
    dark = np.clip(0.85 * left + 0.9 * right + 0.6 * top, 0, 1)[..., None]
    out = img * (1 - 0.88 * dark)
    specks = rng.random((H, W)) < 0.00008
    for _, (x0, y0, x1, y1) in boxes:
        specks[max(0, int(y0) - 4) : int(y1) + 4, max(0, int(x0) - 4) : int(x1) + 4] = False
    specks = (
        np.asarray(
            Image.fromarray((specks * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(3)),
            np.float32,
        )
        / 255
    )
    out = out * (1 - 0.7 * specks[..., None])
    return np.clip(out, 0, 1)


# ---------------------------------------------------------------- photos


def photo_curl_lowlight(src: Path, target: Path, r: Any) -> None:
    """A sheet curling up towards its right edge, photographed in a dim room: underexposed, warm,
    with sensor noise and a soft vignette."""
    rng = rng_for(target)
    page = raster(src, 150)
    H, W = page.shape[:2]
    xs = np.arange(W, dtype=np.float64)
    t = np.clip((xs - 0.62 * W) / (0.38 * W), 0, 1)
    z = 150 * t**2.2  # height of the paper above the table, in pixels
    f = 2600.0
    s = 1 + z / f
    slope = np.gradient(z)
    fx = np.cumsum(1 / np.sqrt(1 + slope**2))  # foreshortening along the curl
    fx = fx - fx[0]
    fx = fx * s
    cy = H / 2
    out_w = int(fx[-1]) + 2
    out_h = int(H * s.max()) + 2
    yy, uu = np.mgrid[0:out_h, 0:out_w].astype(np.float64)
    sx = np.interp(uu, fx, xs, right=W + 10)
    ss = np.interp(sx, xs, s)
    lift = np.interp(sx, xs, z) * 0.35
    sy = cy + (yy - (out_h - H) / 2 - cy + lift) / ss
    curled = bilinear(page, sx, sy, 0.0)
    light = 1 - 0.28 * np.interp(sx, xs, np.abs(slope) / (np.abs(slope).max() + 1e-6))
    curled = curled * light[..., None]
    mask = ((sx >= 0) & (sx <= W - 1) & (sy >= 0) & (sy <= H - 1)).astype(np.float32)
    bg = wood(out_h + 260, out_w + 300, rng, tone=(0.30, 0.24, 0.19))
    comp = bg.copy()
    oy, ox = 130, 150
    sl = comp[oy : oy + out_h, ox : ox + out_w]
    comp[oy : oy + out_h, ox : ox + out_w] = np.where(
        mask[..., None] > 0, curled, sl * (1 - 0.35 * blur(mask[..., None].repeat(3, 2), 8))
    )
    Hc, Wc = comp.shape[:2]
    comp = onto(
        comp,
        wood(Hc, Wc, rng, tone=(0.30, 0.24, 0.19)),
        [(14, 10), (Wc - 30, 26), (Wc - 8, Hc - 18), (6, Hc - 6)],
    )
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    vig = 1 - 0.35 * (((xx - Wc / 2) / Wc) ** 2 + ((yy - Hc / 2) / Hc) ** 2) * 2
    comp = comp * vig[..., None] * np.asarray([0.58, 0.52, 0.42], np.float32)  # dim, warm bulb
    comp = np.clip(comp, 0, 1) ** 0.92
    comp = sensor_noise(blur(comp, 0.7), rng, 0.022, 0.014)
    to_image(comp).save(target, "JPEG", quality=84)


def photo_crease_thumb(src: Path, target: Path, r: Any) -> None:
    """A letter unfolded once (crease with a shadow below it) held flat with a thumb on the left margin."""
    rng = rng_for(target)
    dpi = 150
    page = raster(src, dpi)
    H, W = page.shape[:2]
    boxes = line_boxes(src, dpi)
    (row,) = crease_rows(boxes, H, [0.40])
    page = crease(page, row, 1.0)
    page[row:] = np.clip(page[row:] * 0.95, 0, 1)
    left_ink = int(min(b[0] for _, b in boxes))
    bg = wood(H + 240, W + 260, rng)
    Hb, Wb = bg.shape[:2]
    quad = [(150, 95), (Wb - 120, 120), (Wb - 95, Hb - 100), (120, Hb - 115)]
    comp = onto(page, bg, quad)
    # a thumb holding the sheet down: it comes in from the desk over the left edge and covers only
    # the blank margin (its reach into the page is kept short of the first ink)
    cy = int(Hb * 0.60)
    edge = quad[0][0] + (quad[3][0] - quad[0][0]) * (cy - quad[0][1]) / (quad[3][1] - quad[0][1])
    reach = min(78, left_ink - 16)
    ax, ay, tilt = 105.0, 140.0, np.deg2rad(-18)
    cx = edge + reach - ax
    yy, xx = np.mgrid[0:Hb, 0:Wb].astype(np.float32)
    u = (xx - cx) * np.cos(tilt) + (yy - cy) * np.sin(tilt)
    v = -(xx - cx) * np.sin(tilt) + (yy - cy) * np.cos(tilt)
    ell = (u / ax) ** 2 + (v / ay) ** 2
    m = np.clip((1.0 - ell) * 8, 0, 1)[..., None]
    shade = np.clip(0.78 + 0.22 * (1 - ell) - 0.12 * (u / ax), 0.5, 1.05)[..., None]
    skin = np.asarray([0.86, 0.62, 0.50], np.float32) * shade
    nail_e = ((u - ax * 0.52) / (ax * 0.36)) ** 2 + (v / (ay * 0.30)) ** 2
    nail = np.clip((1 - nail_e) * 6, 0, 1)[..., None]
    skin = skin * (1 - nail) + np.asarray([0.93, 0.78, 0.74], np.float32) * nail
    shadow = blur(np.repeat(m, 3, 2), 10)
    comp = comp * (1 - 0.35 * np.roll(shadow, (8, 10), axis=(0, 1)))
    comp = comp * (1 - m) + skin * m
    comp = sensor_noise(blur(comp, 0.6), rng, 0.012, 0.006)
    to_image(comp).save(target, "JPEG", quality=86)


def photo_blur_highlighter(src: Path, target: Path, r: Any) -> None:
    """Yellow highlighter over the licence lines, then a hand-held shot with slight motion blur and noise."""
    rng = rng_for(target)
    dpi = 150
    page = raster(src, dpi)
    boxes = line_boxes(src, dpi)
    marked = [b for t, b in boxes if "OT018812" in t or "OT.016227" in t]
    assert len(marked) == 2, marked
    page = highlight(page, marked, rng)
    H, W = page.shape[:2]
    bg = np.ones((H + 200, W + 220, 3), np.float32) * np.asarray([0.55, 0.57, 0.60], np.float32)
    bg = sensor_noise(bg, rng, 0.02, 0.0)
    Hb, Wb = bg.shape[:2]
    comp = onto(page, bg, [(95, 70), (Wb - 85, 100), (Wb - 120, Hb - 75), (120, Hb - 95)])
    comp = motion_blur(comp, 2, 18)
    comp = sensor_noise(comp * 0.93, rng, 0.02, 0.012)
    to_image(comp).save(target, "JPEG", quality=85)


def phone_screenshot(src: Path, target: Path, r: Any) -> None:
    """A 1080 x 2340 screenshot of a mobile PDF viewer: status bar, toolbar with the file name, the page
    scrolled a little under the toolbar (top margin only), a '1 / 1' page bubble and the navigation bar."""
    Wp, Hp = 1080, 2340
    page = raster(src, 0, width=1030)
    ph, pw = page.shape[:2]
    canvas = Image.new("RGB", (Wp, Hp), (224, 224, 226))
    scrolled = 46  # page pixels hidden under the toolbar: top margin only
    grey = page.mean(axis=2)
    assert float(grey[: scrolled + 4].min()) > 0.9, "scroll would hide ink"
    canvas.paste(to_image(page[scrolled:]), (25, 232))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, Wp, 92], fill=(248, 248, 250))
    f_s = ImageFont.truetype(UI_BOLD, 34)
    d.text((44, 24), "9:41", font=f_s, fill=(20, 20, 20))
    for k, hgt in enumerate((12, 18, 24, 30)):
        d.rectangle([880 + k * 14, 62 - hgt, 890 + k * 14, 62], fill=(20, 20, 20))
    d.rounded_rectangle([950, 34, 1018, 64], 6, outline=(20, 20, 20), width=3)
    d.rectangle([955, 39, 1000, 59], fill=(20, 20, 20))
    d.rectangle([1019, 43, 1024, 55], fill=(20, 20, 20))
    d.rectangle([0, 92, Wp, 232], fill=(250, 250, 252))
    d.line([0, 232, Wp, 232], fill=(200, 200, 204), width=2)
    f_t = ImageFont.truetype(UI, 38)
    d.text((40, 138), "‹", font=ImageFont.truetype(UI, 60), fill=(0, 110, 230))
    d.text((100, 140), "Resume_Beaumont-Achebe.pdf", font=f_t, fill=(30, 30, 30))
    d.text((990, 136), "⋮", font=ImageFont.truetype(UI_BOLD, 44), fill=(60, 60, 60))
    bubble = (470, 2080, 610, 2140)  # the viewer's page bubble, over the grey below the page
    assert 232 + ph - scrolled < bubble[1]
    d.rounded_rectangle(bubble, 30, fill=(60, 60, 64))
    d.text((502, 2090), "1 / 1", font=ImageFont.truetype(UI, 32), fill=(255, 255, 255))
    d.rectangle([0, Hp - 120, Wp, Hp], fill=(248, 248, 250))
    d.rounded_rectangle([Wp // 2 - 140, Hp - 50, Wp // 2 + 140, Hp - 38], 6, fill=(30, 30, 30))
    canvas.save(target, "PNG", optimize=True)


def photo_sticky_skew(src: Path, target: Path, r: Any) -> None:
    """A sticky note on the bottom-right blank of the page, the whole sheet photographed 2 deg skewed
    on a grey desk mat, even light."""
    rng = rng_for(target)
    page = raster(src, 150)
    size = 300
    x, y = find_blank(page, size + 40, size + 40, "bottom-right")
    page = sticky_note(
        page, x + 10, y + 10, size, ["Nights OK?", "ask about", "CT cross-cover"], rng
    )
    page = rotate(page, 2.0, fill=(0.36, 0.38, 0.40))
    H, W = page.shape[:2]
    bg = sensor_noise(
        np.ones((H + 160, W + 160, 3), np.float32) * np.asarray([0.36, 0.38, 0.40], np.float32),
        rng,
        0.02,
        0.0,
    )
    bg[80 : 80 + H, 80 : 80 + W] = page
    comp = blur(bg, 0.5)
    comp = sensor_noise(comp, rng, 0.008, 0.004)
    to_image(comp).save(target, "PNG", optimize=True)


# ---------------------------------------------------------------- scans


def scan_holepunch_copier(src: Path, target: Path, r: Any) -> None:
    """A photocopy of a three-hole-punched sheet, scanned at 200 dpi: black holes in the left margin,
    dark uneven copier edges, toner specks, a little extra contrast."""
    rng = rng_for(target)
    dpi = 200
    page = raster(src, dpi)
    H, W = page.shape[:2]
    boxes = line_boxes(src, dpi)
    left_ink = int(min(b[0] for _, b in boxes))
    rad = int(0.13 * dpi)
    cx = int(0.42 * dpi)
    assert cx + rad + 12 < left_ink
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    for cyf in (0.5 - 4.25 / 11, 0.5, 0.5 + 4.25 / 11):
        cy = cyf * H
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
        page = page * np.where(dist < rad, 0.06, 1)[..., None]
        page = page * (1 - 0.25 * np.exp(-((dist - rad - 2) ** 2) / 6))[..., None]
    page = copier_edges(page, rng, boxes)
    grey = page.mean(axis=2, keepdims=True)
    grey = np.clip((grey - 0.08) * 1.12, 0, 1)
    grey = sensor_noise(grey, rng, 0.018, 0.0)
    img = to_image(rotate(grey.repeat(3, 2), -0.3), "L")
    scan_pdf([img], target, dpi, quality=82)


def scan_150dpi(src: Path, target: Path, r: Any) -> None:
    """A plain 150 dpi greyscale scan, a touch of skew, off-white paper, JPEG."""
    rng = rng_for(target)
    page = raster(src, 150)
    page = page * np.asarray([0.97, 0.96, 0.93], np.float32)
    page = rotate(page, 0.4, fill=(0.97, 0.96, 0.93))
    page = sensor_noise(blur(page, 0.35), rng, 0.015, 0.0)
    scan_pdf([to_image(page, "L")], target, 150, quality=78)


def scan_trifold_skew(src: Path, target: Path, r: Any) -> None:
    """A letter that was folded in three for an envelope, scanned 2 deg skewed: two creases with shadow."""
    rng = rng_for(target)
    dpi = 200
    page = raster(src, dpi)
    H = page.shape[0]
    rows = crease_rows(line_boxes(src, dpi), H, [1 / 3, 2 / 3])
    page = crease(page, rows[0], 0.8, width=30)
    page = crease(page, rows[1], 0.9, width=30)
    page = rotate(page, -2.0, fill=(0.95, 0.95, 0.95))
    page = sensor_noise(page, rng, 0.014, 0.0)
    scan_pdf([to_image(page, "L")], target, dpi, quality=82)


def scan_highlighter_sticky(src: Path, target: Path, r: Any) -> None:
    """A colour scan: yellow highlighter over the three job titles, a sticky note on the bottom-right blank."""
    rng = rng_for(target)
    dpi = 200
    page = raster(src, dpi)
    boxes = line_boxes(src, dpi)
    titles = [j.title for s in r.main for j in s.items if isinstance(j, Job)]
    marked = [b for t, b in boxes if any(t.startswith(x) for x in titles)]
    assert len(marked) == 3, marked
    page = highlight(page, marked, rng, pad=5)
    x, y = find_blank(page, 420, 420, "bottom-right")
    page = sticky_note(
        page, x + 15, y + 15, 380, ["Peds + NICU", "travel? call", "after 3 pm"], rng, angle=3.0
    )
    page = rotate(page, 0.6, fill=(0.98, 0.98, 0.98))
    page = sensor_noise(page * np.asarray([0.99, 0.98, 0.96], np.float32), rng, 0.012, 0.006)
    scan_pdf([to_image(page)], target, dpi, quality=84)


def scan_two_page_copier(src: Path, target: Path, r: Any) -> None:
    """Both pages of a photocopied resume, 200 dpi grey, different small skews, copier edges."""
    rng = rng_for(target)
    dpi = 200
    n = pages(src)
    assert n == 2, n
    imgs = []
    for p, deg in zip((1, 2), (0.8, -0.5), strict=True):
        page = raster(src, dpi, page=p)
        page = copier_edges(page, rng, line_boxes(src, dpi, page=p))
        grey = page.mean(axis=2, keepdims=True).repeat(3, 2)
        grey = sensor_noise(rotate(grey, deg), rng, 0.016, 0.0)
        imgs.append(to_image(grey, "L"))
    scan_pdf(imgs, target, dpi, quality=80)
