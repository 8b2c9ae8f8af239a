"""Factories for the test suite: small, readable, and each valid on its own."""

import datetime

import factory
import wagtail_factories

from pages.models import HomePage, Provider, Testimonial


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_title = "Relief from depression"

    class Meta:
        model = HomePage


class ProviderFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dr. Test Provider {n}")
    credentials = "MD"
    role = "Psychiatrist"

    class Meta:
        model = Provider


class TestimonialFactory(factory.django.DjangoModelFactory):
    quote = "I felt like myself again."
    attribution = factory.Sequence(lambda n: f"A. {chr(65 + n % 26)}.")
    condition = "Depression"
    consent_recorded = datetime.date(2026, 1, 15)
    live = True

    class Meta:
        model = Testimonial
