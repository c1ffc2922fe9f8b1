"""The labelled sets the PHI tagger learns from, and the held-out sets it never sees.

``scripts/train_phi_tagger.py`` trains the shipped model on :func:`training_sets`; the held-out
sets (:data:`HELD_OUT`) were written apart and are only scored, in aggregate.
"""

from __future__ import annotations

import importlib
import random

from . import (
    phi_clean_terms,
    phi_dev2,
    phi_dev3,
    phi_dev4,
    phi_dev5,
    phi_dev6,
    phi_dev7,
    phi_dev8,
    phi_dev9,
    phi_set,
)


def held_out(n: int) -> tuple[list[str], list[str]]:
    """(marked, clean) of the hand-written set ``tests/privacy/phi_heldout{n}.py``."""
    module = importlib.import_module(f".phi_heldout{n}", __package__)
    return getattr(module, f"HELD_OUT{n}"), getattr(module, f"CLEAN_HELDOUT{n}")


#: Numbers of the hand-written sets the tagger learns from (there is no set 7), and of those
#: kept out of training.
TRAINED_ON = (2, 3, 4, 5, 6, *range(8, 47))
KEPT_OUT = (47, 48, 49)
#: Sets kept out of training, by module name: (marked, clean) of each, scored once, blind, on
#: the final code of their round.
HELD_OUT_SETS = {f"phi_heldout{n}": held_out(n) for n in KEPT_OUT}
HELD_OUT = tuple(HELD_OUT_SETS)
#: IU-Xray train sentences sampled as clean examples.
IU_CLEAN = 3000


def training_sets(seed: int = 0) -> dict[str, tuple[list[str], list[str]]]:
    """Name -> (marked PHI sentences, clean sentences) of every set the tagger learns from."""
    iu = phi_set.iu_sentences("train")
    random.Random(seed).shuffle(iu)
    return {
        "tuning": (phi_set.tuning_set(), iu[:IU_CLEAN]),
        "former held out": (phi_set.held_out_set(), []),
        "dev 2": (phi_dev2.DEV2 + phi_dev2.dev3_set(), phi_dev2.CLEAN_DEV2),
        "dev 3": (phi_dev3.DEV3, phi_dev3.CLEAN_DEV3),
        **{f"held out {n}": held_out(n) for n in TRAINED_ON},
        "dev 4": (phi_dev4.DEV4, phi_dev4.CLEAN_DEV4),
        "dev 5": (phi_dev5.DEV5, phi_dev5.CLEAN_DEV5),
        "dev 6": (phi_dev6.DEV6, phi_dev6.CLEAN_DEV6),
        "dev 7": (phi_dev7.DEV7, phi_dev7.CLEAN_DEV7),
        "dev 8": (phi_dev8.DEV8, phi_dev8.CLEAN_DEV8),
        "dev 9": (phi_dev9.DEV9, phi_dev9.CLEAN_DEV9),
        "clean terms": ([], phi_clean_terms.CLEAN_TERMS),
    }
