"""Camera and scanner of set l (numpy + OpenCV + Pillow), seeded per file.

camera(): a printed page photographed with a phone — four-corner perspective (keystone), rotation,
a background (wood, linen, slate, desk mat, carpet, cardboard), uneven light, a soft shadow, blur,
grain, JPEG compression. scanner(): a flatbed/photocopier — skew, grey or bilevel, speckle, dark
photocopy border, low contrast."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image


def rasterize(pdf_path, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def n_pages(pdf_path) -> int:
    doc = pdfium.PdfDocument(str(pdf_path))
    n = len(doc)
    doc.close()
    return n


# ---------------------------------------------------------------- backgrounds
def background(kind: str, w: int, h: int, rng: np.random.Generator) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([92, 130, 170], np.float32)  # BGR
        grain = np.sin((xx * 0.02 + np.sin(yy * 0.004) * 8) * 3.0) * 14 + rng.normal(0, 5, (h, w))
        img = base[None, None, :] + grain[..., None] * np.array([0.6, 0.8, 1.0], np.float32)
    elif kind == "linen":
        base = np.array([200, 205, 210], np.float32)
        weave = (np.sin(xx * 0.9) + np.sin(yy * 0.9)) * 6 + rng.normal(0, 6, (h, w))
        img = base[None, None, :] + weave[..., None]
    elif kind == "slate":
        base = np.array([70, 66, 62], np.float32)
        n = cv2.GaussianBlur(rng.normal(0, 25, (h, w)).astype(np.float32), (0, 0), 9)
        img = base[None, None, :] + n[..., None]
    elif kind == "deskmat":
        base = np.array([60, 95, 40], np.float32)
        img = base[None, None, :] + rng.normal(0, 4, (h, w, 1)).astype(np.float32)
    elif kind == "carpet":
        base = np.array([110, 100, 140], np.float32)
        n = cv2.GaussianBlur(rng.normal(0, 40, (h, w)).astype(np.float32), (0, 0), 1.2)
        img = base[None, None, :] + n[..., None]
    else:  # cardboard
        base = np.array([120, 160, 190], np.float32)
        n = cv2.GaussianBlur(rng.normal(0, 14, (h, w)).astype(np.float32), (0, 0), 3)
        img = base[None, None, :] + n[..., None]
    return np.clip(img, 0, 255).astype(np.uint8)


# ---------------------------------------------------------------- camera
def camera(
    page: Image.Image,
    out_path,
    *,
    seed: int,
    bg: str,
    rotate: float,
    keystone: float,
    fill: float,
    out_width: int,
    blur: float,
    quality: int,
    light: float = 0.35,
    shadow: bool = True,
    motion: int = 0,
    portrait: bool = True,
) -> None:
    rng = np.random.default_rng(seed)
    src = cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)
    ph, pw = src.shape[:2]
    # paper is not pure white
    src = (
        (src.astype(np.float32) * np.array([0.93, 0.95, 0.96], np.float32) + 6)
        .clip(0, 255)
        .astype(np.uint8)
    )
    aspect = 1.33 if portrait else 0.75
    W = out_width
    H = int(W * aspect)
    canvas = background(bg, W, H, rng)
    # target quad: page scaled to `fill` of the frame height, rotated, keystoned (top narrower)
    scale = fill * H / ph
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    k = keystone * cw / 2
    quad = np.array(
        [[-cw / 2 + k, -ch / 2], [cw / 2 - k, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]],
        np.float32,
    )
    quad += rng.uniform(-0.008, 0.008, quad.shape).astype(np.float32) * cw
    a = math.radians(rotate)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    quad = quad @ R.T + np.array([cx, cy], np.float32)
    M = cv2.getPerspectiveTransform(
        np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32), quad
    )
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow of the sheet on the background
    sh_mask = cv2.GaussianBlur(
        np.roll(mask, (int(0.006 * W), int(0.008 * W)), axis=(0, 1)), (0, 0), 0.01 * W
    )
    canvas = (canvas.astype(np.float32) * (1 - 0.45 * sh_mask[..., None] / 255)).astype(np.uint8)
    m = mask[..., None].astype(np.float32) / 255
    img = warped.astype(np.float32) * m + canvas.astype(np.float32) * (1 - m)
    # uneven light: a directional gradient plus vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)
    vign = (xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2
    lightmap = 1.0 - light * (grad + 0.5) * 0.6 - 0.35 * vign
    if shadow:  # soft shadow of the phone/hand across one part of the page
        sx = rng.uniform(0.15, 0.85) * W
        sy = rng.uniform(0.55, 0.95) * H
        blob = np.exp(-(((xx - sx) / (0.35 * W)) ** 2 + ((yy - sy) / (0.22 * H)) ** 2))
        lightmap -= 0.22 * blob
    img = img * lightmap[..., None]
    # warm/cool cast
    img = img * np.array(rng.uniform(0.94, 1.04, 3), np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    if motion:
        kern = np.zeros((motion, motion), np.float32)
        kern[motion // 2, :] = 1.0 / motion
        img = cv2.filter2D(img, -1, kern)
    noise = rng.normal(0, 4.0, img.shape).astype(np.float32)
    img = np.clip(img.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    out = Image.fromarray(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    if str(out_path).endswith(".png"):
        out.save(out_path)
    else:
        out.save(out_path, "JPEG", quality=quality, optimize=True)


# ---------------------------------------------------------------- scanner
def scan_page(
    page: Image.Image,
    *,
    seed: int,
    skew: float,
    bilevel: bool = False,
    speckle: float = 0.0,
    border: bool = False,
    contrast: tuple[int, int] | None = None,
    blur: float = 0.5,
) -> Image.Image:
    rng = np.random.default_rng(seed)
    g = np.array(page.convert("L")).astype(np.float32)
    h, w = g.shape
    if blur:
        g = cv2.GaussianBlur(g, (0, 0), blur)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    M[0, 2] += rng.uniform(-0.006, 0.006) * w
    M[1, 2] += rng.uniform(-0.004, 0.004) * h
    g = cv2.warpAffine(g, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    # paper tone and scanner noise
    g = g * 0.97 + rng.normal(0, 3.0, g.shape)
    if border:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = np.minimum.reduce([xx, yy, w - 1 - xx, h - 1 - yy])
        edge = np.clip(1 - d / (0.025 * w), 0, 1) ** 1.5
        streak = cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 6) * 20
        g = g * (1 - 0.85 * edge) + edge * streak
        # faint toner streak down the page
        x0 = int(rng.uniform(0.2, 0.8) * w)
        g[:, x0 : x0 + 3] -= 25
    if contrast:
        lo, hi = contrast
        g = lo + (g / 255.0) * (hi - lo)
    if speckle:
        n = int(speckle * h * w / 1000)
        ys = rng.integers(0, h, n)
        xs = rng.integers(0, w, n)
        r = rng.integers(1, 3, n)
        for y, x, rr in zip(ys, xs, r, strict=True):
            cv2.circle(g, (int(x), int(y)), int(rr), float(rng.uniform(20, 90)), -1)
    g = np.clip(g, 0, 255).astype(np.uint8)
    if bilevel:
        bw = (g > 150).astype(np.uint8) * 255
        return Image.fromarray(bw).convert("1")
    return Image.fromarray(g)


def save_scan_pdf(pages: list[Image.Image], out_path, dpi: int) -> None:
    first, rest = pages[0], pages[1:]
    first.save(out_path, "PDF", resolution=dpi, save_all=True, append_images=rest)
