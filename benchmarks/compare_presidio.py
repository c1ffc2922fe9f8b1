"""Named-entity candidates for the de-identifier's name layer, measured on the project's PHI set.

Compares, on the same sentences: Presidio's analyzer with a spaCy English pipeline (every entity
it reports), the project's de-identifier, and both together (Presidio's PERSON, ORG, LOCATION,
NRP and GPE spans added to the de-identifier as one more layer). Prints strict recall of the
tuning and held-out parts, the share of clean IU-Xray sentences touched, and sentences/s.

Needs an environment with ``presidio-analyzer``, ``spacy`` and a spaCy English model (the
project does not depend on them); the model is named by ``--spacy-model``.
Run: ``python benchmarks/compare_presidio.py --spacy-model en_core_web_sm``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.privacy.phi_set import held_out_set, iu_sentences, tuning_set  # noqa: E402

from slava_lightning.privacy import Deidentifier, Span, default_deidentifier  # noqa: E402
from slava_lightning.privacy.evaluate import parse_marked, score  # noqa: E402

NER_KINDS = {
    "PERSON": "name",
    "ORG": "facility",
    "LOCATION": "address",
    "NRP": "name",
    "GPE": "address",
}


class PresidioLayer:
    """Presidio's analyzer as a de-identifier layer (``entities=None``: everything it finds)."""

    def __init__(self, model: str, entities: list[str] | None = None) -> None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
        engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
        self.analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
        self.entities = entities

    def find(self, text: str) -> list[Span]:
        found = self.analyzer.analyze(text=text, language="en", entities=self.entities)
        return [
            Span(NER_KINDS.get(r.entity_type, "id"), r.start, r.end)
            for r in found
            if r.end > r.start
        ]


def rate(find, sentences: list[str]) -> float:
    start = time.perf_counter()
    for s in sentences:
        find(s)
    return len(sentences) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spacy-model", default="en_core_web_sm")
    parser.add_argument("--clean", type=int, default=2000, help="clean sentences scored per part")
    args = parser.parse_args()
    presidio = PresidioLayer(args.spacy_model)
    ner = PresidioLayer(args.spacy_model, list(NER_KINDS))
    deid = default_deidentifier()
    both = Deidentifier([*deid.detectors, ner])
    candidates = {"presidio": presidio.find, "de-identifier": deid.find, "both": both.find}
    speed_set = [parse_marked(m)[0] for m in tuning_set()[:400]] + iu_sentences("train")[:400]
    for name, find in candidates.items():
        find("warm up")
        line = [f"{name:14s} {rate(find, speed_set):7.0f} sentences/s"]
        for part, marked, clean in (
            ("tuning", tuning_set(), iu_sentences("train")[: args.clean]),
            ("held out", held_out_set(), iu_sentences("val")[: args.clean]),
        ):
            s = score(find, marked, clean)
            kinds = " ".join(f"{k}={s.recall_of(k):.2f}" for k in sorted(s.gold))
            line.append(f"  {part}: recall {s.recall:.3f} touched {s.touched_rate:.3f} [{kinds}]")
        print("\n".join(line))


if __name__ == "__main__":
    main()
