"""IU-Xray reader against the shared development subset (expected counts from the XML directly)."""

from __future__ import annotations

import html
import json
import re
import tarfile
from pathlib import Path

import pytest

from slava_lightning.data.iu_xray import IUXrayDataModule, load_iu_xray

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "iu_xray"
REPORTS = DATA / "NLMCXR_reports.dev.tgz"
ANNOTATION = DATA / "r2gen_annotation.dev.json"
pytestmark = pytest.mark.skipif(not REPORTS.is_file(), reason="shared IU-Xray subset not present")


def _xml_truth() -> dict[str, tuple[str, str]]:
    """uid -> (findings, impression), by regular expressions rather than an XML parser."""
    out = {}
    with tarfile.open(REPORTS) as tar:
        for m in tar:
            if not m.name.endswith(".xml"):
                continue
            text = tar.extractfile(m).read().decode("utf-8")  # type: ignore[union-attr]
            uid = re.search(r'<uId id="([^"]+)"', text).group(1)  # type: ignore[union-attr]

            def section(label: str, text: str = text) -> str:
                hit = re.search(rf'Label="{label}"\s*>(.*?)</AbstractText>', text, re.S)
                return html.unescape(hit.group(1)).strip() if hit else ""

            out[uid] = (section("FINDINGS"), section("IMPRESSION"))
    return out


def test_every_study_with_section_counts_and_splits():
    truth = _xml_truth()
    studies = load_iu_xray(REPORTS, ANNOTATION)
    assert len(studies) == len(truth) == 2365
    assert {s.id for s in studies} == set(truth)
    n_findings = sum(1 for s in studies if s.metadata["findings"])
    n_impression = sum(1 for s in studies if s.metadata["impression"])
    assert n_findings == sum(1 for f, _ in truth.values() if f)
    assert n_impression == sum(1 for _, i in truth.values() if i)
    by_id = {s.id: s for s in studies}
    assert all(by_id[u].metadata["findings"] == f for u, (f, _) in truth.items())
    split = json.loads(ANNOTATION.read_text())
    for name, entries in split.items():
        for e in entries:
            st = by_id[e["id"].split("_")[0]]
            assert st.metadata["split"] == name and st.metadata["r2gen_id"] == e["id"]
            assert st.metadata["findings"] == e["report"]
            assert [Path(p).as_posix() for p in st.images] == e["image_path"]


def test_official_layout_paths_and_mesh():
    studies = {s.id: s for s in load_iu_xray(REPORTS, images="/data/NLMCXR_png")}
    s = studies["CXR1"]
    assert s.images == [
        "/data/NLMCXR_png/CXR1_1_IM-0001-3001.png",
        "/data/NLMCXR_png/CXR1_1_IM-0001-4001.png",
    ]
    assert s.metadata["mesh"] == [{"kind": "major", "term": "normal"}]
    assert s.metadata["split"] is None
    assert s.turns[1].text.startswith("The cardiac silhouette and mediastinum size")


def test_datamodule_tasks_skip_empty_sections(tokenizer, processing):
    dm = IUXrayDataModule(
        str(REPORTS), str(ANNOTATION), images="/nowhere", tasks=["report", "summary"]
    )
    val = dm.samples("val")
    truth = _xml_truth()
    val_ids = [e["id"].split("_")[0] for e in json.loads(ANNOTATION.read_text())["val"]]
    assert sum(s.task == "report" for s in val) == sum(1 for u in val_ids if truth[u][0])
    assert sum(s.task == "summary" for s in val) == sum(1 for u in val_ids if all(truth[u]))
    summary = next(s for s in val if s.task == "summary")
    assert "##Findings: " + summary.metadata["findings"] in summary.turns[0].text
    assert summary.turns[1].text == summary.metadata["impression"]
    assert all(len(s.images) == 1 for s in val)
    assert {k.field for k in dm.read_report.entries} <= {"findings", "impression"}
    assert len(dm.read_report) == 2 * len(val_ids) - len(val)
    with pytest.raises(ValueError, match="field 'impression'.*empty section"):
        IUXrayDataModule(str(REPORTS), str(ANNOTATION), strict=True).samples("train")


def test_bad_arguments(tmp_path):
    with pytest.raises(ValueError, match="reports= or annotation="):
        load_iu_xray(None)
    with pytest.raises(ValueError, match="not found"):
        load_iu_xray(tmp_path / "missing.tgz")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "1.xml").write_text("<eCitation><uId id='CXR9'/>")
    with pytest.raises(ValueError, match="1.xml"):
        load_iu_xray(tmp_path / "x")
    skips = []
    assert load_iu_xray(tmp_path / "x", on_error=skips.append) == [] and skips[0].field == "xml"
