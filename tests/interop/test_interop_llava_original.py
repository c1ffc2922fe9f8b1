"""The LLaVA repository's llava_mistral / llava_llama layouts against transformers parts, prompted
with their own templates, through load_source and slava-eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from llava_fixtures import PATCHES
from llava_original_fixtures import LlavaOriginalReference

from slava_lightning.inference.engine import ImagePreparer, ReportGenerator, Study
from slava_lightning.inference.loading import load_source
from slava_lightning.interop.llava_original import load_llava_original

QUESTION = "<image>\nWrite a findings report of this image:"
#: What LLaVA's mistral_instruct conversation renders for the generation prompt (BOS added by ids).
MISTRAL_PROMPT = f"[INST] {QUESTION} [/INST]"
VICUNA_PROMPT = (
    "A chat between a curious user and an artificial intelligence assistant. The assistant gives "
    f"helpful, detailed, and polite answers to the user's questions. USER: {QUESTION} ASSISTANT:"
)


@pytest.fixture(scope="module")
def mistral(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, LlavaOriginalReference]:
    ref = LlavaOriginalReference("mistral")
    return ref.write(tmp_path_factory.mktemp("llava") / "llava-med-tiny", tower_inside=True), ref


def _our_logits(model, prompt_ids: list[int], pixels: torch.Tensor) -> torch.Tensor:
    ids = torch.tensor([prompt_ids])
    with torch.no_grad():
        return model(ids, torch.ones_like(ids), pixels).logits


@pytest.mark.parametrize(("text", "inside", "prompt"), [("mistral", True, MISTRAL_PROMPT),
                         ("mistral", False, MISTRAL_PROMPT), ("llama", True, VICUNA_PROMPT)])  # fmt: skip
def test_loads_with_its_own_template_and_the_reference_logits(
    tmp_path: Path, text: str, inside: bool, prompt: str
) -> None:
    ref = LlavaOriginalReference(text)
    folder = ref.write(tmp_path / f"llava-{text}", tower_inside=inside)
    loaded = load_source(checkpoint=folder)
    assert loaded.template == ("mistral_instruct" if text == "mistral" else "vicuna_v1")
    assert loaded.pad_to_square  # image_aspect_ratio: pad
    gen = ReportGenerator(loaded.model, template=loaded.template)
    ids = gen.prompt_ids(Study("s", [object()]))  # type: ignore[list-item]
    head, tail = ref.prompt_ids(prompt)
    image = loaded.model.image_token_id
    assert ids == head + [image] + tail  # BOS, then the layout's own conversation template
    pixels = torch.randn(1, 3, 32, 32, generator=torch.Generator().manual_seed(1))
    ours = _our_logits(loaded.model, ids, pixels)
    assert ours.shape[1] == len(ids) - 1 + PATCHES
    torch.testing.assert_close(ours, ref.logits(prompt, pixels), atol=1e-5, rtol=0)


def test_slava_eval_scores_the_mistral_baseline_with_its_template(
    mistral: tuple[Path, LlavaOriginalReference], tmp_path: Path
) -> None:
    from slava_lightning.evaluation.evaluate import main

    folder, ref = mistral
    out = tmp_path / "eval"
    code = main(["--checkpoint", str(folder), "--dataset", "phantoms", "--phantoms-n", "20",
                 "--phantoms-size", "32", "--phantoms-dir", str(tmp_path / "ph"), "--split", "test",
                 "--tasks", "generation", "--metrics", "rougeL_coco", "bleu", "--limit", "2",
                 "--max-new-tokens", "6", "--no-repeat-ngram-size", "0", "--no-wandb",
                 "--output-dir", str(out)])  # fmt: skip
    assert code == 0
    rows = [json.loads(x) for x in (out / "generation.jsonl").read_text().splitlines()]
    assert len(rows) == 2
    prep = ImagePreparer(load_llava_original(folder).vision_encoder.processing, pad_to_square=True)
    for row in rows:
        pixels = prep(row["metadata"]["images"][0]).unsqueeze(0)
        want = ref.tokenizer.decode(ref.greedy(MISTRAL_PROMPT, pixels, 6), skip_special_tokens=True)
        assert row["text"] == want.strip()
    assert any(row["text"] for row in rows)  # the comparison covered generated tokens
    scores = json.loads((out / "scores.json").read_text())
    assert "rougeL_coco" in scores["tasks"]["generation"]["corpus"]


def test_an_external_tower_must_be_a_local_folder(
    mistral: tuple[Path, LlavaOriginalReference], tmp_path: Path
) -> None:
    folder, _ = mistral
    cfg = json.loads((folder / "config.json").read_text())
    broken = tmp_path / "b"
    broken.mkdir()
    for f in folder.iterdir():
        (broken / f.name).symlink_to(f)
    (broken / "config.json").unlink()
    (broken / "config.json").write_text(
        json.dumps({**cfg, "mm_vision_tower": "openai/clip-vit-large-patch14-336"})
    )
    with pytest.raises(ValueError, match=r"mm_vision_tower='openai/clip-vit-large-patch14-336' is "
                                         r"not a local folder"):  # fmt: skip
        load_source(checkpoint=broken)
    (broken / "config.json").write_text(json.dumps({**cfg, "image_aspect_ratio": "anyres"}))
    with pytest.raises(ValueError, match=r"image_aspect_ratio='anyres' is not supported"):
        load_source(checkpoint=broken)
