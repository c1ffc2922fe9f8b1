"""The CheXpert labeler's mention and unmention phrase lists.

Each ``<observation>.txt`` file holds one phrase per line; the observation name is the file stem with
underscores turned into spaces and title-cased (``lung_opacity.txt`` -> ``Lung Opacity``). Inside a
phrase an underscore stands for a space (``_line_`` matches `` line ``). Phrases are regular
expressions matched anywhere in a cleaned, lower-cased sentence, exactly as the original labeler
does. The Cardiomegaly and Enlarged Cardiomediastinum unmentions ("over the heart", ...) are built
from the mention lists rather than read from files, again as in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from slava_lightning.observations import CHEXPERT_OBSERVATIONS

CARDIOMEGALY = "Cardiomegaly"
ENLARGED_CARDIOMEDIASTINUM = "Enlarged Cardiomediastinum"
SUPPORT_DEVICES = "Support Devices"
NO_FINDING = "No Finding"

CATEGORIES: tuple[str, ...] = CHEXPERT_OBSERVATIONS

_REGEX_SYNTAX = re.compile(r"[\\^$.|?*+()\[\]{}]")

# Positional contexts in which a heart/mediastinum phrase names a location, not a finding
# ("catheter tip over the right heart").
_POSITIONS = tuple(
    pre + side
    for pre in ("over the", "overly the", "in the")
    for side in ("", " superior", " left", " right")
)


def default_phrases_dir() -> Path:
    """Folder of the phrase lists shipped with the package (MIT, stanfordmlgroup/chexpert-labeler)."""
    return Path(str(resources.files("slava_lightning") / "assets" / "chexpert"))


def observation_name(path: Path) -> str:
    """Observation name of a phrase file: ``enlarged_cardiomediastinum.txt`` -> ``Enlarged Cardiomediastinum``."""
    return path.stem.replace("_", " ").title()


def read_phrase_dir(directory: Path) -> dict[str, list[str]]:
    """Read every ``*.txt`` phrase file of ``directory`` into ``{observation: [phrase, ...]}``.

    Blank lines are skipped (the original would turn one into an empty pattern matching everywhere).

    Raises:
        ValueError: if ``directory`` is not a folder, or a phrase is not a valid regular expression.
    """
    if not directory.is_dir():
        raise ValueError(f"phrases directory {directory} does not exist or is not a folder")
    observation2phrases: dict[str, list[str]] = {}
    for path in sorted(directory.glob("*.txt")):
        phrases = observation2phrases.setdefault(observation_name(path), [])
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            phrase = line.strip().replace("_", " ")
            if not phrase:
                continue
            try:
                re.compile(phrase)
            except re.error as error:
                raise ValueError(
                    f"{path}:{number}: phrase {phrase!r} is not a regex: {error}"
                ) from None
            phrases.append(phrase)
    return observation2phrases


def positional_unmentions(mentions: dict[str, list[str]]) -> dict[str, list[str]]:
    """Unmentions for Cardiomegaly and Enlarged Cardiomediastinum derived from their mentions."""
    cardiomegaly = [
        f"{position} {phrase.replace('the ', '')}"
        for position in _POSITIONS
        for phrase in mentions.get(CARDIOMEGALY, [])
        if phrase not in ("cardiomegaly", "cardiac enlargement")
    ]
    mediastinum = [
        f"{position} {phrase}"
        for position in _POSITIONS
        for phrase in mentions.get(ENLARGED_CARDIOMEDIASTINUM, [])
    ]
    return {CARDIOMEGALY: cardiomegaly, ENLARGED_CARDIOMEDIASTINUM: mediastinum}


@dataclass(frozen=True)
class PhraseSet:
    """Mention and unmention phrases per observation, compiled once.

    Args:
        mentions: ``{observation: [regex, ...]}`` whose matches are mentions of the observation.
        unmentions: ``{observation: [regex, ...]}``; a mention overlapping one of these is dropped.
    """

    mentions: dict[str, list[str]]
    unmentions: dict[str, list[str]]
    # (phrase, compiled, is_literal): a literal phrase absent from a sentence needs no regex search.
    compiled_mentions: dict[str, list[tuple[str, re.Pattern[str], bool]]] = field(
        init=False, repr=False
    )
    compiled_unmentions: dict[str, list[re.Pattern[str]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.mentions) - set(CATEGORIES)
        if unknown:
            raise ValueError(
                f"mentions: unknown observation(s) {sorted(unknown)}; expected names from {CATEGORIES}"
            )
        object.__setattr__(
            self,
            "compiled_mentions",
            {
                obs: [(p, re.compile(p), not _REGEX_SYNTAX.search(p)) for p in phrases]
                for obs, phrases in self.mentions.items()
            },
        )
        object.__setattr__(
            self,
            "compiled_unmentions",
            {obs: [re.compile(p) for p in phrases] for obs, phrases in self.unmentions.items()},
        )

    @classmethod
    def from_dir(cls, directory: Path | None = None) -> PhraseSet:
        """Load ``mention/`` and ``unmention/`` under ``directory`` (default: the shipped lists)."""
        root = default_phrases_dir() if directory is None else Path(directory)
        mentions = read_phrase_dir(root / "mention")
        unmentions = read_phrase_dir(root / "unmention")
        unmentions.update(positional_unmentions(mentions))
        return cls(mentions=mentions, unmentions=unmentions)
