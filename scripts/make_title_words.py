"""Write ``extractors/data/title_words.txt``: the words that AnyStyle's labelled reference
strings (``../shared/references/anystyle/``, BSD licence, see
``extractors/data/anystyle_LICENSE.txt``) write in lower case inside titles, container titles
and publishers, far more often than an author or editor field holds them.

``python scripts/make_title_words.py [--shared PATH]``. A word that titles write in lower case
is a common word ("point", "media", "solutions"): after a reading list's link, "Tutorials
Point" or "Traversy Media" is a publisher's or channel's name, not a person's, when neither word
is a known given name.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_references import write_anystyle_list  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "extractors" / "data" / "title_words.txt"
_TEXT_FIELDS = {"title", "container-title", "journal", "publisher", "collection-title"}
_NAME_FIELDS = {"author", "editor", "translator", "director", "producer"}
_WORD = re.compile(r"[^\W\d_]{3,}")


def title_words(sequences: list[list[tuple[str, str]]]) -> list[str]:
    """Words text fields write in lower case more than three times as often as name fields
    hold them in any case (a corporate author's "Security" or a family name "Point" now and
    then does not make a word a name)."""
    lower: Counter[str] = Counter()
    in_names: Counter[str] = Counter()
    for sequence in sequences:
        for field, text in sequence:
            if field in _TEXT_FIELDS:
                lower.update(w for w in _WORD.findall(text) if w.islower())
            elif field in _NAME_FIELDS:
                in_names.update(w.casefold() for w in _WORD.findall(text))
    return sorted(w for w, n in lower.items() if n > 3 * in_names[w])


def main() -> None:
    header = (
        "# Words AnyStyle's labelled reference strings write in lower case in titles, container\n"
        "# titles and publishers far more often than in a name field (BSD licence:\n"
        "# anystyle_LICENSE.txt); made by scripts/make_title_words.py.\n"
    )
    write_anystyle_list(__doc__.splitlines()[0], title_words, OUT, header, "title words")


if __name__ == "__main__":
    main()
