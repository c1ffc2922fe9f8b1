"""The labelled sets the PHI tagger learns from, and the held-out sets it never sees.

``scripts/train_phi_tagger.py`` trains the shipped model on :func:`training_sets`; the held-out
sets (:data:`HELD_OUT`) were written apart and are only scored, in aggregate.
"""

from __future__ import annotations

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
    phi_heldout2,
    phi_heldout3,
    phi_heldout4,
    phi_heldout5,
    phi_heldout6,
    phi_heldout8,
    phi_heldout9,
    phi_heldout10,
    phi_heldout11,
    phi_heldout12,
    phi_heldout13,
    phi_heldout14,
    phi_heldout15,
    phi_heldout16,
    phi_heldout17,
    phi_heldout18,
    phi_heldout19,
    phi_heldout20,
    phi_heldout21,
    phi_heldout22,
    phi_heldout23,
    phi_heldout24,
    phi_heldout25,
    phi_heldout26,
    phi_heldout27,
    phi_heldout28,
    phi_heldout29,
    phi_heldout30,
    phi_heldout31,
    phi_heldout32,
    phi_heldout33,
    phi_heldout34,
    phi_heldout35,
    phi_heldout36,
    phi_heldout37,
    phi_heldout38,
    phi_heldout39,
    phi_heldout40,
    phi_heldout41,
    phi_heldout42,
    phi_heldout43,
    phi_set,
)

#: Sets kept out of training, by module name: (marked, clean) of each, scored once, blind, on
#: the final code of their round.
HELD_OUT_SETS = {
    "phi_heldout41": (phi_heldout41.HELD_OUT41, phi_heldout41.CLEAN_HELDOUT41),
    "phi_heldout42": (phi_heldout42.HELD_OUT42, phi_heldout42.CLEAN_HELDOUT42),
    "phi_heldout43": (phi_heldout43.HELD_OUT43, phi_heldout43.CLEAN_HELDOUT43),
}
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
        "held out 2": (phi_heldout2.HELD_OUT2, phi_heldout2.CLEAN_HELDOUT2),
        "held out 3": (phi_heldout3.HELD_OUT3, phi_heldout3.CLEAN_HELDOUT3),
        "held out 4": (phi_heldout4.HELD_OUT4, phi_heldout4.CLEAN_HELDOUT4),
        "held out 5": (phi_heldout5.HELD_OUT5, phi_heldout5.CLEAN_HELDOUT5),
        "held out 6": (phi_heldout6.HELD_OUT6, phi_heldout6.CLEAN_HELDOUT6),
        "held out 8": (phi_heldout8.HELD_OUT8, phi_heldout8.CLEAN_HELDOUT8),
        "held out 9": (phi_heldout9.HELD_OUT9, phi_heldout9.CLEAN_HELDOUT9),
        "held out 10": (phi_heldout10.HELD_OUT10, phi_heldout10.CLEAN_HELDOUT10),
        "held out 11": (phi_heldout11.HELD_OUT11, phi_heldout11.CLEAN_HELDOUT11),
        "held out 12": (phi_heldout12.HELD_OUT12, phi_heldout12.CLEAN_HELDOUT12),
        "held out 13": (phi_heldout13.HELD_OUT13, phi_heldout13.CLEAN_HELDOUT13),
        "held out 14": (phi_heldout14.HELD_OUT14, phi_heldout14.CLEAN_HELDOUT14),
        "held out 15": (phi_heldout15.HELD_OUT15, phi_heldout15.CLEAN_HELDOUT15),
        "held out 16": (phi_heldout16.HELD_OUT16, phi_heldout16.CLEAN_HELDOUT16),
        "held out 17": (phi_heldout17.HELD_OUT17, phi_heldout17.CLEAN_HELDOUT17),
        "held out 18": (phi_heldout18.HELD_OUT18, phi_heldout18.CLEAN_HELDOUT18),
        "held out 19": (phi_heldout19.HELD_OUT19, phi_heldout19.CLEAN_HELDOUT19),
        "held out 20": (phi_heldout20.HELD_OUT20, phi_heldout20.CLEAN_HELDOUT20),
        "held out 21": (phi_heldout21.HELD_OUT21, phi_heldout21.CLEAN_HELDOUT21),
        "held out 22": (phi_heldout22.HELD_OUT22, phi_heldout22.CLEAN_HELDOUT22),
        "held out 23": (phi_heldout23.HELD_OUT23, phi_heldout23.CLEAN_HELDOUT23),
        "held out 24": (phi_heldout24.HELD_OUT24, phi_heldout24.CLEAN_HELDOUT24),
        "held out 25": (phi_heldout25.HELD_OUT25, phi_heldout25.CLEAN_HELDOUT25),
        "held out 26": (phi_heldout26.HELD_OUT26, phi_heldout26.CLEAN_HELDOUT26),
        "held out 27": (phi_heldout27.HELD_OUT27, phi_heldout27.CLEAN_HELDOUT27),
        "held out 28": (phi_heldout28.HELD_OUT28, phi_heldout28.CLEAN_HELDOUT28),
        "held out 29": (phi_heldout29.HELD_OUT29, phi_heldout29.CLEAN_HELDOUT29),
        "held out 30": (phi_heldout30.HELD_OUT30, phi_heldout30.CLEAN_HELDOUT30),
        "held out 31": (phi_heldout31.HELD_OUT31, phi_heldout31.CLEAN_HELDOUT31),
        "held out 32": (phi_heldout32.HELD_OUT32, phi_heldout32.CLEAN_HELDOUT32),
        "held out 33": (phi_heldout33.HELD_OUT33, phi_heldout33.CLEAN_HELDOUT33),
        "held out 34": (phi_heldout34.HELD_OUT34, phi_heldout34.CLEAN_HELDOUT34),
        "held out 35": (phi_heldout35.HELD_OUT35, phi_heldout35.CLEAN_HELDOUT35),
        "held out 36": (phi_heldout36.HELD_OUT36, phi_heldout36.CLEAN_HELDOUT36),
        "held out 37": (phi_heldout37.HELD_OUT37, phi_heldout37.CLEAN_HELDOUT37),
        "held out 38": (phi_heldout38.HELD_OUT38, phi_heldout38.CLEAN_HELDOUT38),
        "held out 39": (phi_heldout39.HELD_OUT39, phi_heldout39.CLEAN_HELDOUT39),
        "held out 40": (phi_heldout40.HELD_OUT40, phi_heldout40.CLEAN_HELDOUT40),
        "dev 4": (phi_dev4.DEV4, phi_dev4.CLEAN_DEV4),
        "dev 5": (phi_dev5.DEV5, phi_dev5.CLEAN_DEV5),
        "dev 6": (phi_dev6.DEV6, phi_dev6.CLEAN_DEV6),
        "dev 7": (phi_dev7.DEV7, phi_dev7.CLEAN_DEV7),
        "dev 8": (phi_dev8.DEV8, phi_dev8.CLEAN_DEV8),
        "dev 9": (phi_dev9.DEV9, phi_dev9.CLEAN_DEV9),
        "clean terms": ([], phi_clean_terms.CLEAN_TERMS),
    }
