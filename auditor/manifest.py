"""What a scan leaves in OUT to resume from: ``OUT/config.json`` (the extraction configuration
and its hash) and one manifest entry per finished split, ``OUT/manifest/<split>.json``, written
atomically after the split's facts file, so an entry exists only for a finished split."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from auditor import storage
from auditor.audit_types import ManifestEntry
from auditor.inputs import Split


class ConfigMismatch(RuntimeError):
    """OUT/ holds results of another extraction configuration."""


def config_hash(config: dict) -> str:
    """A short hash of a configuration, independent of its keys' order."""
    return hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]


def split_name(split: Split) -> str:
    """A stable, collision-free name for a split's files: readable stem + path hash + index."""
    digest = hashlib.sha1(split.shard.encode()).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", Path(split.shard).name)[:80]
    return f"{stem}-{digest}-{split.index:05d}"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` under a temporary name, then rename it: a reader sees the old
    file or the whole new one, never a part."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def prepare(out: Path) -> None:
    """Create OUT's facts/ and manifest/ folders and remove the temporary files a killed scan
    left in them."""
    for folder in ("facts", "manifest"):
        (out / folder).mkdir(parents=True, exist_ok=True)
        for partial in (out / folder).glob(".*.tmp"):
            partial.unlink()


def check_config(out: Path, config: dict, fresh: bool) -> str:
    """Record the configuration in ``out/config.json``, or check it against the recorded one;
    returns its hash. Another configuration raises ConfigMismatch unless ``fresh``, which
    discards the old results."""
    digest = config_hash(config)
    path = out / "config.json"
    if path.exists() and not fresh:
        recorded = json.loads(path.read_text(encoding="utf-8"))
        if recorded.get("hash") != digest:
            changed = sorted(
                k for k in set(config) | set(recorded.get("config", {}))
                if config.get(k) != recorded.get("config", {}).get(k)
            )  # fmt: skip
            raise ConfigMismatch(
                f"{out} holds facts extracted with another configuration (changed: "
                f"{', '.join(changed)}); they cannot be mixed. Use another --out, or --fresh "
                "to discard them and scan again."
            )
    if fresh or not path.exists():
        for folder in ("facts", "manifest"):
            for old in (out / folder).glob("*"):
                old.unlink()
    atomic_write_bytes(
        path, json.dumps({"hash": digest, "config": config}, indent=2, sort_keys=True).encode()
    )
    return digest


def write_entry(out: Path, split: Split, entry: ManifestEntry) -> None:
    """Record a finished split (its facts file is in place already)."""
    path = out / "manifest" / f"{split_name(split)}.json"
    atomic_write_bytes(path, json.dumps(entry, indent=1).encode())


def finished_entry(out: Path, split: Split, digest: str) -> ManifestEntry | None:
    """The manifest entry of a split finished earlier on the same input and configuration."""
    path = out / "manifest" / f"{split_name(split)}.json"
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    same = (
        # as JSON stores it: a Parquet split's row groups are a tuple in spec(), a list on disk
        entry.get("split") == json.loads(json.dumps(split.spec()))
        and entry.get("input") == storage.identity(split.shard)
        and entry.get("config_hash") == digest
        and (out / "facts" / entry.get("facts_file", "")).exists()
    )
    return entry if same else None
