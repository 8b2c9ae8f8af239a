"""File storage for uploads that no web server may hand out by address."""

from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on local disk with no public address: the app reads them and serves them itself,
    after its own checks."""

    def url(self, name):
        # Django's own way of saying a storage has no URL; Wagtail then serves documents through
        # its view, which checks the collection's privacy, instead of linking to the file.
        raise NotImplementedError("Private files have no public address.")
