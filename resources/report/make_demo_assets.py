"""Draw the demo seal and signature images (run once; the PNGs are committed).

    .venv/bin/python resources/report/make_demo_assets.py

- ``demo-seal.png``: a red round inspection seal (检验检测专用章) with the demo lab's
  name along the upper arc and a five-pointed star in the middle, on transparency;
- ``demo-cma.png``: a CMA mark (the three letters over the certificate number line);
- ``signature-<pinyin>.png``: handwritten-looking names for the demo staff.

These are clearly demo material: a real lab uploads its own seal and signature
scans through 系统管理 → 签名证书.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "wqy-microhei.ttc"
LAB_NAME = "山西省工业标准化研究院检验检测中心"
RED = (214, 24, 32, 255)
INK = (20, 30, 90, 255)

SIGNATURES = {  # file key -> name (demo users)
    "chengang": "陈刚",
    "liuyang": "刘洋",
    "liqiang": "李强",
    "wangfang": "王芳",
    "zhaomin": "赵敏",
}


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: tuple[int, ...]) -> None:
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        radius = r if i % 2 == 0 else r * 0.382
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=fill)


def make_seal(name: str = LAB_NAME, size: int = 720) -> Image.Image:
    scale = 2  # draw large, then downsample for smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c = s / 2
    ring = s * 0.035
    draw.ellipse((ring / 2, ring / 2, s - ring / 2, s - ring / 2), outline=RED, width=int(ring))
    _star(draw, c, c, s * 0.15, RED)
    # the lab name along the upper arc, each character upright towards the centre
    font = ImageFont.truetype(str(FONT), int(s * 0.088), index=0)
    radius = s * 0.385
    span = math.radians(236)  # arc covered by the text
    n = len(name)
    for i, ch in enumerate(name):
        angle = -math.pi / 2 - span / 2 + span * (i + 0.5) / n  # radians from +x axis, clockwise (y down)
        x = c + radius * math.cos(angle)
        y = c + radius * math.sin(angle)
        glyph = Image.new("RGBA", (int(s * 0.14), int(s * 0.14)), (0, 0, 0, 0))
        gd = ImageDraw.Draw(glyph)
        gd.text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=RED, anchor="mm")
        rotated = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        img.alpha_composite(rotated, (int(x - rotated.width / 2), int(y - rotated.height / 2)))
    small = ImageFont.truetype(str(FONT), int(s * 0.075), index=0)
    draw.text((c, c + s * 0.27), "检验检测专用章", font=small, fill=RED, anchor="mm")
    img = img.resize((size, size), Image.Resampling.LANCZOS)
    return _ink_texture(img, seed=7)


def _ink_texture(img: Image.Image, seed: int) -> Image.Image:
    """Thin the ink a little at random, as a real stamp never prints evenly."""
    rng = random.Random(seed)
    alpha = img.getchannel("A")
    noise = Image.new("L", img.size, 255)
    nd = ImageDraw.Draw(noise)
    for _ in range(260):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        r = rng.randrange(2, 6)
        nd.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(150, 230))
    noise = noise.filter(ImageFilter.GaussianBlur(2))
    alpha = Image.composite(alpha, Image.new("L", img.size, 0), noise)
    img.putalpha(alpha)
    return img


def make_cma(size: tuple[int, int] = (360, 240)) -> Image.Image:
    img = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 150, index=0)
    draw.text((size[0] / 2, size[1] / 2 - 10), "CMA", font=font, fill=RED, anchor="mm")
    draw.line((20, size[1] - 25, size[0] - 20, size[1] - 25), fill=RED, width=6)
    return img


def make_signature(name: str, seed: int, size: tuple[int, int] = (420, 160)) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGBA", (size[0] * 3, size[1] * 2), (0, 0, 0, 0))
    x = 30
    for ch in name:
        font = ImageFont.truetype(str(FONT), rng.randrange(190, 230), index=0)
        glyph = Image.new("RGBA", (360, 300), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((150, 150), ch, font=font, fill=INK, anchor="mm")
        glyph = glyph.transform(glyph.size, Image.Transform.AFFINE, (1, 0.3, -45, 0, 1, 0),
                                resample=Image.Resampling.BICUBIC)
        glyph = glyph.rotate(rng.uniform(-8, 4), resample=Image.Resampling.BICUBIC)
        img.alpha_composite(glyph, (x, rng.randrange(0, 30)))
        x += rng.randrange(150, 190)
    # a flourish under the name
    draw = ImageDraw.Draw(img)
    pts = [(40 + t * 6, 270 + 14 * math.sin(t / 9.0) - t * 0.25) for t in range(min(120, x // 6))]
    draw.line(pts, fill=INK, width=7)
    box = img.getbbox() or (0, 0, img.width, img.height)
    img = img.crop((max(0, box[0] - 10), max(0, box[1] - 10), min(img.width, box[2] + 10), min(img.height, box[3] + 10)))
    return img.resize((img.width * size[1] // img.height, size[1]), Image.Resampling.LANCZOS)


def main() -> None:
    make_seal().save(HERE / "demo-seal.png", optimize=True)
    make_cma().save(HERE / "demo-cma.png", optimize=True)
    for i, (key, name) in enumerate(SIGNATURES.items()):
        make_signature(name, seed=100 + i).save(HERE / f"signature-{key}.png", optimize=True)
    print(f"wrote demo assets to {HERE}")


if __name__ == "__main__":
    main()
