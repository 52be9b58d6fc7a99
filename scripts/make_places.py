"""Generate ``extractors/data/places.tsv``: the names of countries and first-level regions.

Source: pycountry (https://github.com/pycountry/pycountry), which ships the ISO 3166-1 and
ISO 3166-2 tables of Debian's iso-codes; both are licensed under the LGPL-2.1-or-later. The
generated file is data derived from them and keeps that licence.

What is written, one name a line (``name<TAB>kind<TAB>code``, kind ``country`` or ``region``):
- ISO 3166-1: the short name, the official name and the common name of every country, and the
  short name before an inverted tail (``Bolivia, Plurinational State of`` -> ``Bolivia``).
- ISO 3166-2, first level: every subdivision without a parent, and the children of parents that
  are only geographical groupings (Indonesia's provinces sit under ``Jawa``, ``Sumatera``…).
  Municipal levels (municipalities, parishes, communes, towns…) are left out: they are cities,
  not the states and provinces a capital belongs to. Each name also appears without its
  bracketed alternative (``Catalunya [Cataluña]`` -> both), its inverted tail
  (``Murcia, Región de`` -> ``Murcia``), its parenthesised note (``Ilocos (Region I)``) and a
  romanised type word (``Sichuan Sheng`` -> ``Sichuan``, ``Gyeonggi-do`` -> ``Gyeonggi``).

Country names in French, German, Spanish, Italian, Portuguese and Dutch come from pycountry's
translations of ISO 3166-1 (the same licence) into ``places_foreign.tsv``, apart: some are
English cities. English names the package lacks (``Bavaria``, ``Ivory Coast``) are in the
hand-written ``extractors/data/place_aliases.tsv``. The countries' ISO 3166-1 alpha-3 codes go
to ``country_alpha3.tsv`` (with their alpha-2 codes), for data columns that name a country by
its code. Run: ``python scripts/make_places.py``.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "extractors" / "data" / "places.tsv"
FOREIGN_OUT = OUT.with_name("places_foreign.tsv")
ALPHA3_OUT = OUT.with_name("country_alpha3.tsv")
_MUNICIPAL = re.compile(
    r"municipal|local council|parish|\bcity\b|commune|quarter|\btown\b|borough|island council|"
    r"rayon|atoll|popularate|administrative precinct",
    re.IGNORECASE,
)
_GROUPING = re.compile(r"geographical", re.IGNORECASE)
# Romanised type words written after a name in ISO 3166-2 (Chinese, Korean, Japanese).
_TYPE_SUFFIX = re.compile(
    r"(?:\s+(?:Sheng|Shi|Zizhiqu|SAR)|-(?:do|si|teukbyeolsi|gwangyeoksi|teukbyeoljachido|"
    r"teukbyeoljachisi))$"
)


def variants(name: str) -> set[str]:
    """The ways a name of the ISO tables is written in running text."""
    found = {name}
    if m := re.fullmatch(r"(.+?)\s*\[(.+)\]", name):
        found |= {m[1], m[2]} if not re.search(r"[A-Z]{2}-", m[2]) else {m[1]}
        found.discard(name)
    for each in list(found):
        found.add(each.split(",")[0].strip())
        found.add(re.sub(r"\s*\([^)]*\)", "", each).strip())
    for each in list(found):
        found.add(_TYPE_SUFFIX.sub("", each))
    return {f for f in found if f and len(f) > 1}


# Languages whose country names are added from pycountry's translations of ISO 3166-1, so
# that "Paris est la capitale de la France" and "Berlin ist die Hauptstadt von Deutschland"
# name known places.
LANGUAGES = ("fr", "de", "es", "it", "pt", "nl")
# Translations that are English words as well ("Island" is Iceland in German).
_ENGLISH_WORDS = {"Island"}


def translations(name: str) -> set[str]:
    """A country's short name in the languages above."""
    found = set()
    for language in LANGUAGES:
        catalogue = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        translated = catalogue.gettext(name)
        if translated != name and translated not in _ENGLISH_WORDS:
            found |= variants(translated)
    return found


def rows() -> list[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            if value := getattr(country, attribute, None):
                out |= {(v, "country", country.alpha_2) for v in variants(value)}
    subdivisions = list(pycountry.subdivisions)
    groupings = {s.code for s in subdivisions if s.parent_code is None and _GROUPING.search(s.type)}
    for sub in subdivisions:
        first_level = sub.parent_code is None or sub.parent_code in groupings
        if first_level and sub.code not in groupings and not _MUNICIPAL.search(sub.type):
            out |= {(v, "region", sub.code) for v in variants(sub.name)}
    return sorted(out, key=lambda r: (r[2], r[0]))


def foreign_rows() -> list[tuple[str, str, str]]:
    """Country names in the languages above that are no English name of the main table."""
    english = {row[0] for row in rows()}
    out = {
        (v, "country", country.alpha_2)
        for country in pycountry.countries
        for v in translations(country.name)
        if v not in english
    }
    return sorted(out, key=lambda r: (r[2], r[0]))


def alpha3_rows() -> list[tuple[str, str]]:
    """Each country's ISO 3166-1 alpha-3 code with its alpha-2 code (data columns write either:
    ``AFG``, ``AF``)."""
    return sorted((country.alpha_3, country.alpha_2) for country in pycountry.countries)


def main() -> None:
    alpha3 = [
        "# ISO 3166-1 alpha-3 codes with their alpha-2 codes, from pycountry "
        f"{getattr(pycountry, '__version__', '')} (LGPL-2.1-or-later).".replace("  ", " "),
        "# Generated by scripts/make_places.py; do not edit.",
        *("\t".join(row) for row in alpha3_rows()),
    ]
    ALPHA3_OUT.write_text("\n".join(alpha3) + "\n", encoding="utf-8")
    foreign = [
        "# Country names in " + ", ".join(LANGUAGES) + " from pycountry's translations of "
        "ISO 3166-1 (LGPL-2.1-or-later).",
        "# Generated by scripts/make_places.py; do not edit. Read only by the rules for capitals"
        " written in those languages",
        "# (a French or Spanish name may be an English city: Salvador, Granada).",
        *("\t".join(row) for row in foreign_rows()),
    ]
    FOREIGN_OUT.write_text("\n".join(foreign) + "\n", encoding="utf-8")
    lines = [
        "# Countries (ISO 3166-1) and first-level regions (ISO 3166-2) from pycountry "
        f"{getattr(pycountry, '__version__', '')}".rstrip(),
        "# (Debian iso-codes, LGPL-2.1-or-later). Generated by scripts/make_places.py; "
        "do not edit.",
        *("\t".join(row) for row in rows()),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
