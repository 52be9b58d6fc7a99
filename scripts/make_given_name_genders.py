"""Write ``extractors/data/given_name_genders.tsv``: given names that Faker's person-name
providers (https://github.com/joke2k/faker, MIT licence) list as male only or as female only in
every locale that lists them (``Charles`` M, ``Ada`` F; ``Jean``, male in French and female in
English, is left out).

The life-date reader uses it so that a pronoun agrees with the person it stands for: in
``Charles Roe worked with Ada Moe. She was born …`` "She" is Ada Moe, not the sentence's subject.

Run: ``pip install faker && python scripts/make_given_name_genders.py`` (a build-time tool only).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from pathlib import Path

import faker.providers.person as person_providers

OUT = Path(__file__).resolve().parents[1] / "extractors" / "data" / "given_name_genders.tsv"
_ATTRIBUTES = {"first_names_male": "M", "first_names_female": "F"}


def genders() -> dict[str, str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"faker.providers.person.{module_info.name}")
        provider = getattr(module, "Provider", None)
        for attribute, gender in _ATTRIBUTES.items():
            value = provider.__dict__.get(attribute) if provider else None
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple)):
                for name in value:
                    if isinstance(name, str) and name.isalpha() and name[:1].isupper():
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
