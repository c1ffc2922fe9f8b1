"""The CRF layer: it learns from labelled sentences, the shipped model is the one the tree's sets
train, it never saw the held-out sets, and in the de-identifier it adds and vetoes as documented."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from slava_lightning.privacy import Deidentifier
from slava_lightning.privacy.evaluate import parse_marked
from slava_lightning.privacy.spans import Span
from slava_lightning.privacy.tagger import (
    FEATURES_VERSION,
    MODEL_DIR,
    PhiTagger,
    features,
    labels,
    tokens,
    train,
)

from . import phi_heldout9
from .training import HELD_OUT, HELD_OUT_SETS, training_sets

ROOT = Path(__file__).resolve().parents[2]

# a small world: sites in "at X Clinic/Hospital" and after "from"; people after "seen by"
SITES = ["Alder", "Brookvale", "Corrin", "Dunmore", "Elmstead", "Fairholt", "Glenrose", "Harwick"]
PEOPLE = ["Tomasz Wojcik", "Aiyana Redcloud", "Kofi Mensah", "Ines Duarte", "Ravi Bhatt"]


def _small_set() -> list[tuple[str, list[Span]]]:
    out = []
    for i, site in enumerate(SITES):
        person = PEOPLE[i % len(PEOPLE)]
        for marked in (
            f"Chest film from {{{{facility:{site} Clinic}}}} reviewed today.",
            f"Patient seen by {{{{name:{person}}}}} in clinic; no effusion.",
            f"CT performed at {{{{facility:{site} Hospital}}}} last week.",
        ):
            out.append(parse_marked(marked))
    for clean in (
        "No focal consolidation, effusion or pneumothorax.",
        "Heart size is normal.",
        "Chest film reviewed today.",
        "Seen in clinic; no effusion.",
        "CT performed last week.",
    ):
        out.append((clean, []))
    return out


@pytest.fixture(scope="module")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train(_small_set(), tmp_path_factory.mktemp("tagger"), iterations=60)


def test_tokens_and_labels_follow_the_gold_spans() -> None:
    text, gold = parse_marked("Seen by {{name:O'Neill}} on {{date:3/4/2021}}.")
    toks = tokens(text)
    assert [w for w, _, _ in toks] == [
        "Seen",
        "by",
        "O",
        "'",
        "Neill",
        "on",
        "3",
        "/",
        "4",
        "/",
        "2021",
        ".",
    ]
    assert labels(toks, gold) == ["O", "O", *["name"] * 3, "O", *["date"] * 5, "O"]
    f = features(toks)
    assert len(f) == len(toks)
    assert f[2]["w=o"] == 1.0 and f[2]["-1w=by"] == 1.0 and f[2]["1w='"] == 1.0
    assert f[0]["-1pad"] == 1.0 and f[-1]["1pad"] == 1.0


def test_a_trained_tagger_finds_an_unseen_site_and_person_in_a_learnt_context(
    small_model: Path,
) -> None:
    tagger = PhiTagger(small_model)
    text = "CT performed at Kestrel Hospital last week."
    found = tagger.find(text)
    assert [(s.kind, text[s.start : s.end]) for s in found] == [("facility", "Kestrel Hospital")]
    text = "Patient seen by Ngozi Eze in clinic; no effusion."
    assert [text[s.start : s.end] for s in tagger.find(text)] == ["Ngozi Eze"]
    assert tagger.find("No focal consolidation, effusion or pneumothorax.") == []
    assert tagger.find("") == [] and tagger.find("   ") == []
    # a lone value has no context: the tagger neither tags it nor vetoes the rules on it
    assert tagger.find("Kestrel Hospital") == []
    assert tagger.read("Kestrel Hospital").clear == [0.0, 0.0]


def test_the_reading_gives_each_token_a_probability_of_no_phi(small_model: Path) -> None:
    tagger = PhiTagger(small_model)
    reading = tagger.read("Patient seen by Ngozi Eze in clinic.")
    assert len(reading.clear) == len(reading.tokens)
    assert all(0.0 <= p <= 1.0 for p in reading.clear)
    name = reading.spans[0]
    assert not reading.all_clear(name, 0.5)
    assert reading.all_clear(Span("name", 0, 7), 0.5)  # "Patient"


def test_a_lower_threshold_tags_no_more_than_a_higher_one(small_model: Path) -> None:
    text = "Films from Kestrel reviewed; seen by Ngozi in clinic."
    strict = PhiTagger(small_model, threshold=0.0).find(text)
    loose = PhiTagger(small_model, threshold=0.999).find(text)
    covered = lambda spans: {i for s in spans for i in range(s.start, s.end)}  # noqa: E731
    assert covered(strict) <= covered(loose)


def test_a_missing_or_stale_model_is_refused_naming_the_folder(
    small_model: Path, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        PhiTagger(tmp_path)
    stale = tmp_path / "stale"
    shutil.copytree(small_model, stale)
    meta = json.loads((stale / "meta.json").read_text())
    meta["features_version"] = FEATURES_VERSION + 1
    (stale / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="retrain"):
        PhiTagger(stale)


def test_training_without_sentences_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no labelled sentence"):
        train([("", []), ("  ", [])], tmp_path)


def test_threads_each_get_a_tagger_and_the_same_answers() -> None:
    tagger = PhiTagger()
    texts = [parse_marked(m)[0] for m in phi_heldout9.HELD_OUT9[:40]]
    expected = [tagger.find(t) for t in texts]
    results: dict[int, list[list[Span]]] = {}

    def work(k: int) -> None:
        results[k] = [tagger.find(t) for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())


def test_the_shipped_model_is_the_one_the_sets_in_the_tree_train() -> None:
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    script = ROOT / "scripts" / "train_phi_tagger.py"
    run = subprocess.run(
        [sys.executable, str(script), "--describe", "--seed", str(meta["seed"])],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "1"},  # the script fixes the seed itself
    )
    now = json.loads(run.stdout)
    assert meta["trained_on"] == now["trained_on"]
    assert meta["digest"] == now["digest"], (
        "the PHI sets changed since the tagger was trained: run scripts/train_phi_tagger.py"
    )
    assert meta["features_version"] == FEATURES_VERSION
    assert meta["held_out"] == list(HELD_OUT)


def test_no_held_out_phi_sentence_is_in_the_training_sets() -> None:
    trained = {
        parse_marked(t)[0] for marked, clean in training_sets().values() for t in [*marked, *clean]
    }
    held = list(HELD_OUT_SETS.values())
    assert len(held) == 3
    # authors writing apart meet, rarely, in a stock field line ("(0010,1010) PatientAge: 093Y")
    same = {parse_marked(t)[0] for marked, _ in held for t in marked} & trained
    lengths = sorted(len(t) for t in same)
    assert len(lengths) <= 2 and all(n < 40 for n in lengths), lengths
    # ... and in a few stock clean sentences ("IMPRESSION:", "As before.", DICOM's "(0008,0060)
    # Modality: CT", IU-Xray's own "The heart is normal in size."), under 5% of the held-out
    # clean sentences (counted apart, so that a failure shows no held-out sentence)
    clean = [t for _, clean in held for t in clean]
    shared = len(set(clean) & trained)
    assert shared <= 0.05 * len(clean), shared


def test_the_default_de_identifier_uses_the_tagger_and_can_leave_it_out() -> None:
    with_tagger = Deidentifier.default()
    rules = Deidentifier.default(tagger=False)
    assert isinstance(with_tagger.tagger, PhiTagger) and rules.tagger is None
    # a site named by a short name with no cue the rules know, in a context the tagger learnt
    text = "Patient reports an MRI at Medscan in November, report not available."
    assert "Medscan" not in with_tagger.scrub(text)


def test_the_tagger_only_vetoes_names_and_sites_it_is_sure_of() -> None:
    class Always:
        """A rule layer that calls a fixed span a name and another a date."""

        def __init__(self, spans: list[Span]) -> None:
            self.spans = spans

        def find(self, text: str) -> list[Span]:
            return self.spans

    text = "Heart size is normal and the lungs are clear."
    spans = [Span("name", 0, 5), Span("date", 14, 20)]  # "Heart", "normal"
    tagger = PhiTagger()
    assert tagger.read(text).all_clear(spans[0], tagger.clear)
    deid = Deidentifier([Always(spans)], tagger=tagger)
    assert deid.find(text) == [Span("date", 14, 20)]  # the date is a rule's to keep
    never = Deidentifier([Always(spans)], tagger=PhiTagger(clear=1.0))
    assert never.find(text) == spans


def test_scrubbed_text_is_left_as_it_is_when_scrubbed_again() -> None:
    # RADEX rejects a record in which the de-identifier still finds PHI after scrubbing it, so
    # a second scrub must find (next to) nothing in what the first one left
    deid = Deidentifier.default()
    sets = training_sets()
    marked = [m for name in ("dev 6", "dev 7", "dev 8", "dev 9") for m in sets[name][0]]
    once = [deid.scrub(parse_marked(m)[0]) for m in marked]
    changed = [t for t in once if deid.scrub(t) != t]
    assert len(changed) <= len(once) // 200, changed
