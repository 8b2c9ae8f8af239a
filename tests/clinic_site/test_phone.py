"""Phone numbers as people write them and as links dial them (clinic_site/phone.py)."""

import pytest

from clinic_site.phone import tel_href


@pytest.mark.parametrize(
    ("written", "href"),
    [
        ("(312) 555-1234", "tel:+13125551234"),
        ("1-630-555-0100", "tel:+16305550100"),
        ("+44 20 7946 0000", "tel:+442079460000"),
        ("988", "tel:988"),
        ("", ""),
    ],
)
def test_phone_numbers_become_tap_to_call_links_that_dial_the_right_number(written, href):
    assert tel_href(written) == href
