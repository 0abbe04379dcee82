"""Draw the application icon (a counter window with a service card) and write the .png and the multi-size .ico.

The outputs are committed under resources/icons/, so building the bundle needs no Pillow; rerun this script
only when the design changes: ``python installer/make_icon.py``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

# Police blue for the window frame, white for the card, a red seal: reads as "official counter" even at 16 px.
BLUE = (23, 74, 150, 255)
LIGHT = (232, 240, 252, 255)
WHITE = (255, 255, 255, 255)
LINE = (120, 140, 170, 255)
RED = (200, 40, 40, 255)


def draw_icon(size: int = 1024) -> Image.Image:
    """The master drawing at ``size`` px; smaller sizes are resampled from it (LANCZOS keeps the edges clean)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    s = size / 256  # the design is laid out on a 256-unit grid

    def box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [x0 * s, y0 * s, x1 * s, y1 * s]

    # The counter window: a rounded blue frame with a light pane.
    draw.rounded_rectangle(box(12, 12, 244, 244), radius=44 * s, fill=BLUE)
    draw.rounded_rectangle(box(36, 36, 220, 170), radius=18 * s, fill=LIGHT)
    # The counter ledge under the pane.
    draw.rounded_rectangle(box(28, 182, 228, 204), radius=8 * s, fill=WHITE)
    # A card slid across the ledge: photo block and text lines, like an ID card or a receipt.
    draw.rounded_rectangle(box(64, 62, 192, 150), radius=10 * s, fill=WHITE, outline=LINE, width=max(1, round(3 * s)))
    draw.rounded_rectangle(box(76, 76, 110, 118), radius=4 * s, fill=BLUE)
    for y in (80, 96, 112):
        draw.rounded_rectangle(box(120, y, 178, y + 7), radius=3 * s, fill=LINE)
    draw.rounded_rectangle(box(76, 128, 150, 135), radius=3 * s, fill=LINE)
    # The red seal on the card's corner.
    draw.ellipse(box(152, 118, 184, 150), fill=RED)
    draw.ellipse(box(160, 126, 176, 142), fill=WHITE)
    draw.ellipse(box(164, 130, 172, 138), fill=RED)
    return image


def main() -> None:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    master = draw_icon()
    png = master.resize((256, 256), Image.LANCZOS)
    png.save(ICON_DIR / "counter-app.png", optimize=True)
    # Pillow resamples the source for every size listed; starting from 1024 px keeps the small ones sharp.
    master.save(ICON_DIR / "counter-app.ico", sizes=ICO_SIZES)
    for path in (ICON_DIR / "counter-app.png", ICON_DIR / "counter-app.ico"):
        print(f"{path.relative_to(ICON_DIR.parent.parent)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
