"""The card picture in the terminal: half-block rendering (fit, colours, cache) and the choice of renderer."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

from cardscan.tui.image import HALF_BLOCK, HalfBlockRenderer, detect_graphics, fit


def save(tmp_path: Path, image: Image.Image, name: str = "card.png", fmt: str = "PNG") -> str:
    path = tmp_path / name
    image.save(path, format=fmt)
    return str(path)


def test_fit_keeps_the_aspect_ratio_with_square_half_cells() -> None:
    assert fit(1050, 600, 50, 40) == (50, 15)  # 50 x 28.6 pixels: limited by the width
    assert fit(600, 1050, 50, 10) == (11, 10)  # a portrait card limited by the height (20 pixels)
    assert fit(0, 600, 50, 40) == (0, 0)


def test_half_blocks_carry_the_upper_and_lower_pixel_colours(tmp_path: Path) -> None:
    image = Image.new("RGB", (4, 4), (255, 255, 255))
    for x in range(4):
        image.putpixel((x, 0), (200, 0, 0))  # top row red, second row white
        image.putpixel((x, 2), (0, 0, 200))  # third row blue, fourth white
        image.putpixel((x, 3), (0, 0, 200))
    rendering = HalfBlockRenderer().render(save(tmp_path, image), 4, 2)
    assert (rendering.width, rendering.height) == (4, 2)
    first, second = rendering.strips
    assert first.text == HALF_BLOCK * 4 and first.cell_length == 4
    top = next(iter(first))
    assert top.style is not None and top.style.color is not None and top.style.bgcolor is not None
    assert top.style.color.triplet == (200, 0, 0) and top.style.bgcolor.triplet == (255, 255, 255)
    low = next(iter(second))
    assert low.style is not None and low.style.color is not None
    assert low.style.color.triplet == (0, 0, 200)
    assert len(list(first)) == 1  # a run of equal cells is one segment


def test_jpeg_crops_render_and_are_cached(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (1200, 686), (30, 90, 160)), "crop.jpg", "JPEG")
    renderer = HalfBlockRenderer(cache_size=2)
    first = renderer.render(path, 50, 20)
    assert first.problem is None and (first.width, first.height) == (50, 15)
    assert renderer.render(path, 50, 20) is first
    renderer.render(path, 40, 20)
    renderer.render(path, 30, 20)  # pushes the 50-wide rendering out of a cache of two
    assert renderer.render(path, 50, 20) is not first


def test_a_missing_or_broken_picture_says_so(tmp_path: Path) -> None:
    renderer = HalfBlockRenderer()
    missing = renderer.render(str(tmp_path / "gone.jpg"), 50, 20)
    assert missing.strips == () and missing.problem is not None and "image missing: gone.jpg" in missing.problem
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    result = renderer.render(str(broken), 50, 20)
    assert result.problem is not None and "cannot show broken.jpg" in result.problem


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    image = Image.new("RGB", (40, 20), (0, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    path = tmp_path / "turned.jpg"
    path.write_bytes(out.getvalue())
    rendering = HalfBlockRenderer().render(str(path), 40, 40)
    assert (rendering.width, rendering.height * 2) == (40, 80)  # shown upright: portrait


def test_without_a_terminal_half_blocks_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    assert detect_graphics("halfblock").mode == "halfblock"
    assert detect_graphics("none").mode == "none"
    monkeypatch.setattr(sys, "__stdout__", io.StringIO())  # not a terminal: nothing to ask
    assert detect_graphics("auto").mode == "halfblock"
    assert detect_graphics("kitty").mode == "halfblock"  # forcing needs a terminal too
