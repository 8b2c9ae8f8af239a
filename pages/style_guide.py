"""The style guide: every component and body block, drawn by the site's own templates.

Nothing here is a copy of markup: blocks render through their own `render()` with their
`preview_value`, components through the same includes the pages use, so the guide shows what
visitors see and cannot drift from it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django import forms
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.models import Page

from .blocks import BodyBlock, CalloutBlock
from .listings import optional_page_model
from .models import Provider, Testimonial

# The callout kinds beyond the preview value's, so all three are on show.
EXTRA_CALLOUTS = [
    {
        "kind": "warning",
        "title": "After your infusion",
        "text": "<p>Do not drive or sign important papers until the next day.</p>",
    },
    {
        "kind": "crisis",
        "title": "If you are thinking about suicide",
        "text": "<p>Call or text 988 now, or call 911 if you are in danger.</p>",
    },
]

ICONS = ["phone", "calendar", "menu", "search", "arrow", "pin", "info", "alert", "heart"]


@dataclass
class Sample:
    """One block, rendered with sample content, under the label editors know it by."""

    name: str
    label: str
    html: SafeString | str


class SampleForm(forms.Form):
    """A form that arrives with errors, to show fields in every state."""

    name = forms.CharField(label="Your name", help_text="As you would like us to address you.")
    email = forms.EmailField(label="Email address")
    contact = forms.ChoiceField(
        label="How should we contact you?",
        choices=[("phone", "Phone"), ("email", "Email")],
        widget=forms.RadioSelect,
    )
    notes = forms.CharField(label="Anything else?", required=False, widget=forms.Textarea)
    agree = forms.BooleanField(label="I agree to be contacted about my request")


def _block_samples(request: HttpRequest) -> list[Sample]:
    samples = []
    context = {"request": request}
    for name, block in BodyBlock().child_blocks.items():
        value = _sample_value(block)
        html = block.render(value, context) if value is not None else ""
        samples.append(Sample(name=name, label=str(block.label), html=html))
        if isinstance(block, CalloutBlock):
            for extra in EXTRA_CALLOUTS:
                html = block.render(block.to_python(extra), context)
                samples.append(Sample(name=f"{name}-{extra['kind']}", label="", html=html))
    return samples


def _sample_value(block: blocks.Block):
    """The block's own preview value; for the image and testimonial choosers, a real one."""
    if block.name == "image":
        image = get_image_model().objects.order_by("pk").first()
        if image is None:
            return None
        alt_text = image.description or image.title
        return block.to_python(
            {"image": {"image": image.pk, "alt_text": alt_text, "decorative": False}, "caption": ""}
        )
    if block.name == "testimonial":
        return Testimonial(
            quote="The nurses explained every step, and I never felt rushed.",
            attribution="A. M. (sample)",
            condition="Depression",
            consent_recorded=datetime.date(2026, 1, 1),
            live=True,
        )
    return block.get_preview_value()


def _sample_pages() -> dict[str, Page | None]:
    """One live page of each type a card shows, if the site has one yet."""
    found: dict[str, Page | None] = {}
    for key, app_label, model_name in [
        ("article", "pages", "ArticlePage"),
        ("condition", "pages", "ConditionPage"),
        ("post", "blog", "BlogPage"),
        ("location", "locations", "LocationPage"),
    ]:
        model = optional_page_model(app_label, model_name)
        found[key] = model.objects.live().order_by("path").first() if model else None
    return found


def style_guide(request: HttpRequest) -> HttpResponse:
    form = SampleForm(data={"name": "", "email": "not-an-email", "contact": ""})
    form.is_valid()
    error_links = [
        {"href": f"#{form[name].auto_id}", "text": str(errors[0])}
        for name, errors in form.errors.items()
    ]
    paginator = Paginator(range(30), 10)
    return render(
        request,
        "pages/style_guide.html",
        {
            "meta_title": "Style guide",
            "meta_noindex": True,
            "blocks": _block_samples(request),
            "cards": _sample_pages(),
            "form": form,
            "error_links": error_links,
            "posts": paginator.page(2),
            "crumbs": [
                {"title": "Home", "url": "/", "is_current": False},
                {"title": "Learn", "url": "/learn/", "is_current": False},
                {"title": "What is ketamine?", "url": "#", "is_current": True},
            ],
            "testimonial": _sample_value(BodyBlock().child_blocks["testimonial"]),
            "icons": ICONS,
            "provider": Provider.objects.order_by("pk").first(),
        },
    )
