"""The de-identifier on the project's PHI test set, the interface, the term lists."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import (
    KINDS,
    Deidentifier,
    PatternDetector,
    Span,
    TermLists,
    default_deidentifier,
)
from slava_lightning.privacy.evaluate import parse_marked, score

from .phi_dev2 import CLEAN_DEV2, DEV2, dev3_set
from .phi_dev3 import CLEAN_DEV3, DEV3
from .phi_dev4 import CLEAN_DEV4, DEV4
from .phi_dev5 import CLEAN_DEV5, DEV5
from .phi_dev6 import CLEAN_DEV6, DEV6
from .phi_dev7 import CLEAN_DEV7, DEV7
from .phi_hard import HARD, HARD_HELD_OUT
from .phi_heldout2 import CLEAN_HELDOUT2, HELD_OUT2
from .phi_heldout3 import CLEAN_HELDOUT3, HELD_OUT3
from .phi_heldout4 import CLEAN_HELDOUT4, HELD_OUT4
from .phi_heldout5 import CLEAN_HELDOUT5, HELD_OUT5
from .phi_heldout6 import CLEAN_HELDOUT6, HELD_OUT6
from .phi_set import held_out_set, iu_sentences, tuning_set
from .training import held_out

# Targets: strict recall >= 0.99 on the tuning parts and >= 0.97 (goal 0.99) on text not seen, <=
# 1% of clean IU-Xray sentences touched. The floors sit 0.005 under what is measured
# (docs/privacy.md). The first and second held-out parts were development data in the third round
# (their misses were looked at), so they are tuning parts now; the held-out set of that round is
# phi_heldout3, scored once after it (0.876) and development data in the fourth round; the
# held-out set of the fourth round is phi_heldout4 (blind 0.907), development data in the fifth
# round with phi_dev4 and phi_dev5; phi_heldout5 was scored blind once in that round (0.907) and
# then joined the development data; the blind set after the round is phi_heldout6 (only its
# aggregate is read).
TUNING_RECALL_FLOOR = 0.99
HELD_OUT_RECALL_FLOOR = 0.99  # measured 0.993-0.996 (the generated part varies a little by run)
HELD_OUT2_RECALL_FLOOR = 0.99  # measured 0.995
DEV3_RECALL_FLOOR = 0.995  # measured 1.000
HELD_OUT3_RECALL_FLOOR = 0.98  # measured 0.985 (in-sample: its misses were looked at)
TOUCHED_CEILING = 0.01
HAND_CLEAN_CEILING = 0.02  # of the 60, 50 and 30 hand-written clean sentences: at most one
PRECISION_FLOOR = 0.975

needs_iu = pytest.mark.skipif(not iu_sentences("train"), reason="IU-Xray reports not in shared/")


def test_the_set_is_big_enough_and_covers_every_kind():
    spans = [s for m in tuning_set() + held_out_set() for s in parse_marked(m)[1]]
    assert len(spans) >= 500
    assert {s.kind for s in spans} == set(KINDS)
    assert len(HARD) >= 60 and len(HARD_HELD_OUT) >= 30


@needs_iu
def test_tuning_part_recall_precision_and_clean_sentences():
    deid = default_deidentifier()
    s = score(deid.find, tuning_set(), iu_sentences("train"), deid.scrub)
    print(f"\ntuning: {sum(s.gold.values())} spans\n{s.table()}\nprecision {s.precision:.3f}, "
          f"clean touched {s.touched}/{s.clean}")  # fmt: skip
    assert s.recall >= TUNING_RECALL_FLOOR, s.misses[:20]
    assert s.precision >= PRECISION_FLOOR
    assert s.touched_rate <= TOUCHED_CEILING, s.touched_examples[:10]


@needs_iu
def test_held_out_part_recall_precision_and_clean_sentences():
    deid = default_deidentifier()
    s = score(deid.find, held_out_set(), iu_sentences("val"), deid.scrub)
    print(f"\nheld out: {sum(s.gold.values())} spans\n{s.table()}\nprecision {s.precision:.3f}, "
          f"clean touched {s.touched}/{s.clean}")  # fmt: skip
    assert s.recall >= HELD_OUT_RECALL_FLOOR
    assert s.precision >= PRECISION_FLOOR
    assert s.touched_rate <= TOUCHED_CEILING


def test_development_part_recall_precision_and_clean_sentences():
    deid = default_deidentifier()
    s = score(deid.find, DEV2 + dev3_set(), CLEAN_DEV2, deid.scrub)
    print(f"\ndevelopment 2: {sum(s.gold.values())} spans\n{s.table()}")
    assert sum(s.gold.values()) >= 800
    assert s.recall >= TUNING_RECALL_FLOOR, s.misses[:20]
    assert s.precision >= PRECISION_FLOOR
    assert s.touched_rate <= HAND_CLEAN_CEILING, s.touched_examples


def test_third_development_part_recall_precision_and_clean_sentences():
    deid = default_deidentifier()
    s = score(deid.find, DEV3, CLEAN_DEV3, deid.scrub)
    print(f"\ndevelopment 3: {sum(s.gold.values())} spans\n{s.table()}")
    assert sum(s.gold.values()) >= 200
    assert s.recall >= DEV3_RECALL_FLOOR, s.misses
    assert s.precision >= PRECISION_FLOOR
    assert s.touched_rate <= HAND_CLEAN_CEILING, s.touched_examples


def test_second_held_out_part_recall_precision_and_clean_sentences():
    """Held out until the third round, then development data (docs/privacy.md)."""
    deid = default_deidentifier()
    s = score(deid.find, HELD_OUT2, CLEAN_HELDOUT2, deid.scrub)
    print(f"\nheld out 2: {sum(s.gold.values())} spans\n{s.table()}\nprecision {s.precision:.3f}, "
          f"clean touched {s.touched}/{s.clean}")  # fmt: skip
    assert sum(s.gold.values()) >= 300
    assert s.recall >= HELD_OUT2_RECALL_FLOOR
    assert s.precision >= PRECISION_FLOOR
    assert s.touched_rate <= HAND_CLEAN_CEILING


@pytest.mark.parametrize(
    ("name", "marked", "clean", "recall_floor", "precision_floor", "touched_ceiling"),
    [
        # held out until the fifth round (blind 0.907), then development data
        ("held out 4", HELD_OUT4, CLEAN_HELDOUT4, 0.935, 0.975, 2),  # 0.940, 2/109
        ("dev 4", DEV4, CLEAN_DEV4, 0.915, 0.975, 8),  # 0.919 (0.817 before the round), 8/139
        ("dev 5", DEV5, CLEAN_DEV5, 0.935, 0.95, 13),  # 0.942 (0.750 before), 13/159
        # blind after the fifth round's first step (0.907, precision 0.913), then development
        ("held out 5", HELD_OUT5, CLEAN_HELDOUT5, 0.945, 0.91, 2),  # 0.952, 2/167
        # written during the round (0.870 when it arrived), then development
        ("dev 6", DEV6, CLEAN_DEV6, 0.945, 0.975, 14),  # 0.952, 14/206
    ],
)
def test_fifth_round_development_sets(
    name, marked, clean, recall_floor, precision_floor, touched_ceiling
):
    """Development data of the fifth round: in-sample figures, far from the 0.99 of the older
    sets (dictation, HL7/DICOM, non-English text and forms the rules do not all cover yet)."""
    deid = default_deidentifier()
    s = score(deid.find, marked, clean, deid.scrub)
    print(f"\n{name}: {sum(s.gold.values())} spans\n{s.table()}\nprecision {s.precision:.3f}, "
          f"clean touched {s.touched}/{s.clean}")  # fmt: skip
    assert s.recall >= recall_floor, s.misses[:20]
    assert s.precision >= precision_floor
    assert s.touched <= touched_ceiling, s.touched_examples


def test_sixth_held_out_set_as_measured_blind():
    """The blind set of the fifth round: only its aggregate is read (no miss is shown)."""
    deid = default_deidentifier()
    s = score(deid.find, HELD_OUT6, CLEAN_HELDOUT6, deid.scrub)
    print(f"\nheld out 6: {sum(s.gold.values())} spans, recall {s.recall:.3f}, "
          f"precision {s.precision:.3f}, clean touched {s.touched}/{s.clean}")  # fmt: skip
    assert sum(s.gold.values()) >= 1000
    assert s.recall >= 0.925, "recall on the blind set fell below its measured 0.929"
    assert s.precision >= 0.97, "precision on the blind set fell below its measured 0.974"
    assert s.touched <= 8, "more clean sentences of the blind set touched than the measured 8"


def test_seventh_set_as_measured_blind():
    """Written as development data, but scored once, blind, on the final code of the fifth round
    (only its aggregate is read)."""
    deid = default_deidentifier()
    s = score(deid.find, DEV7, CLEAN_DEV7, deid.scrub)
    assert sum(s.gold.values()) >= 600
    assert s.recall >= 0.925, "recall on the set fell below its measured 0.928"
    assert s.precision >= 0.96, "precision on the set fell below its measured 0.964"
    assert s.touched <= 4, "more clean sentences touched than the measured 4"


@pytest.mark.parametrize(
    ("n", "least", "recall", "precision", "touched"),
    [
        (8, 800, 0.985, 0.98, 12),
        (9, 900, 0.965, 0.975, 15),
        (10, 650, 0.985, 0.98, 11),
        (11, 700, 0.98, 0.97, 5),
        (12, 740, 0.955, 0.955, 16),
        (13, 780, 0.97, 0.965, 26),
        (14, 630, 0.955, 0.98, 13),
        (15, 670, 0.97, 0.98, 16),
        (16, 840, 0.97, 0.965, 17),
        (17, 900, 0.96, 0.965, 23),
        (18, 850, 0.92, 0.94, 10),
        (19, 825, 0.89, 0.945, 35),
        (20, 800, 0.955, 0.965, 31),
        (21, 860, 0.94, 0.965, 30),
        (22, 835, 0.94, 0.96, 29),
        (23, 990, 0.935, 0.985, 20),
        (24, 970, 0.885, 0.975, 18),
        (25, 825, 0.925, 0.955, 35),
        (26, 750, 0.955, 0.97, 18),
        (27, 800, 0.93, 0.945, 51),
        (28, 910, 0.94, 0.95, 18),
        (29, 815, 0.91, 0.96, 28),
        (30, 905, 0.93, 0.975, 28),
        (31, 790, 0.93, 0.885, 94),
        (32, 975, 0.97, 0.975, 23),
        (33, 1055, 0.965, 0.975, 26),
        (34, 890, 0.925, 0.98, 15),
        (35, 840, 0.94, 0.985, 10),
        (36, 850, 0.935, 0.955, 59),
        (37, 1015, 0.94, 0.98, 30),
        (38, 780, 0.90, 0.97, 19),
        (39, 830, 0.945, 0.965, 32),
        (40, 1090, 0.96, 0.98, 38),
        (41, 840, 0.95, 0.985, 12),
        (42, 735, 0.97, 0.97, 16),
        (43, 705, 0.885, 0.905, 43),
        (44, 915, 0.93, 0.985, 23),
        (45, 1105, 0.935, 0.975, 41),
        (46, 890, 0.975, 0.975, 27),
        (47, 1050, 0.95, 0.98, 6),
        (48, 830, 0.96, 0.98, 18),
        (49, 895, 0.86, 0.965, 23),
    ],
    ids=[f"held out {n}" for n in range(8, 50)],
)
def test_the_blind_sets_hold_their_figures(n, least, recall, precision, touched):
    """Each scored once, blind, with the CRF layer; only the aggregate was read then, and no
    miss is printed here.

    - Sixth round: held out 8 (recall 0.993, precision 0.985, 12 of 143 clean touched), 9
      (0.970, 0.979, 15 of 192), 10 (0.991, 0.985, 11 of 168) and 11 (0.985, 0.975, 5 of 165).
    - Seventh round, first: held out 12 (0.960, 0.960, 16 of 304) and 13 (0.971, 0.967, 26 of
      291), at its first commit.
    - Seventh round, final: held out 14 (0.957, 0.984, 13 of 341) and 15 (0.975, 0.985, 16 of
      373), never trained on nor looked at.
    - Eighth round, first: held out 16 (0.974, 0.968, 17 of 331) and 17 (0.965, 0.967, 23 of
      421), at 6b2a889; final: held out 18 (0.924, 0.942, 10 of 328) and 19 (0.895, 0.949, 35
      of 342), at f6e5f19, never trained on nor looked at.
    - Ninth round: held out 20 (0.959, 0.968, 31 of 511), 21 (0.941, 0.966, 30 of 394) and 22
      (0.944, 0.962, 29 of 393), at 5ac8173, never trained on nor looked at.
    - Tenth round: held out 23 (0.937, 0.987, 20 of 442), 24 (0.887, 0.979, 18 of 390) and 25
      (0.929, 0.957, 35 of 350), at fd8d807, never trained on nor looked at.
    - Eleventh round: held out 26 (0.959, 0.973, 18 of 368), 27 (0.935, 0.946, 51 of 384) and
      28 (0.942, 0.951, 18 of 369), at 2417c85, never trained on nor looked at.
    - Twelfth round: held out 29 (0.912, 0.965, 28 of 453), 30 (0.935, 0.979, 28 of 434) and
      31 (0.934, 0.890, 94 of 372), at fc55917, never trained on nor looked at.
    - Thirteenth round: held out 32 (0.974, 0.978, 23 of 411), 33 (0.966, 0.979, 26 of 481) and
      34 (0.927, 0.986, 15 of 500), at fb8f678, never trained on nor looked at.
    - Fourteenth round: held out 35 (0.944, 0.985, 10 of 384), 36 (0.938, 0.959, 59 of 450) and
      37 (0.940, 0.983, 30 of 386), at 3655bb8, never trained on nor looked at.
    - Fifteenth round: held out 38 (0.904, 0.973, 19 of 347), 39 (0.946, 0.966, 32 of 566) and
      40 (0.962, 0.982, 38 of 390), at 20de290, never trained on nor looked at.
    - Sixteenth round: held out 41 (0.950, 0.986, 12 of 373), 42 (0.974, 0.974, 16 of 380) and
      43 (0.887, 0.907, 43 of 362), at 5904a63, never trained on nor looked at.
    - Seventeenth round: held out 44 (0.934, 0.986, 23 of 409), 45 (0.938, 0.978, 41 of 446)
      and 46 (0.980, 0.977, 27 of 422), at 75335f4, never trained on nor looked at.
    - Eighteenth round: held out 47 (0.953, 0.984, 6 of 349), 48 (0.964, 0.985, 18 of 519) and
      49 (0.865, 0.968, 23 of 381), at a36865c, never trained on nor looked at; then
      development data of the rules, not yet trained on.

    Sets 8 to 46 then became development and training data, so what they measured blind is
    their floor. Since the tenth round a year alone ("in 2015") is kept, as HIPAA Safe Harbor
    allows and the later sets' conventions say; sets 8 and 10 mark such years, so their floors
    are what they score without them (0.986 and 0.988)."""
    deid = default_deidentifier()
    s = score(deid.find, *held_out(n), deid.scrub)
    # only figures, so that a failure shows no sentence of a set that is still held out
    spans, got, prec, hit = sum(s.gold.values()), s.recall, s.precision, s.touched
    assert spans >= least
    assert got >= recall and prec >= precision and hit <= touched, (got, prec, hit)


def test_third_held_out_part_recall_precision_and_clean_sentences():
    """Held out until the fourth round, then development data (docs/privacy.md)."""
    deid = default_deidentifier()
    s = score(deid.find, HELD_OUT3, CLEAN_HELDOUT3, deid.scrub)
    print(f"\nheld out 3: {sum(s.gold.values())} spans\n{s.table()}\nprecision {s.precision:.3f}, "
          f"clean touched {s.touched}/{s.clean}")  # fmt: skip
    assert sum(s.gold.values()) >= 700
    assert s.recall >= HELD_OUT3_RECALL_FLOOR, s.misses
    assert s.recall_of("age") >= 0.99 and s.recall_of("date") >= 0.99 and s.recall_of("id") >= 0.99
    assert s.precision >= PRECISION_FLOOR
    assert s.touched_rate <= HAND_CLEAN_CEILING, s.touched_examples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages over 89 in many forms; under 90 an age is clinical text (HIPAA Safe Harbor)
        ("age 93; 93 years of age; aged ninety-four", "[AGE]; [AGE]; [AGE]"),
        ("A 101-yr-old, a 92-yo and a nonagenarian, 91.", "A [AGE], a [AGE] and a [AGE]."),
        ("Seen with Kenji Mori (94); Britt Lind, 95 år.", "Seen with [NAME] [AGE]; [NAME], [AGE]."),
        ("A 78-year-old woman and a 45M smoker.", "A 78-year-old woman and a 45M smoker."),
        ("For 92 years? No: 2 years, 91 years ago.", "For [AGE]? No: 2 years, 91 years ago."),
        # dates in more layouts and scripts
        ("Amended 10:40 on 2 Feb 2020; addendum Fri 9/4 @ 1615.", "Amended [DATE]; addendum [DATE]."),
        ("COMPARISON: 3/14 and 2/2; read (5/21).", "COMPARISON: [DATE] and [DATE]; read ([DATE])."),
        ("junio 2018, 2020年3月14日, H31.3.14, 2021-11-03T14:09:27Z", "[DATE], [DATE], [DATE], [DATE]"),
        # ids with unusual prefixes and in lists
        ("acc a9912387; subject no. SLV-0147; serial PJN471823S", "[ID]; [ID]; [ID]"),
        ("Prior accessions: CT19-00412, CT20-01145.", "Prior accessions: [ID], [ID]."),
        # addresses with no street word
        ("Mail to PO Box 30197-00100, Nairobi.", "Mail to [ADDRESS]."),
        ("Resident of Ferme des Ormes, 21320 Pouilly-en-Auxois.", "Resident of [ADDRESS]."),
        # facilities in more forms
        ("From Oak Meadow Assisted Living to the Kingfisher Unit.", "From [FACILITY] to the [FACILITY]."),
        ("Comparison: CT chest 20190314, UCSF.", "Comparison: CT chest [DATE], [FACILITY]."),
        # names in more contexts
        ("Dear Dr Okonjo; per Nurse Mere Rangihuna.", "Dear [NAME]; per [NAME]."),
        ("Also sent to: ali reza; mina park", "Also sent to: [NAME]; [NAME]"),
        ("user ntaufa logged in; pls add lat view - kiri", "user [NAME] logged in; pls add lat view - [NAME]"),
    ],
)  # fmt: skip
def test_fourth_round_forms(text, expected):
    assert default_deidentifier().scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Starr-Edwards mitral prosthesis; St. Jude mechanical aortic valve.",
        "Visit to the Fracture Clinic; admitted to the Stroke Unit; 40 Hounsfield Units.",
        "C5-C6, COVID-19, ICD-10 and T12-L1; grade 2/4; 4/5 strength; on the 5th rib.",
        "Temp is 98.6 and SpO2 is 94% on room air.",
    ],
)
def test_fourth_round_clinical_text_is_untouched(text):
    assert default_deidentifier().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forms of the second round (from the development sentences)
        ("Signed by Ifeoma Chukwu, MD, on 2020-10-11 07:45.", "Signed by [NAME], MD, on [DATE]."),
        ("Scheduled 2/7/2023 @ 1045; DOB 12.IV.1930.", "Scheduled [DATE]; DOB [DATE]."),
        ("A 104 y.o. man; 98 yrs; AGE/SEX: 95Y/M", "A [AGE] man; [AGE]; AGE/SEX: [AGE]/M"),
        ("Medicare # 2FG5-RT6-NM84, page #4410, x4410", "[ID], page [PHONE], [PHONE]"),
        ("spoke to dr nair; discussed with kemi adeleke", "spoke to [NAME]; discussed with [NAME]"),
        ("Discussed with Dr. van den Broek.", "Discussed with [NAME]."),
        ("Referring physician: ter Haar, Joost", "Referring physician: [NAME]"),
        ("R. S. signed the consent form.", "[NAME] signed the consent form."),
        ("Emeka was positioned upright.", "[NAME] was positioned upright."),
        ("Called Sauvage, Claudine C. at noon.", "Called [NAME] at noon."),
        ("cc: Ninioluwa Ogunwobi; GRACE EKWUEME", "cc: [NAME]; [NAME]"),
        ("Prior CT at Radboudumc; Clinique des Cèdres.", "Prior CT at [FACILITY]; [FACILITY]."),
        ("Seen at St George's; transferred from Cedars-Sinai.", "Seen at [FACILITY]; transferred from [FACILITY]."),
        ("Patient moved to Flat 6, 40 Clarence Street, Glasgow G12 9RT last year.",
         "Patient moved to [ADDRESS] last year."),
        ("Sent to 56 Lajpat Rai Marg, New Delhi 110003.", "Sent to [ADDRESS]."),
        ("Written 李明 and Иван Петров.", "Written [NAME] and [NAME]."),
        # third round
        ("The line was placed by Oyelaran; Bilal could not stand.", "The line was placed by [NAME]; [NAME] could not stand."),
        ("Pieter van der Berg declined; wristband of van Susa, Dina G.", "[NAME] declined; wristband of [NAME]"),
        ("Guardian Anouk de Vries was present.", "Guardian [NAME] was present."),
        ("WIŚNIEWSKA, KATARZYNA CT THORAX", "[NAME] CT THORAX"),
        ("told anil; called rn beatriz", "told [NAME]; called rn [NAME]"),
        ("Prior CT at UCSF; transferred from St Vincent's.", "Prior CT at [FACILITY]; transferred from [FACILITY]."),
        ("Seen at Charité – Universitätsmedizin Berlin.", "Seen at [FACILITY]."),
        ("From mid-July 2020, 3. Mai 2021, Christmas Day 2019.", "From [DATE], [DATE], [DATE]."),
        ("Seen 4/7 and 4/9; again on the 21st.", "Seen [DATE] and [DATE]; again on [DATE]."),
        ("Lives at ul. Marszałkowska 84/92 m. 7, 00-514 Warszawa.", "Lives at [ADDRESS]."),
        ("Sent to Plot 22, Kampala Road, Kampala.", "Sent to [ADDRESS]."),
        ("Uploaded from 172.16.40.9.", "Uploaded from [IP]."),
    ],
)  # fmt: skip
def test_second_round_forms(text, expected):
    assert default_deidentifier().scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nissen fundoplication; Ivor Lewis esophagectomy.",
        "Pt POD 6 s/p repair, stable.",
        "Hospital Course: stable. Transferred to the ICU on hospital day 3.",
        "Findings discussed below; discussed with the referring team.",
        "Stable for 2 years; 5 x 3 mm; beta-blocker, 5 μg, α1.",
        "Radiograph from XXXX; CT scan from XXXX Lab.",
        # third round
        "Abbott MitraClip in place; Philips DigitalDiagnost, 120 kVp.",
        "Department of Radiology; referred to Cardiothoracic Surgery.",
        "Temp 38.4, HR 112, BP 100/60.",
        "May-Thurner anatomy; fracture on the 5th rib; transferred to the MICU.",
    ],
)
def test_second_round_clinical_text_is_untouched(text):
    assert default_deidentifier().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient John Doe was seen.", "Patient [NAME] was seen."),
        ("DR. LINDA HOWARD reviewed it.", "[NAME] reviewed it."),
        ("Patient: Nguyen, Thi Lan.", "Patient: [NAME]."),
        ("Read by Dr. Priya K. Sharma.", "Read by [NAME]."),
        ("On 12-Jan-2016, 20190314 and 03/14/19.", "On [DATE], [DATE] and [DATE]."),
        ("MR# 5512093 and ACC# 2019-004512.", "[ID] and [ID]."),
        ("Sent from 10.0.12.187 overnight.", "Sent from [IP] overnight."),
        ("Seen at St. Mary's Hospital.", "Seen at [FACILITY]."),
        ("A 92-year-old man.", "A [AGE] man."),
    ],
)
def test_issue_examples(text, expected):
    assert default_deidentifier().scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kerley B lines and a Swan-Ganz catheter; see the Fleischner guidance.",
        "Findings discussed with Dr. XXXX on XXXX.",  # IU's own de-identification is left as is
        "XXXX-year-old male with chest pain.",
        "Grade 2/3 opacity, CTR 0.45, T12 and C5-C6, 3.5 x 2.1 cm.",
        "Mallory-Weiss tear; Hodgkin lymphoma; Morgagni hernia.",
        "LUNG CANCER; BACK PAIN; ALLOGENEIC BMT W/U LAB.",
    ],
)
def test_clinical_text_and_iu_tokens_are_untouched(text):
    assert default_deidentifier().scrub(text) == text


def test_scrub_is_idempotent_and_leaves_no_residual():
    deid = default_deidentifier()
    for marked in HARD:
        once = deid.scrub(parse_marked(marked)[0])
        assert deid.scrub(once) == once
        assert deid.find(once) == []


def test_term_lists_deny_and_allow(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text(
        "deny:\n  name: [Adaeze Nwachukwu]\n  facility: [Northgate Imaging]\nallow: [Linda]\n"
    )
    deid = Deidentifier.default(path)
    out = deid.scrub("Nwachukwu reported it at northgate  imaging; Linda syndrome noted.")
    assert out == "[NAME] reported it at [FACILITY]; Linda syndrome noted."
    assert deid.scrub("The Nwachukwu file.") == "The [NAME] file."
    assert default_deidentifier().scrub("The Nwachukwu file.") == "The Nwachukwu file."

    text = tmp_path / "site.txt"
    text.write_text("# staff\nAdaeze Okonkwo\nfacility: Ward 7B Annex\n!Linda\n")
    lists = TermLists.load(text)
    assert lists.deny == {"name": ["Adaeze Okonkwo"], "facility": ["Ward 7B Annex"]}
    assert lists.allow == ["Linda"]


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("deny:\n  people: [x]\n", ".yaml", "unknown kind 'people'"),
        ("deny: [x]\n", ".yaml", "'deny' must map a kind"),
        ("colour: red\n", ".yaml", "unknown keys"),
        ("badkind: Jane\n", ".txt", "line 1: unknown kind 'badkind'"),
    ],
)
def test_bad_term_lists_name_the_file_and_field(tmp_path, content, suffix, message):
    path = tmp_path / f"lists{suffix}"
    path.write_text(content)
    with pytest.raises(ValueError, match=message) as err:
        TermLists.load(path)
    assert str(path) in str(err.value)


def test_interface_and_extra_layers():
    class Codes:
        def find(self, text):
            i = text.find("ZZ-")
            return [Span("id", i, i + 6)] if i >= 0 else []

    deid = Deidentifier([PatternDetector(), Codes()])
    assert deid.scrub("code ZZ-123 on 2020-01-02") == "code [ID] on [DATE]"
    assert deid.scrub_json({"a": ["ZZ-999"], "n": 3}) == {"a": ["[ID]"], "n": 3}
    hits = deid.find_json({"a": ["x ZZ-999"]})
    assert [(path, span.kind) for path, _, span in hits] == [("a[0]", "id")]
    with pytest.raises(ValueError, match="at least one detector"):
        Deidentifier([])
    with pytest.raises(ValueError, match="no find"):
        Deidentifier([object()])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="unknown PHI kind"):
        Span("person", 0, 1)


def test_package_imports_without_torch_or_lightning():
    import subprocess
    import sys

    code = "import sys, slava_lightning.privacy as p; p.default_deidentifier().scrub('Dr Lee'); "
    code += "print(sorted(m for m in ('torch', 'lightning') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_all_ages_masks_ages_under_90_too():
    text = "A 45-year-old man, 58M, and a 93-year-old woman."
    assert default_deidentifier().scrub(text) == "A 45-year-old man, 58M, and a [AGE] woman."
    assert (
        default_deidentifier(all_ages=True).scrub(text) == "A [AGE] man, [AGE], and a [AGE] woman."
    )
    assert Deidentifier.default(all_ages=True).scrub("aged 45") == "[AGE]"
