"""Draw lpdesk's application icon from the bundled font: ``resources/icons/lpdesk.png`` (256 px) and
``lpdesk.ico`` (16 to 256 px, for Windows: the program, its shortcut and the installer).

    .venv/bin/python scripts/make_icon.py

Deterministic: the same font gives the same bytes, so the committed files can be checked fresh.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
ACCENT = (31, 95, 153, 255)  # the same blue as the app's links and headings in documents
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 16
    pen.rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size // 5, fill=ACCENT
    )
    font = ImageFont.truetype(str(FONT), size=int(size * 0.44))
    pen.text((size / 2, size * 0.42), "lp", font=font, fill="white", anchor="mm")
    # a desk: a bar beneath the letters
    bar = size // 14
    pen.rounded_rectangle(
        (size * 0.24, size * 0.79, size * 0.76, size * 0.79 + bar), radius=bar // 2, fill="white"
    )
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "lpdesk.png", optimize=True)
    big.save(OUT / "lpdesk.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
