"""De-identification speed and recall: the layered de-identifier vs the old regex scrubber.

References: ``reference_regex_scrubber.py``, the pattern-only scrubber RADEX used before
``slava_lightning.privacy``, and the same de-identifier without its CRF layer (the cost of the
tagger). Both run on the same sentences in one run: the project's PHI test set
(tuning, development and both former held-out parts) and clean sentences. Timings alternate between the two
and keep the best of several rounds. Prints sentences/s, the ratio, and strict recall of both.
Run from the repository root: ``python benchmarks/bench_deid.py [--rounds 3]``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the PHI test set lives in tests/privacy

import reference_regex_scrubber as old  # noqa: E402
from tests.privacy.phi_dev2 import CLEAN_DEV2, DEV2, dev3_set  # noqa: E402
from tests.privacy.phi_dev3 import CLEAN_DEV3, DEV3  # noqa: E402
from tests.privacy.phi_heldout2 import CLEAN_HELDOUT2, HELD_OUT2  # noqa: E402
from tests.privacy.phi_set import held_out_set, iu_sentences, tuning_set  # noqa: E402

from slava_lightning.privacy import Deidentifier, Span, default_deidentifier  # noqa: E402
from slava_lightning.privacy.evaluate import parse_marked, score  # noqa: E402


def old_find(text: str) -> list[Span]:
    """The reference's spans in the de-identifier's type."""
    return [Span(s.kind, s.start, s.end) for s in old.find_phi(text)]


def best_rate(fn, sentences: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for s in sentences:
            fn(s)
        best = min(best, time.perf_counter() - start)
    return len(sentences) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    deid = default_deidentifier()
    deid.scrub("warm up: load the gazetteers")
    rules = Deidentifier.default(tagger=False)
    dev = DEV2 + dev3_set()
    marked = tuning_set() + dev + DEV3 + held_out_set() + HELD_OUT2
    clean = iu_sentences("train") + iu_sentences("val") + CLEAN_DEV2 + CLEAN_DEV3 + CLEAN_HELDOUT2
    sentences = [parse_marked(m)[0] for m in marked] + clean
    print(f"{len(sentences)} sentences ({len(marked)} with PHI), {args.rounds} rounds, best kept")
    new_rate = old_rate = rules_rate = 0.0
    for _ in range(args.rounds):  # alternate, so load on a shared machine hits all alike
        new_rate = max(new_rate, best_rate(deid.scrub, sentences, 1))
        rules_rate = max(rules_rate, best_rate(rules.scrub, sentences, 1))
        old_rate = max(old_rate, best_rate(old.scrub, sentences, 1))
    print(f"de-identifier      {new_rate:10.0f} sentences/s")
    print(f"same, no CRF layer {rules_rate:10.0f} sentences/s")
    print(f"old regex scrubber {old_rate:10.0f} sentences/s")
    print(f"ratio (new / old)  {new_rate / old_rate:10.2f}")
    print(f"ratio (new / no CRF) {new_rate / rules_rate:8.2f}")
    for name, part, clean in (
        ("tuning", tuning_set(), iu_sentences("train")),
        ("dev 2", dev, CLEAN_DEV2),
        ("dev 3", DEV3, CLEAN_DEV3),
        ("held out", held_out_set(), iu_sentences("val")),
        ("held out 2", HELD_OUT2, CLEAN_HELDOUT2),
    ):
        for label, find in (("de-identifier", deid.find), ("old regex", old_find)):
            s = score(find, part, clean)
            print(
                f"{name:10s} {label:14s} strict recall {s.recall:.3f} on {sum(s.gold.values())} "
                f"spans, precision {s.precision:.3f}, clean touched {s.touched}/{s.clean}"
            )


if __name__ == "__main__":
    main()
