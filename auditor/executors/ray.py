"""Splits as Ray tasks: on a local Ray started for the scan, or on a cluster it joins."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from auditor.audit_types import ManifestEntry
from auditor.config import default_workers
from auditor.executors.common import EngineUnavailable
from auditor.inputs import Split
from auditor.options import ScanOptions
from auditor.scan import scan_split


def run(
    todo: list[Split], out: Path, options: ScanOptions, digest: str
) -> Generator[ManifestEntry, None, None]:
    """Scan ``todo`` as Ray tasks; yields each split's manifest entry as it finishes."""
    try:
        import ray
    except ImportError:
        raise EngineUnavailable(
            "the ray engine needs Ray: pip install 'fact-auditor[ray]'"
        ) from None
    started_here = not ray.is_initialized()
    if started_here:
        # With --ray-address, join that cluster; without, start a local Ray on this machine.
        cpus = None if options.ray_address else options.workers or default_workers()
        ray.init(address=options.ray_address, num_cpus=cpus, include_dashboard=False)
    try:
        task = ray.remote(scan_split)
        pending = [task.remote(split, out, options, digest) for split in todo]
        while pending:
            finished, pending = ray.wait(pending, num_returns=1)
            yield ray.get(finished[0])
    finally:
        if started_here:
            ray.shutdown()
