"""Reading rendered pages as a search engine or link preview would: parse, then look up."""

import json
from typing import Any

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def meta(document: BeautifulSoup, key: str) -> str | None:
    """The content of <meta name=key> or <meta property=key>; None when absent."""
    tags = document.find_all("meta", attrs={"name": key}) + document.find_all(
        "meta", attrs={"property": key}
    )
    assert len(tags) <= 1, f"{key} appears {len(tags)} times"
    return tags[0]["content"] if tags else None


def canonical(document: BeautifulSoup) -> str | None:
    links = document.find_all("link", rel="canonical")
    assert len(links) <= 1
    return links[0]["href"] if links else None


def title(document: BeautifulSoup) -> str:
    """The <title> as a browser shows it: whitespace collapsed."""
    return " ".join(document.title.get_text().split())


def json_ld(document: BeautifulSoup) -> dict[str, Any] | None:
    """The page's one JSON-LD document (a page never has two), parsed."""
    scripts = document.find_all("script", type="application/ld+json")
    assert len(scripts) <= 1, f"{len(scripts)} JSON-LD scripts: a page has one graph"
    if not scripts:
        return None
    return json.loads(scripts[0].string)


def json_ld_nodes(document: BeautifulSoup) -> dict[str, dict[str, Any]]:
    """The graph's nodes by @type (each type at most once on our pages)."""
    data = json_ld(document)
    assert data is not None, "no JSON-LD on the page"
    assert data["@context"] == "https://schema.org"
    nodes: dict[str, dict[str, Any]] = {}
    for node in data["@graph"]:
        assert node["@type"] not in nodes, f"two {node['@type']} nodes"
        nodes[node["@type"]] = node
    return nodes


def nodes_of(client, url: str) -> dict[str, dict[str, Any]]:
    """The JSON-LD nodes by @type of the page at `url`."""
    return json_ld_nodes(soup(client.get(url)))


def breadcrumbs(response) -> list[tuple[str, str, str | None]] | None:
    """The visible breadcrumb trail as (text, address, aria-current); None when there is none."""
    nav = soup(response).find("nav", attrs={"aria-label": "Breadcrumb"})
    if nav is None:
        return None
    assert nav.find("ol") is not None
    return [
        (link.get_text(strip=True), link["href"], link.get("aria-current"))
        for link in nav.select("ol > li > a")
    ]
