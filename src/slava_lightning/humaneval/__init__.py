"""Human evaluation of generated reports (the paper's Figure 3): a blinded rating study served as
a local web page, and its unblinded analysis. See ``docs/human-evaluation.md``."""

from slava_lightning.humaneval.agreement import krippendorff_alpha, weighted_kappa
from slava_lightning.humaneval.analysis import Analysis, analyse_study, write_analysis
from slava_lightning.humaneval.answers import Answer, AnswerLog, latest_answers, read_answers
from slava_lightning.humaneval.server import check_host, make_server
from slava_lightning.humaneval.study import CRITERIA, SCALE, Study, build_study, load_study

__all__ = [
    "CRITERIA",
    "SCALE",
    "Analysis",
    "Answer",
    "AnswerLog",
    "Study",
    "analyse_study",
    "build_study",
    "check_host",
    "krippendorff_alpha",
    "latest_answers",
    "load_study",
    "make_server",
    "read_answers",
    "weighted_kappa",
    "write_analysis",
]
