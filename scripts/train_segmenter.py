"""Train the reference entry segmenter (a line-level CRF: B starts an entry, I continues one,
O belongs to none) shipped as ``extractors/data/references_lines.crfsuite``.

Training data:
- The labelled web blocks of ``../shared/references/web/entries.jsonl``: each block's entry
  offsets give its lines' labels. Every 6th block (index % 6 == 3) is held out.
- Synthetic blocks rendered from AnyStyle's labelled reference strings (``res/parser/`` of
  https://github.com/inukshuk/anystyle, BSD 2-clause; only trained weights are shipped) in
  list layouts: numbered, bulleted, hanging indent, wrapped lines, blank-line separated, and
  run in with a heading and prose paragraphs around (prose from the docstrings of Python's
  standard library, so no corpus text is needed), and one entry a line in the title-first
  orders of reading lists and programmes. Every 10th AnyStyle string is held out and
  rendered into held-out blocks of each layout.

The script prints entry-boundary precision and recall (an entry is right when its first and
last lines are) per layout on the held-out web and synthetic blocks, for the trained model and
for the rule-based segmenter.

Run: ``python scripts/train_segmenter.py [--shared ../shared/references]``.
"""

from __future__ import annotations

import argparse
import bisect
import inspect
import json
import random
import sys
import textwrap
import time
from collections import defaultdict
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_references import anystyle_sequences, collapse, given_names, synthetic  # noqa: E402

from extractors.references.segment import (  # noqa: E402
    SEGMENTER_MODEL,
    Entry,
    line_features,
    segment_by_model,
    segment_by_rules,
)

MODEL = Path(__file__).resolve().parents[1] / "extractors" / "data" / SEGMENTER_MODEL
LAYOUTS = (
    "numbered",
    "bracketed",
    "bulleted",
    "hanging",
    "wrapped",
    "blank-separated",
    "run-in",
    "one-a-line",
)
HEADINGS = ("References", "Bibliography", "## References", "Further reading", "Works cited", "")


# Standard-library modules whose docstrings give the prose around synthetic lists (a fixed
# list: importing every module would run the few that act on import).
PROSE_MODULES = (
    "argparse ast asyncio base64 bisect calendar collections contextlib copy csv dataclasses"
    " datetime decimal difflib email enum fractions functools glob gzip hashlib heapq hmac html"
    " imaplib inspect io ipaddress itertools json logging mailbox math mimetypes numbers"
    " operator optparse os pathlib pickle platform pprint queue random re sched secrets"
    " selectors shelve shlex shutil signal smtplib socket sqlite3 ssl statistics string struct"
    " subprocess tarfile tempfile textwrap threading timeit tokenize traceback typing unittest"
    " uuid warnings weakref zipfile"
).split()


def prose_paragraphs() -> list[str]:
    """Paragraphs of English prose from the docstrings of standard-library modules and of
    their classes and functions."""
    import importlib

    paragraphs = []
    for name in PROSE_MODULES:
        module = importlib.import_module(name)
        docs = [inspect.getdoc(module) or ""]
        for _, member in inspect.getmembers(module):
            if inspect.isclass(member) or inspect.isfunction(member):
                docs.append(inspect.getdoc(member) or "")
        for doc in docs:
            for paragraph in doc.split("\n\n"):
                words = paragraph.split()
                if ">>>" in paragraph or "__" in paragraph:
                    continue
                if len(words) >= 12 and sum(w[:1].isalpha() for w in words) > 0.8 * len(words):
                    paragraphs.append(" ".join(words))
    return sorted(set(paragraphs))


def render_block(
    strings: list[str], layout: str, rng: random.Random, prose: list[str]
) -> tuple[str, list[tuple[int, int]]]:
    """A block of entries in one list layout, and each entry's (start, end) offsets."""
    width = rng.randrange(60, 110)
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0

    def add(piece: str, entry: bool = False) -> None:
        nonlocal at
        if entry:
            spans.append((at, at + len(piece)))
        parts.append(piece)
        at += len(piece)

    if layout == "run-in" or rng.random() < 0.3:
        heading = rng.choice(HEADINGS)
        if layout == "run-in" and prose:
            add(textwrap.fill(rng.choice(prose), width) + "\n\n")
        if heading:
            add(heading + "\n" + ("\n" if rng.random() < 0.6 else ""))
    first_number = rng.choice([1, 1, 1, rng.randrange(2, 60)])
    indent = " " * rng.choice([0, 0, 2, 4])
    bullet = rng.choice(["-", "*", "•", "+"])
    delimiter = rng.choice("..)")
    wrap = layout in ("hanging", "wrapped", "blank-separated") or (
        layout != "one-a-line" and rng.random() < 0.5
    )
    for n, string in enumerate(strings):
        if layout == "numbered":
            marker = f"{first_number + n}{delimiter} "
        elif layout == "bracketed":
            marker = f"[{first_number + n}] "
        elif layout == "bulleted":
            marker = f"{bullet} "
        else:
            marker = ""
        hang = " " * len(marker)
        if layout == "hanging":
            hang = " " * rng.choice([2, 3, 4, 8])
        elif layout == "wrapped":
            hang = ""
        if wrap:
            body = textwrap.fill(
                string, width, initial_indent=indent + marker, subsequent_indent=indent + hang
            )
        else:
            body = indent + marker + string
        add(body, entry=True)
        separator = "\n"
        if layout == "blank-separated":
            separator = "\n\n"
        add(separator)
    if layout == "run-in" and prose:
        add("\n" + textwrap.fill(rng.choice(prose), width) + "\n")
    return "".join(parts), spans


def line_labels(text: str, spans: list[tuple[int, int]], entries: list[tuple[int, int]]):
    """B, I or O for every line of ``spans`` from the entries' offsets."""
    labels = []
    for a, b in spans:
        label = "O"
        for start, end in entries:
            if start < b + 1 and end > a:
                label = "B" if a <= start <= b or start < a and not text[start:a].strip() else "I"
                if label == "B" or start < a:
                    break
        labels.append(label)
    return labels


def entry_lines(text: str, entries) -> set[tuple[int, int]]:
    """(first line, last line) of each entry, lines numbered from 0."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    out = set()
    for start, end in entries:
        while start < end and text[start] in " \t\n":
            start += 1
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        if start < end:
            first = bisect.bisect_right(starts, start) - 1
            out.add((first, bisect.bisect_right(starts, end - 1) - 1))
    return out


def score(blocks, segmenter) -> dict[str, list[int]]:
    """Per layout: [entries right, entries found, entries labelled]."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for layout, text, entries in blocks:
        gold = entry_lines(text, entries)
        got = entry_lines(text, [(e.start, e.end) for e in segmenter(text)])
        for key in (layout, "ALL"):
            totals[key][0] += len(gold & got)
            totals[key][1] += len(got)
            totals[key][2] += len(gold)
    return totals


def print_scores(name: str, totals: dict[str, list[int]]) -> None:
    for layout in sorted(totals, key=lambda k: (k == "ALL", k)):
        right, found, labelled = totals[layout]
        print(
            f"  {name:6s} {layout:20s} P {right / max(1, found):.3f}"
            f" R {right / max(1, labelled):.3f}  ({labelled} entries)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "references"
    )
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--synthetic", type=int, default=3000, help="synthetic training blocks")
    parser.add_argument("--web-weight", type=int, default=10, help="copies of each web block")
    parser.add_argument("--c1", type=float, default=0.1, help="L1 regularisation")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    args = parser.parse_args()
    rng = random.Random(29)

    sequences = anystyle_sequences(args.shared / "anystyle")
    given = given_names([s for i, s in enumerate(sequences) if i % 10])
    strings = [" ".join(text for _, text in sequence) for sequence in sequences]
    # the same entries in the title-first orders of reading lists and programmes
    # ("Title. Authors, et al.", "**Title** Authors"), one a line in the layout "one-a-line"
    reordered = [
        " ".join(text.strip() for _, text in layout) if layout else string
        for string, layout in (
            (string, synthetic(collapse(sequence), rng, given))
            for string, sequence in zip(strings, sequences, strict=True)
        )
    ]
    train_strings = [s for i, s in enumerate(strings) if i % 10]
    held_strings = [s for i, s in enumerate(strings) if i % 10 == 0]
    train_reordered = [s for i, s in enumerate(reordered) if i % 10]
    held_reordered = [s for i, s in enumerate(reordered) if i % 10 == 0]
    prose = prose_paragraphs()
    train_prose, held_prose = prose[::2], prose[1::2]

    def synthetic_blocks(pool, reordered_pool, prose_pool, count):
        blocks = []
        for n in range(count):
            layout = LAYOUTS[n % len(LAYOUTS)]
            source = reordered_pool if layout == "one-a-line" else pool
            chosen = [" ".join(s.split()) for s in rng.sample(source, rng.randrange(2, 12))]
            text, entries = render_block(chosen, layout, rng, prose_pool)
            blocks.append((layout, text, entries))
        return blocks

    with open(args.shared / "web" / "entries.jsonl", encoding="utf-8") as lines:
        web = [json.loads(line) for line in lines]
    web_blocks = [
        (b["layout"], b["text"], [(e["start"], e["end"]) for e in b["entries"]]) for b in web
    ]
    held_web = [block for i, block in enumerate(web_blocks) if i % 6 == 3]
    train_web = [block for i, block in enumerate(web_blocks) if i % 6 != 3]
    train_blocks = synthetic_blocks(train_strings, train_reordered, train_prose, args.synthetic)
    train_blocks += train_web * args.web_weight
    held_synthetic = synthetic_blocks(held_strings, held_reordered, held_prose, 20 * len(LAYOUTS))

    trainer = pycrfsuite.Trainer(verbose=False)
    for _, text, entries in train_blocks:
        spans, features = line_features(text)
        if spans:
            trainer.append(features, line_labels(text, spans, entries))
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": 200, "feature.minfreq": 2})
    print(f"training on {len(train_blocks)} blocks", file=sys.stderr)
    started = time.perf_counter()
    trainer.train(str(args.out))
    print(f"trained in {time.perf_counter() - started:.0f} s -> {args.out}", file=sys.stderr)

    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))

    def by_model(text: str) -> list[Entry]:
        return segment_by_model(text, tagger)

    for name, blocks in (("web", held_web), ("synthetic", held_synthetic)):
        print(f"held-out {name} blocks: entry boundaries (first and last line right)")
        print_scores("crf", score(blocks, by_model))
        print_scores("rules", score(blocks, segment_by_rules))
    size = sum(len(text.encode()) for _, text, _ in held_web + held_synthetic)
    started = time.perf_counter()
    for _, text, _ in held_web + held_synthetic:
        by_model(text)
    elapsed = time.perf_counter() - started
    print(f"segmenter throughput: {size / elapsed / 1e6:.2f} MB/s of block text")


if __name__ == "__main__":
    main()
