"""/sitemap.xml: Wagtail's sitemap of the site's live, public pages."""

from wagtail.contrib.sitemaps import Sitemap

from pages.listings import public_pages


class SiteSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        pages = site.root_page.get_descendants(inclusive=True).live()
        return public_pages(pages, self.request).order_by("path").defer_streamfields().specific()
