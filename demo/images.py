"""Calm abstract pictures for the demo site, drawn with Pillow so nothing is downloaded."""

import io
import math
import random
from dataclasses import dataclass

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

RGB = tuple[int, int, int]

TEAL: RGB = (29, 92, 99)
SEA: RGB = (111, 168, 166)
SAND: RGB = (236, 222, 197)
SAGE: RGB = (164, 185, 160)
DUSK: RGB = (120, 132, 170)
BLUSH: RGB = (238, 200, 184)
MIST: RGB = (222, 233, 236)


@dataclass(frozen=True)
class DemoImage:
    title: str
    alt_text: str
    size: tuple[int, int]
    colours: tuple[RGB, RGB]
    portrait: bool = False
    # Soft rolling hills instead of floating circles, for variety between listing cards.
    hills: bool = False


# Titles start with "Demo:" so staff can find and replace them in the image library.
IMAGES = {
    "hero": DemoImage(
        "Demo: calm horizon",
        "A soft gradient from deep teal to warm sand, with pale circles like a low sun.",
        (1600, 1000),
        (TEAL, SAND),
    ),
    "teal": DemoImage(
        "Demo: teal and mist",
        "Abstract shapes in teal and misty blue, overlapping like ripples on still water.",
        (1200, 675),
        (SEA, MIST),
    ),
    "sage": DemoImage(
        "Demo: sage hills",
        "Soft rolling hills in layers of sage green under a pale sand sky.",
        (1200, 675),
        (SAND, SAGE),
        hills=True,
    ),
    "dusk": DemoImage(
        "Demo: dusk",
        "A quiet gradient from dusky blue to pale pink, with faint round shapes.",
        (1200, 675),
        (DUSK, BLUSH),
    ),
    "dawn": DemoImage(
        "Demo: dawn over hills",
        "Gentle teal hills in layers beneath a warm pink and sand dawn sky.",
        (1200, 675),
        (BLUSH, SEA),
        hills=True,
    ),
    "portrait-teal": DemoImage(
        "Demo: placeholder portrait, teal",
        "Placeholder portrait: a plain silhouette of a head and shoulders on teal.",
        (600, 600),
        (SEA, TEAL),
        portrait=True,
    ),
    "portrait-sage": DemoImage(
        "Demo: placeholder portrait, sage",
        "Placeholder portrait: a plain silhouette of a head and shoulders on sage green.",
        (600, 600),
        (SAGE, TEAL),
        portrait=True,
    ),
    "portrait-dusk": DemoImage(
        "Demo: placeholder portrait, dusk",
        "Placeholder portrait: a plain silhouette of a head and shoulders on dusky blue.",
        (600, 600),
        (DUSK, TEAL),
        portrait=True,
    ),
}

LISTING_IMAGES = ["teal", "sage", "dusk", "dawn"]
PORTRAITS = ["portrait-teal", "portrait-sage", "portrait-dusk"]


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _soft_shape(
    picture: PILImage.Image, box: tuple[float, ...], colour: RGB, opacity: float, blur: int
) -> PILImage.Image:
    """Lay a blurred ellipse of one colour over the picture.

    Blurring a mask rather than a transparent layer keeps the edges free of dark halos.
    """
    mask = PILImage.new("L", picture.size, 0)
    ImageDraw.Draw(mask).ellipse(box, fill=round(255 * opacity))
    solid = PILImage.new("RGB", picture.size, colour)
    return PILImage.composite(solid, picture, mask.filter(ImageFilter.GaussianBlur(blur)))


def _draw_hills(picture: PILImage.Image, colour: RGB) -> PILImage.Image:
    """Three soft ridges, paler with distance, like a landscape seen through haze."""
    width, height = picture.size
    for layer, (crest, tint) in enumerate([(0.52, 0.55), (0.66, 0.3), (0.8, 0.0)]):
        mask = PILImage.new("L", picture.size, 0)
        points = [
            (
                x,
                height * crest
                + math.sin(x / width * math.pi * (1.5 + layer) + layer) * height * 0.06,
            )
            for x in range(0, width + 20, 20)
        ]
        ImageDraw.Draw(mask).polygon([*points, (width, height), (0, height)], fill=255)
        solid = PILImage.new("RGB", picture.size, _mix(colour, (255, 255, 255), tint))
        picture = PILImage.composite(solid, picture, mask.filter(ImageFilter.GaussianBlur(3)))
    return picture


def draw(spec: DemoImage, seed: str) -> bytes:
    """A JPEG: a vertical gradient with soft circles or hills, or a plain silhouette."""
    width, height = spec.size
    top, bottom = spec.colours
    base = PILImage.new("RGB", (1, 256))
    for y in range(256):
        base.putpixel((0, y), _mix(top, bottom, y / 255))
    picture = base.resize((width, height), PILImage.Resampling.BICUBIC)

    if spec.hills:
        picture = _draw_hills(picture, bottom)
    elif spec.portrait:
        light = _mix(bottom, (255, 255, 255), 0.75)
        head = (width * 0.34, height * 0.18, width * 0.66, height * 0.52)
        shoulders = (width * 0.16, height * 0.58, width * 0.84, height * 1.2)
        for box in (head, shoulders):
            picture = _soft_shape(picture, box, light, 0.9, 2)
    else:
        rng = random.Random(seed)
        for _ in range(7):
            radius = rng.uniform(0.12, 0.35) * height
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            colour = _mix(top, (255, 255, 255), rng.uniform(0.3, 0.8))
            box = (x - radius, y - radius, x + radius, y + radius)
            picture = _soft_shape(picture, box, colour, 0.3, 18)

    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def ensure_image(key: str):
    """The demo image for `key`, drawn and saved on first use, found by its title after."""
    spec = IMAGES[key]
    image_model = get_image_model()
    image = image_model.objects.filter(title=spec.title).first()
    if image is None:
        data = io.BytesIO(draw(spec, seed=key))
        image = image_model(
            title=spec.title,
            description=spec.alt_text,
            file=ImageFile(data, name=f"demo-{key}.jpg"),
        )
        image.save()
    return image
