"""Build the tiny byte-level BPE tokenizer shipped in ``slava_lightning/assets/tiny_tokenizer``.

The tokenizer exists so that tests, examples and the demo can build random tiny language models
fully offline. It is trained on the IU-Xray report texts (findings and impressions) plus the chat
templates' fixed text, so radiology phrases tokenize into few pieces.

Usage::

    python scripts/build_tiny_tokenizer.py \\
        --reports /work/shared/data/iu_xray/NLMCXR_reports.dev.tgz \\
        --annotation /work/shared/data/iu_xray/r2gen_annotation.dev.json \\
        --out src/slava_lightning/assets/tiny_tokenizer --vocab-size 2000
"""

from __future__ import annotations

import argparse
import json
import tarfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerFast

from slava_lightning.prompts import GENERATION_PROMPT, SUMMARIZATION_PROMPT, TEMPLATES

EOS = "<|endoftext|>"


def report_texts(tgz: Path) -> Iterator[str]:
    """FINDINGS and IMPRESSION paragraphs of every report XML in the Open-i archive ``tgz``."""
    with tarfile.open(tgz) as tar:
        for member in tar:
            if not member.name.endswith(".xml"):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            root = ET.parse(handle).getroot()
            for node in root.iter("AbstractText"):
                if node.get("Label") in ("FINDINGS", "IMPRESSION") and node.text:
                    yield node.text.strip()


def annotation_texts(path: Path) -> Iterator[str]:
    """Report strings of an R2Gen-style annotation JSON (``{split: [{"report": ...}]}``)."""
    data = json.loads(path.read_text())
    for records in data.values():
        for record in records:
            yield record["report"]


def template_texts() -> list[str]:
    """The fixed text of every chat template and evaluation prompt."""
    texts = [GENERATION_PROMPT, SUMMARIZATION_PROMPT]
    for tpl in TEMPLATES.values():
        texts += [
            tpl.system,
            f"{tpl.user_role}{tpl.role_sep}",
            f"{tpl.assistant_role}{tpl.role_sep}",
        ]
    return [t for t in texts if t]


def build(texts: list[str], vocab_size: int) -> PreTrainedTokenizerFast:
    """Train a byte-level BPE on ``texts`` and wrap it as a transformers fast tokenizer."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[EOS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token=EOS,
        bos_token=EOS,
        unk_token=EOS,
        model_max_length=2048,
        clean_up_tokenization_spaces=False,
    )


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, required=True)
    parser.add_argument("--annotation", type=Path, default=None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--vocab-size", type=int, default=2000)
    args = parser.parse_args()
    texts = list(report_texts(args.reports))
    if args.annotation is not None:
        texts += list(annotation_texts(args.annotation))
    texts += template_texts() * 50
    tokenizer = build(texts, args.vocab_size)
    tokenizer.save_pretrained(args.out)
    print(f"trained on {len(texts)} texts; vocab {len(tokenizer)}; saved to {args.out}")


if __name__ == "__main__":
    main()
