"""File storage for uploads that no web server may hand out by address."""

from django.core.files.storage import FileSystemStorage
from storages.backends.s3 import S3Storage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on local disk with no public address: the app reads them and serves them itself,
    after its own checks."""

    def url(self, name):
        # Django's own way of saying a storage has no URL; Wagtail then serves documents through
        # its view, which checks the collection's privacy, instead of linking to the file.
        raise NotImplementedError("Private files have no public address.")


class PrivateS3Storage(S3Storage):
    """Files in an S3-compatible bucket that nobody reads without the app's keys: stored with
    the private ACL, and given no address (not even a signed one), so Wagtail serves each
    document through its view, after checking its collection's privacy."""

    default_acl = "private"
    querystring_auth = True

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NotImplementedError("Private files have no public address.")
