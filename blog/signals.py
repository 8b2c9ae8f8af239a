"""Keep the Marketing group's rights following the blog, wherever and whenever it is created."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import BlogIndexPage
from .permissions import grant_marketing_blog_permissions


@receiver(post_save, sender=BlogIndexPage)
def grant_marketing_rights_on_new_blog(sender, instance, created, raw=False, **kwargs):
    # The group's migration runs before any blog exists on a new site, so a blog created
    # later (in the admin or by the demo loader) gets Marketing's rights here.
    if created and not raw:
        grant_marketing_blog_permissions(instance)
