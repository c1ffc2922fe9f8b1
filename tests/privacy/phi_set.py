"""The project's PHI test set: templated radiology sentences with synthetic identities, the
hand-written hard cases, and clean IU-Xray sentences for false positives.

Identities come from Faker, seeded, in locales the name gazetteer (US census lists) was not built
from. The *tuning* part uses some templates and locales; the *held-out* part uses other templates,
other locales and another seed, and was only scored until the third round of tuning, in which its
misses were looked at (it is development data since). Clean sentences come from the IU-Xray
reports: studies of the R2Gen train split for tuning, of the val split for the former held-out part.
"""

from __future__ import annotations

import json
import random
import re
import tarfile
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from faker import Faker

from .phi_hard import HARD, HARD_HELD_OUT

IU = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "iu_xray"

TUNING_LOCALES = ["en_US", "en_GB", "de_DE", "es_ES", "en_IE"]
HELD_OUT_LOCALES = ["en_IN", "fr_FR", "it_IT", "en_AU", "pt_BR", "nl_NL", "pl_PL", "sv_SE"]

TUNING_TEMPLATES = [
    "Portable chest radiograph of {name} obtained on {date} shows no acute disease.",
    "PA and lateral views for {name}, {id}, reviewed on {date}.",
    "Findings were discussed with {name} by telephone at {phone}.",
    "{name} was transferred from {facility} with a right pleural effusion.",
    "Comparison is made with the outside study from {facility} dated {date}.",
    "{age} with cough; {id}.",
    "Patient {name} ({age}) presented with dyspnoea.",
    "Report sent to {email} and copied to {name}.",
    "Images were retrieved from {ip} and archived under {id}.",
    "Lives at {address}; contact number {phone}.",
    "Dictated by {name} on {date}.",
    "Electronically signed: {name}, {facility}, {date}.",
    "Ordering physician {name}; {id}; exam date {date}.",
    "Outside films from {facility} were uploaded via {url}.",
    "Interval follow-up at {facility} is advised; the patient, {name}, agreed.",
    "The nasogastric tube was repositioned by {name} on {date}.",
    "{id}: small left apical pneumothorax, {name} informed.",
    "Next of kin {name} can be reached at {phone} or {email}.",
    "Home address {address} confirmed at registration.",
    "CT chest performed {date} at {facility} for staging.",
    "An {age} from a nursing home; wet read by {name}.",
    "Consent obtained from {name} for the biopsy on {date}.",
    "Please correlate clinically; questions to {name} at {phone}.",
    "The study was pushed from {ip} on {date}.",
    "Referral letter from {name} of {facility} attached.",
    "The viewer at {url} shows the prior series.",
    "No pneumothorax after line placement by {name}.",
    "Admitted {date}, discharged {date} with {id}.",
    "Mailing address: {address}.",
    "{name} reviewed the radiograph with {name} before the meeting.",
]

# Development sets, added while tuning to find what the first set missed (other locales, layouts).
DEV_LOCALES = [
    "en_NZ",
    "es_MX",
    "da_DK",
    "fi_FI",
    "cs_CZ",
    "tr_TR",
    "ro_RO",
    "hu_HU",
    "en_CA",
    "de_AT",
]
DEV_TEMPLATES = [
    "Radiograph of {name} on {date}: no acute findings.",
    "{name} was reviewed by {name} at {facility}.",
    "Results were relayed to {name} on {phone}.",
    "Study {id} for {name}, home {address}.",
    "{facility} sent the images from {ip} to {email}.",
    "Seen with {name}; follow-up at {facility} on {date}.",
    "Patient lives at {address} and was seen by {name}.",
    "Copy of the report: {url}, requested by {name}.",
]
DEV2_LOCALES = [
    "fr_CA", "it_CH", "pt_PT", "nl_BE", "no_NO", "es_CO", "en_NZ", "de_CH", "lv_LV", "lt_LT",
    "sk_SK", "sl_SI", "hr_HR", "en_TH",
]  # fmt: skip
DEV2_TEMPLATES = [
    "Frontal and lateral chest for {name}: stable cardiomegaly ({date}).",
    "{name} ({id}) had a PICC placed at {facility}.",
    "Per {name}, the patient is allergic to contrast.",
    "Contact details: {address}, tel {phone}.",
    "The report was e-mailed to {email} on {date}.",
    "Images sent from {ip} by {name}.",
    "Please see the prior at {facility}, {address}.",
    "Comparison: {date} ({facility}).",
    "Ward round with {name} and {name}.",
    "Transcribed {date} by {name}, {facility}.",
    "{name}, {age}, {address}.",
    "Reading room phone {phone}; fax {phone}.",
    "Accession {id}, encounter {id}.",
    "An addendum was called to {name} ({phone}) on {date}.",
    "Home: {address}.",
]

HELD_OUT_TEMPLATES = [
    "Chest X-ray for {name} taken {date} shows clear lungs.",
    "Wet read communicated to {name} on {date} at the bedside.",
    "Prior study from {facility} dated {date} is not comparable.",
    "{name}, {age}, with fever and productive cough.",
    "Record {id} matched the wristband of {name}.",
    "The case was discussed with {name} ({phone}).",
    "Outside images from {url} were imported on {date}.",
    "Transfer to {facility} was arranged by {name}.",
    "Address {address}; email {email}.",
    "The modality at {ip} resent {id} overnight.",
    "Addendum by {name}: the nodule was seen on {date} at {facility}.",
    "Patient {name} from {address} was seen at {facility}.",
    "Verified by {name}; {id}; call {phone} with concerns.",
    "{age} admitted to {facility} on {date}.",
    "Follow-up imaging with {name} in three months.",
]

_DATE_FORMATS = [
    "%m/%d/%Y", "%d/%m/%Y", "%m/%d/%y", "%Y-%m-%d", "%Y%m%d", "%d-%b-%Y", "%d %B %Y",
    "%B %d, %Y", "%b %d, %Y", "%d.%m.%Y", "%B %Y", "%d-%b-%y", "%Y/%m/%d", "%b. %d, %Y",
    "%A, %B %d", "%d %b %Y", "%m-%d-%Y",
]  # fmt: skip
_ID_PREFIXES = [
    "MRN", "MRN:", "MR#", "MR #", "Medical record number", "Acc#", "ACC#", "Acc No", "Accession",
    "Accession #", "NHS number", "NHS No.", "Encounter", "Encounter #", "Case no.", "Case #",
    "Patient ID:", "Hospital number", "Visit ID", "Study ID", "Record no.", "Account #",
]  # fmt: skip
_FACILITY_FORMS = [
    "{last} Memorial Hospital", "St. {first}'s Hospital", "{city} General Hospital",
    "{city} Medical Center", "{last} Clinic", "{city} Imaging Center", "Royal {city} Infirmary",
    "University Hospital of {city}", "{city} Community Hospital", "Saint {first} Medical Center",
    "{last} Radiology Associates", "{city} Health System", "{last} Family Clinic",
]  # fmt: skip


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class _Filler:
    """Synthetic identities of one kind each, seeded."""

    def __init__(self, seed: int, locales: list[str]) -> None:
        self.rng = random.Random(seed)
        self.fakers = [Faker(loc) for loc in locales]
        for i, f in enumerate(self.fakers):
            f.seed_instance(seed * 100 + i)
        self.us = Faker("en_US")
        self.us.seed_instance(seed + 7)

    def fake(self) -> Faker:
        return self.rng.choice(self.fakers)

    def name(self) -> str:
        f = self.fake()
        first, last = f.first_name(), f.last_name()
        initial = self.rng.choice("ABCDEFGHJKLMNPRST")
        style = self.rng.randrange(10)
        if style == 0:
            return f"{first} {initial}. {last}"
        if style == 1:
            return f"{last}, {first}"
        if style == 2:
            return f"{last}, {first} {initial}."
        if style == 3:
            return f"{first} {last}".upper()
        if style == 4:
            return f"{self.rng.choice(['Dr.', 'Dr', 'Prof.', 'Mrs', 'Mr.', 'Ms'])} {last}"
        if style == 5:
            return f"Dr. {first} {last}"
        return f"{first} {last}"

    def date(self) -> str:
        d = self.us.date_between("-30y", "today")
        fmt = self.rng.choice(_DATE_FORMATS + ["ordinal", "ordinal-of", "upper"])
        if fmt == "ordinal":
            return f"{d:%B} {_ordinal(d.day)}"
        if fmt == "ordinal-of":
            return f"the {_ordinal(d.day)} of {d:%B}"
        if fmt == "upper":
            return f"{d:%d-%b-%Y}".upper()
        return d.strftime(fmt)

    def id(self) -> str:
        prefix = self.rng.choice(_ID_PREFIXES)
        style = self.rng.randrange(5)
        n = self.rng.randrange(10**5, 10**9)
        if style == 0:
            value = f"{self.rng.randrange(2005, 2025)}-{self.rng.randrange(10**5, 10**6):06d}"
        elif style == 1:
            value = f"{self.rng.choice('ABKMX')}{n}"
        elif style == 2 and prefix.startswith("NHS"):
            value = f"{n % 1000:03d} {self.rng.randrange(1000):03d} {self.rng.randrange(10**4):04d}"
        else:
            value = str(n)
        return f"{prefix} {value}"

    def phone(self) -> str:
        return self.fake().phone_number()

    def email(self) -> str:
        return self.fake().email()

    def url(self) -> str:
        return self.fake().url() + self.rng.choice(
            ["", "viewer?study=" + str(self.rng.randrange(10**6))]
        )

    def ip(self) -> str:
        return self.us.ipv4_private() if self.rng.random() < 0.6 else self.us.ipv4_public()

    def address(self) -> str:
        f = self.rng.choice([self.us, self.fake()])
        if f is self.us:
            return f"{f.street_address()}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
        return f"{f.street_address()}, {f.city()}"

    def facility(self) -> str:
        f = self.fake()
        form = self.rng.choice(_FACILITY_FORMS)
        return form.format(first=f.first_name(), last=f.last_name(), city=f.city())

    def age(self) -> str:
        n = self.rng.choice([self.rng.randrange(18, 89), self.rng.randrange(90, 105)])
        style = self.rng.randrange(5)
        return [f"{n}-year-old", f"{n} y/o", f"aged {n}", f"{n} year old", f"{n}-yr-old"][style]


_SLOT = re.compile(r"\{(\w+)\}")


def _mark(kind: str, value: str) -> str:
    """``value`` marked as a gold span of ``kind``; an age under 90 is no identifier (HIPAA Safe
    Harbor) and stays plain text."""
    if kind == "age" and int(re.search(r"\d+", value).group()) < 90:  # type: ignore[union-attr]
        return value
    return "{{" + kind + ":" + value + "}}"


def generate(templates: list[str], locales: list[str], seed: int, n: int) -> list[str]:
    """``n`` marked sentences from ``templates`` with identities from ``locales``."""
    fill = _Filler(seed, locales)
    out = []
    for i in range(n):
        template = templates[i % len(templates)]
        sentence = _SLOT.sub(lambda m: _mark(m.group(1), getattr(fill, m.group(1))()), template)
        # a sentence always starts with a capital, whatever the first slot held
        out.append(sentence)
    return out


@lru_cache(maxsize=1)
def tuning_set() -> list[str]:
    """Marked sentences that may be looked at while tuning."""
    return (
        generate(TUNING_TEMPLATES, TUNING_LOCALES, seed=0, n=360)
        + generate(DEV_TEMPLATES + TUNING_TEMPLATES[:5], DEV_LOCALES, seed=5, n=400)
        + generate(DEV2_TEMPLATES, DEV2_LOCALES, seed=9, n=450)
        + HARD
    )


@lru_cache(maxsize=1)
def held_out_set() -> list[str]:
    """Marked sentences held out until the third round of tuning, development data since."""
    return generate(HELD_OUT_TEMPLATES, HELD_OUT_LOCALES, seed=1, n=180) + HARD_HELD_OUT


_SECTIONS = ("COMPARISON", "INDICATION", "FINDINGS", "IMPRESSION")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


@lru_cache(maxsize=2)
def iu_sentences(split: str) -> list[str]:
    """Unique sentences of the IU-Xray reports of the R2Gen ``split`` ("train" or "val"), from the
    comparison, indication, findings and impression sections; empty if the data is not here."""
    archive, annotation = IU / "NLMCXR_reports.dev.tgz", IU / "r2gen_annotation.dev.json"
    if not archive.is_file() or not annotation.is_file():
        return []
    uids = {r["id"].split("_")[0][3:] for r in json.loads(annotation.read_text())[split]}
    seen: dict[str, None] = {}
    with tarfile.open(archive) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".xml"):
                continue
            if Path(member.name).stem not in uids:
                continue
            handle = tar.extractfile(member)
            assert handle is not None
            root = ET.parse(handle).getroot()
            for node in root.iter("AbstractText"):
                if node.get("Label") in _SECTIONS and node.text:
                    for s in _SENT.split(node.text.strip()):
                        if s.strip():
                            seen[s.strip()] = None
    return list(seen)
