"""Images: load photos (every format, upright, bomb-guarded), find cards, straighten them, read QR codes."""

from cardscan.imaging.detect import find_cards
from cardscan.imaging.formats import IMAGE_EXTENSIONS, looks_like_image
from cardscan.imaging.geometry import Quad
from cardscan.imaging.load import MAX_PIXELS, Photo, load_photo
from cardscan.imaging.qr import QrCode, blank_qr, decode_qr, find_qr
from cardscan.imaging.straighten import rotate_quarter, text_orientation_hint, warp_card

__all__ = [
    "IMAGE_EXTENSIONS",
    "MAX_PIXELS",
    "Photo",
    "QrCode",
    "Quad",
    "blank_qr",
    "decode_qr",
    "find_cards",
    "find_qr",
    "load_photo",
    "looks_like_image",
    "rotate_quarter",
    "text_orientation_hint",
    "warp_card",
]
