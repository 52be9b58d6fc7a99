"""Write ``extractors/data/given_name_genders.tsv``: given names that Faker's person-name
providers (https://github.com/joke2k/faker, MIT licence) list as male only or as female only in
every locale that lists them (``Charles`` M, ``Ada`` F; ``Jean``, male in French and female in
English, is left out).

The life-date reader uses it so that a pronoun agrees with the person it stands for: in
``Charles Roe worked with Ada Moe. She was born …`` "She" is Ada Moe, not the sentence's subject.

Run: ``pip install faker && python scripts/make_given_name_genders.py`` (a build-time tool only).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_world_given_names import provider_names  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "extractors" / "data" / "given_name_genders.tsv"
_ATTRIBUTES = {"first_names_male": "M", "first_names_female": "F"}


def genders() -> dict[str, str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for attribute, gender in _ATTRIBUTES.items():
        for listed in provider_names(attribute):
            for name in listed:
                if name.isalpha() and name[:1].isupper():
                    seen[name.lower()].add(gender)
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}


def main() -> None:
    found = genders()
    lines = [f"{name}\t{gender}" for name, gender in sorted(found.items())]
    header = (
        "# Given names male (M) or female (F) in every Faker locale listing them (MIT);\n"
        "# scripts/make_given_name_genders.py\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found):,} given names with one gender -> {OUT}")


if __name__ == "__main__":
    main()
