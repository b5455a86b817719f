"""A learned pair judge: a small cross-encoder that scores how much two sentences report the same thing.

The bi-encoder (`embed.py`) embeds each sentence on its own, so cosine similarity misses what only shows when both
sentences are read together. The judge reads the pair at once ("[CLS] first [SEP] second [SEP]") and returns an
STS-style score in [0, 1]: 1 means the two sentences say the same thing, 0 that they are unrelated. It is meant for
the few candidate pairs the bi-encoder proposes, not for all pairs.

The weights are all-MiniLM-L6-v2 fine-tuned on STS-B train (see `training/train_judge.py` and
`models/README.md`), exported to ONNX and quantised to int8. Inference uses onnxruntime and the `tokenizers`
library only, no torch, so loading is quick and scoring runs a few hundred pairs a second on two CPU cores.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "models" / "pair-judge"
META_FILE = "judge.json"


class PairJudge:
    """Scores sentence pairs with the ONNX cross-encoder in a `models/pair-judge` folder.

    Build it with `PairJudge.load()`. `score(first, second)` is symmetric in intent (the model was trained on
    both orders of every pair) but not bit-for-bit: score(a, b) and score(b, a) differ slightly.
    """

    name: str
    version: str

    def __init__(
        self,
        session: Any,
        tokenizer: Any,
        *,
        name: str,
        version: str,
        max_length: int,
        pad_id: int,
        meta: dict[str, Any],
    ) -> None:
        """Use `PairJudge.load`; this takes an onnxruntime session and a `tokenizers.Tokenizer` ready to use."""
        self._session = session
        self._tokenizer = tokenizer
        self._input_names = {node.name for node in session.get_inputs()}
        self._max_length = max_length
        self._pad_id = pad_id
        self.name = name
        self.version = version
        self.meta = meta

    @classmethod
    def load(cls, path: Path | None = None, threads: int = 2) -> PairJudge:
        """Load the judge from a folder holding `judge.json`, the ONNX model and `tokenizer.json`.

        Args:
            path: the folder; default `models/pair-judge` in this repository.
            threads: onnxruntime intra-op threads (the service runs on two cores).

        Raises:
            FileNotFoundError: the folder or one of its files is missing.
        """
        import onnxruntime
        from tokenizers import Tokenizer

        folder = Path(path) if path is not None else DEFAULT_PATH
        meta_path = folder / META_FILE
        if not meta_path.is_file():
            raise FileNotFoundError(f"no pair judge at {folder} ({META_FILE} missing); run `make train`")
        meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
        max_length = int(meta.get("max_length", 128))

        tokenizer = Tokenizer.from_file(str(folder / meta.get("tokenizer_file", "tokenizer.json")))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
        pad_id = tokenizer.token_to_id("[PAD]")

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        session = onnxruntime.InferenceSession(
            str(folder / meta.get("model_file", "model.onnx")), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return cls(
            session,
            tokenizer,
            name=str(meta.get("name", "claim-compare/pair-judge")),
            version=str(meta.get("version", "unknown")),
            max_length=max_length,
            pad_id=0 if pad_id is None else int(pad_id),
            meta=meta,
        )

    def score(self, first: Sequence[str], second: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Similarity of each pair (first[i], second[i]) in [0, 1] as float32, in input order.

        Pairs are sorted by token length and batched so that little padding is computed; pairs longer than
        `max_length` tokens (128) are truncated, the longer sentence first.

        Raises:
            ValueError: the two sequences differ in length, or batch_size < 1.
        """
        if len(first) != len(second):
            raise ValueError(f"first has {len(first)} sentences, second has {len(second)}")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if len(first) == 0:
            return np.zeros(0, dtype=np.float32)

        encodings = self._tokenizer.encode_batch(list(zip(first, second, strict=True)))
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
        order = np.argsort(lengths, kind="stable")
        logits = np.empty(len(encodings), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = int(lengths[chunk].max())
            input_ids = np.full((len(chunk), width), self._pad_id, dtype=np.int64)
            token_type_ids = np.zeros((len(chunk), width), dtype=np.int64)
            attention_mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, index in enumerate(chunk):
                encoding = encodings[index]
                size = len(encoding.ids)
                input_ids[row, :size] = encoding.ids
                token_type_ids[row, :size] = encoding.type_ids
                attention_mask[row, :size] = 1
            feeds = {
                "input_ids": input_ids,
                "attention_mask": attention_mask,
                "token_type_ids": token_type_ids,
            }
            outputs = self._session.run(None, {k: v for k, v in feeds.items() if k in self._input_names})
            logits[chunk] = np.asarray(outputs[0], dtype=np.float32).reshape(len(chunk))
        return _sigmoid(logits)


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    """Numerically stable logistic function, float32 in [0, 1]."""
    out = np.empty_like(logits, dtype=np.float32)
    positive = logits >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-logits[positive]))
    exp = np.exp(logits[~positive])
    out[~positive] = exp / (1.0 + exp)
    return out
