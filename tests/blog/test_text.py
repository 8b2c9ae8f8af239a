"""Counting the words a reader reads, for a post's reading time (blog/text.py)."""

from tests.factories import BlogPageFactory


def paragraph(words: int) -> dict:
    return {"type": "paragraph", "value": "<p>" + " ".join(["word"] * words) + "</p>"}


def test_reading_time_counts_words_a_reader_reads_at_200_a_minute(blog_index):
    post = BlogPageFactory(
        parent=blog_index,
        body=[
            paragraph(390),
            # 8 words of heading; its level ("h2") is not read.
            {"type": "heading", "value": {"text": "One two three four five six seven eight"}},
            {
                "type": "call_to_action",
                "value": {
                    "title": "Book now",
                    "text": "",
                    "button_text": "Go",
                    "page": None,
                    "link_url": "https://example.com/a/very/long/address/that/is/not/words",
                },
            },
        ],
    )

    # 390 + 8 + 3 = 401 words: a little over two minutes, so three.
    assert post.reading_minutes == 3


def test_reading_time_is_at_least_one_minute(blog_index):
    assert BlogPageFactory(parent=blog_index, body=[]).reading_minutes == 1
