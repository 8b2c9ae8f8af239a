"""One Sources list per page: moving the sources of the retired body "Sources" block into the
page's own list, for the data migrations that retired it (pages 0014, locations 0003, blog 0005).

A page could list its sources twice, in a body block and in its Sources panel, and both lists
printed ids "ref-1", "ref-2"... The body block's sources are appended to the page's list, in
their order, leaving out any the list already has (same title and address). The page and its
latest revision (a draft waiting to be published) both move.
"""

import json
import uuid
from typing import Any

SOURCE_FIELDS = ("title", "publisher", "year", "url")
# The retired block's name in every body StreamField.
BODY_BLOCK = "references"


def source_fields(value: dict[str, Any]) -> dict[str, Any]:
    """A source's fields as the Sources list stores them."""
    return {
        "title": str(value.get("title") or "")[:300],
        "publisher": str(value.get("publisher") or "")[:200],
        "year": value.get("year") or None,
        "url": str(value.get("url") or "")[:500],
    }


def split_body(raw_body: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict]]:
    """A body's blocks without its Sources blocks, and those blocks' sources in order."""
    kept, sources = [], []
    for block in raw_body or []:
        if block.get("type") != BODY_BLOCK:
            kept.append(block)
            continue
        for item in (block.get("value") or {}).get("references") or []:
            # A list item is stored as {"type": "item", "value": {...}} or, in older content,
            # as the bare value.
            value = item.get("value") if item.get("type") == "item" else item
            sources.append(source_fields(value or {}))
    return kept, sources


def sources_to_add(existing: list[dict[str, Any]], moved: list[dict[str, Any]]) -> list[dict]:
    """The moved sources the list does not have yet, in their order."""
    seen = {(source["title"], source["url"]) for source in existing}
    added = []
    for source in moved:
        key = (source["title"], source["url"])
        if source["title"] and key not in seen:
            seen.add(key)
            added.append(source)
    return added


def _raw(value: Any) -> list[dict[str, Any]]:
    """A StreamField's stored blocks, from a page (a StreamValue) or a revision (JSON)."""
    if value is None:
        return []
    if isinstance(value, str):
        return json.loads(value) if value else []
    if hasattr(value, "raw_data"):
        return [dict(block) for block in value.raw_data]
    return list(value)


def _has_body_sources(raw_body: list[dict[str, Any]]) -> bool:
    return any(block.get("type") == BODY_BLOCK for block in raw_body)


def _latest_revision(apps, page):
    if not page.latest_revision_id:
        return None
    revisions = apps.get_model("wagtailcore", "Revision").objects
    return revisions.filter(pk=page.latest_revision_id).first()


def move_into_source_rows(apps, app_label: str, page_model: str, source_model: str) -> None:
    """Move body sources into the page's Sources panel rows (`related_name="references"`)."""
    pages = apps.get_model(app_label, page_model).objects.all()
    rows = apps.get_model(app_label, source_model).objects
    for page in pages.iterator():
        body = _raw(page.body)
        if _has_body_sources(body):
            kept, moved = split_body(body)
            existing = list(rows.filter(page_id=page.pk).order_by("sort_order").values())
            start = max((row["sort_order"] or 0 for row in existing), default=-1) + 1
            for position, source in enumerate(sources_to_add(existing, moved), start=start):
                rows.create(page_id=page.pk, sort_order=position, **source)
            page.body = kept
            page.save(update_fields=["body"])
        revision = _latest_revision(apps, page)
        if revision is None:
            continue
        content = dict(revision.content)
        body = _raw(content.get("body"))
        if not _has_body_sources(body):
            continue
        kept, moved = split_body(body)
        existing = list(content.get("references") or [])
        added = sources_to_add([source_fields(source) for source in existing], moved)
        content["body"] = json.dumps(kept)
        content["references"] = existing + [
            {"pk": None, "page": page.pk, "sort_order": len(existing) + index, **source}
            for index, source in enumerate(added)
        ]
        revision.content = content
        revision.save(update_fields=["content"])


def _as_blocks(sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"type": "reference", "value": source, "id": str(uuid.uuid4())} for source in sources]


def move_into_source_stream(apps, app_label: str, page_model: str) -> None:
    """Move body sources into a page's `references` StreamField of "reference" blocks."""
    for page in apps.get_model(app_label, page_model).objects.all().iterator():
        body = _raw(page.body)
        if _has_body_sources(body):
            kept, moved = split_body(body)
            existing = _raw(page.references)
            listed = [source_fields(block["value"]) for block in existing]
            page.references = existing + _as_blocks(sources_to_add(listed, moved))
            page.body = kept
            page.save(update_fields=["body", "references"])
        revision = _latest_revision(apps, page)
        if revision is None:
            continue
        content = dict(revision.content)
        body = _raw(content.get("body"))
        if not _has_body_sources(body):
            continue
        kept, moved = split_body(body)
        existing = _raw(content.get("references"))
        listed = [source_fields(block["value"]) for block in existing]
        content["body"] = json.dumps(kept)
        content["references"] = json.dumps(existing + _as_blocks(sources_to_add(listed, moved)))
        revision.content = content
        revision.save(update_fields=["content"])
