"""ReportGenerator: equals direct model.generate, batch-invariant, streams, validates studies."""

from __future__ import annotations

import pytest
import torch

from slava_lightning.data.images import ImageTransform
from slava_lightning.generation import GenerationSettings
from slava_lightning.inference.engine import ReportGenerator, Study
from slava_lightning.prompts import Turn, report_turns, tokenize_prompt

from .helpers import png_image

GREEDY = GenerationSettings(max_new_tokens=8, no_repeat_ngram_size=3, eos_token_id=-1)


def _direct(generator: ReportGenerator, images, turns) -> list[int]:
    """Reference: tokenize and transform by hand, call SlavaModel.generate on a batch of one."""
    model = generator.model
    ids = torch.tensor([tokenize_prompt(model.tokenizer, turns, "phi_v0")])
    transform = ImageTransform(model.vision_encoder.processing, pad_to_square=True)
    pixels = torch.stack([transform(im) for im in images])
    out = model.generate(
        ids, torch.ones_like(ids), pixels, max_new_tokens=8, no_repeat_ngram_size=3,
        eos_token_id=-1,
    )  # fmt: skip
    return out[0].tolist()


def test_report_equals_direct_generation(generator):
    images = [png_image(1), png_image(2)]
    report = generator.generate([Study("s", images)], GREEDY)[0]
    expected = _direct(generator, images, report_turns("generate", n_images=2))
    assert report.text == generator.tokenizer.decode(expected, skip_special_tokens=True).strip()
    assert report.completion_tokens == 8 and report.finish_reason == "length"
    assert report.prompt == "Write a findings report of this image:"
    assert report.prompt_tokens == len(tokenize_prompt(generator.tokenizer, report_turns(
        "generate", n_images=2)))  # fmt: skip


def test_batched_equals_one_at_a_time(generator):
    studies = [
        Study("a", [png_image(3)]),
        Study("b", [png_image(4), png_image(5)], task="summarize", findings="No effusion."),
        Study("c", [png_image(6)], task="summarize", findings="Heart size is normal. " * 3),
        Study("d", []  , turns=[Turn("user", "Describe a normal chest film.")]),
    ]  # fmt: skip
    together = generator.generate(studies, GREEDY)
    assert [r.study.id for r in together] == ["a", "b", "c", "d"]
    for study, report in zip(studies, together, strict=True):
        alone = generator.generate([study], GREEDY)[0]
        assert report.text == alone.text


def test_stop_at_eos_reports_stop(generator):
    study = Study("s", [png_image(7)])
    first_id = _direct(generator, study.images, report_turns("generate"))[0]
    stopped = generator.generate(
        [study], GenerationSettings(max_new_tokens=8, no_repeat_ngram_size=3, eos_token_id=first_id)
    )[0]
    assert stopped.finish_reason == "stop"
    assert stopped.text == "" and stopped.completion_tokens == 1


def test_streamed_pieces_join_to_the_report(generator):
    study = Study("s", [png_image(8)])
    pieces: list[str] = []
    report = generator.generate([study], GREEDY, streamer=pieces.append)[0]
    assert len(pieces) > 1
    assert "".join(pieces).strip() == report.text


def test_streaming_needs_one_study(generator):
    with pytest.raises(ValueError, match="exactly one study"):
        generator.generate([Study("a", [png_image(1)])] * 2, GREEDY, streamer=print)


@pytest.mark.parametrize(
    ("study", "match"),
    [
        (Study("x", [png_image(1)], task="summarize"), "needs findings"),
        (Study("x", [png_image(1)], task="caption"), "task must be one of"),
        (Study("x", [png_image(1)], turns=[Turn("user", "hi")]), "1 image"),
        (Study("x", ["/no/such/file.png"]), "study 'x'.*file.png"),
    ],
)
def test_ill_studies(generator, study, match):
    with pytest.raises(ValueError, match=match):
        generator.generate([study], GREEDY)


def test_ill_arguments(generator):
    with pytest.raises(ValueError, match="batch_size"):
        ReportGenerator(generator.model, batch_size=0)
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="CUDA is not available"):
            ReportGenerator(generator.model, device="cuda")


def test_a_bad_study_fails_alone_and_its_batch_mates_match(generator, tmp_path):
    from slava_lightning.inference.engine import Failure

    (tmp_path / "fake.dcm").write_bytes(b"not dicom" * 30)
    good = [Study("a", [png_image(3)]), Study("c", [png_image(6)])]
    bad_image = Study("b", [png_image(4), tmp_path / "fake.dcm"])
    bad_task = Study("d", [png_image(5)], task="summarize")  # no findings
    outcomes = dict(generator.generate_iter([good[0], bad_image, good[1], bad_task], GREEDY))
    assert isinstance(outcomes[1], Failure) and isinstance(outcomes[3], Failure)
    assert "study 'b'" in outcomes[1].error and "fake.dcm" in outcomes[1].error
    assert "not a DICOM file" in outcomes[1].error and "needs findings" in outcomes[3].error
    alone = generator.generate(good, GREEDY)
    assert [outcomes[0].text, outcomes[2].text] == [r.text for r in alone]
    with pytest.raises(ValueError, match="fake.dcm"):  # generate() stays strict
        generator.generate([good[0], bad_image], GREEDY)


def test_reports_carry_their_timing(generator):
    reports = generator.generate([Study("a", [png_image(1)]), Study("b", [png_image(2)])], GREEDY)
    for r in reports:
        assert r.first_token_s is not None and 0 < r.first_token_s <= r.seconds < 60


def test_deadline_stops_decoding_between_steps(generator, monkeypatch):
    from slava_lightning.inference import engine
    from slava_lightning.inference.engine import GenerationTimeout

    with pytest.raises(GenerationTimeout):  # already past: nothing runs
        generator.generate([Study("a", [png_image(1)])], GREEDY, deadline=0.0)
    ticks = []

    def clock() -> float:  # every reading is one second later
        ticks.append(1)
        return 1000.0 + len(ticks)

    monkeypatch.setattr(engine, "_clock", clock)
    long = GenerationSettings(max_new_tokens=64, eos_token_id=-1)
    with pytest.raises(GenerationTimeout, match="time limit"):
        generator.generate([Study("a", [png_image(1)])], long, deadline=1000.0 + 10)
    assert len(ticks) <= 12  # two readings per step: stopped after a handful of the 64 steps
