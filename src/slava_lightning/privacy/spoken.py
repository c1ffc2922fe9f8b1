"""Dictated PHI: what speech recognition writes when a radiologist reads identifiers aloud.

Voice-dictated reports spell numbers and letters out: "m r n four four one two nine zero seven",
"date of birth march third nineteen forty", "callback number oh one six one four nine six...",
"surname spelled o y e l a r a n", "dictating on ruth emmanuel". The pattern layer looks for
digits and the name layer for capitals, so neither sees these. This layer finds:

* runs of spoken digits (``zero``/``oh``/``one``...``nine``, ``double``/``triple``), with spelled
  letters before them ("k seven seven four..."): an identifier, or a phone number after a phone
  cue (call, phone, extension, bleep, pager, number to ring);
* spoken dates: a month with a spoken day ("march third", "the twenty first of may") and an
  optional spoken year ("nineteen forty", "twenty twenty two", "two thousand and twenty four"),
  and digit-word dates after "date of birth" / "d o b" ("one one nineteen thirty two");
* spelled-out words: five or more single letters in a row ("o y e l a r a n");
* lower-case names after the cues a dictation uses for people ("dictating on", "patient name",
  "the patient", "report is for", "mister", "missus", "caller was", "radiologist").
"""

from __future__ import annotations

import re

from slava_lightning.privacy.gazetteer import (
    STOP_WORDS,
    census_names,
    english_words,
    first_names,
    frequent_words,
    words,
)
from slava_lightning.privacy.spans import Span

_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_RUN = rf"(?:(?:double|triple)\s+)?{_DIGIT}"
_LETTER = r"(?<![\w'])[a-z](?![\w'])"
# letters spelled before the digits of an identifier ("r a d two four...", "k seven seven...")
_SPOKEN_ID = re.compile(rf"(?i:(?:{_LETTER}\s+){{0,4}}{_DIGIT_RUN}(?:[\s,-]+{_DIGIT_RUN}){{3,}})\b")
_PHONE_CUE = re.compile(
    r"(?i:\b(?:call|ring|phone|telephone|tel|mobile|cell|extension|ext|bleep|pager|page|"
    r"callback|contact)\b(?:\s+(?:me|us|number|no|is|on|back|at|the|team))*\s*$)"
)
_ID_CUE = re.compile(
    r"(?i:\b(?:number|no|m\s?r\s?n|mrn|accession|nhs|id|reference|ref|is|repeat|study)"
    r"(?:\s+(?:number|is|no))*\s*$)"
)
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL = (
    rf"(?:(?:twenty|thirty)[\s-](?:{_ORDINAL_UNITS})|{_ORDINAL_UNITS}|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth)"
)
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[\s-](?:{_UNITS}))?|{_TEENS}|oh[\s-](?:{_UNITS}))"
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)[\s-]{_TWO_DIGITS}|two\s+thousand(?:\s+and)?(?:\s+{_TWO_DIGITS}|"
    rf"\s+(?:{_UNITS}))?)"
)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_SPOKEN_DATE = re.compile(
    rf"(?i:\b(?:(?:{_MONTHS})(?:\s+the)?\s+{_ORDINAL}|{_ORDINAL}\s+(?:of\s+)?(?:{_MONTHS}))"
    rf"(?:,?\s+{_SPOKEN_YEAR})?\b)"
)
_DOB_WORDS = re.compile(
    rf"(?i:\b(?:date\s+of\s+birth|d\s+o\s+b|dob|born)\s+"
    rf"((?:(?:{_DIGIT}|{_TEENS}|{_TENS})(?:\s+(?:{_DIGIT}|{_TEENS}|{_TENS})){{0,3}}\s+)?"
    rf"{_SPOKEN_YEAR})\b)"
)
_YEAR_AFTER = re.compile(rf"(?i:\b(?:in|since|dated)\s+({_SPOKEN_YEAR})\b)")
_SPELLED = re.compile(
    rf"(?i:{_LETTER}(?:\s+{_LETTER}){{4,}})|(?<![\w-])[A-Za-z](?:-[A-Za-z]){{4,}}(?![\w-])"
)
# digits read one by one and typed as figures: "record number 7 7 4 1 2 0 9"
_DIGITS_SPACED = re.compile(r"(?<![\w.])\d(?:\s\d){4,}(?![\w.])")
_LOWER_FACILITY = re.compile(
    r"\b(?:at|from|to|in)\s+(?:the\s+)?(?P<phi>(?:[a-z][a-z'’-]+\s+){1,4}(?:hospital|clinic|"
    r"medical\s+cent(?:re|er)|health\s+cent(?:re|er)|rest\s+home|care\s+home|nursing\s+home|"
    r"hospice|infirmary|medical\s+practice|imaging\s+cent(?:re|er))(?:\s+(?!and\b|with\b|"
    r"for\b|on\b|in\b|at\b|status\b|was\b|is\b|who\b)[a-z]+)?)\b"
)
_NAME_CUE = re.compile(
    r"\b(?:(?P<strong>dictating\s+on|dictated\s+by|dictated\s+for|patient(?:'s)?\s+name(?:\s+is)?|"
    r"report\s+is\s+for|addendum\s+for|copy\s+to|mister|missus|miss|caller\s+was|"
    r"radiologist|surname|first\s+name|name(?:\s+is)?|message\s+from|practitioner|"
    r"addendum\s+to\s+\S+\s+\S+\s+for)|(?P<weak>the\s+patient|patient|pt))\s+"
)
_WORD = re.compile(r"[a-z][a-z'’-]*")
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:le|la|el|un|une|du)\s+)$")
_ROMANCE = re.compile(
    r"(?i:\b(?:le|la|les|des|du|aux|est|une|pour|avec|dans|sont|el|los|las|del|con|por|una|para|"
    r"est[áa])\b)"
)
# endings of verbs and clinical words that no dictionary lists in that form ("desaturated")
_CLINICAL_FORM = re.compile(
    r"(?:ated|ates|ating|ised|ises|ising|ized|izes|izing|itis|osis|emia|aemia|ectomy|otomy|ostomy)$"
)
#: Words that describe a facility without naming it ("the outside hospital", "a local clinic").
_GENERIC = frozenset(
    [
        "the",
        "outside",
        "referring",
        "local",
        "same",
        "other",
        "another",
        "their",
        "our",
        "this",
        "that",
        "his",
        "her",
        "its",
        "a",
        "an",
        "previous",
        "prior",
        "nearby",
        "private",
        "receiving",
        "sending",
        "treating",
        "transferring",
        "originating",
        "any",
        "each",
        "one",
        "some",
        "different",
        "new",
        "old",
        "current",
        "main",
        "general",
        "district",
        "regional",
        "community",
        "your",
        "my",
    ]
)


#: Words that make a lower-case run a clause rather than a name.
_CLAUSE_WORDS = frozenset({"remain", "stay", "return", "go", "be", "place", "back", "stays"})
#: Words after "name" that speak of the field, not of a person ("name field shows ...").
#: Verbs that follow a role, not a name: "the radiologist felt the node was reactive".
_VERBS = words(
    "felt feels thought thinks said says took takes wanted wants agreed agrees noted notes "
    "reported reports suggested suggests recommended recommends reviewed reviews asked asks "
    "called calls confirmed confirms was is will would has had can could may should signs "
    "signed reads dictates dictated approves approved verifies verified"
)
_NOT_AFTER_NAME = frozenset(
    [
        "field",
        "fields",
        "box",
        "column",
        "tag",
        "label",
        "shows",
        "showed",
        "missing",
        "blank",
        "redacted",
        "withheld",
        "unknown",
        "entered",
        "given",
        "spelled",
        "spelt",
        "change",
        "changed",
        "mismatch",
        "error",
        "wrong",
        "correct",
        "correctly",
        "must",
        "should",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "needs",
        "fees",
    ]
)


class SpokenDetector:
    """Identifiers, dates and names as speech recognition writes them (see the module doc)."""

    def __init__(self) -> None:
        self.english = english_words()
        self.frequent = frequent_words()
        self.first = first_names()
        self.names = census_names()

    def _name_word(self, word: str, strong: bool, first: bool) -> bool:
        """A lower-case word that may be a name: no English word, or a census name (after a
        weak cue, a first name that everyday English does not use, or any first name first)."""
        parts = [p for p in re.split(r"[-'’]", word) if p]
        if not parts or word in _NOT_AFTER_NAME:
            return False
        if word not in self.english and _CLINICAL_FORM.search(word):
            return False  # a clinical word the dictionary lacks: "patient desaturated"
        if first and word in self.frequent and word not in self.first and word in _VERBS:
            return False  # a role and what it did: "the radiologist felt", "practitioner takes"
        for part in parts:
            if part in STOP_WORDS:
                return False
            if part not in self.english:
                continue
            if part not in self.names:
                return False
            # after a weak cue, an everyday word opens a name only when it is a first name
            if not strong and first and part in self.frequent and part not in self.first:
                return False
        return True

    def _department(self, phi: str) -> bool:
        """Whether a lower-case clinic is a department: everyday words that no census lists
        before "clinic" ("the nodule clinic", "the hot clinic", "fracture clinic letter")."""
        words_ = phi.split()
        if "clinic" not in words_:
            return False
        before = words_[: words_.index("clinic")]
        return all(w in self.english and w not in self.names for w in before)

    def find(self, text: str) -> list[Span]:
        """Dictated PHI spans of ``text``."""
        if not re.search(r"[a-z]", text):
            return []
        spans: list[Span] = []
        for m in _SPOKEN_ID.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            digits = len(re.findall(_DIGIT, m.group(0), re.IGNORECASE))
            if _PHONE_CUE.search(before):
                spans.append(Span("phone", m.start(), m.end()))
            elif digits >= 5 or _ID_CUE.search(before):
                spans.append(Span("id", m.start(), m.end()))
        spans += [Span("date", m.start(), m.end()) for m in _SPOKEN_DATE.finditer(text)]
        spans += [Span("date", m.start(1), m.end(1)) for m in _DOB_WORDS.finditer(text)]
        spans += [Span("date", m.start(1), m.end(1)) for m in _YEAR_AFTER.finditer(text)]
        spans += [Span("name", m.start(), m.end()) for m in _SPELLED.finditer(text)]
        spans += [Span("id", m.start(), m.end()) for m in _DIGITS_SPACED.finditer(text)]
        spans += [
            Span("facility", m.start("phi"), m.end("phi"))
            for m in _LOWER_FACILITY.finditer(text)
            if not set(m.group("phi").split()[:-1]) <= _GENERIC | {"hospital", "clinic"}
            # a clause, not a name: "to remain at the care home", "in place of hospital transfer"
            and not set(m.group("phi").split()) & STOP_WORDS
            and m.group("phi").split()[0] not in _CLAUSE_WORDS
            and m.group("phi").split()[0] not in _GENERIC
            and not self._department(m.group("phi"))
        ]
        # French or Spanish prose is no English dictation: "le patient parle inuktitut"
        romance = len(_ROMANCE.findall(text)) >= 2
        for m in _NAME_CUE.finditer(text):
            strong = m.group("strong") is not None
            if not strong and (
                romance or _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
            ):
                continue
            start = end = m.end()
            for k in range(3):
                w = _WORD.match(text, end + (1 if k else 0))
                if k and not text.startswith(" ", end):
                    break
                if w is None or re.match(r"[^\W\d_]", text[w.end() : w.end() + 1]):
                    break  # a word with letters past ASCII ("gardé") is not this one
                if not self._name_word(w.group(0), strong, k == 0):
                    break
                if (
                    not strong
                    and k == 0
                    and w.group(0) in self.english
                    and re.match(r"\s+(?:up|out|off|down|away)\b", text[w.end() :])
                ):
                    break  # a verb and its particle: "the patient hung up"
                end = w.end()
            if end > start:
                spans.append(Span("name", start, end))
        return spans
