"""The RADEX restructuring prompt (paper, Appendix D, Listing 1) as chat messages.

The instruction asks the model to restructure a case into a radiology report with *Findings* and
*Impression*, changing as little as possible, adding nothing, and removing everything that cannot be
observed on the current image (demographics, history, comparisons with prior studies). The case
sections are given in the paper's tagged layout (``<Case Description> ... <Case Presentation> ...
<Case Discussion> ...``). An optional worked example (the paper's) shows the expected output form.
"""

from __future__ import annotations

from typing import TypedDict

from slava_lightning.synthesis.radex.schema import CaseRecord


class Message(TypedDict):
    """One chat message in the OpenAI layout."""

    role: str
    content: str


INSTRUCTION = (
    "You are an expert medical assistant AI capable of modifying clinical documents to user "
    "specifications. You make minimal changes to the original document to satisfy user requests. "
    "You never add information that is not already directly stated in the original document. "
    "Restructure the given text into a radiology report finding. Remove any information not "
    "directly observable from the current imaging study. For instance, remove any patient "
    "demographic data, past medical history, or comparison to prior images or studies."
)

OUTPUT_FORMAT = (
    "Answer with exactly two sections and nothing else:\n"
    "Findings: <what the image shows>\n"
    "Impression: <the conclusion>"
)

EXAMPLE_INPUT = (
    "<Case Description> Linear radiolucencies are noted along left mediastinal borders. No "
    "evidence of pneumothorax or pleural effusion. Lung fields appear clear. No concerning bony "
    "abnormality identified. <Case Presentation> Right sided pleuritic chest pain, shortness of "
    "breath, diminished breath sounds at right lower zone. <Case Discussion> This is a classical "
    "case of pneumomediastinum and its presentation. Asthma is the most common cause."
)
# The paper's example output also says "The cardiac silhouette is within normal limits.", which the
# input never states; it is left out here because it would teach the model to add findings.
EXAMPLE_OUTPUT = (
    "Findings: Chest X-ray demonstrates linear radiolucencies along the left mediastinal "
    "borders, suggestive of pneumomediastinum. The lung fields appear clear without evidence of "
    "pneumothorax or pleural effusion. No concerning bony abnormalities are identified.\n"
    "Impression: Pneumomediastinum present. No other acute cardiopulmonary abnormalities are "
    "identified."
)


def case_input(case: CaseRecord) -> str:
    """The case in the paper's tagged layout (empty sections are left out)."""
    parts = [f"<Case Description> {case.description}"]
    if case.presentation:
        parts.append(f"<Case Presentation> {case.presentation}")
    if case.discussion:
        parts.append(f"<Case Discussion> {case.discussion}")
    return " ".join(parts)


def build_messages(case: CaseRecord, with_example: bool = True) -> list[Message]:
    """Chat messages asking for the Findings/Impression report of ``case``.

    ``case`` must already be PHI-scrubbed: these messages are what a backend receives.
    """
    system = f"{INSTRUCTION}\n{OUTPUT_FORMAT}"
    messages: list[Message] = [{"role": "system", "content": system}]
    if with_example:
        messages.append({"role": "user", "content": EXAMPLE_INPUT})
        messages.append({"role": "assistant", "content": EXAMPLE_OUTPUT})
    messages.append({"role": "user", "content": case_input(case)})
    return messages
