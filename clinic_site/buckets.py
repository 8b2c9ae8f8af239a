"""Shared media on S3-compatible object storage (django-storages), read from the environment.

With AWS_STORAGE_BUCKET_NAME set, uploaded images and their renditions live in a bucket every
app server reads and writes, public at plain addresses, and documents under a prefix of their
own (or in AWS_PRIVATE_BUCKET_NAME) that only the app's keys can read: Wagtail's view hands
each one out after its privacy check. Keys come from AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (or the machine's own credentials), which boto3 reads itself.

Written for Amazon S3, Cloudflare R2, Backblaze B2 and MinIO; tested against moto's server.
"""

import environ

YEAR = 60 * 60 * 24 * 365


def bucket_storages(env: environ.Env) -> dict[str, dict]:
    """The STORAGES entries for uploads and documents in a bucket; empty without one.

    Every option is plain JSON: Wagtail hands a storage's options to a task to delete a file.
    """
    bucket = env("AWS_STORAGE_BUCKET_NAME", default="")
    if not bucket:
        return {}
    shared = {
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
        "region_name": env("AWS_S3_REGION_NAME", default=None),
        # A second upload of "scan.jpg" gets a name of its own: names never change content,
        # so browsers and the front cache may keep an image for a year.
        "file_overwrite": False,
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **shared,
                "bucket_name": bucket,
                "location": env("AWS_MEDIA_PREFIX", default="media"),
                # Public objects at plain addresses (a CDN's, with AWS_S3_CUSTOM_DOMAIN). An
                # empty AWS_DEFAULT_ACL suits buckets without ACLs, public by a bucket policy.
                "default_acl": env("AWS_DEFAULT_ACL", default="public-read") or None,
                "querystring_auth": False,
                "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
                "url_protocol": env("AWS_S3_URL_PROTOCOL", default="https:"),
                "object_parameters": {"CacheControl": f"public, max-age={YEAR}, immutable"},
            },
        },
        "documents": {
            "BACKEND": "clinic_site.storage.PrivateS3Storage",
            "OPTIONS": {
                **shared,
                "bucket_name": env("AWS_PRIVATE_BUCKET_NAME", default=bucket),
                "location": env("AWS_DOCUMENTS_PREFIX", default="private-documents"),
            },
        },
    }


def client_config(env: environ.Env):
    """Timeouts for every call to the bucket: one that does not answer costs an upload
    seconds, not minutes. (A setting, AWS_S3_CLIENT_CONFIG, since it is not JSON.)"""
    from botocore.config import Config

    return Config(
        connect_timeout=env.float("AWS_S3_CONNECT_TIMEOUT", default=3),
        read_timeout=env.float("AWS_S3_READ_TIMEOUT", default=10),
        retries={"max_attempts": 2, "mode": "standard"},
    )
