"""Records, readers, the image pipeline, collation and synthetic phantoms."""

from slava_lightning.data.collate import SlavaCollator
from slava_lightning.data.datamodule import SkipReportCallback, SlavaDataModule
from slava_lightning.data.images import ImageLoadError, ImageTransform, load_image
from slava_lightning.data.iu_xray import IUXrayDataModule, load_iu_xray
from slava_lightning.data.llava import LlavaDataModule, load_llava
from slava_lightning.data.mimic_cxr import MimicCXRDataModule, load_mimic_cxr
from slava_lightning.data.mixture import MixtureDataModule
from slava_lightning.data.phantom_datamodule import PhantomDataModule
from slava_lightning.data.phantoms import FindingSpec, make_phantom, write_phantom_dataset
from slava_lightning.data.records import Sample
from slava_lightning.data.reports import report_task_samples
from slava_lightning.data.skips import Skip, SkipReport

__all__ = [
    "FindingSpec",
    "IUXrayDataModule",
    "ImageLoadError",
    "ImageTransform",
    "LlavaDataModule",
    "MimicCXRDataModule",
    "MixtureDataModule",
    "PhantomDataModule",
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
