"""Draw LabDesk's application icon (resources/icons/labdesk.png) with the bundled font.

Run once after changing it:  .venv/bin/python resources/icons/make_icon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).parent
FONT = HERE.parent / "fonts" / "wqy-microhei.ttc"


def main() -> None:
    size = 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, size - 8, size - 8), radius=44, fill=(36, 50, 74, 255))
    draw.rounded_rectangle((28, 28, size - 28, size - 28), radius=30, outline=(122, 162, 222, 255), width=6)
    font = ImageFont.truetype(str(FONT), 150, index=0)
    draw.text((size / 2, size / 2 - 6), "检", font=font, fill=(255, 255, 255, 255), anchor="mm")
    image.save(HERE / "labdesk.png")
    image.save(HERE / "labdesk.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


if __name__ == "__main__":
    main()
