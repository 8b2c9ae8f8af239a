"""File storage for uploads that no web server may hand out by address."""

from django.core.files.storage import FileSystemStorage
from storages.backends.s3 import S3Storage


class NoPublicAddress:
    """A storage whose files have no address: the app reads them and serves them itself."""

    def url(self, name, *args, **kwargs):
        # Django's own way of saying a storage has no URL; Wagtail then serves documents through
        # its view, which checks the collection's privacy, instead of linking to the file.
        raise NotImplementedError("Private files have no public address.")


class PrivateFileSystemStorage(NoPublicAddress, FileSystemStorage):
    """Files on local disk with no public address, served by the app after its own checks."""


class PrivateS3Storage(NoPublicAddress, S3Storage):
    """Files in an S3-compatible bucket that nobody reads without the app's keys: stored with
    the private ACL, and given no address (not even a signed one), so Wagtail serves each
    document through its view, after checking its collection's privacy."""

    default_acl = "private"
    querystring_auth = True
