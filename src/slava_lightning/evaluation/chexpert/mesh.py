"""Agreement of CheXpert labels with the IU-Xray (Open-i) MeSH indexing.

Each Open-i report XML lists its MeSH terms under ``MeSH/major`` (``Cardiomegaly/mild``,
``Pulmonary Atelectasis/base/left``, ``normal``). The head of each term (before the first ``/``) is
mapped to a CheXpert observation where one corresponds; a report is positive for an observation when
one of its terms maps to it. Labels count as positive when 1.0 (and, if asked, -1.0).
"""

from __future__ import annotations

import tarfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: MeSH heading -> CheXpert observation (only headings with a clear counterpart).
MESH_TO_OBSERVATION: dict[str, str] = {
    "normal": "No Finding",
    "Cardiomegaly": "Cardiomegaly",
    "Lung Diseases, Interstitial": "Lung Opacity",
    "Opacity": "Lung Opacity",
    "Airspace Disease": "Lung Opacity",
    "Infiltrate": "Lung Opacity",
    "Nodule": "Lung Lesion",
    "Mass": "Lung Lesion",
    "Pulmonary Edema": "Edema",
    "Consolidation": "Consolidation",
    "Pneumonia": "Pneumonia",
    "Pulmonary Atelectasis": "Atelectasis",
    "Pneumothorax": "Pneumothorax",
    "Pleural Effusion": "Pleural Effusion",
    "Fractures, Bone": "Fracture",
    "Catheters, Indwelling": "Support Devices",
    "Implanted Medical Device": "Support Devices",
    "Medical Device": "Support Devices",
    "Tube, Inserted": "Support Devices",
    "Stents": "Support Devices",
    "Pacemaker, Artificial": "Support Devices",
    "Surgical Instruments": "Support Devices",
}


@dataclass(frozen=True)
class OpenIReport:
    """One Open-i report: its id, Findings and Impression text, and its major MeSH terms."""

    uid: str
    findings: str
    impression: str
    mesh: tuple[str, ...]

    @property
    def text(self) -> str:
        """Findings and Impression joined, the text MeSH indexing describes."""
        return " ".join(part for part in (self.findings, self.impression) if part)

    def observations(self) -> frozenset[str]:
        """CheXpert observations named by this report's MeSH terms."""
        heads = (term.split("/")[0].strip() for term in self.mesh)
        return frozenset(MESH_TO_OBSERVATION[h] for h in heads if h in MESH_TO_OBSERVATION)


def parse_openi_xml(data: bytes, name: str = "<xml>") -> OpenIReport:
    """Parse one Open-i report XML.

    Raises:
        ValueError: if ``data`` is not XML (the message names ``name``).
    """
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ValueError(f"{name} is not a valid Open-i XML report: {error}") from None
    sections = {
        node.get("Label", "").upper(): (node.text or "").strip()
        for node in root.iter("AbstractText")
    }
    mesh = tuple((node.text or "").strip() for node in root.iter("major"))
    uid_node = root.find(".//uId")
    uid = uid_node.get("id", "") if uid_node is not None else ""
    uid = uid or Path(name).stem
    return OpenIReport(uid, sections.get("FINDINGS", ""), sections.get("IMPRESSION", ""), mesh)


def iter_openi_archive(path: str | Path) -> Iterator[OpenIReport]:
    """Reports of an Open-i ``.tgz`` archive (``ecgen-radiology/<n>.xml``), in member-name order.

    Raises:
        ValueError: if ``path`` is not a readable tar archive.
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"Open-i archive {path} does not exist")
    reports: list[tuple[str, OpenIReport]] = []
    try:
        # Read members in stream order: seeking back and forth in a gzip stream is quadratic.
        with tarfile.open(path, "r:*") as archive:
            for member in archive:
                if member.isfile() and member.name.endswith(".xml"):
                    handle = archive.extractfile(member)
                    if handle is not None:
                        data = handle.read()
                        reports.append((member.name, parse_openi_xml(data, member.name)))
    except (OSError, tarfile.TarError) as error:
        raise ValueError(f"Open-i archive {path} cannot be read: {error}") from None
    for _, report in sorted(reports, key=lambda item: item[0]):
        yield report


@dataclass(frozen=True)
class Agreement:
    """Agreement counts of one observation between labels and MeSH."""

    observation: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def f1(self) -> float:
        """F1 of the labels against MeSH (NaN without any positive)."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else float("nan")

    @property
    def accuracy(self) -> float:
        """Share of reports where labels and MeSH agree."""
        return (self.tp + self.tn) / max(1, self.tp + self.fp + self.fn + self.tn)


def mesh_agreement(
    labels: Sequence[dict[str, float | None]],
    mesh: Sequence[frozenset[str]],
    uncertain_positive: bool = False,
) -> dict[str, Agreement]:
    """Per-observation agreement of labels with MeSH-derived observations.

    Args:
        labels: one label dict per report (as :func:`label_reports` returns).
        mesh: observations named by each report's MeSH terms.
        uncertain_positive: count -1.0 (uncertain) labels as positive.

    Raises:
        ValueError: if ``labels`` and ``mesh`` differ in length.
    """
    if len(labels) != len(mesh):
        raise ValueError(f"labels ({len(labels)}) and mesh ({len(mesh)}) differ in length")
    positive = {1.0, -1.0} if uncertain_positive else {1.0}
    result: dict[str, Agreement] = {}
    for observation in sorted(set(MESH_TO_OBSERVATION.values())):
        tp = fp = fn = tn = 0
        for row, terms in zip(labels, mesh, strict=True):
            predicted = row.get(observation) in positive
            actual = observation in terms
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
            tn += not predicted and not actual
        result[observation] = Agreement(observation, tp, fp, fn, tn)
    return result


def micro_f1(agreements: dict[str, Agreement]) -> float:
    """F1 over all observation decisions pooled."""
    tp = sum(a.tp for a in agreements.values())
    fp = sum(a.fp for a in agreements.values())
    fn = sum(a.fn for a in agreements.values())
    return 2 * tp / max(1, 2 * tp + fp + fn)
