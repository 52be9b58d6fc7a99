"""Where shards live: local paths, or URLs that fsspec reads (``s3://bucket/prefix/``,
``hf://datasets/org/name/``, ``gs://…``).

Everything the readers and the manifest need from a file goes through here: listing, opening,
size, and an identity that changes when the file does (size and modification time locally; size
and ETag, version or modification time on an object store). Object stores need their fsspec
package (``s3fs`` for ``s3://``, ``huggingface_hub`` for ``hf://``) and its usual credentials;
fsspec's configuration applies, e.g. ``FSSPEC_S3_ENDPOINT_URL`` for an S3-compatible server.
"""

from __future__ import annotations

import os
from typing import IO

import fsspec

READ_BLOCK = 8 * 1024 * 1024
# What object stores report that changes with the content (S3: ETag; others: mtime and kin).
_VERSION_KEYS = ("ETag", "etag", "VersionId", "mtime", "LastModified", "last_modified")


def is_url(path: str) -> bool:
    return "://" in path


def _filesystem(url: str):
    return fsspec.core.url_to_fs(url)


def list_files(url: str) -> list[str] | None:
    """The files under a URL (a prefix lists recursively, a glob expands); None when nothing
    is there."""
    fs, path = _filesystem(url)
    if fs.isdir(path):
        found = fs.find(path)
    elif fs.isfile(path):
        found = [path]
    else:
        found = fs.glob(path)
    return [fs.unstrip_protocol(p) for p in sorted(found)] or None


def open_binary(path: str) -> IO[bytes]:
    """A seekable binary file of a local path or URL."""
    if not is_url(path):
        return open(path, "rb", buffering=1 << 20)
    fs, inner = _filesystem(path)
    return fs.open(inner, "rb", block_size=READ_BLOCK)


def size(path: str) -> int:
    if not is_url(path):
        return os.path.getsize(path)
    fs, inner = _filesystem(path)
    return int(fs.info(inner)["size"])


def identity(path: str) -> dict:
    """What the manifest keeps to tell whether a file changed since a split of it was read."""
    if not is_url(path):
        status = os.stat(path)
        return {"size": status.st_size, "mtime_ns": status.st_mtime_ns}
    fs, inner = _filesystem(path)
    info = fs.info(inner)
    version = next((str(info[key]) for key in _VERSION_KEYS if info.get(key) is not None), None)
    return {"size": int(info["size"]), "version": version}
