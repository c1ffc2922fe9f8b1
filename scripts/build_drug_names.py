"""Write the drug-name list the de-identifier ships (``assets/drug_names/drug_names.txt.gz``).

The names are the one-word generic and brand names of the ``drug-named-entity-recognition``
package (MIT; gathered from MeSH, MedlinePlus and DrugBank's open vocabulary), lower-cased, of
four letters or more. The package's own table also holds structures and identifiers and takes
seconds to load, so the de-identifier reads this word list instead;
``tests/privacy/test_word_lists.py`` checks that it matches the package.

Usage: ``python scripts/build_drug_names.py`` (needs ``pip install -e ".[test]"``).
"""

from __future__ import annotations

import bz2
import gzip
import pickle
from importlib import resources
from pathlib import Path

OUT = (
    Path(__file__).resolve().parents[1] / "src/slava_lightning/assets/drug_names/drug_names.txt.gz"
)


def drug_words() -> list[str]:
    """The sorted one-word drug names of the package's table."""
    data = resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2")
    with bz2.open(data.open("rb")) as f:
        table = pickle.load(f)  # the installed package's own data
    return sorted(w for w in table["drug_variant_to_canonical"] if len(w) > 3 and w.isalpha())


def main() -> None:
    words = drug_words()
    # mtime=0: the same words give the same bytes
    OUT.write_bytes(gzip.compress(("\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(words)} drug names -> {OUT}")


if __name__ == "__main__":
    main()
