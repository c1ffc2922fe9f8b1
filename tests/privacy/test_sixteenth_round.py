"""Rule changes made on held-out sets 38-40 after their blind score: log-ins of a first name and
an initial, people typed in lower case in chat, and the months of other calendars."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier


def _values(d: Deidentifier, text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in d.find(text) if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name and an initial look like a file name ("util.h"); a cue says a user
        ("Leak found by labeler wyatt.h: the lateral view header listed the patient.", "wyatt.h"),
        ("Task assignment: batches 31-35 to river.k, 36-40 to sky.m.", "sky.m"),
        # an everyday first name before a speaker's colon, in lower case
        ("grace: i'm ooo next week, someone else has broker duty", "grace"),
        ("mason: found a film with the name burned in, flagged it", "mason"),
        # a first name at a line's start before what the person does, or after a greeting
        ("dmitri can u check the broker box, it is down again", "dmitri"),
        ("fyi the IRB approved amendment 9 today, thx kay", "kay"),
        ("hey hope, the case you flagged is in the test split", "hope"),
    ],
)
def test_people_in_lower_case(rules: Deidentifier, text: str, name: str) -> None:
    assert name in _values(rules, text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "Compile main.c and util.h, then run model.pt.",
        "impression: no acute disease",
        "there is no effusion. may be artifact. thanks all, hi team.",
        "will be done tomorrow",
        "The clinic hours change during Ramadan.",
    ],
)
def test_lower_case_text_names_no_one(rules: Deidentifier, text: str) -> None:
    assert rules.scrub(text) == text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Impression discussed by phone on 18 Ordibehesht 1403.", "18 Ordibehesht 1403"),
        ("Repeat CT in 3 months (around Mehr 1403).", "Mehr 1403"),
        ("Medical certificate issued on 12 Shawwal 1445 by the clinic.", "12 Shawwal 1445"),
        ("Report dated 9 Muharram 1446 AH, checked.", "9 Muharram 1446 AH"),
        ("Levi, Shira - 25 Adar II 5784 - CXR", "25 Adar II 5784"),
        ("Kontrol BT'niz 3 Haziran saat 13:30.", "3 Haziran"),
    ],
)
def test_months_of_other_calendars(rules: Deidentifier, text: str, date: str) -> None:
    assert any(date in v for v in _values(rules, text, "date"))
