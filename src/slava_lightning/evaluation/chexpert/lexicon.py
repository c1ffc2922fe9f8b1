"""Trigger phrases for negation and uncertainty, re-expressed from the labeler's NegBio patterns.

The original labeler matches ``patterns/*.txt`` (Semgrex-like rules over universal-dependency
parses) in three passes: pre-negation uncertainty, negation, post-negation uncertainty. Without a
parser, each rule family becomes a ConText-style trigger: a phrase, the direction in which it reaches
a mention (``fwd``: mentions after it; ``back``: mentions before it; ``both``), and a window in words.
Phrases are regular expressions over the sentence's space-joined tokens (punctuation are tokens).
The comment on each group names the NegBio rule(s) it stands for.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Kind = Literal["pre_uncertain", "negation", "uncertain", "pseudo"]
Direction = Literal["fwd", "back", "both"]


class TriggerSpec(NamedTuple):
    """One trigger family: ``kind``, ``direction``, ``window`` (words) and a token-level regex.

    ``through_commas``: a backward scope that runs through commas, for plural predicates over a
    list ("the heart, mediastinum and vasculature are normal").
    """

    kind: Kind
    direction: Direction
    window: int
    pattern: str
    through_commas: bool = False


_BE = r"(?:is|are|was|were|be|been|being|has been|have been|had been)"
_COPULA = r"(?:is|are|was|were|be|been|appears?|remains?|seems?)"
_NORMAL = r"normal|unremarkable"
_LIMITS = (
    r"(?:(?:within|at|near) )?(?:the )?(?:upper|normal) (?:limits?|range) (?:of )?normal"
    r"|within (?:the )?(?:limits?|range) of normal|within normal (?:limits|range)"
)
_DEGREE = (
    r"(?:significantly|definitely|markedly|grossly|substantially|appreciably|otherwise|now"
    r"|currently|acutely|abnormally)"
)
_SEEN = (
    r"(?:seen|identified|present|evident|demonstrated|noted|visible|detected|appreciable|"
    r"visualized|apparent|found|shown|observed)"
)

TRIGGERS: tuple[TriggerSpec, ...] = (
    # Pseudo triggers: look like negation but do not negate ("no change in the effusion").
    TriggerSpec(
        "pseudo",
        "both",
        0,
        r"(?:no|not|without) (?:(?:significant|definite|appreciable|interval|substantial) )*"
        r"(?:change|changed|increase|increased|decrease|decreased|progression|worsening)",
    ),
    TriggerSpec("pseudo", "both", 0, r"not only|gram negative|no further|no longer present in"),
    # Pre-negation uncertainty: "cannot exclude XXX", "XXX is not excluded", "no new XXX",
    # "cannot rule out XXX", "no evidence to rule out XXX", "no new area of XXX".
    TriggerSpec(
        "pre_uncertain", "fwd", 6, r"(?:cannot|can not|could not) (?:exclude|rule out|be excluded)"
    ),
    TriggerSpec("pre_uncertain", "fwd", 6, r"no evidence to rule out"),
    TriggerSpec("pre_uncertain", "fwd", 4, r"no new(?: area of)?"),
    TriggerSpec(
        "pre_uncertain",
        "back",
        5,
        rf"(?:cannot|can not|could not) be (?:excluded|ruled out)|{_BE} not (?:excluded|ruled out)",
    ),
    # Negation, forward: "no XXX", "without XXX", "no evidence of XXX", "negative for XXX",
    # "free of / clear of / resolution of / removal of / history of XXX", "rule out XXX",
    # "exclude XXX", "rather than XXX", "absence of XXX".
    TriggerSpec("negation", "fwd", 10, r"no|without|negative for|absence of|neither|nor|never"),
    TriggerSpec("negation", "fwd", 3, r"not"),
    TriggerSpec(
        "negation",
        "fwd",
        6,
        r"(?:free|clear|clearing|resolution|removal|history|disappearance|drainage) of"
        r"|resolved|removed|rule out|ruled out|to exclude|exclude|rather than",
    ),
    # "normal / unremarkable XXX", "normal appearance of XXX", "XXX within normal limits"
    TriggerSpec("negation", "fwd", 6, r"normal|unremarkable|within normal limits"),
    # Negation, backward: "XXX is normal / unremarkable / within normal limits / at the upper limits
    # of normal", "XXX has resolved / cleared / been removed", "XXX is absent", "XXX is not
    # enlarged", "XXX is no longer seen".
    # predicative "normal" (followed by the end of the clause): "heart size and vascularity normal"
    TriggerSpec(
        "negation", "back", 5, r"(?:normal|unremarkable)(?= (?:\.|,|;|and|in|for|with)(?: |$)|$)"
    ),
    TriggerSpec(
        "negation",
        "back",
        6,
        rf"{_COPULA}(?: (?:now|otherwise|again|also|both))? (?:{_NORMAL}|clear(?! of))|{_LIMITS}",
    ),
    TriggerSpec(
        "negation",
        "back",
        8,
        rf"(?:are|appear|remain)(?: (?:now|otherwise|again|also|both))? (?:{_NORMAL}|{_LIMITS})",
        through_commas=True,
    ),
    TriggerSpec(
        "negation",
        "back",
        4,
        r"(?:has|have) (?:resolved|cleared)|resolved|removed|absent|cleared|(?:is|are) negative",
    ),
    TriggerSpec(
        "negation",
        "back",
        6,
        rf"(?:not|no longer)(?: {_DEGREE})? (?:{_SEEN}|enlarged|dilated|widened|increased)"
        r"|no longer",
    ),
    # Post-negation uncertainty, forward: "possible / probable / questionable / suspected XXX",
    # "may / might / could / would (be / represent / reflect) XXX", "suggestive of XXX",
    # "concern / suspicion for XXX", "favor / consider XXX", "secondary to XXX",
    # "compatible with XXX", "worrisome for XXX", "correlate clinically for XXX", "obscuring XXX".
    TriggerSpec(
        "uncertain",
        "fwd",
        5,
        r"possible|possibly|presumably|presumed|probable|probably|questionable|question of"
        r"|questioned|suspect|suspected|suspicious(?: for)?|suspicion(?: for| of)?"
        r"|concern(?:ing)? for|may|might|would|could|maybe|suggestion of|suggestive of"
        r"|suggests?|suggesting|favor|favored|favoring|consider|considered|worrisome for"
        r"|differential diagnosis(?: includes?| of)?|secondary to|compatible with"
        r"|correlate clinically|clinical correlation|less likely|cannot|obscuring|obscures"
        r"|versus|vs",
    ),
    # Post-negation uncertainty, backward: "XXX suspected", "XXX is not well visualized / poorly
    # evaluated / obscured / not appreciated / not clearly seen", "XXX may be present",
    # "XXX could appear", "XXX versus YYY".
    TriggerSpec(
        "uncertain",
        "back",
        4,
        r"suspected|questioned|obscured|(?:is|are) possible|versus|vs"
        r"|not (?:well|clearly) (?:seen|visualized|evaluated|assessed)"
        r"|not (?:visualized|evaluated|appreciated|assessed)"
        r"|(?:poorly|incompletely) (?:seen|visualized|evaluated|assessed)"
        r"|(?:could|may|might|can|possibly) (?:be present|appear)",
    ),
    TriggerSpec("uncertain", "back", 2, r"may|might|could|would"),
)

# Heart / mediastinum words whose stability is uncertain, not positive ("stable heart size",
# "cardiomediastinal silhouette is unchanged", "similar to prior", "borderline heart size").
CARDIAC_HEAD_WORDS: frozenset[str] = frozenset(
    {
        "cardiomediastinal",
        "pericardial",
        "mediastinal",
        "mediastinum",
        "cardiomediastinum",
        "contour",
        "configuration",
        "silhouette",
        "size",
        "heart",
        "shadow",
    }
)
CARDIAC_STABILITY = (
    r"stable|unchanged|not changed|(?:no|without) (?:(?:significant|interval) )*change"
    r"|similar to (?:the )?prior|borderline"
)

# Mentions that are uncertain by themselves unless negated ("vascular congestion").
UNCERTAIN_MENTIONS: frozenset[str] = frozenset(
    {"vascular congestion", "pulmonary congestion", "indistinctness", "vascular prominence"}
)

# Words and punctuation that end a trigger's scope.
TERMINATORS: frozenset[str] = frozenset(
    {
        ".",
        ";",
        ":",
        "but",
        "however",
        "although",
        "though",
        "except",
        "aside",
        "apart",
        "which",
        "whereas",
        "while",
        "yet",
        "there",
        "with",
        "without",
    }
)
# Backward scopes also stop at commas ("mild cardiomegaly, lungs are clear").
BACKWARD_TERMINATORS: frozenset[str] = TERMINATORS | {",", "no"}
