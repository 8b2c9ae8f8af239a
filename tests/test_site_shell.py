"""What every page shares: the crisis notice and the landmarks of the base template."""

CRISIS_TEXT = "call or text 988"


def test_home_page_renders_with_crisis_notice_and_landmarks(client, home):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert CRISIS_TEXT in html
    assert "911" in html
    assert 'href="tel:988"' in html
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert html.count("<h1") == 1


def test_admin_login_page_answers(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
