"""Counting the words a reader reads in a StreamField, without touching the database."""

import math

from django.utils.html import strip_tags
from wagtail import blocks

# Blocks whose stored value is words a reader reads; choosers, URLs, numbers and choices
# (a heading's level, a callout's kind) are not.
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)
WORDS_PER_MINUTE = 200


def reading_minutes(body) -> int:
    """Minutes a reader needs for a StreamField's text at an unhurried 200 words a minute,
    never less than one."""
    words = count_words(body.stream_block, body.raw_data)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def count_words(block: blocks.Block, raw) -> int:
    """Words in a block's stored (JSON) value, walking the block definitions.

    It reads the raw JSON rather than the block values, so a listing of many posts does not
    fetch every image, page and snippet their bodies choose.
    """
    if raw is None:
        return 0
    if isinstance(block, TEXT_BLOCKS):
        return len(strip_tags(str(raw)).split())
    if isinstance(block, blocks.StreamBlock):
        return sum(
            count_words(block.child_blocks[child["type"]], child.get("value"))
            for child in raw
            if child.get("type") in block.child_blocks
        )
    if isinstance(block, blocks.StructBlock):
        return sum(
            count_words(child_block, raw.get(name))
            for name, child_block in block.child_blocks.items()
            if isinstance(raw, dict)
        )
    if isinstance(block, blocks.ListBlock):
        # Lists are stored either as plain values or as {"type": "item", "value": ...} dicts.
        return sum(
            count_words(
                block.child_block,
                item["value"] if isinstance(item, dict) and item.get("type") == "item" else item,
            )
            for item in raw
        )
    return 0
