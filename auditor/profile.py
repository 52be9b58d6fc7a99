"""Where a scan's time goes: per-stage totals of wall time, bytes in and out, and documents.

A ``Profile`` is filled by the stages that run (``with profile.stage("extract") as totals:``,
then ``totals.bytes_in += ...``); a split's profile travels back with its manifest entry
(``as_dict``) and the scan adds the splits' together (``add_dict``). A disabled profile (the
default: no ``--profile``) hands every stage one shared scratch record and reads no clock, so
the timers cost a method call.

Stages, in the order of the data (``STAGES``): ``read`` (stored bytes of the split in, text
bytes of its documents out), ``prefilter`` (text in, the bytes of the windows around triggers
out), ``extract`` (text in, the bytes of the facts' subjects and values out; measured around
the whole extraction of a document, which runs its pre-filter again: ``prefilter`` is measured
apart, so its seconds are also inside ``extract``'s), ``write_facts`` (facts file bytes out),
``merge`` and ``count`` (in DuckDB: facts file bytes in), ``report`` (report files out).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import TypeVar

STAGES = ("read", "prefilter", "extract", "write_facts", "merge", "count", "report")

Item = TypeVar("Item")


@dataclass
class StageTotals:
    """One stage's totals."""

    seconds: float = 0.0
    bytes_in: int = 0
    bytes_out: int = 0
    documents: int = 0


class _Timer:
    """Adds the wall time of a ``with`` block to a stage's totals."""

    __slots__ = ("totals", "started")

    def __init__(self, totals: StageTotals):
        self.totals = totals
        self.started = 0.0

    def __enter__(self) -> StageTotals:
        self.started = time.perf_counter()
        return self.totals

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.totals.seconds += time.perf_counter() - self.started


class _Untimed:
    """The disabled profile's stage: hands out a scratch record, reads no clock."""

    __slots__ = ("scratch",)

    def __init__(self) -> None:
        self.scratch = StageTotals()

    def __enter__(self) -> StageTotals:
        return self.scratch

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None


class Profile:
    """Per-stage totals of one split or one scan."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self.stages: dict[str, StageTotals] = {}
        self._untimed = _Untimed()

    def totals(self, name: str) -> StageTotals:
        """The totals of stage ``name`` (created empty on first use; a scratch record when the
        profile is disabled)."""
        if not self.enabled:
            return self._untimed.scratch
        return self.stages.setdefault(name, StageTotals())

    def stage(self, name: str) -> _Timer | _Untimed:
        """A context manager that adds its block's wall time to stage ``name`` and yields the
        stage's totals, for the block to add its bytes and documents to."""
        if not self.enabled:
            return self._untimed
        return _Timer(self.totals(name))

    def timed(self, name: str, items: Iterable[Item]) -> Iterator[Item]:
        """``items``, with the time spent producing each (a reader's work) added to stage
        ``name`` and each item counted as a document; ``items`` itself when disabled."""
        if not self.enabled:
            return iter(items)
        return self._timed(self.totals(name), iter(items))

    @staticmethod
    def _timed(totals: StageTotals, items: Iterator[Item]) -> Iterator[Item]:
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                totals.seconds += time.perf_counter() - started
                return
            totals.seconds += time.perf_counter() - started
            totals.documents += 1
            yield item

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """The stages run, in STAGES order (others after, by name), as plain JSON."""
        order = {name: index for index, name in enumerate(STAGES)}
        names = sorted(self.stages, key=lambda name: (order.get(name, len(STAGES)), name))
        return {name: asdict(self.stages[name]) for name in names}

    def add_dict(self, stages: dict[str, dict[str, float | int]]) -> None:
        """Add the totals of another profile's ``as_dict`` (a worker's split) to these."""
        for name, values in stages.items():
            totals = self.totals(name)
            totals.seconds += float(values["seconds"])
            totals.bytes_in += int(values["bytes_in"])
            totals.bytes_out += int(values["bytes_out"])
            totals.documents += int(values["documents"])


def render_table(stages: dict[str, dict[str, float | int]]) -> str:
    """The per-stage totals as a text table: seconds, MB in and out, documents and MB/s in.
    Workers' seconds are summed across processes (CPU-like time, not wall time)."""
    lines = [f"{'stage':<12}{'seconds':>10}{'MB in':>10}{'MB out':>10}{'documents':>11}"
             f"{'MB/s in':>10}"]  # fmt: skip
    for name, values in stages.items():
        seconds = float(values["seconds"])
        mb_in, mb_out = int(values["bytes_in"]) / 1e6, int(values["bytes_out"]) / 1e6
        speed = f"{mb_in / seconds:>10.1f}" if seconds > 0 and mb_in else f"{'-':>10}"
        lines.append(
            f"{name:<12}{seconds:>10.3f}{mb_in:>10.2f}{mb_out:>10.2f}"
            f"{int(values['documents']):>11,}{speed}"
        )
    return "\n".join(lines)
