"""IU-Xray (Open-i Indiana University Chest X-ray Collection) in its official and R2Gen layouts.

Official: ``NLMCXR_reports.tgz`` (or its extracted ``ecgen-radiology/*.xml``) with the images of
``NLMCXR_png.tgz`` named ``<parentImage id>.png``. R2Gen: ``annotation.json`` with ``train``/``val``/
``test`` lists of ``{id, report, image_path, split}`` and images under ``images/<id>/<n>.png``.
"""

from __future__ import annotations

import json
import tarfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from slava_lightning.data.datamodule import SlavaDataModule
from slava_lightning.data.records import Sample
from slava_lightning.data.reports import REPORT_TASKS, report_task_samples, study_sample
from slava_lightning.data.skips import Skip, raise_skip


def _iter_xml(reports: Path) -> Iterator[tuple[str, bytes]]:
    """``(name, bytes)`` of every report XML in a ``.tgz`` or a folder (searched recursively)."""
    if reports.is_dir():
        for path in sorted(reports.rglob("*.xml")):
            yield str(path), path.read_bytes()
        return
    try:
        with tarfile.open(reports, "r:*") as tar:
            for member in tar:
                if member.isfile() and member.name.endswith(".xml"):
                    handle = tar.extractfile(member)
                    if handle is not None:
                        yield member.name, handle.read()
    except tarfile.TarError as err:
        raise ValueError(
            f"IU-Xray reports {str(reports)!r}: not a readable tar archive ({err})"
        ) from err


def parse_iu_report(data: bytes) -> dict[str, Any]:
    """Fields of one Open-i report XML: ``uid``, sections, ``mesh``, ``image_ids``."""
    root = ET.fromstring(data)
    uid_el = root.find("uId")
    if uid_el is None or not uid_el.get("id"):
        raise ValueError("no <uId id=...>")
    sections = {
        (el.get("Label") or "").upper(): (el.text or "").strip() for el in root.iter("AbstractText")
    }
    mesh = [
        {"kind": el.tag, "term": (el.text or "").strip()}
        for el in root.findall("MeSH/*")
        if (el.text or "").strip()
    ]
    return {
        "uid": str(uid_el.get("id")),
        "findings": sections.get("FINDINGS", ""),
        "impression": sections.get("IMPRESSION", ""),
        "indication": sections.get("INDICATION", ""),
        "comparison": sections.get("COMPARISON", ""),
        "mesh": mesh,
        "image_ids": [el.get("id") for el in root.iter("parentImage") if el.get("id")],
    }


def _r2gen_entries(annotation: Path) -> dict[str, dict[str, Any]]:
    """R2Gen entries keyed by study uid (``CXR2384_IM-0942`` -> ``CXR2384``)."""
    try:
        data = json.loads(annotation.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ValueError(f"R2Gen annotation {str(annotation)!r} is unreadable: {err}") from err
    if not isinstance(data, dict):
        raise ValueError(f"R2Gen annotation {str(annotation)!r}: expected an object of splits")
    out = {}
    for split, entries in data.items():
        for entry in entries:
            out[str(entry["id"]).split("_")[0]] = {**entry, "split": entry.get("split", split)}
    return out


def load_iu_xray(
    reports: str | Path | None,
    annotation: str | Path | None = None,
    images: str | Path | None = None,
    image_layout: Literal["auto", "nlmcxr", "r2gen"] = "auto",
    on_error: Callable[[Skip], None] | None = None,
) -> list[Sample]:
    """One study record per IU-Xray study (see :func:`~slava_lightning.data.reports.study_sample`).

    Args:
        reports: ``NLMCXR_reports.tgz`` or a folder of its XML files; ``None`` to read only the
            R2Gen ``annotation`` (its ``report`` is the Findings; no Impression).
        annotation: R2Gen ``annotation.json``; attaches ``split`` and ``r2gen_id`` to the studies.
        images: image folder (``NLMCXR_png`` or R2Gen's ``images``); ``None`` keeps relative paths.
        image_layout: ``nlmcxr`` (``<parentImage id>.png``), ``r2gen`` (the annotation's
            ``image_path``), or ``auto`` (``r2gen`` when an annotation is given).
        on_error: called with a :class:`Skip` for each unreadable XML; default raises.

    Metadata: ``uid``, ``findings``, ``impression``, ``indication``, ``comparison``, ``mesh``
    (``[{kind: major|minor, term}]``), ``image_ids``, ``split`` (``None`` without annotation),
    ``report_file``, ``source``.
    """
    if reports is None and annotation is None:
        raise ValueError("load_iu_xray needs reports= or annotation=")
    handle = on_error or raise_skip
    r2gen = _r2gen_entries(Path(annotation)) if annotation is not None else {}
    layout = image_layout if image_layout != "auto" else ("r2gen" if r2gen else "nlmcxr")
    if layout not in ("nlmcxr", "r2gen"):
        raise ValueError(f"image_layout must be 'auto', 'nlmcxr' or 'r2gen', got {image_layout!r}")
    folder = (
        Path(images) if images is not None else Path("NLMCXR_png" if layout == "nlmcxr" else "")
    )
    studies: dict[str, dict[str, Any]] = {}
    if reports is not None:
        src = Path(reports)
        if not src.exists():
            raise ValueError(f"IU-Xray reports {str(src)!r} not found")
        for name, data in _iter_xml(src):
            try:
                fields = parse_iu_report(data)
            except (ET.ParseError, ValueError) as err:
                handle(Skip(Path(name).stem, name, "xml", f"unreadable report ({err})"))
                continue
            studies[fields["uid"]] = {**fields, "report_file": name}
    else:
        for uid, r2 in r2gen.items():
            studies[uid] = {
                "uid": uid,
                "findings": r2.get("report", ""),
                "impression": "",
                "mesh": [],
                "image_ids": [],
                "report_file": str(annotation),
            }
    out = []
    for uid, st in studies.items():
        entry: dict[str, Any] | None = r2gen.get(uid)
        meta = {k: v for k, v in st.items() if k not in ("findings", "impression")}
        meta |= {"source": "iu_xray", "split": entry["split"] if entry else None}
        if entry is not None:
            meta["r2gen_id"] = entry["id"]
        if layout == "r2gen":
            names: Sequence[str] = entry["image_path"] if entry else []
        else:
            names = [f"{i}.png" for i in st["image_ids"]]
        paths = [str(folder / n) for n in names]
        out.append(study_sample(uid, paths, st["findings"], st["impression"], meta))
    return out


class IUXrayDataModule(SlavaDataModule):
    """IU-Xray report generation and summarization.

    Args:
        reports: ``NLMCXR_reports.tgz`` or a folder of its XML files.
        annotation: R2Gen ``annotation.json`` (gives the splits; without it every study is ``test``).
        images: the image folder.
        tasks: ``report`` and/or ``summary``.
        max_images: keep at most this many views per study (``None``: all; R2Gen lists frontal first).
        image_layout: see :func:`load_iu_xray`.
        **kwargs: the :class:`SlavaDataModule` options.
    """

    def __init__(
        self,
        reports: str | None = None,
        annotation: str | None = None,
        images: str | None = None,
        tasks: Sequence[str] = REPORT_TASKS,
        max_images: int | None = 1,
        image_layout: Literal["auto", "nlmcxr", "r2gen"] = "auto",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if max_images is not None and max_images < 1:
            raise ValueError(f"max_images must be positive or None, got {max_images}")
        self.reports, self.annotation, self.images = reports, annotation, images
        self.tasks, self.max_images, self.image_layout = list(tasks), max_images, image_layout
        self._studies: list[Sample] | None = None

    def studies(self) -> list[Sample]:
        """All study records (read once), views cut to ``max_images``."""
        if self._studies is None:
            raw = load_iu_xray(
                self.reports, self.annotation, self.images, self.image_layout, self.reject
            )
            self._studies = [cut_views(s, self.max_images, self.reject) for s in raw]
            self._studies = [s for s in self._studies if s.images]
        return self._studies

    def load_samples(self, split: str) -> list[Sample]:
        """Task samples of the studies in ``split``."""
        default = "test" if self.annotation is None else None
        chosen = [s for s in self.studies() if (s.metadata.get("split") or default) == split]
        return report_task_samples(chosen, self.tasks, on_skip=self.reject)


def cut_views(study: Sample, max_images: int | None, on_skip: Callable[[Skip], None]) -> Sample:
    """The study with at most ``max_images`` views (a study with none is reported and kept empty)."""
    if not study.images:
        on_skip(Skip(study.id, str(study.metadata.get("report_file", "")), "image", "no images"))
    if max_images is None or len(study.images) <= max_images:
        return study
    images = study.images[:max_images]
    meta = dict(study.metadata)
    return study_sample(study.id, images, meta.pop("findings"), meta.pop("impression"), meta)
