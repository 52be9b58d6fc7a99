"""Where splits run: ``local`` (this machine's worker processes) or ``ray`` (Ray tasks).

Every executor has one signature (``Executor``): it runs ``scan_split`` on each split of
``todo`` and yields the manifest entries as splits finish, in any order. The scan consumes them
inside ``contextlib.closing``, so an error or Ctrl-C in the consumer closes the executor at
once (stopping its workers) rather than when the generator is collected.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Protocol

from auditor.audit_types import ManifestEntry
from auditor.executors import local, ray
from auditor.executors.common import EngineUnavailable
from auditor.inputs import Split
from auditor.options import ScanOptions

__all__ = ["ENGINES", "EngineUnavailable", "Executor"]


class Executor(Protocol):
    def __call__(
        self, todo: list[Split], out: Path, options: ScanOptions, digest: str
    ) -> Generator[ManifestEntry, None, None]: ...


ENGINES: dict[str, Executor] = {"local": local.run, "ray": ray.run}
