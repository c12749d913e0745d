"""Generate resources/demo/sealed_sample.avi: a sealed coal sample bag with its seal number.

Run once (the video is committed):  .venv/bin/python resources/demo/make_demo_video.py
640×480 MJPG AVI, 10 fps, 3 s: the camera drifts a little over the bag so the
preview visibly moves; the seal strip reads 封条 No. F2021-08-0417.
"""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "wqy-microhei.ttc"
OUT = HERE / "sealed_sample.avi"
W, H, FPS, SECONDS = 640, 480, 10, 3


def scene() -> np.ndarray:
    """A 760×600 still (bigger than the frame, so the 'camera' can pan)."""
    rng = np.random.default_rng(2021)
    big_w, big_h = 760, 600
    table = np.full((big_h, big_w, 3), (150, 170, 185), np.uint8)  # light wooden table (BGR)
    table = np.clip(table + rng.normal(0, 6, table.shape), 0, 255).astype(np.uint8)
    image = Image.fromarray(cv2.cvtColor(table, cv2.COLOR_BGR2RGB))
    draw = ImageDraw.Draw(image)
    # the woven sample bag
    bag = (170, 90, 590, 540)
    draw.rounded_rectangle(bag, radius=30, fill=(228, 222, 205), outline=(120, 110, 95), width=4)
    for y in range(bag[1] + 8, bag[3] - 8, 9):
        draw.line((bag[0] + 10, y, bag[2] - 10, y), fill=(212, 205, 188), width=2)
    # tied neck
    draw.polygon([(330, 90), (430, 90), (410, 40), (350, 40)], fill=(228, 222, 205), outline=(120, 110, 95))
    draw.rectangle((340, 78, 420, 92), fill=(60, 60, 60))
    font_big = ImageFont.truetype(str(FONT), 34, index=0)
    font = ImageFont.truetype(str(FONT), 24, index=0)
    font_small = ImageFont.truetype(str(FONT), 18, index=0)
    draw.text((250, 150), "动力用煤  检验样品", font=font_big, fill=(30, 30, 30))
    draw.text((250, 200), "抽样单编号 SX2021-DT-0007", font=font_small, fill=(40, 40, 40))
    # the red seal strip across the bag
    strip = Image.new("RGBA", (520, 84), (200, 30, 30, 255))
    sd = ImageDraw.Draw(strip)
    sd.rectangle((4, 4, 515, 79), outline=(255, 240, 240), width=2)
    sd.text((18, 8), "山西省产品质量监督抽查 封条", font=font, fill=(255, 255, 255))
    sd.text((18, 44), "No. F2021-08-0417   2021年08月02日", font=font, fill=(255, 255, 255))
    strip = strip.rotate(-6, expand=True, resample=Image.Resampling.BICUBIC)
    image.paste(strip, (120, 300), strip)
    draw.text((250, 470), "净重 2.0 kg", font=font_small, fill=(40, 40, 40))
    return cv2.cvtColor(np.array(image), cv2.COLOR_RGB2BGR)


def main() -> None:
    still = scene()
    writer = cv2.VideoWriter(str(OUT), cv2.VideoWriter_fourcc(*"MJPG"), FPS, (W, H))
    if not writer.isOpened():
        raise SystemExit("cannot open the video writer")
    writer.set(cv2.VIDEOWRITER_PROP_QUALITY, 80)
    frames = FPS * SECONDS
    for i in range(frames):
        t = i / frames * 2 * math.pi
        dx = int(60 + 50 * math.sin(t))
        dy = int(60 + 40 * math.cos(t))
        frame = still[dy:dy + H, dx:dx + W].copy()
        cv2.putText(frame, f"CAM 1  {i:03d}", (12, 24), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1,
                    cv2.LINE_AA)
        writer.write(frame)
    writer.release()
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {frames} frames)")


if __name__ == "__main__":
    main()
