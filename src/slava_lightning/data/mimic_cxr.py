"""MIMIC-CXR-JPG in its official layout, with Findings and Impression parsed from the reports.

Layout (PhysioNet ``mimic-cxr-jpg/2.0.0``): ``mimic-cxr-2.0.0-split.csv(.gz)`` (``dicom_id``,
``study_id``, ``subject_id``, ``split``), ``mimic-cxr-2.0.0-metadata.csv(.gz)`` (``dicom_id``, ...,
``ViewPosition``, ...), images ``files/pXX/pSUBJECT/sSTUDY/DICOM_ID.jpg``; the free-text reports of
``mimic-cxr-reports`` at ``files/pXX/pSUBJECT/sSTUDY.txt``, possibly under another root.
"""

from __future__ import annotations

import csv
import gzip
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from slava_lightning.data.datamodule import SlavaDataModule
from slava_lightning.data.iu_xray import cut_views
from slava_lightning.data.records import Sample
from slava_lightning.data.reports import REPORT_TASKS, report_task_samples, study_sample
from slava_lightning.data.skips import Skip, SkipReport, raise_skip

log = logging.getLogger(__name__)

SPLIT_CSV = "mimic-cxr-2.0.0-split.csv"
METADATA_CSV = "mimic-cxr-2.0.0-metadata.csv"
FRONTAL_VIEWS = ("PA", "AP")
LATERAL_VIEWS = ("LATERAL", "LL")
#: Official split names -> the project's (``validate`` is ``val``).
SPLIT_NAMES = {"train": "train", "validate": "val", "val": "val", "test": "test"}

#: Headers recognised in any case and spacing, with the section key each one fills.
_HEADER_KEYS = {
    "FINDINGS": "findings",
    "FINDING": "findings",
    "IMPRESSION": "impression",
    "IMPRESSIONS": "impression",
    "CONCLUSION": "impression",
    "CONCLUSIONS": "impression",
    "FINDINGS AND IMPRESSION": "findings_and_impression",
    "FINDINGS AND IMPRESSIONS": "findings_and_impression",
    "IMPRESSION AND FINDINGS": "findings_and_impression",
    "FINDINGS/IMPRESSION": "findings_and_impression",
    "FINDINGS/IMPRESSIONS": "findings_and_impression",
    "INDICATION": "indication",
    "INDICATIONS": "indication",
    "HISTORY": "indication",
    "CLINICAL HISTORY": "indication",
    "REASON FOR EXAM": "indication",
    "REASON FOR EXAMINATION": "indication",
    "COMPARISON": "comparison",
    "COMPARISONS": "comparison",
    "TECHNIQUE": "technique",
    "EXAMINATION": "examination",
    "EXAM": "examination",
    "RECOMMENDATION": "recommendation",
    "RECOMMENDATIONS": "recommendation",
    "RECOMMENDATION(S)": "recommendation",
    "NOTIFICATION": "notification",
    "WET READ": "wet_read",
    "ADDENDUM": "addendum",
}
#: A candidate header: at the start of a line, letters and ``( ) / & , -``, then a colon.
_HEADER = re.compile(r"^[ \t]*([A-Za-z][A-Za-z ()/&,-]{0,48}?)[ \t]*:", re.M)


def _header_key(name: str) -> str | None:
    """Section key of a header name, or ``None`` when the text is not a header."""
    norm = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", name.strip())).upper()
    if norm in _HEADER_KEYS:
        return _HEADER_KEYS[norm]
    if name == name.upper() and re.search(r"[A-Z]{2}", name):
        return re.sub(r"[^a-z]+", "_", norm.lower()).strip("_")
    return None


def parse_mimic_report(text: str) -> dict[str, str]:
    """Sections of a free-text report, keyed ``findings``, ``impression``, ``indication``...

    A header starts a line and ends with a colon; its text may follow on the same line. Known
    headers (see ``_HEADER_KEYS``) are recognised in any case and spacing; any other ALL-CAPS
    header (``PORTABLE CHEST:``, ``NOTE:``) ends the previous section and is kept under its
    lower-cased name. Section text has its whitespace collapsed; a repeated header keeps its last
    non-empty text. ``FINDINGS AND IMPRESSION:`` fills ``findings`` when there is no ``FINDINGS``.
    """
    heads = [(m, k) for m in _HEADER.finditer(text) if (k := _header_key(m.group(1)))]
    sections: dict[str, str] = {}
    for i, (match, key) in enumerate(heads):
        end = heads[i + 1][0].start() if i + 1 < len(heads) else len(text)
        body = " ".join(text[match.end() : end].split())
        if body or key not in sections:
            sections[key] = body
    if not sections.get("findings") and sections.get("findings_and_impression"):
        sections["findings"] = sections["findings_and_impression"]
    return sections


def _find_csv(root: Path, name: str) -> Path:
    for candidate in (root / f"{name}.gz", root / name):
        if candidate.is_file():
            return candidate
    raise ValueError(f"MIMIC-CXR-JPG root {str(root)!r}: neither {name}.gz nor {name} found")


def _read_csv(path: Path, columns: Sequence[str]) -> Iterator[dict[str, str]]:
    """Rows of a (gzipped) CSV, after checking that it has ``columns``."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"MIMIC-CXR CSV {str(path)!r} lacks column(s) {missing}")
            yield from reader
    except (OSError, EOFError, csv.Error, UnicodeDecodeError) as err:
        raise ValueError(f"MIMIC-CXR CSV {str(path)!r} is unreadable: {err}") from err


def _study_dir(files: Path, subject_id: str, study_id: str) -> Path:
    return files / f"p{subject_id[:2]}" / f"p{subject_id}" / f"s{study_id}"


def _reports_files(root: Path, reports: str | Path | None) -> Path:
    base = Path(reports) if reports is not None else root
    if not base.is_dir():
        raise ValueError(f"MIMIC-CXR reports folder {str(base)!r} not found")
    return base / "files" if (base / "files").is_dir() else base


def _view_rank(frontal_views: Sequence[str], lateral_views: Sequence[str] | None) -> dict[str, int]:
    """Order of the kept views (frontal first); a view absent from it is not kept."""
    order = [v.upper() for v in frontal_views] + [v.upper() for v in lateral_views or ()]
    return {v: i for i, v in reversed(list(enumerate(order)))}


def load_mimic_cxr(
    root: str | Path,
    split: str | None = None,
    reports: str | Path | None = None,
    frontal_only: bool = True,
    strict: bool = False,
    frontal_views: Sequence[str] = FRONTAL_VIEWS,
    lateral_views: Sequence[str] = LATERAL_VIEWS,
    check_images: bool = True,
    on_error: Callable[[Skip], None] | None = None,
) -> list[Sample]:
    """One study record per MIMIC-CXR study (see :func:`~slava_lightning.data.reports.study_sample`).

    Args:
        root: the ``mimic-cxr-jpg/2.0.0`` folder (the two CSVs and ``files/``).
        split: ``train``, ``val`` (official ``validate``) or ``test``; ``None`` for all.
        reports: root of ``mimic-cxr-reports`` (the folder holding ``files/``, or ``files/``
            itself); default ``root``.
        frontal_only: keep only ``frontal_views``; else also ``lateral_views`` (frontal first).
        strict: raise on a missing report or image instead of leaving it out.
        frontal_views: ``ViewPosition`` values taken as frontal, in order of preference.
        lateral_views: ``ViewPosition`` values added when ``frontal_only`` is false.
        check_images: check that each kept image file exists (one ``stat`` per image).
        on_error: told about each record left out when not ``strict``; default: collected and
            logged as one warning.

    Studies without any kept view (e.g. lateral only with ``frontal_only``) are not records and
    are not errors. Empty sections are kept as empty strings (the task expansion reports them).
    Metadata: ``subject_id``, ``study_id``, ``dicom_ids``, ``view_positions``, ``split``,
    ``findings``, ``impression``, ``indication``, ``comparison``, ``report_file``, ``source``.
    """
    src = Path(root)
    if not src.is_dir():
        raise ValueError(f"MIMIC-CXR-JPG root {str(src)!r} not found")
    if split is not None and split not in SPLIT_NAMES:
        raise ValueError(f"split must be None or one of {sorted(SPLIT_NAMES)}, got {split!r}")
    if not frontal_views:
        raise ValueError("frontal_views must name at least one ViewPosition")
    wanted = SPLIT_NAMES[split] if split is not None else None
    collected = SkipReport()
    handle = raise_skip if strict else (on_error or collected.add)
    rank = _view_rank(frontal_views, None if frontal_only else lateral_views)
    split_csv, meta_csv = _find_csv(src, SPLIT_CSV), _find_csv(src, METADATA_CSV)
    meta_rows = _read_csv(meta_csv, ("dicom_id", "ViewPosition"))
    views = {r["dicom_id"]: r["ViewPosition"].strip().upper() for r in meta_rows}
    studies: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _read_csv(split_csv, ("dicom_id", "study_id", "subject_id", "split")):
        name = SPLIT_NAMES.get(row["split"].strip().lower())
        if name is None:
            raise ValueError(
                f"MIMIC-CXR CSV {str(split_csv)!r}: study {row['study_id']} has unknown split "
                f"{row['split']!r} (expected train, validate or test)"
            )
        if wanted is not None and name != wanted:
            continue
        st = studies.setdefault((row["subject_id"], row["study_id"]), {"split": name, "dicoms": []})
        view = views.get(row["dicom_id"], "")
        if view in rank:
            st["dicoms"].append((rank[view], row["dicom_id"], view))
    files, report_files = src / "files", _reports_files(src, reports)
    out = []
    for (subject, study), st in sorted(studies.items(), key=lambda kv: (int(kv[0][0]), kv[0][1])):
        if not st["dicoms"]:
            continue
        sid = f"s{study}"
        report = _study_dir(report_files, subject, study).with_suffix(".txt")
        try:
            text = report.read_text(encoding="utf-8", errors="replace")
        except OSError as err:
            reason = "file not found" if isinstance(err, FileNotFoundError) else str(err)
            handle(Skip(sid, str(report), "report", reason))
            continue
        kept = []
        for _, dicom, view in sorted(st["dicoms"]):
            path = _study_dir(files, subject, study) / f"{dicom}.jpg"
            if check_images and not path.is_file():
                handle(Skip(f"{sid}/{dicom}", str(path), "image", "file not found"))
                continue
            kept.append((str(path), dicom, view))
        if not kept:
            continue
        sections = parse_mimic_report(text)
        meta: dict[str, Any] = {
            "subject_id": subject,
            "study_id": study,
            "dicom_ids": [d for _, d, _ in kept],
            "view_positions": [v for _, _, v in kept],
            "split": st["split"],
            "indication": sections.get("indication", ""),
            "comparison": sections.get("comparison", ""),
            "report_file": str(report),
            "source": "mimic_cxr",
        }
        images = [p for p, _, _ in kept]
        findings, impression = sections.get("findings", ""), sections.get("impression", "")
        out.append(study_sample(sid, images, findings, impression, meta))
    if collected:
        log.warning(collected.summary("MIMIC-CXR records left out"))
    return out


class MimicCXRDataModule(SlavaDataModule):
    """MIMIC-CXR-JPG report generation and summarization.

    Args:
        root: the ``mimic-cxr-jpg/2.0.0`` folder.
        reports: root of ``mimic-cxr-reports`` (default ``root``).
        tasks: ``report`` and/or ``summary``.
        frontal_only: keep only frontal views; else frontal then lateral.
        max_images: keep at most this many views per study (``None``: all kept views).
        frontal_views: ``ViewPosition`` values taken as frontal, in order of preference.
        lateral_views: ``ViewPosition`` values added when ``frontal_only`` is false.
        check_images: check that each image file exists while reading.
        **kwargs: the :class:`SlavaDataModule` options.
    """

    def __init__(
        self,
        root: str,
        reports: str | None = None,
        tasks: Sequence[str] = REPORT_TASKS,
        frontal_only: bool = True,
        max_images: int | None = 1,
        frontal_views: Sequence[str] = FRONTAL_VIEWS,
        lateral_views: Sequence[str] = LATERAL_VIEWS,
        check_images: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if max_images is not None and max_images < 1:
            raise ValueError(f"max_images must be positive or None, got {max_images}")
        bad = [t for t in tasks if t not in REPORT_TASKS]
        if bad:
            raise ValueError(f"tasks must be within {REPORT_TASKS}, got {list(tasks)}")
        self.root, self.reports, self.tasks = root, reports, list(tasks)
        self.frontal_only, self.max_images = frontal_only, max_images
        self.frontal_views, self.lateral_views = list(frontal_views), list(lateral_views)
        self.check_images = check_images
        self._studies: list[Sample] | None = None

    def studies(self) -> list[Sample]:
        """All study records (read once), views cut to ``max_images``."""
        if self._studies is None:
            raw = load_mimic_cxr(
                self.root,
                reports=self.reports,
                frontal_only=self.frontal_only,
                strict=self.strict,
                frontal_views=self.frontal_views,
                lateral_views=self.lateral_views,
                check_images=self.check_images,
                on_error=self.reject,
            )
            self._studies = [cut_views(s, self.max_images, self.reject) for s in raw]
        return self._studies

    def load_samples(self, split: str) -> list[Sample]:
        """Task samples of the studies in ``split``."""
        chosen = [s for s in self.studies() if s.metadata["split"] == split]
        return report_task_samples(chosen, self.tasks, on_skip=self.reject)
