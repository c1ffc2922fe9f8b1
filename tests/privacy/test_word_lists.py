"""The word lists the de-identifier reads besides the census: drugs, ISO places and languages,
and what they change in its output."""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

from slava_lightning.privacy import default_deidentifier
from slava_lightning.privacy.gazetteer import (
    census_names,
    drug_names,
    german_first_names,
    language_names,
    place_names,
    world_first_names,
)

from .phi_clean_terms import CLEAN_TERMS

ROOT = Path(__file__).resolve().parents[2]
ASSET = ROOT / "src/slava_lightning/assets/drug_names/drug_names.txt.gz"
FIRST_NAMES = ROOT / "src/slava_lightning/assets/first_names/world_first_names.txt.gz"


@pytest.mark.skipif(
    importlib.util.find_spec("drug_named_entity_recognition") is None,
    reason="drug-named-entity-recognition (a test extra) is not installed",
)
def test_the_shipped_drug_list_is_the_packages_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_drug_names import drug_words
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    shipped = gzip.decompress(ASSET.read_bytes()).decode("utf-8").split()
    assert shipped == drug_words()


def _shipped_and_built(asset: str, german: bool) -> list[str]:
    """The names an asset of ``assets/first_names`` ships, after checking them against what
    ``scripts/build_first_names.py`` builds from the installed Faker."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_first_names import GERMAN_LOCALES, first_name_words, header
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    path = FIRST_NAMES.with_name(asset)
    head, *shipped = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    now = first_name_words(GERMAN_LOCALES if german else None)
    if head == header():
        assert shipped == now
    else:  # another Faker release: its lists move a little, never wholesale
        assert len(set(shipped) & set(now)) >= 0.95 * len(shipped), (head, header())
    return shipped


_NEEDS_FAKER = pytest.mark.skipif(
    importlib.util.find_spec("faker") is None, reason="Faker (a test extra) is not installed"
)


@_NEEDS_FAKER
def test_the_shipped_first_names_are_fakers_own() -> None:
    shipped = _shipped_and_built("world_first_names.txt.gz", german=False)
    assert set(shipped) == world_first_names()


@_NEEDS_FAKER
def test_the_shipped_german_first_names_are_fakers_own() -> None:
    shipped = _shipped_and_built("german_first_names.txt.gz", german=True)
    # every shipped name is among the world list's, and the German ones hold German names only
    assert set(shipped) <= world_first_names()
    assert {"klaus", "dieter", "ute", "jürgen"} <= german_first_names()
    assert "magen" not in german_first_names()


def test_drug_names_hold_brands_and_generics_but_no_census_name() -> None:
    drugs = drug_names()
    assert {"spiriva", "lasix", "symbicort", "amiodarone", "keytruda", "eliquis"} <= drugs
    assert not drugs & census_names()  # "Allegra" is a drug and a first name: it stays a name
    assert "allegra" not in drugs


def test_iso_places_and_languages() -> None:
    places, languages = place_names(), language_names()
    assert {"alberta", "nunavut", "kwazulu-natal", "south africa", "philippines"} <= places
    assert {"tagalog", "cantonese", "spanish", "tigrinya"} <= languages


@pytest.mark.parametrize(
    "text",
    [
        "A 30-year history of asthma, on Ventolin and Spiriva.",
        "Interpreter booked for Tagalog.",
        "Referred from a clinic in rural Alberta.",
        "Veteran reports deployment to Southwest Asia; no specific exposure documented.",
        "Anterior cardiophrenic fat-containing hernia of Morgagni, unchanged.",
        "A Mallory-Weiss tear cannot be evaluated by radiography.",
        "Exam code CTCHLD, CPT 71271, ICD-10 Z87.891.",
        "Omnipaque 350, 80 mL, lot 4471, no reaction.",
        "Victoria Day long weekend: reduced booking hours.",
        "Carina is splayed by subcarinal lymphadenopathy.",
        "Seen on Tuesday at 10:30 in the nodule clinic.",
    ],
)
def test_clinical_words_that_look_like_names_stay(text: str) -> None:
    assert default_deidentifier().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Allegra Moss called about her results.", "Allegra Moss", "name"),
        ("Dr. Carina Lopez reviewed the film.", "Carina Lopez", "name"),
        ("Seen in the morgan clinic yesterday.", "morgan clinic", "facility"),
        ("Victoria Jackson, ICD-10 coder, called.", "Victoria Jackson", "name"),
        ("Alberta Nguyen, the patient's mother, was informed.", "Alberta Nguyen", "name"),
    ],
)
def test_names_beside_those_words_are_still_masked(text: str, value: str, kind: str) -> None:
    found = default_deidentifier().find(text)
    start = text.index(value)
    assert any(
        s.kind == kind and s.start <= start and start + len(value) <= s.end for s in found
    ), (text, [(s.kind, text[s.start : s.end]) for s in found])


def test_the_clean_vocabulary_set_is_left_alone() -> None:
    """Training data of the tagger (in-sample): 2 of its 163 sentences are touched ("Mayo Clinic
    model", "Given Lasix")."""
    deid = default_deidentifier()
    touched = [t for t in CLEAN_TERMS if deid.scrub(t) != t]
    assert len(touched) <= 2, touched
