"""Fit the alignment scorer (models/alignment.json) on STS-B: `python -m evaluation.calibrate`.

Logistic regression over the pipeline's raw pair features, fitted on STS-B train with the label
"gold similarity >= 3.0" (roughly equivalent, some important information may differ: the same claim,
possibly with a divergent detail). The decision threshold is the one maximising F1 of that label on STS-B
dev. Deterministic: fixed solver, no sampling, values rounded before writing.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from evaluation import datasets
from evaluation.context import Context
from evaluation.metrics import best_threshold, binary_scores
from evaluation.paths import ALIGNMENT_FILE, DATA_ENV_VAR, data_dir
from evaluation.service_api import raw_features
from service.pipeline.align import FEATURES  # the column order of pair_features
from service.pipeline.run import load_models

SIMILAR_ENOUGH = 3.0
REGULARISATION_C = 100.0  # weak L2: the features lie in [0, 1] and there are thousands of pairs
DECIMALS = 6


@dataclass(frozen=True)
class Calibration:
    """Exactly the content of models/alignment.json."""

    weights: dict[str, float]
    bias: float
    threshold: float
    specific: dict[str, object]  # the rare-words-only detector: {"weights": {...}, "bias": b, "dev_f1": f}
    trained_on: str
    label: str
    dev_f1: float


def calibrate(ctx: Context) -> Calibration:
    """Fit weights on STS-B train and pick the F1-best threshold on STS-B dev."""
    data = ctx.public_data()
    train, dev = datasets.stsb(data, "train"), datasets.stsb(data, "dev")
    train_x, dev_x = raw_features(train, ctx), raw_features(dev, ctx)
    if train_x.shape[1] != len(FEATURES):
        raise ValueError(f"pair_features returned {train_x.shape[1]} columns, expected {len(FEATURES)}")
    train_y = np.array([p.gold >= SIMILAR_ENOUGH for p in train])
    dev_y = np.array([p.gold >= SIMILAR_ENOUGH for p in dev])

    model = LogisticRegression(C=REGULARISATION_C, solver="lbfgs", max_iter=10_000)
    model.fit(train_x, train_y)
    weights = np.round(model.coef_[0], DECIMALS)
    bias = round(float(model.intercept_[0]), DECIMALS)
    dev_scores = 1.0 / (1.0 + np.exp(-(dev_x @ weights + bias)))  # the service's scorer: a logistic
    threshold = round(best_threshold(dev_scores, dev_y, "f1"), DECIMALS)
    dev_f1 = binary_scores(dev_scores >= threshold, dev_y).f1 or 0.0

    # The specific detector: rare shared words and names alone (the last feature), same label and data.
    rare = FEATURES.index("rare_words")
    specific_model = LogisticRegression(C=REGULARISATION_C, solver="lbfgs", max_iter=10_000)
    specific_model.fit(train_x[:, [rare]], train_y)
    specific_weight = round(float(specific_model.coef_[0][0]), DECIMALS)
    specific_bias = round(float(specific_model.intercept_[0]), DECIMALS)
    specific_scores = 1.0 / (1.0 + np.exp(-(dev_x[:, rare] * specific_weight + specific_bias)))
    specific_f1 = binary_scores(specific_scores >= threshold, dev_y).f1 or 0.0
    return Calibration(
        weights={name: float(w) for name, w in zip(FEATURES, weights, strict=True)},
        bias=bias,
        threshold=threshold,
        specific={"weights": {"rare_words": specific_weight}, "bias": specific_bias,
                  "dev_f1_at_threshold": round(specific_f1, 4)},
        trained_on=f"STS-B train (stsb/sts-train.csv, {len(train)} pairs); "
        f"threshold on STS-B dev (stsb/sts-dev.csv, {len(dev)} pairs)",
        label=f"gold similarity >= {SIMILAR_ENOUGH} "
        "(roughly equivalent; some important information may differ)",
        dev_f1=round(dev_f1, 4),
    )


def main(argv: list[str] | None = None) -> int:
    """Calibrate and write the scorer file; exit 2 when the public data folder is missing."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.calibrate", description=__doc__)
    parser.add_argument(
        "--output", type=Path, default=ALIGNMENT_FILE, help="where to write (default: %(default)s)"
    )
    args = parser.parse_args(argv)

    data = data_dir()
    if not data.is_dir():
        print(f"Cannot calibrate: no public data folder at {data} (set {DATA_ENV_VAR}).", file=sys.stderr)
        return 2
    calibration = calibrate(Context(models=load_models(), data=data, limit=None))
    args.output.write_text(json.dumps(asdict(calibration), indent=2) + "\n", encoding="utf-8")
    weights = ", ".join(f"{k} {v:.3f}" for k, v in calibration.weights.items())
    print(f"wrote {args.output}: {weights}, bias {calibration.bias:.3f}, "
          f"threshold {calibration.threshold:.3f}, dev F1 {calibration.dev_f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
