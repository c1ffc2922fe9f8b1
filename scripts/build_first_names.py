"""Write the first-name lists the de-identifier ships: every locale's
(``assets/first_names/world_first_names.txt.gz``) and the German-speaking locales' own
(``assets/first_names/german_first_names.txt.gz``, the names a German sentence's capitalised
words are told from).

The names are the given names of the person providers of every locale of the ``Faker``
package (MIT), in Latin script, lower-cased, of two letters or more: Dutch "Els", Danish "Mads",
Irish "Aoife", Yoruba "Ngozi", Māori "Aroha", which the 1990 US census lists do not hold.
Importing Faker's 80-odd locale modules takes seconds, so the de-identifier reads this word list
instead; ``tests/privacy/test_word_lists.py`` checks that it matches the installed package.

Usage: ``python scripts/build_first_names.py`` (needs ``pip install -e ".[test]"``).
"""

from __future__ import annotations

import gzip
import importlib
import re
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[1] / "src/slava_lightning/assets/first_names"
OUT = ASSETS / "world_first_names.txt.gz"
GERMAN_OUT = ASSETS / "german_first_names.txt.gz"
#: Faker's locales of German-speaking countries.
GERMAN_LOCALES = ("de_AT", "de_CH", "de_DE", "de_LI", "de_LU")
# one word of Latin letters (with diacritics), apostrophes and hyphens
_LATIN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff'’-]+")
_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def first_name_words(locales: tuple[str, ...] | None = None) -> list[str]:
    """The sorted given-name words of the person providers of Faker's ``locales`` (all when
    None)."""
    import faker

    root = Path(faker.__file__).parent / "providers" / "person"
    found: set[str] = set()
    every = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name[0] != "_")
    for locale in every if locales is None else [e for e in every if e in locales]:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for field in _FIELDS:
            names = provider.__dict__.get(field)  # the locale's own list, not an inherited one
            if names is None or isinstance(names, property):
                continue
            for name in names:  # a tuple, or a dict of name -> weight
                found |= {w.lower() for w in name.split() if len(w) > 1 and _LATIN.fullmatch(w)}
    return sorted(found)


def header() -> str:
    """The list's first line: the Faker version it was built from."""
    from importlib.metadata import version

    return f"# faker {version('faker')}"


def main() -> None:
    for out, locales in ((OUT, None), (GERMAN_OUT, GERMAN_LOCALES)):
        words = first_name_words(locales)
        # mtime=0: the same words give the same bytes
        text = "\n".join([header(), *words]) + "\n"
        out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
        print(f"{len(words)} first names -> {out}")


if __name__ == "__main__":
    main()
