"""/sitemap.xml: Wagtail's sitemap, its addresses kept until the next publish.

Listing every page means reading each page type's table; the answer changes only when
content is published, so it is kept under the page cache's generation token, per host and
protocol, as the site data is (pages/site_cache.py).
"""

from wagtail.contrib.sitemaps import Sitemap

from pages import site_cache
from pages.models.listings import public_pages


class SiteSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        pages = site.root_page.get_descendants(inclusive=True).live()
        return public_pages(pages, self.request).order_by("path").defer_streamfields().specific()

    def get_urls(self, page=1, site=None, protocol=None):
        def compute() -> tuple[list[dict], object]:
            urls = super(SiteSitemap, self).get_urls(page=page, site=site, protocol=protocol)
            return urls, getattr(self, "latest_lastmod", None)

        host = self.request.get_host()
        key = f"sitemap:{protocol or self.request.scheme}:{host}:{page}"
        urls, latest_lastmod = site_cache.remember(self.request, key, compute)
        if latest_lastmod is not None:
            # Django's sitemap view sends it as the Last-Modified header.
            self.latest_lastmod = latest_lastmod
        return urls
