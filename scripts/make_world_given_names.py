"""Write ``extractors/data/given_names_world.txt``: given names of many languages, from the
person-name providers of Faker (https://github.com/joke2k/faker, MIT licence), every locale's
first names written in Latin script (``Mira``, ``Tomas``, ``Dario``, ``Siobhán``).

The reference-entry and listing readers use it to recognise an author list positively: its first
name opens with a known given name. (``given_names.txt``, from AnyStyle's author fields, stays
the list the reference labeller's features were trained with.)

Run: ``pip install faker && python scripts/make_world_given_names.py`` (a build-time tool only).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import faker.providers.person as person_providers

OUT = Path(__file__).resolve().parents[1] / "extractors" / "data" / "given_names_world.txt"
_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def provider_names(attribute: str) -> Iterator[list[str]]:
    """Each Faker locale's list of names under ``attribute`` (``first_names_male`` …), where
    the locale's person provider defines one."""
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"faker.providers.person.{module_info.name}")
        provider = getattr(module, "Provider", None)
        value = provider.__dict__.get(attribute) if provider else None
        if isinstance(value, dict):
            value = list(value)
        if isinstance(value, (list, tuple)):
            yield [name for name in value if isinstance(name, str)]


def given_names() -> set[str]:
    names: set[str] = set()
    for attribute in _ATTRIBUTES:
        for listed in provider_names(attribute):
            names.update(listed)
    # one word, a capital first, Latin script (the lists of other scripts are for other rules)
    return {
        name.lower()
        for name in names
        if name.isalpha() and name[:1].isupper() and all(ord(c) < 0x250 for c in name)
    }


def main() -> None:
    names = sorted(given_names())
    header = "# Given names of Faker's locales (MIT); scripts/make_world_given_names.py\n"
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names):,} given names -> {OUT}")


if __name__ == "__main__":
    main()
