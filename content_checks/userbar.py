"""Wagtail's content checker (the userbar's and the editor's "Checks"), with this site's rules.

Wagtail runs axe-core on the page as visitors see it: in the editor's preview and, for signed-in
staff, on the live page. Besides Wagtail's defaults it checks here:

- images without alt text, headings out of order, empty headings and links, and link text
  that says nothing out of context ("click here");
- an article or blog post without a summary, which is its description for search engines
  and shared links;
- an id used twice on one page, which breaks in-page links and labels;
- a citation (a link to "#ref-N") with no source N on the page, and a source (id "ref-N")
  that nothing cites.

The rules whose logic is this site's own are evaluated by static/js/content-checks.js.
"""

from __future__ import annotations

from django.forms import Media
from wagtail.admin.userbar import ContentCheckerItem

# Link text that tells a screen reader user nothing when links are listed out of context.
VAGUE_LINK_TEXT = (
    "click here",
    "click",
    "here",
    "this",
    "this page",
    "link",
    "more",
    "read more",
    "learn more",
    "find out more",
    "go",
)

SITE_RULES = [
    {
        "id": "link-text-quality",
        "impact": "serious",
        "selector": "a[href]",
        "tags": ["best-practice"],
        "any": ["check-link-text"],
        "enabled": True,
    },
    {
        "id": "summary-missing",
        "impact": "moderate",
        # A page-level problem, shown on the page's one h1, as Wagtail's meta description rule.
        "selector": "h1",
        "tags": ["seo"],
        "any": ["check-summary"],
        "enabled": True,
    },
    {
        "id": "id-unique",
        "impact": "serious",
        "selector": "[id]",
        "excludeHidden": False,
        "tags": ["best-practice"],
        "any": ["check-id-unique"],
        "enabled": True,
    },
    {
        "id": "citation-has-source",
        "impact": "serious",
        "selector": 'a[href^="#ref-"]',
        "tags": ["best-practice"],
        "any": ["check-citation-has-source"],
        "enabled": True,
    },
    {
        "id": "source-is-cited",
        "impact": "moderate",
        "selector": '[id^="ref-"]',
        "excludeHidden": False,
        "tags": ["best-practice"],
        "any": ["check-source-is-cited"],
        "enabled": True,
    },
]

SITE_CHECKS = [
    {
        "id": "check-link-text",
        "options": {"vague": list(VAGUE_LINK_TEXT)},
    },
    # Whether the page is one that needs a summary is known here, not in the browser.
    {"id": "check-summary", "options": {"required": False}},
    {"id": "check-id-unique"},
    {"id": "check-citation-has-source"},
    {"id": "check-source-is-cited"},
]

# Page types (app label and model) whose summary is their description for search engines and
# shared links, and whose cards would otherwise show nothing: articles and blog posts.
SUMMARY_REQUIRED = {"pages.articlepage", "blog.blogpage"}

SITE_MESSAGES = {
    "image-alt": {
        "error_name": "Image has no alt text",
        "help_text": "Describe the image in the Description field, or mark it as decorative",
    },
    "link-text-quality": {
        "error_name": 'Link text like "click here"',
        "help_text": "Say where the link goes: screen readers list links out of context",
    },
    "summary-missing": {
        "error_name": "Article or post without a summary",
        "help_text": (
            "Write a summary (Promote tab): search engines and shared links show it, "
            "and cards list it"
        ),
    },
    "id-unique": {
        "error_name": "The same id is used twice on this page",
        "help_text": "Links and labels pointing to it reach only the first; rename one",
    },
    "citation-has-source": {
        "error_name": "Citation without a source",
        "help_text": "Add the source to the page's Sources list, or remove the citation",
    },
    "source-is-cited": {
        "error_name": "Source never cited",
        "help_text": "Cite it in the text, or remove it from the Sources list",
    },
}


class SiteContentCheckerItem(ContentCheckerItem):
    """Wagtail's content checker with the rules that matter on this site."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        *(rule["id"] for rule in SITE_RULES),
    ]
    axe_custom_rules = [*ContentCheckerItem.axe_custom_rules, *SITE_RULES]
    axe_custom_checks = [*ContentCheckerItem.axe_custom_checks, *SITE_CHECKS]
    axe_messages = {**ContentCheckerItem.axe_messages, **SITE_MESSAGES}

    def __init__(self, in_editor: bool = False, page=None):
        super().__init__(in_editor=in_editor)
        self.page = page

    def summary_required(self) -> bool:
        if self.page is None:
            return False
        page_class = getattr(self.page, "specific_class", None) or type(self.page)
        return page_class._meta.label_lower in SUMMARY_REQUIRED

    def get_axe_custom_checks(self, request) -> list[dict]:
        checks = []
        for check in super().get_axe_custom_checks(request):
            if check["id"] == "check-summary":
                check = {**check, "options": {"required": self.summary_required()}}
            checks.append(check)
        return checks

    @property
    def media(self) -> Media:
        # Loaded after Wagtail's userbar script, before axe first runs (on the window's load).
        return Media(js=["js/content-checks.js"])


def use_site_content_checker(request, items: list, page) -> None:
    """construct_wagtail_userbar hook: swap Wagtail's checker for this site's."""
    items[:] = [
        SiteContentCheckerItem(in_editor=item.in_editor, page=page)
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SiteContentCheckerItem)
        else item
        for item in items
    ]
