"""pages/sources.py: the retired body "Sources" block's sources move into the page's one
Sources list, in order, without listing a source twice."""

from pages.sources import source_fields, sources_to_add, split_body


def body_sources(*titles, bare=False):
    items = [{"title": title, "publisher": "", "year": None, "url": ""} for title in titles]
    if not bare:
        items = [{"type": "item", "value": item, "id": f"i{n}"} for n, item in enumerate(items)]
    return {"type": "references", "value": {"title": "Sources", "references": items}, "id": "r"}


def test_split_body_takes_out_every_sources_block_and_keeps_the_rest_in_order():
    paragraph = {"type": "paragraph", "value": "<p>Claim [1].</p>", "id": "p"}
    heading = {"type": "heading", "value": {"text": "More", "level": "h2"}, "id": "h"}

    kept, sources = split_body(
        [paragraph, body_sources("First", "Second"), heading, body_sources("Third", bare=True)]
    )

    assert kept == [paragraph, heading]
    assert [source["title"] for source in sources] == ["First", "Second", "Third"]


def test_moved_sources_follow_the_list_and_skip_ones_it_already_has():
    listed = [source_fields({"title": "First", "url": "https://a.example/"})]
    moved = [
        source_fields({"title": "First", "url": "https://a.example/"}),
        source_fields({"title": "Second", "year": 2019}),
        source_fields({"title": "Second", "year": 2019}),
        source_fields({"title": ""}),
    ]

    added = sources_to_add(listed, moved)

    assert added == [{"title": "Second", "publisher": "", "year": 2019, "url": ""}]
