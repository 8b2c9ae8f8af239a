"""Builders for the schema.org JSON-LD graph that every page carries in its head.

Each page type contributes nodes through `BasePage.get_json_ld_nodes(request)`; the functions
here build those nodes from plain values so they can be tested without a database. Every URL
passed in must already be absolute: search engines ignore relative ones.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe

SCHEMA_CONTEXT = "https://schema.org"
LANGUAGE = "en-US"

# Inside <script>, "</script>" or "<!--" in an editor's text would end the element early.
# Escaping these three characters as JSON unicode escapes keeps the JSON identical in meaning.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

_WHITESPACE = re.compile(r"\s+")
# Block-level tags separate words; inline ones (b, i, a) do not.
_BLOCK_TAG = re.compile(r"<(/?(?:p|li|ul|ol|br|h[1-6]|div|blockquote)\b)", re.IGNORECASE)
# A citation such as "[1]", "[2, 3]" or "[4-6]" and the space before it: it points to the
# page's Sources list, which a search engine's answer box does not show.
_CITATION = re.compile(r"\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]")


def plain_text(markup: str) -> str:
    """Rich text or HTML as one line of plain text, entities decoded."""
    # A space before each block tag, so "<p>One</p><p>Two</p>" does not become "OneTwo".
    text = strip_tags(_BLOCK_TAG.sub(r" <\1", str(markup or "")))
    return _WHITESPACE.sub(" ", html.unescape(text)).strip()


def without_citations(text: str) -> str:
    """Plain text without its citation markers: "Most feel better [1]." becomes "...better."."""
    return _CITATION.sub("", text).strip()


def iso_date(value: datetime.date | datetime.datetime | None) -> str | None:
    """A date or aware datetime in ISO 8601, as schema.org Date / DateTime expect."""
    if value is None:
        return None
    return value.isoformat()


def compact(node: Mapping[str, Any]) -> dict[str, Any]:
    """The node without empty values, so no property says "" or null."""
    return {key: value for key, value in node.items() if value not in (None, "", [], {})}


def graph(nodes: Iterable[Mapping[str, Any]]) -> dict[str, Any] | None:
    """One JSON-LD document holding every node, or None when there is nothing to say."""
    nodes = [dict(node) for node in nodes if node]
    if not nodes:
        return None
    return {"@context": SCHEMA_CONTEXT, "@graph": nodes}


def dumps(document: Mapping[str, Any]) -> str:
    """The document as JSON that is safe to put between <script> tags."""
    text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)


def script_tag(document: Mapping[str, Any] | None) -> SafeString:
    """The `<script type="application/ld+json">` element for a document ("" for None)."""
    if not document:
        return mark_safe("")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(dumps(document)))


# Node identifiers: fragments of the URL the node describes, so pages can refer to each other.


def organization_id(root_url: str) -> str:
    return f"{root_url.rstrip('/')}/#organization"


def website_id(root_url: str) -> str:
    return f"{root_url.rstrip('/')}/#website"


def breadcrumb_id(page_url: str) -> str:
    return f"{page_url}#breadcrumb"


def webpage_id(page_url: str) -> str:
    return f"{page_url}#webpage"


def organization_node(
    *,
    name: str,
    root_url: str,
    description: str = "",
    telephone: str = "",
    email: str = "",
    logo_url: str = "",
    same_as: Iterable[str] = (),
    medical_specialty: str = "Psychiatric",
) -> dict[str, Any]:
    """The clinic as a MedicalOrganization: who publishes the site."""
    return compact(
        {
            "@type": "MedicalOrganization",
            "@id": organization_id(root_url),
            "name": name,
            "url": root_url.rstrip("/") + "/",
            "description": description,
            "telephone": telephone,
            "email": email,
            "logo": logo_url,
            "medicalSpecialty": medical_specialty,
            "sameAs": [url for url in same_as if url],
        }
    )


def organization_reference(*, name: str, root_url: str) -> dict[str, Any]:
    """A short mention of the clinic for nodes on pages that do not carry the full node."""
    return {
        "@type": "MedicalOrganization",
        "@id": organization_id(root_url),
        "name": name,
        "url": root_url.rstrip("/") + "/",
    }


def website_node(*, name: str, root_url: str, search_url: str) -> dict[str, Any]:
    """The site itself, with the search box search engines may show under its listing.

    `search_url` is the absolute address of the search page; the query goes in `q`.
    """
    return {
        "@type": "WebSite",
        "@id": website_id(root_url),
        "url": root_url.rstrip("/") + "/",
        "name": name,
        "inLanguage": LANGUAGE,
        "publisher": {"@id": organization_id(root_url)},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def breadcrumb_list_node(trail: Iterable[tuple[str, str]], *, page_url: str) -> dict[str, Any]:
    """A BreadcrumbList from (name, absolute URL) pairs, home first, the page itself last."""
    return {
        "@type": "BreadcrumbList",
        "@id": breadcrumb_id(page_url),
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def person_node(
    *, name: str, credentials: str = "", job_title: str = "", url: str = ""
) -> dict[str, Any]:
    """A clinician, e.g. the medical reviewer of an article."""
    return compact(
        {
            "@type": "Person",
            "name": name,
            "honorificSuffix": credentials,
            "jobTitle": job_title,
            "url": url,
        }
    )


def provider_person_node(provider: Any, *, url: str = "") -> dict[str, Any]:
    """A `pages.Provider` snippet as a Person node."""
    return person_node(
        name=provider.name,
        credentials=getattr(provider, "credentials", ""),
        job_title=getattr(provider, "role", ""),
        url=url,
    )


def medical_condition_node(name: str, *, url: str = "", description: str = "") -> dict[str, Any]:
    """A condition a page is about (depression, PTSD...)."""
    return compact(
        {"@type": "MedicalCondition", "name": name, "url": url, "description": description}
    )


def medical_therapy_node(name: str, *, url: str = "") -> dict[str, Any]:
    """A treatment a page is about, named only: no claims about what it does."""
    return compact({"@type": "MedicalTherapy", "name": name, "url": url})


def medical_web_page_node(
    *,
    url: str,
    name: str,
    root_url: str,
    publisher_name: str,
    description: str = "",
    reviewed_by: Mapping[str, Any] | None = None,
    last_reviewed: datetime.date | None = None,
    about: Iterable[Mapping[str, Any]] = (),
    date_published: datetime.date | datetime.datetime | None = None,
    date_modified: datetime.date | datetime.datetime | None = None,
    image_url: str = "",
    has_breadcrumb: bool = True,
) -> dict[str, Any]:
    """A medically reviewed page (article, condition page) as a MedicalWebPage."""
    return compact(
        {
            "@type": "MedicalWebPage",
            "@id": webpage_id(url),
            "url": url,
            "name": name,
            "description": description,
            "inLanguage": LANGUAGE,
            "isPartOf": {"@id": website_id(root_url)},
            "publisher": organization_reference(name=publisher_name, root_url=root_url),
            "breadcrumb": {"@id": breadcrumb_id(url)} if has_breadcrumb else None,
            "reviewedBy": dict(reviewed_by) if reviewed_by else None,
            "lastReviewed": iso_date(last_reviewed),
            "about": [dict(item) for item in about],
            "datePublished": iso_date(date_published),
            "dateModified": iso_date(date_modified),
            "primaryImageOfPage": image_url,
            "audience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        }
    )


def faq_json_ld(stream_value: Iterable[Any], *, page_url: str = "") -> dict[str, Any] | None:
    """An FAQPage node from every `faq` block in a body StreamValue, or None if it has none.

    Questions and answers are plain text: rich-text markup is stripped, entities decoded.
    Items whose question or answer is empty are left out.
    """
    questions = []
    for block in stream_value or ():
        if getattr(block, "block_type", None) != "faq":
            continue
        for item in block.value.get("items") or ():
            question = plain_text(item.get("question", ""))
            answer = item.get("answer", "")
            answer = without_citations(plain_text(getattr(answer, "source", answer)))
            if question and answer:
                questions.append(
                    {
                        "@type": "Question",
                        "name": question,
                        "acceptedAnswer": {"@type": "Answer", "text": answer},
                    }
                )
    if not questions:
        return None
    node = {"@type": "FAQPage", "mainEntity": questions}
    if page_url:
        node = {"@type": "FAQPage", "@id": f"{page_url}#faq", "url": page_url, **node}
    return node


def blog_posting_node(
    *,
    url: str,
    headline: str,
    root_url: str,
    publisher_name: str,
    description: str = "",
    date_published: datetime.date | datetime.datetime | None = None,
    date_modified: datetime.date | datetime.datetime | None = None,
    authors: Iterable[Mapping[str, Any]] = (),
    image_url: str = "",
    keywords: Iterable[str] = (),
) -> dict[str, Any]:
    """A dated blog post as a BlogPosting; without named authors the clinic is the author."""
    publisher = organization_reference(name=publisher_name, root_url=root_url)
    authors = [dict(author) for author in authors]
    return compact(
        {
            "@type": "BlogPosting",
            "@id": f"{url}#article",
            "url": url,
            "mainEntityOfPage": url,
            # Search engines cut headlines at 110 characters.
            "headline": headline[:110],
            "description": description,
            "inLanguage": LANGUAGE,
            "datePublished": iso_date(date_published),
            "dateModified": iso_date(date_modified or date_published),
            "author": authors or [publisher],
            "publisher": publisher,
            "image": image_url,
            "keywords": ", ".join(keyword for keyword in keywords if keyword),
            "isPartOf": {"@id": website_id(root_url)},
        }
    )
