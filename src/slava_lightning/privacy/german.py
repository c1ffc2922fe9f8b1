"""German text: every noun is capitalised, so a capital letter says nothing of a name.

A name layer that reads "a capitalised word no English dictionary knows" as a name would mask
half of a German report ("Rippe", "Zentrilobuläres Emphysem", "Sehr geehrte Damen und Herren").
This module tells a German sentence (:func:`is_german`) and a German word (:func:`is_german_word`,
compounds included: "Lungenarterienembolie", "Hiatushernie"), so that in a German sentence a
capitalised German word is read as a word unless a title, a label or a first name beside it says
it is a name. The lexicon is ``pyspellchecker``'s German word list (339k words, already a
dependency of the name layer), less the given names of German-speaking countries and the commonest census ones.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources

from slava_lightning.privacy.gazetteer import common_words, german_first_names, surnames, words

#: Function words of German that English does not use (so "die", "am", "in", "war" are out).
FUNCTION_WORDS = words(
    "der das und mit nicht kein keine keinen keiner keines ist sind wird werden wurde wurden "
    "von zur zum auf für ein eine einer einem einen eines des dem nach bis über unter beidseits "
    "rechts links sowie oder auch noch bitte wir ich ihnen uns vom aus durch gemäß ohne seit "
    "wegen wie bei im sie ihr bzw ggf mehr sich nur schon jetzt heute gestern "
    "dort kann können soll sollte muss müssen haben hatte zwischen gegen innerhalb "
    "weiterhin deutlich vereinbar regelrecht unauffällig geehrte geehrter liebe lieber"
)
_WORD = re.compile(r"[^\W\d_]+")
# the linking letters of a compound's first part: "Lunge-n-arterie", "Hiatus-hernie", "Alter-s-"
_LINKS = ("", "s", "n", "en", "es", "e", "er")


@lru_cache(maxsize=1)
def german_words() -> frozenset[str]:
    """Lower-case words of ``pyspellchecker``'s German list, less the given names of German-speaking countries and the commonest census ones."""
    data = resources.files("spellchecker").joinpath("resources/de.json.gz").read_bytes()
    found = json.loads(gzip.decompress(data))
    first = german_first_names()
    return frozenset(w for w in found if w.isalpha() and len(w) >= 2 and w not in first)


@lru_cache(maxsize=65_536)
def is_german_word(word: str, parts: int = 3, endings: bool = True) -> bool:
    """Whether ``word`` (any case) is a German word: listed, a compound of up to ``parts`` listed
    words (a head of three letters or more, a link letter, a tail of four or more:
    "Kontrastmittel", "Mitral-klappen-prothese"; or any head before a listed tail of six letters
    or more: "Aortenklappen-prothese"), a month, or a word with an ending of German nouns and
    adjectives ("Beurteilbarkeit", "Hiatushernie") when ``endings``."""
    low = word.lower()
    if low in _MONTHS:
        return True  # "August" is a name in the census, a month in a German sentence
    if low in german_first_names():
        return False
    lexicon = german_words()
    if low in lexicon:
        return True
    for cut in range(len(low) - 4, 2, -1):
        tail = low[cut:]
        if tail not in lexicon:
            continue
        head = low[:cut]
        if len(tail) >= 6 and tail not in _NAME_TAILS and tail not in surnames():
            return True  # a long listed tail after any head: "Aortenklappen-prothese"
        for link in _LINKS:
            stem = head[: len(head) - len(link)]
            if (
                head.endswith(link)
                and len(stem) >= 3
                and (stem in lexicon or (parts > 2 and is_german_word(stem, parts - 1, False)))
            ):
                return True
    return endings and _SUFFIX.search(low) is not None


_MONTHS = words(
    "januar jänner februar feber märz april mai juni juli august september oktober november "
    "dezember"
)
#: Tails of German surnames that are words too: "Goldstein", "Rosenthal", "Schwarzwälder".
_NAME_TAILS = words(
    "stein steiner berger bauer huber hofer egger müller meier mayer maier schmidt schneider "
    "hausen hauser felder thaler brunner walder wälder bacher dorfer burger lehner"
)
# endings of German nouns and adjectives that no English word or name has
_SUFFIX = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|ierung|lich|liche[nmrs]?|"
    r"ische[nmrs]?|ärer?|äre[nmrs]|ös[ea]?[nmrs]?|ektomie|skopie|graphie|grafie|itis|ose|"
    r"[^aeiou]ie|ien|om|oms|ome|ismus|ase|ität|ik|ion|ionen|iert|ige[nmrs]?|[ui]ell(?:e[nms]?)?|ale[nmrs]?)$"
)


def german_words_only(value: str) -> bool:
    """Whether every word of ``value`` is a German word ("Rippe", "Damen und Herren")."""
    found = _WORD.findall(value)
    return bool(found) and all(is_german_word(w) for w in found)


@lru_cache(maxsize=8)  # asked by the name layer and the de-identifier of the same text
def is_german(text: str) -> bool:
    """Whether ``text`` reads as German: two different German function words; or German-only
    words (a German word, compounds included, that is no English one) and function words, three
    or more and more than twice the English-only words; or two German-only words, one of them
    listed, and no English-only one ("Zentrilobuläres Emphysem, oberfeldbetont.")."""
    found = [w.lower() for w in _WORD.findall(_ADDRESSES.sub(" ", text))]
    function = len({w for w in found if w in FUNCTION_WORDS})
    if function >= 2:
        return True
    english = common_words()
    lexicon = german_words()
    listed = sum(1 for w in found if len(w) > 2 and w not in english and w in lexicon)
    german = sum(
        1 for w in found if len(w) > 2 and w not in english and is_german_word(w, endings=False)
    )
    only_english = sum(1 for w in found if len(w) > 2 and w in english and w not in lexicon)
    return (german + function >= 3 and german + function > 2 * only_english) or (
        german >= 2 and listed >= 1 and not only_english
    )


# web and mail addresses, whose words are no language: "https://reports.gch-health.ae/pdf/"
_ADDRESSES = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\S+\.(?:com|org|net|de|at|ch)\S*")
