"""slava-serve on loopback: concurrent answers equal direct generation, batches form, 4xx on bad input."""

from __future__ import annotations

import asyncio
import base64
import io
from collections.abc import Iterator

import httpx
import pytest
from PIL import Image

from slava_lightning.generation import GenerationSettings
from slava_lightning.inference.engine import Study
from slava_lightning.inference.serve import ServeLimits, build_parser, create_app
from slava_lightning.prompts import Turn

from .helpers import png_bytes, png_image, serve_in_thread

LIMITS = ServeLimits(
    max_images=2, max_image_bytes=20_000, max_image_pixels=200 * 200, max_request_bytes=300_000,
    max_tokens=16, default_max_tokens=8,
)  # fmt: skip


def _data_url(raw: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64," + base64.b64encode(raw).decode()


def _request(images: list[bytes], text: str = "Write a findings report of this image:", **kw):
    parts = [{"type": "image_url", "image_url": {"url": _data_url(b)}} for b in images]
    return {
        "model": "tiny",
        "messages": [{"role": "user", "content": [*parts, {"type": "text", "text": text}]}],
        "max_tokens": 6,
        **kw,
    }


@pytest.fixture(scope="module")
def server(generator) -> Iterator[str]:
    """The app on a free loopback port, served by uvicorn in a thread."""
    with serve_in_thread(create_app(generator, LIMITS, max_batch_size=8, max_wait_ms=300)) as url:
        yield url


def test_concurrent_requests_are_batched_and_equal_direct_generation(server, generator):
    seeds = [[1], [2, 3], [4], [5], [6, 7]]

    async def send_all():
        async with httpx.AsyncClient(base_url=server, timeout=60) as client:
            return await asyncio.gather(
                *(
                    client.post("/v1/chat/completions", json=_request([png_bytes(s) for s in ss]))
                    for ss in seeds
                )  # fmt: skip
            )

    before = httpx.get(f"{server}/health").json()["batching"]
    responses = asyncio.run(send_all())
    settings = GenerationSettings(max_new_tokens=6, no_repeat_ngram_size=3)
    for ss, resp in zip(seeds, responses, strict=True):
        assert resp.status_code == 200, resp.text
        body = resp.json()
        direct = generator.generate([Study("d", [png_image(s) for s in ss])], settings)[0]
        assert body["choices"][0]["message"] == {"role": "assistant", "content": direct.text}
        assert body["object"] == "chat.completion"
        assert body["usage"]["prompt_tokens"] == direct.prompt_tokens
        assert body["usage"]["completion_tokens"] == direct.completion_tokens
    after = httpx.get(f"{server}/health").json()["batching"]
    assert after["requests"] - before["requests"] == len(seeds)
    assert after["largest_batch"] > 1
    assert after["batches"] - before["batches"] < len(seeds)


def test_multi_turn_and_system_messages(server, generator):
    req = _request([png_bytes(1)], max_tokens=4)
    req["messages"] = [
        {"role": "system", "content": "ignored: the template has its own system prompt"},
        *req["messages"],
        {"role": "assistant", "content": "The lungs are clear."},
        {"role": "user", "content": "Any effusion?"},
    ]
    resp = httpx.post(f"{server}/v1/chat/completions", json=req, timeout=60)
    assert resp.status_code == 200, resp.text
    turns = [
        Turn("user", "<image>\nWrite a findings report of this image:"),
        Turn("assistant", "The lungs are clear."),
        Turn("user", "Any effusion?"),
    ]
    settings = GenerationSettings(max_new_tokens=4, no_repeat_ngram_size=3)
    direct = generator.generate([Study("d", [png_image(1)], turns=turns)], settings)[0]
    assert resp.json()["choices"][0]["message"]["content"] == direct.text


def _blank_png(side: int) -> bytes:
    """A large but highly compressible image: small in bytes, many pixels."""
    buf = io.BytesIO()
    Image.new("L", (side, side)).save(buf, "PNG")
    return buf.getvalue()


def _clear_png() -> bytes:
    """Every pixel white and fully transparent: no image to read."""
    buf = io.BytesIO()
    Image.new("RGBA", (32, 32), (255, 255, 255, 0)).save(buf, "PNG")
    return buf.getvalue()


BAD = [
    ("malformed json", b"{not json", 400),
    ("no messages", {"messages": []}, 422),
    ("wrong role", {"messages": [{"role": "tool", "content": "x"}]}, 422),
    ("too many images", _request([png_bytes(1)] * 3), 413),
    ("too many pixels", _request([_blank_png(250)]), 413),
    ("too many bytes", _request([png_bytes(1, size=(199, 199), mode="RGB")]), 413),
    ("undecodable", _request([b"\x89PNG not really an image"]), 400),
    ("fully transparent", _request([_clear_png()]), 400),
    ("bad base64", {"messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,@@@"}}]}]}, 400),
    ("remote url", {"messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "http://example.com/x.png"}}]}]}, 400),
    ("max_tokens 0", _request([png_bytes(1)], max_tokens=0), 400),
    ("max_tokens too big", _request([png_bytes(1)], max_tokens=17), 400),
    ("ends with assistant", {"messages": [{"role": "user", "content": "a"},
                                          {"role": "assistant", "content": "b"}]}, 400),
    ("image token in text", {"messages": [{"role": "user", "content": "<image> hi"}]}, 400),
    ("stream", _request([png_bytes(1)], stream=True), 400),
    ("temperature", _request([png_bytes(1)], temperature=5), 422),
]  # fmt: skip


@pytest.mark.parametrize(("name", "payload", "status"), BAD, ids=[b[0] for b in BAD])
def test_bad_requests_get_4xx_and_the_server_stays_up(server, name, payload, status):
    if isinstance(payload, bytes):
        resp = httpx.post(
            f"{server}/v1/chat/completions", content=payload,
            headers={"content-type": "application/json"},
        )  # fmt: skip
    else:
        resp = httpx.post(f"{server}/v1/chat/completions", json=payload, timeout=60)
    assert resp.status_code == status, resp.text
    assert resp.json()["error"]["message"]
    assert httpx.get(f"{server}/health").status_code == 200


def test_oversized_body_is_413_before_parsing(server):
    body = b'{"messages": "' + b"x" * (LIMITS.max_request_bytes + 1) + b'"}'
    resp = httpx.post(
        f"{server}/v1/chat/completions", content=body, headers={"content-type": "application/json"}
    )
    assert resp.status_code == 413


def test_health_and_models(server):
    health = httpx.get(f"{server}/health").json()
    assert health["status"] == "ok" and health["model"] == "tiny-test"
    assert health["limits"]["max_images"] == 2
    models = httpx.get(f"{server}/v1/models").json()
    assert [m["id"] for m in models["data"]] == ["tiny-test"]


def test_binds_loopback_by_default():
    args = build_parser().parse_args(["--preset", "tiny"])
    assert args.host == "127.0.0.1"


def test_ill_limits():
    with pytest.raises(ValueError, match="max_images"):
        ServeLimits(max_images=0)
    with pytest.raises(ValueError, match="default_max_tokens"):
        ServeLimits(max_tokens=4, default_max_tokens=8)


def test_limit_flags_and_ill_time_limits():
    args = build_parser().parse_args(
        ["--preset", "tiny", "--max-prompt-bytes", "100", "--request-timeout-s", "2.5"]
    )
    assert args.max_prompt_bytes == 100 and args.request_timeout_s == 2.5
    assert args.max_queue == ServeLimits().max_queue
    assert "UTF-8 size of all message texts" in build_parser().format_help()
    for bad in ({"request_timeout_s": 0.0}, {"max_queue": 0}, {"max_prompt_tokens": 0}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            ServeLimits(**bad)


# ----------------------------------------------------------------------------- decoding defaults
CHECKPOINT_DECODING = GenerationSettings(
    max_new_tokens=5, no_repeat_ngram_size=0, repetition_penalty=1.5, top_k=7
)


def _chat(**fields):
    from slava_lightning.inference.chat_request import ChatRequest

    return ChatRequest(messages=[{"role": "user", "content": "hi"}], **fields)


def test_request_fields_go_over_the_checkpoint_decoding_defaults():
    from slava_lightning.decoding import RELEASED_DECODING
    from slava_lightning.inference.chat_request import settings_from_request

    # Unset fields keep the checkpoint's (n-gram blocking off, its penalty); the length is the
    # server's --default-max-tokens.
    got = settings_from_request(_chat(), LIMITS, CHECKPOINT_DECODING)
    assert got == GenerationSettings(max_new_tokens=8, no_repeat_ngram_size=0,
                                     repetition_penalty=1.5)  # fmt: skip
    sampled = settings_from_request(
        _chat(temperature=0.7, top_p=0.9, seed=4, max_tokens=3), LIMITS, CHECKPOINT_DECODING
    )
    assert sampled == GenerationSettings(
        max_new_tokens=3, do_sample=True, temperature=0.7, top_p=0.9, top_k=7,
        no_repeat_ngram_size=0, repetition_penalty=1.5, seed=4,
    )  # fmt: skip
    sampling_default = GenerationSettings(do_sample=True, temperature=0.5)
    assert settings_from_request(_chat(), LIMITS, sampling_default).do_sample
    assert not settings_from_request(_chat(temperature=0), LIMITS, sampling_default).do_sample
    released = settings_from_request(_chat(), LIMITS)  # a source without a record
    assert released == GenerationSettings(max_new_tokens=8, no_repeat_ngram_size=3)
    assert released.no_repeat_ngram_size == RELEASED_DECODING.no_repeat_ngram_size
    blocked = settings_from_request(_chat(no_repeat_ngram_size=2), LIMITS, CHECKPOINT_DECODING)
    assert blocked.no_repeat_ngram_size == 2


def test_the_server_decodes_with_the_checkpoint_defaults(generator):
    seen: list[GenerationSettings] = []

    class Recording:
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def generate(self, studies, settings, **kwargs):
            seen.append(settings)
            return self.inner.generate(studies, settings, **kwargs)

    app = create_app(Recording(generator), LIMITS, max_wait_ms=1, decoding=CHECKPOINT_DECODING)
    with serve_in_thread(app) as url:
        resp = httpx.post(f"{url}/v1/chat/completions", json=_request([png_bytes(3)]), timeout=60)
    assert resp.status_code == 200, resp.text
    expected = GenerationSettings(max_new_tokens=6, no_repeat_ngram_size=0, repetition_penalty=1.5)
    assert seen == [expected]
    direct = generator.generate([Study("d", [png_image(3)])], expected)[0]
    assert resp.json()["choices"][0]["message"]["content"] == direct.text
