"""Write the sample corpus and its hand tally: ``python sample_data/make_sample_data.py [DIR]``.

Documents are built from templates in the phrasings the extractors support, mixed with filler
sentences and with near-misses that are not facts (capital gains, born again, a year without a
day). Every fact sentence the generator writes is recorded as it is written, so ``TALLY.json``
(mentions, distinct facts, singletons and doubletons per relation) comes from the plan of the
corpus, not from reading it back with the extractors. Tests compare ``auditor scan`` against it.

The generator is deterministic for a seed; tests call ``generate`` with other seeds into a
temporary folder to get fresh corpora.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

GIVEN = """Amelia Bruno Chiara Dmitri Élodie Farida Gustav Hana Ingrid Jonas Kofi Leila Mateo Nadia
Oskar Priya Quentin Rosa Stefan Tomás Ulla Viktor Wanjiru Xavier Yara Zoltán Anouk Björn
Céline Darius Eero Fatima Gideon Hiroshi Isidora Jarrah Kalinda Lorcan Maëlle Nikolai Odette
Pavel Rania Saoirse Thandiwe Uriel Valentina Wiremu Ximena Yusuf Zofia""".split()
FAMILY = """Abernethy Baranowski Castellanos Dubois Eriksen Fontaine Grünewald Halvorsen Ishikawa
Jankowski Kowalczyk Lindqvist Mbeki Nakamura Okonkwo Petrović Quaresma Rasmussen Sørensen
Tanaka Urquhart Vasquez Whitcombe Yilmaz Zieliński Achterberg Bellweather Cardoso Delacroix
Esterházy Falkenrath Gallagher Horvath Iglesias Järvinen Kaczmarek Lemaire Moreau Novák
Oyelaran Pellegrini Rautenbach Szabó Thorvaldsen Ubaldini Villanueva Wójcik Yamamoto
Zamora""".split()
PARTICLES = ["de", "van", "von", "da"]
OCCUPATIONS = ["botanist", "cartographer", "violinist", "civil engineer", "novelist",
               "astronomer", "trade unionist", "architect", "geologist", "jurist"]  # fmt: skip
TOWNS = ["Ashford", "Bellmont", "Corran", "Dunmere", "Eskdale", "Fernhill", "Glenrock",
         "Harwick", "Ivybridge", "Kelso"]  # fmt: skip
COUNTRIES = [("France", "Paris"), ("Japan", "Tokyo"), ("Kenya", "Nairobi"), ("Peru", "Lima"),
             ("Norway", "Oslo"), ("Ghana", "Accra"), ("Chile", "Santiago"), ("Egypt", "Cairo"),
             ("Canada", "Ottawa"), ("Portugal", "Lisbon"), ("Vietnam", "Hanoi"),
             ("Mongolia", "Ulaanbaatar"), ("New Zealand", "Wellington"), ("Senegal", "Dakar"),
             ("Uruguay", "Montevideo"), ("Sri Lanka", "Sri Jayawardenepura Kotte"),
             ("Bosnia and Herzegovina", "Sarajevo"), ("Nepal", "Kathmandu"),
             ("Ethiopia", "Addis Ababa"), ("Bolivia", "Sucre"), ("Iceland", "Reykjavík"),
             ("Papua New Guinea", "Port Moresby"), ("Tasmania", "Hobart"),
             ("Bavaria", "Munich"), ("Quebec", "Quebec City"), ("Ontario", "Toronto")]  # fmt: skip
TITLE_HEADS = ["Sparse", "Robust", "Scalable", "Adaptive", "Neural", "Bayesian", "Efficient",
               "Contrastive", "Hierarchical", "Probabilistic"]  # fmt: skip
TITLE_TOPICS = ["kernel methods", "graph partitioning", "speech recognition", "protein folding",
                "image segmentation", "language modelling", "causal inference",
                "weather forecasting", "code search", "entity linking"]  # fmt: skip
TITLE_TAILS = ["at scale", "without labels", "for low-resource settings", "revisited",
               "with noisy supervision", "in the wild", "under distribution shift"]  # fmt: skip
VENUES = ["Proceedings of the Annual Meeting on Learning Systems",
          "Journal of Applied Computation", "Transactions on Data Engineering"]  # fmt: skip
FILLER = [
    "The weather stayed mild for most of the week.",
    "Visitors are advised to book tickets well in advance.",
    "The committee will publish its findings next spring.",
    "Local volunteers restored the old railway station last year.",
    "Prices rose slightly in the third quarter.",
    "The museum is open every day except Monday.",
    "Several chapters were revised for the second edition.",
    "Readers wrote in with many questions about the series.",
]
NEAR_MISSES = [
    "Investors worry that a new tax on capital gains will slow the market.",
    "Start every sentence with a capital letter.",
    "The start-up raised venture capital from three funds.",
    "Milan likes to call itself the fashion capital of the world.",
    "He said he felt born again after the retreat.",
    "The scheme was born out of necessity.",
    "Our newborn slept through the night for the first time.",
    "Some people are simply born to lead.",
    "The composer was born in 1879 in a small village.",
    "Working capital fell sharply last year.",
    "Her birthday is 14 March, like her grandmother's.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
MONTH_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]  # fmt: skip


@dataclass
class Plan:
    """Every fact mention the generator writes, keyed as the audit counts facts."""

    mentions: Counter = field(default_factory=Counter)

    def add(self, relation: str, subject: str, value: str) -> None:
        self.mentions[(relation, subject.casefold(), value.casefold())] += 1

    def fact_counts(self) -> dict[tuple[str, str, str], int]:
        """How many times each planted fact is stated, by (relation, subject, value) case-folded
        (the audit's keys fold the same way): the truth `auditor questions` is checked with."""
        return dict(self.mentions)

    def tally(self) -> dict:
        out = {}
        for relation in sorted({key[0] for key in self.mentions}):
            counts = [n for key, n in self.mentions.items() if key[0] == relation]
            total = sum(counts)
            out[relation] = {
                "mentions": total,
                "distinct_facts": len(counts),
                "singletons": counts.count(1),
                "doubletons": counts.count(2),
                "singleton_rate": counts.count(1) / total,
                "conflicts": self.conflicts(relation),
            }
        return out

    def conflicts(self, relation: str) -> dict:
        """Subjects of ``relation`` written with two or more different values, and the
        mentions of all their facts."""
        values: dict[str, set] = {}
        mentions: Counter = Counter()
        for (rel, subject, value), n in self.mentions.items():
            if rel == relation:
                values.setdefault(subject, set()).add(value)
                mentions[subject] += n
        conflicted = [subject for subject, seen in values.items() if len(seen) >= 2]
        return {
            "subjects": len(values),
            "conflicted_subjects": len(conflicted),
            "conflicted_mentions": sum(mentions[subject] for subject in conflicted),
        }


def write_date(rng: random.Random, iso: str) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    style = rng.randrange(5)
    if style == 0:
        return f"{day} {MONTHS[month - 1]} {year}"
    if style == 1:
        return f"{MONTHS[month - 1]} {day}, {year}"
    if style == 2:
        return f"{day} {MONTH_ABBR[month - 1]} {year}"
    if style == 3:
        return iso
    return (
        f"{MONTHS[month - 1]} {day}{'th' if day not in (1, 2, 3, 21, 22, 23, 31) else ''}, {year}"
    )


def random_iso(rng: random.Random, first: int, last: int) -> str:
    return f"{rng.randint(first, last)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def people(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """(name, birth date, death date) for ``count`` distinct invented people."""
    out, used = [], set()
    while len(out) < count:
        family = rng.choice(FAMILY)
        if rng.random() < 0.12:
            family = f"{rng.choice(PARTICLES)} {family}"
        name = f"{rng.choice(GIVEN)} {family}"
        if name in used:
            continue
        used.add(name)
        birth = random_iso(rng, 1780, 1960)
        death = f"{int(birth[:4]) + rng.randint(30, 90)}{random_iso(rng, 1, 1)[1:]}"
        out.append((name, birth, death))
    return out


def papers(rng: random.Random, count: int) -> list[tuple[str, str, str, int]]:
    """(given name, family name, title, year) for ``count`` distinct invented papers."""
    out, used = [], set()
    while len(out) < count:
        title = f"{rng.choice(TITLE_HEADS)} {rng.choice(TITLE_TOPICS)} {rng.choice(TITLE_TAILS)}"
        if title in used:
            continue
        used.add(title)
        out.append((rng.choice(GIVEN), rng.choice(FAMILY), title, rng.randint(1995, 2024)))
    return out


def repeats(rng: random.Random, heavy: bool) -> int:
    """How many times a fact is stated: birthdays and papers are mostly seen once, capitals
    recur."""
    if heavy:
        return rng.choice([1, 2, 3, 4, 6, 9])
    return rng.choices([1, 2, 3], weights=[75, 18, 7])[0]


def birth_sentences(rng, plan, name, birth, death):
    b = write_date(rng, birth)
    style = rng.randrange(7)
    plan.add("birth_date", name, birth)
    if style == 0:
        return f"{name} (born {b}) was a {rng.choice(OCCUPATIONS)} from {rng.choice(TOWNS)}."
    if style == 1:
        plan.add("death_date", name, death)
        return f"{name} ({b} – {write_date(rng, death)}) was a {rng.choice(OCCUPATIONS)}."
    if style == 2:
        return f"{name} was born on {b} in {rng.choice(TOWNS)}."
    if style == 3:
        return f"Born on {b}, {name} grew up in {rng.choice(TOWNS)}."
    if style == 4:
        return f"The records mention {name}, a {rng.choice(OCCUPATIONS)}, born {b}."
    if style == 5:
        return f"{name} was a {rng.choice(OCCUPATIONS)}, born {b}."
    return f"{name} (b. {b}) trained in {rng.choice(TOWNS)}."


def death_sentence(rng, plan, name, death):
    plan.add("death_date", name, death)
    return f"{name} died on {write_date(rng, death)} in {rng.choice(TOWNS)}."


def capital_sentence(rng, plan, country, city):
    plan.add("capital", country, city)
    style = rng.randrange(5)
    return [
        f"The capital of {country} is {city}.",
        f"{city} is the capital of {country}.",
        f"{city}, the capital of {country}, draws many visitors in summer.",
        f"{country}'s capital, {city}, has grown quickly.",
        f"{city} is the capital and largest city of {country}.",
    ][style]


def title_variant(rng, title, typo_rate=0.0):
    """The same title as another writer might print it: case and trailing punctuation vary,
    and with probability ``typo_rate`` one letter inside a word is dropped, doubled or swapped
    with its neighbour (the fact is still the same title)."""
    shown = rng.choice([title, title.title(), title[0].upper() + title[1:], title + "."])
    if rng.random() < typo_rate:
        positions = [i for i in range(2, len(shown) - 2) if shown[i - 1 : i + 2].isalpha()]
        i = rng.choice(positions)
        shown = rng.choice([
            shown[:i] + shown[i + 1 :],  # dropped
            shown[:i] + shown[i] + shown[i:],  # doubled
            shown[:i] + shown[i + 1] + shown[i] + shown[i + 2 :],  # swapped
        ])  # fmt: skip
    return shown


def paper_text(rng, plan, given, family, title, year, typo_rate=0.0):
    plan.add("paper_title", family, title)
    shown = title_variant(rng, title[0].upper() + title[1:], typo_rate).rstrip(".")
    style = rng.randrange(5)
    other = rng.choice(FAMILY)
    # Reference entries and BibTeX stand on lines of their own, as in real documents.
    if style == 0:
        pages = f"pp. {rng.randint(1, 300)}–{rng.randint(301, 600)}"
        return (f"\n{family}, {given[0]}., & {other}, {rng.choice(GIVEN)[0]}. ({year}). {shown}. "
                f"In {rng.choice(VENUES)}, {pages}.\n")  # fmt: skip
    if style == 1:
        return (f"\n@article{{{family.lower().replace(' ', '')}{year},\n  title = {{{shown}}},\n"
                f"  author = {{{family}, {given} and {other}, {rng.choice(GIVEN)}}},\n"
                f"  year = {{{year}}}\n}}\n")  # fmt: skip
    if style == 2:
        return f'In their {year} paper "{shown}", {family} et al. report a clear improvement.'
    if style == 3:
        return f'The paper titled "{shown}" by {given} {family} is widely cited.'
    return f'{family} et al. ({year}), "{shown}", is a good starting point.'


# Countries with a second city that sources call the capital (seat of government, former or
# commercial capital): planted as conflicts.
SECOND_CAPITALS = {"Bolivia": "La Paz", "Sri Lanka": "Colombo"}


def plant_conflicts(rng: random.Random, plan: Plan, cast: list[tuple[str, str, str]],
                    people_per_relation: int) -> list[str]:  # fmt: skip
    """Statements that contradict facts already planted: another birth date for
    ``people_per_relation`` people, another death date for as many people whose death is
    stated, and a second capital for each country of SECOND_CAPITALS that is planted. Each
    statement is recorded in the plan; returns them, one document each."""
    statements = []
    born = rng.sample(cast, people_per_relation)
    stated_deaths = {subject for relation, subject, _ in plan.mentions if relation == "death_date"}
    dying = [person for person in cast if person[0].casefold() in stated_deaths]
    for name, birth, _ in born:
        other = birth
        while other == birth:
            other = random_iso(rng, int(birth[:4]) - 2, int(birth[:4]) + 2)
        plan.add("birth_date", name, other)
        statements.append(f"{name} was born on {write_date(rng, other)} in {rng.choice(TOWNS)}.")
    for name, _, death in rng.sample(dying, min(people_per_relation, len(dying))):
        other = death
        while other == death:
            other = random_iso(rng, int(death[:4]) - 1, int(death[:4]) + 1)
        statements.append(death_sentence(rng, plan, name, other))
    planted = {subject for relation, subject, _ in plan.mentions if relation == "capital"}
    for country, city in SECOND_CAPITALS.items():
        if country.casefold() in planted:
            for _ in range(rng.choice([1, 2])):
                statements.append(capital_sentence(rng, plan, country, city))
    return statements


def generate(out: Path, seed: int, documents: int = 320, typo_rate: float = 0.0,
             conflicts: int = 3) -> dict:  # fmt: skip
    """Write a corpus of about ``documents`` documents into ``out`` (two Parquet, one JSONL, one
    JSONL.gz shard) and return the tally; also written to ``out/TALLY.json``. ``typo_rate``: the
    share of paper-title mentions written with a typo. ``conflicts``: people given a second
    birth date and a second death date (and countries a second capital, when not 0), each in a
    document of its own added after the others, so the rest of the corpus is the same whatever
    its value."""
    rng = random.Random(seed)
    plan = Plan()
    pieces: list[list[str]] = []  # each a list of fact statements, later wrapped in filler
    cast = people(rng, 70)
    for name, birth, death in cast:
        for _ in range(repeats(rng, heavy=False)):
            pieces.append([birth_sentences(rng, plan, name, birth, death)])
        if rng.random() < 0.3:
            pieces.append([death_sentence(rng, plan, name, death)])
    for country, city in COUNTRIES:
        for _ in range(repeats(rng, heavy=True)):
            pieces.append([capital_sentence(rng, plan, country, city)])
    for given, family, title, year in papers(rng, 60):
        for _ in range(repeats(rng, heavy=False)):
            pieces.append([paper_text(rng, plan, given, family, title, year, typo_rate)])
    rng.shuffle(pieces)
    # Group statements into documents and pad with fillers and near-misses up to the target.
    docs = []
    while pieces or len(docs) < documents:
        body = pieces.pop() if pieces else []
        if pieces and rng.random() < 0.3:
            body += pieces.pop()
        extra = rng.sample(FILLER, 2) + ([rng.choice(NEAR_MISSES)] if rng.random() < 0.5 else [])
        sentences = body + extra
        rng.shuffle(sentences)
        docs.append(" ".join(sentences).strip())
    if conflicts:
        # A generator of its own: the documents above do not change with the conflicts planted.
        other = random.Random(f"conflicts-{seed}")
        for statement in plant_conflicts(other, plan, cast, conflicts):
            docs.append(" ".join([statement, *other.sample(FILLER, 2)]))
    records = [{"id": f"doc-{seed}-{i:05d}", "text": text} for i, text in enumerate(docs)]
    out.mkdir(parents=True, exist_ok=True)
    quarter = len(records) // 4
    shards = [records[:quarter], records[quarter : 2 * quarter],
              records[2 * quarter : 3 * quarter], records[3 * quarter :]]  # fmt: skip
    pq.write_table(pa.Table.from_pylist(shards[0]), out / "part-000.parquet")
    pq.write_table(pa.Table.from_pylist(shards[1]), out / "part-001.parquet", row_group_size=16)
    with open(out / "part-002.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in shards[2])
    with gzip.open(out / "part-003.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in shards[3])
    tally = {"seed": seed, "documents": len(records), "relations": plan.tally()}
    (out / "TALLY.json").write_text(json.dumps(tally, indent=2) + "\n", encoding="utf-8")
    return tally


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    print(json.dumps(generate(target, seed=2025)["relations"], indent=2))
