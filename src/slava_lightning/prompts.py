"""Chat templates, the image token, and tokenization with assistant-only supervision.

A conversation is rendered as a list of *segments* ``(text, supervised)``. Each segment is tokenized
on its own and the ids are concatenated, so the prompt that generation sees is, token for token, the
prefix that training saw (whole-string tokenization could merge tokens across a turn boundary).

The released SLaVA-CXR template is ``phi_v0`` (LLaVA ``SeparatorStyle.TWO``)::

    {system} USER: <image>\\n{question} ASSISTANT: {answer}<|endoftext|>

Only the assistant answers and their end-of-turn token are supervised; everything else gets label
``IGNORE_INDEX``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

IMAGE_TOKEN = "<image>"
IGNORE_INDEX = -100

#: Prompts of the released evaluation scripts (``reference/slava-cxr-release.md``).
GENERATION_PROMPT = "Write a findings report of this image:"
SUMMARIZATION_PROMPT = (
    "Write a impression summary of this image and the findings report. "
    "\n##Findings: {findings} \n##Impression:"
)

Role = Literal["user", "assistant"]


@dataclass(frozen=True)
class Turn:
    """One message of a conversation."""

    role: Role
    text: str

    def __post_init__(self) -> None:
        if self.role not in ("user", "assistant"):
            raise ValueError(f"Turn.role must be 'user' or 'assistant', got {self.role!r}")


@dataclass(frozen=True)
class ChatTemplate:
    """How turns are laid out as text.

    Args:
        name: registry name.
        system: system message, rendered first (empty for none).
        system_sep: text after the system message.
        user_role: prefix of user turns (``"USER"``); empty for the plain template.
        assistant_role: prefix of assistant turns (``"ASSISTANT"``).
        user_sep: text after each user turn.
        assistant_sep: text after each assistant answer; ``None`` means the tokenizer's EOS token.
        role_sep: between a role name and its message.
        bos: start the ids with the tokenizer's BOS token (Llama / Mistral baselines, whose LLaVA
            code tokenizes with special tokens).
        user_prefix: text before each user turn (``"[INST] "`` in the Llama-2 style).
        system_in_first_user: render the system message inside the first user turn, after
            ``user_prefix`` (Llama-2's ``[INST] <<SYS>>...<</SYS>>``), not before it.
        answer_lead: text before each assistant answer; ``None`` means one space when there is
            an assistant role, else nothing.
        join_prompt: tokenize a generation prompt as one string, as LLaVA's evaluation does for
            the baselines' templates (training conversations stay per segment).
    """

    name: str
    system: str = ""
    system_sep: str = " "
    user_role: str = "USER"
    assistant_role: str = "ASSISTANT"
    user_sep: str = " "
    assistant_sep: str | None = None
    role_sep: str = ": "
    bos: bool = False
    user_prefix: str = ""
    system_in_first_user: bool = False
    answer_lead: str | None = None
    join_prompt: bool = False

    def segments(self, turns: Sequence[Turn], eos_token: str) -> list[tuple[str, bool]]:
        """Render ``turns`` as ``(text, supervised)`` segments.

        If the last turn is a user turn, the result ends with the assistant's role prefix, ready for
        generation.
        """
        if not turns:
            raise ValueError("a conversation needs at least one turn")
        if turns[0].role != "user":
            raise ValueError(f"a conversation must start with a user turn, got {turns[0].role!r}")
        end = eos_token if self.assistant_sep is None else self.assistant_sep
        out: list[tuple[str, bool]] = []
        system = self.system + self.system_sep if self.system else ""
        if system and not self.system_in_first_user:
            out.append((system, False))
        lead = (
            self.answer_lead
            if self.answer_lead is not None
            else (" " if self.assistant_role else "")
        )
        for i, turn in enumerate(turns):
            expected = "user" if i % 2 == 0 else "assistant"
            if turn.role != expected:
                raise ValueError(f"turn {i} should be a {expected} turn, got {turn.role!r}")
            if turn.role == "user":
                prefix = f"{self.user_role}{self.role_sep}" if self.user_role else ""
                inner = system if (i == 0 and self.system_in_first_user) else ""
                out.append((self.user_prefix + inner + prefix + turn.text + self.user_sep, False))
                if self.assistant_role:
                    out.append((f"{self.assistant_role}{self.role_sep.rstrip()}", False))
            else:
                out.append((lead + turn.text + end, True))
        return out


TEMPLATES: dict[str, ChatTemplate] = {
    "phi_v0": ChatTemplate(
        name="phi_v0",
        system=(
            "A chat between a curious user and an artificial intelligence assistant. "
            "The assistant gives helpful, detailed, and polite answers to the user's questions."
        ),
        assistant_sep="<|endoftext|>",
    ),
    # LLaVA's pre-training layout: the image (and any text) then the caption, no roles.
    "plain": ChatTemplate(
        name="plain", system="", user_role="", assistant_role="", user_sep="\n", role_sep=""
    ),
    # The baselines' own layouts, as LLaVA's conversation templates render them (facts of the
    # format, not code): LLaVA v0 (``llava_v0``, SeparatorStyle.SINGLE with "###"),
    # LLaVA-1.5 / Vicuna v1 (``vicuna_v1``, SeparatorStyle.TWO), ``llava_llama_2`` and
    # ``mistral_instruct`` (SeparatorStyle.LLAMA_2; LLaVA-Med v1.5 uses the latter). Evaluation
    # prompts are single-turn; in later turns LLaVA puts ``<s>`` before llava_llama_2's ``[INST]``,
    # which these render without.
    "llava_v0": ChatTemplate(
        name="llava_v0",
        system=(
            "A chat between a curious human and an artificial intelligence assistant. "
            "The assistant gives helpful, detailed, and polite answers to the human's questions."
        ),
        system_sep="###",
        user_role="Human",
        assistant_role="Assistant",
        user_sep="###",
        assistant_sep="###",
        bos=True,
        join_prompt=True,
    ),
    "vicuna_v1": ChatTemplate(
        name="vicuna_v1",
        system=(
            "A chat between a curious user and an artificial intelligence assistant. "
            "The assistant gives helpful, detailed, and polite answers to the user's questions."
        ),
        bos=True,
        join_prompt=True,
    ),
    "llava_llama_2": ChatTemplate(
        name="llava_llama_2",
        system=(
            "<<SYS>>\nYou are a helpful language and vision assistant. You are able to understand "
            "the visual content that the user provides, and assist the user with a variety of "
            "tasks using natural language.\n<</SYS>>\n\n"
        ),
        system_sep="",
        user_role="",
        assistant_role="",
        role_sep="",
        user_prefix="[INST] ",
        user_sep=" [/INST]",
        answer_lead=" ",
        assistant_sep=" </s>",
        system_in_first_user=True,
        bos=True,
        join_prompt=True,
    ),
    "mistral_instruct": ChatTemplate(
        name="mistral_instruct",
        system="",
        user_role="",
        assistant_role="",
        role_sep="",
        user_prefix="[INST] ",
        user_sep=" [/INST]",
        answer_lead=" ",
        assistant_sep=" </s>",
        bos=True,
        join_prompt=True,
    ),
    # LLaVA-Phi's ``phi-2_v0`` is the released SLaVA-CXR template: use ``phi_v0``.
    # The tokenizer's own ``chat_template`` (Jinja), rendered by transformers.
    "tokenizer": ChatTemplate(name="tokenizer"),
}
#: Name of the template that renders with the tokenizer's own chat template.
TOKENIZER_TEMPLATE = "tokenizer"


def get_template(name: str) -> ChatTemplate:
    """Look up a chat template by name."""
    try:
        return TEMPLATES[name]
    except KeyError:
        raise ValueError(f"unknown chat template {name!r}; known: {sorted(TEMPLATES)}") from None


class TokenizerLike(Protocol):
    """The subset of a transformers tokenizer used here."""

    eos_token: str | None

    def __call__(self, text: str, add_special_tokens: bool = ...) -> object: ...

    def convert_tokens_to_ids(self, tokens: str) -> int: ...


@dataclass
class TokenizedConversation:
    """Token ids and labels of one conversation (``labels`` is ``IGNORE_INDEX`` where unsupervised)."""

    input_ids: list[int]
    labels: list[int] = field(default_factory=list)


def _encode(tokenizer: TokenizerLike, text: str) -> list[int]:
    encoded: Any = tokenizer(text, add_special_tokens=False)
    ids = encoded["input_ids"] if hasattr(encoded, "keys") else encoded
    return [int(i) for i in ids]


def image_token_id(tokenizer: TokenizerLike) -> int:
    """Id of ``IMAGE_TOKEN`` in ``tokenizer``; raises if the token was never added."""
    tid = tokenizer.convert_tokens_to_ids(IMAGE_TOKEN)
    unk = getattr(tokenizer, "unk_token_id", None)
    if tid is None or (unk is not None and tid == unk):
        raise ValueError(
            f"the tokenizer has no {IMAGE_TOKEN!r} token; add it with "
            "slava_lightning.components.language.add_image_token(tokenizer)"
        )
    return int(tid)


def tokenize_conversation(
    tokenizer: TokenizerLike,
    turns: Sequence[Turn],
    template: ChatTemplate | str = "phi_v0",
    max_length: int | None = None,
) -> TokenizedConversation:
    """Tokenize ``turns`` with ``template``; only assistant segments are supervised.

    Truncation to ``max_length`` cuts from the end and never removes an ``<image>`` token: if it would,
    a ``ValueError`` is raised so the caller can skip the sample and say why.
    """
    tpl = get_template(template) if isinstance(template, str) else template
    eos = tokenizer.eos_token or ""
    ids: list[int] = []
    labels: list[int] = []
    bos = getattr(tokenizer, "bos_token_id", None)
    if tpl.bos and bos is not None:
        ids.append(int(bos))
        labels.append(IGNORE_INDEX)
    if tpl.name == TOKENIZER_TEMPLATE:
        segments = chat_template_segments(tokenizer, turns)
    else:
        segments = tpl.segments(turns, eos)
    for text, supervised in segments:
        seg = _encode(tokenizer, text)
        ids.extend(seg)
        labels.extend(seg if supervised else [IGNORE_INDEX] * len(seg))
    if max_length is not None and len(ids) > max_length:
        img = image_token_id(tokenizer)
        if img in ids[max_length:]:
            raise ValueError(
                f"truncating to max_length={max_length} would cut an {IMAGE_TOKEN} token "
                f"(conversation has {len(ids)} tokens); raise max_length or shorten the prompt"
            )
        ids, labels = ids[:max_length], labels[:max_length]
    return TokenizedConversation(ids, labels)


def chat_template_segments(tokenizer: Any, turns: Sequence[Turn]) -> list[tuple[str, bool]]:
    """``turns`` rendered by the tokenizer's own ``chat_template``, one segment per turn.

    Each turn's segment is what rendering it adds to the conversation so far (a user turn with
    the generation prompt), so assistant answers can be supervised and a prompt is a prefix of
    the conversation it starts.

    Raises:
        ValueError: the tokenizer has no chat template, or renders a shorter conversation as
            something other than a prefix of a longer one.
    """
    if not getattr(tokenizer, "chat_template", None):
        raise ValueError(
            "template 'tokenizer' needs a tokenizer with a chat_template; this one has none "
            f"(use a named template: {sorted(n for n in TEMPLATES if n != TOKENIZER_TEMPLATE)})"
        )
    messages: list[dict[str, str]] = []
    out: list[tuple[str, bool]] = []
    before = ""
    for turn in turns:
        messages.append({"role": turn.role, "content": turn.text})
        text = tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=turn.role == "user"
        )
        if not text.startswith(before):
            raise ValueError(
                "the tokenizer's chat_template does not render a conversation as a prefix of its "
                "continuation; use a named template"
            )
        out.append((text[len(before) :], turn.role == "assistant"))
        before = text
    return out


def tokenize_prompt(
    tokenizer: TokenizerLike, turns: Sequence[Turn], template: ChatTemplate | str = "phi_v0"
) -> list[int]:
    """Token ids of a generation prompt (``turns`` must end with a user turn)."""
    if not turns or turns[-1].role != "user":
        raise ValueError("a generation prompt must end with a user turn")
    tpl = get_template(template) if isinstance(template, str) else template
    if not tpl.join_prompt:
        return tokenize_conversation(tokenizer, turns, tpl).input_ids
    bos = getattr(tokenizer, "bos_token_id", None)
    head = [int(bos)] if tpl.bos and bos is not None else []
    text = "".join(t for t, _ in tpl.segments(turns, tokenizer.eos_token or ""))
    return head + _encode(tokenizer, text)


def report_turns(task: str, findings: str | None = None, n_images: int = 1) -> list[Turn]:
    """User turn of the released evaluation prompts: ``generate`` (Findings) or ``summarize``."""
    images = (IMAGE_TOKEN + "\n") * n_images
    if task == "generate":
        return [Turn("user", images + GENERATION_PROMPT)]
    if task == "summarize":
        if not findings:
            raise ValueError("the summarize task needs the Findings text")
        return [Turn("user", images + SUMMARIZATION_PROMPT.format(findings=findings))]
    raise ValueError(f"unknown task {task!r}; expected 'generate' or 'summarize'")
