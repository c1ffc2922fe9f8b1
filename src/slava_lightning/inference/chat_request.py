"""The OpenAI chat-completions request ``slava-serve`` reads, its limits, and its conversion to a study.

Everything here is checked before any heavy work: the prompt's size in bytes (a cheap sum over the
text parts) before tokenizing it, an image's encoded size and pixel count before decoding it.
Every refusal is an :class:`APIError` with its HTTP status, a message stating the limit, and a
``reason`` for the ``/metrics`` counters.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import io
import re
import uuid
from typing import Any, Literal

from PIL import Image
from pydantic import BaseModel, ConfigDict, Field

from slava_lightning.data.images import composite_on_black
from slava_lightning.decoding import RELEASED_DECODING, GenerationSettings, with_defaults
from slava_lightning.inference.serve_limits import ServeLimits
from slava_lightning.inference.studies import Study
from slava_lightning.prompts import IMAGE_TOKEN, Turn

_DATA_URL = re.compile(r"^data:(?P<mime>[\w.+/-]*)(?:;[\w=.+-]+)*;base64,(?P<data>.*)$", re.DOTALL)
_FORMATS = {"PNG", "JPEG"}


# ----------------------------------------------------------------------------- request schema
class ImageURL(BaseModel):
    """``image_url`` of a content part."""

    url: str
    detail: str | None = None


class ContentPart(BaseModel):
    """One part of a message: text or an image."""

    type: Literal["text", "image_url"]
    text: str | None = None
    image_url: ImageURL | None = None


class Message(BaseModel):
    """One chat message."""

    role: Literal["system", "user", "assistant"]
    content: str | list[ContentPart]


class ChatRequest(BaseModel):
    """The fields of an OpenAI chat-completions request that this server reads."""

    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[Message] = Field(min_length=1)
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int = 1
    stream: bool = False
    seed: int | None = None
    #: ``None``: the checkpoint's (3, the released evaluation's, for sources without a record).
    no_repeat_ngram_size: int | None = Field(default=None, ge=0, le=16)


class APIError(Exception):
    """An error answered as ``{"error": {...}}`` with ``status``.

    Args:
        status: the HTTP status.
        message: what is wrong, with the limit where one applies.
        param: the request field at fault.
        reason: a short label for the rejection counters (``prompt_bytes``, ``queue_full``...);
            default ``invalid_request`` below 500, ``server_error`` from 500.
        headers: extra response headers (``Retry-After``).
    """

    def __init__(
        self,
        status: int,
        message: str,
        param: str | None = None,
        reason: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.reason = reason or ("invalid_request" if status < 500 else "server_error")
        self.headers = headers


# ----------------------------------------------------------------------------- request -> study
def decode_image(url: str, limits: ServeLimits, where: str) -> Image.Image:
    """A PIL image from a base64 ``data:`` URL, enforcing the byte and pixel limits."""
    match = _DATA_URL.match(url)
    if match is None:
        raise APIError(
            400, f"{where}: only base64 data: URLs are accepted (data:image/png;base64,...)", where
        )
    payload = match["data"]
    too_big = f"{where}: image larger than {limits.max_image_bytes} bytes (--max-image-bytes)"
    if len(payload) * 3 // 4 > limits.max_image_bytes:
        raise APIError(413, too_big, where, "image_bytes")
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise APIError(400, f"{where}: invalid base64 data", where) from None
    if len(raw) > limits.max_image_bytes:
        raise APIError(413, too_big, where, "image_bytes")
    try:
        image = Image.open(io.BytesIO(raw))
        if image.format not in _FORMATS:
            raise APIError(
                400, f"{where}: image format {image.format} is not PNG or JPEG", where, "image"
            )
        if image.width * image.height > limits.max_image_pixels:
            raise APIError(
                413,
                f"{where}: image of {image.width}x{image.height} pixels exceeds "
                f"{limits.max_image_pixels} pixels (--max-image-pixels)",
                where,
                "image_pixels",
            )
        image.load()
        return composite_on_black(image)
    except APIError:
        raise
    except Exception as err:  # Pillow's decoders raise many types; all mean "bad image"
        raise APIError(400, f"{where}: cannot decode image ({err})", where, "image") from None


def _message_text(message: Message, index: int, limits: ServeLimits) -> tuple[str, list[Any]]:
    if isinstance(message.content, str):
        if IMAGE_TOKEN in message.content:
            raise APIError(400, f"messages[{index}]: text may not contain {IMAGE_TOKEN}")
        return message.content, []
    pieces: list[str] = []
    images: list[Any] = []
    for j, part in enumerate(message.content):
        where = f"messages[{index}].content[{j}]"
        if part.type == "text":
            if part.text is None:
                raise APIError(400, f"{where}: a text part needs 'text'", where)
            if IMAGE_TOKEN in part.text:
                raise APIError(400, f"{where}: text may not contain {IMAGE_TOKEN}", where)
            pieces.append(part.text)
        else:
            if message.role != "user":
                raise APIError(400, f"{where}: only user messages may hold images", where)
            if part.image_url is None:
                raise APIError(400, f"{where}: an image_url part needs 'image_url'", where)
            images.append(decode_image(part.image_url.url, limits, where))
            pieces.append(IMAGE_TOKEN + "\n")
    return "".join(pieces), images


def prompt_bytes(req: ChatRequest) -> int:
    """UTF-8 size of all message texts: what tokenizing would have to read."""
    total = 0
    for message in req.messages:
        if isinstance(message.content, str):
            total += len(message.content.encode())
        else:
            total += sum(len(p.text.encode()) for p in message.content if p.text is not None)
    return total


def check_prompt_bytes(req: ChatRequest, limits: ServeLimits) -> None:
    """413 when the messages' text is over ``max_prompt_bytes`` (before any tokenizing)."""
    size = prompt_bytes(req)
    if size > limits.max_prompt_bytes:
        raise APIError(
            413,
            f"prompt of {size} bytes exceeds the limit of {limits.max_prompt_bytes} bytes "
            "(--max-prompt-bytes)",
            "messages",
            "prompt_bytes",
        )


def check_prompt_tokens(n_tokens: int, limits: ServeLimits) -> None:
    """413 when the rendered prompt is over ``max_prompt_tokens``."""
    if n_tokens > limits.max_prompt_tokens:
        raise APIError(
            413,
            f"prompt of {n_tokens} tokens exceeds the limit of {limits.max_prompt_tokens} tokens "
            "(--max-prompt-tokens)",
            "messages",
            "prompt_tokens",
        )


def study_from_request(req: ChatRequest, limits: ServeLimits) -> Study:
    """Turns and images of a request (system messages are dropped: the template has its own)."""
    n_images = sum(
        1
        for m in req.messages
        if not isinstance(m.content, str)
        for p in m.content
        if p.type == "image_url"
    )
    if n_images > limits.max_images:
        raise APIError(
            413,
            f"{n_images} images in the request; at most {limits.max_images} (--max-images)",
            "messages",
            "images",
        )
    turns: list[Turn] = []
    images: list[Any] = []
    for i, message in enumerate(req.messages):
        if message.role == "system":
            continue
        text, found = _message_text(message, i, limits)
        expected = "user" if len(turns) % 2 == 0 else "assistant"
        if message.role != expected:
            raise APIError(400, f"messages[{i}]: expected a {expected} message (turns alternate)")
        turns.append(Turn(message.role, text))
        images.extend(found)
    if not turns or turns[-1].role != "user":
        raise APIError(400, "messages must end with a user message", "messages")
    return Study(id=uuid.uuid4().hex, images=images, turns=turns)


def settings_from_request(
    req: ChatRequest, limits: ServeLimits, defaults: GenerationSettings | None = None
) -> GenerationSettings:
    """The request's decoding fields put over ``defaults``, with ``max_tokens`` bounds enforced.

    Args:
        req: the request.
        limits: the server's limits (``max_tokens`` absent: ``default_max_tokens``).
        defaults: the checkpoint's decoding defaults (else the released evaluation's:
            :data:`~slava_lightning.decoding.RELEASED_DECODING`). Fields the request does not
            set (``no_repeat_ngram_size``, ``repetition_penalty``, beams, EOS ids, and sampling
            when ``temperature`` is absent) keep these values.

    ``temperature`` 0 means greedy, above 0 sampling at that temperature; ``top_p`` and ``seed``
    are taken as given.
    """
    if req.n != 1:
        raise APIError(400, "only n=1 is supported", "n")
    if req.stream:
        raise APIError(400, "streaming responses are not supported; send stream=false", "stream")
    given_tokens = [t for t in (req.max_completion_tokens, req.max_tokens) if t is not None]
    max_tokens = given_tokens[0] if given_tokens else limits.default_max_tokens
    if not 1 <= max_tokens <= limits.max_tokens:
        raise APIError(
            400,
            f"max_tokens must be in [1, {limits.max_tokens}], got {max_tokens}",
            "max_tokens",
            "max_tokens",
        )
    given: dict[str, Any] = {
        "max_new_tokens": max_tokens,
        "top_p": req.top_p,
        "no_repeat_ngram_size": req.no_repeat_ngram_size,
        "seed": req.seed,
    }
    if req.temperature is not None:
        sample = req.temperature > 0
        given["do_sample"] = sample
        given["temperature"] = req.temperature if sample else None
    settings = with_defaults(given, defaults or RELEASED_DECODING)
    if not settings.do_sample:  # unused when greedy: equal settings batch together
        settings = dataclasses.replace(settings, temperature=1.0, top_p=1.0, top_k=0)
    return settings
