"""Records, readers, the image pipeline, collation and synthetic phantoms.

Names are imported on first use, so that importing one module of the package (the image
pipeline, say, from ``slava-generate``) does not load Lightning and the readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slava_lightning._lazy import lazy_exports

if TYPE_CHECKING:
    from slava_lightning.data.collate import SlavaCollator
    from slava_lightning.data.datamodule import SkipReportCallback, SlavaDataModule
    from slava_lightning.data.images import ImageLoadError, ImageTransform, load_image
    from slava_lightning.data.iu_xray import IUXrayDataModule, load_iu_xray
    from slava_lightning.data.llava import LlavaDataModule, load_llava
    from slava_lightning.data.mimic_cxr import MimicCXRDataModule, load_mimic_cxr
    from slava_lightning.data.mixture import MixtureDataModule
    from slava_lightning.data.phantom_datamodule import PhantomDataModule, TaskMixturePhantoms
    from slava_lightning.data.phantoms import FindingSpec, make_phantom, write_phantom_dataset
    from slava_lightning.data.records import Sample
    from slava_lightning.data.reports import report_task_samples
    from slava_lightning.data.skips import Skip, SkipReport

_HOMES = {
    "FindingSpec": "slava_lightning.data.phantoms",
    "ImageLoadError": "slava_lightning.data.images",
    "ImageTransform": "slava_lightning.data.images",
    "IUXrayDataModule": "slava_lightning.data.iu_xray",
    "LlavaDataModule": "slava_lightning.data.llava",
    "load_image": "slava_lightning.data.images",
    "load_iu_xray": "slava_lightning.data.iu_xray",
    "load_llava": "slava_lightning.data.llava",
    "load_mimic_cxr": "slava_lightning.data.mimic_cxr",
    "make_phantom": "slava_lightning.data.phantoms",
    "MimicCXRDataModule": "slava_lightning.data.mimic_cxr",
    "MixtureDataModule": "slava_lightning.data.mixture",
    "PhantomDataModule": "slava_lightning.data.phantom_datamodule",
    "TaskMixturePhantoms": "slava_lightning.data.phantom_datamodule",
    "report_task_samples": "slava_lightning.data.reports",
    "Sample": "slava_lightning.data.records",
    "Skip": "slava_lightning.data.skips",
    "SkipReport": "slava_lightning.data.skips",
    "SkipReportCallback": "slava_lightning.data.datamodule",
    "SlavaCollator": "slava_lightning.data.collate",
    "SlavaDataModule": "slava_lightning.data.datamodule",
    "write_phantom_dataset": "slava_lightning.data.phantoms",
}

__all__ = [
    "FindingSpec",
    "IUXrayDataModule",
    "ImageLoadError",
    "ImageTransform",
    "LlavaDataModule",
    "MimicCXRDataModule",
    "MixtureDataModule",
    "PhantomDataModule",
    "TaskMixturePhantoms",
    "Sample",
    "Skip",
    "SkipReport",
    "SkipReportCallback",
    "SlavaCollator",
    "SlavaDataModule",
    "load_image",
    "load_iu_xray",
    "load_llava",
    "load_mimic_cxr",
    "make_phantom",
    "report_task_samples",
    "write_phantom_dataset",
]


__getattr__, __dir__ = lazy_exports(__name__, _HOMES)
