"""Score paper_title extraction on AnyStyle's held-out reference strings set as reference lists.

    python scripts/score_anystyle_lists.py [--shared ../shared] [--layout NAME] [--misses N]

Takes the strings ``scripts/train_references.py`` holds out (every 10th of AnyStyle's 12,061
hand-labelled references, never trained on), eight at a time in their order, and sets each
eight as a reference list in four layouts: numbered under "References" ("1. …"), bracketed
("[1] …"), blank-line separated under "Bibliography", and plain lines under "Works cited". Each
list runs through the whole extraction (pre-filter, units, the paper_title extractor) as a scan
would. Printed per layout:

- title recall: the share of strings whose labelled title (AnyStyle's ``title``, or the
  container title of a book cited whole, as the training script reads them) is a fact's value,
  matched by the guidelines' rule (``extractors.normalize.match_key``);
- pair recall: the same with the fact's subject equal to the first author's family name;
- facts without a labelled title: facts whose value is no string's title. An upper bound on the
  false facts: AnyStyle's field boundaries differ from the guidelines' at times (a title's
  trailing "(abstract)", a subtitle AnyStyle gives to the container).

The strings come from many styles, languages and sources, so a list mixes styles as no real list
does; read the misses (``--misses N`` prints N of a layout's, at random) for a construction the
readers do not know, then write it as an invented test. Run by hand: the strings live in
``../shared``, which a user's clone does not have.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from auditor.extraction import Extraction
from extractors.base import select
from extractors.normalize import match_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_references import anystyle_sequences, collapse, gold_pair, to_example  # noqa: E402

_MARKUP_TAG = re.compile(r"</?[a-z]+>")
HELD_OUT_EVERY = 10  # as scripts/train_references.py holds out AnyStyle's strings
LIST_SIZE = 8
LAYOUTS = {
    "numbered": lambda entries: (
        "References\n\n" + "\n".join(f"{n}. {e}" for n, e in enumerate(entries, 1))
    ),
    "bracketed": lambda entries: (
        "References\n\n" + "\n".join(f"[{n}] {e}" for n, e in enumerate(entries, 1))
    ),
    "blank-lines": lambda entries: "Bibliography\n\n" + "\n\n".join(entries),
    "lines": lambda entries: "Works cited\n" + "\n".join(entries),
}


def held_out_strings(folder: Path) -> list[tuple[str, str, str]]:
    """(entry text, first author's family name, title) of every held-out labelled string that
    has both and fits on one line."""
    held = []
    for index, sequence in enumerate(anystyle_sequences(folder)):
        if index % HELD_OUT_EVERY:
            continue
        parts = collapse(sequence, fine=False)
        text, _ = to_example(parts)
        family, title = gold_pair(parts)
        # the strings keep their source's inline markup ("<italic>Zinnia</italic>"); the
        # guidelines' title is the text it marks, as the extractor reads it
        title = " ".join(_MARKUP_TAG.sub("", title or "").split())
        if family and title and "\n" not in text:
            held.append((text, family, title))
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--shared", type=Path, default=root.parent / "shared")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), help="one layout only")
    parser.add_argument("--misses", type=int, default=0, help="print N missed strings at random")
    parser.add_argument("--seed", type=int, default=5, help="the random sample of --misses")
    args = parser.parse_args()
    folder = args.shared / "references" / "anystyle"
    if not folder.is_dir():
        parser.error(f"no AnyStyle strings in {folder}: pass --shared")
    held = held_out_strings(folder)
    extraction = Extraction(select(["paper_title"]))
    rng = random.Random(args.seed)
    for name in [args.layout] if args.layout else list(LAYOUTS):
        titles = pairs = found = unlabelled = 0
        missed: list[str] = []
        for at in range(0, len(held), LIST_SIZE):
            group = held[at : at + LIST_SIZE]
            facts = list(extraction.facts(LAYOUTS[name]([text for text, _, _ in group])))
            values = {match_key(f.value) for f in facts}
            keyed = {(match_key(f.subject), match_key(f.value)) for f in facts}
            for text, family, title in group:
                if match_key(title) in values:
                    titles += 1
                    pairs += (match_key(family), match_key(title)) in keyed
                else:
                    missed.append(text)
            labelled = {match_key(title) for _, _, title in group}
            found += len(facts)
            unlabelled += sum(match_key(f.value) not in labelled for f in facts)
        print(
            f"{name:12s} strings {len(held)}  title recall {titles / len(held):.3f}"
            f"  pair recall {pairs / len(held):.3f}  facts {found}"
            f"  without a labelled title {unlabelled}"
        )
        for text in rng.sample(missed, min(args.misses, len(missed))):
            print(f"    missed: {text[:200]}")


if __name__ == "__main__":
    main()
