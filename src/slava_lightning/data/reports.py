"""Report studies as task samples: generation (image -> Findings) and summarization (-> Impression).

Readers of report datasets return one study record per study (a ``report``-task :class:`Sample`
whose metadata holds ``findings`` and ``impression``); :func:`report_task_samples` expands them into
the tasks a stage trains or evaluates on, leaving out (and reporting) studies without the section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from slava_lightning.data.records import Sample
from slava_lightning.data.skips import Skip
from slava_lightning.prompts import GENERATION_PROMPT, IMAGE_TOKEN, SUMMARIZATION_PROMPT, Turn

REPORT_TASKS = ("report", "summary")


def study_sample(
    study_id: str, images: list[str], findings: str, impression: str, metadata: dict[str, object]
) -> Sample:
    """The study record: the released generation prompt, answered by the Findings when present."""
    turns = [Turn("user", (IMAGE_TOKEN + "\n") * len(images) + GENERATION_PROMPT)]
    if findings:
        turns.append(Turn("assistant", findings))
    meta = {**metadata, "findings": findings, "impression": impression}
    return Sample(study_id, images, turns, "report", meta)


def report_task_samples(
    studies: Sequence[Sample],
    tasks: Sequence[str] = REPORT_TASKS,
    generation_prompt: str = GENERATION_PROMPT,
    summarization_prompt: str = SUMMARIZATION_PROMPT,
    on_skip: Callable[[Skip], None] | None = None,
) -> list[Sample]:
    """Expand study records into ``report`` and/or ``summary`` samples.

    Args:
        studies: records with ``findings``/``impression`` in their metadata.
        tasks: ``report`` (image -> Findings) and/or ``summary`` (image + Findings -> Impression).
        generation_prompt: user instruction of ``report`` (default: the released one).
        summarization_prompt: user instruction of ``summary``, with a ``{findings}`` field.
        on_skip: told about each study left out of a task for an empty section.
    """
    bad = [t for t in tasks if t not in REPORT_TASKS]
    if bad:
        raise ValueError(f"tasks must be within {REPORT_TASKS}, got {list(tasks)}")
    if "{findings}" not in summarization_prompt:
        raise ValueError("summarization_prompt must contain a {findings} field")
    out = []
    for st in studies:
        findings = str(st.metadata.get("findings") or "").strip()
        impression = str(st.metadata.get("impression") or "").strip()
        source = str(st.metadata.get("report_file", ""))
        images = (IMAGE_TOKEN + "\n") * len(st.images)
        for task in tasks:
            if not findings or (task == "summary" and not impression):
                missing = "findings" if not findings else "impression"
                if on_skip is not None:
                    on_skip(Skip(f"{st.id}/{task}", source, missing, "empty section"))
                continue
            if task == "report":
                question, answer = generation_prompt, findings
            else:
                question, answer = summarization_prompt.format(findings=findings), impression
            turns = [Turn("user", images + question), Turn("assistant", answer)]
            out.append(Sample(f"{st.id}/{task}", list(st.images), turns, task, dict(st.metadata)))
    return out
