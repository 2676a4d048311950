"""Light text on dark regions (a navy sidebar, a grey header band) turned dark on light.

Tesseract reads dark letters on a light ground; its own inverted-line check misses most of a
sidebar. A region is light-on-dark where its brightest pixels stand far above its background
and its darkest sit close to it: the letters are the bright minority. Darkness alone would not
do: the dim corner of a photo, or a bold black heading, is dark too, but there the letters are
the dark minority. Each region found that way is then grown over its whole even background,
so the band is inverted as one piece and no patch edge reads as a stray '|'.
"""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageMath, ImageOps

_FINE_DPI = 50.0  # letters are looked for on a copy this coarse
_WINDOW = 7  # 0.14 in at _FINE_DPI: a letter and its ground
_GROUND_WINDOW = 9  # 0.36 in at half _FINE_DPI: a bold heading's strokes stay a minority
_MIN_RISE = 50  # grey levels the letters stand above their ground
_DARK = 0.6  # of the paper's grey: a ground darker than this can be a band
_STEP = 12  # a region grows into a neighbour this close to its grey: a band's edge is steeper
_SPREAD = 40  # ...and no further than this from the grey where it started (no ramps)
_HOLE = 9  # at half _FINE_DPI: 0.36 in
_MIN_SEEDS = 12  # letter spots a region needs (at half _FINE_DPI) to be a band, not a fluke
_RIM = 5  # coarse pixels (at half _FINE_DPI): the band's edge left dark, and a little beyond
_EDGE_DPI = 100.0  # the band's true edge is traced on a copy this fine
_STROKE = 7  # at _EDGE_DPI: 0.07 in, wider than a bold name's strokes, which the trace bridges
_REACH = 16  # at _EDGE_DPI: how far past the blocky mask the trace may run (four coarse pixels)


def invert_light_on_dark(image: Image.Image, dpi: float) -> Image.Image:
    """`image` (8-bit grey) with every light-on-dark region inverted."""
    fine = image.reduce(max(1, round(dpi / _FINE_DPI)))
    ground = fine.reduce(2).filter(ImageFilter.MedianFilter(_GROUND_WINDOW))
    letters = _light_letters(fine, ground.resize(fine.size, Image.Resampling.BILINEAR))
    dark = _paper(ground) * _DARK
    seeds = ImageChops.darker(letters.reduce(2), ground.point(lambda v: 255 if v < dark else 0))
    if seeds.getbbox() is None:
        return image
    # close the holes big bold letters leave in the ground, then keep one coarse
    # pixel in from the edge: the mask is blocky, and a line of text may sit just outside
    grown = _grown(ground, seeds)
    region = grown.filter(ImageFilter.MaxFilter(_HOLE)).filter(ImageFilter.MinFilter(_HOLE + 2))
    region = ImageChops.lighter(region, ImageChops.darker(grown, _frame(grown.size)))
    bands = _inside_the_border(region)
    mask = _upscaled(region, image.size)
    if bands.getbbox() is not None:
        mask = ImageChops.lighter(mask, _traced_edge(image, bands, dark))
    out = image.copy()
    out.paste(ImageOps.invert(image), mask=mask)
    out.paste(255, mask=_band_rims(bands, image, dark))
    return out


def _upscaled(mask: Image.Image, size: tuple[int, int]) -> Image.Image:
    return mask.resize(size, Image.Resampling.BILINEAR).point(lambda v: 255 if v >= 128 else 0)


def _traced_edge(image: Image.Image, bands: Image.Image, dark: float) -> Image.Image:
    """The bands inside the image out to their true edges. The coarse mask stops a block
    short of an edge, and on a tilted photo that block cuts across the first line's letter
    tops ('ingrid ivi. rairweauicr' for a name at the top of a navy band). Traced on a finer
    copy around the bands: their dark ground with its light letters bridged, grown out from
    the mask only through that ground, so the page's own dark text beside a band is never
    reached. (A photo's desk reaches the border; its edge is the page's, and stays.)"""
    scale = image.width / bands.width  # image pixels per coarse pixel
    step = max(1, round(scale * _FINE_DPI / 2 / _EDGE_DPI))
    left, top, right, bottom = bands.getbbox() or (0, 0, 0, 0)
    margin = math.ceil(_REACH * step / scale) + 1
    box = (
        max(0, left - margin),
        max(0, top - margin),
        min(bands.width, right + margin),
        min(bands.height, bottom + margin),
    )
    x0, y0 = min(round(box[0] * scale), image.width), min(round(box[1] * scale), image.height)
    x1, y1 = min(round(box[2] * scale), image.width), min(round(box[3] * scale), image.height)
    fine = image.crop((x0, y0, x1, y1)).reduce(step)
    ground = fine.point(lambda v: 255 if v < dark else 0)
    bridged = ground.filter(ImageFilter.MaxFilter(_STROKE)).filter(ImageFilter.MinFilter(_STROKE))
    traced = _upscaled(bands.crop(box), fine.size)
    for _ in range(_REACH):
        traced = ImageChops.darker(traced.filter(ImageFilter.MaxFilter(3)), bridged)
    mask = Image.new("L", image.size, 0)
    mask.paste(_upscaled(traced, (x1 - x0, y1 - y0)), (x0, y0))
    return mask


def _band_rims(bands: Image.Image, image: Image.Image, dark: float) -> Image.Image:
    """The dark edge the inverted mask leaves around a band inside the page (kept one coarse
    pixel in from the edge, above): against it the band's first letters read as part of a
    bar ('eilani Fonoti', an e-mail lost). Only the ground-dark pixels of that rim turn
    white, and only around bands that do not reach the image's border: a photo's desk does,
    and the page's own text runs close to it."""
    if bands.getbbox() is None:
        return Image.new("L", image.size, 0)
    ring = ImageChops.subtract(bands.filter(ImageFilter.MaxFilter(_RIM)), bands)
    ring = ring.resize(image.size, Image.Resampling.BILINEAR)
    ring = ring.point(lambda v: 255 if v >= 128 else 0)
    return ImageChops.darker(ring, image.point(lambda v: 255 if v < dark else 0))


def _inside_the_border(region: Image.Image) -> Image.Image:
    """The parts of a region that do not touch the image's border."""
    marked = region.copy()
    width, height = marked.size
    pixels = marked.load()
    assert pixels is not None
    edge = [(x, y) for x in range(width) for y in (0, height - 1)]
    edge += [(x, y) for y in range(height) for x in (0, width - 1)]
    for point in edge:
        if pixels[point] == 255:
            ImageDraw.floodfill(marked, point, 128)
    return marked.point(lambda v: 255 if v == 255 else 0)


def _frame(size: tuple[int, int]) -> Image.Image:
    """The image's border, as deep as the filters above reach: they erode a region that
    touches the border as if the border were its edge, which would leave a dark stripe."""
    frame = Image.new("L", size, 0)
    ImageDraw.Draw(frame).rectangle((0, 0, size[0] - 1, size[1] - 1), outline=255, width=_HOLE)
    return frame


def _light_letters(fine: Image.Image, ground: Image.Image) -> Image.Image:
    """255 where the brightest nearby pixels rise far above the ground and the darkest fall
    little below it (rise > 2.5 x fall)."""
    rise = ImageChops.subtract(fine.filter(ImageFilter.MaxFilter(_WINDOW)), ground)
    fall = ImageChops.subtract(ground, fine.filter(ImageFilter.MinFilter(_WINDOW)))
    found = ImageMath.lambda_eval(
        lambda m: ((m["rise"] > _MIN_RISE) & (m["rise"] * 2 > m["fall"] * 5)) * 255,
        rise=rise,
        fall=fall,
    )
    return found.convert("L")


def _paper(ground: Image.Image) -> float:
    """The page's paper grey: the 90th percentile of its ground."""
    histogram = ground.histogram()
    wanted, seen = 0.9 * sum(histogram), 0
    for grey, count in enumerate(histogram):
        seen += count
        if seen >= wanted:
            return float(grey)
    return 255.0


def _grown(ground: Image.Image, seeds: Image.Image) -> Image.Image:
    """The even stretches of ground around the seeds (4-connected flood fill that stops at a
    steep edge or a long ramp), kept when they hold at least _MIN_SEEDS seeds."""
    width, height = ground.size
    grey, seed = ground.tobytes(), seeds.tobytes()
    region = bytearray(width * height)
    for start in range(width * height):
        if seed[start] and not region[start]:
            members = _flood(grey, start, width, height, region)
            if sum(1 for i in members if seed[i]) < _MIN_SEEDS:
                for i in members:
                    region[i] = 1  # looked at, not a band
    return Image.frombytes("L", (width, height), bytes(region)).point(
        lambda v: 255 if v == 255 else 0
    )


def _flood(grey: bytes, start: int, width: int, height: int, region: bytearray) -> list[int]:
    region[start] = 255
    level = grey[start]
    members, stack = [start], [start]
    while stack:
        i = stack.pop()
        for j in _neighbours(i, width, height):
            if region[j] or abs(grey[j] - level) > _SPREAD:
                continue
            if abs(grey[j] - grey[i]) <= _STEP:
                region[j] = 255
                members.append(j)
                stack.append(j)
    return members


def _neighbours(i: int, width: int, height: int) -> list[int]:
    x, y = i % width, i // width
    out = []
    if x > 0:
        out.append(i - 1)
    if x < width - 1:
        out.append(i + 1)
    if y > 0:
        out.append(i - width)
    if y < height - 1:
        out.append(i + width)
    return out
