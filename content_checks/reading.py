"""How hard a page's body is to read, as a school grade (textstat's Flesch-Kincaid grade).

Health information written for patients should read at about 8th grade or below: the plain
target this site sets. The grade is a warning for editors and medical reviewers, never a block
on publishing.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

import textstat
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

# Grade 8 or below is the plain target for health information written for patients.
TARGET_GRADE = 8.0
# Fewer words than this give a grade that means little (a stub, a form page's intro).
MIN_WORDS = 30
# Blocks that are not prose a patient reads through: a list of sources reads like a
# bibliography and would push every cited page's grade up.
SKIPPED_BLOCKS = {"references", "price_list", "statistic", "testimonial"}
# A heading or list item without a full stop would otherwise run into the next sentence.
_SENTENCE_END = re.compile(r"[.!?:;]$")
_BLOCK_TAGS = re.compile(r"</?(p|h[1-6]|li|ul|ol|blockquote|br|div)\b[^>]*>", re.IGNORECASE)


def reading_grade(text: str) -> float:
    """The Flesch-Kincaid grade of `text`, as textstat computes it."""
    return textstat.flesch_kincaid_grade(text)


def word_count(text: str) -> int:
    return textstat.lexicon_count(text)


def _pieces_of_html(markup: str) -> list[str]:
    # Each paragraph, heading and list item is a piece of its own.
    text = _BLOCK_TAGS.sub("\n", markup)
    return [html.unescape(strip_tags(line)).strip() for line in text.split("\n")]


def _pieces(block: blocks.Block, raw) -> list[str]:
    """The text of a block's stored (JSON) value: read as stored, so that no image, page or
    snippet it chooses is fetched from the database."""
    if raw is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        return _pieces_of_html(str(raw))
    if isinstance(block, blocks.StreamBlock):
        return [
            piece
            for child in raw
            if child.get("type") not in SKIPPED_BLOCKS and child.get("type") in block.child_blocks
            for piece in _pieces(block.child_blocks[child["type"]], child.get("value"))
        ]
    if isinstance(block, blocks.StructBlock):
        return [
            piece
            for name, child_block in block.child_blocks.items()
            if name not in SKIPPED_BLOCKS
            for piece in _pieces(child_block, raw.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        # Stored as {"type": "item", "value": ...} entries, or as plain values before Wagtail 2.16.
        items = [
            item.get("value") if isinstance(item, dict) and "type" in item else item for item in raw
        ]
        return [piece for item in items for piece in _pieces(block.child_block, item)]
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and raw:
        return [str(raw)]
    # Choices, links, numbers, dates, images and pages carry no prose.
    return []


def stream_text(model: type[Page], raw: list | str | None) -> str:
    """The prose of a body stored as `raw` (StreamField JSON) on a page of type `model`,
    one sentence-ending piece per line."""
    if isinstance(raw, str):
        raw = json.loads(raw) if raw else []
    field = model._meta.get_field("body")
    lines = []
    for piece in _pieces(field.stream_block, raw or []):
        piece = " ".join(piece.split())
        if piece:
            lines.append(piece if _SENTENCE_END.search(piece) else f"{piece}.")
    return "\n".join(lines)


def body_text(page: Page) -> str:
    """The prose of a page's body as plain text, one sentence-ending piece per line."""
    if not has_body(page):
        return ""
    return stream_text(type(page), list(page.body.raw_data))


def has_body(page: Page) -> bool:
    try:
        return isinstance(page._meta.get_field("body"), StreamField)
    except FieldDoesNotExist:
        return False


@dataclass(frozen=True)
class Grade:
    """A page's reading grade, with the words it was measured on."""

    grade: float | None
    words: int

    @property
    def above_target(self) -> bool:
        return self.grade is not None and self.grade > TARGET_GRADE

    @property
    def display(self) -> str:
        if self.grade is None:
            return "Too short to grade"
        return f"{self.grade:.1f}"

    @property
    def verdict(self) -> str:
        if self.grade is None:
            return f"Fewer than {MIN_WORDS} words"
        if self.above_target:
            return f"Above the target (grade {TARGET_GRADE:g} or below)"
        return "Within the target"


def grade_text(text: str) -> Grade:
    words = word_count(text)
    if words < MIN_WORDS:
        return Grade(grade=None, words=words)
    return Grade(grade=round(reading_grade(text), 1), words=words)


def _key(revision_id: int) -> str:
    return f"content-checks:reading-grade:{revision_id}"


def kept_grades(revision_ids: list[int]) -> dict[int, Grade]:
    """The grades already kept for these revisions, in one round trip to the cache."""
    kept = cache.get_many([_key(revision_id) for revision_id in revision_ids])
    return {
        revision_id: Grade(*kept[_key(revision_id)])
        for revision_id in revision_ids
        if _key(revision_id) in kept
    }


def grade_page(page: Page) -> Grade:
    """The grade of `page` (a specific page object) as it stands, saved or not."""
    return grade_text(body_text(page))


def grade_revision(model: type[Page], revision) -> Grade:
    """The grade of a saved revision of a page of type `model`, read from its stored JSON.

    A revision never changes, so its grade is kept in the cache for a day.
    """
    key = _key(revision.pk)
    kept = cache.get(key)
    if kept is not None:
        return Grade(*kept)
    grade = grade_text(stream_text(model, revision.content.get("body")))
    cache.set(key, (grade.grade, grade.words), 60 * 60 * 24)
    return grade
