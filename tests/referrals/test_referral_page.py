"""The "For clinicians" page (ReferralPage) as referrers and editors meet it: its copy and
form, what a referral sent through it does, the thank-you page, the printable referral sheet,
and the admin."""

import logging

from django.core import mail
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from demo import referrals as demo_referrals
from demo.loader import ensure_home
from pages.models import ClinicSettings, HomePage
from referrals.models import ReferralPage, ReferralSubmission
from tests.referrals.referral import (
    PATIENT_VALUES,
    REFERRER_VALUES,
    SHEET_URL,
    THANK_YOU_URL,
    URL,
    VALID,
    assert_holds_none_of,
    page_soup,
    referral_form,
)

# --- What a referrer sees ------------------------------------------------------------------


def test_page_shows_its_copy_and_the_form_with_one_h1(client, referral_page):
    response = client.get(URL)

    assert response.status_code == 200
    assert "referrals/referral_page.html" in [t.name for t in response.templates]
    soup = page_soup(response)
    assert len(soup.find_all("h1")) == 1
    headings = [h.get_text(strip=True) for h in soup.find_all("h2")]
    assert headings[:4] == [
        "Who may be a good candidate",
        "What we need from you",
        "How we keep you informed",
        "Refer a patient",
    ]
    form = referral_form(response)
    legends = [legend.get_text(strip=True) for legend in form.find_all("legend")]
    assert legends == ["About you", "About the patient"]
    for name in ["npi", "patient_first_name", "patient_last_initial", "patient_consent"]:
        assert form.find(attrs={"name": name}) is not None, name


def test_every_field_has_a_label(client, referral_page):
    form = referral_form(client.get(URL))

    for field in form.find_all(["input", "select", "textarea"]):
        if field.get("type") in {"hidden", "submit"}:
            continue
        assert form.find("label", attrs={"for": field["id"]}), field["name"]


def test_page_links_to_the_referral_sheet_and_gives_the_fax(client, referral_page):
    section = page_soup(client.get(URL)).find(id="form-heading").parent

    assert section.find("a", href=SHEET_URL)
    assert "(312) 555-0100" in section.get_text()


def test_form_page_is_private_to_each_visitor(client, referral_page):
    response = client.get(URL)

    assert "private" in response["Cache-Control"]
    assert "csrftoken" in response.cookies


# --- Sending a referral --------------------------------------------------------------------


def test_valid_referral_is_stored_and_the_referrer_thanked(refer, client, referral_page):
    response = refer()

    assert response.status_code == 303
    assert response["Location"] == THANK_YOU_URL
    submission = ReferralSubmission.objects.get()
    assert submission.page_id == referral_page.pk
    assert submission.form_data["npi"] == "1234567893"
    assert submission.form_data["patient_first_name"] == "Marigold"
    assert submission.location == "No preference"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "your referral has been sent" in thanks.content.decode()
    assert '<meta name="robots" content="noindex' in thanks.content.decode()


def test_nothing_typed_appears_in_the_address_or_the_log(refer, client, caplog):
    caplog.set_level(logging.DEBUG)

    response = refer()
    client.get(response["Location"])

    assert_holds_none_of(PATIENT_VALUES + REFERRER_VALUES, response["Location"])
    assert_holds_none_of(PATIENT_VALUES + REFERRER_VALUES, caplog.text)


def test_referral_with_errors_keeps_what_was_typed_and_lists_the_problems(refer):
    response = refer({**VALID, "npi": "1234567890", "patient_phone": "soon"})

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    soup = page_soup(response)
    assert soup.title.get_text(strip=True).startswith("Error:")
    summary = soup.find(class_="error-summary")
    links = [(a["href"], a.get_text(strip=True)) for a in summary.find_all("a")]
    assert [href for href, _ in links] == ["#id_npi", "#id_patient_phone"]
    assert "check-digit" in links[0][1]
    form = referral_form(response)
    assert form.find("input", attrs={"name": "npi"})["value"] == "1234567890"
    assert form.find("input", attrs={"name": "patient_first_name"})["value"] == "Marigold"
    assert (
        form.find("textarea", attrs={"name": "reason"}).get_text().strip()
        == "Quillfeather-4417 notes"
    )
    assert form.find("input", attrs={"name": "patient_consent"}).has_attr("checked")
    assert not ReferralSubmission.objects.exists()


def test_filled_honeypot_looks_like_success_and_stores_nothing(refer):
    response = refer({**VALID, "website": "http://spam.example"})

    assert response.status_code == 303
    assert not ReferralSubmission.objects.exists()


def test_sixth_referral_in_the_window_is_refused_kindly_and_stores_nothing(refer):
    for _ in range(5):
        assert refer().status_code == 303

    response = refer()

    assert response.status_code == 429
    assert "Please call us instead" in response.content.decode()
    assert ReferralSubmission.objects.count() == 5


def test_the_referrer_is_thanked_before_any_email_is_sent(refer):
    refer()

    assert mail.outbox == []
    assert ReferralSubmission.objects.get().notified_at is None


# --- The printable sheet -------------------------------------------------------------------


def test_sheet_asks_the_same_questions_with_the_fax_and_phone(client, referral_page, site):
    response = client.get(SHEET_URL)

    assert response.status_code == 200
    soup = page_soup(response)
    assert soup.find("link", href=lambda href: href and "referrals" in href)
    asked = [dt.get_text(" ", strip=True) for dt in soup.select(".referral-sheet__line dt")]
    form = referral_form(client.get(URL))
    labels = [label.get_text(" ", strip=True) for label in form.find_all("label")]
    assert asked == [label for label in labels if label != "Leave this field empty"]
    contact = soup.find(class_="referral-sheet__contact").get_text(" ", strip=True)
    assert "(312) 555-0100" in contact
    assert ClinicSettings.for_site(site).phone in contact
    assert not soup.find("form", id="referral-form")


def test_sheet_shows_the_page_number_for_referrals_when_staff_set_one(client, referral_page):
    referral_page.referral_phone = "(630) 555-0177"
    referral_page.referral_fax = ""
    referral_page.save_revision().publish()

    contact = page_soup(client.get(SHEET_URL)).find(class_="referral-sheet__contact")

    assert "(630) 555-0177" in contact.get_text()
    assert "Fax" not in contact.get_text()


# --- The admin -----------------------------------------------------------------------------


class TestReferralPageInTheAdmin(WagtailPageTestCase):
    def setUp(self):
        self.home = ensure_home()
        self.login()

    def test_page_lives_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ReferralPage, {HomePage})
        self.assertAllowedSubpageTypes(ReferralPage, {})

    def test_an_editor_can_create_the_page(self):
        self.assertCanCreate(self.home, ReferralPage, self._page_data())

        assert not ReferralPage.can_create_at(self.home)

    def test_form_and_thank_you_page_previews_render(self):
        demo_referrals.load(home=self.home, site=Site.objects.get(is_default_site=True))

        self.assertPageIsPreviewable(ReferralPage.objects.get())

    def test_editor_sees_referrals_count_on_the_page(self):
        demo_referrals.load(home=self.home, site=Site.objects.get(is_default_site=True))
        page = ReferralPage.objects.get()
        ReferralSubmission.objects.create(page=page, form_data={"npi": "1234567893"})

        response = self.client.get(f"/admin/pages/{page.pk}/edit/")

        assert f'href="/admin/forms/submissions/{page.pk}/">1</a>' in response.content.decode()

    def _page_data(self) -> dict:
        return nested_form_data(
            {
                "title": "For clinicians",
                "slug": "for-clinicians",
                "intro": rich_text("<p>Refer a patient.</p>"),
                "good_candidates": rich_text("<p>Who.</p>"),
                "what_we_need": rich_text("<p>What.</p>"),
                "reporting_back": rich_text("<p>How.</p>"),
                "thank_you_text": rich_text("<p>Thank you.</p>"),
                "referral_phone": "",
                "referral_fax": "",
                "to_address": "referrals@clinic.example",
            }
        )
