"""Image uploads: Wagtail's checks, made to refuse oversized and broken files before decoding."""

from django.conf import settings
from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def limit_pillow_to_upload_limit() -> None:
    """Make Pillow refuse, from the header alone, any image over the upload pixel limit.

    Wagtail reads an upload's size through Willow, which decodes the whole image first: a
    small, highly compressed PNG under Pillow's default limit (89 megapixels) would take
    hundreds of megabytes of memory before Wagtail's own 40-megapixel check ran. Pillow
    only warns between its limit and twice that and raises above, so its limit is set to
    half ours: anything over ours is refused from the header, and Wagtail turns that into
    its "too many pixels" message.
    """
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with broken files (truncated, corrupt) reported as not an
    image instead of raising a server error."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class ImageForm(BaseImageForm):
    """The admin's image upload and edit form (settings.WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
        if "description" in self.fields:
            # The description is the image's alt text wherever a page shows it without
            # its own: people using screen readers depend on it (WCAG 1.1.1).
            description = self.fields["description"]
            description.required = True
            description.label = "Alt text (description)"
            description.help_text = (
                "Describe what the image shows for people who cannot see it, in a sentence, "
                "e.g. “A quiet treatment room with a reclining chair”. Pages can still mark an "
                "image as decorative where it adds nothing to the text."
            )
