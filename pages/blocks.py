"""The one body StreamBlock that articles, condition pages, standard pages and blog posts share."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from pages.listings import fetch_renditions

# Body text stays plain: editors may emphasise, link and list, never restyle.
# "cite" links a claim to the page's Sources list as <a href="#ref-N">[N]</a>; it needs "link".
PARAGRAPH_FEATURES = ["bold", "italic", "link", "cite", "ol", "ul"]


class HeadingValue(blocks.StructValue):
    """A heading's anchor, so a table of contents or a link can point at it."""

    @property
    def anchor(self) -> str:
        return slugify(self.get("text") or "")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="Keep headings short and descriptive.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Subsection heading")],
        default="h2",
        help_text="Use a subsection heading only under a section heading.",
    )

    class Meta:
        template = "blocks/heading_block.html"
        icon = "title"
        label = "Heading"
        value_class = HeadingValue
        preview_value = {"text": "What to expect at your first visit", "level": "h2"}


class ImageWithCaptionValue(blocks.StructValue):
    """The alt text to print: none for a decorative image, else the editor's or the library's."""

    @property
    def alt_text(self) -> str:
        image = self.get("image")
        if image is None or getattr(image, "decorative", False):
            return ""
        return getattr(image, "contextual_alt_text", None) or image.default_alt_text


# The renditions templates/blocks/image_block.html shows, fetched with the body's images.
IMAGE_BLOCK_SPEC = "format-{avif,webp,jpeg} width-{480,800,1200}"


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Describe the image for people who cannot see it.")
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        template = "blocks/image_block.html"
        icon = "image"
        label = "Image"
        value_class = ImageWithCaptionValue

    def bulk_to_python(self, values):
        # Every image block of a body is read at once: their renditions come in one query
        # too, where the template would otherwise ask once an image.
        structs = super().bulk_to_python(values)
        fetch_renditions(
            [struct["image"] for struct in structs if struct["image"]], IMAGE_BLOCK_SPEC
        )
        return structs


class CalloutValue(blocks.StructValue):
    """The visible label that tells every reader what kind of callout this is."""

    LABELS = {"info": "Information", "warning": "Caution", "crisis": "Crisis help"}

    @property
    def label(self) -> str:
        return self.LABELS.get(self.get("kind"), self.LABELS["info"])


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("info", "Information"),
            ("warning", "Caution"),
            ("crisis", "Crisis help"),
        ],
        default="info",
        help_text="Crisis help is for getting urgent help (988, 911); use it sparingly.",
    )
    title = blocks.CharBlock(max_length=120, required=False)
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)

    class Meta:
        template = "blocks/callout_block.html"
        icon = "warning"
        label = "Callout"
        value_class = CalloutValue
        preview_value = {
            "kind": "info",
            "title": "Before your infusion",
            "text": "<p>Eat a light meal and arrange a ride home.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        template = "blocks/quote_block.html"
        icon = "openquote"
        label = "Quote"
        preview_value = {"text": "Ask every question you have.", "attribution": "Our nurses"}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, required=False)
    steps = blocks.ListBlock(StepBlock(), min_num=1)

    class Meta:
        template = "blocks/steps_block.html"
        icon = "list-ol"
        label = "Numbered steps"
        preview_value = {
            "title": "How treatment works",
            "steps": [
                {"title": "Evaluation", "text": "<p>A medical and psychiatric screening.</p>"},
                {"title": "Infusion", "text": "<p>A low dose over 40–60 minutes.</p>"},
            ],
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        template = "blocks/faq_block.html"
        icon = "help"
        label = "Questions and answers"
        preview_value = {
            "title": "Common questions",
            "items": [{"question": "Can I drive home?", "answer": "<p>No: arrange a ride.</p>"}],
        }


class PriceItemBlock(blocks.StructBlock):
    item = blocks.CharBlock(max_length=120)
    price = blocks.CharBlock(max_length=40, help_text='As shown to visitors, e.g. "$275".')
    note = blocks.CharBlock(max_length=200, required=False)


class PriceListBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(PriceItemBlock(), min_num=1)

    class Meta:
        template = "blocks/price_list_block.html"
        icon = "table"
        label = "Price list"
        preview_value = {
            "title": "Prices",
            "items": [{"item": "Ketamine infusion (45 minutes)", "price": "$275", "note": ""}],
        }


class StatisticBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=20, help_text='The number itself, e.g. "70%".')
    label = blocks.CharBlock(max_length=200, help_text="What the number measures.")
    source_title = blocks.CharBlock(max_length=250, help_text="The study or publication.")
    source_url = blocks.URLBlock(help_text="Where a reader can check the number.")

    class Meta:
        template = "blocks/statistic_block.html"
        icon = "snippet"
        label = "Statistic with source"
        preview_value = {
            "figure": "71%",
            "label": "of people in a small 2006 study responded a day after one infusion",
            "source_title": "Zarate et al., Archives of General Psychiatry, 2006",
            "source_url": "https://pubmed.ncbi.nlm.nih.gov/16894061/",
        }


# Schemes a button may use; anything else (javascript:, data:) is refused when saving.
SAFE_LINK_PREFIXES = ("/", "#", "https://", "http://", "tel:", "mailto:", "sms:")


class CallToActionValue(blocks.StructValue):
    """The link's address, whichever of page or URL the editor filled in."""

    @property
    def url(self) -> str:
        page = self.get("page")
        # An unpublished page has no public address: fall back to the typed link, if any.
        if page is not None and page.live:
            return page.url or ""
        return self.get("link_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button_text = blocks.CharBlock(max_length=60, default="Book a free consultation")
    page = blocks.PageChooserBlock(required=False, help_text="Where the button leads.")
    link_url = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Only if the button leads outside this site, or to a phone number (tel:…).",
    )

    class Meta:
        template = "blocks/call_to_action_block.html"
        icon = "pick"
        label = "Call to action"
        value_class = CallToActionValue
        preview_value = {
            "title": "Talk it through with us",
            "text": "Your first consultation is free, and there is no obligation.",
            "button_text": "Book a free consultation",
            "link_url": "tel:+13125551234",
        }

    def clean(self, value):
        value = super().clean(value)
        link_url = (value.get("link_url") or "").strip()
        if link_url and not link_url.lower().startswith(SAFE_LINK_PREFIXES):
            raise StructBlockValidationError(
                block_errors={
                    "link_url": ValidationError(
                        "Enter a web address (https://…), a path on this site (/…), or a "
                        "tel:, sms: or mailto: link."
                    )
                }
            )
        return value


class TestimonialBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("pages.Testimonial", **kwargs)

    class Meta:
        template = "blocks/testimonial_block.html"
        icon = "openquote"
        label = "Testimonial"


class ReferenceBlock(blocks.StructBlock):
    """One source of a blog post's Sources list."""

    title = blocks.CharBlock(max_length=300)
    publisher = blocks.CharBlock(
        max_length=200, required=False, help_text="Journal or organisation."
    )
    year = blocks.IntegerBlock(required=False, min_value=1900, max_value=2100)
    url = blocks.URLBlock(required=False)


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        template="blocks/paragraph_block.html",
        icon="pilcrow",
        preview_value=(
            "<p>Plain words in short paragraphs. Select a claim and choose <b>Cite</b> to "
            'link it to its source <a href="#ref-1">[1]</a>.</p>'
        ),
    )
    image = ImageWithCaptionBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    steps = StepsBlock()
    faq = FAQBlock()
    price_list = PriceListBlock()
    statistic = StatisticBlock()
    call_to_action = CallToActionBlock()
    testimonial = TestimonialBlock()
    # No Sources block: each page has one Sources list beside its body (see "Cite" in
    # pages/wagtail_hooks.py), so a page never prints two lists with the same #ref-N ids.
