"""Train the reference field labeller (CRF: author / title / the other fields) shipped as
``extractors/data/references_title.crfsuite``.

Training data:
- AnyStyle's labelled reference strings (https://github.com/inukshuk/anystyle, folder
  ``res/parser/``, BSD 2-clause licence; the licence text is in
  ``../shared/references/anystyle/LICENSE`` beside the project, and shipped beside the
  model). Only the trained weights are shipped, no copied strings. The labels are author,
  title and other; with ``--fine`` the other fields keep grouped labels (``FINE_LABELS``:
  editor, date, container, publisher, numbers, links, citation number), which reads more of
  AnyStyle's held-out strings right but fewer real web entries, and is less sure of the
  later names of an author list. Where an entry has no ``title`` but a ``container-title``
  and no editor (a book cited whole), the container title is the title the guidelines mean,
  and so is a ``journal`` without volume or pages but with a publisher or place (AnyStyle
  labels many books so).
- The labelled web blocks of ``../shared/references/web/entries.jsonl`` (first author's
  family name and title per entry), projected onto the entry's tokens: the title's words as a
  contiguous run of tokens, the author as the run of name-like tokens around the family name.
- Synthetic layouts built from the AnyStyle training strings (``**Title** Authors``,
  ``"Title" by Authors``, ``Title. Authors. Venue``, ``Authors: Title``, ``.bbl``, Markdown
  table rows, ``[Authors: **Title**](url)``, reading lists' ``Authors, [Title](url), Venue``
  and edited volumes' ``[*Title*](url) ed. Editors``), the orders of awesome-lists, reading
  lists and programmes.
- Negative examples, every token "other": sentences of encyclopaedia, news, book and review
  prose from the realweb benchmark corpus (``--prose``, a ``.jsonl.zst`` shard of
  ``../shared/bench/realweb/``; ``--negatives`` of them, none quoting or citing a work), so
  that the labeller is unsure of prose that a block's segmenter hands it ("Ann Lee joined
  the board in May."); optionally (``--outside-lines``) the lines of the training web blocks
  outside every entry too (they lower the held-out web figure).

Held out (never trained on): every 10th AnyStyle string and every 6th web block. The script
prints the (first author's family name, title) exact-match rate on both (``--evaluate``
measures a trained model again without training). The labeller's given-name feature knows only
the given names of the training strings while the script runs.

Run: ``python scripts/train_references.py [--shared ../shared/references] [--prose SHARD]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pycrfsuite

from extractors.normalize import match_key
from extractors.references import tokens
from extractors.references.labeller import FieldLabeller, clean_entry_title, read_entry
from extractors.references.tokens import blank_markup, token_features, tokenize

MODEL = Path(__file__).resolve().parents[1] / "extractors" / "data" / "references_title.crfsuite"
ANYSTYLE_FILES = ("core.xml", "gold.xml", "good.xml", "ugly.xml", "bad.xml")
_STRIP = "\"'“”‘’«»*_[](){}<>.,;:!?"


def write_anystyle_list(description: str, make, out: Path, header: str, what: str) -> None:
    """The command line of a script that makes a word list from AnyStyle's strings: reads
    ``--shared`` (the AnyStyle folder), makes the list, writes it under its ``header``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "references" / "anystyle",
    )
    args = parser.parse_args()
    words = make(anystyle_sequences(args.shared))
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} {what} -> {out}")


def anystyle_sequences(folder: Path) -> list[list[tuple[str, str]]]:
    """Every labelled string as (field, text) pairs in order."""
    sequences = []
    for name in ANYSTYLE_FILES:
        for seq in ET.parse(folder / name).getroot().iter("sequence"):
            sequences.append([(child.tag, " ".join((child.text or "").split())) for child in seq])
    return sequences


# AnyStyle's fields grouped into the labeller's fine labels. Training on these rather than on
# author/title/other alone lets the CRF learn the order of a reference's parts (title, then
# journal, then volume and pages); the labeller reads every label but A and T as "other".
FINE_LABELS = {
    "author": "A",
    "title": "T",
    "editor": "E",
    "translator": "E",
    "director": "E",
    "producer": "E",
    "date": "D",
    "journal": "C",
    "container-title": "C",
    "collection-title": "C",
    "publisher": "P",
    "location": "P",
    "pages": "N",
    "volume": "N",
    "edition": "N",
    "url": "U",
    "doi": "U",
    "isbn": "U",
    "citation-number": "M",
}


def collapse(sequence: list[tuple[str, str]], fine: bool = True) -> list[tuple[str, str]]:
    """Fields collapsed to A (author), T (title) and the fine labels of the other fields (O
    for the rest), or with ``fine=False`` to A, T and O. A ``container-title`` is the title
    where the entry has no ``title`` and no editor (a book cited whole), and so is a
    ``journal`` that has no volume or pages but a publisher or place."""
    tags = {tag for tag, _ in sequence}
    book_title = "title" not in tags and "editor" not in tags
    # A "journal" of an entry without a title, a volume or pages but with a publisher or a
    # place is a book's title too (AnyStyle's ugly.xml labels many books so:
    # "Author. 1994. Wildlife ecology. Publisher, Place.").
    book_journal = (
        book_title
        and "container-title" not in tags
        and not tags & {"volume", "pages"}
        and bool(tags & {"publisher", "location"})
    )
    out = []
    for tag, text in sequence:
        book = (tag == "container-title" and book_title) or (tag == "journal" and book_journal)
        label = "T" if book else FINE_LABELS.get(tag, "O")
        if not fine and label not in ("A", "T"):
            label = "O"
        out.append((label, text))
    return out


def to_example(parts: list[tuple[str, str]], reshape=None) -> tuple[str, list[str]]:
    """The entry text of labelled parts and the label of each of its tokens; ``reshape``
    may change the text's white space (never its length) before it is tokenised."""
    text, bounds = "", []
    for label, part in parts:
        if not part:
            continue
        if text:
            text += " "
        bounds.append((len(text), len(text) + len(part), label))
        text += part
    if reshape is not None:
        text = reshape(text)
    labels = []
    for start, _ in tokenize(text):
        labels.append(next((label for a, b, label in bounds if a <= start < b), "O"))
    return text, labels


def gold_pair(parts: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    from extractors.references.names import first_author_family

    authors = next((t for label, t in parts if label == "A"), None)
    title = next((t for label, t in parts if label == "T"), None)
    family = first_author_family(authors) if authors else None
    return family, title


_SURNAME_INITIALS = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), ((?:[A-Z]\.[ -]?){1,3})")


_GIVEN_NAME = re.compile(r"[A-Z][\w'’-]+, ([A-Z][a-z]{2,12})\b(?! [A-Z][a-z])")
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with via".split())


def given_names(sequences: list[list[tuple[str, str]]]) -> list[str]:
    """Given names written out in AnyStyle's author fields ("McCarthy, Kathleen")."""
    found = {
        m[1]
        for sequence in sequences
        for tag, text in sequence
        if tag == "author"
        for m in _GIVEN_NAME.finditer(text)
    }
    return sorted(found)


def title_case(title: str) -> str:
    """The Title Case of awesome-lists and programmes."""
    words = title.split()
    return " ".join(
        w if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def natural_order(authors: str, rng: random.Random, given: list[str]) -> str | None:
    """``Quarrel, A. B., Pemberton, N.`` as ``A. B. Quarrel, N. Pemberton`` (or with ``and``),
    or with given names written out (``Ashton Quarrel``): the order of ACL, IEEE, .bbl and
    awesome-list entries; None when the list is not of that form."""
    names = [f"{m[2].strip()} {m[1]}" for m in _SURNAME_INITIALS.finditer(authors)]
    if not names:
        return None
    if rng.random() < 0.6 and given:  # given names written out are as common as initials
        names = [f"{rng.choice(given)} {name.split()[-1]}" for name in names]
    if len(names) > 1 and rng.random() < 0.6:
        return ", ".join(names[:-1]) + rng.choice([" and ", ", and ", " & "]) + names[-1]
    return ", ".join(names)


def synthetic(
    parts: list[tuple[str, str]], rng: random.Random, given: list[str]
) -> list[tuple[str, str]] | None:
    """A title-first (or author-colon-title) layout of the same fields."""
    authors = next((t for label, t in parts if label == "A"), None)
    title = next((t for label, t in parts if label == "T"), None)
    if not authors or not title:
        return None
    if rng.random() < 0.7:
        authors = natural_order(authors, rng, given) or authors
    if rng.random() < 0.3:
        authors = authors.rstrip(" .,") + rng.choice([", et al.", " et al."])
    if rng.random() < 0.5:
        title = title_case(title)
    title = title.strip(" .,")
    # the fields after the title keep their fine labels, up to about 80 characters
    rest_parts, length = [], 0
    for label, text in parts:
        if label not in ("A", "T") and length < 80:
            rest_parts.append((label, text))
            length += len(text) + 1
    form = rng.randrange(12)
    marker = rng.choice(["", "- ", "* ", "1. ", "[3] "])
    if form == 0:
        out = [("M", marker), ("T", f"**{title}**"), ("A", authors), *rest_parts]
    elif form == 1:
        out = [("M", marker), ("T", f'"{title}"'), ("O", "by"), ("A", authors)]
    elif form == 2:
        out = [("M", marker), ("T", title + "."), ("A", authors), *rest_parts]
    elif form == 3:
        out = [("M", marker), ("A", authors.rstrip(".,") + ":"), ("T", title), *rest_parts]
    elif form == 4:
        out = [("M", marker), ("T", f"[{title}]"), ("O", "-"), ("A", authors)]
    elif form == 5:
        out = [("M", marker), ("T", f"*{title}*,"), ("A", authors), *rest_parts]
    elif form == 6:  # .bbl: \bibitem{key} A.~Name, \newblock {\em Title}, venue
        out = [
            ("O", "\\bibitem{k" + str(rng.randrange(99)) + "}\n"),
            ("A", authors.replace(". ", ".~") + "."),
            ("T", "\n\\newblock " + rng.choice(["{\\em ", "\\emph{"]) + title + "}."),
            ("O", "\n\\newblock"),
            *rest_parts,
        ]
    elif form == 8:  # a Markdown table row of a programme, either column first
        cells = [("A", authors.rstrip(".")), ("T", title)]
        if rng.random() < 0.5:
            cells.reverse()
        out = [("O", "|"), cells[0], ("O", "|"), cells[1], ("O", "|")]
    elif form == 9:  # a reading list's linked entry: [Authors: **Title**](url)
        url = f"](https://arxiv.org/abs/{rng.randrange(1000, 2400)}.{rng.randrange(10000)})"
        out = [("M", marker), ("A", "[" + authors.rstrip(".") + ":"), ("T", f"**{title}**" + url)]
    elif form == 10:  # a reading list: Authors, [Title](url), Venue, Year (or a note)
        url = f"](https://example.org/{rng.randrange(10000)})"
        title_cell = rng.choice(["[{}", "[*{}*", '["{}"'])
        out = [
            ("M", rng.choice(["- ", "* ", "1. "])),
            ("A", authors.rstrip(".") + ","),
            ("T", title_cell.format(title) + url + ","),
            *rest_parts,
        ]
    elif form == 11:  # an edited volume: its editors are no authors ("ed. Names")
        out = [
            ("M", rng.choice(["- ", "* ", ""])),
            ("T", "[*" + title + "*]" + f"(https://example.org/{rng.randrange(10000)})"),
            ("O", rng.choice(["ed.", "eds.", "edited by"])),
            ("E", authors.rstrip(".")),
            *rest_parts,
        ]
    else:  # ACL / ACM: Given Surname, Given Surname. Title. Venue
        out = [("M", marker), ("A", authors.rstrip(".") + "."), ("T", title + "."), *rest_parts]
    return [(label, text) for label, text in out if text]


def wrap_lines(text: str, rng: random.Random) -> str:
    """The entry wrapped over lines as PDF text, .bbl files and hanging indents wrap it: a
    line break replaces a space every 40 to 90 characters (offsets and tokens unchanged)."""
    chars = list(text)
    at = rng.randrange(40, 90)
    while at < len(chars):
        space = text.find(" ", at)
        if space == -1:
            break
        chars[space] = "\n"
        at = space + rng.randrange(40, 90)
    return "".join(chars)


def _core(token: str) -> str:
    return token.strip(_STRIP).lower()


def _name_like(token: str) -> bool:
    core = token.strip(_STRIP)
    if not core or any(c.isdigit() for c in core):
        return False
    return core[0].isupper() or core.lower() in ("and", "&", "et", "al", "van", "von", "de")


def project_web(block: dict) -> list[tuple[str, list[str], str | None, str | None]]:
    """(entry text, token labels, gold family, gold title) of the web entries whose title
    (and author, where there is one) could be found among the tokens."""
    out = []
    for entry in block["entries"]:
        text = block["text"][entry["start"] : entry["end"]]
        family, title = entry["first_author_family"], entry["title"]
        if not title or "bibentry(" in text or "citEntry(" in text or "cff-version" in text:
            continue
        spans = tokenize(text)
        cores = [_core(text[a:b]) for a, b in spans]
        want = [c for c in (_core(w) for w in title.split()) if c]
        labels = ["O"] * len(spans)
        found = None
        for i in range(len(cores) - len(want) + 1):
            if cores[i] == want[0]:
                j, k = i, 0
                while j < len(cores) and k < len(want):
                    if not cores[j]:
                        j += 1
                        continue
                    if cores[j] != want[k]:
                        break
                    j, k = j + 1, k + 1
                if k == len(want):
                    found = (i, j)
                    break
        if not found:
            continue
        for i in range(*found):
            labels[i] = "T"
        if family:
            head = _core(family.split()[-1])
            at = next(
                (i for i, c in enumerate(cores) if c == head and not found[0] <= i < found[1]),
                None,
            )
            if at is None:
                continue
            low = at
            while low > 0 and labels[low - 1] == "O" and _name_like(text[slice(*spans[low - 1])]):
                low -= 1
            high = at + 1
            while (
                high < len(spans) and labels[high] == "O" and _name_like(text[slice(*spans[high])])
            ):
                high += 1
            for i in range(low, high):
                labels[i] = "A"
        out.append((text, labels, family, title))
    return out


def guideline_title(title: str) -> str:
    """A gold title as the guidelines write it: AnyStyle's labelled titles keep the markup
    (``<italic>``) and the line-wrap hyphens ("En- hancing") of their sources."""
    return clean_entry_title(blank_markup(title))


def outside_entries(block: dict) -> list[str]:
    """The lines of a web block outside every labelled entry (headings, descriptions)."""
    text, covered = block["text"], bytearray(len(block["text"]))
    for entry in block["entries"]:
        covered[entry["start"] : entry["end"]] = b"\x01" * (entry["end"] - entry["start"])
    lines, at = [], 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if any(covered[start : start + len(line)]):
            continue
        if len(line.strip()) >= 12 and any(c.isupper() for c in line):
            lines.append(line.strip())
    return lines


PROSE_SOURCES = frozenset({"wikipedia", "gutenberg", "bbc", "reuters", "imdb"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")
# Sentences that may cite a work are no negatives: quotes, "et al.", venues.
_CITING = re.compile(r"[\"“”«»]|\bet al\b|\bpp\.|\bJournal\b|\bProceedings\b|\bPress\b")


def prose_sentences(shard: Path, wanted: int, rng: random.Random) -> list[str]:
    """Runs of one to three sentences of prose (no quotes, no venue words) from a realweb
    shard (``.jsonl.zst``: one {"id", "text", "source"} object a line)."""
    import io

    import zstandard

    sentences: list[str] = []
    with open(shard, "rb") as raw:
        reader = io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(raw), "utf-8")
        for line in reader:
            document = json.loads(line)
            if document["source"] not in PROSE_SOURCES:
                continue
            for paragraph in _PARAGRAPH_BREAK.split(document["text"]):
                # hard-wrapped lines (books, newswire) joined: sentences, not line fragments
                parts = _SENTENCE_BREAK.split(" ".join(paragraph.split()))
                at = 0
                while at < len(parts):
                    size = rng.choice((1, 1, 2, 3))
                    chunk = " ".join(parts[at : at + size])
                    at += size
                    if 30 <= len(chunk) <= 400 and not _CITING.search(chunk):
                        sentences.append(chunk)
            if len(sentences) >= wanted * 20:
                break
    return rng.sample(sentences, min(wanted, len(sentences)))


def pair_rate(
    labeller: FieldLabeller, examples, gated_cuts: bool = False, as_labelled: bool = False
) -> float:
    """The share of examples whose (first author's family name, title) is read exactly: the
    gold title cleaned as the guidelines write titles, or ``as_labelled``."""
    right = 0
    for text, _, family, title in examples:
        got = read_entry(labeller, text, gated_cuts)
        want = title if as_labelled else guideline_title(title)
        if (
            got
            and family
            and match_key(got.family) == match_key(family)
            and match_key(got.title) == match_key(want)
        ):
            right += 1
    return right / max(1, len(examples))


def main() -> None:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "references",
        help="the folder holding anystyle/ and web/ (default: ../shared/references)",
    )
    parser.add_argument("--out", type=Path, default=MODEL, help="where the model is written")
    parser.add_argument(
        "--iterations", type=int, default=300, help="L-BFGS iterations of the training"
    )
    parser.add_argument(
        "--fine",
        action="store_true",
        help="train on AnyStyle's grouped fields (FINE_LABELS) rather than author/title/other:"
        " better on AnyStyle's strings, worse on real web blocks (see the README)",
    )
    parser.add_argument("--c1", type=float, default=0.5, help="L1 regularisation")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    parser.add_argument(
        "--prose",
        type=Path,
        default=Path(__file__).resolve().parents[2]
        / "shared"
        / "bench"
        / "realweb"
        / "realweb-00001.jsonl.zst",
        help="a realweb shard (.jsonl.zst) whose prose sentences are negative examples",
    )
    parser.add_argument(
        "--web-copies", type=int, default=3, help="copies of each web entry trained on"
    )
    parser.add_argument(
        "--outside-lines",
        action="store_true",
        help="the web blocks' lines outside every entry as negative examples too",
    )
    parser.add_argument(
        "--negatives", type=int, default=2500, help="prose sentences taken (0: none)"
    )
    parser.add_argument(
        "--evaluate", action="store_true", help="only measure the model at --out, no training"
    )
    args = parser.parse_args()
    if not (args.shared / "anystyle").is_dir():
        parser.error(f"no AnyStyle strings in {args.shared / 'anystyle'}: pass --shared")
    if not args.evaluate and args.negatives and not args.prose.is_file():
        parser.error(f"no prose shard at {args.prose}: pass --prose, or --negatives 0")
    rng = random.Random(13)

    train_x, train_y, held_anystyle = [], [], []
    sequences = anystyle_sequences(args.shared / "anystyle")
    given = given_names([s for i, s in enumerate(sequences) if i % 10])
    # the labeller's given-name feature knows the training strings' names only, so that the
    # held-out strings are read as new text would be
    train_given = frozenset(name.lower() for name in given)
    tokens.given_name_source = lambda: train_given
    for index, sequence in enumerate(sequences):
        parts = collapse(sequence, fine=args.fine)
        text, labels = to_example(parts)
        if index % 10 == 0:
            family, title = gold_pair(parts)
            if family and title:
                held_anystyle.append((text, labels, family, title))
            continue
        if args.evaluate:
            continue
        if rng.random() < 0.3:
            text, labels = to_example(parts, lambda t: wrap_lines(t, rng))
        train_x.append(token_features(blank_markup(text), tokenize(text)))
        train_y.append(labels)
        if rng.random() < 0.5 and (layout := synthetic(parts, rng, given)):
            s_text, s_labels = to_example(layout)
            if not args.fine:
                s_labels = [label if label in ("A", "T") else "O" for label in s_labels]
            train_x.append(token_features(blank_markup(s_text), tokenize(s_text)))
            train_y.append(s_labels)

    held_web = []
    with open(args.shared / "web" / "entries.jsonl", encoding="utf-8") as lines:
        blocks = [json.loads(line) for line in lines]
    for index, block in enumerate(blocks):
        examples = project_web(block)
        if index % 6 == 3:
            held_web += [e for e in examples if e[2]]
            continue
        if args.evaluate:
            continue
        for text, labels, _, _ in examples:
            for _ in range(args.web_copies):  # the web layouts are few: weigh them up
                train_x.append(token_features(blank_markup(text), tokenize(text)))
                train_y.append(labels)
        for line in outside_entries(block) if args.outside_lines else ():
            for _ in range(3):
                train_x.append(token_features(blank_markup(line), tokenize(line)))
                train_y.append(["O"] * len(train_x[-1]))

    if not args.evaluate and args.negatives:
        for sentence in prose_sentences(args.prose, args.negatives, rng):
            train_x.append(token_features(blank_markup(sentence), tokenize(sentence)))
            train_y.append(["O"] * len(train_x[-1]))

    if not args.evaluate:
        print(f"training on {len(train_x)} sequences", file=sys.stderr)
        trainer = pycrfsuite.Trainer(verbose=False)
        for xseq, yseq in zip(train_x, train_y, strict=True):
            trainer.append(xseq, yseq)
        trainer.set_params(
            {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.minfreq": 2}
        )
        started = time.perf_counter()
        trainer.train(str(args.out))
        print(f"trained in {time.perf_counter() - started:.0f} s -> {args.out}", file=sys.stderr)

    labeller = FieldLabeller(str(args.out))
    for name, examples in (("AnyStyle strings", held_anystyle), ("web entries", held_web)):
        print(
            f"held-out {name} ({len(examples)}): pair exact match"
            f" {pair_rate(labeller, examples):.3f}"
            f" (gold titles as labelled {pair_rate(labeller, examples, as_labelled=True):.3f}),"
            f" with confidence-gated title cuts {pair_rate(labeller, examples, True):.3f}"
        )
    size = sum(len(text.encode()) for text, *_ in held_anystyle + held_web)
    # the best of three passes: the machine is shared, the slower passes measure the others
    elapsed = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text, *_ in held_anystyle + held_web:
            read_entry(labeller, text)
        elapsed = min(elapsed, time.perf_counter() - started)
    print(f"labeller throughput: {size / elapsed / 1e6:.2f} MB/s of entry text (best of 3)")


if __name__ == "__main__":
    main()
