"""Visitors who ask their system for less motion get none."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# An element with a one-second transition and animation, as a designer might add.
ADD_MOVING_ELEMENT = """() => {
    const el = document.createElement("div");
    el.id = "moving";
    el.style.transition = "opacity 1s ease";
    el.style.animation = "none 1s infinite";
    document.querySelector("main").append(el);
    const style = getComputedStyle(el);
    return {
        transition: parseFloat(style.transitionDuration),
        animation: parseFloat(style.animationDuration),
        iterations: style.animationIterationCount,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
    };
}"""


def test_transitions_and_animations_stop_under_prefers_reduced_motion(open_page):
    page = open_page(reduced_motion="reduce")
    page.goto("/")

    moving = page.evaluate(ADD_MOVING_ELEMENT)

    assert moving["transition"] < 0.001
    assert moving["animation"] < 0.001
    assert moving["iterations"] == "1"
    assert moving["scroll"] == "auto"


def test_transitions_play_when_motion_is_welcome(open_page):
    page = open_page(reduced_motion="no-preference")
    page.goto("/")

    moving = page.evaluate(ADD_MOVING_ELEMENT)

    assert moving["transition"] == 1
    assert moving["animation"] == 1
