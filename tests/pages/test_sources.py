"""pages/sources.py: the retired body "Sources" block's sources move into the page's one
Sources list, in order, without listing a source twice."""

import json

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from pages.models import ArticleReference
from pages.sources import (
    move_into_source_rows,
    move_into_source_stream,
    source_fields,
    sources_to_add,
    split_body,
)
from tests.factories import ArticlePageFactory, BlogIndexPageFactory, BlogPageFactory


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


def store_body(page, blocks) -> None:
    """Write a body as a site upgrading from the retired block has it: straight to the table,
    since today's body no longer accepts a Sources block."""
    table = page._meta.db_table
    column = type(page)._meta.get_field("body").column
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {column} = %s WHERE page_ptr_id = %s",
            [json.dumps(blocks), page.pk],
        )


def apps_before(app_label: str, migration: str):
    """The models as the migration that retires the block sees them: bodies that still
    know the Sources block (today's drop it when read)."""
    loader = MigrationExecutor(connection).loader
    return loader.project_state((app_label, migration), at_end=True).apps


def test_an_articles_body_sources_join_its_sources_list(home):
    page = ArticlePageFactory(parent=home)
    ArticleReference.objects.create(page=page, sort_order=0, title="First", url="")
    paragraph = {"type": "paragraph", "value": '<p>Claim <a href="#ref-2">[2]</a>.</p>', "id": "p"}
    store_body(page, [paragraph, body_sources("First", "Second")])
    draft = page.save_revision()
    draft.content["body"] = json.dumps([paragraph, body_sources("Third")])
    draft.save()

    move_into_source_rows(
        apps_before("pages", "0013_index_page_intro"), "pages", "ArticlePage", "ArticleReference"
    )

    page.refresh_from_db()
    assert [block.block_type for block in page.body] == ["paragraph"]
    titles = [source.title for source in page.references.order_by("sort_order")]
    assert titles == ["First", "Second"]
    draft.refresh_from_db()
    assert json.loads(draft.content["body"]) == [paragraph]
    assert [source["title"] for source in draft.content["references"]] == ["First", "Third"]


def test_a_blog_posts_body_sources_join_its_sources_list(home):
    blog = BlogIndexPageFactory(parent=home)
    post = BlogPageFactory(
        parent=blog,
        references=[{"type": "reference", "value": source_fields({"title": "First"})}],
    )
    store_body(post, [body_sources("First", "Second")])

    move_into_source_stream(
        apps_before("blog", "0004_index_page_intro_is_rich_text"), "blog", "BlogPage"
    )

    post.refresh_from_db()
    assert list(post.body) == []
    assert [source.value["title"] for source in post.references] == ["First", "Second"]
