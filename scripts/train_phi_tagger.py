"""Train the PHI tagger shipped in ``slava_lightning/assets/phi_tagger`` (the CRF layer).

It learns from the project's labelled PHI sets in ``tests/privacy`` (every set but the held-out
ones named in ``HELD_OUT``, which are only ever scored) and from clean sentences: the sets' own
and a seeded sample of IU-Xray train sentences; each PHI sentence is also given as the
de-identifier leaves it, placeholders in place of its spans, with nothing to find. The model reads words and their neighbours only
(about a minute on two cores). Training is deterministic: the same sets give the same model, and
``meta.json`` records a digest of what it was trained on (``tests/privacy/test_tagger.py`` checks
that the shipped model matches the sets in the tree).

Usage::

    python scripts/train_phi_tagger.py --out src/slava_lightning/assets/phi_tagger
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.privacy.training import HELD_OUT, IU_CLEAN, training_sets  # noqa: E402

from slava_lightning.privacy.tagger import MODEL_DIR, examples, train  # noqa: E402


def digest(texts: list[str]) -> str:
    """A SHA-256 over the training texts, in order."""
    h = hashlib.sha256()
    for t in texts:
        h.update(t.encode("utf-8") + b"\0")
    return h.hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--describe", action="store_true", help="print what training would read (JSON), no model"
    )
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Faker's generated sets iterate sets of strings in some locales: fix the hash seed so
        # that the same tree always gives the same training sentences
        os.execve(
            sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"}
        )

    sets = training_sets(seed=args.seed)
    texts = [t for marked, clean in sets.values() for t in [*marked, *clean]]
    if args.describe:
        trained_on = {name: [len(m), len(c)] for name, (m, c) in sets.items()}
        print(json.dumps({"digest": digest(texts), "trained_on": trained_on}))
        return
    labelled = [pair for marked, clean in sets.values() for pair in examples(marked, clean)]
    meta = {
        "trained_on": {name: [len(m), len(c)] for name, (m, c) in sets.items()},
        "held_out": list(HELD_OUT),
        "iu_clean_sample": IU_CLEAN,
        "seed": args.seed,
        "digest": digest(texts),
    }
    out = train(labelled, args.out, meta=meta)
    print(f"wrote {out} ({len(labelled)} sentences)")


if __name__ == "__main__":
    main()
