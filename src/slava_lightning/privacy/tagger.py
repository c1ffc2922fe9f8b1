"""The statistical layer: a linear-chain CRF over word tokens that finds what the rules miss.

The rule layers know the layouts they were written for; text in other layouts defeats them one
pattern at a time. :class:`PhiTagger` is a conditional random field (CRFsuite, through
``python-crfsuite``, the kind of model de-identification systems have long used) trained on the
project's labelled PHI sentences and on clean IU-Xray sentences. Each token is described by its
word, shape and affixes, the word lists it is in (census names, English words, GeoNames places)
and the same for its neighbours, so the model learns from context when a capitalised word is a
site ("an MRI at Medscan in November"), where a list of names ends, or that "Grace" before
"period" is no person. It does not read the rules' findings: it is an independent second
opinion, and its use in the de-identifier is twofold:

- its spans are added to the rules' (it can only mask more), and
- a name or facility the rules found is dropped when the tagger is all but certain that none of
  its tokens is PHI (:attr:`PhiTagger.clear`, a probability of 0.99 by default); the rules'
  dates, ids, contacts and addresses are always kept.

A token is tagged PHI when the most likely tag sequence says so, or when the model's marginal
probability that it is no PHI (``O``) is below ``threshold``. Both numbers are kept in the
model's ``meta.json`` and were chosen on development sets, never on a held-out one.

The shipped model lives in ``slava_lightning/assets/phi_tagger/`` with ``meta.json`` naming the
sets it was trained on; ``scripts/train_phi_tagger.py`` rebuilds it.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from slava_lightning.privacy.evaluate import parse_marked
from slava_lightning.privacy.facilities import DEPARTMENT_WORDS
from slava_lightning.privacy.fields import NOT_SITE
from slava_lightning.privacy.gazetteer import (
    PRODUCT_WORDS,
    STOP_WORDS,
    english_words,
    first_names,
    frequent_words,
    major_places,
    place_names,
    surnames,
    words,
    world_first_names,
)
from slava_lightning.privacy.names import EPONYM_HEADS
from slava_lightning.privacy.patterns import DATE_WORD, DATE_WORDS, VITALS
from slava_lightning.privacy.spans import PLACEHOLDER, Span, render

#: Where the shipped model and its description live.
MODEL_DIR = Path(__file__).resolve().parents[1] / "assets" / "phi_tagger"
#: Bumped whenever :func:`features` or the word lists it reads change: a model trained on other
#: features is refused (2: places include ISO 3166 subdivisions; 3: first names include the
#: world list, and a token in it is flagged).
FEATURES_VERSION = 3
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: Texts with fewer words than this are left to the rules (the tagger reads context).
_LEAST_WORDS = 3
_WINDOW = (-3, -2, -1, 1, 2, 3)
_NEAR_FLAGS = ("cap", "first", "world", "sur", "eng", "place", "up")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` of each word or punctuation mark of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", word)
    shape = re.sub(r"[a-z]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"[^\Wxd_X]", "u", shape)  # letters of other alphabets


class _Lists:
    """The word lists, loaded once (the rule layers share the same cached sets)."""

    def __init__(self) -> None:
        self.first = first_names()
        self.world = world_first_names()
        self.sur = surnames()
        self.eng = english_words()
        self.freq = frequent_words()
        self.place = place_names()


@lru_cache(maxsize=1)
def _word_lists() -> _Lists:
    return _Lists()


def _token_features(word: str, lists: _Lists) -> dict[str, str | int]:
    low = word.lower()
    shape = _shape(word)
    f: dict[str, str | int] = {
        "w": low,
        "sh": re.sub(r"(.)\1+", r"\1", shape),
        "lsh": shape[:6],
        "suf2": low[-2:],
        "suf3": low[-3:],
        "suf4": low[-4:],
        "pre3": low[:3],
        "len": min(len(word), 8),
    }
    if word[:1].isupper():
        f["cap"] = 1
    if word.isupper() and len(word) > 1:
        f["up"] = 1
    if word.isdigit():
        f["dig"] = len(word)
    for key, known in (
        ("first", lists.first),
        ("world", lists.world),
        ("sur", lists.sur),
        ("eng", lists.eng),
        ("freq", lists.freq),
        ("place", lists.place),
    ):
        if low in known:
            f[key] = 1
    if not word.isascii():
        f["nonascii"] = 1
    return f


def features(toks: Sequence[tuple[str, int, int]]) -> list[dict[str, float]]:
    """CRFsuite attributes of each token: its own and its neighbours' within three tokens."""
    lists = _word_lists()
    own = [_token_features(w, lists) for w, _, _ in toks]
    out = []
    n = len(toks)
    for i in range(n):
        f = {"bias": 1.0}
        f.update({f"{k}={v}": 1.0 for k, v in own[i].items()})
        for off in _WINDOW:
            j = i + off
            if not 0 <= j < n:
                f[f"{off}pad"] = 1.0
                continue
            near = own[j]
            f[f"{off}w={near['w']}"] = 1.0
            f[f"{off}sh={near['sh']}"] = 1.0
            if abs(off) <= 2:
                f.update({f"{off}{k}": 1.0 for k in _NEAR_FLAGS if k in near})
        if i:
            f[f"bi={own[i - 1]['w']}|{own[i]['w']}"] = 1.0
        out.append(f)
    return out


def labels(toks: Sequence[tuple[str, int, int]], gold: Sequence[Span]) -> list[str]:
    """The kind of the gold span over each token, ``"O"`` outside every span."""
    return [
        next((g.kind for g in gold if g.start < end and start < g.end), "O")
        for _, start, end in toks
    ]


def _spans(toks: Sequence[tuple[str, int, int]], tags: Sequence[str]) -> list[Span]:
    out = []
    i = 0
    while i < len(toks):
        if tags[i] == "O":
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and tags[j + 1] == tags[i]:
            j += 1
        out.append(Span(tags[i], toks[i][1], toks[j][2]))
        i = j + 1
    return out


#: The kinds the tagger reports. Ages, phones, e-mails, URLs and IP addresses have fixed forms
#: the patterns find whole; a tagger that learnt "a number of 90 or more" would take "SpO2 94%"
#: or "a 92 mm mass" for an age.
KINDS = ("name", "facility", "address", "date", "id")
_DATE_FIGURES = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|(?:19|20)\d{6}|\d+\D+\d+\D+\d+|[^\x00-\x7f]"
)
_GENERIC_SITE = frozenset(
    (DEPARTMENT_WORDS | NOT_SITE | STOP_WORDS | PRODUCT_WORDS | words("micu sicu cticu cvicu ticu"))
    - {"general", "royal", "children's", "women's", "st", "saint"}
)


# what follows an eponym: its head, after more names joined by hyphens ("Mallory-Weiss tear")
_EPONYM_AFTER = re.compile(
    r"(?:-[A-Z][^\W\d_]*)*(?:['’]s)?[ \t-]+(?:[A-Z][ \t]+)?(?P<head>[a-z]+)\b"
)
# what goes before one: "hernia of Morgagni", "foramen of Bochdalek", "pouch of the Douglas"
_EPONYM_BEFORE = re.compile(r"\b(?P<head>[a-z]+)\s+of\s+(?:the\s+)?$")
_LONE_YEAR = re.compile(r"(?:19|20)\d\d")
_CONTACT_WORDS = words("page pager bleep ext extension tel phone mobile cell fax mob ward bed room")
_TIME = re.compile(r"\b(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\b")
_OPENING = re.compile(r"(?:^|[\n.!?]\s*|^\W*)$")
_ADDRESSED = re.compile(r"\s*(?:,|--|[-–—:])")
_NOT_NAMES = DATE_WORDS | words("and or of the in at on to from with")


def _plausible(text: str, span: Span) -> bool:
    """Whether a tagged span has the form of its kind and is no clinical term:

    - a date has a figure and, besides a lone year (the patterns judge those), a month, weekday,
      year or three figures ("grade 2/4", "day 3" and "in March" are none);
    - a site is more than department words, products or IU-Xray's mask ("the Stroke Unit",
      "XXXX Lab", "SureScan"); a name is more than products, months and weekdays ("Sunday");
    - a site is no country, province or city of 200,000 people named alone ("from Puebla");
    - a name or site is no eponym ("Hunter's canal", "Kikuchi-Fujimoto disease", "Ranke
      complex", "Mallory-Weiss tear", "hernia of Morgagni"), and a name is not only places
      ("Osaka and Nagoya", "near Mymensingh");
    - a name is not only everyday words that no census lists ("Asthma is the most common");
    - one word opening a line or sentence is a name or site only when it is a census name or
      someone addressed ("Rashid -- pt refused"): "Pneumomediastinum." and "Normal." are none;
    - an address names a place or street and has a comma, or three words and a figure
      ("12 Fr" and ", page #4410" are none); an id has three figures.
    """
    value = text[span.start : span.end]
    if span.kind not in KINDS:
        return False
    readings = len(VITALS.findall(value))
    if readings >= 2 or (readings and span.kind in ("id", "date")):
        return False  # readings: "BP 120/80", "Temp 38.4, HR 112" (but "RR 4, Site 2" is a route)
    if span.kind == "date":
        # a weekday and a time are no date: "Saturday at 07:45" (the minutes may lie outside)
        value = _TIME.sub("", text[span.start : span.end + 3])[: len(value)]
        if _LONE_YEAR.fullmatch(value.strip()) or not any(c.isdigit() for c in value):
            return False
        return bool(DATE_WORD.search(value) or _DATE_FIGURES.search(value))
    if span.kind in ("facility", "name"):
        keys = [re.sub(r"['’]s?$", "", w).lower() for w in re.findall(r"[\w'’&-]+", value)]
        generic = _GENERIC_SITE if span.kind == "facility" else PRODUCT_WORDS | _NOT_NAMES
        if re.search(r"X{2,}", value) or all(k in generic for k in keys):
            return False
        after = _EPONYM_AFTER.match(text, span.end)
        before = _EPONYM_BEFORE.search(text, max(0, span.start - 30), span.start)
        if (
            (after and after.group("head") in EPONYM_HEADS)
            or (before and before.group("head") in EPONYM_HEADS)
            or keys[-1] in EPONYM_HEADS
        ):
            return False  # "Ranke complex", "Carina angle", "hernia of Morgagni"
        lists = _word_lists()
        if (
            len(keys) == 1
            and _OPENING.search(text, 0, span.start)
            and not _ADDRESSED.match(text, span.end)
            and (keys[0] in lists.freq or (keys[0] not in lists.first and keys[0] not in lists.sur))
        ):
            # one word opening a line or sentence, no census name ("Pneumomediastinum.",
            # "Normal.") or an everyday word ("Rose from 2.0 cm", "Bill the ...")
            return False
        if span.kind == "facility":
            # a site may be named by its suburb or town ("from Westmead"), not by a country,
            # province or city alone ("transfer to Hanoi"); a person never is
            return value.lower() not in major_places()
        if all(k in lists.place or k in STOP_WORDS for k in keys):
            return False
        # everyday words that are nobody's name: "Asthma is the most common cause"
        return not all(
            k in lists.freq and k not in lists.first and k not in lists.sur for k in keys
        )
    if span.kind == "address":
        named = [w for w in re.findall(r"[^\W\d_]{3,}", value) if w.lower() not in _CONTACT_WORDS]
        return len(named) >= 1 and (
            "," in value or (len(value.split()) >= 3 and any(c.isdigit() for c in value))
        )
    if span.kind == "id":
        return sum(c.isdigit() for c in value) >= 3
    return True


@dataclass(frozen=True)
class Reading:
    """What :meth:`PhiTagger.read` saw in a text: its tokens, the spans it tags as PHI, and for
    each token the probability that it is no PHI."""

    tokens: list[tuple[str, int, int]]
    spans: list[Span]
    clear: list[float]

    def all_clear(self, span: Span, above: float) -> bool:
        """Whether every token under ``span`` is no PHI with a probability above ``above``."""
        under = [
            p
            for (_, s, e), p in zip(self.tokens, self.clear, strict=True)
            if s < span.end and span.start < e
        ]
        return bool(under) and min(under) > above


class PhiTagger:
    """Finds PHI spans with a trained CRF (see the module docstring).

    Args:
        model_dir: a folder with ``model.crfsuite`` and ``meta.json`` (default: the shipped one).
        threshold: a token is PHI when its probability of being no PHI is below this (default:
            the model's own).
        clear: a rule layer's name or facility is dropped when each of its tokens is no PHI with
            a probability above this (default: the model's own; 1.0 never drops one).
    """

    def __init__(
        self,
        model_dir: str | Path = MODEL_DIR,
        threshold: float | None = None,
        clear: float | None = None,
    ) -> None:
        import pycrfsuite  # a dependency; imported here so the rule layers start without it

        self._crfsuite = pycrfsuite
        model_dir = Path(model_dir)
        self.model = model_dir / "model.crfsuite"
        meta_file = model_dir / "meta.json"
        if not self.model.is_file() or not meta_file.is_file():
            raise FileNotFoundError(
                f"{model_dir}: no PHI tagger here (needs model.crfsuite and meta.json); "
                "build one with scripts/train_phi_tagger.py"
            )
        self.meta = json.loads(meta_file.read_text())
        if self.meta.get("features_version") != FEATURES_VERSION:
            raise ValueError(
                f"{meta_file}: trained on features version {self.meta.get('features_version')}, "
                f"this code computes version {FEATURES_VERSION}; retrain the tagger"
            )
        self.threshold = float(self.meta["threshold"] if threshold is None else threshold)
        self.clear = float(self.meta["clear"] if clear is None else clear)
        self._local = threading.local()  # a CRFsuite tagger is not safe to share across threads

    def _tagger(self) -> Any:  # a pycrfsuite.Tagger (the package has no type hints)
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._crfsuite.Tagger()
            tagger.open(str(self.model))
            self._local.tagger = tagger
            self._local.kinds = [k for k in tagger.labels() if k != "O"]
        return tagger

    def read(self, text: str) -> Reading:
        """The tagger's :class:`Reading` of ``text``."""
        toks = tokens(text)
        if sum(w[0].isalnum() for w, _, _ in toks) < _LEAST_WORDS:
            # no context to read: a lone value ("CXR1001" in an id field) is the rules' to judge,
            # and the tagger has no opinion to veto with
            return Reading(toks, [], [0.0] * len(toks))
        tagger = self._tagger()
        tags = tagger.tag(features(toks))
        clear = [tagger.marginal("O", i) for i in range(len(toks))]
        kinds = self._local.kinds
        for i, tag in enumerate(tags):
            # a doubtful word is PHI; a doubtful comma between two values is no reason to join them
            if tag == "O" and clear[i] < self.threshold and toks[i][0][0].isalnum():
                tags[i] = max(kinds, key=lambda k: tagger.marginal(k, i))
        held = [m.span() for m in PLACEHOLDER.finditer(text)]  # already masked: "[NAME]"
        spans = [
            s
            for s in _spans(toks, tags)
            if _plausible(text, s) and not any(a < s.end and s.start < b for a, b in held)
        ]
        return Reading(toks, spans, clear)

    def find(self, text: str) -> list[Span]:
        """PHI spans of ``text`` (the tagger alone)."""
        return self.read(text).spans


def examples(marked: Iterable[str], clean: Iterable[str] = ()) -> list[tuple[str, list[Span]]]:
    """Training pairs from marked sentences (``{{kind:text}}``) and clean ones: each marked
    sentence as written, then again as the de-identifier leaves it (its spans replaced by
    placeholders, nothing left to find), so that the tagger learns that the words beside a
    placeholder in scrubbed text ("[FACILITY], Nairobi") are no PHI; then the clean sentences."""
    out: list[tuple[str, list[Span]]] = []
    for sentence in marked:
        text, gold = parse_marked(sentence)
        out.append((text, gold))
        out.append((render(text, sorted(gold, key=lambda g: g.start)), []))
    out += [(text, []) for text in clean]
    return out


def train(
    labelled: Iterable[tuple[str, Sequence[Span]]],
    out: str | Path,
    meta: dict | None = None,
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 150,
    threshold: float = 0.6,
    clear: float = 0.99,
) -> Path:
    """Train a :class:`PhiTagger` on ``(text, gold spans)`` pairs (clean text: no spans) and
    write it, with its ``meta.json``, to the folder ``out``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = 0
    for text, gold in labelled:
        toks = tokens(text)
        if toks:
            trainer.append(features(toks), labels(toks, gold))
            sentences += 1
    if not sentences:
        raise ValueError("train: no labelled sentence with a word in it")
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out / "model.crfsuite"))
    description = {
        **(meta or {}),
        "features_version": FEATURES_VERSION,
        "sentences": sentences,
        "c1": c1,
        "c2": c2,
        "iterations": iterations,
        "threshold": threshold,
        "clear": clear,
    }
    (out / "meta.json").write_text(json.dumps(description, indent=2, sort_keys=True) + "\n")
    return out
