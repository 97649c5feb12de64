"""Profile photos: what an upload must be, and the one format we keep.

An upload is read by Pillow, never trusted by its name or content type: it must be a JPEG, PNG
or WebP image of at most MAX_BYTES and between MIN_SIDE and MAX_SIDE pixels a side. What we
store is a new JPEG of at most STORED_SIDE pixels a side, drawn from the decoded pixels, so no
metadata (location, camera) and nothing but pixels survives.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MIN_SIDE = 64
MAX_SIDE = 6000
STORED_SIDE = 512
FORMATS = {"JPEG", "PNG", "WEBP"}


def photo_encode(upload) -> bytes:
    """The stored JPEG for `upload` (a Django UploadedFile), or ValidationError to show."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("This photo is too large: at most 2 MB."))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            if image.format not in FORMATS:
                raise ValidationError(_("Upload a JPEG, PNG or WebP image."))
            width, height = image.size
            if max(width, height) > MAX_SIDE:
                raise ValidationError(
                    _("This photo is too big: at most %(side)d pixels on each side.")
                    % {"side": MAX_SIDE}
                )
            if min(width, height) < MIN_SIDE:
                raise ValidationError(
                    _("This photo is too small: at least %(side)d pixels on each side.")
                    % {"side": MIN_SIDE}
                )
            image.load()
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        ValueError,
        SyntaxError,  # Pillow raises it for some broken files
    ):
        raise ValidationError(
            _("This file is not an image we can read. Upload a JPEG, PNG or WebP image.")
        ) from None
    image = ImageOps.exif_transpose(image)
    image.thumbnail((STORED_SIDE, STORED_SIDE))
    if image.mode != "RGB":
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue()
