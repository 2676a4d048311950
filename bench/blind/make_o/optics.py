"""Camera and scanner simulations for set o (numpy + OpenCV + Pillow; seeded)."""

import io

import cv2
import img2pdf
import numpy as np
import pymupdf
from PIL import Image


def render(pdf: str, dpi: int, page: int = 0, gray: bool = False) -> np.ndarray:
    doc = pymupdf.open(pdf)
    pix = doc[page].get_pixmap(
        dpi=dpi, colorspace=pymupdf.csGRAY if gray else pymupdf.csRGB, alpha=False
    )
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return a[:, :, 0].copy() if gray else a.copy()


def wood(h: int, w: int, rng) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    n = cv2.resize(
        rng.random((h // 40 + 2, w // 40 + 2)).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    rings = np.sin((x * 0.012 + 6 * n + np.sin(y * 0.002) * 3) * 3.0) * 0.5 + 0.5
    base = np.stack([0.42 + 0.12 * rings, 0.27 + 0.08 * rings, 0.14 + 0.05 * rings], axis=2)
    grain = rng.normal(0, 0.02, (h, w, 1)).astype(np.float32)
    return np.clip((base + grain) * 255, 0, 255).astype(np.uint8)


def desk(h: int, w: int, rng, color=(70, 72, 78)) -> np.ndarray:
    c = np.ones((h, w, 3), np.float32) * np.array(color, np.float32)
    c += rng.normal(0, 6, (h, w, 1))
    return np.clip(c, 0, 255).astype(np.uint8)


def place(page: np.ndarray, bg: np.ndarray, corners) -> np.ndarray:
    """Warp the page onto the background at four destination corners (tl, tr, br, bl)."""
    h, w = page.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, np.float32(corners))
    H, W = bg.shape[:2]
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_CUBIC)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    # soft drop shadow under the page
    sh = cv2.GaussianBlur(cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H)), (0, 0), 18)
    sh = np.roll(sh, (14, 10), axis=(0, 1))
    out = bg.astype(np.float32) * (1 - 0.45 * sh[..., None])
    out = out * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def barrel(img: np.ndarray, k: float) -> np.ndarray:
    h, w = img.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    nx, ny = (x - cx) / cx, (y - cy) / cy
    r2 = nx * nx + ny * ny
    f = 1 + k * r2
    mx, my = nx * f * cx + cx, ny * f * cy + cy
    return cv2.remap(img, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def lamp(img: np.ndarray, cx: float, cy: float, fall: float, warm: bool = True) -> np.ndarray:
    h, w = img.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt(((x - cx * w) / w) ** 2 + ((y - cy * h) / h) ** 2)
    g = np.clip(1.08 - fall * d, 0.35, 1.1)
    out = img.astype(np.float32) * g[..., None]
    if warm:
        out *= np.array([1.04, 1.0, 0.86], np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def shadow(img: np.ndarray, poly, strength: float, blur: float) -> np.ndarray:
    h, w = img.shape[:2]
    m = np.zeros((h, w), np.float32)
    cv2.fillPoly(m, [np.int32(poly)], 1.0)
    m = cv2.GaussianBlur(m, (0, 0), blur)
    return np.clip(img.astype(np.float32) * (1 - strength * m[..., None]), 0, 255).astype(np.uint8)


def motion(img: np.ndarray, length: int, angle: float) -> np.ndarray:
    k = np.zeros((length, length), np.float32)
    k[length // 2, :] = 1
    M = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1)
    k = cv2.warpAffine(k, M, (length, length))
    k /= k.sum()
    return cv2.filter2D(img, -1, k)


def sensor(img: np.ndarray, rng, sigma: float, dark: float = 1.0) -> np.ndarray:
    f = img.astype(np.float32) * dark
    f += rng.normal(0, sigma, f.shape[:2] + (1,)) + rng.normal(0, sigma * 0.6, f.shape)
    return np.clip(f, 0, 255).astype(np.uint8)


def fold(page: np.ndarray, at: float) -> np.ndarray:
    """A page folded once across (at = fraction of height) and opened: the lower panel tilts, so it is
    shaded and slightly compressed, with a crease line."""
    h, w = page.shape[:2]
    y0 = int(h * at)
    top, bot = page[:y0], page[y0:]
    bot = cv2.resize(bot, (w, int(bot.shape[0] * 0.97)))
    ramp = np.linspace(0.80, 0.95, bot.shape[0], dtype=np.float32)[:, None, None]
    bot = np.clip(bot.astype(np.float32) * ramp, 0, 255).astype(np.uint8)
    out = np.full_like(page, 255)
    out[:y0] = top
    out[y0 : y0 + bot.shape[0]] = bot
    out = out[: y0 + bot.shape[0]]
    out[y0 - 2 : y0 + 2] = (out[y0 - 2 : y0 + 2].astype(np.float32) * 0.6).astype(np.uint8)
    return out


def save_jpeg(img: np.ndarray, out: str, q: int) -> None:
    Image.fromarray(img).save(out, "JPEG", quality=q, optimize=True)


# ---------- scanners ----------
def jpeg_bytes(gray: np.ndarray, q: int) -> bytes:
    b = io.BytesIO()
    Image.fromarray(gray).save(b, "JPEG", quality=q, dpi=(200, 200))
    return b.getvalue()


def pdf_from_images(pages: list[bytes], out: str, dpi: int) -> None:
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    with open(out, "wb") as fh:
        fh.write(
            img2pdf.convert(
                pages,
                layout_fun=layout,
                creationdate=None,
                moddate=None,
                producer="Scanner DS-1730 (simulated)",
            )
        )


def rotate(gray: np.ndarray, deg: float, fill: int = 255) -> np.ndarray:
    h, w = gray.shape
    M = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1)
    return cv2.warpAffine(gray, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def scan_noise(gray: np.ndarray, rng, sigma: float = 4) -> np.ndarray:
    return np.clip(
        gray.astype(np.float32) * 0.97 + 4 + rng.normal(0, sigma, gray.shape), 0, 255
    ).astype(np.uint8)


def fax(gray: np.ndarray, rng) -> np.ndarray:
    g = gray.astype(np.float32) + rng.normal(0, 22, gray.shape)
    bw = (g > 150).astype(np.uint8) * 255
    # dropouts: horizontal streaks where the fax lost a few lines
    for y in rng.integers(0, gray.shape[0], 6):
        bw[y : y + 2, :] = np.where(rng.random(bw.shape[1]) < 0.5, 255, bw[y : y + 2, :])
    return bw


def punch_holes(gray: np.ndarray, dpi: int, lid: int = 60) -> np.ndarray:
    h, w = gray.shape
    out = gray.copy()
    for fy in (0.18, 0.5, 0.82):
        cv2.circle(
            out, (int(0.4 * dpi), int(fy * h)), int(0.14 * dpi), lid, -1, lineType=cv2.LINE_AA
        )
    return out


def staple(gray: np.ndarray, dpi: int) -> np.ndarray:
    out = gray.astype(np.float32)
    m = np.zeros_like(out)
    x0, y0 = int(0.35 * dpi), int(0.3 * dpi)
    cv2.line(m, (x0, y0 + int(0.3 * dpi)), (x0 + int(0.45 * dpi), y0), 1.0, max(2, dpi // 60))
    m2 = cv2.GaussianBlur(m, (0, 0), dpi / 40)
    out = out * (1 - 0.55 * m2) * (1 - 0.7 * m)
    return np.clip(out, 0, 255).astype(np.uint8)


def photocopy(gray: np.ndarray, rng, dpi: int) -> np.ndarray:
    h, w = gray.shape
    g = gray.astype(np.float32)
    g = np.clip((g - 40) * 1.25, 0, 255)  # contrast of a copier
    edge = np.clip(1 - np.linspace(0, 1, int(0.5 * dpi)) ** 0.5, 0, 1)
    g[:, : edge.size] *= (1 - 0.65 * edge)[None, :]
    g[: int(0.25 * dpi), :] *= 0.85
    specks = rng.random((h, w)) < 0.0012
    g[specks] = rng.integers(0, 90, specks.sum())
    blobs = cv2.GaussianBlur((rng.random((h, w)) < 0.00005).astype(np.float32), (0, 0), 2) > 0.02
    g[blobs] = 30
    return np.clip(g, 0, 255).astype(np.uint8)
